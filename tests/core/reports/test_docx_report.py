"""The report as a Word document, read back with python-docx: the narrative sections with the
sentences the data allows and highlighted places for the officer's text, the figures as real
Word tables, and the form of Decree 30/2020 (Times New Roman, the decree's sizes, the signing
date). LibreOffice opens it and turns it into a PDF without error."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import Pt

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.reports.docx_report import FONT, write_report_docx
from kttt_desktop.core.reports.summary import build_report
from kttt_desktop.core.reports.year_report import build_year_report
from tests.core.factories import htx


@pytest.fixture
def commune(core_registry: Registry) -> Registry:
    """Bum Tở, today 26/11/2026: an HTX of 2024, one registered 10/3/2025 and one of 2019
    dissolved from 30/6/2025."""
    r = core_registry
    r.create("organization", htx(name="HTX Cũ", registration_date="2024-04-01"))
    r.create("organization", htx(name="HTX Mới", registration_date="2025-03-10"))
    ended = r.create("organization", htx(name="HTX Giải Thể", registration_date="2019-05-10")).record["id"]
    r.create("status_change", {"organization_id": ended, "status": "dissolved", "effective_on": "2025-06-30",
                               "decision_no": "12/QĐ-UBND", "decision_date": "2025-06-30", "agency": "UBND xã Bum Tở"})
    return r


def written(registry: Registry, tmp_path: Path, signed_on: date, year: int | None = None):
    report = build_report(registry, date(year, 12, 31) if year else None, signed_on=signed_on)
    year_report = build_year_report(registry, year) if year else None
    path = write_report_docx(report, tmp_path / "bao-cao.docx", year_report)
    return Document(str(path)), report, year_report


def paragraphs_of(document) -> list:
    """Every paragraph, in the body and inside tables (the heading and signature are tables)."""
    found = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                found += cell.paragraphs
    return found


def texts_of(document) -> list[str]:
    return [p.text for p in paragraphs_of(document)]


def run_with(document, text: str):
    return next(run for p in paragraphs_of(document) for run in p.runs if run.text == text)


def test_the_years_report_holds_its_sections_and_computed_sentences(commune, tmp_path):
    document, _, year = written(commune, tmp_path, date(2026, 1, 5), 2025)
    body = [p.text for p in document.paragraphs]
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:5] == ["I. Kết quả đạt được", "II. Tồn tại, hạn chế", "III. Nguyên nhân",
                            "IV. Phương hướng, nhiệm vụ năm tới", "V. Kiến nghị, đề xuất"]
    assert "1. Các chỉ tiêu năm 2025 so với năm 2024" in headings
    assert "3. Biến động tổ chức trong năm 2025" in headings
    assert "PHỤ LỤC" in body
    # The sentences the data allows, where the officer reads them.
    assert "Trong năm 2025, thành lập mới 1 HTX; giải thể 1 HTX." in body
    for section in year.sections:
        for sentence in section.sentences:
            assert sentence in body
    marks = [run for p in document.paragraphs for run in p.runs if run.text == "[Cán bộ viết nội dung phần này]"]
    assert len(marks) == 5 and all(run.font.highlight_color == WD_COLOR_INDEX.YELLOW for run in marks)


def test_the_figures_are_word_tables(commune, tmp_path):
    document, report, year = written(commune, tmp_path, date(2026, 1, 5), 2025)
    tables = document.tables[2:]  # after the heading and the signature
    headers = [[cell.text for cell in table.rows[0].cells] for table in tables]
    assert ["STT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Tăng, giảm", "Chỉ tiêu năm 2025", "Đánh giá"] in headers
    changes = next(table for table in tables if table.rows[0].cells[0].text == "Biến động")
    rows = {row.cells[0].text: [cell.text for cell in row.cells[1:]] for row in changes.rows[1:]}
    assert rows["Thành lập mới"][0] == "1" and rows["Giải thể"][0] == "1" and rows["Phá sản"][-1] == "0"
    events = next(table for table in tables if table.rows[0].cells[-1].text == "Số quyết định")
    assert [[cell.text for cell in row.cells][1:] for row in events.rows[1:]] == [
        ["10/03/2025", "Thành lập mới", "HTX Mới (Hợp tác xã)", "Xã Bum Tở", ""],
        ["30/06/2025", "Giải thể", "HTX Giải Thể (Hợp tác xã)", "Xã Bum Tở", "12/QĐ-UBND"]]
    # The header row repeats on every page.
    assert all(table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None for table in tables)


@pytest.mark.parametrize(("signed_on", "line"), [(date(2026, 1, 5), "Bum Tở, ngày 05 tháng 01 năm 2026"),
                                                 (date(2026, 3, 20), "Bum Tở, ngày 20 tháng 3 năm 2026")])
def test_the_date_line_is_the_signing_date(commune, tmp_path, signed_on, line):
    document, _, _ = written(commune, tmp_path, signed_on)
    run = run_with(document, line)
    assert run.font.italic and run.font.size == Pt(13)


def test_decree_30_fonts_sizes_and_weights(commune, tmp_path):
    document, _, _ = written(commune, tmp_path, date(2026, 1, 5))
    runs = [run for p in paragraphs_of(document) for run in p.runs if run.text.strip()]
    assert runs and all(run.font.name == FONT for run in runs)
    fonts = runs[0]._element.rPr.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{script}")) for script in ("ascii", "hAnsi", "eastAsia", "cs")} == {FONT}
    normal = document.styles["Normal"]
    assert normal.font.name == FONT and normal.font.size == Pt(13)
    for text, size in (("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12.5), ("Độc lập - Tự do - Hạnh phúc", 13),
                       ("ỦY BAN NHÂN DÂN", 12.5), ("XÃ BUM TỞ", 12.5), ("BÁO CÁO", 14),
                       ("TM. ỦY BAN NHÂN DÂN", 13), ("CHỦ TỊCH", 13)):
        run = run_with(document, text)
        assert run.font.bold and not run.font.italic and run.font.size == Pt(size), text
    sentence = next(run for p in document.paragraphs for run in p.runs if run.text.startswith("Đến ngày"))
    assert sentence.font.size == Pt(13) and not sentence.font.bold
    texts = texts_of(document)
    assert "Nơi nhận:" in texts and "- Sở Tài chính;" in texts and "- Lưu: VT." in texts
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                  section.right_margin)] == [20, 20, 30, 15]


def test_the_summary_alone_has_the_same_figures_as_the_pdf(commune, tmp_path):
    document, report, _ = written(commune, tmp_path, date(2026, 1, 5))
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    for row in report.indicator_rows:
        assert row.indicator.vi.replace("(đồng)", "(triệu đồng)") in cells
    assert {"HTX Cũ", "HTX Mới", "HTX Giải Thể"} <= cells
    body = [p.text for p in document.paragraphs]
    assert "Đến ngày 26/11/2026, có 2 HTX và 0 THT đang hoạt động, với 0 thành viên và 0 lao động làm việc " \
           "thường xuyên." in body


def test_a_rate_target_reads_in_points_and_the_upper_target_stands_beside(commune, tmp_path):
    """The Word document's indicator lines are the PDF's: a rate as the rate and the points
    still missing, never as a share of the target; the upper level's target as context."""
    commune.set_target("03433", "value_chain_share", 2045, 10, baseline=0.0)
    commune.set_target("03433", "htx_count", 2030, 3, baseline=0.0)
    document, report, _ = written(commune, tmp_path, date(2026, 1, 5))
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    rows = {row.indicator.key: row for row in report.indicator_rows}
    rate = rows["value_chain_share"].by_horizon[2045]
    assert rate.is_rate and rate.text() in cells and "điểm %" in rate.text()
    htx = rows["htx_count"].by_horizon[2030]
    assert f"{htx.percent} %" in cells
    above = rows["htx_count"].context[2030]  # the area's plan: 50 HTX
    assert any(f"cấp trên: {above.describe()}" in cell for cell in cells)


