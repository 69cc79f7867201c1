"""The statements that open, end and tune a transaction, for the registry's `batch`.

The registry decides when a transaction starts and ends (nested uses join the outer one);
this module only says it to SQLite, so no module above the storage layer runs SQL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


def begin(conn: sqlite3.Connection) -> None:
    """IMMEDIATE: the write lock is taken at once, so a busy database is said before any work."""
    conn.execute("BEGIN IMMEDIATE")


def commit(conn: sqlite3.Connection) -> None:
    conn.execute("COMMIT")


def rollback(conn: sqlite3.Connection) -> None:
    conn.execute("ROLLBACK")


def defer_foreign_keys(conn: sqlite3.Connection) -> None:
    """Foreign keys checked at the commit, not per statement: a package is written in bulk,
    table by table, and only the whole of it must hold together."""
    conn.execute("PRAGMA defer_foreign_keys = ON")


@contextmanager
def one_checkpoint(conn: sqlite3.Connection) -> Iterator[None]:
    """Many transactions in a row with the write-ahead log copied into the database file once
    at the end, not every few megabytes (see `Registry.one_checkpoint`)."""
    before = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    written = conn.total_changes
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA wal_autocheckpoint = {int(before)}")
        if conn.total_changes != written:  # a refused file leaves the file untouched
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
