"""Page breaks as a typist makes them: long tables break between rows and repeat their
header, short tables and headings are not left split or alone, nor are the signatures."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextTable

from kttt_desktop.core.reports.organization_sheet import organization_sheet
from kttt_desktop.core.reports.summary import build_report
from kttt_desktop.ui.printing import pagination, pdf as pdf_module
from kttt_desktop.ui.printing.admin_page import Signatures, grid_table, heading, make_document, signature_html
from kttt_desktop.ui.printing.organization_document import member_list_document, organization_document
from kttt_desktop.ui.printing.pdf import A4, write_pdf
from kttt_desktop.ui.printing.report_document import report_document
from tests.ui.printing.conftest import DEMO_DAY
from tests.ui.printing.page_fill import page_fill
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


@pytest.mark.parametrize("filler_lines", range(30, 42))
def test_a_section_heading_goes_to_the_next_page_with_its_first_subsection(qapp, filler_lines):
    """A section's heading right above its first subsection's is never left alone on a page,
    wherever the page ends near them (foot of the page under either heading or the table)."""
    filler = "".join(f"<p>Đoạn văn thứ {n} để lấp gần hết trang.</p>" for n in range(filler_lines))
    short = grid_table(["Lĩnh vực", "Số"], [[f"Lĩnh vực {n}", n] for n in range(8)], (3, 1), ("", "num"))
    document = make_document(filler + heading(2, "VII. Biến động") + heading(3, "1. Theo lĩnh vực") + short, "t")
    table = tables(document)[0]
    first, last = page_span(document, table)
    assert first == last
    layout = document.documentLayout()
    block = table.firstCursorPosition().block().previous()
    while block.text() != "VII. Biến động":
        block = block.previous()
    assert pagination._page_of(pagination._first_line_top(layout, block), PAGE) == first


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


SIGNATURES = signature_html(Signatures("Lò Văn Hương", "CHỦ TỊCH", "", "ỦY BAN NHÂN DÂN XÃ BUM TỞ"),
                            ["- UBND tỉnh Lai Châu (để báo cáo);", "- Lưu: VT."])


def one_line_rows(rows: int) -> str:
    return grid_table(["STT", "Họ và tên", "Thôn, bản"], [[n, f"Người thứ {n}", "Bản Nậm Củm"]
                                                         for n in range(1, rows + 1)], (1, 3, 1), ("mid", "", ""))


def test_the_last_rows_go_along_with_signatures_that_do_not_fit(qapp, monkeypatch):
    # Laid out by Qt alone, the signatures start a page of their own under a long table.
    monkeypatch.setattr(pdf_module, "keep_together", lambda document, height: None)
    for rows in range(30, 90):
        document = make_document(one_line_rows(rows) + SIGNATURES, "t")
        *_, table, signatures = tables(document)
        if page_span(document, signatures)[0] > page_span(document, table)[1]:
            break
    else:
        pytest.fail("the signatures always fitted under the table")
    pagination.keep_together(document, PAGE)
    *parts, signatures = tables(document)
    first, last = page_span(document, signatures)
    assert first == last  # whole
    assert page_span(document, parts[-1]) == (first, first)  # with the part of the table that ends the list
    assert parts[-1].rows() - 1 >= pagination.ROWS_ALONG_WITH_SIGNATURES
    assert sum(part.rows() - 1 for part in parts) == rows  # no row lost or doubled
    assert all(fill >= pagination.MIN_PAGE_FILL for fill in page_fill(document)[:-1])


def test_whatever_stands_above_the_signatures_no_page_is_left_half_empty(qapp):
    # A short table and the signatures at every height of the page: either both fit, or the
    # table goes along if its page stays half full, or its last rows do.
    table = grid_table(["Tình trạng", "Số"], [[f"Tình trạng số {n}", n] for n in range(12)], (3, 1), ("", "num"))
    for paragraphs in range(0, 44, 3):
        filler = "".join(f"<p>Đoạn văn thứ {n} lấp trang.</p>" for n in range(paragraphs))
        document = make_document(filler + table + SIGNATURES, "t")
        fills = page_fill(document)
        assert all(fill >= 0.4 for fill in fills[:-1]), (paragraphs, fills)
        *parts, signatures = tables(document)
        assert page_span(document, parts[-1])[1] == page_span(document, signatures)[0], paragraphs
        assert sum(part.rows() - 1 for part in parts) == 12


def tables_open_at_a_page_end(document) -> list[int]:
    """Tables (by row count) that Qt carries over a page end itself: it leaves the last row
    on the page open at the foot, without its bottom border."""
    layout = document.documentLayout()
    found = []
    for table in tables(document):
        frame = layout.frameBoundingRect(table)
        if pagination._page_of(frame.top(), PAGE) != pagination._page_of(frame.bottom() - 2, PAGE):
            found.append(table.rows())
    return found


def test_no_page_of_the_report_is_left_half_empty(demo_registry):
    for lang in ("vi", "en"):
        document = report_document(build_report(demo_registry, DEMO_DAY, lang))
        fills = page_fill(document)
        assert len(fills) >= 3
        assert all(fill >= 0.4 for fill in fills[:-1]), (lang, fills)
        assert tables_open_at_a_page_end(document) == []


def test_no_page_of_an_organisation_record_or_member_list_is_left_half_empty(demo_registry):
    checked = 0
    for organization in demo_registry.list_records("organization"):
        sheet = organization_sheet(demo_registry, organization["id"])
        for document in (organization_document(sheet), member_list_document(sheet)):
            fills = page_fill(document)
            assert all(fill >= 0.4 for fill in fills[:-1]), (organization["name"], fills)
            assert fills[-1] > 0.15, (organization["name"], fills)  # not the signatures alone
            assert tables_open_at_a_page_end(document) == [], organization["name"]
            checked += len(fills) > 1
    assert checked >= 10  # many of them run over several pages
