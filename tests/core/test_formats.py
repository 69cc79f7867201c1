"""Edge parsing: what officers type or Excel holds becomes ISO dates, integer VND and flags."""

from __future__ import annotations

import datetime
import decimal
import time

import pytest
from hypothesis import given, strategies as st

from kttt_desktop.core.formats import (
    ImpossibleDate,
    age_on,
    format_date,
    format_money,
    format_time,
    parse_bool,
    parse_date,
    parse_date_lenient,
    parse_money,
)

# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime.date(2024, 3, 12), "2024-03-12"),
        (datetime.datetime(2024, 3, 12, 15, 30), "2024-03-12"),
        ("2024-03-12", "2024-03-12"),
        ("2024-3-2", "2024-03-02"),
        ("2024-03-12 00:00:00", "2024-03-12"),
        ("2024-03-12T08:15", "2024-03-12"),
        ("12/03/2024", "2024-03-12"),
        ("12-03-2024", "2024-03-12"),
        ("12.03.2024", "2024-03-12"),
        ("5-9-1990", "1990-09-05"),
        ("5/9/1990", "1990-09-05"),
        (" 12 / 03 / 2024 ", "2024-03-12"),
        ("29/02/2024", "2024-02-29"),
    ],
)
def test_parse_date_accepts(value: object, expected: str) -> None:
    assert parse_date(value) == expected


def test_parse_date_is_day_first() -> None:
    assert parse_date("01/02/2024") == "2024-02-01"
    assert parse_date("02/01/2024") == "2024-01-02"


@pytest.mark.parametrize("value", [None, "", "   ", "\t\n"])
def test_parse_date_empty_is_none(value: object) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize("value", ["1988", 1988, " 1988 "])
def test_parse_date_bare_year_is_none(value: object) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "31/11/1985",  # November has 30 days
        "29/02/2023",  # not a leap year
        "29/02/1900",  # century, not a leap year
        "00/01/2024",
        "12/13/2024",  # month first would be 13th month
        "2024-02-30",
        "0000-01-01",
    ],
)
def test_parse_date_impossible_raises(value: str) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


@pytest.mark.parametrize("value, code, params", [
    ("31/02/2024", "impossible_date", {"value": "31/02/2024", "day": 31, "month": 2, "year": 2024, "days": 29}),
    ("29.02.2023", "impossible_date", {"value": "29/02/2023", "day": 29, "month": 2, "year": 2023, "days": 28}),
    ("2024-02-30", "impossible_date", {"value": "30/02/2024", "day": 30, "month": 2, "year": 2024, "days": 29}),
    ("15/13/2024", "impossible_month", {"value": "15/13/2024", "day": 15, "month": 13, "year": 2024}),
])
def test_a_well_written_date_that_does_not_exist_says_which(value: str, code: str, params: dict) -> None:
    with pytest.raises(ImpossibleDate) as caught:
        parse_date(value)
    assert (caught.value.code, caught.value.params) == (code, params)


@pytest.mark.parametrize("value", ["abc", "5/9/90", "0000-01-01", "12032024"])
def test_text_that_is_not_a_date_is_not_called_impossible(value: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_date(value)
    assert not isinstance(caught.value, ImpossibleDate)


@pytest.mark.parametrize(
    "value",
    [
        "5/9/90",  # two-digit year refused
        "05-09-90",
        "1/1/2",
        "abc",
        "12/03-2024",  # mixed separators
        "12/03/2024/1",
        "2024/03/12",
        "12032024",
        "198",
        "١٢/٠٣/٢٠٢٤",  # Arabic-Indic digits
        True,
        12.5,
        [2024, 3, 12],
    ],
)
def test_parse_date_garbage_raises(value: object) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1988", ("1988-01-01", True)),
        (1988, ("1988-01-01", True)),
        (" 2001 ", ("2001-01-01", True)),
        ("12/03/2024", ("2024-03-12", False)),
        (datetime.date(1990, 9, 5), ("1990-09-05", False)),
        (None, (None, False)),
        ("", (None, False)),
    ],
)
def test_parse_date_lenient(value: object, expected: tuple[str | None, bool]) -> None:
    assert parse_date_lenient(value) == expected


@pytest.mark.parametrize("value", ["31/11/1985", "0000", "5/9/90", "abc"])
def test_parse_date_lenient_still_refuses(value: str) -> None:
    with pytest.raises(ValueError):
        parse_date_lenient(value)


@pytest.mark.parametrize(
    ("iso", "expected"),
    [
        ("2024-03-12", "12/03/2024"),
        ("1990-09-05", "05/09/1990"),
        (None, ""),
        ("", ""),
        ("not a date", "not a date"),  # shown as stored, so it can be fixed
    ],
)
def test_format_date(iso: str | None, expected: str) -> None:
    assert format_date(iso) == expected


@given(st.dates(min_value=datetime.date(1000, 1, 1)))
def test_date_round_trip(day: datetime.date) -> None:
    iso = day.isoformat()
    assert parse_date(format_date(iso)) == iso
    assert parse_date(iso) == iso


