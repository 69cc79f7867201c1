"""Counting from the registers: value chain, OCOP, traceability and high technology follow
the entries once an organisation has them, on the date asked; the flags count otherwise."""

from __future__ import annotations

from datetime import date

from tests.core.factories import htx


def _total(registry, day: date) -> dict:
    return registry.indicators(day).total


def test_flags_count_until_the_registers_have_entries(core_registry):
    core_registry.create("organization", htx(value_chain=True, traceability=True, ocop_stars=4))
    total = _total(core_registry, date(2026, 1, 1))
    assert total["ocop_count"] == 1 and total["traceability_count"] == 1
    assert core_registry.indicators(date(2026, 1, 1)).ocop_products_by_stars == {4: 1}


def test_a_contract_counts_while_in_force(core_registry):
    org = core_registry.create("organization", htx(value_chain=True)).record
    core_registry.create("linkage", {"organization_id": org["id"], "partner_name": "Công ty CP Chè Lai Châu",
                                     "signed_on": "2024-01-10", "expires_on": "2025-01-09"})
    assert _total(core_registry, date(2024, 6, 1))["value_chain_share"] == 100.0
    # The flag said yes; the contract has ended: the register is the evidence now.
    assert _total(core_registry, date(2025, 6, 1))["value_chain_share"] == 0.0
    assert _total(core_registry, date(2023, 6, 1))["value_chain_share"] == 0.0  # not signed yet


def test_ocop_counts_products_with_a_valid_certificate(core_registry):
    org = core_registry.create("organization", htx(ocop_stars=5)).record
    for name, stars, certified, expires in (("Chè shan tuyết", 3, "2023-05-01", "2026-05-01"),
                                            ("Thảo quả sấy", 4, "2022-01-01", "2025-01-01"),
                                            ("Mật ong", 3, "2024-03-01", None)):
        core_registry.create("product", {"organization_id": org["id"], "name": name, "ocop_stars": stars,
                                         "ocop_certified_on": certified, "ocop_expires_on": expires})
    on_2024 = core_registry.indicators(date(2024, 6, 1))
    assert on_2024.ocop_products_by_stars == {3: 2, 4: 1}
    assert on_2024.ocop_by_stars == {4: 1}  # the organisation by its best valid product
    on_2026 = core_registry.indicators(date(2026, 11, 1))
    assert on_2026.ocop_products_by_stars == {3: 1}  # the tea and the cardamom have expired
    assert on_2026.ocop_by_stars == {3: 1}


def test_traceability_and_high_technology_from_products(core_registry):
    org = core_registry.create("organization", htx(traceability=True)).record
    core_registry.create("product", {"organization_id": org["id"], "name": "Lúa nếp", "traceability": False})
    assert _total(core_registry, date(2026, 1, 1))["traceability_count"] == 0
    core_registry.create("product", {"organization_id": org["id"], "name": "Chè", "traceability": True,
                                     "high_tech": True})
    total = _total(core_registry, date(2026, 1, 1))
    assert total["traceability_count"] == 1 and total["htx_high_tech"] == 1
