"""Which PostgreSQL table and typed column each piece of the register becomes.

Read off the record-type table (`core.records.fields.RECORD_TYPES`), so a new record type or
field lands in the mirror without a hand-written statement. Storage habits become types:
ISO dates `date`, integer đồng `bigint`, 0/1 flags `boolean`; codes stay the stable codes of
CLI.md, named in `kttt.code_label`. Every table starts with `source_site`, the unit code of
the site whose register the row comes from: row-level security keys on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from kttt_desktop.core.records.fields import RECORD_TYPES, FieldKind, RecordType

SCHEMA = "kttt"
"""The PostgreSQL schema (namespace) everything of the mirror lives in."""

SOURCE_COLUMN = "source_site"

_TYPES: dict[FieldKind, str] = {
    FieldKind.TEXT: "text",
    FieldKind.DATE: "date",
    FieldKind.MONEY: "bigint",
    FieldKind.INT: "integer",
    FieldKind.BOOL: "boolean",
    FieldKind.CODE: "text",
    FieldKind.REF: "text",
}

# Identity, ownership, version and tombstone: every record carries them (fields.SYSTEM_FIELDS).
_SYSTEM_TYPES: dict[str, str] = {
    "id": "text", "owner": "text", "version": "integer", "created_at": "timestamptz", "created_by": "text",
    "updated_at": "timestamptz", "updated_by": "text", "deleted": "boolean", "deleted_at": "timestamptz",
    "deleted_by": "text", "delete_reason": "text", "deleted_with": "text",
}
_REQUIRED = frozenset({"id", "owner", "version", "deleted"})


@dataclass(frozen=True)
class Column:
    name: str
    pg_type: str
    not_null: bool = False
    comment: str = ""  # the Vietnamese name people know the column by


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    comment: str = ""

    @property
    def qualified(self) -> str:
        return f"{SCHEMA}.{self.name}"

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    @property
    def source_columns(self) -> tuple[str, ...]:
        """The columns read from the SQLite register (all but `source_site`)."""
        return tuple(name for name in self.column_names if name != SOURCE_COLUMN)


_SYSTEM_COMMENTS: dict[str, str] = {
    "id": "Mã bản ghi (UUID)", "owner": "Mã đơn vị tạo bản ghi", "version": "Phiên bản bản ghi",
    "created_at": "Thời điểm tạo", "created_by": "Người tạo", "updated_at": "Thời điểm sửa gần nhất",
    "updated_by": "Người sửa gần nhất", "deleted": "Đã xóa", "deleted_at": "Thời điểm xóa",
    "deleted_by": "Người xóa", "delete_reason": "Lý do xóa", "deleted_with": "Xóa cùng bản ghi",
}


def record_table(rt: RecordType) -> Table:
    columns = [Column(SOURCE_COLUMN, "text", True, "Mã đơn vị gửi dữ liệu")]
    columns += [Column(name, pg_type, name in _REQUIRED, _SYSTEM_COMMENTS[name])
                for name, pg_type in _SYSTEM_TYPES.items()]
    columns += [Column(field.name, _TYPES[field.kind], False, field.vi) for field in rt.fields]
    return Table(rt.name, tuple(columns), (SOURCE_COLUMN, "id"), rt.vi)


RECORD_TABLES: dict[str, Table] = {name: record_table(rt) for name, rt in RECORD_TYPES.items()}
"""One table per record type, in the record-type table's order (organisations first)."""

TARGET_TABLE = Table("target", (
    Column(SOURCE_COLUMN, "text", True), Column("unit_code", "text", True), Column("indicator", "text", True),
    Column("year", "integer", True), Column("value", "double precision", True), Column("comparison", "text", True),
    Column("basis", "text"), Column("set_by", "text"), Column("baseline", "double precision"),
    Column("baseline_on", "date"), Column("updated_at", "timestamptz"), Column("updated_by", "text"),
), (SOURCE_COLUMN, "unit_code", "indicator", "year"))

POPULATION_TABLE = Table("population", (
    Column(SOURCE_COLUMN, "text", True), Column("unit_code", "text", True), Column("year", "integer", True),
    Column("population", "integer", True), Column("set_by", "text"), Column("updated_at", "timestamptz"),
    Column("updated_by", "text"),
), (SOURCE_COLUMN, "unit_code", "year"))

SETTING_TABLES: tuple[Table, ...] = (TARGET_TABLE, POPULATION_TABLE)
"""A site's settings, mirrored whole each run (a few hundred rows): they keep no change log."""
