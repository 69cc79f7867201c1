"""Yearly results of an organisation: one per year, money and score rules, the union and age
rules that came with them."""

from __future__ import annotations

import pytest

from kttt_desktop.core.errors import ValidationFailed
from kttt_desktop.core.records.validation import rating_for_score
from tests.core.factories import htx, member


def _codes(issues) -> set[str]:
    return {issue.code for issue in issues}


def _refused(call, *args, **kwargs) -> set[str]:
    with pytest.raises(ValidationFailed) as caught:
        call(*args, **kwargs)
    return _codes(caught.value.issues)


@pytest.fixture
def org(core_registry):
    return core_registry.create("organization", htx()).record


def results(org_id: str, **values):
    return {"organization_id": org_id, "year": 2025, "revenue_vnd": 2_400_000_000,
            "cost_vnd": 2_250_000_000, "profit_vnd": 150_000_000, "rating": "fair", "rating_score": 70,
            **values}


def test_a_second_report_for_the_same_year_is_refused_with_a_clear_message(core_registry, org):
    first = core_registry.create("annual_report", results(org["id"])).record
    with pytest.raises(ValidationFailed) as caught:
        core_registry.create("annual_report", results(org["id"], revenue_vnd=1))
    [issue] = caught.value.issues
    assert issue.code == "annual_report_year_taken" and issue.field == "year"
    assert "đã có kết quả hoạt động năm 2025" in issue.message() and "sửa" in issue.message()
    # Editing the one that exists is fine; another year is fine; a deleted one frees its year.
    core_registry.update("annual_report", first["id"], {"revenue_vnd": 2_500_000_000})
    core_registry.create("annual_report", results(org["id"], year=2024))
    core_registry.delete("annual_report", first["id"], "Nhập nhầm")
    core_registry.create("annual_report", results(org["id"]))


def test_another_organisation_may_report_the_same_year(core_registry, org):
    other = core_registry.create("organization", htx(name="HTX Lúa Mường Mô")).record
    core_registry.create("annual_report", results(org["id"]))
    core_registry.create("annual_report", results(other["id"]))


def test_money_is_never_negative_except_profit(core_registry, org):
    loss = core_registry.create("annual_report", results(org["id"], profit_vnd=-35_000_000)).record
    assert loss["profit_vnd"] == -35_000_000
    assert _refused(core_registry.create, "annual_report",
                    results(org["id"], year=2024, revenue_vnd=-1)) == {"negative_money"}


@pytest.mark.parametrize("values,code", [
    ({"year": 2027}, "annual_report_future_year"),
    ({"year": 1800}, "number_out_of_range"),
    ({"rating_score": 101}, "number_out_of_range"),
    ({"rating_score": -1}, "number_out_of_range"),
    ({"members_official": -3}, "number_out_of_range"),
    ({"workers_total": 3, "workers_regular": 5}, "regular_above_total_workers"),
])
def test_impossible_figures_are_refused(core_registry, org, values, code):
    assert code in _refused(core_registry.create, "annual_report", results(org["id"], **values))


@pytest.mark.parametrize("score,rating", [
    (100, "good"), (80, "good"), (79, "fair"), (65, "fair"), (64, "average"), (50, "average"),
    (49, "weak"), (0, "weak")])
def test_rating_bands(score, rating):
    assert rating_for_score(score) == rating


def test_a_score_outside_its_band_is_a_warning(core_registry, org):
    result = core_registry.create("annual_report", results(org["id"], rating="good", rating_score=64))
    assert _codes(result.warnings) == {"rating_score_band"}
    assert "Trung bình" in result.warnings[0].message()
    assert not core_registry.create("annual_report", results(org["id"], year=2024, rating="average",
                                                              rating_score=64)).warnings


def test_an_organisation_operating_under_twelve_months_is_not_rated(core_registry):
    young = core_registry.create("organization", htx(registration_date="2025-04-01")).record
    rated = core_registry.create("annual_report", results(young["id"]))
    assert _codes(rated.warnings) == {"rating_under_12_months"}
    core_registry.delete("annual_report", rated.record["id"], "Sửa lại")
    assert not core_registry.create("annual_report", results(young["id"], rating="not_rated",
                                                             rating_score=None)).warnings
    # The next year it operated all twelve months.
    assert not core_registry.create("annual_report", results(young["id"], year=2026)).warnings


