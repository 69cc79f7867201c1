"""The building blocks of a formatted report sheet: lines of text across the sheet and
bordered tables whose numbers stay numbers, in one look for every sheet of a report (the
summary's and the year's).

Text goes in through `xlsx_cells.put`, so none becomes a formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from kttt_desktop.core.xlsx.cells import put

COUNT_FORMAT = "#,##0"
SHARE_FORMAT = '#,##0.00" %"'  # indicators that are percentages hold 14.29, shown "14.29 %"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
NOTE = Font(italic=True, size=10)
HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
TOTAL_FILL = PatternFill("solid", start_color="F2F2F2", end_color="F2F2F2")
_THIN = Side(style="thin", color="808080")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)
HEADER_HEIGHT = 30.0  # two lines of a wrapped column header


class SheetWriter:
    """Writes a sheet top to bottom; `row` is the next free row, `last_column` the sheet's
    width in columns (what a line of text spans)."""

    def __init__(self, sheet: Worksheet, last_column: int) -> None:
        self.sheet = sheet
        self.last_column = last_column
        self.row = 1

    def line(self, text: str, font: Font | None = None, first: int = 1, last: int | None = None,
              align: str = "left", height: float | None = None) -> None:
        """One line of text across columns `first`..`last` (merged; the sheet's width unless
        given), then the next row."""
        last = self.last_column if last is None else last
        cell = put(self.sheet, self.row, first, text)
        if last > first:
            self.sheet.merge_cells(start_row=self.row, start_column=first, end_row=self.row, end_column=last)
        cell.alignment = Alignment(horizontal=align, vertical="top", wrap_text=True)
        if font is not None:
            cell.font = font
        if height is not None:
            self.sheet.row_dimensions[self.row].height = height
        self.row += 1

    def note(self, text: str) -> None:
        # Long notes wrap over the merged width; Excel does not grow merged rows by itself.
        self.line(text, NOTE, height=15.0 * (1 + len(text) // 120))

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]],
               formats: Sequence[str | None], total: Sequence[Any] | None = None,
               spans: Sequence[int] | None = None) -> None:
        """A bordered table; `spans` gives how many sheet columns each table column covers
        (a wide name column can span several), `formats` the number format of each."""
        spans = spans or [1] * len(headers)
        self.sheet.row_dimensions[self.row].height = HEADER_HEIGHT
        self.table_row(headers, [None] * len(headers), spans, header=True)
        for values in rows:
            self.table_row(values, formats, spans)
        if total is not None:
            self.table_row(total, formats, spans, total=True)
        self.row += 1

    def table_row(self, values: Sequence[Any], formats: Sequence[str | None], spans: Sequence[int],
                   header: bool = False, total: bool = False) -> None:
        column = 1
        for value, number_format, span in zip(values, formats, spans, strict=True):
            cell = put(self.sheet, self.row, column, value)
            for extra in range(column, column + span):
                self.sheet.cell(self.row, extra).border = GRID
            if span > 1:
                self.sheet.merge_cells(start_row=self.row, start_column=column, end_row=self.row,
                                       end_column=column + span - 1)
            if header:
                cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, CENTER
            else:
                if number_format and isinstance(value, (int, float)):
                    cell.number_format = number_format
                cell.alignment = CENTER if column == 1 and isinstance(value, int) else WRAP
                if total:
                    cell.font, cell.fill = BOLD, TOTAL_FILL
            column += span
        self.row += 1
