"""The year's report's storage: what happened between two days, asked of SQLite.

Registrations, status decisions that took effect, conversions, the yearly results of one
year, the support and the loans of the year, and the members of the organisations supported.
Each question reads organisations, decisions, results, supports or loans (a province holds a
few thousand of each), never the members row by row: their count comes back summed.
`core.reports.year_report` turns the rows into the report. Nothing here writes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from kttt_desktop.core.db.report_queries import _MEMBER_ACTIVE

# The unit an organisation is counted in: its commune, else the site that owns it.
_UNIT = "coalesce(nullif(o.commune_code, ''), o.owner)"


def registrations(conn: sqlite3.Connection, first: str, last: str) -> list[tuple[Any, ...]]:
    """(id, name, kind, sector, unit, registration_date) of the live organisations registered
    from `first` to `last` (ISO days); one without a registration date is not counted as new."""
    return conn.execute(
        f"SELECT o.id, coalesce(o.name, ''), o.kind, coalesce(o.sector, ''), {_UNIT}, o.registration_date "
        "FROM organization o WHERE o.deleted = 0 AND o.registration_date BETWEEN ? AND ? "
        "ORDER BY o.registration_date, o.collation_key", (first, last)).fetchall()


def decisions_in_effect_from(conn: sqlite3.Connection, first: str, last: str,
                             statuses: Sequence[str]) -> list[tuple[Any, ...]]:
    """(organisation, status, effective_on, decision_no, name, kind, sector, unit) of the live
    status decisions to one of `statuses` that took effect from `first` to `last`, of live
    organisations. Left out: decisions carried over from an old register, and the first status
    the program wrote itself when the organisation was entered (no number, no date of its own,
    effective on the day the organisation began): neither says when the status began."""
    return conn.execute(
        "SELECT s.organization_id, s.status, s.effective_on, coalesce(s.decision_no, ''), coalesce(o.name, ''), "
        f"o.kind, coalesce(o.sector, ''), {_UNIT} FROM status_change s JOIN organization o ON o.id = s.organization_id "
        f"WHERE s.deleted = 0 AND o.deleted = 0 AND s.effective_on BETWEEN ? AND ? "
        f"AND s.status IN ({','.join('?' * len(statuses))}) AND NOT s.carried_over "
        "AND NOT (coalesce(s.decision_no, '') = '' AND s.decision_date IS NULL "
        "AND s.effective_on = coalesce(o.registration_date, substr(o.created_at, 1, 10))) "
        "ORDER BY s.effective_on, o.collation_key", (first, last, *statuses)).fetchall()


def kind_changes(conn: sqlite3.Connection, since: str, until: str) -> list[tuple[Any, ...]]:
    """(organisation, old kind, new kind, at, name, sector, unit, registration_date) of the
    changes of kind recorded from `since` up to before `until` (ISO days; the audit log's time
    begins with the day), of live organisations, in the order they were made. The kinds come
    back as the audit log stores them (JSON)."""
    return conn.execute(
        f"SELECT a.record_id, a.old_value, a.new_value, a.at, coalesce(o.name, ''), coalesce(o.sector, ''), {_UNIT}, "
        "o.registration_date FROM audit_log a JOIN organization o ON o.id = a.record_id "
        "WHERE a.record_type = 'organization' AND a.action = 'update' AND a.field = 'kind' "
        "AND a.at >= ? AND a.at < ? AND o.deleted = 0 ORDER BY a.id", (since, until)).fetchall()


def yearly_results(conn: sqlite3.Connection, year: int) -> list[dict[str, Any]]:
    """The yearly results of `year` of the live organisations, one per organisation (the
    latest entered if two were), with the organisation's sector."""
    cursor = conn.execute(
        "SELECT r.organization_id, coalesce(o.sector, '') AS sector, r.members_official, r.revenue_vnd, "
        "r.profit_vnd, r.avg_income_member_vnd, r.avg_income_worker_vnd, r.total_capital_vnd, r.rating "
        "FROM annual_report r JOIN organization o ON o.id = r.organization_id "
        "WHERE r.year = ? AND r.deleted = 0 AND o.deleted = 0 ORDER BY r.organization_id, r.created_at", (year,))
    names = [d[0] for d in cursor.description]
    return list({row[0]: dict(zip(names, row, strict=True)) for row in cursor}.values())


