"""The one writer of the change log and the audit log.

Every change to a record lands in both, in the transaction that makes it: a typed edit of the
registry, an import's bulk creations and a merge of another site's change all write here, so
an entry looks the same whichever way it came, and the two logs' statements live in one place.
The rows are plain named tuples: a first import of a province writes hundreds of thousands.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any, NamedTuple

from kttt_desktop.core.records.codec import dump_value


class ChangeRow(NamedTuple):
    """One change-log entry. `seq` None takes the next number (a change from elsewhere); a
    local change names its own, equal to its `origin_seq`, its name at every other site."""

    seq: int | None
    origin_seq: int
    at: str
    officer: str | None
    origin: str
    record_type: str
    record_id: str
    owner: str
    op: str  # create, update, delete, restore
    fields: str  # JSON of the fields the change sets
    version: int  # the record's version after it (0: waits for its record's creation)
    base_version: int | None
    vv: str  # JSON of the record's version vector after it
    package: str | None = None  # the package it came in, None for a local change


class AuditRow(NamedTuple):
    """One audit-log entry: a changed field, a deletion or a restore, or a plan figure."""

    at: str
    officer: str | None
    site: str
    action: str  # create, update, delete, restore
    record_type: str
    record_id: str
    field: str | None = None
    old_value: str | None = None
    new_value: str | None = None
    note: str | None = None
    package: str | None = None


_CHANGE_INSERT = (f"INSERT INTO change_log ({', '.join(ChangeRow._fields)}) "
                  f"VALUES ({', '.join('?' * len(ChangeRow._fields))})")
_AUDIT_INSERT = (f"INSERT INTO audit_log ({', '.join(AuditRow._fields)}) "
                 f"VALUES ({', '.join('?' * len(AuditRow._fields))})")


class LogWriter:
    """Appends to the two append-only logs, inside the caller's transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def last_seq(self) -> int:
        return int(self.conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0])

    def next_seq(self) -> int:
        """The next change-log number; local changes are numbered explicitly so that their
        `origin_seq` (their name at every other site) equals it from the start."""
        row = self.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'").fetchone()
        return max(row[0] if row else 0, self.last_seq()) + 1

    def change(self, row: ChangeRow) -> None:
        self.conn.execute(_CHANGE_INSERT, row)

    def changes(self, rows: Iterable[ChangeRow]) -> None:
        self.conn.executemany(_CHANGE_INSERT, rows)

    def audit(self, rows: Iterable[AuditRow]) -> None:
        self.conn.executemany(_AUDIT_INSERT, rows)

    def audit_fields(self, at: str, officer: str | None, site: str, action: str, record_type: str,
                     record_id: str, values: Iterable[tuple[str, Any, Any]], note: str | None = None,
                     package: str | None = None) -> None:
        """One entry per (field, old value, new value), the values kept as JSON so that they
        keep their type."""
        self.audit(AuditRow(at, officer, site, action, record_type, record_id, name, dump_value(old),
                            dump_value(new), note, package) for name, old, new in values)
