"""Likely duplicates across communes, for the upper level that has merged them.

Identity never comes from business keys (two communes may well enter the same HTX, each
with its own record), so merging keeps both; these queries point a person at the pairs to
look at: the same tax code on two organisations, the same citizen ID twice in one
organisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kttt_desktop.core.db.records import RecordStore


@dataclass(frozen=True)
class DuplicateGroup:
    kind: str  # "tax_code" or "id_number"
    key: str  # the shared tax code or citizen ID
    record_type: str
    record_ids: tuple[str, ...]
    owners: tuple[str, ...]
    titles: tuple[str, ...]
    organization_id: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "key": self.key, "record_type": self.record_type,
                "records": [{"id": i, "owner": o, "title": t}
                            for i, o, t in zip(self.record_ids, self.owners, self.titles, strict=True)],
                "organization_id": self.organization_id}


def likely_duplicates(store: RecordStore) -> list[DuplicateGroup]:
    """Every group of live records that share a tax code, or a citizen ID within one organisation."""
    groups: list[DuplicateGroup] = []
    for code, ids, owners, names in store.duplicate_tax_codes():
        groups.append(DuplicateGroup("tax_code", code, "organization", *_split(ids, owners, names)))
    for organization_id, id_number, ids, owners, names in store.duplicate_id_numbers():
        groups.append(DuplicateGroup("id_number", id_number, "member", *_split(ids, owners, names),
                                     organization_id=organization_id))
    return groups


def duplicate_ids(store: RecordStore, record_type: str) -> set[str]:
    """Ids of the records of one type that belong to some duplicate group (for list flags)."""
    return {record_id for group in likely_duplicates(store) if group.record_type == record_type
            for record_id in group.record_ids}


def _split(ids: str, owners: str, names: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    return tuple(ids.split("\x1f")), tuple(owners.split("\x1f")), tuple(names.split("\x1f"))
