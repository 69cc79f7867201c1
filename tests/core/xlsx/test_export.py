"""The Excel export read back with openpyxl: layout, cell types and formats, filters, and
that a cancelled or failed export leaves nothing half-written behind."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from kttt_desktop.core import files
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.progress import Cancelled
from kttt_desktop.core.xlsx import export as xlsx_export
from kttt_desktop.core.xlsx.export import export_query, export_workbook
from kttt_desktop.core.xlsx.sheet_layout import SHEET_NAMES, sheet_columns
from tests.core.factories import htx, member, tax_code
from tests.core.progress_watch import Watched


@pytest.fixture
def data(core_registry):
    """Two organisations; A has two members (one deleted), a worker and a support record."""
    r = core_registry
    code = tax_code()
    a = r.create("organization", htx(name="HTX Chè Bum Tở", registration_code=code,
                                     registration_date="2019-05-10", charter_capital_vnd=1_250_000_000,
                                     value_chain=True, ocop_stars=3)).record
    b = r.create("organization", htx(name="THT Mật ong Pa Vệ Sủ", kind="tht", value_chain=False)).record
    m1 = r.create("member", member(a["id"], full_name="Lò Thị Mai", birth_date="1988-02-29",
                                   gender="female", ethnicity_code="35", capital_vnd=25_500_000,
                                   joined_on="2020-01-15")).record
    gone = r.create("member", member(a["id"], full_name="Vàng A Sử")).record
    r.delete("member", gone["id"], "Nhập nhầm")
    r.create("member", member(b["id"], full_name="Giàng Thị Dơ", membership="member"))
    r.create("worker", {"organization_id": a["id"], "full_name": "Pờ Văn Lả", "is_member": True,
                        "started_on": "2021-03-01", "contract": "seasonal"})
    r.create("support", {"organization_id": a["id"], "category": "training", "content": "Tập huấn chè",
                         "decision_date": "2022-05-01", "amount_vnd": 100_000_000, "stage": "disbursed"})
    return {"registry": r, "a": a, "b": b, "m1": m1, "gone": gone, "code": code}


def _rows(sheet) -> list[dict[str, object]]:
    """The data rows of a sheet as {header: cell}."""
    header = [cell.value for cell in sheet[1]]
    return [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)]


@pytest.fixture
def out(tmp_path) -> Path:
    """An empty folder for the exports (the database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _export(registry, folder: Path, **options) -> tuple[dict[str, int], object]:
    target = folder / "xuat.xlsx"
    counts = export_workbook(registry, target, **options)
    return counts, load_workbook(target)


def test_one_sheet_per_type_with_layout_headers_frozen_and_filtered(data, out):
    counts, book = _export(data["registry"], out)
    assert counts == {**dict.fromkeys(SHEET_NAMES, 0), "organization": 2, "member": 2, "worker": 1,
                      "support": 1, "status_change": 2}  # each organisation's first decision
    assert book.sheetnames == list(SHEET_NAMES.values())
    for record_type, title in SHEET_NAMES.items():
        sheet = book[title]
        columns = sheet_columns(record_type)
        header = list(sheet[1])
        assert [cell.value for cell in header] == ["STT", *(column.header for column in columns)]
        assert all(cell.font.bold and cell.fill.fill_type == "solid" and cell.alignment.wrap_text
                   for cell in header)
        assert sheet.freeze_panes == "A2"
        last = sheet.cell(1, len(columns) + 1).column_letter
        assert sheet.auto_filter.ref == f"A1:{last}{counts[record_type] + 1}"
        assert sheet.max_row == counts[record_type] + 1
        assert sheet.column_dimensions["B"].width == columns[0].width
        assert sheet.column_dimensions[last].width == columns[-1].width


def test_member_cells_carry_real_types_and_formats(data, out):
    _, book = _export(data["registry"], out)
    rows = {row["Họ và tên"].value: row for row in _rows(book[SHEET_NAMES["member"]])}
    mai = rows["Lò Thị Mai"]
    assert mai["Mã định danh (không sửa)"].value == data["m1"]["id"]
    assert mai["Mã số thuế của tổ chức"].value == data["code"]
    assert mai["Tên tổ chức"].value == "HTX Chè Bum Tở"
    born = mai["Ngày sinh"]
    assert born.is_date and born.value == datetime(1988, 2, 29)
    assert born.number_format == "dd/mm/yyyy"
    capital = mai["Vốn góp (đồng)"]
    assert capital.value == 25_500_000 and isinstance(capital.value, int)
    assert capital.number_format == "#,##0"
    assert mai["Giới tính"].value == "Nữ"
    assert mai["Dân tộc"].value == "Hà Nhì"
    assert mai["Loại thành viên"].value == "Cá nhân"
    assert mai["Hình thức thành viên"].value == "Thành viên chính thức"
    assert mai["Ngày ra khỏi"].value is None
    assert rows["Giàng Thị Dơ"]["Tên tổ chức"].value == "THT Mật ong Pa Vệ Sủ"


def test_organization_flags_numbers_and_labels(data, out):
    _, book = _export(data["registry"], out)
    rows = {row["Tên tổ chức"].value: row for row in _rows(book[SHEET_NAMES["organization"]])}
    tea, honey = rows["HTX Chè Bum Tở"], rows["THT Mật ong Pa Vệ Sủ"]
    assert tea["Loại hình"].value == "Hợp tác xã" and honey["Loại hình"].value == "Tổ hợp tác"
    assert tea["Tình trạng pháp lý"].value == "Đang hoạt động"
    assert tea["Liên kết chuỗi giá trị"].value == "Có" and honey["Liên kết chuỗi giá trị"].value == "Không"
    assert tea["Số sao OCOP cao nhất"].value == 3
    assert tea["Vốn điều lệ (đồng)"].value == 1_250_000_000
    assert tea["Vốn điều lệ (đồng)"].number_format == "#,##0"
    assert tea["Ngày đăng ký"].value == datetime(2019, 5, 10)


def test_child_sheets_name_their_organisation(data, out):
    _, book = _export(data["registry"], out)
    for record_type in ("worker", "support"):
        (row,) = _rows(book[SHEET_NAMES[record_type]])
        assert row["Mã số thuế của tổ chức"].value == data["code"]
        assert row["Tên tổ chức"].value == "HTX Chè Bum Tở"
    (worker,) = _rows(book[SHEET_NAMES["worker"]])
    assert worker["Là thành viên"].value == "Có"
    assert worker["Hợp đồng lao động"].value == "Thời vụ"
    (support,) = _rows(book[SHEET_NAMES["support"]])
    assert support["Số tiền (đồng)"].value == 100_000_000
    assert support["Nhóm chính sách"].value == "Nhân lực – đào tạo"


def test_deleted_records_are_left_out_unless_asked_for(data, out):
    counts, book = _export(data["registry"], out, record_types=["member"])
    names = [row["Họ và tên"].value for row in _rows(book[SHEET_NAMES["member"]])]
    assert counts == {"member": 2} and "Vàng A Sử" not in names
    assert book.sheetnames == [SHEET_NAMES["member"]]
    counts, book = _export(data["registry"], out, record_types=["member"], include_deleted=True)
    names = [row["Họ và tên"].value for row in _rows(book[SHEET_NAMES["member"]])]
    assert counts == {"member": 3} and "Vàng A Sử" in names


def test_sheets_keep_workbook_order_and_unknown_types_are_refused(data, out):
    counts, book = _export(data["registry"], out, record_types=["support", "organization"])
    assert book.sheetnames == [SHEET_NAMES["organization"], SHEET_NAMES["support"]]
    counts, book = _export(data["registry"], out, record_types="worker")
    assert counts == {"worker": 1} and book.sheetnames == [SHEET_NAMES["worker"]]
    with pytest.raises(KtttError) as raised:
        export_workbook(data["registry"], out / "x.xlsx", record_types=["members"])
    assert raised.value.code == "unknown_record_type"


def test_filter_by_organisation(data, out):
    counts, book = _export(data["registry"], out, organization_id=data["b"]["id"])
    assert counts == {**dict.fromkeys(SHEET_NAMES, 0), "organization": 1, "member": 1, "status_change": 1}
    (org,) = _rows(book[SHEET_NAMES["organization"]])
    assert org["Tên tổ chức"].value == "THT Mật ong Pa Vệ Sủ"
    (person,) = _rows(book[SHEET_NAMES["member"]])
    assert person["Họ và tên"].value == "Giàng Thị Dơ"
    assert book[SHEET_NAMES["worker"]].max_row == 1  # the header alone
    with pytest.raises(KtttError) as raised:
        export_workbook(data["registry"], out / "x.xlsx", organization_id="no-such-id")
    assert raised.value.code == "record_not_found"


def test_control_characters_are_dropped_and_line_breaks_kept(data, out):
    r = data["registry"]
    # Typed entry and packages refuse control characters now; a database from an older
    # version may still hold them.
    with r.batch():
        r.conn.execute("UPDATE organization SET name = ?, notes = ? WHERE id = ?",
                       ("HTX Chè\x0b Bum Tở", "Dòng 1\nDòng 2\x07", data["a"]["id"]))
    _, book = _export(r, out)
    rows = {row["Tên tổ chức"].value: row for row in _rows(book[SHEET_NAMES["organization"]])}
    assert rows["HTX Chè Bum Tở"]["Ghi chú"].value == "Dòng 1\nDòng 2"
    (worker,) = _rows(book[SHEET_NAMES["worker"]])
    assert worker["Tên tổ chức"].value == "HTX Chè Bum Tở"


def test_progress_is_reported_up_to_the_total(data, out, monkeypatch):
    monkeypatch.setattr(xlsx_export, "PROGRESS_EVERY", 2)
    calls: list[tuple[int, int]] = []
    watched = Watched()
    export_workbook(data["registry"], out / "x.xlsx", progress=watched)
    calls.extend(watched.seen)
    assert calls[0] == (0, 8) and calls[-1] == (8, 8)  # six records and two first decisions
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert len(calls) > 3


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_cancel_leaves_no_file_and_keeps_an_earlier_export(data, out, monkeypatch):
    monkeypatch.setattr(xlsx_export, "PROGRESS_EVERY", 1)
    target = out / "xuat.xlsx"
    target.write_bytes(b"earlier export")
    sheet_files = set(openpyxl_writer.ALL_TEMP_FILES)
    with pytest.raises(Cancelled) as raised:
        export_workbook(data["registry"], target, progress=Watched(cancel_after=4))
    assert raised.value.code == "export_cancelled"
    assert "chưa tạo tệp nào" in str(raised.value)
    assert _leftovers(out) == ["xuat.xlsx"] and target.read_bytes() == b"earlier export"
    new_sheet_files = set(openpyxl_writer.ALL_TEMP_FILES) - sheet_files
    assert not any(Path(name).exists() for name in new_sheet_files)

    target.unlink()
    with pytest.raises(Cancelled):
        export_workbook(data["registry"], target, progress=Watched(cancel_after=0))
    assert _leftovers(out) == []


def test_unwritable_target_gives_a_coded_vietnamese_message(data, out):
    for target in (out / "không có" / "xuat.xlsx", out):
        with pytest.raises(KtttError) as raised:
            export_workbook(data["registry"], target)
        assert raised.value.code == "export_unwritable"
        assert str(target) in str(raised.value) and "Không ghi được tệp" in str(raised.value)
    assert _leftovers(out) == []


def test_the_file_gets_the_permissions_of_a_normal_file(data, out):
    ordinary = out / "ordinary.txt"
    ordinary.write_text("x")
    export_workbook(data["registry"], out / "xuat.xlsx")
    assert (out / "xuat.xlsx").stat().st_mode & 0o777 == ordinary.stat().st_mode & 0o777


def test_a_failed_move_into_place_leaves_no_temporary_file(data, out, monkeypatch):
    def locked(source, destination):  # the target is open in Excel (Windows)
        raise PermissionError(13, "Permission denied", str(destination))

    monkeypatch.setattr(files.os, "replace", locked)
    with pytest.raises(KtttError) as raised:
        export_workbook(data["registry"], out / "xuat.xlsx")
    assert raised.value.code == "export_unwritable"
    assert _leftovers(out) == []


def test_export_query_selects_one_value_per_sheet_column():
    for record_type in SHEET_NAMES:
        sql, params = export_query(record_type)
        selected = sql.split(" FROM ")[0].removeprefix("SELECT ").split(", ")
        assert len(selected) == len(sheet_columns(record_type)) and params == ()
    sql, params = export_query("member", include_deleted=True, organization_id="x")
    assert "deleted" not in sql and params == ("x",)


def _office() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_office() is None, reason="LibreOffice (soffice) is not installed; "
                                               "the export is only read back with openpyxl")
