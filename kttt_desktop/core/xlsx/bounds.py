"""How large a workbook the Excel import takes, checked before memory can grow.

An .xlsx is a zip of XML parts. A file of a few kilobytes can unpack to gigabytes (a
"decompression bomb"), or claim a cell at XFD1048576 so that a reader padding rows to the used
range builds a grid of seventeen billion cells. So, before openpyxl opens anything, the zip's
own table is read: the file, each part and the whole must stay under fixed sizes, and a large
part may not unpack to hundreds of times its packed size (Python's zip reader stops at the size
a part declares, so the declared sizes are the real ones). While the sheets are then streamed,
only real cells count — never the size a sheet claims — and the rows, columns and cells kept in
memory are bounded. Each refusal is a coded message that says what to do.

The limits are far above an officer's list (a commune's few thousand members, a district's
export) and keep the import within a few hundred megabytes: 100,000 rows of 15 filled
columns read in about 180 MB.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl.utils import get_column_letter

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.formats import format_money

__all__ = ["MAX_ROWS", "MAX_COLUMNS", "MAX_CELLS", "check_archive", "CellBudget"]

_MB = 1 << 20
MAX_FILE_BYTES = 200 * _MB
MAX_SHEET_PART_BYTES = 256 * _MB  # a sheet's XML is streamed, never held whole
MAX_STRINGS_PART_BYTES = 64 * _MB  # the shared strings, which openpyxl keeps in a list
MAX_OTHER_PART_BYTES = 16 * _MB  # styles, workbook…: parsed whole by openpyxl
MAX_UNPACKED_BYTES = 1024 * _MB
MAX_RATIO = 200  # real sheets pack 5 to 20 times; bombs about 1,000 times
RATIO_FROM_BYTES = 8 * _MB  # small parts may pack as well as they like
MAX_ROWS = 100_000  # per sheet, counted to the last row holding a value
EXCEL_ROWS = 1_048_576  # row elements a sheet may have at all, empty ones too
MAX_COLUMNS = 512  # counted to the last column holding a value
MAX_CELLS = 8_000_000  # rows × columns held for the whole workbook (what memory holds)
MAX_CELL_PARTS = 5_000  # XML elements inside one cell (rich text runs)
MAX_MERGED = 100_000  # merged blocks of one sheet (a district's list has a few thousand)
_SHEET_PARTS = "xl/worksheets/"
_STRINGS_PART = "xl/sharedStrings.xml"


def _mb(size: int) -> str:
    return format_money(max(1, round(size / _MB)))


def check_archive(path: Path) -> None:
    """Refuse, before anything is unpacked, a file whose zip table promises too much.

    A file that is not a zip at all was refused before (`file_kind.refuse_other_formats`);
    should one reach here it passes, and reading it fails with `import_damaged`.
    """
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise KtttError("import_file_too_large", path=str(path), size=_mb(size), limit=_mb(MAX_FILE_BYTES))
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    total = 0
    for part in parts:
        limit = (MAX_SHEET_PART_BYTES if part.filename.startswith(_SHEET_PARTS) else
                 MAX_STRINGS_PART_BYTES if part.filename == _STRINGS_PART else MAX_OTHER_PART_BYTES)
        if part.file_size > limit:
            raise KtttError("import_unpacked_too_large", path=str(path), part=part.filename,
                            size=_mb(part.file_size), limit=_mb(limit))
        if part.file_size > RATIO_FROM_BYTES and part.file_size > MAX_RATIO * max(1, part.compress_size):
            raise KtttError("import_compression_suspicious", path=str(path), part=part.filename,
                            ratio=format_money(part.file_size // max(1, part.compress_size)))
        total += part.file_size
    if total > MAX_UNPACKED_BYTES:
        raise KtttError("import_unpacked_too_large", path=str(path), part="*", size=_mb(total),
                        limit=_mb(MAX_UNPACKED_BYTES))


def _letter(column: int) -> str:
    try:
        letter: str = get_column_letter(column)
        return letter
    except ValueError:  # past any column Excel has: the number says it
        return format_money(column)


class CellBudget:
    """The cells the workbook's sheets may hold in memory together, spent sheet by sheet.

    A sheet holds `rows × columns` cells once its rows are padded to one width; `check_row`
    is called for each row that holds a value, with that row's number and last column.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.left = self.limit = MAX_CELLS

    def check_row(self, sheet: str, row: int, last_column: int, width: int) -> None:
        if row > MAX_ROWS:
            raise KtttError("import_sheet_too_many_rows", sheet=sheet, row=format_money(row),
                            limit=format_money(MAX_ROWS))
        self.check_column(sheet, row, last_column)
        if row * max(width, last_column) > self.left:
            self.refuse()

    def check_column(self, sheet: str, row: int, column: int) -> None:
        if column > MAX_COLUMNS:
            raise KtttError("import_sheet_too_many_columns", sheet=sheet, row=format_money(row),
                            column=_letter(column), limit=format_money(MAX_COLUMNS))

    def check_merged(self, count: int) -> None:
        """Refuse a sheet listing more merged blocks than any list has."""
        if count > MAX_MERGED:
            self.refuse()

    def spend(self, cells: int) -> None:
        """Take a finished sheet's cells (or the cells a merged block fills) off the budget."""
        self.left -= cells
        if self.left < 0:
            self.refuse()

    def refuse(self) -> None:
        raise KtttError("import_too_many_cells", path=str(self.path), limit=format_money(self.limit))
