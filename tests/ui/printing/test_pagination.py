"""Page breaks as a typist makes them: long tables break between rows and repeat their
header, short tables and headings are not left split or alone, nor are the signatures."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextTable

from kttt_desktop.ui.printing import pagination
from kttt_desktop.ui.printing import pdf as pdf_module
from kttt_desktop.ui.printing.admin_page import Signatures, grid_table, make_document, signature_html
from kttt_desktop.ui.printing.pdf import A4, write_pdf
from tests.ui.printing.pdf_tools import pdf_text

PAGE = A4.body.height()


def long_table(rows: int) -> str:
    """Rows of three-line cells, the kind Qt would split across a page end."""
    return grid_table(["STT", "Họ và tên", "Thôn, bản"],
                      [[n, "Người có một cái tên rất dài để xuống dòng trong ô " * 3, "Bản Nậm Củm"]
                       for n in range(1, rows + 1)], (1, 3, 1), ("mid", "", ""))


def tables(document) -> list[QTextTable]:
    return [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]


def page_span(document, table: QTextTable) -> tuple[int, int]:
    rect = document.documentLayout().frameBoundingRect(table)
    return pagination._page_of(rect.top(), PAGE), pagination._page_of(rect.bottom() - 2, PAGE)


def split_rows(document) -> list[int]:
    """The numbers of the rows whose text runs over a page end."""
    layout = document.documentLayout()
    found = []
    for table in tables(document):
        for row in range(table.format().headerRowCount(), table.rows()):
            first, last = pagination._row_pages(layout, table, row, PAGE)
            if first != last:
                found.append(int(table.cellAt(row, 0).firstCursorPosition().block().text()))
    return found


def test_a_long_table_breaks_between_rows_and_repeats_its_header(qapp, tmp_path, monkeypatch):
    # Laid out by Qt alone, some row of the table is cut by a page end (the text above it is
    # lengthened until one is, so the test does not hang on the font's exact measures).
    monkeypatch.setattr(pdf_module, "keep_together", lambda document, height: None)
    for lines in range(20):
        html = "<p>Đoạn mở đầu.</p>" * lines + long_table(40)
        document = make_document(html, "t")
        if split_rows(document):
            break
    else:
        pytest.fail("Qt split no row in any of the trials")
    pagination.keep_together(document, PAGE)
    assert split_rows(document) == []
    parts = tables(document)
    assert len(parts) > 1
    numbers = []
    for table in parts:
        assert table.cellAt(0, 1).firstCursorPosition().block().text() == "Họ và tên"  # the header again
        numbers += [int(table.cellAt(row, 0).firstCursorPosition().block().text()) for row in range(1, table.rows())]
    assert numbers == list(range(1, 41))  # every row once, in order
    monkeypatch.undo()
    text = pdf_text(write_pdf(document, tmp_path / "dai.pdf"))
    assert text.count("Họ và tên") == document.pageCount()


def test_a_short_table_is_not_split_and_its_heading_goes_with_it(qapp):
    filler = "".join(f"<p>Đoạn văn thứ {n} để lấp gần hết trang.</p>" for n in range(38))
    short = grid_table(["Tình trạng", "Số"], [[f"Tình trạng {n}", n] for n in range(8)], (3, 1), ("", "num"))
    document = make_document(filler + "<h2>II. Bảng ngắn</h2>" + short, "t")
    table = tables(document)[0]
    first, last = page_span(document, table)
    assert first == last == 1
    heading = table.firstCursorPosition().block().previous()
    assert heading.text() == "II. Bảng ngắn"
    assert pagination._page_of(pagination._first_line_top(document.documentLayout(), heading), PAGE) == 1


def test_the_signatures_do_not_stand_alone(qapp):
    rows = "".join(f'<table width="100%"><tr><td>Khối {n}</td></tr><tr><td>&nbsp;</td></tr>'
                   f"<tr><td>&nbsp;</td></tr></table>" for n in range(13))
    signatures = signature_html(Signatures("Lò Văn Hương", "CHỦ TỊCH", "", "ỦY BAN NHÂN DÂN XÃ BUM TỞ"),
                                ["- Lưu: VT."])
    document = make_document(rows + signatures, "t")
    *body, last = tables(document)
    first, end = page_span(document, last)
    assert first == end  # the signatures are whole
    assert page_span(document, body[-1])[1] == first  # and share their page with the body


@pytest.mark.parametrize("rows", [1, 25])
def test_nothing_is_lost_when_nothing_needs_to_move(qapp, rows):
    document = make_document(long_table(rows), "t")
    assert sum(table.rows() - 1 for table in tables(document)) == rows
