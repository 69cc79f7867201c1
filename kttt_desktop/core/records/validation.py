"""Checking a record before it is saved: errors block saving, warnings are shown and allowed.

Validation works on the *whole* record as it would be after the write (stored values with
the edits laid over them), so a form and the `kttt records put` command get the same
answer. Checks that need other records (duplicates, the organisation's capital) ask a
`ValidationContext`, which the registry implements over the database.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Protocol

from kttt_desktop.core import catalogs, units
from kttt_desktop.core.formats import (
    ImpossibleDate,
    age_on,
    format_date,
    format_money,
    parse_bool,
    parse_date,
    parse_money,
)
from kttt_desktop.core.messages import texts
from kttt_desktop.core.records.fields import (
    ANNUAL_REPORT,
    INT_MAX,
    LAND,
    LINKAGE,
    LOAN,
    MANAGER,
    MEMBER,
    MONEY_MAX_VND,
    ORGANIZATION,
    PRODUCT,
    STATUS_CHANGE,
    SUPPORT,
    TRAINING,
    WORKER,
    Field,
    FieldKind,
    RecordType,
    is_record_id,
)
from kttt_desktop.core.records.identifiers import (
    check_id_number,
    check_phone,
    check_tax_code,
    normalize_id_number,
    normalize_phone,
    normalize_tax_code,
    parse_cccd,
)
from kttt_desktop.core.text import has_control_characters, printable

ERROR = "error"
WARNING = "warning"

MAX_CAPITAL_SHARE = {"htx": 30, "lhhtx": 40}
MIN_MEMBERS = {"htx": (5, "htx_few_members"), "tht": (2, "tht_few_members"),
               "lhhtx": (3, "lhhtx_few_members")}


@dataclass(frozen=True)
class Issue:
    level: str  # ERROR or WARNING
    field: str | None
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.level == ERROR

    def message(self, lang: str | None = None) -> str:
        return texts(self.code, lang, **self.params)

    def as_json(self) -> dict[str, Any]:
        return {"level": self.level, "field": self.field, "code": self.code, "message": self.message()}


class ValidationContext(Protocol):
    """What validation needs to know about other records."""

    @property
    def today(self) -> date: ...

    def organization(self, organization_id: str) -> dict[str, Any] | None: ...

    def organization_with_code(self, code: str, exclude_id: str | None) -> dict[str, Any] | None: ...

    def member_with_id_number(self, organization_id: str, id_number: str,
                              exclude_id: str | None) -> dict[str, Any] | None: ...

    def official_member_count(self, organization_id: str) -> int: ...

    def annual_report_of(self, organization_id: str, year: int,
                         exclude_id: str | None) -> dict[str, Any] | None: ...

    def managers_of(self, organization_id: str) -> list[dict[str, Any]]: ...


# --- turning input into stored values -------------------------------------------------------

def coerce(rt: RecordType, values: dict[str, Any]) -> tuple[dict[str, Any], list[Issue]]:
    """Convert input values (JSON or typed text) to storage form; unreadable values become issues.

    Text is stripped and empty text becomes None, so "no value" has one representation.
    """
    out: dict[str, Any] = {}
    issues: list[Issue] = []
    for name, raw in values.items():
        spec = rt.field(name)
        try:
            out[name] = _coerce_value(spec, raw)
        except ImpossibleDate as impossible:  # 31/02/2024: the day is wrong, not the format
            issues.append(Issue(ERROR, name, impossible.code, {"label": spec.vi, **impossible.params}))
        except _Refused as refused:
            issues.append(Issue(ERROR, name, refused.code, {"label": spec.vi, **refused.params}))
        except ValueError:
            code = {FieldKind.DATE: "bad_date", FieldKind.MONEY: "bad_money", FieldKind.INT: "bad_int",
                    FieldKind.BOOL: "bad_bool"}.get(spec.kind, "bad_code_value")
            params: dict[str, Any] = {"label": spec.vi, "value": raw}
            if spec.kind == FieldKind.CODE:
                params["allowed"] = ", ".join(v.code for v in catalogs.catalog(spec.catalog or ""))[:300]
            issues.append(Issue(ERROR, name, code, params))
    return out, issues


class _Refused(ValueError):
    """A value that reads, but that no field keeps: too long, too large, control characters."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _check_text(spec: Field, text: str) -> None:
    """The bounds every text obeys, typed or received: no control characters (NUL, ESC…) but
    tab and newline, and no more than the field's length."""
    if len(text) > spec.max_length:
        raise _Refused("text_too_long", length=len(text), limit=spec.max_length)
    if has_control_characters(text):
        raise _Refused("text_control_characters")


