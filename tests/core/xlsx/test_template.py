"""The Excel template: sheets and headers of the layout, drop-downs, formats, instructions —
and that a filled-in template imports without a single remark."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from kttt_desktop.core import catalogs
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.xlsx.importer import apply_import, open_workbook, plan_workbook
from kttt_desktop.core.xlsx.sheet_layout import SHEET_NAMES, sheet_columns
from kttt_desktop.core.xlsx.template import write_template
from tests.core.factories import tax_code


@pytest.fixture
def template(tmp_path):
    path = write_template(tmp_path / "mau.xlsx")
    return load_workbook(path), path


def _validations(sheet) -> dict[str, object]:
    """Data validations by the first column they cover."""
    return {str(dv.sqref).split(":")[0].rstrip("0123456789"): dv for dv in sheet.data_validations.dataValidation}


def _list_values(book, formula: str) -> list[str]:
    """The labels a drop-down offers, read from the range it points at."""
    sheet_part, cells = formula.split("!")
    sheet = book[sheet_part.strip("'")]
    return [row[0].value for row in sheet[cells.replace("$", "")]]


def test_sheets_instructions_first_lists_hidden_last(template):
    book, _ = template
    assert book.sheetnames == ["Hướng dẫn", *SHEET_NAMES.values(), "Danh mục"]
    assert book["Danh mục"].sheet_state == "hidden"
    visible = ["visible"] * (1 + len(SHEET_NAMES))  # the instructions and every record sheet
    assert [book[name].sheet_state for name in book.sheetnames[:-1]] == visible


def test_each_sheet_has_the_layout_headers_with_required_and_id_columns_marked(template):
    book, _ = template
    for record_type, title in SHEET_NAMES.items():
        sheet = book[title]
        columns = sheet_columns(record_type)
        assert [c.value for c in sheet[1]] == [c.header for c in columns]
        assert sheet.freeze_panes == "A2"
        id_cell = sheet.cell(1, len(columns))  # the technical id is the last column
        assert id_cell.value == "Mã định danh (không sửa)"
        assert id_cell.fill.start_color.rgb.endswith("D9D9D9")  # and it is grey
        assert id_cell.comment is not None and "Để trống" in id_cell.comment.text
        assert not sheet["A1"].fill.start_color.rgb.endswith("D9D9D9")
    members = book[SHEET_NAMES["member"]]
    headers = [c.header for c in sheet_columns("member")]

    def red(header: str) -> bool:
        color = members.cell(1, headers.index(header) + 1).font.color
        return bool(color is not None and color.rgb.endswith("C00000"))

    assert red("Họ và tên")  # required, and nothing to fall back on
    assert not red("Hình thức thành viên") and not red("Ngày sinh")  # has a default / optional


def test_coded_columns_offer_their_catalogue_and_flags_offer_yes_no(template):
    book, _ = template
    members = book[SHEET_NAMES["member"]]
    letters = {c.key: chr(ord("A") + i) for i, c in enumerate(sheet_columns("member"))}
    validations = _validations(members)
    gender = validations[letters["gender"]]
    assert gender.type == "list" and gender.formula1.startswith("'Danh mục'!")
    assert _list_values(book, gender.formula1) == ["Nam", "Nữ"]
    ethnicity = _list_values(book, validations[letters["ethnicity_code"]].formula1)
    assert len(ethnicity) == 54 and ethnicity[34] == "Hà Nhì"
    membership = _list_values(book, validations[letters["membership"]].formula1)
    assert membership == [v.vi for v in catalogs.catalog("membership")]
    assert str(validations[letters["gender"]].sqref) == f"{letters['gender']}2:{letters['gender']}5000"

    workers = book[SHEET_NAMES["worker"]]
    flag = next(chr(ord("A") + i) for i, c in enumerate(sheet_columns("worker")) if c.key == "is_member")
    assert _list_values(book, _validations(workers)[flag].formula1) == ["Có", "Không"]


def test_dates_money_and_leading_zero_columns_are_formatted(template):
    book, _ = template
    members = book[SHEET_NAMES["member"]]
    letters = {c.key: chr(ord("A") + i) for i, c in enumerate(sheet_columns("member"))}
    assert members.column_dimensions[letters["birth_date"]].number_format == "dd/mm/yyyy"
    assert members.column_dimensions[letters["capital_vnd"]].number_format == "#,##0"
    assert members.column_dimensions[letters["id_number"]].number_format == "@"
    assert members.column_dimensions[letters["organization_code"]].number_format == "@"
    prompt = _validations(members)[letters["birth_date"]]
    assert prompt.type is None and "25/12/1980" in prompt.prompt  # a hint, not a refusal


def test_instructions_explain_formats_and_how_members_name_their_organisation(template):
    book, _ = template
    text = "\n".join(str(cell.value) for row in book["Hướng dẫn"].iter_rows() for cell in row if cell.value)
    assert "ngày/tháng/năm" in text and "25/12/1980" in text
    assert "20.000.000" in text
    assert "mã số thuế" in text and "đúng tên tổ chức" in text
    for record_type, title in SHEET_NAMES.items():
        assert f"Sheet «{title}»" in text
        for column in sheet_columns(record_type):
            assert column.header in text


def test_a_filled_template_imports_cleanly(core_registry, template):
    book, path = template
    code = tax_code()
    orgs = book[SHEET_NAMES["organization"]]
    org_headers = [c.value for c in orgs[1]]
    org_row = {"Loại hình": "Hợp tác xã", "Tên tổ chức": "HTX Chè Bum Tở", "Mã số HTX / mã số thuế": code,
               "Tình trạng pháp lý": "Đang hoạt động", "Ứng dụng công nghệ cao": "Có",
               "Vốn điều lệ (đồng)": 1_000_000_000, "Ngày đăng ký": datetime(2019, 5, 10)}
    for header, value in org_row.items():
        orgs.cell(2, org_headers.index(header) + 1, value)
    members = book[SHEET_NAMES["member"]]
    member_headers = [c.value for c in members[1]]
    member_row = {"Mã số thuế của tổ chức": code, "Loại thành viên": "Cá nhân",
                  "Hình thức thành viên": "Thành viên chính thức", "Họ và tên": "Lò Thị Mai",
                  "Ngày sinh": "29/02/1988", "Giới tính": "Nữ", "Dân tộc": "Hà Nhì",
                  "Số định danh cá nhân (CCCD)": "012188000321", "Vốn góp (đồng)": 20_000_000}
    for header, value in member_row.items():
        members.cell(2, member_headers.index(header) + 1, value)
    book.save(path)

    source = open_workbook(path)
    mappings = plan_workbook(source)
    assert [m.sheet for m in mappings] == list(SHEET_NAMES.values())  # instructions and lists skipped
    result = apply_import(core_registry, source, mappings)
    assert result.preview.issues == []
    [org] = core_registry.list_records("organization")
    assert (org["kind"], org["status"], org["high_tech"], org["registration_date"]) == \
        ("htx", "active", True, "2019-05-10")
    [mai] = core_registry.list_records("member")
    assert (mai["organization_id"], mai["kind"], mai["membership"], mai["ethnicity_code"], mai["gender"]) == \
        (org["id"], "individual", "official", "35", "female")


def test_an_unwritable_target_is_a_coded_error(tmp_path):
    with pytest.raises(KtttError) as caught:
        write_template(tmp_path / "no-such-folder" / "mau.xlsx")
    assert caught.value.code == "export_unwritable"
    assert not (tmp_path / "no-such-folder").exists()
