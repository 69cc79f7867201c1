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


def test_the_registers_travel_up_with_field_merges_and_a_conflict(world):
    district, bum_to, _ = world
    org = bum_to.registry.create("organization", htx()).record
    made = {
        "manager": {"full_name": "Lò Văn Pọm", "role": "director", "from_on": "2020-01-01"},
        "training": {"course": "Kế toán HTX", "full_name": "Lò Thị Mai", "topic": "accounting"},
        "product": {"name": "Chè shan tuyết", "ocop_stars": 3, "ocop_certified_on": "2023-05-01",
                    "ocop_expires_on": "2026-05-01"},
        "linkage": {"partner_name": "Công ty CP Chè Lai Châu", "signed_on": "2024-01-10", "stage": "consumption"},
        "loan": {"lender": "cooperative_fund_provincial", "contract_no": "15/HĐTD", "amount_vnd": 300_000_000,
                 "outstanding_vnd": 200_000_000},
        "land": {"use": "agriculture", "area_m2": 12_500},
    }
    ids = {name: bum_to.registry.create(name, {"organization_id": org["id"], **values}).record["id"]
           for name, values in made.items()}
    [applied] = district.receive(bum_to.export())
    for name in made:
        assert applied.counts.as_json()[name]["new"] == 1, name
        assert district.registry.get(name, ids[name])["owner"] == "03433"

    district.registry.update("loan", ids["loan"], {"outstanding_vnd": 150_000_000, "overdue_vnd": 0})
    bum_to.registry.update("loan", ids["loan"], {"outstanding_vnd": 180_000_000, "as_of": "2025-12-31"})
    bum_to.registry.delete("product", ids["product"], "Ngừng sản xuất")
    correction = district.export(to="03433")
    district.receive(bum_to.export())
    bum_to.receive(correction)
    for site in (district, bum_to):
        loan = site.registry.get("loan", ids["loan"])
        assert loan["overdue_vnd"] == 0 and loan["as_of"] == "2025-12-31"
        assert site.registry.get("product", ids["product"])["deleted"] is True
    assert (district.registry.get("loan", ids["loan"])["outstanding_vnd"]
            == bum_to.registry.get("loan", ids["loan"])["outstanding_vnd"])
    assert [(c["record_type"], c["field"]) for c in service.open_conflicts(district.registry)] == [
        ("loan", "outstanding_vnd")]
