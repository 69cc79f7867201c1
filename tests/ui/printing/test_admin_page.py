"""Bordered tables on paper: room between the text and the borders, and words kept whole."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument, QTextTable

from kttt_desktop.core.reports.organization_sheet import organization_sheet
from kttt_desktop.core.reports.summary import build_report
from kttt_desktop.ui.printing.admin_page import grid_table, make_document
from kttt_desktop.ui.printing.columns import CELL_PADDING_PT, DENSE_CELL_PADDING_PT
from kttt_desktop.ui.printing.organization_document import member_list_document
from kttt_desktop.ui.printing.report_document import report_document
from tests.ui.printing.conftest import DEMO_DAY

PX_TO_PT = 72 / 96  # Qt keeps a cell's padding in CSS pixels


@pytest.fixture(scope="module")
def demo(demo_registry):
    """The demo commune's report, and the member list of its largest cooperative."""
    organization = max(demo_registry.list_records("organization"),
                       key=lambda record: demo_registry.official_member_count(record["id"]))
    sheet = organization_sheet(demo_registry, organization["id"])
    return report_document(build_report(demo_registry, DEMO_DAY)), member_list_document(sheet)


def bordered_tables(document: QTextDocument) -> list[QTextTable]:
    return [frame for frame in document.rootFrame().childFrames()
            if isinstance(frame, QTextTable) and frame.format().border() > 0]


def horizontal_room_pt(table: QTextTable) -> float:
    """The least left or right padding of any cell of `table`, in points."""
    return min(min(cell.leftPadding(), cell.rightPadding()) * PX_TO_PT
               for cell in (table.cellAt(row, column).format().toTableCellFormat()
                            for row in range(table.rows()) for column in range(table.columns())))


def test_every_cell_keeps_room_between_its_text_and_its_borders(demo):
    report, members = demo
    for document in demo:
        tables = bordered_tables(document)
        assert tables
        for table in tables:
            assert horizontal_room_pt(table) >= DENSE_CELL_PADDING_PT - 0.01
            for row in range(table.rows()):
                for column in range(table.columns()):
                    cell = table.cellAt(row, column).format().toTableCellFormat()
                    assert cell.topPadding() * PX_TO_PT >= 2 and cell.bottomPadding() * PX_TO_PT >= 2
    indicators = bordered_tables(report)[0]  # a table of ordinary type size gets the full room
    assert horizontal_room_pt(indicators) >= CELL_PADDING_PT - 0.01
    assert CELL_PADDING_PT >= 3.5 and DENSE_CELL_PADDING_PT >= 3


def test_the_room_is_there_on_the_laid_out_page(qapp):
    document = make_document(grid_table(["Tên", "Thôn, bản"], [["Lò Văn Hương", "Bản Nậm Củm"]], (1, 1)), "t")
    table = bordered_tables(document)[0]
    layout = document.documentLayout()
    left = layout.blockBoundingRect(table.cellAt(1, 0).firstCursorPosition().block())
    right = layout.blockBoundingRect(table.cellAt(1, 1).firstCursorPosition().block())
    gap_pt = (right.left() - left.right()) * 72 / layout.paintDevice().logicalDpiX()
    assert gap_pt >= 2 * CELL_PADDING_PT  # the text of two cells side by side: both paddings and the border


def words_cut_in_cells(document: QTextDocument) -> list[str]:
    """Lines of table cells that start inside a word ("Thàn" over "h viên")."""
    cut = []
    for table in bordered_tables(document):
        for row in range(table.rows()):
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
                while block.isValid():
                    text, layout = block.text(), block.layout()
                    for number in range(1, layout.lineCount()):
                        start = layout.lineAt(number).textStart()
                        if not text[start - 1].isspace() and text[start - 1] not in "-–/\u2028":
                            cut.append(text)
                    if block == last:
                        break
                    block = block.next()
    return cut


def test_words_are_never_broken_inside_a_cell(demo):
    for document in demo:
        assert words_cut_in_cells(document) == []


@pytest.mark.parametrize(("text", "size", "bold", "italic"), [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12.5, True, False),  # the national name: 12–13 pt, bold, upright
    ("Độc lập - Tự do - Hạnh phúc", 13, True, False),  # the motto: 13–14 pt, bold
    ("XÃ BUM TỞ", 12.5, True, False),  # the issuing body
    ("Bum Tở, ngày 26 tháng 11 năm 2026", 13, False, True),  # the date line
    ("CHỦ TỊCH", 13, True, False),  # the signer
])
def test_the_heading_and_signature_have_the_decrees_sizes_in_a_times_metric_font(demo, text, size, bold, italic):
    document, _ = demo
    cursor = document.find(text)
    assert not cursor.isNull(), text
    found = cursor.charFormat()
    assert found.font().family() == "Liberation Serif"
    assert found.fontPointSize() == size and found.font().bold() == bold and found.fontItalic() == italic
