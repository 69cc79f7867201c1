"""The printed summary report: an A4 PDF in the form of an administrative report whose text,
read back with poppler, is real Vietnamese text in the shipped font."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter

from kttt_desktop.core.catalogues.report_words import REPORT_TEXTS, pick
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.reports.summary import UnitRow, build_report
from kttt_desktop.ui.printing import pdf as pdf_module
from kttt_desktop.ui.printing.pdf import print_document, write_pdf
from kttt_desktop.ui.printing.report_document import format_indicator, report_document
from tests.ui.printing.conftest import DEMO_DAY
from tests.ui.printing.pdf_tools import flat, pdf_text, poppler

TODAY = DEMO_DAY


@pytest.fixture(scope="module")
def demo(demo_registry, tmp_path_factory):
    """Xã Bum Tở filled with the demo commune, its report, and that report as a PDF."""
    report = build_report(demo_registry, TODAY)
    path = write_pdf(report_document(report), tmp_path_factory.mktemp("report") / "bao-cao.pdf")
    return report, path


def test_the_heading_title_and_sections_are_real_text(demo):
    report, path = demo
    text = pdf_text(path)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN",
                     "XÃ BUM TỞ", "/BC-UBND", "BÁO CÁO", report.subtitle, report.date_line(),
                     "I. Kết quả thực hiện các chỉ tiêu", "II. Tổ chức theo loại hình và tình trạng",
                     "III. Hỗ trợ của Nhà nước", "IV. Các sổ chuyên đề", "V. Biểu đồ",
                     "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nơi nhận:", "- UBND tỉnh Lai Châu (để báo cáo);",
                     "- Sở Tài chính;", "- Liên minh HTX tỉnh;", "- Lưu: VT."):
        assert expected in text, expected
    # Decree 30/2020: "Nơi nhận" bottom left, beside the signer on the right; a report has
    # no "prepared by" signature.
    lines = poppler("pdftotext", "-layout", "-enc", "UTF-8", str(path), "-").splitlines()
    row = next(line for line in lines if "Nơi nhận:" in line)
    assert "TM. ỦY BAN NHÂN DÂN" in row and row.index("Nơi nhận:") < row.index("TM. ỦY BAN NHÂN DÂN")
    assert "NGƯỜI LẬP BIỂU" not in text


def test_every_indicator_its_figure_and_its_assessment_are_printed(demo):
    report, path = demo
    text = flat(pdf_text(path))
    for row in report.indicator_rows:
        assert flat(row.indicator.vi.replace("(đồng)", "(triệu đồng)")) in text
        assert format_indicator(row.indicator.unit, row.actual) in text
    # The demo commune holds its area's allocations for some indicators: each is assessed
    # against them; the others say nothing was allocated; the area's plan stands beside.
    states = pick(REPORT_TEXTS, "states", "vi")
    assessed = {row.assessed.state for row in report.indicator_rows}
    assert {"behind", "on_track", "not_allocated"} <= assessed
    for state in assessed:
        assert states[state] in text
    assert "(cấp trên: trên 1.500)" in text and "(cấp trên: khoảng 15)" in text  # the plan's targets as written


def test_a_commune_with_allocations_is_assessed_against_them(demo_registry, tmp_path):
    registry = demo_registry
    snapshot = registry.indicators(TODAY)
    htx, share = snapshot.total["htx_count"], snapshot.total["value_chain_share"]
    allocated = [("htx_count", 2030, htx + 20, 0.0), ("jobs", 2030, 1, 0.0),
                 ("value_chain_share", 2045, round(share + 1.8, 1), 0.0)]
    try:
        for key, year, value, baseline in allocated:
            registry.set_target("03433", key, year, value, baseline=baseline)
        report = build_report(registry, TODAY)
        text = flat(pdf_text(write_pdf(report_document(report), tmp_path / "giao.pdf")))
    finally:
        for key, year, _, _ in allocated:
            registry.set_target("03433", key, year, None)
    rows = {row.indicator.key: row for row in report.indicator_rows}
    assert "Chậm tiến độ" in text and "Đã đạt" in text
    htx_progress = rows["htx_count"].by_horizon[2030]
    assert htx_progress.state == "behind" and f"{htx_progress.percent} %" in text
    # A rate is printed as the rate and the points still missing, never as a share of the target.
    rate = rows["value_chain_share"].by_horizon[2045]
    assert rate.text() in text and "còn 1,8 điểm %" in text


def test_organisations_support_and_totals_are_listed(demo):
    report, path = demo
    text = flat(pdf_text(path))
    for lines in report.organizations_by_kind.values():
        for line in lines:
            assert flat(line.name) in text
    for label, _, amount in report.support_by_category:
        assert label in text and f"{amount:,}".replace(",", ".") in text
    total = sum(amount for _, _, amount in report.support_by_category)
    assert f"{total:,}".replace(",", ".") in text  # thousands with dots: 5.402.000.000


def test_the_font_ships_inside_the_pdf(demo):
    _, path = demo
    fonts = poppler("pdffonts", str(path)).splitlines()[2:]
    # Liberation Serif: the metrics of the Times New Roman Decree 30/2020 names, embedded.
    assert {line.split()[0].split("+")[-1] for line in fonts} >= {"LiberationSerif", "LiberationSerif-Bold",
                                                                  "LiberationSerif-Italic"}
    assert all("LiberationSerif" in line for line in fonts)
    assert all(line.split()[-5] == "yes" for line in fonts)  # the "emb" column


@pytest.mark.parametrize(("signed_on", "line"), [(date(2026, 1, 5), "Bum Tở, ngày 05 tháng 01 năm 2026"),
                                                 (date(2026, 3, 20), "Bum Tở, ngày 20 tháng 3 năm 2026")])
def test_the_date_line_is_the_signing_date_as_the_decree_writes_it(demo_registry, tmp_path, signed_on, line):
    report = build_report(demo_registry, date(2025, 12, 31), signed_on=signed_on)
    text = pdf_text(write_pdf(report_document(report, charts=False), tmp_path / "r.pdf"))
    assert line in text
    assert "đến ngày 31/12/2025" in text  # the figures' date stays in the title


def test_pages_are_a4_numbered_from_page_two_with_metadata(demo):
    _, path = demo
    info = poppler("pdfinfo", str(path))
    assert "595 x 842 pts (A4)" in info
    assert "KTTT Desktop" in info and "BÁO CÁO" in info  # creator and title
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 2
    assert pdf_text(path, 2, 2).split()[0] == "2"
    assert pdf_text(path, 1, 1).split()[0] != "1"  # the first page starts with its heading


def test_the_print_preview_paints_the_same_pages(demo, tmp_path):
    report, path = demo
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi, not the PDF's 300
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_document(report_document(report), printer)
    del printer
    assert pdf_text(tmp_path / "printed.pdf").split() == pdf_text(path).split()
    assert pages == report_document(report).pageCount()
    # and they look the same: page 2 (with its page number) of both, as images
    images = []
    for name, pdf_file in (("printed", tmp_path / "printed.pdf"), ("written", path)):
        poppler("pdftoppm", "-png", "-r", "40", "-f", "2", "-l", "2", "-singlefile", str(pdf_file),
                str(tmp_path / name))
        images.append(QImage(str(tmp_path / f"{name}.png")))
    printed, written = images
    assert printed.size() == written.size()
    differing = sum(1 for y in range(0, printed.height(), 2) for x in range(0, printed.width(), 2)
                    if abs(QColor(printed.pixel(x, y)).lightness() - QColor(written.pixel(x, y)).lightness()) > 80)
    assert differing <= 5


def test_an_upper_level_lists_its_communes(demo, tmp_path):
    report, _ = demo
    units = [UnitRow("03433", "Xã Bum Tở", {"htx_count": 11, "htx_members": 196, "support_amount": 5_402_000_000}),
             UnitRow("03466", "Xã Bum Nưa", {"htx_count": 4, "htx_members": 61, "support_amount": 12_000_000})]
    upper = dataclasses.replace(report, unit_rows=units, site_level="district", organizations_by_kind={})
    text = flat(pdf_text(write_pdf(report_document(upper, charts=False), tmp_path / "huyen.pdf")))
    assert "1. Theo đơn vị hành chính" in text
    assert "Xã Bum Tở 11 196" in text and "Xã Bum Nưa 4 61" in text
    assert "Tổng số 15 257" in text
    assert "5.402" in text and "5.414" in text  # support in millions of đồng, with the total


def test_the_registers_figures_are_printed_with_their_breakdowns(demo):
    """Managers trained (and their share), people trained by topic, loans by lender, OCOP
    products by stars and contracts by stage, as the demo commune's registers hold them."""
    report, path = demo
    figures = report.registers
    assert figures is not None and figures.loan_register and figures.loans_overdue > 0
    assert figures.managers_trained and figures.trained_by_topic and figures.contracts_by_stage
    text = flat(pdf_text(path))
    section = text[text.index("IV. Các sổ chuyên đề"):text.index("V. Biểu đồ")]
    share = format_indicator("percent", figures.managers_share)
    assert f"Cán bộ quản lý đã qua đào tạo đạt chuẩn {figures.managers_trained} " in section
    assert f"Tỷ lệ cán bộ quản lý đạt chuẩn (%) {share}" in section
    assert f"Lượt người được đào tạo trong năm {figures.trained_this_year} " in section
    assert f"Dư nợ vay của các tổ chức (triệu đồng) {format_indicator('vnd', figures.loans_outstanding)} " in section
    assert f"Nợ vay quá hạn của các tổ chức (triệu đồng) {format_indicator('vnd', figures.loans_overdue)} " in section
    for stars, count in figures.ocop_by_stars:
        assert f"Sản phẩm OCOP {stars} sao còn hiệu lực {count} " in section
    assert f"Hợp đồng liên kết đang có hiệu lực {figures.contracts_in_force} " in section
    for topic, people in figures.trained_by_topic:
        assert f"{topic} {people}" in section
    for lender, count, outstanding, overdue in figures.loans_by_lender:
        assert (f"{lender} {count} {format_indicator('vnd', outstanding)} {format_indicator('vnd', overdue)}"
                in section)
    for stage, count in figures.contracts_by_stage:
        assert f"{stage} {count}" in section
    assert "Theo đơn vị hành chính" not in section  # a commune has no communes


