"""`kttt report --year`: the year's sections in the PDF and the year's sheets in Excel."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.cli_tools import demo_commune, run
from tests.ui.printing.pdf_tools import flat, pdf_text


@pytest.fixture
def db(tmp_path: Path, capsys) -> str:
    return demo_commune(capsys, tmp_path)


def test_a_pdf_for_a_year_has_the_years_sections(qapp, db, tmp_path, capsys):
    target = tmp_path / "nam-2025.pdf"
    code, out, err = run(capsys, "report", "--db", db, "--pdf", str(target), "--year", "2025")
    assert code == 0, err
    text = flat(pdf_text(target))
    for words in ("VI. Các chỉ tiêu năm 2025 so với năm 2024", "VII. Biến động tổ chức trong năm 2025",
                  "XI. Đánh giá chung", "Phương hướng, nhiệm vụ năm tới", "Trong năm 2025,"):
        assert words in text


def test_a_pdf_for_a_day_has_none(qapp, db, tmp_path, capsys):
    target = tmp_path / "ngay.pdf"
    code, _, err = run(capsys, "report", "--db", db, "--pdf", str(target), "--as-of", "31/12/2025")
    assert code == 0, err
    assert "Đánh giá chung" not in flat(pdf_text(target))


def test_an_excel_report_for_a_year_has_the_years_sheets(db, tmp_path, capsys):
    target = tmp_path / "nam.xlsx"
    code, _, err = run(capsys, "--lang", "en", "report", "--db", db, "--xlsx", str(target), "--year", "2025")
    assert code == 0, err
    book = load_workbook(target)
    assert book.sheetnames[1:] == ["Year figures", "Changes of the year", "Business results", "Support of the year",
                                   "Needing attention", "Assessment"]
    figures = [row for row in book["Year figures"].iter_rows(values_only=True) if isinstance(row[0], int)]
    assert len(figures) == 12 and all(isinstance(row[3], (int, float)) for row in figures if row[3] is not None)
