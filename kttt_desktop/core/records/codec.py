"""Between database rows and the JSON shape of CLI.md.

Storage keeps 0/1 flags and local columns (`rid`, search text); the JSON shape has
true/false and only what another program may rely on.
"""

from __future__ import annotations

from typing import Any

import orjson

from kttt_desktop.core.collation import collation_key
from kttt_desktop.core.records.fields import FieldKind, RecordType
from kttt_desktop.core.text import fold, sort_key

PUBLIC_SYSTEM_FIELDS = ("owner", "version", "created_at", "created_by", "updated_at", "updated_by")


def row_to_json(rt: RecordType, row: dict[str, Any]) -> dict[str, Any]:
    """The record as `kttt records list` prints it."""
    out: dict[str, Any] = {"id": row["id"]}
    for spec in rt.fields:
        value = row.get(spec.name)
        out[spec.name] = bool(value) if spec.kind == FieldKind.BOOL else value
    for name in PUBLIC_SYSTEM_FIELDS:
        out[name] = row.get(name)
    out["deleted"] = bool(row.get("deleted"))
    if out["deleted"]:
        out["deleted_at"] = row.get("deleted_at")
        out["deleted_by"] = row.get("deleted_by")
        out["delete_reason"] = row.get("delete_reason")
    return out


def field_values(rt: RecordType, row: dict[str, Any]) -> dict[str, Any]:
    """Only the record's own fields, in storage form."""
    return {name: row.get(name) for name in rt.field_names}


def to_column(rt: RecordType, name: str, value: Any) -> Any:
    """Storage form of one coerced value (flags as integers)."""
    if value is not None and name in rt.bool_fields:
        return int(bool(value))
    return value


# The local columns `derived_columns` fills, in the order it returns them.
DERIVED_COLUMNS = ("sort_name", "search_text", "collation_key")


def derived_columns(rt: RecordType, values: dict[str, Any]) -> dict[str, Any]:
    """The local sort and search columns, recomputed whenever the record changes.

    Each searchable field is folded once (the title is searchable too, and its folded form
    is the name imports match on): an import of 300,000 members folds every name. Lists are
    ordered by the Vietnamese collation key of the title (`core.collation`).
    """
    folded = {name: fold(str(values.get(name) or "")) for name in rt.searchable_fields}
    title = folded.get(rt.title_field)
    order_by = values.get(rt.title_field)  # a year or a date orders some types: keyed as text
    order_text = None if order_by is None else str(order_by)
    if title is None:
        title = sort_key(order_text or "")
    return {"sort_name": title, "search_text": " ".join(text for text in folded.values() if text),
            "collation_key": collation_key(rt.name, order_text, values.get("kind"))}


def dump_value(value: Any) -> str:
    """One value as stored in the audit and change logs (JSON keeps its type): compact UTF-8
    JSON, as `json.dumps(value, ensure_ascii=False, separators=(",", ":"))` writes it.

    orjson writes it five times faster than the standard library, which shows when a
    province imports hundreds of thousands of changes, each logged with all its fields."""
    return orjson.dumps(value).decode("utf-8")
