"""Cells read the way officers type them: dates, amounts, coded values, flags, identifiers."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest

from kttt_desktop.core.records.identifiers import check_tax_code, make_tax_code
from kttt_desktop.core.xlsx.sheet_layout import sheet_columns
from kttt_desktop.core.xlsx.values import read_cell, read_choice


def column(record_type: str, key: str):
    return next(c for c in sheet_columns(record_type) if c.key == key)


def read(record_type: str, key: str, raw, scale: int = 1):
    value, issues = read_cell(column(record_type, key), raw, scale)
    return value, [(i.level, i.code) for i in issues]


@pytest.mark.parametrize("raw, expected", [
    ("12/03/1975", "1975-03-12"),
    ("5-9-1990", "1990-09-05"),
    ("5.9.1990", "1990-09-05"),
    (" 05 / 09 / 1990 ", "1990-09-05"),
    ("1990-09-05", "1990-09-05"),
    (datetime(1980, 7, 2, 0, 0), "1980-07-02"),
    (date(1980, 7, 2), "1980-07-02"),
])
def test_dates_in_every_usual_shape(raw, expected):
    assert read("member", "birth_date", raw) == (expected, [])


@pytest.mark.parametrize("raw", ["1988", 1988, 1988.0])
def test_a_year_alone_is_the_first_of_january_with_a_warning(raw):
    assert read("member", "birth_date", raw) == ("1988-01-01", [("warning", "import_year_only")])


def test_a_day_number_from_pasted_values_is_a_date_with_a_warning():
    assert read("member", "joined_on", 43845) == ("2020-01-15", [("warning", "import_date_serial")])


@pytest.mark.parametrize("raw", ["5/9/90", "03/1975", "ngày 5", 123])
def test_unreadable_dates_are_errors(raw):
    assert read("member", "birth_date", raw) == (None, [("error", "bad_date")])


@pytest.mark.parametrize("raw", ["31/11/1985", "29/02/2023"])
def test_dates_that_do_not_exist_are_errors_that_say_so(raw):
    assert read("member", "birth_date", raw) == (None, [("error", "impossible_date")])


@pytest.mark.parametrize("raw, expected", [
    ("20.000.000", 20_000_000), ("15,000,000", 15_000_000), ("5.000.000 đ", 5_000_000),
    ("5.000.000đ", 5_000_000), ("1 250 000 VNĐ", 1_250_000), (20000000, 20_000_000),
    (20000000.0, 20_000_000), (0, 0), ("0", 0),
])
def test_amounts(raw, expected):
    assert read("member", "capital_vnd", raw) == (expected, [])


@pytest.mark.parametrize("raw", ["12,5", "20 triệu", "đ", 1.5])
def test_unreadable_amounts_are_errors(raw):
    assert read("member", "capital_vnd", raw) == (None, [("error", "bad_money")])


@pytest.mark.parametrize("raw, scale, expected", [
    (1250, 1_000_000, 1_250_000_000), ("2,5", 1_000_000, 2_500_000), (2.5, 1_000_000, 2_500_000),
    ("1.500", 1_000, 1_500_000), ("500", 1_000, 500_000),
])
def test_amounts_in_a_column_counted_in_thousands_or_millions(raw, scale, expected):
    assert read("organization", "charter_capital_vnd", raw, scale) == (expected, [])


@pytest.mark.parametrize("raw, code", [
    ("Hà Nhì", "35"), ("ha nhi", "35"), ("HÀ NHÌ", "35"), ("Hà-Nhì", "35"), ("35", "35"), (35, "35"),
    (35.0, "35"), ("5", "05"), ("Mông", "08"), ("H'Mông", "08"), ("Khơ me", "05"), ("Thái", "03"),
    ("Tày", "02"), ("Ê Đê", "12"), ("Dao", "09"),
])
def test_ethnic_group_by_name_or_code(raw, code):
    assert read("member", "ethnicity_code", raw) == (code, [])


@pytest.mark.parametrize("raw", ["Việt Kiều", "55", "0"])
def test_unknown_ethnic_group(raw):
    assert read("member", "ethnicity_code", raw) == (None, [("error", "import_bad_ethnicity")])


@pytest.mark.parametrize("catalog, raw, code", [
    ("gender", "Nam", "male"), ("gender", "nữ", "female"), ("gender", "NỮ", "female"), ("gender", "nu", "female"),
    ("gender", "male", "male"),
    ("membership", "Chính thức", "official"), ("membership", "chính thức", "official"),
    ("membership", "Thành viên chính thức", "official"), ("membership", "Liên kết góp vốn", "associate_capital"),
    ("membership", "Liên kết không góp vốn", "associate_no_capital"),
    ("organization_status", "Đã giải thể", "dissolved"), ("organization_status", "đang hoạt động", "active"),
    ("organization_kind", "HTX", "htx"), ("organization_kind", "Tổ hợp tác", "tht"),
    ("sector", "Xây dựng", "industry_construction"), ("support_stage", "giải ngân", "disbursed"),
])
def test_coded_values_by_label_in_any_case_or_by_code(catalog, raw, code):
    assert read_choice(catalog, raw) == code


def test_an_unknown_coded_value_lists_the_choices():
    value, issues = read_cell(column("member", "gender"), "x")
    assert value is None and issues[0].code == "import_bad_choice"
    assert issues[0].params["allowed"] == "Nam; Nữ"


@pytest.mark.parametrize("raw, flag", [("Có", True), ("có", True), ("x", True), ("X", True), (1, True),
                                       (True, True), ("Không", False), ("k", False), (0, False)])
def test_flags(raw, flag):
    assert read("worker", "is_member", raw) == (flag, [])


def test_an_unreadable_flag_is_an_error():
    assert read("worker", "is_member", "có lẽ") == (None, [("error", "bad_bool")])


def _tax_code_with_leading_zero() -> str:
    for serial in range(1, 1000):
        try:
            return make_tax_code(f"01{serial:07d}")
        except ValueError:
            continue
    raise AssertionError("no code")


def test_number_cells_get_back_the_leading_zero_excel_dropped():
    assert read("member", "id_number", 12075001234) == ("012075001234", [])
    assert read("member", "phone", 912345678) == ("0912345678", [])
    assert read("organization", "commune_code", 3433) == ("03433", [])
    code = _tax_code_with_leading_zero()
    assert check_tax_code(code) is None
    assert read("organization", "registration_code", int(code)) == (code, [])
    assert read("member", "organization_code", float(int(code))) == (code, [])


def test_text_cells_are_read_as_typed():
    # An ID number typed as text with a digit missing is not "repaired": validation refuses it.
    assert read("member", "id_number", "12185000111") == ("12185000111", [])
    decomposed = unicodedata.normalize("NFD", "Lò  Thị   Mai ")
    assert read("member", "full_name", decomposed) == ("Lò Thị Mai", [])
    assert read("organization", "notes", "  Dòng một\nDòng hai ") == ("Dòng một\nDòng hai", [])
    assert read("member", "id_issued_by", datetime(2021, 4, 1)) == ("01/04/2021", [])


def test_empty_cells_and_formula_errors():
    assert read("member", "birth_date", None) == (None, [])
    assert read("member", "full_name", "   ") == (None, [])
    assert read("member", "birth_date", "#N/A") == (None, [("error", "import_excel_error")])
    assert read("organization", "ocop_stars", "4") == (4, [])
    assert read("organization", "ocop_stars", "4 sao") == (None, [("error", "bad_int")])
