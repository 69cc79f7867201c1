"""`kttt sync …`: set-up files, export, import, status, conflicts — between levels."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kttt_desktop.cli.common import add_db_option, open_existing, print_json, table_name
from kttt_desktop.cli.paths import expand_file_args
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.formats import format_time
from kttt_desktop.core.sync.merge import OUTCOMES

# The import outcomes in the words the window's sync page uses for them.
_OUTCOME_WORDS = {"new": "mới", "updated": "cập nhật", "unchanged": "không đổi", "deleted": "xóa",
                  "conflicts": "xung đột", "rejected": "từ chối"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("sync", help="gói đồng bộ giữa xã và cấp trên")
    actions = parser.add_subparsers(dest="action", metavar="THAO_TÁC", required=True)

    setup = actions.add_parser("setup-file", help="cấp trên chuẩn bị tệp thiết lập cho một đơn vị cấp dưới")
    add_db_option(setup)
    setup.add_argument("--unit-code", required=True)
    setup.add_argument("--name", required=True)
    setup.add_argument("--level", choices=("commune", "district"), default="commune",
                       help="cấp của đơn vị dưới: commune (xã) hoặc district (khu vực gộp nhiều xã)")
    setup.add_argument("--out", type=Path, required=True)
    setup.add_argument("--json", action="store_true")
    setup.set_defaults(run=run_setup_file)

    export = actions.add_parser("export", help="xuất gói thay đổi (mặc định gửi cấp trên)")
    add_db_option(export)
    export.add_argument("--out", type=Path, required=True, help="tệp gói, hoặc thư mục để đặt tên tự động")
    receiver = export.add_mutually_exclusive_group()
    receiver.add_argument("--to", help="mã đơn vị cấp dưới nhận gói (điều chỉnh, giải quyết xung đột)")
    receiver.add_argument("--all-lower", action="store_true",
                          help="một gói cho mỗi đơn vị cấp dưới (điều chỉnh, chỉ tiêu, dân số); --out là thư mục")
    export.add_argument("--full", action="store_true", help="gói toàn bộ (để khôi phục một máy cài lại)")
    export.add_argument("--json", action="store_true")
    export.set_defaults(run=run_export)

    imp = actions.add_parser("import", help="nhập gói thay đổi, gói điều chỉnh hoặc biên nhận")
    add_db_option(imp)
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    imp.add_argument("--receipt-dir", type=Path, help="thư mục đặt biên nhận gửi lại nơi gửi")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(run=run_import)

    status = actions.add_parser("status", help="tình hình gửi nhận với từng đơn vị")
    add_db_option(status)
    status.add_argument("--json", action="store_true")
    status.set_defaults(run=run_status)

    conflicts = actions.add_parser("conflicts", help="các xung đột chờ giải quyết")
    add_db_option(conflicts)
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(run=run_conflicts)

    resolve = actions.add_parser("resolve", help="giải quyết một xung đột")
    add_db_option(resolve)
    resolve.add_argument("--conflict", type=int, required=True)
    resolve.add_argument("--take", choices=("mine", "theirs"), required=True,
                         help="mine: giữ giá trị của đơn vị này; theirs: lấy giá trị nhận được")
    resolve.set_defaults(run=run_resolve)

    fp = actions.add_parser("fingerprint", help="mã vân tay khóa của đơn vị này (đọc qua điện thoại để đối chiếu)")
    add_db_option(fp)
    fp.set_defaults(run=run_fingerprint)


def run_setup_file(args: argparse.Namespace) -> int:
    with open_existing(args) as registry:
        lower = registry.sync.write_setup_file(args.unit_code, args.name, args.out, args.level)
        mine = registry.sync.fingerprint()
    document = {"file": str(args.out), "unit_code": lower.unit_code, "name": lower.name,
                "fingerprint": lower.fingerprint, "upper_fingerprint": mine}
    if args.json:
        print_json(document)
    else:
        print(f"Đã tạo tệp thiết lập cho {lower.name} ({lower.unit_code}): {args.out}")
        print(f"Mã vân tay của {lower.name}: {lower.fingerprint}")
        print(f"Mã vân tay của đơn vị này: {mine}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    with open_existing(args) as registry:
        if args.all_lower:
            if not args.out.is_dir():
                raise KtttError("sync_out_not_folder", path=str(args.out))
            results = registry.sync.export_to_all_lower(args.out)
        else:
            results = [registry.sync.export(args.out, to=args.to, full=args.full)]
    summaries = [{"file": str(r.path), "kind": r.manifest["kind"], "package_no": r.manifest["package_no"],
                  "receiver": r.manifest["receiver"]["unit_code"], "items": r.manifest["payload"]["items"],
                  "counts": r.manifest["counts"]} for r in results]
    if args.json:
        print_json({"packages": summaries} if args.all_lower else summaries[0])
    else:
        for result in results:
            manifest = result.manifest
            print(f"Đã xuất gói số {manifest['package_no']} gửi {manifest['receiver']['name']} "
                  f"({_carried(manifest)}): {result.path}")
    return 0


def _carried(manifest: dict[str, Any]) -> str:
    """What a package holds, in words: its record changes and the targets and population figures
    sent down with them, so a package of reference data alone does not read as empty."""
    items = manifest["payload"]["items"]
    reference = manifest.get("reference") or {}
    extra = [f"{len(reference[key])} {word}" for key, word in (("targets", "chỉ tiêu kế hoạch"),
                                                               ("population", "số liệu dân số"))
             if reference.get(key)]
    changes = f"{items} thay đổi" if items else ("không có thay đổi bản ghi" if extra else "không có thay đổi mới")
    return changes + (", kèm " + " và ".join(extra) if extra else "")


def run_import(args: argparse.Namespace) -> int:
    files = expand_file_args(args.files)  # `E:/kttt-goi-*.kttt` typed at cmd.exe or PowerShell
    with open_existing(args) as registry:
        results = registry.sync.import_files(files, dry_run=args.dry_run, receipt_dir=args.receipt_dir)
    if args.json:
        print_json({"packages": [r.as_json() for r in results]})
    else:
        for r in results:
            label = {"applied": "đã nhập" if not args.dry_run else "xem trước", "already_imported": "đã nhập trước đó",
                     "held": "tạm giữ", "rejected": "từ chối"}[r.status]
            print(f"{r.file}: {label}" + (f" — {r.reason}" if r.reason else ""))
            for rtype, counts in r.counts.as_json().items():
                print(f"   {table_name(rtype)}: " + ", ".join(f"{counts[o]} {_OUTCOME_WORDS[o]}" for o in OUTCOMES
                                                          if counts.get(o)))
            if r.changes.targets:
                verb = "Sẽ cập nhật" if args.dry_run else "Đã cập nhật"
                print(f"   {verb} chỉ tiêu kế hoạch và dân số do cấp trên gửi.")
    rejected = [r for r in results if r.status == "rejected"]
    if rejected and len(rejected) == len(results):
        if not args.json:
            print(rejected[0].reason, file=sys.stderr)
        return 1
    return 0


def run_status(args: argparse.Namespace) -> int:
    with open_existing(args) as registry:
        peers = registry.sync.status()
        mine = registry.sync.fingerprint()
        refused = registry.sync.refusal_lines()
    if args.json:
        print_json({"fingerprint": mine, "peers": peers})
    else:
        print(f"Mã vân tay của đơn vị này: {mine}")
        for p in peers:
            role = "cấp trên" if p["role"] == "upper" else "cấp dưới"
            print(f"{p['name']} ({p['unit_code']}, {role}): đã gửi {p['sent']} gói, được xác nhận "
                  f"{p['acknowledged']} gói; đã nhận {p['received']} gói, tạm giữ {p['held'] or 'không'}, "
                  f"thiếu {p['missing'] or p['missing_here'] or 'không'}")
        for line in refused:
            print(line)
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    with open_existing(args) as registry:
        conflicts = registry.sync.conflicts()
    if args.json:
        print_json(conflicts)
    else:
        if not conflicts:
            print("Không có xung đột nào.")
        for c in conflicts:
            mine, theirs = c["mine"] or {}, c["theirs"] or {}
            print(f"#{c['id']} {c['title']} — {c['label']}: của đơn vị này «{mine.get('value')}» "
                  f"({mine.get('officer')}, {format_time(mine.get('at'))}); nhận được «{theirs.get('value')}» "
                  f"({theirs.get('origin')}, {theirs.get('officer')}, {format_time(theirs.get('at'))})")
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    with open_existing(args) as registry:
        registry.sync.resolve(args.conflict, args.take)
    print(f"Đã giải quyết xung đột #{args.conflict}.")
    return 0


def run_fingerprint(args: argparse.Namespace) -> int:
    with open_existing(args) as registry:
        print(registry.sync.fingerprint())
    return 0
