"""Excel export of the registry: one sheet per record type, in the layout of `sheet_layout`.

A province holds hundreds of thousands of members, so the export streams: rows come from a
SQLite cursor straight into a write-only workbook and are never gathered in a list. Typed
columns reuse one styled cell each (a new styled cell per value would double openpyxl's work),
and the tax code and name of a child record's organisation come from a dict read once.

Each sheet starts with STT (the row's number) and the columns people read; the technical id
is the last column. Values are written as the officer would type them: dates as real date
cells shown dd/mm/yyyy, money as whole numbers with thousands separators, coded values as
their Vietnamese names, flags as "Có"/"Không". Text that a spreadsheet would take for a
formula stays text (`xlsx_cells`). The same sheets can be read back by the Excel import,
which passes over STT.

The workbook is first written under a temporary name next to the target and moved into place
at the end, so a cancelled or failed export never leaves a half-written file where the officer
expects one, nor destroys an earlier export of the same name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from kttt_desktop.core import catalogs
from kttt_desktop.core.db import report_queries
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.files import saving_next_to
from kttt_desktop.core.formats import parse_date
from kttt_desktop.core.progress import Progress, Ticker
from kttt_desktop.core.records.fields import FieldKind, record_type_named
from kttt_desktop.core.xlsx.cells import FORMULA_STARTS, is_formula_like, text_cell
from kttt_desktop.core.xlsx.references import REFERENCES, label_of
from kttt_desktop.core.xlsx.sheet_layout import (
    NUMBER_HEADER,
    SHEET_NAMES,
    SheetColumn,
    sheet_columns,
)

if TYPE_CHECKING:
    import sqlite3

    from kttt_desktop.core.registry import Registry

__all__ = ["ALL_RECORD_TYPES", "DATE_FORMAT", "MONEY_FORMAT", "PROGRESS_EVERY", "export_workbook",
           "export_query"]

ALL_RECORD_TYPES: tuple[str, ...] = tuple(SHEET_NAMES)
DATE_FORMAT = "dd/mm/yyyy"
MONEY_FORMAT = "#,##0"
YES, NO = "Có", "Không"
PROGRESS_EVERY = 2000  # rows between two progress reports (and cancel checks)


# Characters an .xlsx file cannot hold (openpyxl refuses them): controls other than tab and
# line breaks. Word's "manual line break" (\x0b) pasted into a form is the usual way in.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# First characters after which a text value is looked at closely (`xlsx_cells`); "#" for the
# error values (#N/A…) openpyxl would otherwise write as errors.
_CHECKED_STARTS = FORMULA_STARTS | {"#"}

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
_HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center", horizontal="center")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="8EA9DB"))
_HEADER_HEIGHT = 45.0  # three lines of wrapped header text
_NUMBER_WIDTH = 6.0  # the STT column


def export_query(record_type: str, *, include_deleted: bool = False,
                 organization_id: str | None = None) -> tuple[str, tuple[Any, ...]]:
    """The SELECT the export reads one sheet from, and its parameters.

    It returns exactly one database value per sheet column, in sheet order: the organisation
    id stands in for both the tax-code and the name column (the export replaces it). Public
    so a benchmark can time a bare write of the very same rows.
    """
    rt = record_type_named(record_type)
    selected = ["organization_id" if column.key in ("organization_code", "organization_name")
                else column.field.name if column.field is not None else column.key
                for column in sheet_columns(rt)]
    return report_queries.export_select(rt.name, selected, include_deleted, organization_id)


def export_workbook(registry: Registry, path: Path | str, *,
                    record_types: Iterable[str] = ALL_RECORD_TYPES,
                    include_deleted: bool = False,
                    organization_id: str | None = None,
                    progress: Progress | None = None) -> dict[str, int]:
    """Write the records to one .xlsx at `path`; returns the rows written per record type.

    - `record_types`: which sheets, any of organization, member, worker, support; the sheets
      keep workbook order (organisations first) whatever order they are given in.
    - `include_deleted`: also write records that were deleted (by default they are left out,
      as in the lists of the window).
    - `organization_id`: only that organisation and its members, workers and support (the
      list of one organisation); an unknown id is refused with `record_not_found`.
    - `progress.report(done, total)` is called every few thousand rows, after a look at
      `progress.cancelled`; once that is True the export stops with `Cancelled("export_cancelled")`.

    Errors: `unknown_record_type`, `export_unwritable` (folder missing or read-only, file open
    in Excel), `export_cancelled`. In every failure the target is left as it was.
    """
    if isinstance(record_types, str):  # one type given bare: "member", not ("member",)
        record_types = (record_types,)
    wanted = {record_type_named(name).name for name in record_types}
    types = [name for name in ALL_RECORD_TYPES if name in wanted]
    conn = registry.conn
    if organization_id is not None and not registry.store.exists("organization", organization_id):
        raise KtttError("record_not_found", id=organization_id)
    target = Path(path)
    total = sum(report_queries.export_count(conn, name, include_deleted, organization_id) for name in types)
    organizations = _organization_lookup(registry) if any(t != "organization" for t in types) else {}

    workbook = Workbook(write_only=True)
    counts: dict[str, int] = {}
    try:
        # The temporary file is made first: a folder that cannot be written is said at once,
        # not after minutes of work.
        with saving_next_to(target) as temp:
            reporter = Ticker(total, progress, "export_cancelled", PROGRESS_EVERY)
            reporter.check()  # a cancel before the first row, and the bar at 0
            for name in types:
                sheet = workbook.create_sheet(SHEET_NAMES[name])
                statement = export_query(name, include_deleted=include_deleted, organization_id=organization_id)
                counts[name] = _write_sheet(sheet, name, report_queries.export_rows(conn, statement), organizations,
                                            reporter, _reference_labels(registry, name))
            if not types:
                workbook.create_sheet(SHEET_NAMES["organization"])  # a workbook needs one sheet
            reporter.finish()
            workbook.save(temp)
    except BaseException:
        _discard(workbook)
        raise
    return counts


def _organization_lookup(registry: Registry) -> dict[str, tuple[str, str]]:
    """Tax code and name of every organisation, deleted ones too (their records may be
    exported with them): one read instead of one per child row."""
    return {row[0]: (_clean(row[1] or ""), _clean(row[2] or ""))
            for row in report_queries.organization_labels(registry.conn)}


def _reference_labels(registry: Registry, record_type: str) -> dict[str, dict[str, str]]:
    """For each reference column of the sheet (a course's manager, its support): what to
    write for each record it may name, as `references.label_of` says."""
    lookups: dict[str, dict[str, str]] = {}
    for ref in REFERENCES.values():
        if ref.record_type != record_type:
            continue
        by_organization: dict[str, list[dict[str, Any]]] = {}
        for row in registry.store.referenced_siblings(ref.target, record_type, ref.field):
            by_organization.setdefault(row["organization_id"], []).append(row)
        labels: dict[str, str] = {}
        for rows in by_organization.values():
            live = [r for r in rows if not r["deleted"]]  # once per organisation, not per row
            labels.update((row["id"], _clean(label_of(ref.target, row, live))) for row in rows)
        lookups[ref.key] = labels
    return lookups


def _clean(text: Any) -> Any:
    """Text without the control characters a workbook cannot hold (line breaks stay)."""
    if type(text) is str and not text.isprintable():  # C-fast; only line breaks and controls fail
        return _ILLEGAL.sub("", text)
    return text


def _text(sheet: WriteOnlyWorksheet, value: str) -> Any:
    """Text as the sheet may hold it: without control characters, and never as a formula."""
    value = _clean(value)
    return text_cell(sheet, value) if is_formula_like(value) else value


def _write_sheet(sheet: WriteOnlyWorksheet, record_type: str, cursor: sqlite3.Cursor,
                 organizations: dict[str, tuple[str, str]], reporter: Ticker,
                 references: dict[str, dict[str, str]] | None = None) -> int:
    """STT, then one cell per sheet column for each row of `cursor` (in sheet order)."""
    columns = sheet_columns(record_type)
    sheet.column_dimensions["A"].width = _NUMBER_WIDTH
    for index, column in enumerate(columns, 2):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    _printable(sheet)
    sheet.row_dimensions[1].height = _HEADER_HEIGHT
    sheet.append([_header_cell(sheet, NUMBER_HEADER), *(_header_cell(sheet, column.header) for column in columns)])

    # Positions in a written row, where STT comes first.
    converters = [(index, converter) for index, column in enumerate(columns, 1)
                  if (converter := _converter(sheet, column, organizations, references or {})) is not None]
    # Any column but Có/Không may hold stored text (an unknown code, a hand-edited date).
    texts = [index for index, column in enumerate(columns, 1) if column.kind != FieldKind.BOOL]
    append = sheet.append
    rows = 0
    while True:
        batch = cursor.fetchmany(PROGRESS_EVERY)
        if not batch:
            break
        for number, raw in enumerate(batch, rows + 1):
            row = [number, *raw]
            for index, convert in converters:
                value = row[index]
                if value is not None:
                    row[index] = convert(value)
            for index in texts:
                value = row[index]
                if type(value) is str and (value[:1] in _CHECKED_STARTS or not value.isprintable()):
                    row[index] = _text(sheet, value)
            append(row)
        rows += len(batch)
        reporter.advance(len(batch))
    last = get_column_letter(len(columns) + 1)
    sheet.auto_filter.ref = f"A1:{last}{rows + 1}"
    return rows


def _printable(sheet: WriteOnlyWorksheet) -> None:
    """A page setup an officer can print: landscape A4, the whole width on one page (as many
    pages tall as the rows need), the header row on every page.

    Without it a printer (or LibreOffice's PDF) cuts each record into strips of three or four
    columns, dozens of pages for a handful of rows. A write-only sheet writes its properties
    with the first row, so this comes before the header is appended.
    """
    setup = sheet.page_setup
    setup.paperSize = Worksheet.PAPERSIZE_A4  # the write-only sheet lacks the constants
    setup.orientation = "landscape"
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"


def _header_cell(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, text)
    cell.font = _HEADER_FONT
    cell.fill = _HEADER_FILL
    cell.alignment = _HEADER_ALIGNMENT
    cell.border = _HEADER_BORDER
    return cell


def _converter(sheet: WriteOnlyWorksheet, column: SheetColumn, organizations: dict[str, tuple[str, str]],
               references: dict[str, dict[str, str]]) -> Callable[[Any], Any] | None:
    """How one column's stored value becomes a cell value; None for values written as read."""
    if column.key in references:
        labels_of = references[column.key]
        return lambda record_id: labels_of.get(record_id, "")
    if column.key == "organization_code":
        return lambda org_id: organizations.get(org_id, ("", ""))[0]
    if column.key == "organization_name":
        return lambda org_id: organizations.get(org_id, ("", ""))[1]
    kind = column.kind
    if kind == FieldKind.CODE and column.catalog:
        labels = {value.code: value.vi for value in catalogs.catalog(column.catalog)}
        return lambda code: labels.get(code, code)  # an unknown code is shown, not hidden
    if kind == FieldKind.BOOL:
        return lambda flag: YES if flag else NO
    if kind == FieldKind.DATE:
        return _date_converter(_styled_cell(sheet, DATE_FORMAT))
    if kind == FieldKind.MONEY:
        return _number_converter(_styled_cell(sheet, MONEY_FORMAT))
    return None


class _ColumnCell(Cell):  # type: ignore[misc]  # openpyxl ships no types: its classes are Any to mypy
    """The cell of a formatted column (dates, money), reused for every row of that column:
    the write-only sheet writes a row as soon as it is appended, so the cell is free again.

    openpyxl takes such a cell only after trying it as a plain value, which fails with the
    cell's description in the message, and it looks its style up again for every value. The
    style is looked up once here and the description is cheap, so a formatted value costs
    little more than a plain number: the export keeps within 1.3 times a bare openpyxl loop
    (`benchmarks/bench_reports.py`)."""

    __slots__ = ("_style_id",)

    def __repr__(self) -> str:
        return "<formatted column cell>"

    @property
    def style_id(self) -> int:
        style_id: int = self._style_id
        return style_id


def _styled_cell(sheet: WriteOnlyWorksheet, number_format: str) -> _ColumnCell:
    cell = _ColumnCell(sheet)
    cell.number_format = number_format
    cell._style_id = Cell.style_id.fget(cell)  # registers the format with the workbook
    return cell


def _date_converter(cell: _ColumnCell) -> Callable[[Any], Any]:
    """ISO text -> the reused date cell holding Excel's day number.

    Writing the day number under a date format is what Excel itself stores for a date; it
    spares openpyxl's per-cell date conversion, and a dict remembers the few thousand
    distinct dates of a province (birth dates repeat a lot).
    """
    serials: dict[str, int | None] = {}

    def convert(iso: Any) -> Any:
        try:
            serial = serials[iso]
        except KeyError:
            serial = serials[iso] = _excel_day(iso)
        if serial is None:  # not a date (a hand-edited database): show it as it is stored
            return iso
        cell.value = serial
        return cell

    return convert


def _excel_day(iso: Any) -> int | None:
    try:
        text = parse_date(iso)
    except ValueError:
        return None
    if text is None:
        return None
    return int(to_excel(date.fromisoformat(text)))


def _number_converter(cell: _ColumnCell) -> Callable[[Any], Any]:
    def convert(number: Any) -> Any:
        if not isinstance(number, (int, float)):
            return number  # text in a number column: shown as stored rather than failing
        cell.value = number
        return cell

    return convert


def _discard(workbook: Workbook) -> None:
    """Remove the sheets' temporary files of an export that will not be saved."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        rows = getattr(sheet, "_rows", None)
        try:
            if rows is not None:
                rows.close()
            writer.close()
            writer.cleanup()
        except (OSError, ValueError, RuntimeError):
            pass
