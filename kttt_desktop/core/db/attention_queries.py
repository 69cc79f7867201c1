"""The storage of the list of organisations that need attention: one statement per kind of
fact, over every organisation at once, so a province's list takes a handful of queries
rather than a few per organisation.

Rows come back as plain dicts; `core.reports.attention` decides what they mean.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from kttt_desktop.core.db.records import OFFICIAL_MEMBERS_ON_DAY


def _dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def organizations(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every live organisation, in the registers' Vietnamese order (commune, then name)."""
    return _dicts(conn.execute(
        "SELECT id, name, kind, commune_code, owner, status, registration_date, created_at "
        "FROM organization WHERE deleted = 0 ORDER BY coalesce(commune_code, owner), collation_key, rid"))


def status_decisions(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every live status decision, with what the list says of it (number, date, agency)."""
    return _dicts(conn.execute(
        "SELECT organization_id, status, effective_on, decision_no, decision_date, agency, carried_over, "
        "created_at, id FROM status_change WHERE deleted = 0"))


def latest_results(conn: sqlite3.Connection, before_year: int) -> list[dict[str, Any]]:
    """Each organisation's two latest yearly results of years before `before_year`, newest first."""
    return _dicts(conn.execute(
        "SELECT organization_id, year, profit_vnd, overdue_debt_vnd, rating, submitted_on FROM ("
        " SELECT organization_id, year, profit_vnd, overdue_debt_vnd, rating, submitted_on,"
        " row_number() OVER (PARTITION BY organization_id ORDER BY year DESC, updated_at DESC, id) AS place"
        " FROM annual_report WHERE deleted = 0 AND year < ?) WHERE place <= 2 "
        "ORDER BY organization_id, year DESC", (before_year,)))


def official_member_counts(conn: sqlite3.Connection, day: str) -> dict[str, int]:
    """Members counting toward the legal minimum on `day`, per organisation that has any."""
    return dict(conn.execute(
        f"SELECT organization_id, count(*) FROM member WHERE {OFFICIAL_MEMBERS_ON_DAY} GROUP BY organization_id",
        (day,)).fetchall())


def support_decided(conn: sqlite3.Connection, after: str, until: str) -> dict[str, tuple[int, int]]:
    """(records, đồng) of live support decided after `after` up to `until`, per organisation."""
    rows = conn.execute(
        "SELECT organization_id, count(*), coalesce(sum(amount_vnd), 0) FROM support WHERE deleted = 0 "
        "AND decision_date > ? AND decision_date <= ? GROUP BY organization_id", (after, until))
    return {organization_id: (int(count), int(amount)) for organization_id, count, amount in rows}
