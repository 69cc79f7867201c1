"""Counting operating organisations on past dates from their dated status decisions: a
suspension then a resumption, a dissolution entered late but effective earlier, and the audit
log standing in for an organisation that has no decisions (from an older program's package)."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.core.plan.indicators import compute, trend
from kttt_desktop.core.reports.headline import headline_values
from tests.core.factories import htx


def decision(org_id: str, status: str, effective_on: str) -> dict:
    return {"organization_id": org_id, "status": status, "effective_on": effective_on,
            "decision_no": "12/TB-UBND", "decision_date": effective_on, "agency": "UBND xã Bum Tở"}


@pytest.fixture
def commune(core_registry):
    """Three cooperatives registered in 2019 and one cooperative group of 2020:
    S  suspended from 01/3/2025, resumed from 01/9/2025;
    D  dissolved from 30/6/2024, a decision typed only now;
    K  dissolving from 01/10/2025;
    A  always active;
    T  a cooperative group, suspended from 01/1/2025."""
    r = core_registry
    ids = {}
    for name in "SDKA":
        ids[name] = r.create("organization", htx(name=f"HTX {name}", registration_date="2019-05-10")).record["id"]
    ids["T"] = r.create("organization", {"kind": "tht", "name": "THT T", "registration_date": "2020-01-01",
                                         "status": "active"}).record["id"]
    r.create("status_change", decision(ids["S"], "suspended", "2025-03-01"))
    r.create("status_change", decision(ids["S"], "active", "2025-09-01"))
    r.create("status_change", decision(ids["D"], "dissolved", "2024-06-30"))
    r.create("status_change", decision(ids["K"], "dissolving", "2025-10-01"))
    r.create("status_change", decision(ids["T"], "suspended", "2025-01-01"))
    r.ids = ids
    return r


@pytest.mark.parametrize(("day", "htx_operating", "htx_paused", "tht_operating", "tht_paused"), [
    (date(2019, 5, 9), 0, 0, 0, 0),    # nothing registered yet
    (date(2019, 12, 31), 4, 0, 0, 0),
    (date(2024, 6, 29), 4, 0, 1, 0),   # D still operating the day before its dissolution
    (date(2024, 6, 30), 3, 0, 1, 0),   # D dissolved from its decision's date, although typed later
    (date(2025, 1, 1), 3, 0, 0, 1),    # T suspended: beside the count, not in it
    (date(2025, 3, 1), 2, 1, 0, 1),    # S suspended
    (date(2025, 8, 31), 2, 1, 0, 1),
    (date(2025, 9, 1), 3, 0, 0, 1),    # S resumed
    (date(2025, 10, 1), 2, 1, 0, 1),   # K dissolving
])
def test_operating_counts_follow_the_decisions(commune, day, htx_operating, htx_paused, tht_operating, tht_paused):
    snapshot = compute(commune.conn, day)
    values = headline_values(snapshot)
    assert (values["htx_count"], values["htx_paused"]) == (htx_operating, htx_paused)
    assert (values["tht_count"], values["tht_paused"]) == (tht_operating, tht_paused)
    registered = 0 if day < date(2019, 5, 10) else 4
    assert values["htx_registered"] == registered  # dissolved ones stay registered


def test_the_status_table_names_each_status_on_the_date(commune):
    by_status = compute(commune.conn, date(2025, 5, 1)).organizations_by_kind_status
    assert by_status == {("htx", "active"): 2, ("htx", "suspended"): 1, ("htx", "dissolved"): 1,
                         ("tht", "suspended"): 1}


def test_the_trend_counts_each_year_end_from_the_decisions(commune):
    years = trend(commune.conn, [2023, 2024, 2025])
    assert [(y.htx, y.tht) for y in years] == [(4, 1), (3, 1), (2, 0)]  # 2025: K dissolving, T suspended


def test_an_organisation_without_decisions_falls_back_on_the_history(core_registry):
    """Records from an older program's package have no decisions: the status then is the one
    the audit log gives back (typed today, so on any past date it was still active)."""
    r = core_registry
    org = r.create("organization", htx(registration_date="2019-05-10")).record["id"]
    r.update("organization", org, {"status": "suspended"})
    r.conn.execute("DELETE FROM status_change WHERE organization_id = ?", (org,))
    assert compute(r.conn, date(2024, 12, 31)).total["htx_count"] == 1
    now = headline_values(compute(r.conn, date.today()))
    assert (now["htx_count"], now["htx_paused"]) == (0, 1)


def test_a_deleted_decision_no_longer_counts(commune):
    [dissolution] = [d for d in commune.list_records("status_change")
                     if d["organization_id"] == commune.ids["D"] and d["status"] == "dissolved"]
    commune.delete("status_change", dissolution["id"], reason="Nhập nhầm")
    assert compute(commune.conn, date(2024, 12, 31)).total["htx_count"] == 4


def test_decisions_in_effect_the_same_day_follow_their_decision_dates(core_registry):
    """The count agrees with `Registry.status_on`: of two decisions in effect from the same
    day, the one decided later holds, whichever was typed first."""
    r = core_registry
    org = r.create("organization", htx(registration_date="2019-05-10")).record["id"]
    r.create("status_change", {**decision(org, "active", "2025-03-01"), "decision_date": "2025-02-20"})
    r.create("status_change", {**decision(org, "suspended", "2025-03-01"), "decision_date": "2025-02-10"})
    day = date(2025, 3, 1)
    assert r.status_on(org, day) == "active"
    assert compute(r.conn, day).organizations_by_kind_status == {("htx", "active"): 1}