def test_internal_transactions_above_revenue_and_overdue_above_debt_are_warnings(core_registry, org):
    result = core_registry.create("annual_report", results(
        org["id"], internal_transactions_vnd=3_000_000_000, debt_vnd=100, overdue_debt_vnd=200))
    assert _codes(result.warnings) == {"internal_above_revenue", "overdue_above_debt"}


def test_yearly_results_go_and_come_back_with_their_organisation(core_registry, org):
    report = core_registry.create("annual_report", results(org["id"])).record
    core_registry.delete("organization", org["id"], "Nhập trùng")
    assert core_registry.get("annual_report", report["id"])["deleted"] is True
    core_registry.restore("organization", org["id"])
    assert core_registry.get("annual_report", report["id"])["deleted"] is False


# --- members: the rules that came with the yearly results ------------------------------------

def test_age_is_checked_on_the_day_the_member_joined(core_registry, org):
    # 17 when joining in 2020, 23 today: warned, because the law looks at the join day.
    joined_young = core_registry.create("member", member(org["id"], birth_date="2003-06-01",
                                                         joined_on="2020-07-01", id_number=None))
    assert _codes(joined_young.warnings) == {"member_under_18_when_joined"}
    assert "01/07/2020" in joined_young.warnings[0].message()
    grown = core_registry.create("member", member(org["id"], birth_date="2002-06-01",
                                                  joined_on="2020-07-01", id_number=None))
    assert not grown.warnings
    capital = core_registry.create("member", member(org["id"], birth_date="2003-06-01", id_number=None,
                                                    joined_on="2020-07-01", membership="associate_capital"))
    assert _codes(capital.warnings) == {"member_under_18_when_joined"}
    no_capital = core_registry.create("member", member(org["id"], birth_date="2003-06-01", id_number=None,
                                                       joined_on="2020-07-01", capital_vnd=None,
                                                       membership="associate_no_capital"))
    assert not no_capital.warnings


def test_an_associate_without_capital_who_has_capital_is_a_warning(core_registry, org):
    result = core_registry.create("member", member(org["id"], membership="associate_no_capital",
                                                   capital_vnd=5_000_000))
    assert _codes(result.warnings) == {"associate_no_capital_with_capital"}


def test_a_union_has_cooperatives_as_official_members(core_registry, org):
    union = core_registry.create("organization", htx(name="Liên hiệp HTX Mường Tè", kind="lhhtx")).record
    person = member(union["id"], full_name="Lò Văn Pọm", id_number=None)
    assert "union_member_not_cooperative" in _refused(core_registry.create, "member", person)
    # A person may still be an associate member of a union.
    core_registry.create("member", {**person, "membership": "associate_capital"})
    group = core_registry.create("organization", htx(name="THT Rau", kind="tht", registration_code=None)).record
    as_group = {**person, "kind": "legal_entity", "full_name": "THT Rau", "member_organization_id": group["id"]}
    assert "union_member_not_cooperative" in _refused(core_registry.create, "member", as_group)
    assert "member_organization_itself" in _refused(core_registry.create, "member", {
        **as_group, "member_organization_id": union["id"]})
    for name in ("HTX A", "HTX B"):
        core_registry.create("member", {**person, "kind": "legal_entity", "full_name": name})
    core_registry.create("member", {**as_group, "full_name": org["name"], "member_organization_id": org["id"]})
    # Only the three cooperatives count to the union's minimum, not the associate person.
    assert core_registry.official_member_count(union["id"]) == 3
    assert "lhhtx_few_members" not in _codes(core_registry.organization_warnings(union["id"]))


def test_a_cooperative_cannot_be_unregistered(core_registry, org):
    assert _refused(core_registry.create, "organization", htx(status="unregistered")) == {
        "status_unregistered_not_tht"}
    assert "status_unregistered_not_tht" in _refused(core_registry.update, "organization", org["id"],
                                                     {"status": "unregistered"})
    core_registry.create("organization", htx(kind="tht", status="unregistered", registration_code=None))
