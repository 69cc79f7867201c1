"""The reports' storage: the queries behind the indicators, the summary report, the trend and
the Excel export.

A province holds 300,000 members, so reports ask SQLite for sums and counts (through the
covering indexes of schema 3) rather than reading rows into Python; `core.reports` turns what
comes back into figures. Nothing here writes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

# The covering indexes of schema 3 are named: without statistics SQLite would pick the list
# index for `deleted = 0` and read every wide row.
_MEMBER_ACTIVE = ("deleted = 0 AND coalesce(joined_on, substr(created_at, 1, 10)) <= :day "
                  "AND (left_on IS NULL OR left_on > :day)")
_WORKER_ACTIVE = ("deleted = 0 AND coalesce(started_on, substr(created_at, 1, 10)) <= :day "
                  "AND (ended_on IS NULL OR ended_on > :day)")


# --- the indicators ----------------------------------------------------------------------------

def updates_since(conn: sqlite3.Connection, record_type: str, fields: Sequence[str],
                  since: str) -> sqlite3.Cursor:
    """(record id, field, old value, at) of the updates of those fields made at or after
    `since`, in the order they were made (the audit log's)."""
    return conn.execute(
        f"SELECT record_id, field, old_value, at FROM audit_log WHERE record_type = ? AND action = 'update' "
        f"AND field IN ({','.join('?' * len(fields))}) AND at >= ? ORDER BY id",
        (record_type, *fields, since))


def organization_facts(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """Every live organisation: id, unit (commune, else owner), registration day (else the day
    it was entered), kind, status, high_tech, value_chain, traceability (each 1 or 0), ocop_stars."""
    return conn.execute(
        "SELECT id, coalesce(nullif(commune_code, ''), owner), "
        "coalesce(registration_date, substr(created_at, 1, 10)), kind, status, "
        "coalesce(high_tech IN (1, '1', 'true'), 0), coalesce(value_chain IN (1, '1', 'true'), 0), "
        "coalesce(traceability IN (1, '1', 'true'), 0), ocop_stars FROM organization INDEXED BY organization_report "
        "WHERE deleted = 0").fetchall()


def linkages(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(organisation, signed_on, expires_on) of every live value-chain contract ('' for a day
    not recorded)."""
    return conn.execute(
        "SELECT organization_id, coalesce(signed_on, ''), coalesce(expires_on, '') FROM linkage "
        "WHERE deleted = 0").fetchall()


def products(conn: sqlite3.Connection) -> list[tuple[str, int | None, str, str, int, int]]:
    """(organisation, OCOP stars, certified_on, expires_on, traceability, high_tech) of every
    live product ('' for a day not recorded)."""
    return conn.execute(
        "SELECT organization_id, ocop_stars, coalesce(ocop_certified_on, ''), coalesce(ocop_expires_on, ''), "
        "traceability, high_tech FROM product WHERE deleted = 0").fetchall()


def managers_in_post(conn: sqlite3.Connection, day: str) -> list[tuple[str, int, int]]:
    """(organisation, managers in post on `day`, of whom trained to standard) per organisation;
    an unknown start counts from the beginning, an unknown end as still in post. Read from the
    posts' index alone, already in organisation order."""
    return conn.execute(
        "SELECT organization_id, count(*), coalesce(sum(trained_to_standard), 0) FROM manager "
        "INDEXED BY manager_in_post WHERE deleted = 0 AND coalesce(from_on, '') <= :day "
        "AND (to_on IS NULL OR to_on >= :day) GROUP BY organization_id", {"day": day}).fetchall()


def trained_by_topic(conn: sqlite3.Connection, since: str, day: str) -> list[tuple[str, str, int]]:
    """(organisation, topic, people) of the courses begun from `since` to `day` (the day entered
    standing in for an unknown start); a person is the manager, else the trainee's name in the
    organisation, counted once per topic. A person belongs to one organisation, so the
    organisations' counts add up. One pass over the table: the start has no index of its own."""
    return conn.execute(
        "SELECT organization_id, topic, "
        "count(DISTINCT coalesce(manager_id, organization_id || ':' || coalesce(full_name, id))) "
        "FROM training NOT INDEXED WHERE deleted = 0 "
        "AND coalesce(started_on, substr(created_at, 1, 10)) BETWEEN ? AND ? GROUP BY 1, 2", (since, day)).fetchall()


def has_loans(conn: sqlite3.Connection) -> bool:
    """Whether the register of loans has any live entry (else loans come from the support records)."""
    return conn.execute("SELECT 1 FROM loan WHERE deleted = 0 LIMIT 1").fetchone() is not None


def loans_by_lender(conn: sqlite3.Connection, day: str) -> list[tuple[str, str, int, int, int, int]]:
    """(organisation, lender, loans, outstanding, overdue, amount disbursed) of the loans
    disbursed by `day` (the day entered standing in for an unknown one), with the balances as
    recorded."""
    return conn.execute(
        "SELECT organization_id, lender, count(*), coalesce(sum(outstanding_vnd), 0), coalesce(sum(overdue_vnd), 0), "
        "coalesce(sum(amount_vnd), 0) FROM loan WHERE deleted = 0 "
        "AND coalesce(disbursed_on, substr(created_at, 1, 10)) <= ? GROUP BY 1, 2", (day,)).fetchall()


def linkages_in_force(conn: sqlite3.Connection, day: str) -> list[tuple[str, str, int]]:
    """(organisation, stage, contracts) of the value-chain contracts in force on `day`: signed by
    then (an unknown day counts from the beginning) and not expired before it."""
    return conn.execute(
        "SELECT organization_id, coalesce(stage, ''), count(*) FROM linkage WHERE deleted = 0 "
        "AND coalesce(signed_on, '') <= :day AND (expires_on IS NULL OR expires_on >= :day) GROUP BY 1, 2",
        {"day": day}).fetchall()


def status_decisions(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(organisation, effective_on, status) of every live status decision, read at once (a
    province has one or two per organisation), each organisation's in the order they take
    effect (`records.status_history.decision_order`). Read straight from the table and sorted
    once: through the list index SQLite would fetch every row by its key first (three times slower)."""
    return conn.execute(
        "SELECT organization_id, coalesce(effective_on, ''), status FROM status_change NOT INDEXED WHERE deleted = 0 "
        "ORDER BY organization_id, coalesce(effective_on, ''), coalesce(decision_date, ''), "
        "coalesce(created_at, ''), id").fetchall()


def shared_id_numbers(conn: sqlite3.Connection) -> list[str]:
    """Citizen IDs that appear on more than one membership (found through their index)."""
    return [row[0] for row in conn.execute(
        "SELECT id_number FROM member INDEXED BY member_id_number WHERE id_number > '' "
        "GROUP BY id_number HAVING count(*) > 1")]


def memberships_of(conn: sqlite3.Connection, id_numbers: Sequence[str], day: str) -> Iterator[tuple[str, str]]:
    """(citizen ID, organisation) of the memberships of those people that count on `day`."""
    for start in range(0, len(id_numbers), 500):
        chunk = id_numbers[start:start + 500]
        yield from conn.execute(
            f"SELECT id_number, organization_id FROM member WHERE id_number IN ({','.join('?' * len(chunk))}) "
            f"AND {_MEMBER_ACTIVE.replace(':day', '?')}", [*chunk, day, day])


def _tally_less(conn: sqlite3.Connection, everyone: str, left_out_sql: str, parameters: dict[str, Any],
                left_out: Sequence[str]) -> list[tuple[Any, ...]]:
    """The groups (all columns but the last) and counts of `everyone`, less those of
    `left_out_sql` for the `left_out` organisations (bound as :ids). The two are read one after
    the other: a record written in between by another connection must not break the sum."""
    tally: dict[tuple[Any, ...], int] = {}
    for *group, count in conn.execute(everyone, parameters):
        tally[tuple(group)] = count
    if left_out:
        for *group, count in conn.execute(left_out_sql, {**parameters, "ids": json.dumps(list(left_out))}):
            tally[tuple(group)] = tally.get(tuple(group), 0) - count
    return [(*group, count) for group, count in tally.items() if count > 0]


def members_by_ethnicity_gender(conn: sqlite3.Connection, day: str,
                                left_out: Sequence[str]) -> list[tuple[Any, ...]]:
    """(ethnicity, gender, count) of the members counted on `day`, but those of the `left_out`
    organisations (not operating, or gone).

    Every member is tallied in the order of the groups' index, which needs no sort, and the
    members of the few left-out organisations are then taken off: keeping only the counted
    organisations' rows would sort tens of thousands of them at a province (four times slower)."""
    return _tally_less(
        conn,
        f"SELECT ethnicity_code, gender, count(*) FROM member INDEXED BY member_groups WHERE {_MEMBER_ACTIVE} "
        "GROUP BY 1, 2",
        f"SELECT ethnicity_code, gender, count(*) FROM member INDEXED BY member_report WHERE {_MEMBER_ACTIVE} "
        "AND organization_id IN (SELECT value FROM json_each(:ids)) GROUP BY 1, 2",
        {"day": day}, left_out)


def jobs_per_organization(conn: sqlite3.Connection, day: str, seasonal: str) -> list[tuple[str, int]]:
    """(organisation, workers counted on `day` on any contract but `seasonal`), from the index."""
    return conn.execute(
        "SELECT organization_id, count(*) - count(CASE WHEN contract = :seasonal THEN 1 END) FROM worker "
        f"INDEXED BY worker_report WHERE {_WORKER_ACTIVE} GROUP BY organization_id",
        {"day": day, "seasonal": seasonal}).fetchall()


def workers_by_contract(conn: sqlite3.Connection, day: str, left_out: Sequence[str]) -> list[tuple[Any, ...]]:
    """(contract, count) of the workers counted on `day`, but those of the `left_out`
    organisations (read like `members_by_ethnicity_gender`)."""
    return _tally_less(
        conn,
        f"SELECT contract, count(*) FROM worker INDEXED BY worker_groups WHERE {_WORKER_ACTIVE} GROUP BY 1",
        f"SELECT contract, count(*) FROM worker INDEXED BY worker_report WHERE {_WORKER_ACTIVE} "
        "AND organization_id IN (SELECT value FROM json_each(:ids)) GROUP BY 1",
        {"day": day}, left_out)


_SUPPORT_DECIDED = "s.deleted = 0 AND coalesce(s.decision_date, substr(s.created_at, 1, 10)) <= ?"


def _support_received(stages: Sequence[str], changed: Sequence[str]) -> tuple[str, list[str]]:
    """The condition "in one of `stages` and not one of `changed`" and its parameters, written
    out: a list of a few values reads faster than a JSON array unpacked for every row."""
    condition = f"s.stage IN ({','.join('?' * len(stages))})"
    if changed:
        condition += " AND s.id NOT IN (SELECT value FROM json_each(?))"
        return condition, [*stages, json.dumps(list(changed))]
    return condition, list(stages)


def support_received_per_organization(conn: sqlite3.Connection, day: str, stages: Sequence[str],
                                      changed: Sequence[str]) -> list[tuple[str, int]]:
    """(organisation, amount) of the support, not loans, decided by `day` and in one of `stages`,
    leaving out the `changed` supports (their stage then is not the stage now). Grouped in the
    order of the report index, so nothing is sorted; the caller knows which organisations live."""
    received, parameters = _support_received(stages, changed)
    return conn.execute(
        "SELECT s.organization_id, coalesce(sum(s.amount_vnd), 0) "
        f"FROM support s INDEXED BY support_report WHERE {_SUPPORT_DECIDED} AND NOT s.is_loan AND {received} "
        "GROUP BY s.organization_id", [day, *parameters]).fetchall()


def support_received_totals(conn: sqlite3.Connection, day: str, stages: Sequence[str],
                            changed: Sequence[str]) -> list[tuple[Any, ...]]:
    """(category, funding source, is a loan, count, amount) of the support decided by `day`
    and in one of `stages`, of live organisations, leaving out the `changed` supports. Read in
    the order of the totals' index, so nothing is sorted."""
    received, parameters = _support_received(stages, changed)
    return conn.execute(
        "SELECT s.category, s.funding_source, s.is_loan, count(*), coalesce(sum(s.amount_vnd), 0) "
        f"FROM support s INDEXED BY support_totals WHERE {_SUPPORT_DECIDED} AND {received} "
        "AND s.organization_id NOT IN (SELECT id FROM organization WHERE deleted = 1) GROUP BY 1, 2, 3",
        [day, *parameters]).fetchall()


def supports_decided(conn: sqlite3.Connection, day: str, ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """(id, unit of the organisation, category, funding source, is a loan, amount) of those
    supports, of live organisations, decided by `day` (the few whose stage changed since)."""
    if not ids:
        return []
    return conn.execute(
        "SELECT s.id, coalesce(nullif(o.commune_code, ''), o.owner), s.category, s.funding_source, s.is_loan, "
        "coalesce(s.amount_vnd, 0) FROM json_each(?) AS wanted CROSS JOIN support s ON s.id = wanted.value "
        f"JOIN organization o ON o.id = s.organization_id WHERE {_SUPPORT_DECIDED} AND o.deleted = 0",
        (json.dumps(list(ids)), day)).fetchall()


def members_on_days(conn: sqlite3.Connection, days: Sequence[date]) -> sqlite3.Cursor:
    """Per organisation, the members counted on each of `days` (one column per day), in one
    pass over the members."""
    sums = ", ".join(
        f"sum(coalesce(joined_on, substr(created_at, 1, 10)) <= :d{i} AND (left_on IS NULL OR left_on > :d{i}))"
        for i in range(len(days)))
    return conn.execute(f"SELECT organization_id, {sums} FROM member INDEXED BY member_report "
                        "WHERE deleted = 0 GROUP BY organization_id",
                        {f"d{i}": day.isoformat() for i, day in enumerate(days)})


# --- the summary report ------------------------------------------------------------------------

def people_per_organization(conn: sqlite3.Connection, record_type: str, day: str) -> dict[str, int]:
    """Members (or workers) counted on `day`, per organisation."""
    start, end = {"member": ("joined_on", "left_on"), "worker": ("started_on", "ended_on")}[record_type]
    return dict(conn.execute(
        f"SELECT organization_id, count(*) FROM {record_type} INDEXED BY {record_type}_report WHERE deleted = 0 AND "
        f"coalesce({start}, substr(created_at, 1, 10)) <= ? AND ({end} IS NULL OR {end} > ?) "
        "GROUP BY organization_id", (day, day)).fetchall())


def organization_lines(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """(id, name, tax code, village) of every live organisation, in list order."""
    return conn.execute(
        "SELECT id, name, registration_code, village FROM organization WHERE deleted = 0 ORDER BY collation_key")


# --- the Excel export --------------------------------------------------------------------------

def _export_where(table: str, include_deleted: bool, organization_id: str | None) -> tuple[str, tuple[Any, ...]]:
    conditions, params = [], []
    if not include_deleted:
        conditions.append("deleted = 0")
    if organization_id is not None:
        conditions.append("id = ?" if table == "organization" else "organization_id = ?")
        params.append(organization_id)
    return (" WHERE " + " AND ".join(conditions) if conditions else ""), tuple(params)


def export_select(table: str, columns: Sequence[str], include_deleted: bool,
                  organization_id: str | None) -> tuple[str, tuple[Any, ...]]:
    """The statement one export sheet is read from, in list order, and its parameters."""
    where, params = _export_where(table, include_deleted, organization_id)
    return f"SELECT {', '.join(columns)} FROM {table}{where} ORDER BY collation_key, rid", params


def export_rows(conn: sqlite3.Connection, statement: tuple[str, tuple[Any, ...]]) -> sqlite3.Cursor:
    """The rows of an `export_select` statement, streamed."""
    return conn.execute(*statement)


def export_count(conn: sqlite3.Connection, table: str, include_deleted: bool, organization_id: str | None) -> int:
    where, params = _export_where(table, include_deleted, organization_id)
    return int(conn.execute(f"SELECT count(*) FROM {table}{where}", params).fetchone()[0])


def organization_labels(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """(id, tax code, name) of every organisation, deleted ones too."""
    return conn.execute("SELECT id, registration_code, name FROM organization")
