"""The one layout of the Excel sheets: which columns, under which Vietnamese headers.

Export, the blank template and import all read it, so a file the program wrote can be read
back column for column, and an officer who fills the template uses the same headers. Child
records (members, workers, support) name their organisation by its tax code and name instead of
an internal id, because that is what an officer can read and type. The columns people read
come first; the record's id, there only so that a re-import updates the same records, is last.
An exported list also starts with STT (`NUMBER_HEADER`), which the import passes over.
"""

from __future__ import annotations

from dataclasses import dataclass

from kttt_desktop.core.records.fields import RECORD_TYPES, Field, FieldKind, RecordType
from kttt_desktop.core.xlsx.references import reference_of

# Sheet names, in workbook order (Excel allows at most 31 characters, no / \ ? * [ ]).
SHEET_NAMES: dict[str, str] = {
    "organization": "Tổ chức",
    "member": "Thành viên",
    "worker": "Người lao động",
    "support": "Hỗ trợ",
    "annual_report": "Kết quả năm",
    "status_change": "Quyết định tình trạng",
    "manager": "Cán bộ quản lý",
    "training": "Đào tạo",
    "product": "Sản phẩm",
    "linkage": "Hợp đồng liên kết",
    "loan": "Khoản vay",
    "land": "Đất đai",
}

ID_HEADER = "Mã định danh (không sửa)"
NUMBER_HEADER = "STT"
ORGANIZATION_CODE_HEADER = "Mã số thuế của tổ chức"
ORGANIZATION_NAME_HEADER = "Tên tổ chức"


@dataclass(frozen=True)
class SheetColumn:
    """One column of a sheet: `key` is a field name, or `id` / `organization_code` /
    `organization_name` for the columns that stand for identity and the parent, or a
    `references.REFERENCES` key for a reference to a sibling record (then `field` is the
    reference field it stands for)."""

    key: str
    header: str
    kind: FieldKind
    catalog: str | None = None
    width: float = 16.0
    field: Field | None = None


def _width(field: Field) -> float:
    if field.kind == FieldKind.DATE:
        return 12.0
    if field.kind == FieldKind.MONEY:
        return 16.0
    if field.kind in (FieldKind.BOOL, FieldKind.INT):
        return 10.0
    if field.multiline or field.name in ("name", "full_name", "address", "residence", "main_products"):
        return 30.0
    return 18.0


def sheet_columns(record_type: RecordType | str) -> tuple[SheetColumn, ...]:
    """Columns of the sheet of one record type, left to right: the organisation (for child
    records), the fields in the form's order, and the technical id last."""
    rt = RECORD_TYPES[record_type] if isinstance(record_type, str) else record_type
    columns = []
    if "organization_id" in rt.field_names:
        columns.append(SheetColumn("organization_code", ORGANIZATION_CODE_HEADER, FieldKind.TEXT, width=16.0))
        columns.append(SheetColumn("organization_name", ORGANIZATION_NAME_HEADER, FieldKind.TEXT, width=30.0))
    for field in rt.fields:
        if field.kind == FieldKind.REF:
            ref = reference_of(rt.name, field.name)
            if ref is not None:  # a manager by name, a support by decision number
                columns.append(SheetColumn(ref.key, ref.header, FieldKind.TEXT, width=24.0, field=field))
            continue
        columns.append(SheetColumn(field.name, field.vi, field.kind, field.catalog, _width(field), field))
    columns.append(SheetColumn("id", ID_HEADER, FieldKind.TEXT, width=34.0))
    return tuple(columns)