def test_libreoffice_opens_the_export(data, out, tmp_path):
    source = out / "xuat.xlsx"
    export_workbook(data["registry"], source, record_types=["member"])
    converted = tmp_path / "converted"
    profile = (tmp_path / "lo-profile").as_uri()  # its own profile: no clash with a running office
    # Comma-separated, UTF-8 (76), cells as shown on screen (last token): the formats count.
    csv_filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true'
    result = subprocess.run([_office(), f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                             csv_filter, "--outdir", str(converted), str(source)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = (converted / "xuat.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("STT,Mã số thuế của tổ chức,Tên tổ chức")
    assert lines[0].endswith(",Mã định danh (không sửa)")
    mai = next(line for line in lines if "Lò Thị Mai" in line)
    assert "29/02/1988" in mai and '"25,500,000"' in mai and "Hà Nhì" in mai


def test_lists_start_with_stt_and_the_human_columns_and_end_with_the_id(data, out):
    r = data["registry"]
    for name in ("Đinh Văn An", "Nguyễn Thị Ánh", "Dương Văn Bảo"):
        r.create("member", member(data["a"]["id"], full_name=name, id_number=None))
    _, book = _export(r, out)
    for title in SHEET_NAMES.values():
        sheet = book[title]
        header = [cell.value for cell in sheet[1]]
        assert header[0] == "STT" and header[-1] == "Mã định danh (không sửa)"
        assert header.index("Mã định danh (không sửa)") == len(header) - 1  # only there
        numbers = [row[0].value for row in sheet.iter_rows(min_row=2)]
        assert numbers == list(range(1, sheet.max_row))  # whole numbers, 1..n
    members = book[SHEET_NAMES["member"]]
    header = [cell.value for cell in members[1]]
    assert header[1:4] == ["Mã số thuế của tổ chức", "Tên tổ chức", "Loại thành viên"]
    names = [row[header.index("Họ và tên")].value for row in members.iter_rows(min_row=2)]
    # People by given name, Đ after D: An, Ánh, Bảo, Mai, then Dơ (Giàng Thị Dơ), as in the window.
    assert names == ["Đinh Văn An", "Nguyễn Thị Ánh", "Dương Văn Bảo", "Giàng Thị Dơ", "Lò Thị Mai"]
    ids = {row[-1].value for row in members.iter_rows(min_row=2)}
    assert data["m1"]["id"] in ids



def _five_members(data) -> None:
    """The fixture's two members and three more: 2 organisations, 5 members."""
    for name in ("Đinh Văn An", "Nguyễn Thị Ánh", "Dương Văn Bảo"):
        data["registry"].create("member", member(data["a"]["id"], full_name=name, id_number=None))


def test_every_list_sheet_prints_landscape_a4_one_page_wide_with_its_header(data, out):
    _five_members(data)
    _, book = _export(data["registry"], out)
    for title in SHEET_NAMES.values():
        sheet = book[title]
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and setup.paperSize == int(sheet.PAPERSIZE_A4), title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), title  # as many pages tall as needed
        assert sheet.print_title_rows == "$1:$1", title  # the header on every page
        assert sheet.freeze_panes == "A2", title


@pytest.mark.skipif(_office() is None, reason="LibreOffice (soffice) is not installed; "
                                               "the page setup is only read back with openpyxl")
def test_libreoffice_prints_a_small_export_on_a_handful_of_pages(data, out, tmp_path):
    from tests.ui.printing.pdf_tools import poppler

    _five_members(data)
    source = out / "xuat.xlsx"
    export_workbook(data["registry"], source)
    converted = tmp_path / "pdf"
    profile = (tmp_path / "lo-profile").as_uri()  # its own profile: no clash with a running office
    result = subprocess.run([_office(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                             "--outdir", str(converted), str(source)],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    pages = int(poppler("pdfinfo", str(converted / "xuat.pdf")).split("Pages:")[1].split()[0])
    # A few rows per sheet: each list fits on one page across, not strips of 3-4 columns.
    assert pages <= len(SHEET_NAMES), pages
