"""Reading a workbook as the officer sees it: merged blocks, hidden sheets, ragged rows."""

from __future__ import annotations

from openpyxl import Workbook

from kttt_desktop.core.xlsx import source as xlsx_source
from kttt_desktop.core.xlsx.source import open_workbook


def _book(path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet["A1"] = "DANH SÁCH THÀNH VIÊN"
    sheet.merge_cells("A1:D1")
    sheet["B3"] = "HTX Chè"
    sheet.merge_cells("B3:B5")
    sheet["C3"] = "Lò Văn Pành"
    sheet["D7"] = "cuối"
    hidden = book.create_sheet("Ẩn")
    hidden["A1"] = "x"
    hidden.sheet_state = "hidden"
    book.save(path)
    return path


def test_merged_blocks_fill_down_but_not_across(tmp_path):
    sheet = open_workbook(_book(tmp_path / "a.xlsx")).sheet("Danh sách")
    assert sheet.rows[0] == ["DANH SÁCH THÀNH VIÊN", None, None, None]  # a title stays in its cell
    assert [sheet.value(row, 2) for row in (3, 4, 5, 6)] == ["HTX Chè", "HTX Chè", "HTX Chè", None]
    assert sheet.merged_bottom(3, 2) == 5 and sheet.merged_bottom(3, 3) == 3
    assert (sheet.max_row, sheet.max_column) == (7, 4)
    assert sheet.value(99, 1) is None and sheet.value(1, 99) is None


def test_merges_are_found_even_when_cut_across_read_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_source, "_CHUNK", 7)
    sheet = open_workbook(_book(tmp_path / "b.xlsx")).sheet("Danh sách")
    assert sorted(sheet.merged) == [(1, 1, 4, 1), (2, 3, 2, 5)]


def test_hidden_sheets_are_marked(tmp_path):
    book = open_workbook(_book(tmp_path / "c.xlsx"))
    assert book.sheet_names == ["Danh sách", "Ẩn"]
    assert [s.hidden for s in book.sheets] == [False, True]
    assert book.sheet("an").name == "Ẩn"  # named without marks
