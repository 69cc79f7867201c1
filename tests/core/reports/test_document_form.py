"""The heading and signature block of an administrative document (Decree 30/2020/NĐ-CP): the
date line, the issuing body by the site's level, the signer and the recipients as settings."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.reports import document_form as form
from kttt_desktop.core.reports.summary import build_report


@pytest.mark.parametrize(("day", "written"), [
    (date(2026, 1, 5), "ngày 05 tháng 01 năm 2026"),
    (date(2026, 3, 20), "ngày 20 tháng 3 năm 2026"),
    (date(2026, 2, 28), "ngày 28 tháng 02 năm 2026"),
    (date(2026, 12, 9), "ngày 09 tháng 12 năm 2026"),
    (date(2026, 10, 10), "ngày 10 tháng 10 năm 2026"),
])
def test_a_leading_zero_only_for_days_under_ten_and_months_one_and_two(day, written):
    assert form.decree_day(day) == written
    assert form.date_line("Bum Tở", day) == f"Bum Tở, {written}"


def test_the_issuer_fits_the_level():
    assert form.default_issuer("commune", "Xã Bum Tở") == "ỦY BAN NHÂN DÂN XÃ BUM TỞ"
    assert form.default_issuer("province", "Tỉnh Lai Châu") == "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"
    # An area has no committee of its own: its name, until the officer names the issuing unit.
    assert form.default_issuer("district", "Khu vực Mường Tè") == "KHU VỰC MƯỜNG TÈ"
    assert form.issuer_lines("ỦY BAN NHÂN DÂN XÃ BUM TỞ") == ["ỦY BAN NHÂN DÂN", "XÃ BUM TỞ"]
    assert form.issuer_lines("UBND TỈNH LAI CHÂU\nSỞ TÀI CHÍNH") == ["UBND TỈNH LAI CHÂU", "SỞ TÀI CHÍNH"]


def test_a_committee_signs_on_behalf_unless_the_title_says_how():
    committee = "ỦY BAN NHÂN DÂN XÃ BUM TỞ"
    assert form.signer_lines(committee, "CHỦ TỊCH") == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert form.signer_lines(committee, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH") == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert form.signer_lines("KHU VỰC MƯỜNG TÈ", "TRƯỞNG BAN") == ["TRƯỞNG BAN"]


def test_defaults_follow_who_reads_the_reports_after_july_2025(core_registry: Registry):
    settings = form.document_form(core_registry)
    assert settings.issuer == "ỦY BAN NHÂN DÂN XÃ BUM TỞ"
    assert settings.place == "Bum Tở"
    assert settings.signer_title == "CHỦ TỊCH"
    assert settings.recipients == ("- UBND tỉnh Lai Châu (để báo cáo);", "- Sở Tài chính;",
                                   "- Liên minh HTX tỉnh;", "- Lưu: VT.")
    assert form.default_recipients("province", "12")[0] == "- Bộ Tài chính (để báo cáo);"


def test_the_officers_settings_reach_the_report_and_empty_means_the_default(core_registry: Registry):
    form.save_document_form(core_registry, {
        form.ISSUER: "UBND TỈNH LAI CHÂU\nBAN CHỈ ĐẠO KTTT KHU VỰC MƯỜNG TÈ",
        form.SIGNER_TITLE: "TRƯỞNG BAN", form.SIGNER_NAME: "Lò Văn Pành",
        form.RECIPIENTS: "- Sở Tài chính;\n\n  - Lưu: VT.  \n"})
    report = build_report(core_registry, signed_on=date(2026, 1, 5))
    assert report.issuer == "UBND TỈNH LAI CHÂU\nBAN CHỈ ĐẠO KTTT KHU VỰC MƯỜNG TÈ"
    assert (report.signer_title, report.signer_name) == ("TRƯỞNG BAN", "Lò Văn Pành")
    assert report.recipients == ["- Sở Tài chính;", "- Lưu: VT."]
    assert report.date_line() == "Bum Tở, ngày 05 tháng 01 năm 2026"
    form.save_document_form(core_registry, {form.RECIPIENTS: "  ", form.SIGNER_TITLE: ""})
    again = form.document_form(core_registry)
    assert again.recipients[-1] == "- Lưu: VT." and len(again.recipients) == 4
    assert again.signer_title == "CHỦ TỊCH"
    assert again.signer_name == "Lò Văn Pành"  # not named: kept


def test_the_date_line_is_the_signing_day_not_the_figures_day(core_registry: Registry):
    report = build_report(core_registry, date(2025, 12, 31))
    assert report.date_line() == "Bum Tở, ngày 26 tháng 11 năm 2026"  # today, the default
    assert "31/12/2025" in report.subtitle


def test_a_planned_signing_day_dates_the_documents_until_it_has_passed(core_registry: Registry, monkeypatch):
    assert form.plan_signing_day(core_registry, "31/12/2026") == date(2026, 12, 31)
    assert build_report(core_registry).date_line() == "Bum Tở, ngày 31 tháng 12 năm 2026"
    assert build_report(core_registry, signed_on=date(2027, 1, 2)).date_line().endswith("ngày 02 tháng 01 năm 2027")
    monkeypatch.setattr(core_registry, "_today", lambda: date(2027, 1, 4))
    assert form.signing_day(core_registry) == date(2027, 1, 4)  # passed: forgotten, today instead
    assert form.plan_signing_day(core_registry, " ") is None and core_registry.setting(form.SIGNED_ON) is None


@pytest.mark.parametrize(("typed", "code"), [("32/12/2026", "report_bad_signing_date"),
                                             ("hôm nay", "report_bad_signing_date"),
                                             ("25/11/2026", "report_signing_day_passed")])
def test_a_wrong_signing_day_is_refused_and_nothing_kept(core_registry: Registry, typed, code):
    with pytest.raises(KtttError) as raised:
        form.plan_signing_day(core_registry, typed)
    assert raised.value.code == code and typed.strip()[:5] in raised.value.message()
    assert core_registry.setting(form.SIGNED_ON) is None
