"""The registers behind the flags: managers, training, products, contracts, loans, land."""

from __future__ import annotations

import pytest

from kttt_desktop.core.errors import ValidationFailed
from tests.core.factories import htx, tax_code


def _codes(issues) -> set[str]:
    return {issue.code for issue in issues}


def _refused(call, *args, **kwargs) -> set[str]:
    with pytest.raises(ValidationFailed) as caught:
        call(*args, **kwargs)
    return _codes(caught.value.issues)


@pytest.fixture
def org(core_registry):
    return core_registry.create("organization", htx()).record


def manager(org_id: str, **values):
    return {"organization_id": org_id, "full_name": "Lò Văn Pọm", "role": "director", "from_on": "2020-01-01",
            "gender": "male", **values}


def test_an_operating_cooperative_without_director_or_accountant_is_warned(core_registry, org):
    # Before any manager is recorded the register has not started: no warning yet.
    assert "manager_post_empty" not in _codes(core_registry.organization_warnings(org["id"]))
    core_registry.create("manager", manager(org["id"]))
    warnings = [i for i in core_registry.organization_warnings(org["id"]) if i.code == "manager_post_empty"]
    assert [w.params["post"] for w in warnings] == ["Kế toán trưởng / kế toán"]
    assert "Kế toán" in warnings[0].message()
    core_registry.create("manager", manager(org["id"], full_name="Lò Thị Mai", role="accountant", gender="female"))
    assert "manager_post_empty" not in _codes(core_registry.organization_warnings(org["id"]))


def test_a_director_who_left_leaves_the_post_empty(core_registry, org):
    core_registry.create("manager", manager(org["id"], to_on="2025-12-31"))
    core_registry.create("manager", manager(org["id"], full_name="Lò Thị Mai", role="accountant", gender="female"))
    assert _codes(core_registry.organization_warnings(org["id"])) >= {"manager_post_empty"}


def test_two_people_in_one_single_post_at_once_is_a_warning(core_registry, org):
    core_registry.create("manager", manager(org["id"], to_on="2023-06-30"))
    successor = core_registry.create("manager", manager(org["id"], full_name="Vàng A Sử", from_on="2023-07-01"))
    assert not successor.warnings
    overlapping = core_registry.create("manager", manager(org["id"], full_name="Giàng A Tủa", from_on="2024-01-01"))
    assert _codes(overlapping.warnings) == {"manager_post_taken"}
    assert "Vàng A Sử" in overlapping.warnings[0].message()
    # Deputy directors may be several.
    for name in ("Pờ Văn Lả", "Lý Thị Ngọc"):
        deputy = core_registry.create("manager", manager(org["id"], full_name=name, role="deputy_director"))
        assert not deputy.warnings


def test_a_group_leader_belongs_to_a_cooperative_group(core_registry, org):
    assert "manager_tht_leader_not_tht" in _refused(core_registry.create, "manager",
                                                    manager(org["id"], role="tht_leader"))
    group = core_registry.create("organization", htx(kind="tht", registration_code=None, name="THT Rau",
                                                     contract_no="01/HĐHT", contract_signed_on="2022-03-01",
                                                     contract_term_months=60)).record
    core_registry.create("manager", manager(group["id"], role="tht_leader"))
    assert core_registry.get("organization", group["id"])["contract_term_months"] == 60


def test_training_names_who_attended(core_registry, org):
    assert _refused(core_registry.create, "training", {"organization_id": org["id"], "course": "Kế toán HTX"}) == {
        "training_who"}
    pom = core_registry.create("manager", manager(org["id"])).record
    core_registry.create("training", {"organization_id": org["id"], "course": "Kế toán HTX", "manager_id": pom["id"],
                                      "topic": "accounting", "started_on": "2025-03-01", "ended_on": "2025-03-05"})
    assert "date_order" in _refused(core_registry.create, "training", {
        "organization_id": org["id"], "course": "Quản trị", "full_name": "Lò Thị Mai",
        "started_on": "2025-03-05", "ended_on": "2025-03-01"})


