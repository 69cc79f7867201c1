"""Parsing and formatting at the edges: forms, Excel cells, the command line.

Storage keeps one shape only (ISO ``YYYY-MM-DD`` strings, integer VND, 0/1 flags); people type
and read the Vietnamese shapes (day first, dots between thousands, có/không). Everything that
crosses that border goes through here, so a form and an Excel import accept the same inputs.
Parsers raise ``ValueError`` for input that is present but wrong, so the caller can turn it into
a coded error (``bad_date``, ``bad_money``, ``bad_bool``) instead of silently storing nothing; a
date written the right way that no calendar has (31/02/2024) raises `ImpossibleDate`, which
says which day is wrong rather than that the format is.
"""

from __future__ import annotations

import calendar
import datetime
import decimal
import math
import re
from typing import Any

from babel.numbers import format_decimal

from kttt_desktop.core.text import fold

__all__ = [
    "ImpossibleDate",
    "parse_date",
    "parse_date_lenient",
    "format_date",
    "parse_money",
    "format_money",
    "parse_bool",
    "age_on",
]

# [0-9], not \d: \d also matches Arabic-Indic and other digits that must not reach storage.
_ISO_DATE = re.compile(
    r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
    r"(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?"  # time part of a spreadsheet export
)
_DMY_DATE = re.compile(r"([0-9]{1,2})\s*([/.-])\s*([0-9]{1,2})\s*\2\s*([0-9]{4})")
_SHORT_YEAR_DATE = re.compile(r"[0-9]{1,2}\s*([/.-])\s*[0-9]{1,2}\s*\1\s*[0-9]{1,2}")
_BARE_YEAR = re.compile(r"[0-9]{4}")
_STRICT_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def _date_text(value: object) -> str | datetime.date | None:
    """Reduce any accepted input to stripped text or a date; None means "nothing entered"."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):  # before `date`: datetime is a subclass of it
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, int):  # a year typed into a numeric Excel cell
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    text = value.strip()
    return text or None


class ImpossibleDate(ValueError):
    """A date in a readable shape that no calendar has: 31/02/2024, 29/02/2023, 15/13/2024.

    Its `code` and `params` are those of the coded message that tells the officer so
    ("Ngày 31/02/2024 không có thật: tháng 2 năm 2024 chỉ có 29 ngày")."""

    def __init__(self, year: int, month: int, day: int) -> None:
        super().__init__(f"no such date: {day:02d}/{month:02d}/{year:04d}")
        self.year, self.month, self.day = year, month, day

    @property
    def code(self) -> str:
        return "impossible_date" if 1 <= self.month <= 12 else "impossible_month"

    @property
    def params(self) -> dict[str, Any]:
        params: dict[str, Any] = {"value": f"{self.day:02d}/{self.month:02d}/{self.year:04d}",
                                  "day": self.day, "month": self.month, "year": self.year}
        if 1 <= self.month <= 12:
            params["days"] = calendar.monthrange(self.year, self.month)[1]
        return params


def _make_iso(year: int, month: int, day: int) -> str:
    """Build the ISO string; 31/11 or 29/02 of a common year is an `ImpossibleDate`."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        if datetime.MINYEAR <= year <= datetime.MAXYEAR:
            raise ImpossibleDate(year, month, day) from None
        raise


def parse_date(value: object) -> str | None:
    """Read a typed or imported date, day first, into ISO.

    A bare year returns None rather than a guessed 1 January, so a caller that needs a full date
    notices; `parse_date_lenient` is for fields where a year alone is acceptable. Two-digit years
    are refused because "5/9/90" could be 1990 or 2090 for someone born long ago.
    """
    text = _date_text(value)
    if text is None:
        return None
    if isinstance(text, datetime.date):
        return text.isoformat()
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
        return _make_iso(year, month, day)
    if match := _DMY_DATE.fullmatch(text):
        day_text, _sep, month_text, year_text = match.groups()
        return _make_iso(int(year_text), int(month_text), int(day_text))
    if _BARE_YEAR.fullmatch(text):
        return None
    if _SHORT_YEAR_DATE.fullmatch(text):
        raise ValueError(f"two-digit year is ambiguous: {text!r}")
    raise ValueError(f"not a date: {text!r}")


def parse_date_lenient(value: object) -> tuple[str | None, bool]:
    """Like `parse_date`, but a bare year becomes 1 January of it, flagged as ``year_only``.

    Old registers often record only a birth year; the flag lets the caller show "1988" back
    instead of a 01/01/1988 nobody entered.
    """
    text = _date_text(value)
    if isinstance(text, str) and _BARE_YEAR.fullmatch(text):
        return _make_iso(int(text), 1, 1), True
    return parse_date(value), False


