"""Loads one mirror run into PostgreSQL, inside the run's one transaction.

Rows are streamed with COPY into a temporary staging table, then merged into the typed table
with one `INSERT … ON CONFLICT … DO UPDATE` that skips rows equal to what is there, so the
counts say what really changed. A kill anywhere before the commit leaves the database as it
was: PostgreSQL rolls the open transaction back, the position included.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

import psycopg
from psycopg import sql

from kttt_desktop.core.mirror.layout import SCHEMA, SOURCE_COLUMN, Table

Connection = psycopg.Connection[tuple[Any, ...]]
_REPORT_EVERY = 5_000  # rows between two progress reports


@dataclass(frozen=True)
class Position:
    site_uuid: str
    seq: int


def lock_source(conn: Connection, site: str) -> None:
    """One run per source at a time: a second run waits for the first to end."""
    conn.execute("SELECT pg_advisory_xact_lock(hashtext('kttt.mirror:' || %s))", (site,))


def may_write(conn: Connection, site: str) -> bool:
    """Whether the connected role writes `site`'s rows: its registered role, or the owner of
    the mirror schema (the administrator, whom row-level security does not restrict)."""
    row = conn.execute("SELECT kttt.writable_site() IS NOT DISTINCT FROM %s OR pg_has_role(n.nspowner, 'USAGE') "
                       "FROM pg_namespace n WHERE n.nspname = %s", (site, SCHEMA)).fetchone()
    return bool(row and row[0])


def read_position(conn: Connection, site: str) -> Position | None:
    row = conn.execute("SELECT site_uuid, seq FROM kttt.mirror_position WHERE source_site = %s", (site,)).fetchone()
    return Position(str(row[0]), int(row[1])) if row is not None else None


def write_position(conn: Connection, site: str, position: Position, program_version: str) -> None:
    conn.execute("INSERT INTO kttt.mirror_position (source_site, site_uuid, seq, mirrored_at, program_version) "
                 "VALUES (%s, %s, %s, now(), %s) ON CONFLICT (source_site) DO UPDATE SET "
                 "site_uuid = excluded.site_uuid, seq = excluded.seq, mirrored_at = excluded.mirrored_at, "
                 "program_version = excluded.program_version",
                 (site, position.site_uuid, position.seq, program_version))


def _copy(conn: Connection, into: sql.Composable, table: Table, site: str, rows: Iterable[tuple[Any, ...]],
          on_rows: Callable[[int], None]) -> int:
    """COPY `rows` (the SQLite columns, less `source_site`) into `into`; how many."""
    columns = sql.SQL(", ").join(map(sql.Identifier, table.column_names))
    count = 0
    with conn.cursor().copy(sql.SQL("COPY {} ({}) FROM STDIN").format(into, columns)) as copy:
        for row in rows:
            copy.write_row((site, *row))
            count += 1
            if count % _REPORT_EVERY == 0:
                on_rows(_REPORT_EVERY)
    on_rows(count % _REPORT_EVERY)
    return count


def _stage(conn: Connection, table: Table, site: str, rows: Iterable[tuple[Any, ...]],
           on_rows: Callable[[int], None]) -> sql.Identifier:
    """COPY `rows` into a fresh staging table (temporary: no write-ahead log, gone at commit)."""
    stage = sql.Identifier(f"mirror_stage_{table.name}")
    conn.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(stage))
    conn.execute(sql.SQL("CREATE TEMP TABLE {} (LIKE {}) ON COMMIT DROP").format(
        stage, sql.Identifier(SCHEMA, table.name)))
    _copy(conn, stage, table, site, rows, on_rows)
    return stage


class FirstLoad(Enum):
    """How a table that holds none of a source's rows yet is filled: no row can conflict."""

    NO = "no"  # it holds some: merge
    COPY = "copy"  # straight COPY into the table
    INSERT = "insert"  # COPY into a staging table, then one plain INSERT


def first_load(conn: Connection, table: Table, site: str) -> FirstLoad:
    """Whether the table holds none of `site`'s rows yet, and then how to fill it. PostgreSQL
    refuses COPY into a table whose row-level security applies to the role (a source's);
    the administrator's account is not bound by it and streams the rows in directly."""
    row = conn.execute(sql.SQL("SELECT EXISTS (SELECT 1 FROM {table} WHERE {source} = %s), "
                               "row_security_active({name})").format(
        name=sql.Literal(table.qualified), table=sql.Identifier(SCHEMA, table.name),
        source=sql.Identifier(SOURCE_COLUMN)), (site,)).fetchone()
    assert row is not None
    if row[0]:
        return FirstLoad.NO
    return FirstLoad.INSERT if row[1] else FirstLoad.COPY


def _upsert(conn: Connection, table: Table, stage: sql.Identifier) -> tuple[int, int]:
    """Merge the staging rows; (new, updated), rows equal to the stored ones not counted."""
    target = sql.Identifier(SCHEMA, table.name)
    columns = sql.SQL(", ").join(map(sql.Identifier, table.column_names))
    key = sql.SQL(", ").join(map(sql.Identifier, table.key))
    updates = sql.SQL(", ").join(sql.SQL("{0} = excluded.{0}").format(sql.Identifier(name))
                                 for name in table.column_names if name not in table.key)
    row = conn.execute(sql.SQL(
        "WITH merged AS (INSERT INTO {target} AS t ({columns}) SELECT {columns} FROM {stage} "
        "ON CONFLICT ({key}) DO UPDATE SET {updates} WHERE (t.*) IS DISTINCT FROM (excluded.*) "
        "RETURNING (xmax = 0) AS inserted) "
        "SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged").format(
        target=target, columns=columns, stage=stage, key=key, updates=updates)).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def load(conn: Connection, table: Table, site: str, rows: Iterable[tuple[Any, ...]],
         on_rows: Callable[[int], None] = lambda count: None, first: FirstLoad = FirstLoad.NO) -> tuple[int, int]:
    """Mirror these records of `site`; (new, updated). A first load (see `first_load`) skips
    the merge, so a first mirror comes close to the speed of a bare COPY."""
    target = sql.Identifier(SCHEMA, table.name)
    if first is FirstLoad.COPY:
        return _copy(conn, target, table, site, rows, on_rows), 0
    stage = _stage(conn, table, site, rows, on_rows)
    if first is FirstLoad.INSERT:
        columns = sql.SQL(", ").join(map(sql.Identifier, table.column_names))
        inserted = conn.execute(sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {}").format(
            target, columns, columns, stage)).rowcount
        return inserted, 0
    return _upsert(conn, table, stage)


def replace(conn: Connection, table: Table, site: str, rows: Iterable[tuple[Any, ...]]) -> tuple[int, int, int]:
    """Make `site`'s rows of a settings table exactly `rows`; (new, updated, deleted)."""
    stage = _stage(conn, table, site, rows, lambda count: None)
    new, updated = _upsert(conn, table, stage)
    target = sql.Identifier(SCHEMA, table.name)
    match = sql.SQL(" AND ").join(sql.SQL("s.{0} = t.{0}").format(sql.Identifier(name)) for name in table.key)
    deleted = conn.execute(sql.SQL("DELETE FROM {target} t WHERE t.{source} = %s AND NOT EXISTS "
                                   "(SELECT 1 FROM {stage} s WHERE {match})").format(
        target=target, source=sql.Identifier(SOURCE_COLUMN), stage=stage, match=match), (site,)).rowcount
    return new, updated, max(deleted, 0)