# A rate as officers write it: «6,9», «6.9 %», «6,9%/năm»; kept as the bare number.
_TYPED_RATE = re.compile(r"([0-9]{1,3})(?:[.,]([0-9]{1,4}))?\s*%?\s*(?:/\s*(?:năm|nam|year))?", re.IGNORECASE)


def _normalize_rate(text: str) -> str:
    """«6.90 %/năm» -> «6,9»: one stored form whichever way it was typed (form, Excel, CLI),
    written as the officer reads it back (a decimal comma), so loans compare alike; anything
    else is left for the check to refuse."""
    typed = _TYPED_RATE.fullmatch(text)
    if typed is None:
        return text
    whole, fraction = typed.group(1), (typed.group(2) or "").rstrip("0")
    return f"{int(whole)},{fraction}" if fraction else str(int(whole))


def _coerce_value(spec: Field, raw: Any) -> Any:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return False if spec.kind == FieldKind.BOOL else None
    if spec.kind == FieldKind.TEXT or spec.kind == FieldKind.REF:
        if isinstance(raw, (list, tuple, dict, set, bytes)):
            raise _Refused("bad_text", value=_preview(raw))
        text = str(raw).strip()
        if "\r" in text:  # Windows line ends from a pasted text or a spreadsheet cell
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        _check_text(spec, text)
        if spec.name == "registration_code":
            return normalize_tax_code(text)
        if spec.name == "id_number":
            return normalize_id_number(text)
        if spec.name == "phone":
            return normalize_phone(text)
        if spec.name == "interest_rate":
            return _normalize_rate(text)
        return text
    if spec.kind == FieldKind.DATE:
        return parse_date(raw)
    if spec.kind == FieldKind.MONEY:
        amount = parse_money(raw)
        if amount is not None and abs(amount) > MONEY_MAX_VND:
            raise _Refused("number_too_large", limit=format_money(MONEY_MAX_VND))
        return amount
    if spec.kind == FieldKind.INT:
        number = _int_value(raw)
        if abs(number) > INT_MAX:
            raise _Refused("number_too_large", limit=format_money(INT_MAX))
        return number
    if spec.kind == FieldKind.BOOL:
        if isinstance(raw, bool):
            return raw
        parsed = parse_bool(raw)
        return bool(parsed)
    if spec.kind == FieldKind.CODE:
        code = str(raw).strip()
        if spec.catalog == "ethnicity" and code.isdigit() and len(code) == 1:
            code = "0" + code
        if not catalogs.is_code(spec.catalog or "", code):
            raise ValueError(code)
        return code
    raise AssertionError(spec.kind)


