"""The SQLite side of a mirror run: what the register holds and what changed since a position.

Everything a run reads is read inside one read transaction, so the rows and the change-log
position they are mirrored up to belong to the same moment even while the window keeps
writing (WAL gives the reader a snapshot).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from kttt_desktop.core.mirror.layout import RECORD_TABLES, Table

_ID_CHUNK = 500  # ids per `IN (…)`, well below SQLite's limit on parameters


@dataclass(frozen=True)
class SourceSite:
    unit_code: str
    name: str
    level: str
    site_uuid: str


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One consistent view of the register for the whole run (read only, nothing written)."""
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT count(*) FROM site").fetchone()  # the snapshot starts at the first read
        yield
    finally:
        conn.execute("ROLLBACK")


def site(conn: sqlite3.Connection) -> SourceSite | None:
    row = conn.execute("SELECT unit_code, name, level, site_uuid FROM site").fetchone()
    return SourceSite(*row) if row is not None else None


def last_seq(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0])


def changed_ids(conn: sqlite3.Connection, after: int, upto: int) -> dict[str, list[str]]:
    """The records with a change in (after, upto], by record type (each id once)."""
    found: dict[str, list[str]] = {}
    for record_type, record_id in conn.execute(
            "SELECT DISTINCT record_type, record_id FROM change_log WHERE seq > ? AND seq <= ? "
            "ORDER BY record_type, record_id", (after, upto)):
        if record_type in RECORD_TABLES:
            found.setdefault(record_type, []).append(record_id)
    return found


def count_rows(conn: sqlite3.Connection, table: Table) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0])


def all_rows(conn: sqlite3.Connection, table: Table) -> Iterator[tuple[Any, ...]]:
    """Every row of a record table (tombstones too), in the mirror's column order."""
    yield from conn.execute(f"SELECT {', '.join(table.source_columns)} FROM {table.name} ORDER BY rid")


def rows_with_ids(conn: sqlite3.Connection, table: Table, ids: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """The current rows of the given records (an id with no row yet is left out)."""
    columns = ", ".join(table.source_columns)
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start:start + _ID_CHUNK]
        yield from conn.execute(f"SELECT {columns} FROM {table.name} WHERE id IN ({', '.join('?' * len(chunk))})",
                                chunk)


def target_rows(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """The plan's targets in `layout.TARGET_TABLE`'s order (less `source_site`)."""
    return conn.execute(
        "SELECT unit_code, indicator, year, value, comparison, basis, source, baseline, baseline_on, "
        "updated_at, updated_by FROM target ORDER BY unit_code, indicator, year").fetchall()


def population_rows(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """The population figures in `layout.POPULATION_TABLE`'s order (less `source_site`)."""
    return conn.execute("SELECT unit_code, year, population, source, updated_at, updated_by FROM population "
                        "ORDER BY unit_code, year").fetchall()
