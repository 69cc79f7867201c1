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


def _figures(registry, day: date) -> dict:
    from kttt_desktop.core.reports.indicator_list import list_figures

    return {figure.key: figure.value for figure in list_figures(registry, day)}


def test_managers_trained_to_standard_in_post_on_the_day(core_registry):
    org = core_registry.create("organization", htx()).record
    paused = core_registry.create("organization", htx(name="HTX Thảo quả Nậm Củm", status="suspended")).record
    for organization, name, role, start, end, trained in (
            (org, "Lò Văn Pản", "director", "2019-05-10", "2024-12-31", True),
            (org, "Lò Thị Ín", "accountant", "2019-05-10", None, False),
            (org, "Vàng A Sùng", "director", "2025-01-01", None, False),
            (paused, "Tao Văn Phớ", "director", "2019-05-10", None, True)):  # not operating: not counted
        core_registry.create("manager", {"organization_id": organization["id"], "full_name": name, "role": role,
                                         "from_on": start, "to_on": end, "trained_to_standard": trained})
    on_2024 = core_registry.indicators(date(2024, 6, 1))
    assert (on_2024.managers_in_post, on_2024.managers_trained) == (2, 1)
    assert _figures(core_registry, date(2024, 6, 1))["managers_trained_share_pct"] == 50.0
    on_2025 = core_registry.indicators(date(2025, 6, 1))
    assert (on_2025.managers_in_post, on_2025.managers_trained) == (2, 0)  # the trained director retired
    assert _figures(core_registry, date(2018, 1, 1))["managers_trained_share_pct"] is None  # nobody in post


def test_people_trained_in_the_year_by_topic(core_registry):
    org = core_registry.create("organization", htx()).record
    for who, course, topic, start in (("Lò Thị Ín", "Kế toán HTX", "accounting", "2025-03-02"),
                                      ("Lò Thị Ín", "Kế toán HTX nâng cao", "accounting", "2025-09-10"),
                                      ("Lò Văn Pản", "Kỹ thuật trồng chè", "technical", "2025-04-01"),
                                      ("Lò Văn Pản", "Kỹ thuật trồng chè", "technical", "2024-04-01"),
                                      ("Vàng A Sùng", "Bán hàng trực tuyến", "digital", "2025-12-20")):
        core_registry.create("training", {"organization_id": org["id"], "full_name": who, "course": course,
                                          "topic": topic, "started_on": start})
    on_day = core_registry.indicators(date(2025, 10, 1))
    assert on_day.trained_by_topic == {"accounting": 1, "technical": 1}  # once per person; not yet in December
    assert _figures(core_registry, date(2025, 10, 1))["trained_this_year"] == 2
    assert core_registry.indicators(date(2024, 12, 31)).trained_by_topic == {"technical": 1}


def test_loans_outstanding_and_overdue_from_the_register(core_registry):
    org = core_registry.create("organization", htx()).record
    core_registry.create("support", {"organization_id": org["id"], "category": "credit", "content": "Vay vốn Quỹ",
                                     "decision_date": "2024-01-05", "amount_vnd": 900_000_000,
                                     "stage": "disbursed", "is_loan": True})
    before = _figures(core_registry, date(2025, 6, 1))
    assert before["loans_outstanding_vnd"] == 900_000_000 and before["loans_overdue_vnd"] == 0  # the fallback
    assert before["loans_disbursed_vnd"] == 900_000_000
    for lender, disbursed, outstanding, overdue in (("cooperative_fund_provincial", "2024-01-10", 300_000_000,
                                                     50_000_000),
                                                    ("social_policy_bank", "2025-08-01", 100_000_000, 0)):
        core_registry.create("loan", {"organization_id": org["id"], "lender": lender, "disbursed_on": disbursed,
                                      "amount_vnd": 400_000_000, "outstanding_vnd": outstanding,
                                      "overdue_vnd": overdue})
    on_day = core_registry.indicators(date(2025, 6, 1))
    assert on_day.loan_register
    assert on_day.loans_by_lender == {"cooperative_fund_provincial": (1, 300_000_000, 50_000_000)}
    figures = _figures(core_registry, date(2025, 6, 1))
    assert figures["loans_outstanding_vnd"] == 300_000_000 and figures["loans_overdue_vnd"] == 50_000_000
    later = _figures(core_registry, date(2025, 9, 1))
    assert later["loans_outstanding_vnd"] == 400_000_000 and later["loans_overdue_vnd"] == 50_000_000
    # Once the register has loans, the loans disbursed are its own (the support record marks the
    # same loan: adding both would count it twice).
    assert figures["loans_disbursed_vnd"] == 400_000_000
    assert later["loans_disbursed_vnd"] == 800_000_000