def format_date(iso: str | None) -> str:
    """Show a stored ISO date the Vietnamese way, ``dd/mm/yyyy``.

    A value that is not ISO (an old file, a hand-edited database) is shown unchanged so the
    officer can see and correct it, rather than the whole list failing to draw.
    """
    if not iso:
        return ""
    match = _STRICT_ISO.fullmatch(iso)
    if match is None:
        return iso
    year, month, day = match.groups()
    return f"{day}/{month}/{year}"


# Groups of exactly three digits after a 1-3 digit head, with one separator used throughout
# (dot, comma or one space — `fold` has already squeezed whitespace runs to one space).
_GROUPED = re.compile(r"[0-9]{1,3}(?:([., ])[0-9]{3})(?:\1[0-9]{3})*")
_PLAIN = re.compile(r"[0-9]+")
# "đ", "đồng", "VND", "VNĐ" after folding; the space before the unit is optional.
_UNIT = re.compile(r"\s*(?:d|dong|vnd)$")


def format_time(iso: str | None) -> str:
    """Show a stored moment ("2026-12-03T18:39:43+00:00") as ``dd/mm/yyyy HH:MM`` in this
    computer's local time, the way officers read a time in a sentence.

    Logs keep the offset of the machine that wrote them; a package refused at another site, or
    a clock set to UTC, would otherwise show an hour the officer never lived. A value that is
    not ISO is shown unchanged, as `format_date` does."""
    if not iso:
        return ""
    try:
        moment = datetime.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def parse_money(value: object) -> int | None:
    """Read an amount of whole đồng.

    Dots, commas and spaces are taken as thousands separators only when every group after the
    first has exactly three digits, so "12,5" (a decimal) is refused instead of becoming 125.
    Negative amounts are returned as such; refusing them is the validator's job, with its own
    message.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"not an amount: {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float):  # Excel stores every number as a float
        if not math.isfinite(value) or not value.is_integer():
            raise ValueError(f"not a whole amount: {value!r}")
        return int(value)
    if isinstance(value, decimal.Decimal):
        if not value.is_finite() or value != value.to_integral_value():
            raise ValueError(f"not a whole amount: {value!r}")
        return int(value)
    if not isinstance(value, str):
        raise ValueError(f"not an amount: {value!r}")
    text = _UNIT.sub("", fold(value))
    if not text:
        if value.strip():  # only a unit, e.g. "đ"
            raise ValueError(f"not an amount: {value!r}")
        return None
    sign = 1
    if text[0] in "-+":
        sign = -1 if text[0] == "-" else 1
        text = text[1:].lstrip()
    if _PLAIN.fullmatch(text) or _GROUPED.fullmatch(text):
        return sign * int(re.sub(r"[., ]", "", text))
    raise ValueError(f"not an amount: {value!r}")


def format_money(amount: int | None, with_unit: bool = False) -> str:
    """Show whole đồng with dots between thousands ("1.250.000"), as on Vietnamese documents."""
    if amount is None:
        return ""
    text = format_decimal(amount, locale="vi_VN")
    return f"{text} đ" if with_unit else text


_TRUE_WORDS = frozenset({"1", "true", "t", "yes", "y", "x", "co", "c", "dung"})
_FALSE_WORDS = frozenset({"0", "false", "f", "no", "n", "khong", "k", "sai"})


def parse_bool(value: object) -> bool | None:
    """Read a yes/no cell: có/không (with or without marks), c/k, x, yes/no, true/false, 1/0.

    Empty is None, not False: an unticked cell in an imported sheet means "not recorded".
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    if not isinstance(value, str):
        raise ValueError(f"not yes/no: {value!r}")
    word = fold(value)
    if not word:
        return None
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    raise ValueError(f"not yes/no: {value!r}")


def age_on(birth_iso: str, on: datetime.date) -> int:
    """Full years lived on a day (the birthday itself counts), for age rules in reports.

    Someone born on 29 February turns a year older on 1 March in common years. The result is
    negative when `on` is before the birth date, so callers can flag the inconsistency.
    """
    birth = datetime.date.fromisoformat(birth_iso)
    before_birthday = (on.month, on.day) < (birth.month, birth.day)
    return on.year - birth.year - (1 if before_birthday else 0)
