"""`kttt backup` and `kttt restore`: a consistent copy out, a checked copy back in."""

from __future__ import annotations

import argparse
from pathlib import Path

from kttt_desktop.cli.common import add_db_option, db_path, open_existing, print_json


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu (ví dụ ra USB)")
    add_db_option(backup)
    backup.add_argument("--out", type=Path, required=True, help="tệp sao lưu, hoặc thư mục để đặt tên tự động")
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(run=run_backup)

    restore = sub.add_parser("restore", help="khôi phục từ bản sao lưu (giữ lại bản hiện tại)")
    add_db_option(restore)
    restore.add_argument("--from", dest="source", type=Path, required=True, help="tệp sao lưu")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from kttt_desktop.core.backups import make_backup

    with open_existing(args) as registry:
        made = make_backup(registry.conn, db_path(args), args.out)
    if args.json:
        print_json({"file": str(made)})
    else:
        print(f"Đã sao lưu vào {made}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from kttt_desktop.core.backups import restore
    from kttt_desktop.core.registry import Registry

    info, kept = restore(db_path(args), args.source)
    Registry.open(db_path(args)).close()  # brings an older backup's schema up to date
    if args.json:
        print_json({"restored": info, "previous_kept_at": str(kept) if kept else None})
    else:
        print(f"Đã khôi phục {info['name']} ({info['unit_code']}) từ {args.source}.")
        if kept:
            print(f"Cơ sở dữ liệu trước khi khôi phục được giữ tại {kept}")
    return 0
