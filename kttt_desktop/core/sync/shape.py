"""What a signed package may hold: its manifest's fields and every change, checked for shape.

A signature says who sent a package, not that what it holds is sound: a sender's program may
be old, broken or altered. So before anything of a package is written, each manifest field
and each change is checked for type, catalogue and bounds — the bounds typed entry applies
(`records.validation.stored_value_check`), so nothing enters that the program could not show,
edit and export later. Shape only: rules between fields or records may differ between
versions, and merging must not depend on them.

A bad change raises `Refused` with the reason's message code; the importer names the package
and the change around it.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import Any

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.messages import texts
from kttt_desktop.core.records.fields import RECORD_TYPES, TEXT_MAX_LENGTH, is_record_id
from kttt_desktop.core.records.validation import (
    ValueCheck,
    check_text_value,
    stored_value_check,
)
from kttt_desktop.core.sync.merge import OUTCOMES, Change
from kttt_desktop.core.text import printable
from kttt_desktop.core.units import is_unit_code

MAX_SEQ = 2**53
"""Largest sequence or package number accepted: far beyond any real log, and exact in every
JSON reader; a sender pushing numbers towards 2^63 would make this site's own numbering fail."""
MAX_VECTOR_UNITS = 64
"""More sites than ever edit one record (a commune, its area and its province)."""
MAX_MISSING = 10_000
KINDS = ("changes", "correction", "snapshot", "receipt")
OPS = ("create", "update", "delete", "restore")
LEVELS = ("commune", "district", "province")
PACKAGE_ID = re.compile(r"[0-9a-f]{32}")
_ITEM_KEYS = frozenset({"origin", "origin_seq", "at", "officer", "record_type", "record_id", "owner",
                        "op", "fields", "vv"})
_TOMBSTONE_KEYS = frozenset({"reason", "with"})
_MAX_TIME_TEXT = 40


class Refused(Exception):
    """One change may not enter: `code` is the reason's message, `params` fill it."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def why(self) -> str:
        return texts(self.code, **self.params)


_good_units: set[str] = set()
_good_officers: set[str] = set()
"""Unit codes and officers' names already found good: they repeat in every change."""


def _good_unit(value: Any) -> bool:
    if type(value) is str and value in _good_units:
        return True
    if not is_unit_code(value):
        return False
    _remember(_good_units, value)
    return True


def _good_officer(value: Any) -> bool:
    if value is None or (type(value) is str and value in _good_officers):
        return True
    if check_text_value(value, "officer", TEXT_MAX_LENGTH) is not None:
        return False
    _remember(_good_officers, value)
    return True


def _remember(good: set[str], value: str) -> None:
    if len(good) > 10_000:
        good.clear()
    good.add(value)


def preview(value: Any) -> str:
    """A short printable glimpse of a refused value for a message."""
    text = printable(value if isinstance(value, str) else repr(value))
    return text if len(text) <= 40 else text[:40] + "…"


def is_number(value: Any, low: int = 0, high: int = MAX_SEQ) -> bool:
    return type(value) is int and low <= value <= high


def _is_time(value: Any) -> bool:
    if type(value) is not str or len(value) > _MAX_TIME_TEXT:
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


# --- the manifest ------------------------------------------------------------------------------

def _bad(file: str, name: str, value: Any) -> KtttError:
    return KtttError("package_bad_manifest", file=file, field=name, value=preview(value))


def _party(manifest: dict[str, Any], side: str, file: str, sender: bool) -> None:
    party = manifest.get(side)
    if not isinstance(party, dict):
        raise _bad(file, side, party)
    if not is_unit_code(party.get("unit_code")):
        raise _bad(file, f"{side}.unit_code", party.get("unit_code"))
    texts = ("name", "officer", "fingerprint") if sender else ("name",)
    for key in texts:
        if check_text_value(party.get(key), key, TEXT_MAX_LENGTH) is not None:
            raise _bad(file, f"{side}.{key}", party.get(key))
    if sender and party.get("level") not in LEVELS:
        raise _bad(file, f"{side}.level", party.get("level"))


def _counts(value: Any, keys: tuple[str, ...] | dict[str, Any], file: str, name: str) -> None:
    if not isinstance(value, dict):
        raise _bad(file, name, value)
    for rtype, by_op in value.items():
        if rtype not in RECORD_TYPES or not isinstance(by_op, dict):
            raise _bad(file, name, rtype)
        for key, count in by_op.items():
            if key not in keys or not is_number(count):
                raise _bad(file, f"{name}.{rtype}.{key}", count)


