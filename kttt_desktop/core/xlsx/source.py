"""Reading an Excel file as a grid of cell values, the way an officer sees it on screen.

Officers' own lists are made by hand: merged title rows, a header cell merged over two rows,
an organisation's name merged down beside all its members. A merged block holds its value in
its top-left cell only, so a block that runs down a column has that value copied into every
row it covers; a block that runs across (a title) is left in its first cell.

The sheets are streamed (`xlsx_stream`: fast and light even for a district's export) without
merged-cell information; the few `<mergeCell>` entries are picked out of the sheet's XML
separately. Formulas give the value Excel last calculated, never the formula. Only real cells
are read, within the bounds of `xlsx_bounds`: the size a sheet claims is not trusted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import range_boundaries

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.text import fold
from kttt_desktop.core.xlsx.bounds import CellBudget, check_archive
from kttt_desktop.core.xlsx.file_kind import refuse_other_formats
from kttt_desktop.core.xlsx.stream import open_streamed, read_rows

__all__ = ["SourceBook", "SourceSheet", "open_workbook", "RESERVED_SHEETS"]

# The template's own sheets: instructions and the hidden lists behind its drop-downs.
INSTRUCTIONS_SHEET = "Hướng dẫn"
LISTS_SHEET = "Danh mục"
RESERVED_SHEETS = (INSTRUCTIONS_SHEET, LISTS_SHEET)

# `<mergeCell ref="A1:E1"/>`, with or without a namespace prefix (some tools write `x:`).
_MERGE_CELL = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]+[0-9]+:[A-Z]+[0-9]+)\"")
_CHUNK = 1 << 20


@dataclass
class SourceSheet:
    """One sheet's values: `rows[0]` is Excel row 1, every row padded to `max_column`."""

    name: str
    rows: list[list[Any]]
    hidden: bool = False
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # min_col, min_row, max_col, max_row

    @property
    def max_row(self) -> int:
        return len(self.rows)

    @property
    def max_column(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def value(self, row: int, column: int) -> Any:
        """The value at an Excel row and column number (1-based); None outside the data."""
        if 1 <= row <= len(self.rows):
            cells = self.rows[row - 1]
            if 1 <= column <= len(cells):
                return cells[column - 1]
        return None

    def merged_bottom(self, row: int, column: int) -> int:
        """The last row of the merged block that starts at (row, column), or `row` itself."""
        for min_col, min_row, _max_col, max_row in self.merged:
            if min_row == row and min_col <= column <= _max_col:
                return max_row
        return row

    @property
    def reserved(self) -> bool:
        """A sheet of the template that holds no records (instructions, drop-down lists)."""
        return fold(self.name) in {fold(name) for name in RESERVED_SHEETS}


@dataclass
class SourceBook:
    path: Path
    sheets: list[SourceSheet]

    @property
    def sheet_names(self) -> list[str]:
        return [sheet.name for sheet in self.sheets]

    def sheet(self, name: str) -> SourceSheet:
        """The sheet of that name; the officer may type it without marks or in other case."""
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        for sheet in self.sheets:
            if fold(sheet.name) == fold(name):
                return sheet
        raise KtttError("import_unknown_sheet", sheet=name, sheets=", ".join(self.sheet_names))


def open_workbook(path: Path | str) -> SourceBook:
    """Read every sheet of an .xlsx into memory; refuses unreadable files, and files larger
    than the import takes (`xlsx_bounds`), with a coded error."""
    path = Path(path)
    if not path.is_file():
        raise KtttError("import_unreadable", path=str(path), reason="không có tệp này")
    refuse_other_formats(path)
    check_archive(path)
    try:
        workbook = open_streamed(path)
    except PermissionError as exc:
        raise KtttError("import_locked", path=str(path)) from exc
    except Exception as exc:  # noqa: BLE001 - a damaged file fails in many ways (zip, XML, values)
        raise KtttError("import_damaged", path=str(path)) from exc
    budget = CellBudget(path)
    try:
        sheets = []
        for worksheet in workbook.worksheets:
            rows = _pad(read_rows(worksheet, budget))  # first: a sheet too large stops early
            merged = _merged_ranges(worksheet, budget)
            budget.spend(len(rows) * max((len(row) for row in rows), default=0))
            sheet = SourceSheet(worksheet.title, rows, worksheet.sheet_state != "visible", merged)
            _fill_down_merged(sheet, budget)
            sheets.append(sheet)
    except KtttError:
        raise
    except Exception as exc:  # noqa: BLE001 - as above: a half-copied file breaks its XML
        raise KtttError("import_damaged", path=str(path)) from exc
    finally:
        workbook.close()
    return SourceBook(path, sheets)


def _pad(rows: list[list[Any]]) -> list[list[Any]]:
    """Drop trailing empty rows and give every row the same width."""
    while rows and all(value is None or value == "" for value in rows[-1]):
        rows.pop()
    width = max((len(row) for row in rows), default=0)
    for row in rows:
        if len(row) < width:
            row.extend([None] * (width - len(row)))
    return rows


def _merged_ranges(worksheet: Any, budget: CellBudget) -> list[tuple[int, int, int, int]]:
    """The merged blocks of a read-only sheet, scanned out of its XML in large chunks."""
    get_source = getattr(worksheet, "_get_source", None)
    if get_source is None:  # not a streamed sheet: openpyxl knows them already
        ranges = getattr(worksheet, "merged_cells", None)
        return [range_boundaries(str(r)) for r in ranges.ranges] if ranges else []
    found: list[tuple[int, int, int, int]] = []
    with get_source() as source:
        for ref in _scan(source):
            found.append(range_boundaries(ref))
            budget.check_merged(len(found))
    return found


def _scan(source: Any) -> Iterator[str]:
    """Every merge reference in a stream, including one cut across two chunks."""
    tail = b""
    while True:
        chunk = source.read(_CHUNK)
        if not chunk:
            break
        data = tail + chunk
        end = 0
        for match in _MERGE_CELL.finditer(data):
            yield match.group(1).decode("ascii")
            end = match.end()
        tail = data[max(end, len(data) - 200):]  # a tag is far shorter than 200 bytes


def _fill_down_merged(sheet: SourceSheet, budget: CellBudget) -> None:
    """Copy a merged block's value into every row it covers, in its first column (the
    copies count against the budget: thousands of overlapping blocks would otherwise keep
    the import busy for hours)."""
    for min_col, min_row, _max_col, max_row in sheet.merged:
        if max_row <= min_row or min_row > sheet.max_row:
            continue
        value = sheet.value(min_row, min_col)
        last = min(max_row, sheet.max_row)
        budget.spend(last - min_row)
        for row in range(min_row + 1, last + 1):
            cells = sheet.rows[row - 1]
            if min_col <= len(cells) and cells[min_col - 1] is None:
                cells[min_col - 1] = value
