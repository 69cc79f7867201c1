"""Reading one Excel cell the way people type it, into the value stored.

Officers type "12/03/1975", "5-9-1990", "1988", "20.000.000", "5.000.000 đ", "nữ", "Hà Nhì"
or "35", "Chính thức", "x"; Excel hands some of these over as real dates or numbers, and
drops the leading zero of an ID number or phone typed into a number cell. Each reader
returns the stored form (ISO date, whole đồng, catalogue code, flag, text) and the problems
it saw, as validation `Issue`s named after the column's key, so the import reports them
next to the rules of the registry.

Empty cells read as None: an import never erases a recorded value with a blank cell.
"""

from __future__ import annotations

import datetime
import decimal
import math
import re
import unicodedata
from functools import cache
from typing import Any

from openpyxl.utils.datetime import from_excel

from kttt_desktop.core import catalogs
from kttt_desktop.core.formats import (
    ImpossibleDate,
    format_date,
    parse_bool,
    parse_date_lenient,
    parse_money,
)
from kttt_desktop.core.records.fields import FieldKind
from kttt_desktop.core.records.identifiers import (
    check_id_number,
    check_phone,
    check_tax_code,
)
from kttt_desktop.core.records.validation import ERROR, WARNING, Issue
from kttt_desktop.core.text import fold
from kttt_desktop.core.xlsx.sheet_layout import SheetColumn

__all__ = ["read_cell", "read_choice", "choice_key", "is_empty"]

# What Excel shows in a cell whose formula failed.
_EXCEL_ERRORS = frozenset({"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!",
                           "#SPILL!", "#CALC!", "#GETTING_DATA"})
# Numbers Excel counts days with: 10000 is 1927-05-18, 80000 is 2119-01-10. A number in that
# range in a date column is a date that lost its format when values were pasted.
_SERIAL_RANGE = (10_000, 80_000)
_YEAR_RANGE = (1000, 2200)
_PAREN = re.compile(r"\([^)]*\)")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_DECIMAL = re.compile(r"([0-9]+)[,.]([0-9]{1,3})")

# Words officers write for coded values, beyond the catalogue's own names (keys as `choice_key`).
_ALIASES: dict[str, dict[str, str]] = {
    "gender": {"nam": "male", "nu": "female"},
    "membership": {
        "chinhthuc": "official", "tvchinhthuc": "official", "thanhvienchinhthuc": "official",
        "lienketgopvon": "associate_capital", "lienketcogopvon": "associate_capital",
        "thanhvienlienketgopvon": "associate_capital", "tvlienketgopvon": "associate_capital",
        "lienketkhonggopvon": "associate_no_capital", "thanhvienlienketkhonggopvon": "associate_no_capital",
        "tvlienketkhonggopvon": "associate_no_capital",
    },
    "member_kind": {"ho": "household", "hogiadinh": "household", "canhan": "individual"},
    "organization_kind": {"hoptacxa": "htx", "tohoptac": "tht", "lienhiephtx": "lhhtx",
                          "lienhiephoptacxa": "lhhtx"},
    "organization_status": {"hoatdong": "active", "tamngung": "suspended", "tamngunghoatdong": "suspended",
                            "giaithe": "dissolved", "dagiaithe": "dissolved", "dangiaithe": "dissolving"},
    "contract": {"khong": "none", "khongco": "none", "cothoihan": "fixed_term", "vohan": "indefinite"},
    "social_insurance": {"khong": "none"},
    "ethnicity": {"hmong": "08", "khmer": "05", "vankieu": "23", "kinhviet": "01", "viet": "01"},
}


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_cell(column: SheetColumn, raw: Any, scale: int = 1) -> tuple[Any, list[Issue]]:
    """The stored value of one cell of `column`, and the problems seen reading it.

    `scale` multiplies a money column whose header gives its unit ("triệu đồng").
    """
    if is_empty(raw):
        return None, []
    label = column.field.vi if column.field is not None else column.header
    if isinstance(raw, str) and raw.strip().upper() in _EXCEL_ERRORS:
        return None, [Issue(ERROR, column.key, "import_excel_error", {"label": label, "value": raw.strip()})]
    kind = column.kind
    if kind == FieldKind.DATE:
        return _read_date(column.key, label, raw)
    if kind == FieldKind.MONEY:
        return _read_money(column.key, label, raw, scale)
    if kind == FieldKind.INT:
        return _read_int(column.key, label, raw)
    if kind == FieldKind.BOOL:
        try:
            flag = parse_bool(raw.strip() if isinstance(raw, str) else raw)
        except ValueError:
            return None, [Issue(ERROR, column.key, "bad_bool", {"label": label, "value": raw})]
        return flag, []
    if kind == FieldKind.CODE and column.catalog:
        code = read_choice(column.catalog, raw)
        if code is not None:
            return code, []
        if column.catalog == "ethnicity":
            return None, [Issue(ERROR, column.key, "import_bad_ethnicity", {"label": label, "value": _shown(raw)})]
        allowed = "; ".join(value.vi for value in catalogs.catalog(column.catalog))
        return None, [Issue(ERROR, column.key, "import_bad_choice",
                            {"label": label, "value": _shown(raw), "allowed": allowed})]
    multiline = column.field is not None and column.field.multiline
    return _read_text(column.key, raw, multiline), []


def _shown(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).strip()


# --- dates ------------------------------------------------------------------------------------

