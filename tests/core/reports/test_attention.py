"""The list of organisations that need attention: each reason lists an organisation, and the
same organisation stays off the list when the reason is just short of holding (one loss year,
a suspension of 11 months, five members); beside the reasons, what was decided."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.core.reports import attention
from tests.conftest import TODAY
from tests.core.factories import htx, member

GOOD = {"rating": "good", "rating_score": 85, "profit_vnd": 40_000_000, "overdue_debt_vnd": 0,
        "revenue_vnd": 900_000_000}


def cooperative(registry, name: str, members: int = 5, years: dict[int, dict] | None = None,
                kind: str = "htx", registered: str = "2019-05-10") -> str:
    """An organisation with `members` official members and yearly results (good ones for
    2024 and 2025 unless told otherwise): nothing to attend to until a test adds it."""
    org_id = registry.create("organization", htx(name=name, kind=kind, registration_date=registered)).record["id"]
    for number in range(members):
        registry.create("member", member(org_id, full_name=f"Thành viên {number}",
                                         membership="member" if kind == "tht" else "official"))
    for year, values in (years if years is not None else {2024: {}, 2025: {}}).items():
        registry.create("annual_report", {"organization_id": org_id, "year": year, "submitted_on": f"{year + 1}-03-15",
                                          **GOOD, **values})
    return org_id


def decide(registry, org_id: str, status: str, effective_on: str, **values) -> None:
    registry.create("status_change", {"organization_id": org_id, "status": status, "effective_on": effective_on,
                                      "decision_no": "15/TB-UBND", "decision_date": effective_on,
                                      "agency": "UBND xã Bum Tở", **values})


def listed(registry, as_of: date | None = None) -> dict[str, attention.Attention]:
    return {item.name: item for item in registry.attention_list(as_of)}


def test_a_sound_cooperative_is_not_listed(core_registry):
    cooperative(core_registry, "HTX Tốt")
    assert listed(core_registry) == {}


@pytest.mark.parametrize(("rating", "expected"), [("weak", ("rated_weak",)), ("average", ())])
def test_rated_weak_in_the_last_year_with_results(core_registry, rating, expected):
    score = 40 if rating == "weak" else 55
    cooperative(core_registry, "HTX A", years={2024: {}, 2025: {"rating": rating, "rating_score": score}})
    item = listed(core_registry).get("HTX A")
    assert (item.codes() if item else ()) == expected
    if item:
        assert item.reasons_text("vi") == "Xếp loại Yếu năm 2025."
        assert item.reasons_text("en") == "Rated weak in 2025."


def test_an_older_weak_rating_does_not_count(core_registry):
    cooperative(core_registry, "HTX A", years={2024: {"rating": "weak", "rating_score": 40}, 2025: {}})
    assert listed(core_registry) == {}


@pytest.mark.parametrize(("profits", "expected"), [
    ((-12_000_000, -5_000_000), ("loss_two_years",)),   # two years running
    ((30_000_000, -5_000_000), ()),                      # one loss year only
    ((-12_000_000, 8_000_000), ()),                      # the loss was the year before
])
def test_loss_making_two_years_running(core_registry, profits, expected):
    cooperative(core_registry, "HTX Lỗ", years={2024: {"profit_vnd": profits[0]}, 2025: {"profit_vnd": profits[1]}})
    item = listed(core_registry).get("HTX Lỗ")
    assert (item.codes() if item else ()) == expected
    if item:
        assert item.reasons_text() == "Lỗ hai năm liền: năm 2024 lỗ 12.000.000 đồng, năm 2025 lỗ 5.000.000 đồng."


def test_two_loss_years_with_a_gap_between_them_are_not_running(core_registry):
    cooperative(core_registry, "HTX Lỗ", years={2023: {"profit_vnd": -1_000_000}, 2025: {"profit_vnd": -2_000_000}})
    assert listed(core_registry) == {}


@pytest.mark.parametrize(("overdue", "expected"), [(3_000_000, ("overdue_debt",)), (0, ())])
def test_overdue_debt_in_the_latest_results(core_registry, overdue, expected):
    cooperative(core_registry, "HTX Nợ", years={2024: {"overdue_debt_vnd": 9_000_000, "debt_vnd": 20_000_000},
                                                2025: {"overdue_debt_vnd": overdue, "debt_vnd": 20_000_000}})
    item = listed(core_registry).get("HTX Nợ")
    assert (item.codes() if item else ()) == expected
    if item:
        assert item.reasons_text() == "Có nợ quá hạn 3.000.000 đồng (kết quả năm 2025)."


@pytest.mark.parametrize(("years", "registered", "expected"), [
    ({2024: {}}, "2019-05-10", ("no_results",)),         # 2025 missing while operating
    ({2024: {}, 2025: {}}, "2019-05-10", ()),
    ({}, "2026-02-01", ()),                               # not operating in 2025: registered since
])
def test_no_yearly_results_for_last_year_while_operating(core_registry, years, registered, expected):
    cooperative(core_registry, "HTX Chưa báo cáo", years=years, registered=registered)
    item = listed(core_registry).get("HTX Chưa báo cáo")
    assert (item.codes() if item else ()) == expected
    if item:
        assert item.reasons_text() == "Đang hoạt động nhưng chưa có kết quả hoạt động năm 2025."


def test_results_of_the_as_of_year_are_not_yet_due(core_registry):
    """On 1/6/2025 the last finished year is 2024: 2025's results are not asked for."""
    cooperative(core_registry, "HTX A", years={2024: {}})
    assert listed(core_registry, date(2025, 6, 1)) == {}


