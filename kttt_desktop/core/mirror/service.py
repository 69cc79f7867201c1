"""One mirror run: the site's merged register into PostgreSQL, all or nothing.

A run reads the register in one snapshot and writes in one PostgreSQL transaction: the rows
that changed since the position kept in PostgreSQL for this site (every row the first time,
or when the site was reinstalled or restored), the plan's settings, then the new position.
Killed at any point, the database stays as the previous run left it and the next run starts
from the previous position. A run that finds nothing new writes nothing and says so.
A source's first rows in a table skip the merge (nothing can conflict), so a first mirror
streams at close to the speed of a bare COPY. Rows are never removed: a deleted record is
mirrored as its tombstone, and a site restored from an older backup is mirrored whole again
over what is there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import psycopg

from kttt_desktop import __version__
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.mirror import schema, source, writer
from kttt_desktop.core.mirror.connect import Connection, connect, shown_address, translate
from kttt_desktop.core.mirror.layout import POPULATION_TABLE, RECORD_TABLES, TARGET_TABLE
from kttt_desktop.core.progress import NoProgress, Progress


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    deleted: int = 0  # settings only: records are never deleted, their tombstones are mirrored

    @property
    def changed(self) -> int:
        return self.new + self.updated + self.deleted

    def as_json(self) -> dict[str, int]:
        return {"new": self.new, "updated": self.updated, "deleted": self.deleted}


@dataclass
class MirrorResult:
    source: str
    address: str
    schema_version: int
    position_before: int
    position_after: int
    full: bool
    structure_changed: bool = False
    tables: dict[str, TableCounts] = field(default_factory=dict)

    @property
    def unchanged(self) -> bool:
        return (self.position_before == self.position_after and not self.structure_changed
                and not any(counts.changed for counts in self.tables.values()))

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "to": self.address,
            "schema_version": self.schema_version,
            "unchanged": self.unchanged,
            "full": self.full,
            "position": {"before": self.position_before, "after": self.position_after},
            "tables": {name: counts.as_json() for name, counts in self.tables.items()},
        }


@dataclass
class SetupResult:
    source: str
    role: str
    role_created: bool
    structure_changed: bool
    schema_version: int

    def as_json(self) -> dict[str, Any]:
        return {"source": self.source, "role": self.role, "role_created": self.role_created,
                "structure_changed": self.structure_changed, "schema_version": self.schema_version}


def _site(conn: sqlite3.Connection) -> source.SourceSite:
    found = source.site(conn)
    if found is None:
        raise KtttError("site_not_initialised", path="")
    return found


@contextmanager
def _run(url: str, password: str | None = None) -> Iterator[Connection]:
    """A connection whose one transaction commits at the end, or rolls back on any failure
    with the failure said as a coded error."""
    with connect(url, password) as pg:
        try:
            with pg.transaction():
                yield pg
        except psycopg.Error as exc:
            raise translate(exc, url) from None


def setup_source(conn: sqlite3.Connection, url: str, role: str) -> SetupResult:
    """By the administrator's account: bring the structure up to date and let `role` write
    this site's rows (and only those)."""
    site = _site(conn)
    with _run(url) as pg:
        changed = schema.prepare(pg)
        made = schema.register_source(pg, site, role)
    return SetupResult(site.unit_code, role, made, changed, schema.latest_version())


def mirror(conn: sqlite3.Connection, url: str, progress: Progress | None = None,
           password: str | None = None) -> MirrorResult:
    """Mirror the register behind `conn` into the database at `url` (see the module's doc);
    `password` when the window asked for it (else libpq's PGPASSWORD or password file)."""
    progress = progress or NoProgress()
    site = _site(conn)
    with source.snapshot(conn), _run(url, password) as pg:
        upto = source.last_seq(conn)
        structure_changed = schema.prepare(pg)
        if not writer.may_write(pg, site.unit_code):
            raise KtttError("mirror_not_registered", code=site.unit_code, name=site.name)
        writer.lock_source(pg, site.unit_code)
        position = writer.read_position(pg, site.unit_code)
        full = position is None or position.site_uuid != site.site_uuid or position.seq > upto
        before = 0 if position is None else position.seq
        result = MirrorResult(site.unit_code, shown_address(url), schema.latest_version(), before, upto, full,
                              structure_changed)
        if full:
            batches = {name: (source.count_rows(conn, table), source.all_rows(conn, table))
                       for name, table in RECORD_TABLES.items()}
        else:
            changed = source.changed_ids(conn, before, upto)
            batches = {name: (len(ids), source.rows_with_ids(conn, RECORD_TABLES[name], ids))
                       for name, ids in changed.items()}
        total, done = sum(count for count, _ in batches.values()), 0

        def advance(count: int) -> None:
            nonlocal done
            done += count
            progress.report(done, total)

        progress.report(0, total)
        for name, (_, rows) in batches.items():
            table = RECORD_TABLES[name]
            first = writer.first_load(pg, table, site.unit_code) if full else writer.FirstLoad.NO
            new, updated = writer.load(pg, table, site.unit_code, rows, advance, first)
            result.tables[name] = TableCounts(new, updated)
        for table, rows_of in ((TARGET_TABLE, source.target_rows), (POPULATION_TABLE, source.population_rows)):
            result.tables[table.name] = TableCounts(*writer.replace(pg, table, site.unit_code, rows_of(conn)))
        if not result.unchanged or full and position is not None:
            writer.write_position(pg, site.unit_code, writer.Position(site.site_uuid, upto), __version__)
    return result
