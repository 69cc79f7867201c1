"""Who deleted a record, when, why, where, and what went with it.

A deleted record is shown read-only with this account, and the question before restoring it
names what comes back together with it, so an officer restores knowingly.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

CHILD_TYPES = ("member", "worker", "support")


@dataclass(frozen=True)
class Deletion:
    """The tombstone of one record, as read from the record and the audit log."""

    at: str | None
    officer: str | None
    reason: str | None
    site: str | None  # unit code where the deletion was made (another site's, if it came by sync)
    with_id: str | None = None  # the organisation whose deletion carried this record
    with_title: str | None = None
    carried: dict[str, int] = field(default_factory=dict)  # deleted together with it, per type

    def as_json(self) -> dict[str, object]:
        return dict(self.__dict__)


def deletion_of(conn: sqlite3.Connection, record_type: str, record_id: str) -> Deletion | None:
    """The record's tombstone; None if the record is not deleted (or does not exist)."""
    row = conn.execute(
        f"SELECT deleted, deleted_at, deleted_by, delete_reason, deleted_with FROM {record_type} WHERE id = ?",
        (record_id,)).fetchone()
    if row is None or not row[0]:
        return None
    _, at, officer, reason, with_id = row
    site = conn.execute(
        "SELECT site FROM audit_log WHERE record_type = ? AND record_id = ? AND action = 'delete' "
        "ORDER BY id DESC LIMIT 1", (record_type, record_id)).fetchone()
    with_title = None
    if with_id:
        found = conn.execute("SELECT name FROM organization WHERE id = ?", (with_id,)).fetchone()
        with_title = found[0] if found else None
    carried: dict[str, int] = {}
    if record_type == "organization":
        for child in CHILD_TYPES:
            count = conn.execute(
                f"SELECT count(*) FROM {child} WHERE organization_id = ? AND deleted = 1 AND deleted_with = ?",
                (record_id, record_id)).fetchone()[0]
            if count:
                carried[child] = int(count)
    return Deletion(at, officer, reason, site[0] if site else None, with_id, with_title, carried)
