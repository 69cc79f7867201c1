"""List totals: summed by SQLite over exactly the records a list shows."""

from __future__ import annotations

import pytest

from kttt_desktop.core.db import queries
from kttt_desktop.core.db.queries import ACTIVE_MEMBERS, ListQuery
from tests.core.factories import htx, member


@pytest.fixture
def register(core_registry):
    """Two HTX and a THT with members, one of whom has left and one deleted."""
    first = core_registry.create("organization", htx(name="HTX Đồng Tâm", village="Bản A",
                                                     charter_capital_vnd=500_000_000)).record
    second = core_registry.create("organization", htx(name="HTX Chè", village="Bản B",
                                                      charter_capital_vnd=300_000_000)).record
    third = core_registry.create("organization", htx(name="Tổ hợp tác ong", kind="tht", registration_code=None,
                                                     village="Bản A", charter_capital_vnd=None)).record
    core_registry.create("member", member(first["id"], full_name="Lò Văn An", id_number=None,
                                          capital_vnd=10_000_000))
    core_registry.create("member", member(first["id"], full_name="Nguyễn Thị Hoa", id_number=None,
                                          capital_vnd=25_000_000, left_on="2025-06-01", leave_reason="Chuyển đi"))
    core_registry.create("member", member(second["id"], full_name="Giàng A Páo", id_number=None,
                                          capital_vnd=7_000_000))
    gone = core_registry.create("member", member(second["id"], full_name="Sùng Thị Mai", id_number=None,
                                                 capital_vnd=1_000_000)).record
    core_registry.delete("member", gone["id"], reason="Nhập nhầm")
    core_registry.create("member", member(third["id"], full_name="Vàng Mí Chứ", id_number=None, capital_vnd=None,
                                          membership="member"))
    return core_registry


def _python_sum(registry, query: ListQuery, field: str) -> int:
    rows = registry.fetch_rows(query.record_type, registry.list_rids(query))
    return sum(row[field] or 0 for row in rows.values())


@pytest.mark.parametrize("query", [
    ListQuery("member"),
    ListQuery("member", active_only=True),
    ListQuery("member", include_deleted=True),
    ListQuery("member", search="thi"),
    ListQuery("member", filters={"organization.kind": "htx"}),
    ListQuery("member", sort="capital_vnd", descending=True),
], ids=["all", "active", "with-deleted", "search", "filter", "sorted"])
def test_member_totals_are_the_sums_of_the_listed_rows(register, query):
    totals = register.list_totals(query, ["capital_vnd"])
    assert totals == {"capital_vnd": _python_sum(register, query, "capital_vnd")}


def test_totals_of_a_filter_and_of_everything(register):
    assert register.list_totals(ListQuery("member"), ["capital_vnd"]) == {"capital_vnd": 42_000_000}
    assert register.list_totals(ListQuery("member", active_only=True), ["capital_vnd"]) == {"capital_vnd": 17_000_000}
    assert register.list_totals(ListQuery("member", search="zzz"), ["capital_vnd"]) == {"capital_vnd": 0}
    assert register.list_totals(ListQuery("member", search="***"), ["capital_vnd"]) == {"capital_vnd": 0}


def test_organisation_totals_count_the_members_still_in_them(register):
    everything = register.list_totals(ListQuery("organization"), ["charter_capital_vnd", ACTIVE_MEMBERS])
    assert everything == {"charter_capital_vnd": 800_000_000, ACTIVE_MEMBERS: 3}
    village = register.list_totals(ListQuery("organization", filters={"village": "Bản A"}),
                                   ["charter_capital_vnd", ACTIVE_MEMBERS])
    assert village == {"charter_capital_vnd": 500_000_000, ACTIVE_MEMBERS: 2}
    found = register.list_totals(ListQuery("organization", search="che"), [ACTIVE_MEMBERS])
    assert found == {ACTIVE_MEMBERS: 1}
    counts = register.active_member_counts(o["id"] for o in register.list_records("organization"))
    assert everything[ACTIVE_MEMBERS] == sum(counts.values())


def test_only_number_fields_can_be_totalled(register):
    with pytest.raises(ValueError):
        register.list_totals(ListQuery("member"), ["full_name"])
    with pytest.raises(ValueError):
        register.list_totals(ListQuery("member"), [ACTIVE_MEMBERS])


def test_totals_are_one_sql_statement_not_a_walk_over_the_rows(register):
    statements: list[str] = []
    register.conn.set_trace_callback(statements.append)
    try:
        queries.totals(register.conn, ListQuery("member", today="2026-11-26"), ["capital_vnd"])
    finally:
        register.conn.set_trace_callback(None)
    assert len(statements) == 1 and "sum(t.capital_vnd)" in statements[0]
    # In table order, not row by row through the list index in name order.
    plan = register.conn.execute("EXPLAIN QUERY PLAN " + statements[0]).fetchall()
    assert not any("member_list" in step[-1] for step in plan), plan
