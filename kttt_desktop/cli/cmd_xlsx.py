"""`kttt xlsx …`: the Excel template, importing a filled template or an officer's own list,
and exporting the registry to Excel."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kttt_desktop.cli.common import add_db_option, open_existing, print_json
from kttt_desktop.cli.paths import one_file
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.messages import texts
from kttt_desktop.core.records.fields import RECORD_TYPES

_TYPES = tuple(RECORD_TYPES)
_COUNT_WORDS = (("new", "thêm mới"), ("updated", "cập nhật"), ("unchanged", "không đổi"), ("rejected", "bị loại"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("xlsx", help="mẫu Excel, nhập và xuất Excel")
    actions = parser.add_subparsers(dest="action", metavar="THAO_TÁC", required=True)

    template = actions.add_parser("template", help="tạo tệp Excel mẫu để cán bộ điền")
    template.add_argument("--out", type=Path, required=True, help="tệp .xlsx sẽ tạo")
    template.set_defaults(run=run_template)

    imp = actions.add_parser("import", help="nhập tệp Excel (tệp mẫu đã điền, tệp đã xuất hoặc danh sách tự lập)")
    add_db_option(imp)
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    imp.add_argument("--json", action="store_true")
    imp.add_argument("--organization", metavar="ID_HOẶC_MST",
                     help="tổ chức của các hàng không ghi tổ chức (mã định danh, mã số thuế hoặc đúng tên)")
    imp.add_argument("--skip-errors", action="store_true", help="bỏ qua các hàng có lỗi, nhập các hàng còn lại")
    imp.add_argument("--sheet", action="append", metavar="TÊN", help="chỉ nhập sheet này (có thể ghi nhiều lần)")
    imp.add_argument("--type", choices=_TYPES, help="loại bản ghi của các sheet (khi không tự nhận ra được)")
    imp.set_defaults(run=run_import)

    export = actions.add_parser("export", help="xuất dữ liệu ra Excel, mỗi loại bản ghi một sheet")
    add_db_option(export)
    export.add_argument("--out", type=Path, required=True, help="tệp .xlsx sẽ tạo")
    export.add_argument("--type", action="append", choices=_TYPES, metavar="TYPE",
                        help="chỉ xuất loại này: organization, member, worker, support (ghi nhiều lần được)")
    export.add_argument("--json", action="store_true")
    export.set_defaults(run=run_export)


def run_template(args: argparse.Namespace) -> int:
    from kttt_desktop.core.xlsx.template import write_template

    path = write_template(args.out)
    print(f"Đã tạo tệp mẫu: {path}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from kttt_desktop.core.xlsx import importer as xlsx_import

    path = one_file(args.file)
    book = xlsx_import.open_workbook(path)
    mappings = xlsx_import.plan_workbook(book, sheets=args.sheet, record_type=args.type)
    if not mappings:
        raise KtttError("import_nothing_to_read", path=str(path))
    with open_existing(args) as registry:
        default = xlsx_import.find_organization(registry, args.organization)["id"] if args.organization else None
        preview = xlsx_import.preview_import(registry, book, mappings, default_organization_id=default)
        blocked = preview.has_errors and not args.skip_errors
        backup = None
        if not blocked and not args.dry_run:
            result = xlsx_import.apply_import(registry, book, mappings, default_organization_id=default,
                                              skip_errors=args.skip_errors)
            preview, backup = result.preview, result.backup
    status = "refused" if blocked else ("preview" if args.dry_run else "applied")
    if args.json:
        print_json(_summary(path, preview, status, args.dry_run, backup))
    else:
        _print_report(preview, status, backup)
    if blocked:
        print(texts("import_has_errors", count=len(preview.errors)), file=sys.stderr)
        return 1
    return 0


def _summary(path: Path, preview: Any, status: str, dry_run: bool, backup: Path | None) -> dict[str, Any]:
    def issue(i: Any) -> dict[str, Any]:
        return {"sheet": i.sheet, "row": i.row, "column": i.column, "header": i.header, "code": i.code,
                "message": i.message}

    return {"file": str(path), "status": status, "dry_run": dry_run,
            "sheets": [{"sheet": m.sheet, "type": m.record_type, "header_row": m.header_row}
                       for m in preview.mappings],
            "counts": preview.counts(),
            "errors": [issue(i) for i in preview.errors],
            "warnings": [issue(i) for i in preview.warnings],
            "backup": str(backup) if backup else None}


def _print_report(preview: Any, status: str, backup: Path | None) -> None:
    for mapping in preview.mappings:
        label = RECORD_TYPES[mapping.record_type].vi.lower()
        print(f"Sheet «{mapping.sheet}»: {label}, tiêu đề ở dòng {mapping.header_row}.")
    for issue in preview.issues:
        kind = "Lỗi" if issue.is_error else "Lưu ý"
        where = f"sheet «{issue.sheet}»"
        if issue.row is not None:
            where += f", hàng {issue.row}"
        if issue.column:
            where += f", cột {issue.column}" + (f" «{issue.header}»" if issue.header else "")
        print(f"{kind} ({where}): {issue.message}")
    for record_type, counts in preview.counts().items():
        parts = ", ".join(f"{word} {counts[key]}" for key, word in _COUNT_WORDS)
        print(f"{RECORD_TYPES[record_type].vi}: {parts}")
    if status == "applied":
        print("Đã nhập xong." + (f" Bản sao cơ sở dữ liệu trước khi nhập: {backup}" if backup else ""))
    elif status == "preview":
        print("Xem trước: chưa ghi gì vào sổ.")


def run_export(args: argparse.Namespace) -> int:
    from kttt_desktop.core.xlsx.export import ALL_RECORD_TYPES, export_workbook

    with open_existing(args) as registry:
        counts = export_workbook(registry, args.out, record_types=args.type or ALL_RECORD_TYPES)
    if args.json:
        print_json({"file": str(args.out), "counts": counts})
    else:
        parts = ", ".join(f"{RECORD_TYPES[name].vi.lower()} {count}" for name, count in counts.items())
        print(f"Đã xuất {args.out}: {parts}")
    return 0
