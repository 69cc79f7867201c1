"""The demo's dated status decisions and yearly results: the stories a trial commune must tell
(a dissolution with its decision, a suspension, weak and loss-making cooperatives), figures in
the range of a mountain commune, and a database where they count on the right days."""

from __future__ import annotations

import collections
import datetime

import pytest

from kttt_desktop.core.demo import generate
from kttt_desktop.core.demo.loader import fill_demo
from kttt_desktop.core.plan.indicators import compute
from kttt_desktop.core.records.validation import rating_for_score

TODAY = datetime.date(2026, 11, 26)
MILLION = 1_000_000


@pytest.fixture(scope="module")
def communes():
    return [next(generate(seed, "commune", "03433", TODAY)) for seed in range(6)]


def test_every_commune_tells_the_stories(communes):
    for batch in communes:
        orgs = {o["id"]: o for o in batch.organizations}
        by_org = collections.defaultdict(list)
        for decision in batch.status_changes:
            by_org[decision["organization_id"]].append(decision)
        dissolutions = [d for d in batch.status_changes if d["status"] == "dissolved"]
        assert dissolutions and all(d["decision_no"] and d["agency"] and d["decision_date"] for d in dissolutions)
        assert any(d["status"] == "suspended" for d in batch.status_changes)
        for org_id, decisions in by_org.items():
            decisions.sort(key=lambda d: d["effective_on"])
            assert decisions[-1]["status"] == orgs[org_id]["status"]  # they lead to today's status
            registered = orgs[org_id]["registration_date"]
            assert all(registered < d["effective_on"] <= TODAY.isoformat() for d in decisions)
            assert all(d["decision_date"] <= d["effective_on"] for d in decisions)
        losses = collections.defaultdict(set)
        for report in batch.annual_reports:
            if report["profit_vnd"] < 0:
                losses[report["organization_id"]].add(report["year"])
        assert any({2024, 2025} <= years for years in losses.values()), "loss-making two years running"
        assert any(r["rating"] == "weak" for r in batch.annual_reports)


def test_results_are_those_of_a_mountain_commune(communes):
    reports = [r for batch in communes for r in batch.annual_reports]
    incomes = [r["avg_income_member_vnd"] for r in reports]
    assert all(25 * MILLION <= income <= 75 * MILLION for income in incomes)
    middle = sorted(incomes)[len(incomes) // 2]
    assert 30 * MILLION <= middle <= 60 * MILLION
    assert all(100 * MILLION <= r["revenue_vnd"] <= 8_000 * MILLION for r in reports)
    assert any(r["revenue_vnd"] >= 1_000 * MILLION for r in reports)  # some reach billions
    for r in reports:
        assert r["cost_vnd"] - r["revenue_vnd"] == -r["profit_vnd"]
        assert r["internal_transactions_vnd"] <= r["revenue_vnd"]
        assert r["overdue_debt_vnd"] <= r["debt_vnd"]
        assert r["workers_regular"] <= r["workers_total"]
        assert r["year"] in (2023, 2024, 2025)
        if r["rating_score"] is not None:
            assert rating_for_score(r["rating_score"]) == r["rating"]


def test_results_count_the_register_at_the_end_of_the_year(communes):
    batch = communes[0]
    orgs = {o["id"]: o for o in batch.organizations}
    for report in batch.annual_reports:
        end = f"{report['year']}-12-31"
        present = [m for m in batch.members if m["organization_id"] == report["organization_id"]
                   and m["joined_on"] <= end and (m["left_on"] is None or m["left_on"] > end)]
        assert report["members_official"] + report["members_associate"] == len(present)
        registered = orgs[report["organization_id"]]["registration_date"]
        assert registered is None or registered <= end
        if registered and registered > f"{report['year']}-01-01" and orgs[report["organization_id"]]["kind"] != "tht":
            assert report["rating"] == "not_rated"  # operating under twelve months that year
    years = collections.Counter(r["organization_id"] for r in batch.annual_reports)
    htx = [o for o in batch.organizations if o["kind"] == "htx" and o["registration_date"] < "2023-01-01"
           and o["status"] not in ("dissolved", "revoked", "bankrupt")]
    assert all(years[o["id"]] == 3 for o in htx)  # every cooperative reports every year


def test_the_demo_database_counts_the_decisions_on_their_days(core_registry):
    """Written through the normal path (validated at commune scale): an organisation dissolved
    by a decision counted while operating before it, and its decisions are in the register."""
    counts = fill_demo(core_registry, seed=1)
    assert counts["annual_report"] > 20 and counts["status_change"] >= 3
    dissolved = [d for d in core_registry.list_records("status_change") if d["status"] == "dissolved"]
    [decision] = dissolved
    org_id = decision["organization_id"]
    assert core_registry.get("organization", org_id)["status"] == "dissolved"
    day = datetime.date.fromisoformat(decision["effective_on"])
    before = compute(core_registry.conn, day - datetime.timedelta(days=1)).organizations_by_kind_status
    after = compute(core_registry.conn, day).organizations_by_kind_status
    assert before.get(("htx", "dissolved"), 0) + 1 == after[("htx", "dissolved")]
    assert core_registry.status_on(org_id, day - datetime.timedelta(days=1)) == "dissolving"