def test_products_and_their_ocop_certificate(core_registry, org):
    too_many = {"organization_id": org["id"], "name": "Chè", "ocop_stars": 6}
    assert _refused(core_registry.create, "product", too_many) == {"number_out_of_range"}
    assert _refused(core_registry.create, "product", {
        "organization_id": org["id"], "name": "Chè", "ocop_certified_on": "2023-05-01"}) == {"ocop_stars_missing"}
    undated = core_registry.create("product", {"organization_id": org["id"], "name": "Chè búp", "ocop_stars": 3})
    assert _codes(undated.warnings) == {"ocop_date_missing"}
    assert "date_order" in _refused(core_registry.create, "product", {
        "organization_id": org["id"], "name": "Mật ong", "ocop_stars": 4, "ocop_certified_on": "2024-01-01",
        "ocop_expires_on": "2023-01-01"})
    good = core_registry.create("product", {
        "organization_id": org["id"], "name": "Thảo quả sấy", "ocop_stars": 3, "ocop_certified_on": "2023-05-01",
        "ocop_expires_on": "2026-05-01", "certification": "vietgap", "traceability": True})
    assert not good.warnings


def test_a_contracts_partner_tax_code_is_checked(core_registry, org):
    good = tax_code()
    wrong_digit = good[:9] + str((int(good[9]) + 1) % 10)
    refused = _refused(core_registry.create, "linkage", {
        "organization_id": org["id"], "partner_name": "Công ty CP Chè Lai Châu", "partner_tax_code": wrong_digit})
    assert refused == {"partner_tax_code_checksum"}
    core_registry.create("linkage", {"organization_id": org["id"], "partner_name": "Công ty CP Chè Lai Châu",
                                     "partner_tax_code": good, "stage": "consumption",
                                     "signed_on": "2024-01-10", "expires_on": "2027-01-09", "value_vnd": 800_000_000})
    assert "date_order" in _refused(core_registry.create, "linkage", {
        "organization_id": org["id"], "partner_name": "Công ty B", "signed_on": "2024-01-10",
        "expires_on": "2023-01-01"})


def test_a_loan_and_its_balances(core_registry, org):
    loan = {"organization_id": org["id"], "lender": "cooperative_fund_provincial", "contract_no": "15/HĐTD",
            "disbursed_on": "2024-04-01", "amount_vnd": 300_000_000, "term_months": 36, "interest_rate": "6,5",
            "outstanding_vnd": 200_000_000, "overdue_vnd": 0, "as_of": "2025-12-31"}
    assert not core_registry.create("loan", loan).warnings
    assert _refused(core_registry.create, "loan", {**loan, "interest_rate": "sáu phần trăm"}) == {
        "interest_rate_format"}
    result = core_registry.create("loan", {**loan, "contract_no": "16/HĐTD", "outstanding_vnd": 400_000_000,
                                           "overdue_vnd": 500_000_000})
    assert _codes(result.warnings) == {"loan_outstanding_above_amount", "loan_overdue_above_outstanding"}


def test_an_interest_rate_is_kept_as_one_number_however_it_is_typed(core_registry, org):
    loan = {"organization_id": org["id"], "lender": "commercial_bank"}
    for number, typed in enumerate(("6,9", "6.9", "6,90 %", "6.9 %/năm", " 6,9%/Năm ")):
        record = core_registry.create("loan", {**loan, "contract_no": f"{number}/HĐTD", "interest_rate": typed}).record
        assert record["interest_rate"] == "6,9", typed
    assert core_registry.create("loan", {**loan, "contract_no": "9/HĐTD", "interest_rate": "12"}).record[
        "interest_rate"] == "12"
    for typed in ("0,5 %/tháng", "150", "6,9,1", "6.12345"):
        refused = _refused(core_registry.create, "loan", {**loan, "interest_rate": typed})
        assert refused == {"interest_rate_format"}, typed


def test_land_in_use(core_registry, org):
    land = core_registry.create("land", {"organization_id": org["id"], "use": "agriculture", "area_m2": 25_000,
                                         "tenure": "leased", "from_on": "2021-01-01", "to_on": "2041-01-01"}).record
    assert core_registry.list_records("land") and land["area_m2"] == 25_000
    assert "number_out_of_range" in _refused(core_registry.create, "land", {
        "organization_id": org["id"], "use": "office", "area_m2": -5})


def test_the_registers_go_with_their_organisation(core_registry, org):
    made = [("manager", core_registry.create("manager", manager(org["id"])).record["id"]),
            ("product", core_registry.create("product", {"organization_id": org["id"], "name": "Chè"}).record["id"]),
            ("land", core_registry.create("land", {"organization_id": org["id"], "use": "office"}).record["id"])]
    core_registry.delete("organization", org["id"], "Giải thể")
    assert all(core_registry.get(t, i)["deleted"] for t, i in made)
    core_registry.restore("organization", org["id"])
    assert not any(core_registry.get(t, i)["deleted"] for t, i in made)
