"""Vietnamese identifiers: registration/tax codes, citizen ID numbers, phone numbers.

Each has a `normalize_*` that turns what people type (spaces, dots, +84) into the one stored
shape, so duplicates are found and searches match, and a `check_*` that returns a message code
from `messages.py` (or None) instead of raising: validation collects every issue of a record
before telling the officer. The `make_*` helpers exist for demo data, which must pass the same
checks as real data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.vn import mst

__all__ = [
    "normalize_tax_code",
    "check_tax_code",
    "make_tax_code",
    "normalize_id_number",
    "check_id_number",
    "CccdInfo",
    "parse_cccd",
    "make_cccd",
    "normalize_phone",
    "check_phone",
]

# [0-9], not \d: \d also accepts non-ASCII digits, which would then be stored as-is.
_SPACES_DOTS = re.compile(r"[\s.]+")
_TAX_CODE_13 = re.compile(r"[0-9]{13}")
_TAX_CODE = re.compile(r"[0-9]{10}(?:-[0-9]{3})?")


def normalize_tax_code(value: str) -> str:
    """Strip spaces and dots; give a 13-digit branch code its dash (``NNNNNNNNNN-NNN``)."""
    code = _SPACES_DOTS.sub("", value or "")
    if _TAX_CODE_13.fullmatch(code):
        return f"{code[:10]}-{code[10:]}"
    return code


def check_tax_code(value: str) -> str | None:
    """None when valid, else ``"tax_code_format"`` or ``"tax_code_checksum"``.

    A branch code is valid when its parent's ten digits are; the branch number itself has no
    check digit, but "000" is not a branch (branches count from 001), so it is a format error.
    stdnum also refuses a serial of all zeros (``NN0000000C``); that too is reported as format.
    """
    code = normalize_tax_code(value)
    if not _TAX_CODE.fullmatch(code) or code[11:] == "000":
        return "tax_code_format"
    try:
        mst.validate(code[:10])
    except InvalidChecksum:
        return "tax_code_checksum"
    except ValidationError:
        return "tax_code_format"
    return None


def make_tax_code(first9: str) -> str:
    """Complete nine digits with their check digit, for demo data.

    About one prefix in eleven has no check digit at all (stdnum's formula then yields "10"),
    and no code can start with it; those raise ValueError so the generator picks another.
    """
    if not re.fullmatch(r"[0-9]{9}", first9 or ""):
        raise ValueError(f"need 9 digits: {first9!r}")
    check = mst.calc_check_digit(first9)
    code = first9 + check
    if len(check) != 1 or not mst.is_valid(code):
        raise ValueError(f"no valid tax code starts with {first9}")
    return code


def normalize_id_number(value: str) -> str:
    """Strip spaces and dots, so "001 088 012 345" and "001088012345" are one person."""
    return _SPACES_DOTS.sub("", value or "")


def check_id_number(value: str) -> str | None:
    """None for a 12-digit CCCD or a 9-digit old CMND, else ``"id_number_format"``."""
    if re.fullmatch(r"[0-9]{12}|[0-9]{9}", normalize_id_number(value)):
        return None
    return "id_number_format"


@dataclass(frozen=True)
class CccdInfo:
    """What a 12-digit CCCD number says about its holder, to cross-check typed facts."""

    province_code: str
    gender: str  # "male" | "female"
    birth_year: int


def parse_cccd(value: str) -> CccdInfo | None:
    """Read province, sex and birth year from a CCCD; None unless it is 12 digits.

    The 4th digit encodes century and sex together: even = male, odd = female, and each pair
    (0-1, 2-3, ...) is one century starting at 1900.
    """
    number = normalize_id_number(value)
    if not re.fullmatch(r"[0-9]{12}", number):
        return None
    code = int(number[3])
    century = 1900 + (code // 2) * 100
    return CccdInfo(
        province_code=number[:3],
        gender="female" if code % 2 else "male",
        birth_year=century + int(number[4:6]),
    )


def make_cccd(province_code: str, gender: str, birth_year: int, serial: int) -> str:
    """Build a CCCD consistent with its holder's facts, for demo data."""
    if not re.fullmatch(r"[0-9]{3}", province_code):
        raise ValueError(f"province code must be 3 digits: {province_code!r}")
    if gender not in ("male", "female"):
        raise ValueError(f"gender must be 'male' or 'female': {gender!r}")
    if not 1900 <= birth_year <= 2399:
        raise ValueError(f"birth year outside 1900-2399: {birth_year}")
    if not 0 <= serial <= 999_999:
        raise ValueError(f"serial outside 0-999999: {serial}")
    code = (birth_year - 1900) // 100 * 2 + (1 if gender == "female" else 0)
    return f"{province_code}{code}{birth_year % 100:02d}{serial:06d}"


_PHONE_NOISE = re.compile(r"[\s.\-()]+")
_MOBILE = re.compile(r"0[35789][0-9]{8}")
_LANDLINE = re.compile(r"02[0-9]{9}")


def normalize_phone(value: str) -> str:
    """Strip separators and turn the international form (+84, 0084, 84) into the domestic 0…

    "84…" without a plus is only rewritten when it has the length of a full international
    number, so a short local fragment starting with 84 is left alone for the check to refuse.
    """
    phone = _PHONE_NOISE.sub("", value or "")
    for prefix in ("+84", "0084"):
        if phone.startswith(prefix):
            rest = phone[len(prefix):]
            # "+84 (0) 912…" keeps its trunk zero; do not add a second one.
            return rest if rest.startswith("0") else "0" + rest
    if phone.startswith("84") and len(phone) in (11, 12) and phone.isdigit():
        return "0" + phone[2:]
    return phone


def check_phone(value: str) -> str | None:
    """None for a mobile (10 digits, 03/05/07/08/09) or landline (11 digits, 02…), else ``"phone_format"``."""
    phone = normalize_phone(value)
    if _MOBILE.fullmatch(phone) or _LANDLINE.fullmatch(phone):
        return None
    return "phone_format"