@pytest.mark.parametrize(("effective_on", "expected"), [
    ("2025-10-20", "Tạm ngừng kinh doanh từ 20/10/2025, đã hơn 13 tháng"),   # 13 months before 26/11/2026
    ("2025-12-20", None),                                                    # 11 months
    ("2025-11-26", None),                                                    # exactly 12 months: allowed
    ("2025-11-25", "Tạm ngừng kinh doanh từ 25/11/2025, đã hơn 12 tháng"),   # a day over
])
def test_suspended_longer_than_a_notice_allows(core_registry, effective_on, expected):
    org_id = cooperative(core_registry, "HTX Tạm ngừng")
    decide(core_registry, org_id, "suspended", effective_on)
    item = listed(core_registry).get("HTX Tạm ngừng")
    if expected is None:
        assert item is None
    else:
        assert item.codes() == ("suspended_too_long",)
        assert item.reasons_text() == expected + " (mỗi lần thông báo tạm ngừng không quá 12 tháng)."


def test_a_resumed_suspension_is_not_listed(core_registry):
    org_id = cooperative(core_registry, "HTX Tạm ngừng")
    decide(core_registry, org_id, "suspended", "2024-01-10")
    decide(core_registry, org_id, "active", "2024-12-01")
    assert listed(core_registry) == {}
    assert listed(core_registry, date(2025, 2, 1)) == {}  # already resumed then
    assert listed(core_registry, date(2024, 11, 1)) == {}  # suspended then, but for under 12 months


def test_not_at_the_registered_address(core_registry):
    org_id = cooperative(core_registry, "HTX Vắng")
    assert listed(core_registry) == {}
    decide(core_registry, org_id, "not_at_address", "2026-05-04")
    item = listed(core_registry)["HTX Vắng"]
    assert item.codes() == ("not_at_address",)
    assert item.reasons_text() == "Không hoạt động tại địa chỉ đã đăng ký (từ 04/05/2026)."
    assert item.status == "not_at_address"
    assert listed(core_registry, date(2026, 5, 3)) == {}  # the day before it took effect


@pytest.mark.parametrize(("kind", "count", "expected"), [
    ("htx", 4, ("few_members",)), ("htx", 5, ()),
    ("tht", 1, ("few_members",)), ("tht", 2, ()),
])
def test_below_the_minimum_number_of_official_members(core_registry, kind, count, expected):
    org_id = cooperative(core_registry, "Tổ chức", members=count, kind=kind)
    item = listed(core_registry).get("Tổ chức")
    assert (item.codes() if item else ()) == expected
    # the same rule as the warning on the organisation's page
    warnings = [issue.message() for issue in core_registry.organization_warnings(org_id)
                if issue.code.endswith("_few_members")]
    assert warnings == ([item.reasons_text()] if item else [])


def test_a_member_who_left_no_longer_counts(core_registry):
    org_id = cooperative(core_registry, "HTX A", members=5)
    leaving = next(m for m in core_registry.list_records("member") if m["organization_id"] == org_id)
    core_registry.update("member", leaving["id"], {"left_on": "2026-06-30", "leave_reason": "Chuyển đi"})
    assert listed(core_registry)["HTX A"].reasons_text() == (
        "HTX mới có 4 thành viên chính thức; luật yêu cầu ít nhất 5.")
    assert "HTX A" not in listed(core_registry, date(2026, 6, 29))