def test_an_upper_level_lists_the_registers_of_each_commune(demo, tmp_path):
    report, _ = demo
    assert report.registers is not None
    units = [UnitRow("03433", "Xã Bum Tở", {}, {
                 "managers_in_post": 20, "managers_trained": 12, "trained_this_year": 35, "ocop_products": 3,
                 "contracts_in_force": 2, "loans_outstanding_vnd": 450_000_000, "loans_overdue_vnd": 50_000_000}),
             UnitRow("03466", "Xã Bum Nưa", {}, {"managers_in_post": 7, "managers_trained": 1})]
    totals = {"managers_in_post": 27, "managers_trained": 13, "trained_this_year": 35, "ocop_products": 3,
              "contracts_in_force": 2, "loans_outstanding_vnd": 450_000_000, "loans_overdue_vnd": 50_000_000}
    upper = dataclasses.replace(report, unit_rows=units, site_level="district", organizations_by_kind={},
                                registers=dataclasses.replace(report.registers, totals=totals))
    text = flat(pdf_text(write_pdf(report_document(upper, charts=False), tmp_path / "huyen.pdf")))
    section = text[text.index("IV. Các sổ chuyên đề"):text.index("Nơi nhận")]
    assert "Các sổ chuyên đề theo đơn vị hành chính" in section
    assert "Xã Bum Tở 20 12 35 3 2 450 50" in section and "Xã Bum Nưa 7 1 0 0 0 0 0" in section
    assert "Tổng số 27 13 35 3 2 450 50" in section