def check_manifest(manifest: dict[str, Any], file: str) -> None:
    """Every field the importer reads, by type and bounds, before anything is written or
    named after it (a held copy's file name comes from these values)."""
    if manifest.get("kind") not in KINDS:
        raise _bad(file, "kind", manifest.get("kind"))
    if type(manifest.get("package_id")) is not str or not PACKAGE_ID.fullmatch(manifest["package_id"]):
        raise _bad(file, "package_id", manifest.get("package_id"))
    if not is_number(manifest.get("package_no"), 1):
        raise _bad(file, "package_no", manifest.get("package_no"))
    if not is_number(manifest.get("schema_version"), 1):
        raise _bad(file, "schema_version", manifest.get("schema_version"))
    for name in ("from_seq", "to_seq"):
        if not is_number(manifest.get(name)):
            raise _bad(file, name, manifest.get(name))
    if manifest["from_seq"] > manifest["to_seq"]:
        raise _bad(file, "from_seq", manifest["from_seq"])
    if "created_at" in manifest and not _is_time(manifest["created_at"]):
        raise _bad(file, "created_at", manifest["created_at"])
    _party(manifest, "sender", file, sender=True)
    _party(manifest, "receiver", file, sender=False)
    _counts(manifest.get("counts"), OPS, file, "counts")
    if manifest["kind"] == "receipt":
        receipt = manifest.get("receipt")
        if not isinstance(receipt, dict):
            raise _bad(file, "receipt", receipt)
        if type(receipt.get("for_package_id")) is not str or not PACKAGE_ID.fullmatch(receipt["for_package_id"]):
            raise _bad(file, "receipt.for_package_id", receipt.get("for_package_id"))
        if not is_number(receipt.get("for_package_no"), 1):
            raise _bad(file, "receipt.for_package_no", receipt.get("for_package_no"))
        if receipt.get("status") not in ("applied", "held"):
            raise _bad(file, "receipt.status", receipt.get("status"))
        if not is_number(receipt.get("applied_upto")):
            raise _bad(file, "receipt.applied_upto", receipt.get("applied_upto"))
        missing = receipt.get("missing")
        if (not isinstance(missing, list) or len(missing) > MAX_MISSING
                or not all(is_number(n, 1) for n in missing)):
            raise _bad(file, "receipt.missing", missing)
        _counts(receipt.get("counts"), OUTCOMES, file, "receipt.counts")


# --- one change --------------------------------------------------------------------------------

@cache
def _field_checks(record_type: str) -> dict[str, ValueCheck]:
    return {spec.name: stored_value_check(spec) for spec in RECORD_TYPES[record_type].fields}


def _entry(key: str, value: Any) -> Refused:
    return Refused("change_bad_entry", key=key, value=preview(value))


def _vector(value: Any) -> dict[str, int]:
    if type(value) is not dict or not 0 < len(value) <= MAX_VECTOR_UNITS:
        raise _entry("vv", value)
    for unit, count in value.items():
        if not _good_unit(unit) or not is_number(count, 1):
            raise _entry("vv", {unit: count})
    return value


def _fields(record_type: str, op: str, fields: Any) -> dict[str, Any]:
    if type(fields) is not dict:
        raise _entry("fields", fields)
    if op in ("delete", "restore"):
        for key in fields:
            if key not in _TOMBSTONE_KEYS:
                raise Refused("change_unknown_field", field=preview(key))
        issue = check_text_value(fields.get("reason"), "reason", TEXT_MAX_LENGTH)
        if issue is not None:
            raise Refused("change_bad_value", detail=issue.message().rstrip("."))
        if fields.get("with") is not None and not is_record_id(fields["with"]):
            raise _entry("with", fields["with"])
        return fields
    checks = _field_checks(record_type)
    for name, value in fields.items():
        check = checks.get(name)
        if check is None:
            raise Refused("change_unknown_field", field=preview(name))
        issue = check(value)
        if issue is not None:
            raise Refused("change_bad_value", detail=issue.message().rstrip("."))
    if record_type != "organization" and (op == "create" or "organization_id" in fields):
        if fields.get("organization_id") is None:  # the database keeps none outside an organisation
            raise Refused("change_without_organization")
    return fields


def parse_change(item: dict[str, Any]) -> Change:
    """The change an item describes, or `Refused` naming what is wrong with it."""
    if item.keys() != _ITEM_KEYS:
        missing = sorted(_ITEM_KEYS - item.keys())
        if missing:
            raise Refused("change_missing_key", key=missing[0])
        raise Refused("change_extra_key", key=preview(sorted(map(str, item.keys() - _ITEM_KEYS))[0]))
    origin, owner, record_type, op = item["origin"], item["owner"], item["record_type"], item["op"]
    for key, value in (("origin", origin), ("owner", owner)):
        if not _good_unit(value):
            raise _entry(key, value)
    if not is_number(item["origin_seq"], 1):
        raise _entry("origin_seq", item["origin_seq"])
    if not _is_time(item["at"]):
        raise _entry("at", item["at"])
    officer = item["officer"]
    if not _good_officer(officer):
        raise _entry("officer", officer)
    if type(record_type) is not str or record_type not in RECORD_TYPES:
        raise _entry("record_type", record_type)
    if not is_record_id(item["record_id"]):
        raise _entry("record_id", item["record_id"])
    if type(op) is not str or op not in OPS:
        raise _entry("op", op)
    vv = _vector(item["vv"])
    if origin not in vv:
        raise _entry("vv", vv)
    fields = _fields(record_type, op, item["fields"])
    return Change(origin, item["origin_seq"], item["at"], officer, record_type, item["record_id"], owner, op,
                  fields, vv)


def record_label(item: Any, lang: str | None = None) -> str:
    """How a message names the record a change is about: its type and the start of its id."""
    from kttt_desktop.core.messages import language

    if not isinstance(item, dict):
        return "?"
    record_type = item.get("record_type")
    rt = RECORD_TYPES.get(record_type) if isinstance(record_type, str) else None
    record_id = item.get("record_id")
    name = rt.label(lang or language()) if rt else "?"
    return f"{name} {record_id[:8]}…" if is_record_id(record_id) else name
