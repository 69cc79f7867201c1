"""`kttt report`: the summary report as a PDF, an Excel file or a Word document, for a year or
a day, signed on a day of its own."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from kttt_desktop.cli.cmd_report import report_date
from kttt_desktop.core.errors import KtttError
from tests.cli.cli_tools import demo_commune, run
from tests.ui.printing.pdf_tools import pdf_text


@pytest.fixture
def db(tmp_path: Path, capsys) -> str:
    return demo_commune(capsys, tmp_path)


def test_a_pdf_report(qapp, db, tmp_path, capsys):
    # qapp: the session's QApplication, so that the command finds one (as in the window)
    # instead of making a QGuiApplication the window's tests could not use afterwards.
    target = tmp_path / "bao-cao.pdf"
    code, out, err = run(capsys, "report", "--db", db, "--pdf", str(target))
    assert code == 0, err
    assert out.strip() == str(target)
    text = pdf_text(target)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "ỦY BAN NHÂN DÂN" in text
    assert "Số hợp tác xã" in text and "Độc lập - Tự do - Hạnh phúc" in text


def test_a_pdf_for_a_past_year(qapp, db, tmp_path, capsys):
    target = tmp_path / "2024.pdf"
    code, out, err = run(capsys, "report", "--db", db, "--pdf", str(target), "--year", "2024", "--json")
    assert code == 0, err
    assert json.loads(out) == {"file": str(target), "as_of": "2024-12-31"}
    assert "đến ngày 31/12/2024" in pdf_text(target)


def test_an_excel_report(db, tmp_path, capsys):
    target = tmp_path / "bao-cao.xlsx"
    code, out, err = run(capsys, "report", "--db", db, "--xlsx", str(target), "--as-of", "30/06/2025")
    assert code == 0, err
    assert out.strip() == str(target) and load_workbook(target).worksheets


def test_an_unwritable_path_is_refused_with_a_message(qapp, db, tmp_path, capsys):
    target = tmp_path / "khong-co" / "bao-cao.pdf"
    code, out, err = run(capsys, "report", "--db", db, "--pdf", str(target))
    assert code == 1 and out == ""
    assert "Không ghi được tệp" in err and "Traceback" not in err
    assert not target.parent.exists()


def test_a_word_document_for_a_year_signed_on_a_day(db, tmp_path, capsys):
    target = tmp_path / "nam-2025.docx"
    code, out, err = run(capsys, "report", "--db", db, "--docx", str(target), "--year", "2025",
                         "--signed-on", "20/03/2026", "--json")
    assert code == 0, err
    assert json.loads(out) == {"file": str(target), "as_of": "2025-12-31"}
    texts = [p.text for p in Document(str(target)).paragraphs]
    assert "Các chỉ tiêu năm 2025 so với năm 2024" in " ".join(texts)
    assert "I. Kết quả đạt được" in texts and "[Cán bộ viết nội dung phần này]" in texts
    heading = Document(str(target)).tables[0]
    assert "Bum Tở, ngày 20 tháng 3 năm 2026" in [p.text for cell in heading.rows[0].cells for p in cell.paragraphs]


def test_a_word_document_of_the_summary(db, tmp_path, capsys):
    target = tmp_path / "bao-cao.docx"
    code, out, err = run(capsys, "report", "--db", db, "--docx", str(target))
    assert code == 0 and out.strip() == str(target), err
    texts = [p.text for p in Document(str(target)).paragraphs]
    assert "PHỤ LỤC" in texts and "1. Kết quả thực hiện các chỉ tiêu" in texts


def test_the_pdf_is_signed_on_the_day_given(qapp, db, tmp_path, capsys):
    target = tmp_path / "bao-cao.pdf"
    code, _, err = run(capsys, "report", "--db", db, "--pdf", str(target), "--signed-on", "05/01/2026")
    assert code == 0, err
    assert "ngày 05 tháng 01 năm 2026" in pdf_text(target)


@pytest.mark.parametrize("argv, words", [
    (("--signed-on", "32/01/2026"), "Ngày ký «32/01/2026» không đúng"),
    (("--year", "1999"), "Năm báo cáo «1999»"),
    (("--as-of", "31/02/2025"), "Ngày báo cáo «31/02/2025» không đúng"),
    (("--as-of", "01/01/2999"), "chưa đến"),
])
def test_a_bad_date_is_refused(db, tmp_path, capsys, argv, words):
    code, _, err = run(capsys, "report", "--db", db, "--pdf", str(tmp_path / "x.pdf"), *argv)
    assert code == 1 and words in err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("argv", [
    (),  # neither --pdf nor --xlsx
    ("--pdf", "a.pdf", "--xlsx", "a.xlsx"),
    ("--docx", "a.docx", "--pdf", "a.pdf"),
    ("--pdf", "a.pdf", "--year", "2025", "--as-of", "01/01/2025"),
])
def test_wrong_usage_exits_2(db, capsys, argv):
    assert run(capsys, "report", "--db", db, *argv)[0] == 2


def test_a_missing_database_is_not_created(tmp_path, capsys):
    code, _, err = run(capsys, "report", "--db", str(tmp_path / "khong-co.sqlite"), "--pdf", str(tmp_path / "a.pdf"))
    assert code == 1 and not (tmp_path / "khong-co.sqlite").exists()


def test_the_report_date():
    today = date(2026, 11, 26)
    assert report_date(today) == today
    assert report_date(today, year=2026) == today  # this year: up to today
    assert report_date(today, year=2025) == date(2025, 12, 31)
    assert report_date(today, as_of="15/03/2024") == date(2024, 3, 15)
    assert report_date(today, as_of="2024-03-15") == date(2024, 3, 15)
    for kwargs in ({"year": 2027}, {"as_of": "2025"}, {"as_of": "hôm qua"}, {"as_of": "27/11/2026"}):
        with pytest.raises(KtttError):
            report_date(today, **kwargs)
