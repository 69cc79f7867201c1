"""`kttt mirror`: the site's merged register into the PostgreSQL database of the offices above.

A password never comes from the command line: libpq reads it from PGPASSWORD or the password
file (~/.pgpass; %APPDATA%\\postgresql\\pgpass.conf on Windows).
"""

from __future__ import annotations

import argparse

from kttt_desktop.cli.common import add_db_option, open_existing, print_json, table_name
from kttt_desktop.core.mirror.driver import mirror_service

_EPILOG = """\
Cách dùng:
  1. Người quản trị cơ sở dữ liệu chuẩn bị máy chủ và cấp cho mỗi đơn vị gửi (mỗi tỉnh) một tài khoản
     riêng, chạy một lần bằng tài khoản quản trị, với tệp dữ liệu của đơn vị đó:
       kttt mirror --db tinh.sqlite --to postgresql://QUẢN_TRỊ@MÁY_CHỦ/kttt --setup-source kttt_tinh_12
     Lệnh tạo các bảng (nếu chưa có), tạo tài khoản kttt_tinh_12 (nếu chưa có; đặt mật khẩu cho nó
     bằng «ALTER ROLE … PASSWORD» trong psql) và chỉ cho tài khoản này ghi các dòng của đơn vị
     mình: máy chủ (chính sách bảo mật theo dòng) từ chối mọi lệnh ghi dữ liệu của đơn vị khác.
  2. Đơn vị gửi đồng bộ bằng tài khoản của mình, mỗi lần chỉ gửi những gì đã thay đổi:
       kttt mirror --db tinh.sqlite --to postgresql://kttt_tinh_12@MÁY_CHỦ/kttt
Mật khẩu KHÔNG ghi trên dòng lệnh hay trong địa chỉ: đặt trong biến môi trường PGPASSWORD hoặc
tệp ~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf).
Mỗi lần chạy là trọn vẹn hoặc không ghi gì: bị ngắt giữa chừng thì máy chủ giữ nguyên như lần trước
và lần chạy sau tiếp tục từ đó.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "mirror", help="đồng bộ sổ đã gộp lên máy chủ dữ liệu PostgreSQL (cấp trên xã)",
        description="Ghi sổ đã gộp của đơn vị lên cơ sở dữ liệu PostgreSQL dùng chung của các cơ quan cấp "
                    "trên: mỗi loại bản ghi một bảng có kiểu dữ liệu, chỉ gửi phần thay đổi kể từ lần trước.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter, allow_abbrev=False)
    add_db_option(parser)
    parser.add_argument("--to", required=True, metavar="postgresql://TÀI_KHOẢN@MÁY_CHỦ/TÊN_CSDL",
                        help="địa chỉ cơ sở dữ liệu (không kèm mật khẩu: dùng PGPASSWORD hoặc ~/.pgpass)")
    parser.add_argument("--setup-source", metavar="TÀI_KHOẢN",
                        help="(người quản trị) chuẩn bị máy chủ và cho tài khoản này ghi dữ liệu của đơn vị "
                             "trong --db, và chỉ của đơn vị đó; không gửi dữ liệu")
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    parser.set_defaults(run=run)


def _say(result: dict[str, object]) -> None:
    position = result["position"]
    assert isinstance(position, dict)
    if result["unchanged"]:
        print(f"Không có gì mới kể từ lần đồng bộ trước (vị trí {position['after']}); máy chủ giữ nguyên.")
        return
    tables = result["tables"]
    assert isinstance(tables, dict)
    changed = [f"{table_name(name)}: {counts['new']} mới, {counts['updated']} sửa"
               + (f", {counts['deleted']} bỏ" if counts["deleted"] else "")
               for name, counts in tables.items() if any(counts.values())]
    whole = " (toàn bộ)" if result["full"] else ""
    print(f"Đã đồng bộ lên {result['to']}{whole}, vị trí {position['before']} → {position['after']}.")
    for line in changed:
        print(f"  {line}")


def run(args: argparse.Namespace) -> int:
    service = mirror_service()
    with open_existing(args) as registry:
        if args.setup_source:
            setup = service.setup_source(registry.conn, args.to, args.setup_source).as_json()
            if args.json:
                print_json(setup)
            else:
                made = "đã tạo tài khoản" if setup["role_created"] else "tài khoản"
                print(f"Máy chủ đã sẵn sàng (cấu trúc phiên bản {setup['schema_version']}); {made} "
                      f"«{setup['role']}» được ghi dữ liệu của đơn vị {setup['source']}.")
            return 0
        result = service.mirror(registry.conn, args.to).as_json()
    if args.json:
        print_json(result)
    else:
        _say(result)
    return 0
