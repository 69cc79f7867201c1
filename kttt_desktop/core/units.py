"""Administrative units: the current two-tier catalogue plus former units, so old addresses stay readable.

Current provinces and communes come from the `vietnam-provinces` package (official codes,
kept up to date by its maintainers). Former communes of Mường Tè district, which records
entered before 01/7/2025 still name, come from the shipped reference file.
Codes are always 5-digit strings for communes ("03433") and 2-digit for provinces ("12").
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from vietnam_provinces import Province, Ward

from kttt_desktop.core.resources import resource_path


@dataclass(frozen=True)
class Unit:
    code: str
    name: str  # with its type, as people write it: "Xã Bum Tở"
    province_code: str
    current: bool = True
    successor_code: str | None = None  # for a former unit: the commune it became part of

    @property
    def short_name(self) -> str:
        """The name without "Xã", "Phường"…, for lists that already say what they hold."""
        for prefix in ("Xã ", "Phường ", "Đặc khu ", "Thị trấn "):
            if self.name.startswith(prefix):
                return self.name[len(prefix):]
        return self.name


def _province_code(value: int | str) -> str:
    return f"{int(value):02d}"


def _commune_code(value: int | str) -> str:
    return f"{int(value):05d}"


@cache
def provinces() -> tuple[Unit, ...]:
    units = [Unit(_province_code(p.code), p.name, _province_code(p.code)) for p in Province.iter_all()]
    return tuple(sorted(units, key=lambda u: u.code))


@cache
def communes(province_code: str) -> tuple[Unit, ...]:
    """Current communes and wards of one province, sorted by name."""
    units = [Unit(_commune_code(w.code), w.name, _province_code(w.province_code))
             for w in Ward.iter_by_province(int(province_code))]  # type: ignore[arg-type]  # the library's lookups take a plain int code too
    return tuple(sorted(units, key=lambda u: u.short_name))


@cache
def former_units() -> tuple[Unit, ...]:
    """Communes that existed before the 2025 reorganisation (Mường Tè district)."""
    with resource_path("reference", "muong_te_units.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(
        Unit(row["old_code"], f"{row['old_type'].capitalize()} {row['old_name']}", "12",
             current=False, successor_code=row["new_code"])
        for row in rows
    )


@cache
def _current_commune(code: str) -> Unit | None:
    try:
        ward = Ward.from_code(int(code))  # type: ignore[arg-type]  # the library's lookups take a plain int code too
    except (ValueError, KeyError):
        return None
    return Unit(_commune_code(ward.code), ward.name, _province_code(ward.province_code))


def is_unit_code(code: object, level: str | None = None) -> bool:
    """A unit code as sites use it: 2 to 6 ASCII digits, a commune's exactly 5.

    Never other digits (Arabic-Indic, full-width), which `str.isdigit` and `int` accept: a code
    names files and is compared as text, so one unit must have one spelling.
    """
    if not isinstance(code, str) or not code.isascii() or not code.isdigit():
        return False
    return len(code) == 5 if level == "commune" else 2 <= len(code) <= 6


def find_unit(code: str) -> Unit | None:
    """The unit with this code: a current commune or province, else a former commune."""
    code = code.strip()
    if not code.isascii() or not code.isdigit():
        return None
    if len(code) <= 2:
        return next((p for p in provinces() if p.code == _province_code(code)), None)
    current = _current_commune(code)
    if current:
        return current
    return next((u for u in former_units() if u.code == _commune_code(code)), None)


def describe(code: str | None) -> str:
    """A readable name for any unit code; a former unit also says what it became."""
    if not code:
        return ""
    unit = find_unit(code)
    if unit is None:
        return code
    if unit.current:
        return unit.name
    successor = find_unit(unit.successor_code or "")
    if successor and successor.current:
        return f"{unit.name} (cũ, nay thuộc {successor.name[0].lower()}{successor.name[1:]})"
    return f"{unit.name} (cũ)"


def is_current_commune(code: str) -> bool:
    return is_unit_code(code, "commune") and _current_commune(code) is not None


def commune_now(code: str) -> str:
    """The commune a unit code stands for today: a former unit's successor, else the code."""
    unit = find_unit(code)
    if unit is not None and not unit.current and unit.successor_code:
        return unit.successor_code
    return code
