"""The read-only views: what they say equals what the register says, every column is named in
Vietnamese, and the readers' role reads them and writes nothing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import psycopg
import pytest

from kttt_desktop.core.mirror import service
from kttt_desktop.core.plan.indicators import INDICATORS, operating
from tests.conftest import TODAY

VIEWS = ("organization", "member", "support", "yearly_result", "population_used", "people_counted",
         "indicator_commune", "indicator_province")
COUNTS = ("tht_count", "tht_members", "htx_count", "htx_members", "union_count", "jobs", "htx_high_tech",
          "traceability_count", "ocop_count", "support_amount")
SHARES = ("population_share", "value_chain_share")


def on_day(db, day: date, statement: str, params: tuple[object, ...] = ()) -> list[dict[str, Any]]:
    """Rows of a query over the views, counted on `day`."""
    with psycopg.connect(db.admin_url) as conn:
        conn.execute("SELECT set_config('kttt.as_of', %s, false)", (day.isoformat(),))
        cursor = conn.execute(statement.encode(), params)
        names = [column.name for column in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _same(key: str, register: float | None, view: Any) -> bool:
    if key in SHARES:  # rounded half away from zero in SQL, half to even in Python
        if register is None or view is None:
            return register is None and view is None
        return abs(float(view) - register) <= 0.011
    return view == register


@pytest.fixture
def varied(demo_registry):
    """The demo with the cases the counting rules turn on: an HTX dissolved by a decision in
    effect since yesterday, one suspended since the day before, a member who left yesterday."""
    htxs = [o for o in demo_registry.list_records("organization") if o["kind"] == "htx" and o["status"] == "active"]
    assert len(htxs) >= 2, "the demo needs two operating cooperatives"
    for org, status, days in ((htxs[0], "dissolved", 1), (htxs[1], "suspended", 2)):
        demo_registry.create("status_change", {"organization_id": org["id"], "status": status,
                                               "effective_on": (TODAY - timedelta(days=days)).isoformat()})
    member = next(m for m in demo_registry.list_records("member") if not m.get("left_on"))
    demo_registry.update("member", member["id"], {"left_on": (TODAY - timedelta(days=1)).isoformat()},
                         member["version"])
    return demo_registry


def test_indicators_per_commune_equal_the_registers(varied, mirror_db):
    service.mirror(varied.conn, mirror_db.admin_url)
    today = TODAY
    snapshot = varied.indicators(today)
    rows = {row["commune_code"]: row for row in on_day(mirror_db, today, "SELECT * FROM kttt_report.indicator_commune")}
    assert rows.keys() == snapshot.units.keys()
    for unit, figures in snapshot.units.items():
        for key in (*COUNTS, *SHARES):
            assert _same(key, figures[key], rows[unit][key]), (unit, key, figures[key], rows[unit][key])
    assert any(figures["htx_members"] and figures["jobs"] and figures["support_amount"]
               for figures in snapshot.units.values()), "the demo must exercise the counts"
    assert all(row["source_site"] == "03433" and row["commune_name"] for row in rows.values())
    # The province adds its communes up.
    (province,) = on_day(mirror_db, today, "SELECT * FROM kttt_report.indicator_province")
    assert province["province_name"] and province["province_code"] == rows["03433"]["province_code"]
    for key in COUNTS:
        assert province[key] == snapshot.total[key], key
    assert _same("value_chain_share", snapshot.total["value_chain_share"], province["value_chain_share"])


def test_the_organisations_status_and_place_follow_the_decisions(varied, mirror_db):
    service.mirror(varied.conn, mirror_db.admin_url)
    today = TODAY
    statuses = {(o.id, o.kind, o.status) for o in _organizations(varied, today)}
    rows = on_day(mirror_db, today, "SELECT id, kind, status, status_label, operating, registered, commune_name, "
                                    "province_name, kind_label FROM kttt_report.organization")
    assert {(r["id"], r["kind"], r["status"]) for r in rows if r["registered"]} == statuses
    assert len(rows) == len(list(varied.list_records("organization")))  # those registered later too
    assert {"dissolved", "suspended"} <= {r["status"] for r in rows}
    for row in rows:
        assert row["operating"] == (row["registered"] and operating(row["kind"], row["status"]))
        assert row["commune_name"] == "Xã Bum Tở" and row["kind_label"] and row["status_label"]
    # Two days earlier the dissolution was not in effect yet, the suspension was.
    earlier = {r["id"]: r["status"] for r in on_day(mirror_db, today - timedelta(days=2),
                                                    "SELECT id, status FROM kttt_report.organization")}
    now = {r["id"]: r["status"] for r in rows}
    assert [org_id for org_id in now if earlier[org_id] != now[org_id]] == [
        org_id for org_id, status in now.items() if status == "dissolved" and earlier[org_id] == "active"]
    assert len([org_id for org_id in now if earlier[org_id] != now[org_id]]) == 1


def _organizations(registry, day: date):
    from kttt_desktop.core.plan.indicators import organizations_on

    return organizations_on(registry.conn, day)


def test_members_support_and_yearly_results_are_the_registers(demo_registry, mirror_db):
    service.mirror(demo_registry.conn, mirror_db.admin_url)
    for view, record_type in (("member", "member"), ("support", "support"), ("yearly_result", "annual_report")):
        live = {r["id"] for r in demo_registry.list_records(record_type)}
        assert {r for (r,) in mirror_db.query(f"SELECT id FROM kttt_report.{view}")} == live, view
    labelled = mirror_db.query("SELECT count(*) FILTER (WHERE category_label IS NULL), count(*) "
                               "FROM kttt_report.support")
    assert labelled[0][0] == 0 and labelled[0][1] > 0


def test_every_view_column_is_named_in_vietnamese(demo_registry, mirror_db):
    service.mirror(demo_registry.conn, mirror_db.admin_url)
    unnamed = mirror_db.query(
        "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'kttt_report' AND c.relkind = 'v' "
        "AND a.attnum > 0 AND col_description(a.attrelid, a.attnum) IS NULL")
    assert unnamed == []
    views = {name for (name,) in mirror_db.query(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'kttt_report' AND c.relkind = 'v' AND obj_description(c.oid, 'pg_class') IS NOT NULL")}
    assert views == set(VIEWS)
    comments = dict(mirror_db.query(
        "SELECT a.attname, col_description(a.attrelid, a.attnum) FROM pg_attribute a "
        "WHERE a.attrelid = 'kttt_report.indicator_commune'::regclass AND a.attnum > 0"))
    for indicator in INDICATORS:
        assert comments[indicator.key] == indicator.vi


@pytest.fixture
def reader(demo_registry, mirror_db, monkeypatch) -> Iterator[str]:
    """A person's login in the readers' group, over TCP with a password."""
    service.mirror(demo_registry.conn, mirror_db.admin_url)
    login = f"kttt_test_reader_{uuid.uuid4().hex[:8]}"
    mirror_db.query(f'CREATE ROLE "{login}" LOGIN IN ROLE kttt_reader')
    mirror_db.set_password(login, "doc-thoi")
    monkeypatch.setenv("PGPASSWORD", "doc-thoi")
    yield mirror_db.url(login)
    mirror_db.query(f'DROP OWNED BY "{login}"')
    mirror_db.query(f'DROP ROLE "{login}"')


def test_the_reader_reads_every_view(reader, demo_registry):
    with psycopg.connect(reader) as conn:
        for view in VIEWS:
            conn.execute(f"SELECT * FROM kttt_report.{view}".encode()).fetchall()
        organizations = conn.execute("SELECT count(*) FROM kttt_report.organization").fetchone()
    assert organizations is not None
    assert organizations[0] == len(list(demo_registry.list_records("organization")))


@pytest.mark.parametrize("statement", [
    "UPDATE kttt_report.organization SET name = 'x'",
    "DELETE FROM kttt_report.member",
    "INSERT INTO kttt_report.support (id) VALUES ('x')",
    "SELECT * FROM kttt.organization",
    "UPDATE kttt.organization SET name = 'x'",
    "DELETE FROM kttt.code_label",
    "INSERT INTO kttt.mirror_position VALUES ('03433', 'x', 0, now(), 'x')",
    "CREATE TABLE kttt_report.mine (x int)",
    "CREATE TABLE kttt.mine (x int)",
    "CREATE TABLE public.mine (x int)",
    "CREATE VIEW kttt_report.mine AS SELECT 1",
])
def test_the_reader_writes_nothing(reader, mirror_db, statement):
    before = mirror_db.query("SELECT count(*) FROM kttt.organization")
    # A view that cannot be written at all says so before the rights are looked at.
    refused = (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectNotInPrerequisiteState)
    with psycopg.connect(reader) as conn, pytest.raises(refused):
        conn.execute(statement.encode())
    assert mirror_db.query("SELECT count(*) FROM kttt.organization") == before
