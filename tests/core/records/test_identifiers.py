"""Tax codes, ID numbers and phones: one stored shape, and the right message code when wrong."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st
from stdnum.vn import mst

from kttt_desktop.core.records.identifiers import (
    CccdInfo,
    check_id_number,
    check_phone,
    check_tax_code,
    make_cccd,
    make_tax_code,
    normalize_id_number,
    normalize_phone,
    normalize_tax_code,
    parse_cccd,
)

# Valid codes computed with stdnum; the literals pin the formula against a silent change.
VALID_CODES = [make_tax_code(p) for p in ("010010906", "031440905", "010023348", "270012345")]


def test_valid_codes_fixture() -> None:
    assert VALID_CODES == ["0100109064", "0314409058", "0100233488", "2700123459"]
    assert all(mst.is_valid(code) for code in VALID_CODES)


# --- tax codes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0100233488", "0100233488"),
        (" 0100 233 488 ", "0100233488"),
        ("01.00.233.488", "0100233488"),
        ("0314409058-002", "0314409058-002"),
        ("0314409058002", "0314409058-002"),
        ("0312 68 78 78 - 001", "0312687878-001"),
        ("03.144.090.58.002", "0314409058-002"),
        ("", ""),
        ("01002-33488", "01002-33488"),  # a misplaced dash is left for the check to refuse
    ],
)
def test_normalize_tax_code(value: str, expected: str) -> None:
    assert normalize_tax_code(value) == expected


@pytest.mark.parametrize("code", VALID_CODES)
def test_check_tax_code_valid(code: str) -> None:
    assert check_tax_code(code) is None
    assert check_tax_code(f"{code[:4]} {code[4:7]}.{code[7:]}") is None


@pytest.mark.parametrize("code", VALID_CODES)
def test_check_tax_code_wrong_tenth_digit(code: str) -> None:
    for digit in "0123456789":
        if digit != code[9]:
            assert check_tax_code(code[:9] + digit) == "tax_code_checksum"
            assert check_tax_code(code[:9] + digit + "-001") == "tax_code_checksum"


@pytest.mark.parametrize(
    "value",
    ["0314409058-002", "0314409058002", "0314409058-999", "0100233488 - 001", "0100233488-100"],
)
def test_check_tax_code_branch_valid(value: str) -> None:
    assert check_tax_code(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "",
        "12345",
        "010023348",  # 9 digits
        "01002334881",  # 11 digits
        "010023348812345",  # 15 digits
        "0100233488-01",
        "0100233488-0001",
        "0100233488-000",  # branches count from 001
        "0100233488000",
        "01002-33488",
        "010023348A",
        "0100233488/001",
        "０１００２３３４８８",  # full-width digits
        "0100000000",  # all-zero serial refused by stdnum
    ],
)
def test_check_tax_code_format(value: str) -> None:
    assert check_tax_code(value) == "tax_code_format"


def test_check_tax_code_prefix_without_check_digit() -> None:
    # 010000005 weighs to a multiple of 11, so stdnum's digit would be "10": no tenth digit fits.
    assert mst.calc_check_digit("010000005") == "10"
    assert all(check_tax_code("010000005" + d) == "tax_code_checksum" for d in "0123456789")


def test_make_tax_code() -> None:
    assert make_tax_code("010010906") == "0100109064"
    assert make_tax_code("010000001") == "0100000010"  # check digit 0 is fine


@pytest.mark.parametrize(
    "first9",
    [
        "010000005",  # no valid check digit
        "010000017",
        "010000000",  # all-zero serial
        "01001090",
        "0100109060",
        "01001090a",
        "",
    ],
)
def test_make_tax_code_refuses(first9: str) -> None:
    with pytest.raises(ValueError):
        make_tax_code(first9)


@given(st.from_regex(r"[0-9]{9}", fullmatch=True))
def test_make_tax_code_property(first9: str) -> None:
    try:
        code = make_tax_code(first9)
    except ValueError:
        assert not any(mst.is_valid(first9 + d) for d in "0123456789")
        return
    assert code.startswith(first9) and len(code) == 10
    assert mst.is_valid(code)
    assert check_tax_code(code) is None


# --- ID numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("001 088 012 345", "001088012345"),
        ("001.088.012.345", "001088012345"),
        (" 123456789 ", "123456789"),
        ("", ""),
    ],
)
def test_normalize_id_number(value: str, expected: str) -> None:
    assert normalize_id_number(value) == expected


@pytest.mark.parametrize("value", ["001088012345", "001 088 012 345", "123456789", "123.456.789"])
def test_check_id_number_valid(value: str) -> None:
    assert check_id_number(value) is None


@pytest.mark.parametrize(
    "value",
    ["", "12345678", "1234567890", "12345678901", "0010880123456", "00108801234a", "001-088-012-345",
     "１２３４５６７８９"],
)
def test_check_id_number_format(value: str) -> None:
    assert check_id_number(value) == "id_number_format"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("001088012345", CccdInfo("001", "male", 1988)),
        ("079190000001", CccdInfo("079", "female", 1990)),
        ("036205123456", CccdInfo("036", "male", 2005)),
        ("036301123456", CccdInfo("036", "female", 2001)),
        ("001400000000", CccdInfo("001", "male", 2100)),
        ("001599000000", CccdInfo("001", "female", 2199)),
        ("001600000000", CccdInfo("001", "male", 2200)),
        ("001700000000", CccdInfo("001", "female", 2200)),
        ("001800000000", CccdInfo("001", "male", 2300)),
        ("001999000000", CccdInfo("001", "female", 2399)),
        ("001 088 012 345", CccdInfo("001", "male", 1988)),
    ],
)
def test_parse_cccd(value: str, expected: CccdInfo) -> None:
    assert parse_cccd(value) == expected


@pytest.mark.parametrize("value", ["", "123456789", "00108801234", "0010880123456", "00108801234x"])
def test_parse_cccd_none(value: str) -> None:
    assert parse_cccd(value) is None


def test_cccd_info_is_frozen() -> None:
    info = CccdInfo("001", "male", 1988)
    with pytest.raises(AttributeError):
        info.birth_year = 1989  # type: ignore[misc]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("001", "male", 1988, 12345), "001088012345"),
        (("079", "female", 1990, 1), "079190000001"),
        (("036", "male", 2005, 123456), "036205123456"),
        (("036", "female", 2001, 999999), "036301999999"),
        (("001", "female", 2399, 0), "001999000000"),
    ],
)
def test_make_cccd(args: tuple[str, str, int, int], expected: str) -> None:
    assert make_cccd(*args) == expected


@pytest.mark.parametrize(
    "args",
    [
        ("01", "male", 1988, 1),
        ("0011", "male", 1988, 1),
        ("001", "other", 1988, 1),
        ("001", "Male", 1988, 1),
        ("001", "male", 1899, 1),
        ("001", "male", 2400, 1),
        ("001", "male", 1988, -1),
        ("001", "male", 1988, 1_000_000),
    ],
)
def test_make_cccd_refuses(args: tuple[str, str, int, int]) -> None:
    with pytest.raises(ValueError):
        make_cccd(*args)


@given(
    st.from_regex(r"[0-9]{3}", fullmatch=True),
    st.sampled_from(["male", "female"]),
    st.integers(min_value=1900, max_value=2399),
    st.integers(min_value=0, max_value=999_999),
)
def test_cccd_round_trip(province: str, gender: str, year: int, serial: int) -> None:
    number = make_cccd(province, gender, year, serial)
    assert check_id_number(number) is None
    assert parse_cccd(number) == CccdInfo(province, gender, year)


# --- phones ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0912345678", "0912345678"),
        ("0912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("0912-345-678", "0912345678"),
        ("+84912345678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("84912345678", "0912345678"),
        ("0084912345678", "0912345678"),
        ("+84 (0) 912 345 678", "0912345678"),
        ("(024) 3825 1234", "02438251234"),
        ("+84 24 3825 1234", "02438251234"),
        ("842438251234", "02438251234"),
        ("8491", "8491"),  # too short to be the country-code form
        ("", ""),
    ],
)
def test_normalize_phone(value: str, expected: str) -> None:
    assert normalize_phone(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "0312345678",
        "0512345678",
        "0712345678",
        "0812345678",
        "0912345678",
        "+84 912 345 678",
        "84 912 345 678",
        "02438251234",  # Hà Nội landline
        "0213 3812 345",  # Lai Châu landline, 11 digits
        "(028) 3829 5555",
    ],
)
def test_check_phone_valid(value: str) -> None:
    assert check_phone(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "",
        "912345678",  # no leading 0
        "091234567",  # 9 digits
        "09123456789",  # 11-digit mobile
        "0212345678",  # 10-digit number starting 02
        "024382512345",  # 12 digits
        "0112345678",
        "0412345678",
        "0612345678",
        "1900123456",
        "0912abc678",
        "０９１２３４５６７８",  # full-width digits
    ],
)
def test_check_phone_format(value: str) -> None:
    assert check_phone(value) == "phone_format"
