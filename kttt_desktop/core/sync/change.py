"""One change as it travels between sites: what the change log holds and a package carries."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kttt_desktop.core.records.fields import RecordType
from kttt_desktop.core.sync.versions import load_vv

DELETED = "_deleted"  # the pseudo-field of a record's tombstone, in conflicts and merges


@dataclass(frozen=True)
class Change:
    """One change as it travels in a package."""

    origin: str
    origin_seq: int
    at: str
    officer: str | None
    record_type: str
    record_id: str
    owner: str
    op: str
    fields: dict[str, Any]
    vv: dict[str, int]

    @property
    def number(self) -> int:
        """This change's count at its origin for this record (its place in the vector)."""
        return self.vv.get(self.origin, 0)

    @property
    def key(self) -> tuple[str, int]:
        return (self.origin, self.number)

    @property
    def key_in_log(self) -> tuple[str, int]:
        """The change's name in every site's change log."""
        return (self.origin, self.origin_seq)

    def as_item(self) -> dict[str, Any]:
        return {"origin": self.origin, "origin_seq": self.origin_seq, "at": self.at, "officer": self.officer,
                "record_type": self.record_type, "record_id": self.record_id, "owner": self.owner,
                "op": self.op, "fields": self.fields, "vv": self.vv}

    @classmethod
    def from_log_row(cls, row: Sequence[Any]) -> Change:
        """From the change log's columns in `LOG_COLUMNS` order."""
        origin, origin_seq, at, officer, rtype, rid, owner, op, fields, vv = row
        return cls(origin, origin_seq, at, officer, rtype, rid, owner, op, json.loads(fields), load_vv(vv))

    def touched(self, rt: RecordType) -> dict[str, Any]:
        """Field → value this change sets (a creation sets every field; absent means empty)."""
        if self.op == "create":
            values = {name: self.fields.get(name) for name in rt.field_names}
            values[DELETED] = None
            return values
        if self.op in ("delete", "restore"):
            return {DELETED: {"deleted": self.op == "delete", "reason": self.fields.get("reason"),
                              "with": self.fields.get("with"), "at": self.at, "by": self.officer}}
        return {name: value for name, value in self.fields.items() if name in rt.field_names}


LOG_COLUMNS = "origin, origin_seq, at, officer, record_type, record_id, owner, op, fields, vv"