def _int_value(raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValueError(raw)
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    text = str(raw).strip()
    if not text.isascii():  # int() would read Arabic-Indic and other digits
        raise ValueError(text)
    return int(text)


# --- values that arrive in storage form (sync packages) -------------------------------------

ValueCheck = Callable[[Any], "Issue | None"]
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _preview(value: Any) -> str:
    """A short, printable glimpse of a refused value for a message (never 10 MB of it)."""
    text = value if isinstance(value, str) else repr(value)
    text = printable(text)
    return text if len(text) <= 40 else text[:40] + "…"


@cache
def stored_value_check(spec: Field) -> ValueCheck:
    """How to check one value of `spec` that arrives already in storage (JSON) form, as sync
    packages carry it: its type, its catalogue, a real date, and the bounds typed entry applies.

    Shape only: the rules about other fields or other records may differ between versions,
    and merging must not depend on them; but nothing passes that the program could not show,
    edit and export later. None (no value) always passes. Made once per field, because an
    import checks every value of hundreds of thousands of changes.
    """
    def issue(code: str, value: Any, **params: Any) -> Issue:
        return Issue(ERROR, spec.name, code, {"label": spec.vi, "value": _preview(value), **params})

    kind = spec.kind
    if kind == FieldKind.TEXT:
        limit = spec.max_length

        def check(value: Any) -> Issue | None:
            if value is None or (type(value) is str and len(value) <= limit and not has_control_characters(value)):
                return None
            if type(value) is not str:
                return issue("bad_text", value)
            try:
                _check_text(spec, value)
            except _Refused as refused:
                return issue(refused.code, value, **refused.params)
            return None
    elif kind == FieldKind.REF:
        def check(value: Any) -> Issue | None:
            return None if value is None or is_record_id(value) else issue("bad_record_id", value)
    elif kind == FieldKind.DATE:
        def check(value: Any) -> Issue | None:
            if value is None:
                return None
            if type(value) is str and _ISO_DAY.fullmatch(value):
                try:
                    date.fromisoformat(value)
                    return None
                except ValueError:
                    pass
            return issue("bad_date", value)
    elif kind == FieldKind.MONEY:
        def check(value: Any) -> Issue | None:
            if value is None or (type(value) is int and -MONEY_MAX_VND <= value <= MONEY_MAX_VND):
                return None
            if type(value) is int:
                return issue("number_too_large", value, limit=format_money(MONEY_MAX_VND))
            return issue("bad_money", value)
    elif kind == FieldKind.INT:
        lowest = -INT_MAX if spec.minimum is None else spec.minimum
        highest = INT_MAX if spec.maximum is None else spec.maximum

        def check(value: Any) -> Issue | None:
            if value is None or (type(value) is int and lowest <= value <= highest):
                return None
            if type(value) is not int:
                return issue("bad_int", value)
            if abs(value) > INT_MAX:
                return issue("number_too_large", value, limit=format_money(INT_MAX))
            return issue("number_out_of_range", value, minimum=spec.minimum if spec.minimum is not None else "",
                         maximum=spec.maximum if spec.maximum is not None else "")
    elif kind == FieldKind.BOOL:
        def check(value: Any) -> Issue | None:
            ok = value is None or type(value) is bool or (type(value) is int and value in (0, 1))
            return None if ok else issue("bad_bool", value)
    elif kind == FieldKind.CODE:
        catalog = spec.catalog or ""

        def check(value: Any) -> Issue | None:
            if value is None or (type(value) is str and catalogs.is_code(catalog, value)):
                return None
            allowed = ", ".join(v.code for v in catalogs.catalog(catalog))[:300]
            return issue("bad_code_value", value, allowed=allowed)
    else:  # pragma: no cover - every kind is handled above
        raise AssertionError(kind)
    return check


def check_text_value(value: Any, label: str, limit: int) -> Issue | None:
    """The same text bounds for a text that is not a record field (an officer's name, a reason)."""
    if value is None:
        return None
    if type(value) is not str:
        return Issue(ERROR, None, "bad_text", {"label": label, "value": _preview(value)})
    if len(value) > limit:
        return Issue(ERROR, None, "text_too_long", {"label": label, "length": len(value), "limit": limit})
    if has_control_characters(value):
        return Issue(ERROR, None, "text_control_characters", {"label": label})
    return None


# --- the rules -------------------------------------------------------------------------------

def validate_coerced(rt: RecordType, record: dict[str, Any], record_id: str | None, ctx: ValidationContext,
                     owner: str | None, unread: list[Issue]) -> list[Issue]:
    """The issues of a record built from `coerce`d input: `unread` (what `coerce` could not
    read), then the rules' issues on every other field. A value refused as unreadable (600
    characters, a NUL) is left out of the record, so the rules would also call the field empty
    or missing: only the real problem is reported."""
    bad_fields = {issue.field for issue in unread}
    return unread + [i for i in validate(rt, record, record_id, ctx, owner)
                     if i.field is None or i.field not in bad_fields]


def validate(rt: RecordType, record: dict[str, Any], record_id: str | None,
             ctx: ValidationContext, owner: str | None = None) -> list[Issue]:
    """All issues of `record` (stored form, every field present) in field order. `owner` is the
    unit the record belongs to (this site for a new one): an organisation of a commune lies in it."""
    issues: list[Issue] = []
    for spec in rt.fields:
        if spec.required and record.get(spec.name) in (None, ""):
            issues.append(Issue(ERROR, spec.name, "required", {"label": spec.vi}))
        value = record.get(spec.name)
        if spec.kind == FieldKind.MONEY and not spec.signed and (value or 0) < 0:
            issues.append(Issue(ERROR, spec.name, "negative_money", {"label": spec.vi}))
        if spec.kind == FieldKind.INT and value is not None and (
                (spec.minimum is not None and value < spec.minimum)
                or (spec.maximum is not None and value > spec.maximum)):
            issues.append(Issue(ERROR, spec.name, "number_out_of_range", {
                "label": spec.vi, "value": value, "minimum": spec.minimum if spec.minimum is not None else "",
                "maximum": spec.maximum if spec.maximum is not None else ""}))
    checker = _CHECKS[rt.name]
    issues.extend(checker({**record, _OWNER: owner}, record_id, ctx))
    return issues


_OWNER = "owner"  # not a field: what `validate` hands its checks about whose record it is


def _date_order(record: dict[str, Any], earlier: str, later: str, rt_labels: dict[str, str]) -> list[Issue]:
    first, second = record.get(earlier), record.get(later)
    if first and second and second < first:
        return [Issue(ERROR, later, "date_order", {
            "earlier": rt_labels[earlier], "earlier_value": format_date(first),
            "later": rt_labels[later], "later_value": format_date(second)})]
    return []


def _not_in_future(record: dict[str, Any], name: str, label: str, today: date,
                   code: str = "date_in_future") -> list[Issue]:
    value = record.get(name)
    if value and value > today.isoformat():
        return [Issue(ERROR, name, code, {"label": label, "value": format_date(value)})]
    return []


def _phone(record: dict[str, Any]) -> list[Issue]:
    phone = record.get("phone")
    if phone and (code := check_phone(phone)):
        return [Issue(ERROR, "phone", code, {"value": phone})]
    return []


def _check_organization(record: dict[str, Any], record_id: str | None,
                        ctx: ValidationContext) -> list[Issue]:

    labels = {f.name: f.vi for f in ORGANIZATION.fields}
    issues: list[Issue] = []
    code = record.get("registration_code")
    if code:
        problem = check_tax_code(code)
        if problem:
            issues.append(Issue(ERROR, "registration_code", problem, {"value": code}))
        else:
            other = ctx.organization_with_code(code, record_id)
            if other:
                issues.append(Issue(ERROR, "registration_code", "tax_code_duplicate",
                                    {"value": code, "other": other["name"]}))
    issues += _not_in_future(record, "registration_date", labels["registration_date"], ctx.today)
    issues += _phone(record)
    commune = record.get("commune_code")
    if commune and (not commune.isdigit() or len(commune) != 5 or units.find_unit(commune) is None):
        issues.append(Issue(ERROR, "commune_code", "bad_commune_code", {"value": commune}))
    elif (commune and (owner := record.get(_OWNER)) and units.is_unit_code(owner, "commune")
          and units.commune_now(commune) != owner):
        # A commune's figures are those of the organisations placed in it: one of its own
        # placed in another commune would count there once the district merges the packages
        # (and the district's packages would be refused for it).
        issues.append(Issue(ERROR, "commune_code", "commune_code_elsewhere",
                            {"value": units.describe(commune), "site": units.describe(owner)}))
    if record.get("kind") in ("htx", "lhhtx") and record.get("status") == "unregistered":
        issues.append(Issue(ERROR, "status", "status_unregistered_not_tht"))
    stars = record.get("ocop_stars")
    if stars is not None and not 3 <= stars <= 5:
        issues.append(Issue(ERROR, "ocop_stars", "ocop_stars_range"))
    issues += _managers_missing(record, record_id, ctx)
    kind = record.get("kind")
    # Members are added after the organisation exists, so a new one is not warned yet.
    if record_id and kind in MIN_MEMBERS and record.get("status") in ("active", None):
        minimum, warn_code = MIN_MEMBERS[kind]
        count = ctx.official_member_count(record_id)
        if count < minimum:
            issues.append(Issue(WARNING, None, warn_code, {"count": count}))
    return issues


def _organization_of(record: dict[str, Any], ctx: ValidationContext) -> tuple[dict[str, Any] | None, list[Issue]]:
    org_id = record.get("organization_id")
    if not org_id:
        return None, []
    org = ctx.organization(org_id)
    if org is None:
        return None, [Issue(ERROR, "organization_id", "organization_missing", {"value": org_id})]
    if org.get("deleted"):
        return org, [Issue(ERROR, "organization_id", "organization_is_deleted", {"other": org["name"]})]
    return org, []


def _person_checks(record: dict[str, Any], labels: dict[str, str], today: date) -> list[Issue]:
    """Rules shared by members and workers: ID number shape and agreement, birth date."""
    issues: list[Issue] = []
    issues += _not_in_future(record, "birth_date", labels["birth_date"], today, "birth_in_future")
    id_number = record.get("id_number")
    if id_number:
        problem = check_id_number(id_number)
        if problem:
            issues.append(Issue(ERROR, "id_number", problem, {"value": id_number}))
        elif (info := parse_cccd(id_number)) is not None:
            gender = record.get("gender")
            if gender and info.gender != gender:
                issues.append(Issue(WARNING, "id_number", "cccd_gender_mismatch", {
                    "cccd_gender": catalogs.label("gender", info.gender),
                    "gender": catalogs.label("gender", gender)}))
            birth = record.get("birth_date")
            if birth and int(birth[:4]) != info.birth_year:
                issues.append(Issue(WARNING, "id_number", "cccd_year_mismatch", {
                    "cccd_year": info.birth_year, "year": int(birth[:4])}))
    return issues


def _check_member(record: dict[str, Any], record_id: str | None, ctx: ValidationContext) -> list[Issue]:

    labels = {f.name: f.vi for f in MEMBER.fields}
    org, issues = _organization_of(record, ctx)
    issues += _person_checks(record, labels, ctx.today)
    issues += _phone(record)
    for name in ("joined_on", "left_on", "id_issued_on", "capital_completed_on"):
        issues += _not_in_future(record, name, labels[name], ctx.today)
    issues += _date_order(record, "birth_date", "joined_on", labels)
    issues += _date_order(record, "joined_on", "left_on", labels)
    issues += _date_order(record, "birth_date", "id_issued_on", labels)
    if record.get("leave_reason") and not record.get("left_on"):
        issues.append(Issue(ERROR, "left_on", "leave_reason_without_date"))
    id_number = record.get("id_number")
    if org and id_number and not check_id_number(id_number):
        other = ctx.member_with_id_number(org["id"], id_number, record_id)
        if other:
            issues.append(Issue(ERROR, "id_number", "id_number_duplicate",
                                {"value": id_number, "other": other["full_name"]}))
    if org:
        membership = record.get("membership")
        if membership and (org["kind"] == "tht") != (membership == "member"):
            issues.append(Issue(ERROR, "membership", "membership_kind_mismatch"))
        limit = MAX_CAPITAL_SHARE.get(org["kind"])
        capital, charter = record.get("capital_vnd") or 0, org.get("charter_capital_vnd") or 0
        if limit and charter > 0 and capital * 100 > charter * limit:
            share = round(capital * 100 / charter, 1)
            issues.append(Issue(WARNING, "capital_vnd", "capital_share_high",
                                {"share": f"{share:g}".replace(".", ","), "limit": limit}))
        if org["kind"] == "lhhtx" and membership == "official" and record.get("kind") != "legal_entity":
            # A union's official members are cooperatives (Law 17/2023): a person cannot be one.
            issues.append(Issue(ERROR, "kind", "union_member_not_cooperative"))
        linked_id = record.get("member_organization_id")
        if linked_id:
            linked = ctx.organization(linked_id)
            if linked is None or linked.get("deleted"):
                issues.append(Issue(ERROR, "member_organization_id", "organization_missing", {"value": linked_id}))
            elif linked["id"] == org["id"]:
                issues.append(Issue(ERROR, "member_organization_id", "member_organization_itself"))
            elif org["kind"] == "lhhtx" and linked.get("kind") != "htx":
                issues.append(Issue(ERROR, "member_organization_id", "union_member_not_cooperative"))
    if (record.get("membership") == "associate_no_capital" and (record.get("capital_vnd") or 0) > 0):
        issues.append(Issue(WARNING, "capital_vnd", "associate_no_capital_with_capital"))
    issues += _age_at_joining(record, ctx.today)
    return issues


def _age_at_joining(record: dict[str, Any], today: date) -> list[Issue]:
    """Individuals who are official or capital-contributing members must be 18 or over on the
    day they joined (Law 17/2023, Art. 30); without a join date, today stands in for it."""
    birth = record.get("birth_date")
    if not birth or record.get("kind") != "individual" or record.get("membership") not in (
            "official", "associate_capital"):
        return []
    joined = record.get("joined_on")
    day = date.fromisoformat(joined) if joined else today
    if birth > day.isoformat():
        return []
    age = age_on(birth, day)
    if age >= 18:
        return []
    if joined:
        return [Issue(WARNING, "birth_date", "member_under_18_when_joined",
                      {"age": age, "joined_on": format_date(joined)})]
    return [Issue(WARNING, "birth_date", "official_member_under_18", {"age": age})]


def _check_worker(record: dict[str, Any], record_id: str | None, ctx: ValidationContext) -> list[Issue]:

    labels = {f.name: f.vi for f in WORKER.fields}
    _, issues = _organization_of(record, ctx)
    issues += _person_checks(record, labels, ctx.today)
    issues += _not_in_future(record, "started_on", labels["started_on"], ctx.today)
    issues += _date_order(record, "birth_date", "started_on", labels)
    issues += _date_order(record, "started_on", "ended_on", labels)
    return issues


LOAN_CATEGORY = "credit"  # only a credit support can be a loan (repaid, not support money)


def _check_support(record: dict[str, Any], record_id: str | None, ctx: ValidationContext) -> list[Issue]:

    labels = {f.name: f.vi for f in SUPPORT.fields}
    _, issues = _organization_of(record, ctx)
    issues += _not_in_future(record, "decision_date", labels["decision_date"], ctx.today)
    if record.get("is_loan") and record.get("category") != LOAN_CATEGORY:
        issues.append(Issue(ERROR, "is_loan", "loan_not_credit"))
    return issues


# Rating bands (Circular 01/2020/TT-BKHĐT): the lowest score of each band.
RATING_BANDS: tuple[tuple[str, int], ...] = (("good", 80), ("fair", 65), ("average", 50), ("weak", 0))


def rating_for_score(score: int) -> str:
    """The band a score of 0–100 falls in."""
    return next(rating for rating, lowest in RATING_BANDS if score >= lowest)


def _check_annual_report(record: dict[str, Any], record_id: str | None,
                         ctx: ValidationContext) -> list[Issue]:
    labels = {f.name: f.vi for f in ANNUAL_REPORT.fields}
    org, issues = _organization_of(record, ctx)
    year = record.get("year")
    issues += _not_in_future(record, "submitted_on", labels["submitted_on"], ctx.today)
    if year is not None and year > ctx.today.year:
        issues.append(Issue(ERROR, "year", "annual_report_future_year", {"year": year}))
    if org and year is not None:
        other = ctx.annual_report_of(org["id"], year, record_id)
        if other is not None:
            issues.append(Issue(ERROR, "year", "annual_report_year_taken",
                                {"year": year, "organization": org["name"]}))
    rating, score = record.get("rating"), record.get("rating_score")
    if rating and rating != "not_rated" and score is not None and 0 <= score <= 100:
        expected = rating_for_score(score)
        if expected != rating:
            issues.append(Issue(WARNING, "rating_score", "rating_score_band", {
                "score": score, "rating": catalogs.label("rating", rating),
                "expected": catalogs.label("rating", expected)}))
    if org and year is not None and rating and rating != "not_rated":
        registered = org.get("registration_date")
        if registered and registered > f"{year}-01-01":
            issues.append(Issue(WARNING, "rating", "rating_under_12_months",
                                {"year": year, "registered": format_date(registered)}))
    internal, revenue = record.get("internal_transactions_vnd"), record.get("revenue_vnd")
    if internal is not None and revenue is not None and internal > revenue:
        issues.append(Issue(WARNING, "internal_transactions_vnd", "internal_above_revenue"))
    overdue, debt = record.get("overdue_debt_vnd"), record.get("debt_vnd")
    if overdue is not None and debt is not None and overdue > debt:
        issues.append(Issue(WARNING, "overdue_debt_vnd", "overdue_above_debt"))
    regular, total = record.get("workers_regular"), record.get("workers_total")
    if regular is not None and total is not None and regular > total:
        issues.append(Issue(ERROR, "workers_regular", "regular_above_total_workers"))
    return issues


def _check_status_change(record: dict[str, Any], record_id: str | None,
                         ctx: ValidationContext) -> list[Issue]:
    labels = {f.name: f.vi for f in STATUS_CHANGE.fields}
    org, issues = _organization_of(record, ctx)
    issues += _not_in_future(record, "decision_date", labels["decision_date"], ctx.today)
    if org and org.get("kind") in ("htx", "lhhtx") and record.get("status") == "unregistered":
        issues.append(Issue(ERROR, "status", "status_unregistered_not_tht"))
    return issues


# Posts one person holds at a time; a cooperative may have several deputy directors.
SINGLE_POSTS = frozenset({"chair", "director", "accountant", "controller", "tht_leader"})
# Posts an operating cooperative must have filled (Law 17/2023: director, accountant).
REQUIRED_POSTS = ("director", "accountant")


def in_post(manager: dict[str, Any], day: str) -> bool:
    """Whether a manager holds the post on `day` (ISO): from its start (if known) to its end."""
    return (manager.get("from_on") or "") <= day and (not manager.get("to_on") or manager["to_on"] >= day)


def _managers_missing(record: dict[str, Any], record_id: str | None, ctx: ValidationContext) -> list[Issue]:
    """An operating cooperative with no director or no accountant in post today. Only once
    its managers are recorded at all: a register that has not started yet is not a warning."""
    if not record_id or record.get("kind") != "htx" or record.get("status") not in ("active", None):
        return []
    managers = ctx.managers_of(record_id)
    if not managers:
        return []
    today = ctx.today.isoformat()
    return [Issue(WARNING, None, "manager_post_empty", {"post": catalogs.label("manager_role", post)})
            for post in REQUIRED_POSTS
            if not any(m["role"] == post and in_post(m, today) for m in managers)]


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return ((a.get("from_on") or "") <= (b.get("to_on") or "9999-12-31")
            and (b.get("from_on") or "") <= (a.get("to_on") or "9999-12-31"))


def _check_manager(record: dict[str, Any], record_id: str | None, ctx: ValidationContext) -> list[Issue]:

    labels = {f.name: f.vi for f in MANAGER.fields}
    org, issues = _organization_of(record, ctx)
    issues += _person_checks(record, labels, ctx.today)
    issues += _phone(record)
    issues += _date_order(record, "from_on", "to_on", labels)
    issues += _date_order(record, "birth_date", "from_on", labels)
    role = record.get("role")
    if org and role == "tht_leader" and org.get("kind") != "tht":
        issues.append(Issue(ERROR, "role", "manager_tht_leader_not_tht"))
    if org and role in SINGLE_POSTS:
        for other in ctx.managers_of(org["id"]):
            if other["id"] != record_id and other["role"] == role and _overlaps(record, other):
                issues.append(Issue(WARNING, "role", "manager_post_taken", {
                    "post": catalogs.label("manager_role", role), "other": other["full_name"]}))
                break
    return issues


def _check_training(record: dict[str, Any], record_id: str | None, ctx: ValidationContext) -> list[Issue]:

    labels = {f.name: f.vi for f in TRAINING.fields}
    _, issues = _organization_of(record, ctx)
    issues += _not_in_future(record, "started_on", labels["started_on"], ctx.today)
    issues += _date_order(record, "started_on", "ended_on", labels)
    if not record.get("full_name") and not record.get("manager_id"):
        issues.append(Issue(ERROR, "full_name", "training_who"))
    return issues


def _check_product(record: dict[str, Any], record_id: str | None, ctx: ValidationContext) -> list[Issue]:

    labels = {f.name: f.vi for f in PRODUCT.fields}
    _, issues = _organization_of(record, ctx)
    issues += _not_in_future(record, "ocop_certified_on", labels["ocop_certified_on"], ctx.today)
    issues += _date_order(record, "ocop_certified_on", "ocop_expires_on", labels)
    if record.get("ocop_stars") is None and (record.get("ocop_certified_on") or record.get("ocop_decision_no")):
        issues.append(Issue(ERROR, "ocop_stars", "ocop_stars_missing"))
    if record.get("ocop_stars") is not None and not record.get("ocop_certified_on"):
        issues.append(Issue(WARNING, "ocop_certified_on", "ocop_date_missing"))
    return issues


def _check_linkage(record: dict[str, Any], record_id: str | None, ctx: ValidationContext) -> list[Issue]:

    labels = {f.name: f.vi for f in LINKAGE.fields}
    _, issues = _organization_of(record, ctx)
    code = record.get("partner_tax_code")
    if code and (problem := check_tax_code(code)):  # a company's tax code, not an HTX's code
        issues.append(Issue(ERROR, "partner_tax_code", f"partner_{problem}", {"value": code}))
    issues += _not_in_future(record, "signed_on", labels["signed_on"], ctx.today)
    issues += _date_order(record, "signed_on", "expires_on", labels)
    return issues


_RATE = re.compile(r"[0-9]{1,3}([.,][0-9]{1,4})?")


def _check_loan(record: dict[str, Any], record_id: str | None, ctx: ValidationContext) -> list[Issue]:

    labels = {f.name: f.vi for f in LOAN.fields}
    _, issues = _organization_of(record, ctx)
    issues += _not_in_future(record, "disbursed_on", labels["disbursed_on"], ctx.today)
    issues += _date_order(record, "disbursed_on", "as_of", labels)
    rate = record.get("interest_rate")
    if rate is not None and (not _RATE.fullmatch(rate) or float(rate.replace(",", ".")) > 100):
        issues.append(Issue(ERROR, "interest_rate", "interest_rate_format", {"value": rate}))
    amount, outstanding, overdue = (record.get(n) for n in ("amount_vnd", "outstanding_vnd", "overdue_vnd"))
    if amount is not None and outstanding is not None and outstanding > amount:
        issues.append(Issue(WARNING, "outstanding_vnd", "loan_outstanding_above_amount"))
    if outstanding is not None and overdue is not None and overdue > outstanding:
        issues.append(Issue(WARNING, "overdue_vnd", "loan_overdue_above_outstanding"))
    return issues


def _check_land(record: dict[str, Any], record_id: str | None, ctx: ValidationContext) -> list[Issue]:

    labels = {f.name: f.vi for f in LAND.fields}
    _, issues = _organization_of(record, ctx)
    issues += _date_order(record, "from_on", "to_on", labels)
    return issues


_CHECKS = {
    "organization": _check_organization,
    "member": _check_member,
    "worker": _check_worker,
    "support": _check_support,
    "annual_report": _check_annual_report,
    "status_change": _check_status_change,
    "manager": _check_manager,
    "training": _check_training,
    "product": _check_product,
    "linkage": _check_linkage,
    "loan": _check_loan,
    "land": _check_land,
}
