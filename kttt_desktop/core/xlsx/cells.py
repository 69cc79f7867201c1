"""Putting a value into a spreadsheet cell so that text always stays text.

A name such as `=HYPERLINK("http://…","Bấm vào đây")` or `+84 912…` may reach the database
from a form, an officer's own list or a lower level's package. openpyxl turns any string that
starts with "=" into a live formula, and a spreadsheet program takes text starting with "+",
"-" or "@" (or a tab or carriage return) for one as soon as somebody edits the cell: whoever
opens the export would run what the text says (the formula-injection advice OWASP gives for
CSV applies to .xlsx too). Such text is written as a text cell with Excel's own "quote
prefix" mark — exactly what Excel stores when someone types `'=…` — so it shows unchanged and
stays text when edited. Numbers are never touched: a negative amount stays a number.

Every writer of .xlsx files (the export, the summary report, the template) goes through here.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["FORMULA_STARTS", "is_formula_like", "text_cell", "write_value", "put"]

# First characters that make a spreadsheet read text as a formula (OWASP's list).
FORMULA_STARTS = frozenset("=+-@\t\r")
_MAX_TEXT = 32_767  # the most characters a cell holds


def is_formula_like(value: Any) -> bool:
    """Text a spreadsheet would take for a formula or an error value, not for text.

    Cheap on the common path (one slice and a set look-up), as the export calls it for every
    text value of a province's sheets.
    """
    if type(value) is not str:
        return False
    first = value[:1]
    return first in FORMULA_STARTS or (first == "#" and value in ERROR_CODES)


def _as_text(cell: Cell, value: str) -> Cell:
    """Make `cell` hold `value` as plain text: openpyxl's own type guess is bypassed."""
    cell._value = ILLEGAL_CHARACTERS_RE.sub("", value)[:_MAX_TEXT]
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def text_cell(sheet: WriteOnlyWorksheet, value: str) -> WriteOnlyCell:
    """A cell for a write-only sheet's `append` holding `value` as text (for values where
    `is_formula_like` is true; plain text can be appended as it is)."""
    cell = WriteOnlyCell(sheet)
    _as_text(cell, value)
    return cell


def write_value(cell: Cell, value: Any) -> Cell:
    """Put `value` into `cell`: numbers, dates and plain text as openpyxl would, text that looks
    like a formula as text."""
    if is_formula_like(value):
        return _as_text(cell, value)
    cell.value = value
    return cell


def put(sheet: Worksheet, row: int, column: int, value: Any) -> Cell:
    """`sheet.cell(row, column, value)`, except that no text ever becomes a formula."""
    return write_value(sheet.cell(row, column), value)
