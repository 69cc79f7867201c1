"""The words the import wizard shows for core's codes: record types, fields of the mapping
drop-downs, what a row would do, and where a problem is."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from kttt_desktop.core.records.fields import RECORD_TYPES
from kttt_desktop.core.xlsx.importer import (
    CREATE,
    FAILED,
    UNCHANGED,
    UPDATE,
    ImportIssue,
)
from kttt_desktop.core.xlsx.sheet_layout import SheetColumn
from kttt_desktop.ui.i18n import lang

SAMPLE_WIDTH = 40  # characters of a sample value shown in the mapping table


def record_type_label(record_type: str) -> str:
    return RECORD_TYPES[record_type].label(lang())


def column_label(column: SheetColumn) -> str:
    """A choice of the mapping drop-down: the field's label, or what the identity and
    organisation columns stand for."""
    if column.field is not None:
        return column.field.label(lang())
    return {
        "id": QCoreApplication.translate("XlsxImport", "Mã định danh (tệp xuất từ chương trình)"),
        "organization_code": QCoreApplication.translate("XlsxImport", "Mã số thuế của tổ chức"),
        "organization_name": QCoreApplication.translate("XlsxImport", "Tên tổ chức"),
    }.get(column.key, column.header)


def field_label(record_type: str, name: str) -> str:
    try:
        return RECORD_TYPES[record_type].field(name).label(lang())
    except KeyError:
        return name


def changes_text(record_type: str, names: list[str]) -> str:
    """"Đổi: Ngày sinh, Giới tính": the fields an update would change."""
    return QCoreApplication.translate("XlsxImport", "Đổi: {fields}").format(
        fields=", ".join(field_label(record_type, name) for name in names))


def action_label(action: str) -> str:
    """What a row would do: «Tạo mới», «Cập nhật», «Không đổi» or «Lỗi»."""
    return {
        CREATE: QCoreApplication.translate("XlsxImport", "Tạo mới"),
        UPDATE: QCoreApplication.translate("XlsxImport", "Cập nhật"),
        UNCHANGED: QCoreApplication.translate("XlsxImport", "Không đổi"),
        FAILED: QCoreApplication.translate("XlsxImport", "Lỗi"),
    }.get(action, action)


def count_headers() -> dict[str, str]:
    """The columns of the counts table, keyed as `ImportPreview.counts()` keys them."""
    return {"new": action_label(CREATE), "updated": action_label(UPDATE), "unchanged": action_label(UNCHANGED),
            "rejected": action_label(FAILED)}


def severity_label(issue: ImportIssue) -> str:
    if issue.is_error:
        return QCoreApplication.translate("XlsxImport", "Lỗi")
    return QCoreApplication.translate("XlsxImport", "Lưu ý")


def column_text(issue: ImportIssue) -> str:
    """"C «Ngày sinh»", or "" for a problem of a whole row or sheet."""
    if not issue.column:
        return ""
    return f"{issue.column} «{issue.header}»" if issue.header else issue.column


def where_text(sheet: str, row: int | None, column: str = "") -> str:
    """"Sheet «DS thành viên», hàng 14, cột C «Ngày sinh»": where to look in the file."""
    parts = [QCoreApplication.translate("XlsxImport", "Sheet «{sheet}»").format(sheet=sheet)]
    if row is not None:
        parts.append(QCoreApplication.translate("XlsxImport", "hàng {row}").format(row=row))
    if column:
        parts.append(QCoreApplication.translate("XlsxImport", "cột {column}").format(column=column))
    return ", ".join(parts)


def sample_text(value: Any) -> str:
    """A cell's value as the officer sees it in Excel, shortened."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        text = value.strftime("%d/%m/%Y") if value.time() == datetime.min.time() \
            else value.strftime("%d/%m/%Y %H:%M")
    elif isinstance(value, date):
        text = value.strftime("%d/%m/%Y")
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= SAMPLE_WIDTH else text[:SAMPLE_WIDTH - 1] + "…"
