"""The demo's registers behind the flags: every register has entries in a trial commune, and
the stories a trainer shows are there (an expired OCOP certificate, an expired contract, an
overdue loan, a cooperative whose accountant left), written through the normal path and
counted by the indicators."""

from __future__ import annotations

import datetime

import pytest

from kttt_desktop.core.demo import generate
from kttt_desktop.core.demo.loader import fill_demo
from kttt_desktop.core.plan.indicators import compute

TODAY = datetime.date(2026, 11, 26)  # the registry's 'today' in the tests
REGISTERS = ("manager", "training", "product", "linkage", "loan", "land")


@pytest.fixture(scope="module")
def communes():
    return [next(generate(seed, "commune", "03433", TODAY)) for seed in range(6)]


def test_every_commune_has_the_registers_stories(communes):
    today = TODAY.isoformat()
    for batch in communes:
        registers = batch.registers
        products = registers.products
        assert any(p["ocop_stars"] == 3 and p["ocop_expires_on"] >= today for p in products)
        assert any(p["ocop_stars"] and p["ocop_expires_on"] < today for p in products)
        assert any(p["certification"] == "vietgap" for batch in communes for p in batch.registers.products)
        contracts = [c for c in registers.linkages if c["partner_kind"] == "enterprise"]
        assert any(c["expires_on"] < today for c in contracts)
        assert any(c["signed_on"] <= today <= c["expires_on"] for c in contracts)
        assert any(loan["lender"] == "cooperative_fund_provincial" for loan in registers.loans)
        assert any(loan["overdue_vnd"] for loan in registers.loans)
        for org in batch.organizations:
            if org["kind"] == "tht":
                assert org["contract_no"] and org["contract_signed_on"] and org["contract_term_months"]
        leaders = {m["organization_id"] for m in registers.managers if m["role"] == "tht_leader"}
        assert leaders and leaders <= {o["id"] for o in batch.organizations if o["kind"] == "tht"}
        trained = [m for m in registers.managers if m["trained_to_standard"]]
        assert 0 < len(trained) < len(registers.managers) / 2 + 5  # a few, not all
        courses = {t["manager_id"] for t in registers.trainings if t["manager_id"]}
        assert {m["id"] for m in trained} <= courses  # each trained manager went to a course
    assert any(t["support_id"] for batch in communes for t in batch.registers.trainings)


def test_the_flags_agree_with_the_registers(communes):
    """An organisation's flags say what its entries say today, so the page and the counts agree."""
    today = TODAY.isoformat()
    for batch in communes:
        registers = batch.registers
        for org in batch.organizations:
            contracts = [c for c in registers.linkages if c["organization_id"] == org["id"]]
            if contracts:
                assert org["value_chain"] == any(c["signed_on"] <= today <= c["expires_on"] for c in contracts)
            valid = [p["ocop_stars"] for p in registers.products if p["organization_id"] == org["id"]
                     and p["ocop_stars"] and p["ocop_expires_on"] >= today]
            if any(p["organization_id"] == org["id"] and p["ocop_stars"] for p in registers.products):
                assert org["ocop_stars"] == (max(valid) if valid else None)


def test_the_commune_demo_fills_every_register(core_registry):
    """Written through the registry (validated at commune scale), every register has entries,
    the stories are there, and the indicators count them."""
    counts = fill_demo(core_registry, seed=1)
    for record_type in REGISTERS:
        assert counts[record_type] > 0, record_type
        assert len(list(core_registry.list_records(record_type))) == counts[record_type]
    today = TODAY.isoformat()
    products = core_registry.list_records("product")
    assert any(p["ocop_stars"] and p["ocop_expires_on"] < today for p in products)
    assert any(c["expires_on"] < today for c in core_registry.list_records("linkage"))
    assert any(loan["overdue_vnd"] for loan in core_registry.list_records("loan"))
    warned = [org for org in core_registry.list_records("organization")
              if any(issue.code == "manager_post_empty" for issue in core_registry.organization_warnings(org["id"]))]
    assert len(warned) == 1  # the cooperative whose accountant left

    snapshot = compute(core_registry.conn, TODAY)
    assert snapshot.ocop_products_by_stars.get(3, 0) >= 1
    assert 0 < snapshot.managers_trained < snapshot.managers_in_post
    assert sum(overdue for *_, overdue in snapshot.loans_by_lender.values()) > 0
    assert snapshot.loan_register and "cooperative_fund_provincial" in snapshot.loans_by_lender
    assert sum(snapshot.contracts_by_stage.values()) >= 1
    assert sum(snapshot.trained_by_topic.values()) >= 1