def supports_of_year(conn: sqlite3.Connection, first: str, last: str, stages: Sequence[str],
                     changed: Sequence[str]) -> list[tuple[Any, ...]]:
    """(organisation, category, funding source, is a loan, count, amount) of the supports
    decided from `first` to `last` (the day entered standing in for an unknown decision date),
    now in one of `stages`, of live organisations, leaving out the `changed` supports (their
    stage then is not the stage now): grouped per organisation, so the organisations reached
    can be counted."""
    return conn.execute(
        "SELECT s.organization_id, coalesce(s.category, ''), coalesce(s.funding_source, ''), s.is_loan, count(*), "
        "coalesce(sum(s.amount_vnd), 0) FROM support s JOIN organization o ON o.id = s.organization_id "
        "WHERE s.deleted = 0 AND o.deleted = 0 "
        "AND coalesce(s.decision_date, substr(s.created_at, 1, 10)) BETWEEN ? AND ? "
        f"AND s.stage IN ({','.join('?' * len(stages))}) AND s.id NOT IN (SELECT value FROM json_each(?)) "
        "GROUP BY 1, 2, 3, 4", (first, last, *stages, json.dumps(list(changed)))).fetchall()


def supports_by_id(conn: sqlite3.Connection, first: str, last: str, ids: Iterable[str]) -> list[tuple[Any, ...]]:
    """(id, organisation, category, funding source, is a loan, amount) of those supports, of
    live organisations, decided from `first` to `last` (the few whose stage changed since)."""
    wanted = list(ids)
    if not wanted:
        return []
    return conn.execute(
        "SELECT s.id, s.organization_id, coalesce(s.category, ''), coalesce(s.funding_source, ''), s.is_loan, "
        "coalesce(s.amount_vnd, 0) FROM json_each(?) AS wanted CROSS JOIN support s ON s.id = wanted.value "
        "JOIN organization o ON o.id = s.organization_id WHERE s.deleted = 0 AND o.deleted = 0 "
        "AND coalesce(s.decision_date, substr(s.created_at, 1, 10)) BETWEEN ? AND ?",
        (json.dumps(wanted), first, last)).fetchall()


def loans_of_year(conn: sqlite3.Connection, first: str, last: str) -> list[tuple[Any, ...]]:
    """(organisation, lender, loans, amount, interest support) of the loans of the register
    disbursed from `first` to `last` (the day entered standing in for an unknown one), of live
    organisations."""
    return conn.execute(
        "SELECT l.organization_id, coalesce(l.lender, ''), count(*), coalesce(sum(l.amount_vnd), 0), "
        "coalesce(sum(l.interest_support_vnd), 0) FROM loan l JOIN organization o ON o.id = l.organization_id "
        "WHERE l.deleted = 0 AND o.deleted = 0 "
        "AND coalesce(l.disbursed_on, substr(l.created_at, 1, 10)) BETWEEN ? AND ? GROUP BY 1, 2",
        (first, last)).fetchall()


def members_of(conn: sqlite3.Connection, organization_ids: Iterable[str], day: str) -> int:
    """How many memberships those organisations had on `day`, counted by SQLite."""
    wanted = list(organization_ids)
    if not wanted:
        return 0
    row = conn.execute(
        "SELECT count(*) FROM member WHERE organization_id IN (SELECT value FROM json_each(:ids)) "
        f"AND {_MEMBER_ACTIVE}",
        {"ids": json.dumps(wanted), "day": day}).fetchone()
    return int(row[0])