def test_without_a_register_of_loans_the_report_says_so(qapp, core_registry, tmp_path):
    report = build_report(core_registry, TODAY)
    assert report.registers is not None and not report.registers.loan_register
    text = flat(pdf_text(write_pdf(report_document(report, charts=False), tmp_path / "khong-vay.pdf")))
    assert "Chưa có sổ các khoản vay" in text
    assert "Dư nợ vay của các tổ chức (triệu đồng) — Chưa có sổ các khoản vay" in text


def test_an_empty_site_says_so(qapp, core_registry, tmp_path):
    report = build_report(core_registry, TODAY)
    text = flat(pdf_text(write_pdf(report_document(report), tmp_path / "trong.pdf")))
    assert "Chưa có tổ chức kinh tế tập thể nào được đăng ký" in text
    assert "Chưa có khoản hỗ trợ nào được giải ngân" in text


def test_an_english_report(qapp, core_registry, tmp_path):
    report = build_report(core_registry, TODAY, "en")
    text = flat(pdf_text(write_pdf(report_document(report, charts=False), tmp_path / "en.pdf")))
    assert "SOCIALIST REPUBLIC OF VIET NAM" in text and "I. Indicators against the targets" in text


def test_a_failed_write_keeps_the_earlier_file_and_leaves_no_remains(demo, tmp_path, monkeypatch):
    report, _ = demo
    target = tmp_path / "bao-cao.pdf"
    target.write_bytes(b"the earlier report")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pdf_module, "paint_document", broken)
    with pytest.raises(KtttError) as raised:
        write_pdf(report_document(report, charts=False), target)
    assert raised.value.code == "export_unwritable" and str(target) in raised.value.message()
    assert target.read_bytes() == b"the earlier report"
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.pdf"]


def test_a_missing_folder_is_a_coded_error(demo, tmp_path):
    report, _ = demo
    with pytest.raises(KtttError) as raised:
        write_pdf(report_document(report, charts=False), tmp_path / "khong-co" / "bao-cao.pdf")
    assert raised.value.code == "export_unwritable"
    assert "Hãy kiểm tra thư mục" in raised.value.message()

