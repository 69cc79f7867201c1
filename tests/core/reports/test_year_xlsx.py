"""The year's report in the Excel summary: a sheet per part after the summary's own, every
figure a number, read back with openpyxl."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from kttt_desktop.core.reports.summary import build_report
from kttt_desktop.core.reports.summary_xlsx import write_summary_xlsx
from kttt_desktop.core.reports.year_report import build_year_report
from tests.core.reports.test_year_report import commune  # noqa: F401 - the hand-made commune, a fixture


def workbook_of(registry, tmp_path, year: int | None = 2025, lang: str = "vi"):
    report = build_report(registry, date(2025, 12, 31), lang)
    if year is not None:
        report.year_report = build_year_report(registry, year, lang, report.snapshot)
    return load_workbook(write_summary_xlsx(report, tmp_path / "bao-cao.xlsx"))


def rows(sheet) -> list[tuple]:
    return [row for row in sheet.iter_rows(values_only=True) if any(value is not None for value in row)]


def row_of(sheet, label: str) -> tuple:
    return next(row for row in rows(sheet) if label in row)


def test_a_sheet_per_part_after_the_summary(commune, tmp_path):  # noqa: F811
    book = workbook_of(commune, tmp_path)
    assert book.sheetnames == ["Báo cáo tổng hợp", "Chỉ tiêu năm", "Biến động trong năm", "Kết quả SXKD năm",
                               "Hỗ trợ trong năm", "Tổ chức cần quan tâm", "Đánh giá chung"]
    assert workbook_of(commune, tmp_path, year=None).sheetnames == ["Báo cáo tổng hợp"]


def test_the_figures_are_numbers(commune, tmp_path):  # noqa: F811
    sheet = workbook_of(commune, tmp_path)["Chỉ tiêu năm"]
    assert row_of(sheet, "Cuối năm 2024")[:5] == ("STT", "Chỉ tiêu", "Cuối năm 2024", "Năm 2025", "Tăng (+), giảm (−)")
    assert row_of(sheet, "Số tổ hợp tác đang hoạt động")[2:5] == (1, 0, -1)
    support = row_of(sheet, "Kinh phí hỗ trợ đã giải ngân (đồng)")
    assert all(isinstance(value, (int, float)) for value in support[2:5])


def test_the_changes_by_sector_and_by_organisation(commune, tmp_path):  # noqa: F811
    sheet = workbook_of(commune, tmp_path)["Biến động trong năm"]
    assert row_of(sheet, "Nông nghiệp")[1:8] == ("Nông nghiệp", 1, 0, 0, 1, 1, 0)
    assert row_of(sheet, "Thương mại – dịch vụ")[1:8] == ("Thương mại – dịch vụ", 0, 1, 0, 0, 0, 0)
    assert row_of(sheet, "Cộng")[2:8] == (1, 1, 0, 1, 1, 0)
    listed = [row[1] for row in rows(sheet) if isinstance(row[0], int) and row[2] and "/" in str(row[2])]
    assert sorted(listed) == ["HTX A", "HTX B", "HTX H", "THT G"]


def test_results_and_support_with_loans_apart(commune, tmp_path):  # noqa: F811
    book = workbook_of(commune, tmp_path)
    results = book["Kết quả SXKD năm"]
    assert row_of(results, "Tổng doanh thu (đồng)")[2] == 2_000_000_000
    assert row_of(results, "Số tổ chức bị lỗ")[2] == 1
    assert row_of(results, "Yếu")[2] == 1
    support = book["Hỗ trợ trong năm"]
    totals = [row for row in rows(support) if row[1] == "Cộng"]
    assert [row[2:5] for row in totals] == [(2, 2, 80_000_000), (2, 2, 80_000_000), (1, 1, 300_000_000)]
    assert row_of(support, "Ngân hàng Chính sách xã hội")[2:5] == (1, 1, 300_000_000)
    assert row_of(support, "Hỗ trợ lãi suất trên các khoản vay trong năm (đồng)")[2] == 5_000_000


def test_the_narrative_sheet_holds_the_sections_and_their_places(commune, tmp_path):  # noqa: F811
    sheet = workbook_of(commune, tmp_path, lang="en")["Assessment"]
    texts = [row[0] for row in rows(sheet)]
    assert "1. Results achieved" in texts and "5. Recommendations and proposals" in texts
    assert texts.count("[The officer writes this part]") == 5
    assert "1 organisation made a loss in 2025." in texts


def test_a_rates_change_is_in_points(commune, tmp_path):  # noqa: F811
    from tests.core.reports.rate_change import RATE_KEY, with_rate_change

    for lang, points in (("vi", "điểm %"), ("en", "points")):
        report = build_report(commune, date(2025, 12, 31), lang)
        year = with_rate_change(build_year_report(commune, 2025, lang, report.snapshot))
        report.year_report = year
        sheet = load_workbook(write_summary_xlsx(report, tmp_path / f"{lang}.xlsx")).worksheets[1]
        label = next(f.label for f in year.figures if f.key == RATE_KEY)
        row = next(r for r in sheet.iter_rows(min_row=1) if r[1].value == label)
        previous, actual, change = row[2:5]
        assert (previous.number_format, actual.number_format) == ('#,##0.00" %"', '#,##0.00" %"')
        assert change.value == pytest.approx(4.1)  # a number still, that sheets can add up
        assert change.number_format == f'"+"#,##0.00" {points}";"−"#,##0.00" {points}";0" {points}"'
        tht = next(f.label for f in year.figures if f.key == "tht_count")
        count = next(r for r in sheet.iter_rows(min_row=1) if r[1].value == tht)
        assert count[4].number_format == count[3].number_format  # counts keep their own format