# --- money -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (20_000_000, 20_000_000),
        (0, 0),
        (1_500_000.0, 1_500_000),
        (decimal.Decimal("2500000"), 2_500_000),
        (decimal.Decimal("2500000.00"), 2_500_000),
        ("20.000.000", 20_000_000),
        ("15,000,000", 15_000_000),
        ("5.000.000 đ", 5_000_000),
        ("5.000.000đ", 5_000_000),
        ("5.000.000 Đ", 5_000_000),
        ("5 000 000", 5_000_000),
        ("5\u00a0000\u00a0000", 5_000_000),  # non-breaking spaces from a spreadsheet
        ("5.000.000 VND", 5_000_000),
        ("5.000.000 vnđ", 5_000_000),
        ("5.000.000 đồng", 5_000_000),
        ("-1.000", -1_000),
        ("- 1.000", -1_000),
        ("+1.000", 1_000),
        ("1234567", 1_234_567),
        ("007", 7),
        ("  300.000  ", 300_000),
        ("1.000", 1_000),
        ("999", 999),
    ],
)
def test_parse_money_accepts(value: object, expected: int) -> None:
    result = parse_money(value)
    assert result == expected
    assert type(result) is int


@pytest.mark.parametrize("value", [None, "", "   "])
def test_parse_money_empty_is_none(value: object) -> None:
    assert parse_money(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "abc",
        "1.2.3x",
        "12,5",  # a decimal, not a thousands group
        "1.5",
        "1.0000",
        "1.000.00",
        "1.000,000",  # mixed separators
        "1,000.000",
        "1234.567",  # head longer than a group
        ".000",
        "1.000.",
        "1..000",
        "đ",
        "VND",
        "-",
        "5.000.000 USD",
        "1e6",
        "٥٠٠٠",  # Arabic-Indic digits
        1.5,
        float("nan"),
        float("inf"),
        decimal.Decimal("1.5"),
        True,
        [1000],
    ],
)
def test_parse_money_garbage_raises(value: object) -> None:
    with pytest.raises(ValueError):
        parse_money(value)


@pytest.mark.parametrize(
    ("amount", "with_unit", "expected"),
    [
        (1_250_000, False, "1.250.000"),
        (1_250_000, True, "1.250.000 đ"),
        (0, False, "0"),
        (999, False, "999"),
        (1_000, False, "1.000"),
        (-1_000, False, "-1.000"),
        (12_345_678_901, False, "12.345.678.901"),
        (None, False, ""),
        (None, True, ""),
    ],
)
def test_format_money(amount: int | None, with_unit: bool, expected: str) -> None:
    assert format_money(amount, with_unit=with_unit) == expected


@given(st.integers(min_value=0, max_value=10**15))
def test_money_round_trip(amount: int) -> None:
    shown = format_money(amount)
    assert format_money(parse_money(shown)) == shown
    assert parse_money(shown) == amount
    assert parse_money(format_money(amount, with_unit=True)) == amount


# --- booleans ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [True, 1, 1.0, "true", "TRUE", "1", "có", "Có", "CÓ", "co", "c", "C", "x", "X",
     "yes", "Yes", "y", "đúng"],
)
def test_parse_bool_true(value: object) -> None:
    assert parse_bool(value) is True


@pytest.mark.parametrize(
    "value",
    [False, 0, 0.0, "false", "0", "không", "Không", "KHÔNG", "khong", "k", "K", "no", "NO",
     "n", "sai"],
)
def test_parse_bool_false(value: object) -> None:
    assert parse_bool(value) is False


@pytest.mark.parametrize("value", [None, "", "  "])
def test_parse_bool_empty_is_none(value: object) -> None:
    assert parse_bool(value) is None


@pytest.mark.parametrize("value", ["maybe", "có không", "2", 2, -1, 0.5, "ok", [True]])
def test_parse_bool_garbage_raises(value: object) -> None:
    with pytest.raises(ValueError):
        parse_bool(value)


# --- age ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "on", "expected"),
    [
        ("1990-09-05", datetime.date(2024, 9, 5), 34),  # birthday counts
        ("1990-09-05", datetime.date(2024, 9, 4), 33),
        ("1990-09-05", datetime.date(2024, 12, 31), 34),
        ("1990-09-05", datetime.date(1990, 9, 5), 0),
        ("2000-02-29", datetime.date(2023, 2, 28), 22),
        ("2000-02-29", datetime.date(2023, 3, 1), 23),
        ("2000-02-29", datetime.date(2024, 2, 29), 24),
        ("2024-03-12", datetime.date(2023, 3, 12), -1),
    ],
)
def test_age_on(birth: str, on: datetime.date, expected: int) -> None:
    assert age_on(birth, on) == expected


def test_age_on_bad_birth_raises() -> None:
    with pytest.raises(ValueError):
        age_on("31/12/1990", datetime.date(2024, 1, 1))


# --- moments -----------------------------------------------------------------------------


@pytest.fixture
def hanoi_clock(monkeypatch: pytest.MonkeyPatch):
    """This computer's local time is Viet Nam's (UTC+7) for the test, whatever the machine's."""
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(("stored", "shown"), [
    ("2026-12-03T18:39:43+00:00", "04/12/2026 01:39"),  # written by a machine on UTC
    ("2026-12-03T08:05:00+07:00", "03/12/2026 08:05"),
    ("", ""),
    ("hôm qua", "hôm qua"),  # not ISO: shown as stored, not an error
])
def test_a_stored_moment_reads_day_first_in_local_time(hanoi_clock: None, stored: str, shown: str) -> None:
    assert format_time(stored) == shown
