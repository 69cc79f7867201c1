"""Yearly results and status decisions travel like the other records: field-level merge,
same-field conflicts, deletions."""

from __future__ import annotations

from datetime import date

from kttt_desktop.core.sync import service
from tests.core.factories import htx


def test_yearly_results_and_decisions_make_the_round_trip_with_a_conflict(world):
    district, bum_to, _ = world
    org = bum_to.registry.create("organization", htx()).record
    report = bum_to.registry.create("annual_report", {
        "organization_id": org["id"], "year": 2025, "revenue_vnd": 1_200_000_000,
        "profit_vnd": -40_000_000, "rating": "weak", "rating_score": 42}).record
    suspension = bum_to.registry.create("status_change", {
        "organization_id": org["id"], "status": "suspended", "effective_on": "2025-03-01",
        "decision_no": "15/TB-UBND", "agency": "UBND xã Bum Tở"}).record
    [applied] = district.receive(bum_to.export())
    counts = applied.counts.as_json()
    assert counts["annual_report"]["new"] == 1 and counts["status_change"]["new"] == 2  # first + suspension
    assert district.registry.get("annual_report", report["id"])["profit_vnd"] == -40_000_000
    assert district.registry.get("organization", org["id"])["status"] == "suspended"
    assert district.registry.status_on(org["id"], date(2025, 2, 1)) == "active"
    assert district.registry.status_on(org["id"], date(2025, 3, 1)) == "suspended"

    # Both sides correct the same fields: one conflict per record, the other fields merge.
    district.registry.update("annual_report", report["id"], {"revenue_vnd": 1_250_000_000, "notes": "Theo BCTC"})
    bum_to.registry.update("annual_report", report["id"], {"revenue_vnd": 1_300_000_000, "rating_score": 45})
    district.registry.update("status_change", suspension["id"], {"reason": "Thiếu vốn"})
    bum_to.registry.update("status_change", suspension["id"], {"reason": "Mất mùa"})
    correction = district.export(to="03433")
    [up] = district.receive(bum_to.export())
    [down] = bum_to.receive(correction)
    for result in (up, down):
        assert result.counts.as_json()["annual_report"]["conflicts"] == 1
        assert result.counts.as_json()["status_change"]["conflicts"] == 1
    for site in (district, bum_to):
        merged = site.registry.get("annual_report", report["id"])
        assert merged["notes"] == "Theo BCTC" and merged["rating_score"] == 45
    assert (district.registry.get("annual_report", report["id"])["revenue_vnd"]
            == bum_to.registry.get("annual_report", report["id"])["revenue_vnd"])
    fields = {(c["record_type"], c["field"]) for c in service.open_conflicts(district.registry)}
    assert fields == {("annual_report", "revenue_vnd"), ("status_change", "reason")}

    # A deletion travels too, and the status follows the decisions left.
    bum_to.registry.delete("status_change", suspension["id"], "Nhập nhầm thông báo")
    district.receive(bum_to.export())
    assert district.registry.get("status_change", suspension["id"])["deleted"] is True
    assert district.registry.get("organization", org["id"])["status"] == "active"