def test_contracts_in_force_by_stage_and_ocop_products_by_stars(core_registry):
    org = core_registry.create("organization", htx()).record
    dissolved = core_registry.create("organization", htx(name="HTX Lúa gạo Bum Tở", status="dissolved")).record
    for organization, stage, signed, expires in ((org, "consumption", "2024-01-10", "2026-01-09"),
                                                 (org, "input_supply", "2023-01-01", "2024-12-31"),
                                                 (org, "processing", "2025-03-01", None),
                                                 (dissolved, "consumption", "2024-01-01", None)):
        core_registry.create("linkage", {"organization_id": organization["id"], "partner_name": "Công ty TNHH Chè",
                                         "stage": stage, "signed_on": signed, "expires_on": expires})
    for stars, certified, expires in ((3, "2024-02-01", "2027-02-01"), (4, "2025-01-01", "2028-01-01"),
                                      (3, "2021-01-01", "2024-01-01")):
        core_registry.create("product", {"organization_id": org["id"], "name": f"Chè {stars} sao {certified}",
                                         "ocop_stars": stars, "ocop_certified_on": certified,
                                         "ocop_expires_on": expires})
    on_day = core_registry.indicators(date(2025, 6, 1))
    assert on_day.contracts_by_stage == {"consumption": 1, "processing": 1}
    figures = _figures(core_registry, date(2025, 6, 1))
    assert figures["contracts_in_force"] == 2
    assert (figures["ocop_products_3"], figures["ocop_products_4"], figures["ocop_products_5"]) == (1, 1, 0)


def test_register_figures_of_each_commune_add_up_to_the_total(core_registry):
    """Each commune's register figures belong to its own organisations; their sum is the total."""
    tea = core_registry.create("organization", htx(commune_code="03433")).record
    rice = core_registry.create("organization", htx(name="HTX Lúa gạo Kan Hồ", commune_code="03469")).record
    for org, name, trained in ((tea, "Lò Văn Pản", True), (tea, "Lò Thị Ín", False), (rice, "Vàng A Sùng", True)):
        core_registry.create("manager", {"organization_id": org["id"], "full_name": name, "role": "director"
                                         if name != "Lò Thị Ín" else "accountant", "from_on": "2020-01-01",
                                         "trained_to_standard": trained})
    core_registry.create("training", {"organization_id": rice["id"], "full_name": "Vàng A Sùng", "course": "Kế toán",
                                      "topic": "accounting", "started_on": "2025-03-02"})
    core_registry.create("product", {"organization_id": tea["id"], "name": "Chè shan tuyết", "ocop_stars": 3,
                                     "ocop_certified_on": "2024-01-01", "ocop_expires_on": "2027-01-01"})
    core_registry.create("linkage", {"organization_id": rice["id"], "partner_name": "Công ty CP Gạo Lai Châu",
                                     "stage": "consumption", "signed_on": "2024-01-10"})
    core_registry.create("loan", {"organization_id": tea["id"], "lender": "cooperative_fund_provincial",
                                  "disbursed_on": "2024-01-10", "amount_vnd": 400_000_000,
                                  "outstanding_vnd": 300_000_000, "overdue_vnd": 50_000_000})
    snapshot = core_registry.indicators(date(2025, 6, 1))
    assert snapshot.register_units["03433"] == {
        "managers_in_post": 2, "managers_trained": 1, "trained_this_year": 0, "ocop_products": 1,
        "contracts_in_force": 0, "loans_outstanding_vnd": 300_000_000, "loans_overdue_vnd": 50_000_000}
    assert snapshot.register_units["03469"] == {
        "managers_in_post": 1, "managers_trained": 1, "trained_this_year": 1, "ocop_products": 0,
        "contracts_in_force": 1, "loans_outstanding_vnd": 0, "loans_overdue_vnd": 0}
    assert sum(unit["managers_in_post"] for unit in snapshot.register_units.values()) == snapshot.managers_in_post
