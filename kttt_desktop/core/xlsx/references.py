"""References between records of one organisation, as an officer writes them in a sheet.

A course names the manager who attended (`training.manager_id`) and the support that paid
for it (`training.support_id`). A sheet cannot hold internal ids an officer could type, so
the manager is written by full name and the support by its decision number (its content
when it has none, or when the number is shared by several of the organisation's supports),
each looked up among the same organisation's records on import. Kept out of the sheet
layout and the importer so that both read one rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kttt_desktop.core.text import fold


@dataclass(frozen=True)
class Reference:
    """How one reference field appears in its sheet: the column `key`, its header, the
    header note, and the coded messages for a value that names nothing or several."""

    record_type: str  # of the sheet
    field: str  # the reference field
    target: str  # the record type it names
    key: str
    header: str
    hint: str
    unknown: str
    ambiguous: str


REFERENCES: dict[str, Reference] = {ref.key: ref for ref in (
    Reference("training", "manager_id", "manager", "manager_name", "Cán bộ quản lý (họ tên)",
              "Họ tên cán bộ quản lý của tổ chức đi học, ghi đúng như trong sheet «Cán bộ quản lý»; "
              "để trống nếu người học không phải cán bộ quản lý.",
              "import_manager_unknown", "import_manager_ambiguous"),
    Reference("training", "support_id", "support", "support_ref", "Khoản hỗ trợ chi trả (số quyết định)",
              "Số quyết định của khoản hỗ trợ đã chi cho khóa học, như trong sheet «Hỗ trợ» (khoản hỗ trợ "
              "không có số quyết định: ghi nội dung); để trống nếu không có.",
              "import_support_unknown", "import_support_ambiguous"),
)}


def reference_of(record_type: str, field: str) -> Reference | None:
    """The sheet column standing for `field` of `record_type`, if it is a reference written so."""
    return next((ref for ref in REFERENCES.values() if ref.record_type == record_type and ref.field == field), None)


def label_of(target: str, record: Mapping[str, Any], siblings: Iterable[Mapping[str, Any]]) -> str:
    """What the sheet writes for `record` (a manager or support), given the organisation's
    other live records of its type: the text `resolve` finds it by again."""
    if target == "manager":
        return str(record.get("full_name") or "")
    number = record.get("decision_no")
    if number and sum(1 for other in siblings if fold(other.get("decision_no")) == fold(number)) == 1:
        return str(number)
    return str(record.get("content") or number or "")


def resolve(target: str, text: str, candidates: Iterable[Mapping[str, Any]]) -> list[str]:
    """The ids among the organisation's live `candidates` that `text` names: a manager by
    full name; a support by decision number, else by content (letter case and accents of
    the typing aside, as everywhere names are matched)."""
    rows = list(candidates)
    names = ("full_name",) if target == "manager" else ("decision_no", "content")
    for name in names:
        exact = [row["id"] for row in rows if row.get(name) and str(row[name]).strip() == text.strip()]
        if len(exact) == 1:
            return exact
        folded = [row["id"] for row in rows if row.get(name) and fold(row[name]) == fold(text)]
        if folded:
            return folded
    return []


__all__ = ["REFERENCES", "Reference", "label_of", "reference_of", "resolve"]
