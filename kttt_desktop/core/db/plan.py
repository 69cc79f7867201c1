"""The plan's storage: the target and population tables.

Targets and population figures are settings of a site, not records: they do not travel in
the change log, but who changed them is kept in the audit log like any change (through the
one `LogWriter`). `core.plan.targets` decides what a target means; this module keeps them.
Writes happen inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from kttt_desktop.core.db.logs import AuditRow, LogWriter


class TargetRow(NamedTuple):
    unit_code: str
    indicator: str
    year: int
    value: float
    comparison: str
    basis: str | None
    source: str | None
    baseline: float | None = None  # the figure at the plan's start as entered; None: counted
    baseline_on: str | None = None  # ISO base date; None: the end of the plan's base year


def targets(conn: sqlite3.Connection, unit_code: str | None = None) -> list[TargetRow]:
    """Targets of one unit (of every unit if None), in table order."""
    sql = "SELECT unit_code, indicator, year, value, comparison, basis, source, baseline, baseline_on FROM target"
    params: tuple[str, ...] = ()
    if unit_code is not None:
        sql += " WHERE unit_code = ?"
        params = (unit_code,)
    return [TargetRow(*row) for row in conn.execute(sql, params)]


def target_terms(conn: sqlite3.Connection, unit_code: str, indicator: str,
                 year: int) -> tuple[float, str, str | None, float | None, str | None] | None:
    """(value, comparison, basis, baseline, baseline_on) of one target, None if there is none."""
    row = conn.execute("SELECT value, comparison, basis, baseline, baseline_on FROM target "
                       "WHERE unit_code = ? AND indicator = ? "
                       "AND year = ?", (unit_code, indicator, year)).fetchone()
    return tuple(row) if row is not None else None


def put_target(conn: sqlite3.Connection, target: TargetRow, now: str, officer: str | None) -> None:
    conn.execute(
        "INSERT INTO target (unit_code, indicator, year, value, comparison, basis, source, baseline, baseline_on, "
        "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (unit_code, indicator, year) "
        "DO UPDATE SET value = excluded.value, comparison = excluded.comparison, basis = excluded.basis, "
        "source = excluded.source, baseline = excluded.baseline, baseline_on = excluded.baseline_on, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        (*target, now, officer))


def remove_target(conn: sqlite3.Connection, unit_code: str, indicator: str, year: int) -> None:
    conn.execute("DELETE FROM target WHERE unit_code = ? AND indicator = ? AND year = ?", (unit_code, indicator, year))


def population(conn: sqlite3.Connection) -> list[tuple[str, int, int]]:
    """Every population figure: (unit code, year, population), by unit and year."""
    return [(unit, year, figure) for unit, year, figure in conn.execute(
        "SELECT unit_code, year, population FROM population ORDER BY unit_code, year")]


def population_entry(conn: sqlite3.Connection, unit_code: str, year: int) -> tuple[int, str | None] | None:
    """(population, source) of one unit's figure for a year, None if there is none."""
    row = conn.execute("SELECT population, source FROM population WHERE unit_code = ? AND year = ?",
                       (unit_code, year)).fetchone()
    return (row[0], row[1]) if row is not None else None


def put_population(conn: sqlite3.Connection, unit_code: str, year: int, figure: int, source: str, now: str,
                   officer: str | None) -> None:
    conn.execute(
        "INSERT INTO population (unit_code, year, population, source, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (unit_code, year) DO UPDATE SET population = excluded.population, "
        "source = excluded.source, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        (unit_code, year, figure, source, now, officer))


def remove_population(conn: sqlite3.Connection, unit_code: str, year: int) -> None:
    conn.execute("DELETE FROM population WHERE unit_code = ? AND year = ?", (unit_code, year))


def audit(conn: sqlite3.Connection, now: str, officer: str | None, site_code: str, action: str,
          kind: str, key: str, old: object, new: object) -> None:
    """Who changed a target or a figure: `kind` ("target", "population") stands for the record
    type and the field, `key` for the record's id; the values are kept as text."""
    LogWriter(conn).audit([AuditRow(now, officer, site_code, action, kind, key, kind,
                                    None if old is None else str(old), None if new is None else str(new))])
