"""Indicator arithmetic on hand-made data: members who left, a dissolved organisation, a
deleted one, flags and stages changed later, and several as-of dates."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.core.plan.indicators import compute, trend
from tests.core.factories import htx, member

# Status and flag changes are stamped with the real clock, so "now" is the real today.
NOW = date.today()


@pytest.fixture
def commune(core_registry):
    """Xã Bum Tở with:
    A  HTX since 2019, high technology switched on now, value chain, OCOP 4 stars;
       members m1 (2020-), m2 (2020 to 30/6/2025), m3 (2026-, no ID), m4 (2020-, also in C);
       workers w1 (2021-), w2 (2021 to 31/12/2024); supports s1 (disbursed 2022, 100 M),
       s2 (only requested, 50 M), s4 (approved in 2025, disbursed now, 70 M).
    B  HTX 2024, dissolved now; member b1 (2024-), worker w3 (2024-), support s3 (completed 2025, 300 M).
    C  THT 2021, value chain, traceability; members c1, and m4's person again.
    D  union registered 01/10/2026.
    E  HTX 2018, deleted as entered by mistake, with one member.
    """
    r = core_registry
    a = r.create("organization", htx(name="HTX A", registration_date="2019-05-10", value_chain=True,
                                     ocop_products="Chè", ocop_stars=4)).record["id"]
    b = r.create("organization", htx(name="HTX B", registration_date="2024-02-01")).record["id"]
    c = r.create("organization", {"kind": "tht", "name": "THT C", "registration_date": "2021-01-01",
                                  "status": "active", "value_chain": True, "traceability": True}).record["id"]
    r.create("organization", {"kind": "lhhtx", "name": "Liên hiệp D", "registration_date": "2026-10-01",
                              "status": "active"})
    e = r.create("organization", htx(name="HTX E", registration_date="2018-01-01")).record["id"]
    r.create("member", member(a, full_name="Thành viên m1", joined_on="2020-01-15"))
    r.create("member", member(a, full_name="Thành viên m2", joined_on="2020-01-15", left_on="2025-06-30",
                              leave_reason="Chuyển đi"))
    r.create("member", member(a, full_name="Thành viên m3", joined_on="2026-03-01", id_number=None,
                              gender="female", ethnicity_code="20"))
    shared = member(a, full_name="Thành viên m4", joined_on="2020-01-15", ethnicity_code="13")
    r.create("member", shared)
    r.create("member", member(c, full_name="Thành viên m4", joined_on="2021-01-01", id_number=shared["id_number"],
                              membership="member", ethnicity_code="13"))
    r.create("member", member(c, full_name="Thành viên c1", joined_on="2021-01-01", membership="member"))
    r.create("member", member(b, full_name="Thành viên b1", joined_on="2024-03-01"))
    r.create("member", member(e, full_name="Thành viên e1", joined_on="2018-01-01"))
    r.create("worker", {"organization_id": a, "full_name": "Lao động w1", "started_on": "2021-01-01"})
    r.create("worker", {"organization_id": a, "full_name": "Lao động w2", "started_on": "2021-01-01",
                        "ended_on": "2024-12-31"})
    r.create("worker", {"organization_id": b, "full_name": "Lao động w3", "started_on": "2024-05-01"})
    r.create("support", {"organization_id": a, "category": "training", "content": "Tập huấn",
                         "decision_date": "2022-05-01", "amount_vnd": 100_000_000, "stage": "disbursed",
                         "funding_source": "provincial_budget"})
    r.create("support", {"organization_id": a, "category": "credit", "content": "Vay vốn",
                         "decision_date": "2023-05-01", "amount_vnd": 50_000_000, "stage": "requested"})
    r.create("support", {"organization_id": b, "category": "infrastructure", "content": "Nhà kho",
                         "decision_date": "2025-03-01", "amount_vnd": 300_000_000, "stage": "completed",
                         "funding_source": "central_budget"})
    s4 = r.create("support", {"organization_id": a, "category": "market_trade", "content": "Hội chợ",
                              "decision_date": "2025-04-01", "amount_vnd": 70_000_000, "stage": "approved",
                              "funding_source": "provincial_budget"}).record["id"]
    # Later changes: facts that have no date of their own are read back from the history.
    r.update("organization", a, {"high_tech": True})
    r.update("organization", b, {"status": "dissolved"})
    r.update("support", s4, {"stage": "disbursed"})
    r.delete("organization", e, reason="Nhập nhầm")
    r.set_population("03433", 2025, 1000)
    return r


def test_indicators_now(commune):
    snapshot = compute(commune.conn, NOW, "03433")
    total = snapshot.total
    assert (total["htx_count"], total["tht_count"], total["union_count"]) == (1, 1, 1)  # B dissolved, E deleted
    assert total["htx_members"] == 3  # m1, m3, m4 — m2 has left
    assert total["tht_members"] == 2
    assert total["jobs"] == 1  # w2 ended, w3 worked for the dissolved HTX
    assert total["htx_high_tech"] == 1
    assert total["value_chain_share"] == pytest.approx(66.67)  # A and C of A, C, D
    assert total["traceability_count"] == 1
    assert total["ocop_count"] == 1 and snapshot.ocop_by_stars == {4: 1}
    # Support received stays received after the organisation is dissolved; a request is not support.
    assert total["support_amount"] == 100_000_000 + 300_000_000 + 70_000_000
    assert "credit" not in snapshot.support_by_category
    assert snapshot.support_by_source["provincial_budget"] == (2, 170_000_000)
    # Five memberships, four people: m4 is one person in two organisations.
    assert snapshot.persons == {"03433": 4}
    assert total["population_share"] == pytest.approx(0.4)
    assert snapshot.members_by_gender == {"male": 4, "female": 1}
    assert snapshot.members_by_ethnicity == {"35": 2, "20": 1, "13": 2}
    # The dissolved B's worker, like its member, is left out of the groups: w1 alone is counted.
    assert sum(snapshot.workers_by_contract.values()) == 1
    assert snapshot.organizations_by_kind_status == {
        ("htx", "active"): 1, ("htx", "dissolved"): 1, ("tht", "active"): 1, ("lhhtx", "active"): 1}


def test_indicators_as_of_the_end_of_2025(commune):
    snapshot = compute(commune.conn, date(2025, 12, 31), "03433")
    total = snapshot.total
    # B was still active then; D was not registered yet.
    assert (total["htx_count"], total["tht_count"], total["union_count"]) == (2, 1, 0)
    assert total["htx_members"] == 3  # m1, m4 of A, b1 of B; m2 had left, m3 not joined yet
    assert total["jobs"] == 2  # w1 and w3
    assert sum(snapshot.workers_by_contract.values()) == 2
    assert snapshot.members_by_gender == {"male": 5}  # m1, m4 and B's b1 (B active then), m4 and c1 of C
    assert total["htx_high_tech"] == 0  # switched on later
    # s4 was only approved then.
    assert total["support_amount"] == 100_000_000 + 300_000_000
    assert snapshot.organizations_by_kind_status == {("htx", "active"): 2, ("tht", "active"): 1}


def test_indicators_before_anything_counted(commune):
    total = compute(commune.conn, date(2019, 12, 31), "03433").total
    assert total["htx_count"] == 1  # A, registered in May 2019
    assert total["htx_members"] == 0  # its members joined in 2020
    assert total["support_amount"] == 0
    assert total["value_chain_share"] == 100.0  # A alone, in a value chain from the start
    assert compute(commune.conn, date(2010, 1, 1), "03433").total["value_chain_share"] is None


def test_member_leaving_on_the_date_is_no_longer_counted(commune):
    assert compute(commune.conn, date(2025, 6, 29), "03433").total["htx_members"] == 4
    assert compute(commune.conn, date(2025, 6, 30), "03433").total["htx_members"] == 3


def test_population_share_without_population_is_unknown(core_registry):
    core_registry.create("organization", htx())
    assert compute(core_registry.conn, NOW, "03433").total["population_share"] is None


def test_trend_counts_the_end_of_each_year(commune):
    years = trend(commune.conn, [2019, 2024, 2025, NOW.year], NOW)
    assert [(y.year, y.htx, y.tht, y.unions) for y in years] == [
        (2019, 1, 0, 0), (2024, 2, 1, 0), (2025, 2, 1, 0), (NOW.year, 1, 1, 1)]
    # End of 2024: m1, m2, m4 of A, m4 and c1 of C, b1 of B.
    assert years[1].members == 6
    assert years[-1].members == 5


def test_upper_level_gives_each_commune_and_the_total(tmp_path):
    from kttt_desktop.core.registry import Registry

    district = Registry.open(tmp_path / "district.sqlite", today=lambda: NOW)
    district.init_site("district", "107", "Khu vực Mường Tè", "Cán bộ huyện")
    orgs = [htx(name=f"HTX {n}", commune_code=code, owner=code) for n, code in
            enumerate(["03433", "03433", "03466"])]
    district.create_many("organization", orgs)
    ids = [row["id"] for row in district.list_records("organization")]
    district.create_many("member", [member(org_id, owner="03433") for org_id in ids])
    district.set_population("03433", 2025, 200)
    district.set_population("03466", 2025, 100)
    snapshot = compute(district.conn, NOW, "107")
    assert snapshot.units["03433"]["htx_count"] == 2 and snapshot.units["03466"]["htx_count"] == 1
    assert snapshot.total["htx_count"] == 3 and snapshot.total["htx_members"] == 3
    assert snapshot.units["03466"]["population_share"] == pytest.approx(1.0)
    assert snapshot.total["population_share"] == pytest.approx(1.0)  # 3 of 300
    # A figure for the district as a whole is the base of its total when there is one.
    district.set_population("107", 2025, 600)
    assert compute(district.conn, NOW, "107").total["population_share"] == pytest.approx(0.5)
    district.close()