def test_a_union_counts_cooperatives_only(core_registry):
    union = cooperative(core_registry, "Liên hiệp", members=0, kind="lhhtx")
    for number in range(2):
        core_registry.create("member", {"organization_id": union, "kind": "legal_entity", "membership": "official",
                                        "full_name": f"HTX thành viên {number}", "joined_on": "2020-01-15"})
    assert listed(core_registry)["Liên hiệp"].codes() == ("few_members",)
    core_registry.create("member", {"organization_id": union, "kind": "legal_entity", "membership": "official",
                                    "full_name": "HTX thành viên 3", "joined_on": "2020-01-15"})
    assert listed(core_registry) == {}


def test_settled_organisations_are_not_listed(core_registry):
    org_id = cooperative(core_registry, "HTX Giải thể", members=2, years={2024: {"rating": "weak", "rating_score": 30}})
    assert "HTX Giải thể" in listed(core_registry)
    decide(core_registry, org_id, "dissolved", "2026-08-01")
    assert listed(core_registry) == {}
    assert "HTX Giải thể" in listed(core_registry, date(2026, 7, 31))


def test_several_reasons_in_a_fixed_order(core_registry):
    cooperative(core_registry, "HTX Yếu", members=3, years={
        2024: {"profit_vnd": -1_000_000},
        2025: {"profit_vnd": -2_000_000, "rating": "weak", "rating_score": 30, "overdue_debt_vnd": 500_000,
               "debt_vnd": 1_000_000}})
    assert listed(core_registry)["HTX Yếu"].codes() == ("rated_weak", "loss_two_years", "overdue_debt", "few_members")


def test_what_was_decided_after_the_problem_arose(core_registry):
    """Rated weak on the 2025 results submitted 15/3/2026; a dissolution decided 01/6/2026
    effective from 01/12/2026 (after the as-of day: still what was decided); support of the
    last 12 months counted, older support not."""
    org_id = cooperative(core_registry, "HTX Yếu", years={2024: {}, 2025: {"rating": "weak", "rating_score": 30}})
    item = listed(core_registry)["HTX Yếu"]
    assert item.decision is not None and item.decision.status == "active"  # its first, from registration
    assert item.decided_after is False
    assert item.decided_text() == ("Đang hoạt động từ 10/05/2019; chưa có quyết định nào từ khi phát sinh "
                                   "vấn đề (15/03/2026).")

    decide(core_registry, org_id, "dissolving", "2026-12-01", decision_no="42/QĐ-UBND", decision_date="2026-06-01")
    for decided, amount in (("2026-04-01", 50_000_000), ("2025-11-26", 7_000_000), ("2025-11-27", 3_000_000)):
        core_registry.create("support", {"organization_id": org_id, "category": "training", "content": "Tập huấn",
                                         "decision_no": "7/QĐ-UBND", "decision_date": decided, "amount_vnd": amount,
                                         "stage": "approved"})
    item = listed(core_registry)["HTX Yếu"]
    assert item.status == "active"  # the dissolution takes effect after the as-of day
    assert item.decision.status == "dissolving" and item.decided_after is True
    assert (item.support_count, item.support_vnd) == (2, 53_000_000)  # 26/11/2025 is over a year back
    assert item.decided_text() == (
        "Đang làm thủ tục giải thể từ 01/12/2026, số 42/QĐ-UBND ngày 01/06/2026, UBND xã Bum Tở; "
        "quyết định sau khi phát sinh vấn đề (15/03/2026). "
        "Hỗ trợ quyết định trong 12 tháng qua: 2 lượt, 53.000.000 đồng.")
    assert item.decided_text("en").startswith("Dissolving from 01/12/2026, no. 42/QĐ-UBND of 01/06/2026")
    # before the decision was made, the list did not know it
    assert listed(core_registry, date(2026, 5, 31))["HTX Yếu"].decision.status == "active"


def test_a_deleted_organisation_is_not_listed(core_registry):
    org_id = cooperative(core_registry, "HTX A", members=1)
    assert "HTX A" in listed(core_registry)
    core_registry.delete("organization", org_id, "Nhập nhầm")
    assert listed(core_registry) == {}


def test_the_list_defaults_to_today(core_registry):
    cooperative(core_registry, "HTX A", years={2024: {}})
    assert core_registry.today == TODAY
    assert [item.name for item in core_registry.attention_list()] == ["HTX A"]