def test_an_unwritable_place_leaves_nothing(commune, tmp_path):
    report = build_report(commune)
    with pytest.raises(KtttError) as raised:
        write_report_docx(report, tmp_path / "khong-co" / "bao-cao.docx")
    assert raised.value.code == "export_unwritable"
    assert not (tmp_path / "khong-co").exists()


def test_libreoffice_turns_it_into_a_pdf(commune, tmp_path):
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice (soffice) is not installed; the document is only read back with python-docx")
    document, _, _ = written(commune, tmp_path, date(2026, 3, 20), 2025)
    profile = (tmp_path / "profile").as_uri()
    done = subprocess.run([office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(tmp_path), str(tmp_path / "bao-cao.docx")],
                          capture_output=True, timeout=180)
    pdf = tmp_path / "bao-cao.pdf"
    assert done.returncode == 0 and pdf.is_file(), done.stderr
    from tests.ui.printing.pdf_tools import flat, pdf_text, poppler

    text = flat(pdf_text(pdf))
    assert "Bum Tở, ngày 20 tháng 3 năm 2026" in text and "Trong năm 2025, thành lập mới 1 HTX; giải thể 1 HTX." in text
    assert "Độc lập - Tự do - Hạnh phúc" in text and "PHỤ LỤC" in text
    assert int(poppler("pdfinfo", str(pdf)).split("Pages:")[1].split()[0]) >= 2


def test_a_rates_change_reads_in_points(commune, tmp_path):
    from tests.core.reports.rate_change import RATE_KEY, with_rate_change

    for lang, cells in (("vi", ["3,87 %", "7,97 %", "+4,1 điểm %"]), ("en", ["3.87 %", "7.97 %", "+4.1 points"])):
        report = build_report(commune, date(2025, 12, 31), lang)
        year = with_rate_change(build_year_report(commune, 2025, lang))
        document = Document(str(write_report_docx(report, tmp_path / f"{lang}.docx", year)))
        label = next(f.label for f in year.figures if f.key == RATE_KEY)
        row = next(row for table in document.tables for row in table.rows
                   if len(row.cells) == 7 and row.cells[1].text.startswith(label))
        assert [cell.text for cell in row.cells[2:5]] == cells, lang
