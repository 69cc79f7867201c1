"""The year's report on hand-made data: registrations, conversions and status decisions dated
inside and outside the year, a loss-making cooperative, support against loans, last year's
figures, the year's own targets and the sentences written from them."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.core import registry as registry_module
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.reports.year_report import (
    CHANGE_KINDS,
    SECTION_KEYS,
    build_year_report,
    report_day,
)
from tests.core.factories import htx, member, tax_code


def decision(org_id: str, status: str, effective_on: str, decision_date: str | None = None) -> dict:
    return {"organization_id": org_id, "status": status, "effective_on": effective_on,
            "decision_no": f"{effective_on[5:7]}/QĐ-UBND", "decision_date": decision_date or effective_on,
            "agency": "UBND xã Bum Tở"}


@pytest.fixture
def commune(core_registry, monkeypatch):
    """Bum Tở, today 26/11/2026:
    A  HTX of 2019, dissolved from 30/6/2025 (decision typed now);
    B  HTX registered 10/3/2025, two members, a loss in 2025, support of 2025;
    C  HTX registered 31/12/2024 (the year before);
    D  HTX registered 05/1/2026 (the year after);
    E  HTX of 2019, suspended from 01/2/2026, support and a loan of 2025;
    F  HTX of 2019, dissolved from 01/5/2024 (the year before);
    G  THT of 2020 in trade, converted to an HTX on 01/8/2025;
    H  HTX of 2019, certificate revoked from 31/12/2025 (decided 10/1/2026)."""
    r = core_registry
    ids = {}
    dates = {"A": "2019-05-10", "B": "2025-03-10", "C": "2024-12-31", "D": "2026-01-05", "E": "2019-05-10",
             "F": "2019-05-10", "H": "2019-05-10"}
    for name, registered in dates.items():
        ids[name] = r.create("organization", htx(name=f"HTX {name}", registration_date=registered)).record["id"]
    ids["G"] = r.create("organization", {"kind": "tht", "name": "THT G", "registration_date": "2020-01-01",
                                         "status": "active", "sector": "trade_services"}).record["id"]
    monkeypatch.setattr(registry_module, "now_iso", lambda: "2025-08-01T09:00:00+07:00")
    r.update("organization", ids["G"], {"kind": "htx", "registration_code": tax_code()})
    monkeypatch.undo()
    r.create("status_change", decision(ids["A"], "dissolved", "2025-06-30"))
    r.create("status_change", decision(ids["E"], "suspended", "2026-02-01"))
    r.create("status_change", decision(ids["F"], "dissolved", "2024-05-01"))
    r.create("status_change", decision(ids["H"], "revoked", "2025-12-31", "2026-01-10"))
    for name in ("Lò Văn Một", "Lò Thị Hai"):
        r.create("member", member(ids["B"], full_name=name, joined_on="2025-03-15"))
    r.create("member", member(ids["E"], full_name="Tòng Văn Ba", joined_on="2019-06-01"))
    r.create("annual_report", {"organization_id": ids["B"], "year": 2025, "members_official": 2,
                               "revenue_vnd": 500_000_000, "profit_vnd": -20_000_000,
                               "avg_income_member_vnd": 30_000_000, "rating": "weak"})
    r.create("annual_report", {"organization_id": ids["E"], "year": 2025, "members_official": 1,
                               "revenue_vnd": 1_500_000_000, "profit_vnd": 120_000_000,
                               "avg_income_member_vnd": 50_000_000, "avg_income_worker_vnd": 40_000_000,
                               "rating": "good"})
    r.create("annual_report", {"organization_id": ids["E"], "year": 2024, "revenue_vnd": 9_000_000_000,
                               "profit_vnd": -1_000_000})

    def support(org: str, amount: int, decided: str, stage: str = "disbursed", **extra: object) -> None:
        r.create("support", {"organization_id": org, "category": "training", "content": "Tập huấn",
                             "decision_date": decided, "funding_source": "provincial_budget",
                             "amount_vnd": amount, "stage": stage, **extra})

    support(ids["B"], 50_000_000, "2025-04-01")
    support(ids["E"], 30_000_000, "2025-05-01", stage="completed", funding_source="commune_budget")
    support(ids["E"], 70_000_000, "2024-05-01")  # the year before
    support(ids["E"], 90_000_000, "2025-06-01", stage="requested")  # not received
    support(ids["B"], 200_000_000, "2025-07-01", category="credit", is_loan=True,
            funding_source="cooperative_fund")
    r.create("loan", {"organization_id": ids["E"], "lender": "social_policy_bank", "contract_no": "01/HĐTD",
                      "disbursed_on": "2025-06-01", "amount_vnd": 300_000_000, "interest_support_vnd": 5_000_000})
    r.create("loan", {"organization_id": ids["E"], "lender": "commercial_bank", "contract_no": "02/HĐTD",
                      "disbursed_on": "2024-06-01", "amount_vnd": 900_000_000})
    r.ids = ids
    return r


def names(report, change: str) -> list[str]:
    return [e.name for e in report.changes.events if e.change == change]


def test_the_changes_of_the_year_are_those_dated_inside_it(commune):
    report = build_year_report(commune, 2025)
    assert report.as_of == date(2025, 12, 31) and report.previous_as_of == date(2024, 12, 31)
    assert names(report, "registered") == ["HTX B"]  # not C (31/12/2024) nor D (2026)
    assert names(report, "converted") == ["THT G"]
    assert names(report, "dissolved") == ["HTX A"]  # not F (2024)
    assert names(report, "revoked") == ["HTX H"]  # in effect on the year's last day, decided later
    assert names(report, "suspended") == []  # E only from 2026
    assert report.changes.by_kind == {"registered": {"htx": 1}, "converted": {"tht": 1},
                                      "dissolved": {"htx": 1}, "revoked": {"htx": 1}}
    assert [(row.key, row.counts["registered"], row.counts["converted"], row.total)
            for row in report.changes.by_sector] == [("agriculture", 1, 0, 3), ("trade_services", 0, 1, 1)]
    assert report.changes.by_unit == []  # a commune has no rows per commune
    assert set(report.changes.change_labels) == set(CHANGE_KINDS)


def test_the_next_year_sees_its_own_changes_only(commune):
    report = build_year_report(commune, 2026)
    assert report.as_of == date(2026, 11, 26)  # the current year counts up to today
    assert names(report, "registered") == ["HTX D"]
    assert names(report, "suspended") == ["HTX E"]
    assert names(report, "converted") == names(report, "dissolved") == names(report, "revoked") == []


def test_the_first_status_the_program_writes_is_not_a_change(core_registry):
    """An organisation entered as already dissolved says nothing about when it was dissolved."""
    core_registry.create("organization", htx(name="HTX cũ", registration_date="2025-02-01", status="dissolved"))
    report = build_year_report(core_registry, 2025)
    assert names(report, "registered") == ["HTX cũ"]
    assert names(report, "dissolved") == []


def test_last_years_figures_and_the_change(commune):
    figures = {f.key: f for f in build_year_report(commune, 2025).figures}
    # End of 2024: A, C, E, H operating (F dissolved, B not yet) and the group G.
    # End of 2025: B, C, E, G (now a cooperative) operating; A dissolved, H revoked.
    assert (figures["htx_count"].previous, figures["htx_count"].actual, figures["htx_count"].change) == (4, 4, 0)
    assert (figures["tht_count"].previous, figures["tht_count"].actual, figures["tht_count"].change) == (1, 0, -1)
    assert figures["htx_count"].target is None and figures["htx_count"].state == "no_target"


def test_the_years_own_target_is_compared(commune):
    commune.set_target("03433", "htx_count", 2025, 4)
    commune.set_target("03433", "htx_members", 2025, 50)
    commune.set_target("03433", "htx_count", 2030, 10)  # another year: not this year's
    report = build_year_report(commune, 2025)
    figures = {f.key: f for f in report.figures}
    assert (figures["htx_count"].target, figures["htx_count"].state) == (4, "reached")
    assert figures["htx_count"].state_label == "Đã đạt"
    assert figures["htx_members"].state == "behind"
    assert figures["tht_count"].target is None
    assert report.targets_unit == "03433" and report.targets_note == ""
    results, shortcomings = report.sections[0], report.sections[1]
    assert any("đã đạt: Số hợp tác xã đang hoạt động" in s for s in results.sentences)
    assert any("chưa đạt tiến độ: Thành viên hợp tác xã" in s for s in shortcomings.sentences)


def test_without_a_target_for_the_year_the_report_says_so(commune):
    report = build_year_report(commune, 2025)
    assert report.targets_unit is None
    assert report.targets_note == "Chưa nhập chỉ tiêu riêng cho năm 2025."


def test_business_results_of_the_year(commune):
    results = build_year_report(commune, 2025).results
    assert results.reporting == 2  # E's results of 2024 are another year's
    assert (results.revenue_total, results.revenue_average) == (2_000_000_000, 1_000_000_000)
    assert (results.profit_total, results.profit_average) == (100_000_000, 50_000_000)
    assert results.income_member_average == 40_000_000
    assert results.income_worker_average == 40_000_000  # only E recorded it
    assert results.loss_making == 1
    assert dict((code, n) for code, _, n in results.by_rating) == {
        "good": 1, "fair": 0, "average": 0, "weak": 1, "not_rated": 0}
    assert sum(n for *_, n in results.by_scale) == 2
    assert results.by_scale[0][1] == "Siêu nhỏ"


def test_support_of_the_year_with_loans_apart(commune):
    support = build_year_report(commune, 2025).support
    assert (support.total.count, support.total.organizations, support.total.amount_vnd) == (2, 2, 80_000_000)
    assert [(line.key, line.amount_vnd) for line in support.by_source] == [
        ("provincial_budget", 50_000_000), ("commune_budget", 30_000_000)]
    assert [(line.label, line.count, line.organizations) for line in support.by_category] == [
        ("Nhân lực – đào tạo", 2, 2)]
    assert support.people == 3  # B's two members and E's one at the end of the year
    # The register of loans has entries: the year's loans are its own, not also the support
    # marked as a loan (which an officer keeping the register records there too).
    assert {(line.key, line.amount_vnd) for line in support.loans} == {("lender:social_policy_bank", 300_000_000)}
    assert (support.loans_total.count, support.loans_total.amount_vnd) == (1, 300_000_000)
    assert support.interest_support_vnd == 5_000_000


def test_without_a_register_of_loans_the_supports_marked_as_loans_are_the_loans(commune):
    for loan in list(commune.list_records("loan")):
        commune.delete("loan", loan["id"], reason="Nhập nhầm")
    support = build_year_report(commune, 2025).support
    assert {(line.key, line.amount_vnd) for line in support.loans} == {("source:cooperative_fund", 200_000_000)}


def test_a_support_disbursed_after_the_year_does_not_count_in_it(commune):
    org = commune.ids["C"]
    record = commune.create("support", {"organization_id": org, "category": "land", "content": "Mặt bằng",
                                        "decision_date": "2025-10-01", "amount_vnd": 10_000_000,
                                        "stage": "approved"}).record
    commune.update("support", record["id"], {"stage": "disbursed"})  # typed today, in 2026
    assert build_year_report(commune, 2025).support.total.amount_vnd == 80_000_000
    assert build_year_report(commune, 2026).support.total.amount_vnd == 0  # decided in 2025


def test_the_sentences_say_what_changed_in_vietnamese(commune):
    report = build_year_report(commune, 2025)
    assert "Trong năm 2025, thành lập mới 1 HTX; chuyển đổi 1 THT thành HTX; giải thể 1 HTX; " \
           "thu hồi giấy chứng nhận của 1 HTX." in report.summary
    assert report.summary[0] == ("Đến ngày 31/12/2025, có 4 HTX và 0 THT đang hoạt động, với 3 thành viên và "
                                 "0 lao động làm việc thường xuyên.")
    assert report.summary[1] == ("So với cuối năm 2024: số HTX đang hoạt động không đổi, số THT giảm 1, "
                                 "số thành viên tăng 2.")
    assert ("2 tổ chức nộp kết quả hoạt động năm 2025: tổng doanh thu 2.000.000.000 đồng, tổng lợi nhuận "
            "trước thuế 100.000.000 đồng.") in report.summary
    assert ("Trong năm, 2 tổ chức với 3 thành viên được Nhà nước hỗ trợ 2 lượt, tổng số tiền 80.000.000 đồng."
            in report.summary)
    assert any(s.startswith("Ngoài ra, các tổ chức vay 1 khoản, tổng số tiền 300.000.000 đồng (khoản vay phải hoàn "
                            "trả") for s in report.summary)
    shortcomings = report.sections[1]
    assert "1 tổ chức bị lỗ trong năm 2025." in shortcomings.sentences


def test_the_sentences_in_english_agree_in_number(commune):
    report = build_year_report(commune, 2025, "en")
    assert ("In 2025, 1 cooperative was newly registered; 1 cooperative group became a cooperative; "
            "1 cooperative was dissolved; 1 cooperative had its certificate revoked.") in report.summary
    assert ("During the year, 2 organisations with 3 members received 2 grants of State support, 80,000,000 VND "
            "in all.") in report.summary
    assert report.title == "The collective economy in 2025"
    later = build_year_report(commune, 2026, "en")
    assert "In 2026, 1 cooperative was newly registered; 1 cooperative was suspended." in later.summary


def test_plural_wording_with_several(core_registry):
    for name in ("Một", "Hai", "Ba"):
        core_registry.create("organization", htx(name=f"HTX {name}", registration_date="2025-04-01"))
    core_registry.create("organization", {"kind": "tht", "name": "THT Bốn", "registration_date": "2025-05-01",
                                          "status": "active"})
    en = build_year_report(core_registry, 2025, "en").summary
    assert "In 2025, 3 cooperatives and 1 cooperative group were newly registered." in en
    vi = build_year_report(core_registry, 2025).summary
    assert "Trong năm 2025, thành lập mới 3 HTX, 1 THT." in vi


def test_a_quiet_year_says_nothing_changed(core_registry):
    report = build_year_report(core_registry, 2024)
    assert "Trong năm 2024, không có tổ chức nào thành lập mới, chuyển đổi, tạm ngừng hay chấm dứt hoạt động." \
        in report.summary
    assert "Chưa có tổ chức nào nộp kết quả hoạt động năm 2024." in report.summary
    assert report.results.revenue_average is None and report.support.total.count == 0


def test_the_narrative_sections_are_all_there_with_a_place_for_the_officer(commune):
    report = build_year_report(commune, 2025)
    assert [s.key for s in report.sections] == list(SECTION_KEYS)
    assert [s.title for s in report.sections] == [
        "Kết quả đạt được", "Tồn tại, hạn chế", "Nguyên nhân", "Phương hướng, nhiệm vụ năm tới", "Kiến nghị, đề xuất"]
    assert all(s.placeholder == "[Cán bộ viết nội dung phần này]" for s in report.sections)
    assert report.sections[0].sentences[:len(report.summary)] == report.summary
    assert report.sections[2].sentences == []
    assert set(report.headings) >= {"figures", "changes", "results", "support", "registers", "attention",
                                    "narrative"}


def test_the_attention_list_and_the_registers_of_the_day(commune):
    report = build_year_report(commune, 2025)
    listed = {a.name for a in report.attention}
    assert "HTX B" in listed  # rated weak in 2025
    assert any("cần quan tâm" in s for s in report.sections[1].sentences)
    assert report.registers.managers_in_post == 0 and report.register_lines


def test_an_upper_level_has_a_row_per_commune(tmp_path):
    from tests.conftest import TODAY

    district = registry_module.Registry.open(tmp_path / "district.sqlite", today=lambda: TODAY)
    district.init_site("district", "107", "Khu vực Mường Tè", "Cán bộ khu vực")
    district.create("organization", htx(name="HTX ở xã khác", registration_date="2025-04-01", commune_code="03430"))
    district.create("organization", htx(name="HTX Bum Tở", registration_date="2025-04-02", commune_code="03433"))
    rows = build_year_report(district, 2025).changes.by_unit
    assert sorted(row.key for row in rows) == ["03430", "03433"]
    assert all(row.counts["registered"] == 1 for row in rows)
    district.close()


@pytest.mark.parametrize("year", [1999, 2027])
def test_a_year_out_of_range_is_refused(core_registry, year):
    with pytest.raises(KtttError) as raised:
        build_year_report(core_registry, year)
    assert raised.value.code == "report_bad_year"
    assert report_day(date(2026, 11, 26), 2026) == date(2026, 11, 26)


def test_a_year_not_yet_over_is_measured_from_last_year_end(commune):
    """A target for the current year starts from last year's figure, against the share of the
    year gone by (26/11: 90 %), not from zero since the plan's base year (where 103 of 106
    would look on track). The suspended HTX E's member no longer counts."""
    cooperative = next(o for o in commune.list_records("organization") if o["name"] == "HTX C")
    commune.create_many("member", [member(cooperative["id"], full_name=f"Thành viên {n}", joined_on="2025-01-15")
                                   for n in range(97)])
    for n in range(4):
        commune.create("member", member(cooperative["id"], full_name=f"Người mới {n}", joined_on="2026-02-01"))
    figures = {f.key: f for f in build_year_report(commune, 2026).figures}
    previous, actual = figures["htx_members"].previous, figures["htx_members"].actual
    assert (previous, actual) == (100, 103)
    commune.set_target("03433", "htx_members", 2026, 106)  # 3 of the 6 to gain: half
    assert {f.key: f for f in build_year_report(commune, 2026).figures}["htx_members"].state == "behind"
    commune.set_target("03433", "htx_members", 2026, 103.2)  # 3 of 3.2: 94 %
    assert {f.key: f for f in build_year_report(commune, 2026).figures}["htx_members"].state == "on_track"


def test_the_operating_sentence_counts_the_unions_and_their_members(core_registry):
    """A union's members (its cooperatives) are members of an operating organisation: the
    sentence says the same number as the tables' «Thành viên của các tổ chức đang hoạt động»."""
    from kttt_desktop.core.reports.headline import headline_values

    cooperative = core_registry.create("organization", htx(registration_date="2020-01-01")).record
    core_registry.create("member", member(cooperative["id"], joined_on="2020-02-01"))
    union = core_registry.create("organization", htx(kind="lhhtx", name="Liên hiệp HTX Mường Tè",
                                                     registration_date="2020-01-01")).record
    core_registry.create("member", member(union["id"], kind="legal_entity", full_name="HTX Chè Bum Tở",
                                          birth_date=None, gender=None, id_number=None, joined_on="2020-02-01"))
    report = build_year_report(core_registry, 2025)
    assert report.summary[0] == ("Đến ngày 31/12/2025, có 1 HTX, 0 THT và 1 liên hiệp HTX đang hoạt động, với "
                                 "2 thành viên và 0 lao động làm việc thường xuyên.")
    assert headline_values(core_registry.indicators(date(2025, 12, 31)))["members_total"] == 2
