"""`kttt init`: say which unit (commune, district, province) a database serves."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kttt_desktop.cli.common import add_db_option, print_json
from kttt_desktop.cli.paths import one_file
from kttt_desktop.core.registry import Registry


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("init", help="thiết lập cơ sở dữ liệu cho một đơn vị")
    add_db_option(parser, required=True)
    parser.add_argument("--level", choices=("commune", "district", "province"),
                        help="cấp: commune (xã), district (khu vực gộp nhiều xã), province (tỉnh)")
    parser.add_argument("--unit-code", help="mã đơn vị (xã: 5 chữ số, ví dụ 03433; khu vực: mã do cấp trên đặt, "
                                            "ví dụ 107)")
    parser.add_argument("--name", help="tên đơn vị, ví dụ «Xã Bum Tở»")
    parser.add_argument("--setup-file", type=Path, help="tệp thiết lập do cấp trên cấp (thay cho ba tùy chọn trên)")
    parser.add_argument("--officer", help="họ tên cán bộ phụ trách")
    parser.add_argument("--upper-code", help="mã đơn vị cấp trên")
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.setup_file is None and not (args.level and args.unit_code and args.name):
        print("kttt: lỗi cách dùng: cần --setup-file, hoặc đủ --level, --unit-code và --name. "
              "Xem «kttt init --help».", file=sys.stderr)
        return 2
    setup_file = one_file(args.setup_file) if args.setup_file is not None else None
    existed = args.db.exists()
    registry = Registry.open(args.db)
    try:
        if setup_file is not None:
            registry.sync.init_from_setup_file(setup_file, args.officer)
        else:
            registry.init_site(args.level, args.unit_code, args.name, args.officer, args.upper_code)
        site = registry.require_site()
    except BaseException:
        registry.close()
        if not existed:  # refused: leave no half-made file behind
            for suffix in ("", "-wal", "-shm"):
                args.db.with_name(args.db.name + suffix).unlink(missing_ok=True)
        raise
    registry.close()
    if args.json:
        print_json(site.as_json())
    else:
        print(f"Đã thiết lập {site.name} ({site.unit_code}) trong {args.db}")
    return 0
