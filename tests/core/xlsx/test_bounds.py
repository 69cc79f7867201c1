"""The Excel import within bounds: a far cell, a sheet that claims a far used range, a
decompression bomb, a sheet of a million rows, too many cells or merged blocks — each file
built here, small, and each refused with its coded message before memory grows."""

from __future__ import annotations

import re
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.xlsx import bounds as xlsx_bounds, source as xlsx_source
from kttt_desktop.core.xlsx.source import open_workbook

MB = 1 << 20


def _list(path: Path, *far: str) -> Path:
    """A small member list, plus one value in each of the `far` cells."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Thành viên"
    sheet.append(["Họ và tên", "Ngày sinh"])
    sheet.append(["Lò Thị Mai", "15/03/1972"])
    for ref in far:
        sheet[ref] = "x"
    book.save(path)
    return path


def _rewrite(path: Path, target: Path, part: str, change) -> Path:
    """A copy of the workbook with one part's text changed."""
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == part:
                data = change(data.decode("utf-8")).encode("utf-8")
            new.writestr(item.filename, data)
    return target


def _refused(path: Path) -> KtttError:
    """The refusal, and how much memory reading the file took before it."""
    tracemalloc.start()
    try:
        with pytest.raises(KtttError) as caught:
            open_workbook(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 * MB, f"{peak / MB:.0f} MB"
    return caught.value


class Opened(BaseException):
    """Not an Exception: the reader must not turn it into a message."""


@pytest.fixture
def never_opened(monkeypatch):
    """Fails the test if openpyxl is asked to open the file at all."""
    def refuse(*args, **kwargs):
        raise Opened("openpyxl opened a file that should have been refused before")
    monkeypatch.setattr(xlsx_source, "open_streamed", refuse)


def test_one_cell_at_xfd1048576_is_refused_before_anything_is_built(tmp_path):
    path = _list(tmp_path / "xa.xlsx", "XFD1048576")
    assert path.stat().st_size < 10_000
    error = _refused(path)
    assert error.code == "import_sheet_too_many_columns"
    assert "Thành viên" in error.message() and "XFD" in error.message() and "1.048.576" in error.message()


def test_a_value_far_to_the_right_is_refused(tmp_path):
    error = _refused(_list(tmp_path / "phai.xlsx", "XFD5"))
    assert error.code == "import_sheet_too_many_columns"
    assert "XFD" in error.message() and "dòng 5" in error.message()


def test_a_value_far_down_is_refused(tmp_path):
    error = _refused(_list(tmp_path / "duoi.xlsx", "A1048576"))
    assert error.code == "import_sheet_too_many_rows"
    assert "1.048.576" in error.message() and "100.000" in error.message()


def test_a_far_used_range_that_the_cells_do_not_fill_is_not_trusted(tmp_path):
    """Some programs write a used range far beyond their cells: only the real cells count."""
    path = _rewrite(_list(tmp_path / "a.xlsx"), tmp_path / "claims.xlsx", "xl/worksheets/sheet1.xml",
                    lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:XFD1048576"', xml))
    tracemalloc.start()
    try:
        sheet = open_workbook(path).sheet("Thành viên")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sheet.rows == [["Họ và tên", "Ngày sinh"], ["Lò Thị Mai", "15/03/1972"]]
    assert peak < 20 * MB


def test_stray_cells_inside_the_bounds_still_read(tmp_path):
    sheet = open_workbook(_list(tmp_path / "a.xlsx", "E9")).sheet("Thành viên")
    assert (sheet.max_row, sheet.max_column) == (9, 5)
    assert sheet.rows[2] == [None] * 5 and sheet.value(9, 5) == "x"


def test_a_decompression_bomb_is_refused_before_openpyxl_opens_it(tmp_path, never_opened):
    """16 MB of blanks inside a valid sheet: the file is a few kilobytes."""
    path = _rewrite(_list(tmp_path / "a.xlsx"), tmp_path / "bom.xlsx", "xl/worksheets/sheet1.xml",
                    lambda xml: xml.replace("<sheetData>", "<sheetData>" + " " * (16 * MB)))
    assert path.stat().st_size < 100_000
    error = _refused(path)
    assert error.code == "import_compression_suspicious"
    assert "sheet1.xml" in error.message()


def test_a_part_that_unpacks_too_large_is_refused(tmp_path, monkeypatch, never_opened):
    monkeypatch.setattr(xlsx_bounds, "MAX_OTHER_PART_BYTES", 1 * MB)
    path = _rewrite(_list(tmp_path / "a.xlsx"), tmp_path / "styles.xlsx", "xl/styles.xml",
                    lambda xml: xml.replace("</styleSheet>", "<!--" + "".join(
                        f"{n:x}" for n in range(400_000)) + "--></styleSheet>"))
    error = _refused(path)
    assert error.code == "import_unpacked_too_large" and "xl/styles.xml" in error.message()


def test_a_file_too_large_is_refused_unopened(tmp_path, monkeypatch, never_opened):
    monkeypatch.setattr(xlsx_bounds, "MAX_FILE_BYTES", 1_000)
    error = _refused(_list(tmp_path / "a.xlsx"))
    assert error.code == "import_file_too_large"


def _rows(count: int) -> Iterator[bytes]:
    yield (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
           b'spreadsheetml/2006/main"><sheetData>')
    for start in range(1, count + 1, 10_000):
        yield "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c><c r="B{n}"><v>1</v></c></row>'
                      for n in range(start, min(start + 10_000, count + 1))).encode("ascii")
    yield b"</sheetData></worksheet>"


def test_a_sheet_of_1048575_rows_is_refused_at_the_limit_without_reading_on(tmp_path, monkeypatch):
    """Every row holds values; reading stops at the first row past the limit (lowered here
    so the test stays quick: the file itself has all its rows)."""
    base = _list(tmp_path / "a.xlsx")
    path = tmp_path / "trieu.xlsx"
    with zipfile.ZipFile(base) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                with new.open(item.filename, "w", force_zip64=True) as out:
                    for chunk in _rows(1_048_575):
                        out.write(chunk)
            else:
                new.writestr(item.filename, old.read(item))
    monkeypatch.setattr(xlsx_bounds, "MAX_ROWS", 5_000)
    error = _refused(path)
    assert error.code == "import_sheet_too_many_rows" and "5.001" in error.message()


def test_too_many_cells_over_the_workbook_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_bounds, "MAX_CELLS", 10)
    book = Workbook()
    for title in ("Tổ chức", "Thành viên"):
        sheet = book.create_sheet(title)
        for _ in range(3):
            sheet.append(["a", "b"])
    book.save(tmp_path / "hai.xlsx")
    with pytest.raises(KtttError) as caught:
        open_workbook(tmp_path / "hai.xlsx")
    assert caught.value.code == "import_too_many_cells"


def test_too_many_merged_blocks_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_bounds, "MAX_MERGED", 3)
    book = Workbook()
    sheet = book.active
    for row in range(1, 10, 2):
        sheet.cell(row, 1, "HTX")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)
    book.save(tmp_path / "gop.xlsx")
    with pytest.raises(KtttError) as caught:
        open_workbook(tmp_path / "gop.xlsx")
    assert caught.value.code == "import_too_many_cells"
