"""`kttt backup` and `kttt restore`: a consistent copy out, a checked copy back in.

A password never comes from the command line (other users of the PC see it in the process
list, and it stays in the shell's history): it is typed at a prompt, or read from the first
line of a file named with --password-file.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from kttt_desktop.cli.common import add_db_option, db_path, open_existing, print_json
from kttt_desktop.cli.paths import one_file
from kttt_desktop.core.errors import KtttError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    # No abbreviations: "--password SECRET" must be an error, not a file named SECRET.
    backup = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu (ví dụ ra USB)", allow_abbrev=False)
    add_db_option(backup)
    backup.add_argument("--out", type=Path, required=True, help="tệp sao lưu, hoặc thư mục để đặt tên tự động")
    backup.add_argument("--encrypt", action="store_true",
                        help="mã hóa bản sao lưu bằng mật khẩu (nên dùng khi mang đi bằng USB)")
    backup.add_argument("--password-file", type=Path,
                        help="đọc mật khẩu từ dòng đầu của tệp này thay vì hỏi (chỉ dùng với --encrypt)")
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(run=run_backup)

    restore = sub.add_parser("restore", help="khôi phục từ bản sao lưu (giữ lại bản hiện tại)",
                             allow_abbrev=False)
    add_db_option(restore)
    restore.add_argument("--from", dest="source", type=Path, required=True, help="tệp sao lưu")
    restore.add_argument("--password-file", type=Path,
                         help="mật khẩu của bản sao lưu mã hóa, ở dòng đầu của tệp này (nếu không có thì hỏi)")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(run=run_restore)


def _password_from_file(path: Path) -> str:
    path = one_file(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise KtttError("backup_password_file", path=str(path), detail=detail) from None
    if not lines or not lines[0]:
        raise KtttError("backup_password_file", path=str(path), detail="dòng đầu trống")
    return lines[0]


def _new_password(args: argparse.Namespace) -> str:
    from kttt_desktop.core.backup.crypto import check_password

    if args.password_file is not None:
        return check_password(_password_from_file(args.password_file))
    first = getpass.getpass("Mật khẩu cho bản sao lưu: ")
    return check_password(first, getpass.getpass("Nhập lại mật khẩu: "))


def run_backup(args: argparse.Namespace) -> int:
    from kttt_desktop.core.backup.service import make_backup

    if args.password_file is not None and not args.encrypt:
        print("--password-file chỉ dùng cùng --encrypt.", file=sys.stderr)
        return 2
    password = _new_password(args) if args.encrypt else None
    with open_existing(args) as registry:
        made = make_backup(registry.conn, db_path(args), args.out, password=password)
    if args.json:
        print_json({"file": str(made), "encrypted": password is not None})
    else:
        print(f"Đã sao lưu vào {made}" + (" (đã mã hóa bằng mật khẩu)" if password is not None else ""))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from kttt_desktop.core.backup.crypto import is_encrypted
    from kttt_desktop.core.backup.service import restore
    from kttt_desktop.core.locks import acquire_db_lock
    from kttt_desktop.core.registry import Registry

    source = one_file(args.source)
    # The window's own lock: the file is not replaced under a window working on it.
    lock = acquire_db_lock(db_path(args))
    if lock is None:
        raise KtttError("db_open_in_window", path=str(db_path(args)))
    with lock:
        password = None
        if source.is_file() and is_encrypted(source):
            password = (_password_from_file(args.password_file) if args.password_file is not None
                        else getpass.getpass("Mật khẩu của bản sao lưu: "))
        info, kept = restore(db_path(args), source, password)
        Registry.open(db_path(args)).close()  # brings an older backup's schema up to date
    if not info["checksum"]:
        print(f"Lưu ý: {KtttError('backup_unverified', path=str(source)).message()}", file=sys.stderr)
    if args.json:
        print_json({"restored": info, "previous_kept_at": str(kept) if kept else None})
    else:
        print(f"Đã khôi phục {info['name']} ({info['unit_code']}) từ {source}.")
        if kept:
            print(f"Cơ sở dữ liệu trước khi khôi phục được giữ tại {kept}")
    return 0