def _read_date(key: str, label: str, raw: Any) -> tuple[str | None, list[Issue]]:
    if isinstance(raw, datetime.datetime):
        return raw.date().isoformat(), []
    if isinstance(raw, datetime.date):
        return raw.isoformat(), []
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, int) and not isinstance(raw, bool) and _SERIAL_RANGE[0] <= raw <= _SERIAL_RANGE[1]:
        iso = from_excel(raw).date().isoformat()
        return iso, [Issue(WARNING, key, "import_date_serial",
                           {"label": label, "value": raw, "date": format_date(iso)})]
    if isinstance(raw, int) and not isinstance(raw, bool) and not _YEAR_RANGE[0] <= raw <= _YEAR_RANGE[1]:
        return None, [Issue(ERROR, key, "bad_date", {"label": label, "value": raw})]
    try:
        iso, year_only = parse_date_lenient(raw)
    except ImpossibleDate as impossible:
        return None, [Issue(ERROR, key, impossible.code, {"label": label, **impossible.params})]
    except ValueError:
        return None, [Issue(ERROR, key, "bad_date", {"label": label, "value": _shown(raw)})]
    if year_only and iso:
        return iso, [Issue(WARNING, key, "import_year_only",
                           {"label": label, "year": iso[:4], "date": format_date(iso)})]
    return iso, []


# --- numbers ----------------------------------------------------------------------------------

def _read_money(key: str, label: str, raw: Any, scale: int) -> tuple[int | None, list[Issue]]:
    bad = [Issue(ERROR, key, "bad_money", {"label": label, "value": _shown(raw)})]
    if scale != 1:
        amount = _scaled(raw, scale)
        return (amount, []) if amount is not None else (None, bad)
    try:
        return parse_money(raw.strip() if isinstance(raw, str) else raw), []
    except ValueError:
        return None, bad


def _scaled(raw: Any, scale: int) -> int | None:
    """An amount given in thousands or millions ("2,5" triệu đồng = 2.500.000 đ)."""
    number: decimal.Decimal | None = None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if isinstance(raw, float) and not math.isfinite(raw):
            return None
        number = decimal.Decimal(str(raw))
    elif isinstance(raw, str):
        try:
            number = decimal.Decimal(parse_money(raw.strip()) or 0)
        except ValueError:
            text = fold(raw).replace(" ", "")
            if match := _DECIMAL.fullmatch(text):
                number = decimal.Decimal(f"{match.group(1)}.{match.group(2)}")
    if number is None:
        return None
    amount = number * scale
    return int(amount) if amount == amount.to_integral_value() else None


def _read_int(key: str, label: str, raw: Any) -> tuple[int | None, list[Issue]]:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw, []
    if isinstance(raw, float) and raw.is_integer():
        return int(raw), []
    if isinstance(raw, str) and re.fullmatch(r"[0-9]+", raw.strip()):
        return int(raw.strip()), []
    return None, [Issue(ERROR, key, "bad_int", {"label": label, "value": _shown(raw)})]


# --- text and identifiers -----------------------------------------------------------------------

# Identifier columns, with the check a number that lost its leading zero must pass once the
# zero is put back (digits of a number cell; text cells are read as typed).
_ZERO_RESTORE = {
    "id_number": check_id_number,
    "registration_code": check_tax_code,
    "organization_code": check_tax_code,
    "phone": check_phone,
}


def _read_text(key: str, raw: Any, multiline: bool) -> str | None:
    if isinstance(raw, bool):
        text = "Có" if raw else "Không"
    elif isinstance(raw, (int, float)):
        text = _shown(raw)
        if key == "commune_code" and text.isdigit() and len(text) < 5:
            text = text.zfill(5)
        check = _ZERO_RESTORE.get(key)
        if check is not None and text.isdigit() and check(text) and not check("0" + text):
            text = "0" + text
    elif isinstance(raw, datetime.datetime):
        text = format_date(raw.date().isoformat())
    elif isinstance(raw, datetime.date):
        text = format_date(raw.isoformat())
    else:
        text = unicodedata.normalize("NFC", str(raw))
    text = text.strip() if multiline else " ".join(text.split())
    return text or None


# --- coded values -----------------------------------------------------------------------------------

def choice_key(text: str) -> str:
    """Letters and digits only, folded: "Hà-Nhì", "ha nhi" and "HÀ NHÌ" are one key."""
    return _NOT_ALNUM.sub("", fold(text))


@cache
def _choices(catalog: str) -> dict[str, str]:
    """Every accepted spelling of a catalogue's values -> code; a spelling two values share
    (one part of a "/" name) is dropped rather than guessed."""
    index: dict[str, str] = {}
    shared: set[str] = set()

    def add(key: str, code: str) -> None:
        if not key or key in shared:
            return
        if index.get(key, code) != code:
            del index[key]
            shared.add(key)
            return
        index[key] = code

    values = catalogs.catalog(catalog)
    for value in values:  # full names first: they win over parts
        index[choice_key(value.code)] = value.code
        index[choice_key(value.vi)] = value.code
    for value in values:
        add(choice_key(value.en), value.code)
        add(choice_key(_PAREN.sub(" ", value.vi)), value.code)
        for part in re.split(r"[/–]", value.vi):
            add(choice_key(part), value.code)
    for key, code in _ALIASES.get(catalog, {}).items():
        index.setdefault(key, code)
    return index


def read_choice(catalog: str, raw: Any) -> str | None:
    """The code of a catalogue value written by name (any case, with or without marks) or by
    code; ethnic groups also by their number ("35" or 35). None when nothing matches."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = str(raw).strip()
    if catalog == "ethnicity" and text.isdigit() and len(text) <= 2:
        code = text.zfill(2)
        return code if catalogs.is_code(catalog, code) else None
    return _choices(catalog).get(choice_key(text))
