"""The year's sections of the printed report, read back from the PDF: they follow the summary's
own sections when a year is chosen, with the figures, changes, results, support, loans apart,
attention list and the narrative sections with their computed sentences."""

from __future__ import annotations

from datetime import date

from kttt_desktop.core.reports.summary import build_report
from kttt_desktop.core.reports.year_report import build_year_report
from kttt_desktop.ui.printing.pdf import write_pdf
from kttt_desktop.ui.printing.report_document import report_document
from tests.core.reports.test_year_report import commune  # noqa: F401 - the hand-made commune, a fixture
from tests.ui.printing.pdf_tools import flat, pdf_text


def year_pdf(registry, year: int, path, lang: str = "vi") -> str:
    report = build_report(registry, date(year, 12, 31), lang)
    report.year_report = build_year_report(registry, year, lang, report.snapshot)
    return flat(pdf_text(write_pdf(report_document(report), path)))


def test_the_years_sections_follow_the_summary(qapp, commune, tmp_path):  # noqa: F811
    text = year_pdf(commune, 2025, tmp_path / "nam-2025.pdf")
    headings = ["V. Biểu đồ", "VI. Các chỉ tiêu năm 2025 so với năm 2024", "VII. Biến động tổ chức trong năm 2025",
                "VIII. Kết quả sản xuất, kinh doanh năm 2025", "IX. Hỗ trợ của Nhà nước trong năm 2025",
                "X. Tổ chức cần quan tâm", "XI. Đánh giá chung", "TM. ỦY BAN NHÂN DÂN"]
    places = [text.index(heading) for heading in headings]
    assert places == sorted(places)
    changes = text[places[2]:places[3]]
    for name in ("HTX B", "THT G", "HTX A", "HTX H"):
        assert name in changes
    for name in ("HTX C", "HTX D", "HTX F"):  # registered or dissolved in another year
        assert name not in changes
    assert "Chuyển đổi THT thành HTX" in changes and "31/12/2025" in changes
    results = text[places[3]:places[4]]
    assert "2.000.000.000" in results and "Số tổ chức bị lỗ" in results
    support = text[places[4]:places[5]]
    assert "80.000.000" in support and "Khoản vay trong năm (phải hoàn trả, không tính là hỗ trợ)" in support
    assert "300.000.000" in support and "Ngân hàng Chính sách xã hội" in support  # the register's loans
    narrative = text[places[6]:places[7]]
    assert ("Trong năm 2025, thành lập mới 1 HTX; chuyển đổi 1 THT thành HTX; giải thể 1 HTX; thu hồi giấy chứng "
            "nhận của 1 HTX.") in narrative
    for title in ("1. Kết quả đạt được", "2. Tồn tại, hạn chế", "3. Nguyên nhân", "4. Phương hướng, nhiệm vụ năm tới",
                  "5. Kiến nghị, đề xuất"):
        assert title in narrative
    assert narrative.count("[Cán bộ viết nội dung phần này]") == 5


def test_in_english(qapp, commune, tmp_path):  # noqa: F811
    text = year_pdf(commune, 2025, tmp_path / "year-2025.pdf", "en")
    assert "VI. The indicators of 2025 against 2024" in text and "XI. Assessment" in text
    assert "1 cooperative group became a cooperative" in text
    assert "[The officer writes this part]" in text


def test_without_a_year_there_are_no_year_sections(qapp, commune, tmp_path):  # noqa: F811
    report = build_report(commune, date(2025, 12, 31))
    text = flat(pdf_text(write_pdf(report_document(report), tmp_path / "bao-cao.pdf")))
    assert "V. Biểu đồ" in text and "VI. " not in text and "Đánh giá chung" not in text


def test_a_rates_change_reads_in_points(qapp, commune, tmp_path):  # noqa: F811
    from tests.core.reports.rate_change import with_rate_change

    for lang, line in (("vi", "3,87 % 7,97 % +4,1 điểm %"), ("en", "3.87 % 7.97 % +4.1 points")):
        report = build_report(commune, date(2025, 12, 31), lang)
        report.year_report = with_rate_change(build_year_report(commune, 2025, lang, report.snapshot))
        text = flat(pdf_text(write_pdf(report_document(report), tmp_path / f"{lang}.pdf")))
        assert line in text, lang
