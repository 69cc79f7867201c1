"""The cells of a workbook's sheets, streamed out of their XML with memory that does not grow.

openpyxl's read-only mode streams a sheet's rows, but two things in it let a small hostile
file use gigabytes: a sheet that leaves out its `<dimension>` is parsed whole when the workbook
is opened, just to learn its size; and every row it has read stays in memory as an emptied
XML element. So the workbook's parts are read by openpyxl as usual (names, shared strings,
styles for dates), while each sheet's XML is walked here: every element is detached once read,
only cells holding a value are kept, and the rows, columns and cells kept are bounded by a
`CellBudget`. Values are decoded by openpyxl's own cell parser, so dates, shared strings,
booleans and the cached results of formulas read exactly as openpyxl reads them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from openpyxl.reader.excel import ExcelReader
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import CELL_TAG, ROW_TAG, WorkSheetParser

from kttt_desktop.core.xlsx import bounds as xlsx_bounds
from kttt_desktop.core.xlsx.bounds import CellBudget

__all__ = ["StreamedSheet", "open_streamed", "read_rows"]


class StreamedSheet(ReadOnlyWorksheet):  # type: ignore[misc]  # openpyxl ships no types: its classes are Any to mypy
    """A read-only sheet that never looks for the size its file claims (`read_rows` reads
    the real cells); openpyxl would parse a whole sheet without `<dimension>` to find it."""

    def _get_size(self) -> None:
        return None


class _Reader(ExcelReader):  # type: ignore[misc]  # openpyxl ships no types: its classes are Any to mypy
    """openpyxl's workbook reader, making `StreamedSheet`s; chart sheets are left out."""

    def read_worksheets(self) -> None:
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files or "chartsheet" in rel.Type:
                continue
            worksheet = StreamedSheet(self.wb, sheet.name, rel.target, self.shared_strings)
            worksheet.sheet_state = sheet.state
            self.wb._sheets.append(worksheet)


def open_streamed(path: Path) -> Workbook:
    """The workbook with its sheets ready to stream; close it with `.close()`."""
    reader = _Reader(str(path), read_only=True, data_only=True)
    try:
        reader.read()
    except BaseException:
        reader.archive.close()
        raise
    return reader.wb


def read_rows(worksheet: StreamedSheet, budget: CellBudget) -> list[list[Any]]:
    """The sheet's rows, `rows[0]` being Excel row 1, each up to its last value.

    Empty rows are only made once a later row holds a value, so a lone far cell is refused
    before anything is built for it.
    """
    book = worksheet.parent
    parser = WorkSheetParser(None, worksheet._shared_strings, data_only=True, epoch=book.epoch,
                             date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
    title = worksheet.title
    rows: list[list[Any]] = []
    width = 0
    last_number = 0  # rows must go down the sheet; openpyxl skips one that goes back too
    row_elements = cell_elements = 0
    cell_parts = -1  # elements inside the cell being read; -1 outside a cell
    cells: dict[int, Any] = {}
    path: list[Any] = []  # the open elements, root first
    with worksheet._get_source() as source:
        for event, element in iterparse(source, events=("start", "end")):
            tag = element.tag
            if event == "start":
                path.append(element)
                if cell_parts >= 0:
                    cell_parts += 1
                    if cell_parts > xlsx_bounds.MAX_CELL_PARTS:
                        budget.refuse()
                elif tag == CELL_TAG:
                    cell_parts = 0
                    cell_elements += 1
                    if cell_elements > xlsx_bounds.MAX_CELLS:
                        budget.refuse()
                elif tag == ROW_TAG:
                    row_elements += 1
                    if row_elements > xlsx_bounds.EXCEL_ROWS:  # more rows than a sheet has
                        budget.check_row(title, row_elements, 0, 0)
                    number = element.get("r")
                    parser.row_counter = int(float(number)) if number else parser.row_counter + 1
                    parser.col_counter = 0
                    cells = {}
                continue
            path.pop()
            if tag == CELL_TAG:
                cell = parser.parse_cell(element)
                cell_parts = -1
                if cell["value"] is not None:
                    budget.check_column(title, parser.row_counter, cell["column"])
                    cells[cell["column"]] = cell["value"]
            elif tag == ROW_TAG:
                number = parser.row_counter
                if cells and number > last_number:
                    last = max(cells)
                    budget.check_row(title, number, last, width)
                    rows.extend([] for _ in range(number - 1 - len(rows)))
                    row: list[Any] = [None] * last
                    for column, value in cells.items():
                        row[column - 1] = value
                    rows.append(row)
                    width = max(width, last)
                last_number = max(last_number, number)
                cells = {}
            if cell_parts >= 0:
                continue  # a cell's value and formula are read when the cell ends
            if path:
                path[-1].remove(element)
            element.clear()
    return rows
