"""One organisation's full record, ready to print: its fields, members, workers and support.

Plain data with every value already formatted (labels of codes, dd/mm/yyyy dates, dotted
đồng), so the printed record reads exactly like the window and no layout code has to know
a catalogue. The document header (issuing body, place, signer) is the summary report's,
so every page a commune prints carries the same heading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from kttt_desktop.core import catalogs, units
from kttt_desktop.core.formats import format_date, format_money
from kttt_desktop.core.plan.indicators import RECEIVED_STAGES
from kttt_desktop.core.records.fields import RECORD_TYPES, FieldKind
from kttt_desktop.core.reports.document_form import date_line
from kttt_desktop.core.reports.summary import issuer_and_place

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

OFFICIAL_MEMBERSHIPS = frozenset({"official", "member"})
# Fields shown in the heading or the member table rather than in the list of fields.
_HEADING_FIELDS = frozenset({"name"})


@dataclass(frozen=True)
class FieldLine:
    name: str
    label: str
    value: str


@dataclass(frozen=True)
class MemberLine:
    full_name: str
    birth_date: str
    gender: str
    ethnicity: str
    id_number: str
    village: str
    membership: str
    official: bool  # an official member (or a group's member), not an associate
    capital: str  # "5.000.000", or "" when none was recorded
    joined_on: str
    left_on: str
    leave_reason: str


@dataclass(frozen=True)
class SupportLine:
    decision: str  # "12/QĐ-UBND, 12/06/2024"
    category: str
    content: str
    funding_source: str
    stage: str
    amount: int | None


@dataclass
class OrganizationSheet:
    """What the printed record of one organisation shows, on one date."""

    organization_id: str
    name: str
    kind: str  # code: htx, tht, lhhtx
    kind_label: str
    as_of: date
    lang: str
    issuer: str
    place: str
    officer: str
    signer_title: str
    signer_name: str
    fields: list[FieldLine] = field(default_factory=list)
    members: list[MemberLine] = field(default_factory=list)  # current members, by name
    former_members: list[MemberLine] = field(default_factory=list)  # left by the date
    capital_total: int = 0  # contributed by current members
    workers: int = 0  # working on the date
    workers_members: int = 0  # of them, also members
    workers_insured: int = 0  # with social insurance (mandatory or voluntary)
    workers_by_contract: list[tuple[str, int]] = field(default_factory=list)
    supports: list[SupportLine] = field(default_factory=list)
    support_total: int = 0
    support_received: int = 0  # disbursed or completed

    def date_line(self) -> str:
        """The place and date of the document, as its header writes it."""
        return date_line(self.place, self.as_of, self.lang)


def format_field(name: str, kind: FieldKind, catalog: str | None, value: Any, lang: str = "vi") -> str:
    """A stored value as a printed form shows it; empty stays empty."""
    if value is None or value == "":
        return ""
    if kind == FieldKind.DATE:
        return format_date(str(value))
    if kind == FieldKind.MONEY:
        return format_money(int(value))
    if kind == FieldKind.BOOL:
        yes, no = ("Yes", "No") if lang == "en" else ("Có", "Không")
        return yes if value else no
    if kind == FieldKind.CODE and catalog:
        return catalogs.label(catalog, str(value), lang)
    if name == "commune_code":
        return units.describe(str(value)) or str(value)
    return str(value)


def _rows(registry: Registry, table: str, organization_id: str) -> list[dict[str, Any]]:
    """The organisation's live child records of one type (its own index, then sorted here by
    the Vietnamese collation key, as the lists are)."""
    rows = registry.store.children(table, organization_id, deleted=False)
    rows.sort(key=lambda row: (row.get("collation_key") or b"", row.get("rid") or 0))
    return rows


def _member_line(row: dict[str, Any], lang: str) -> MemberLine:
    return MemberLine(
        full_name=row.get("full_name") or "",
        birth_date=format_date(row.get("birth_date")),
        gender=catalogs.label("gender", row.get("gender"), lang),
        ethnicity=catalogs.label("ethnicity", row.get("ethnicity_code"), lang),
        id_number=row.get("id_number") or "",
        village=row.get("village") or "",
        membership=catalogs.label("membership", row.get("membership"), lang),
        official=row.get("membership") in OFFICIAL_MEMBERSHIPS or not row.get("membership"),
        capital=format_money(row["capital_vnd"]) if row.get("capital_vnd") else "",
        joined_on=format_date(row.get("joined_on")),
        left_on=format_date(row.get("left_on")),
        leave_reason=row.get("leave_reason") or "",
    )


def _decision(row: dict[str, Any]) -> str:
    parts = [row.get("decision_no") or "", format_date(row.get("decision_date"))]
    return ", ".join(part for part in parts if part)


def organization_sheet(registry: Registry, organization_id: str, lang: str = "vi",
                       as_of: date | None = None) -> OrganizationSheet:
    """Gather one organisation's printed record on `as_of` (today if None).

    Members who left by the date are listed apart; workers count while they work. Raises
    `record_not_found` for an unknown id.
    """
    site = registry.require_site()
    as_of = as_of or registry.today
    day = as_of.isoformat()
    org = registry.get("organization", organization_id)
    rt = RECORD_TYPES["organization"]
    en = lang == "en"
    issuer, place = issuer_and_place(registry, lang)
    sheet = OrganizationSheet(
        organization_id=organization_id, name=org.get("name") or "", kind=org.get("kind") or "",
        kind_label=catalogs.label("organization_kind", org.get("kind"), lang), as_of=as_of, lang=lang,
        issuer=issuer, place=place, officer=site.officer or "",
        signer_title=registry.setting("report_signer_title") or ("CHAIRPERSON" if en else "CHỦ TỊCH"),
        signer_name=registry.setting("report_signer_name") or "",
    )
    for spec in rt.fields:
        if spec.name in _HEADING_FIELDS:
            continue
        sheet.fields.append(FieldLine(spec.name, spec.label(lang),
                                      format_field(spec.name, spec.kind, spec.catalog, org.get(spec.name), lang)))

    for row in _rows(registry, "member", organization_id):
        line = _member_line(row, lang)
        if row.get("left_on") and row["left_on"] <= day:
            sheet.former_members.append(line)
        else:
            sheet.members.append(line)
            sheet.capital_total += int(row.get("capital_vnd") or 0)

    by_contract: dict[str, int] = {}
    for row in _rows(registry, "worker", organization_id):
        if row.get("ended_on") and row["ended_on"] <= day:
            continue
        sheet.workers += 1
        sheet.workers_members += 1 if row.get("is_member") else 0
        sheet.workers_insured += 1 if row.get("social_insurance") in ("mandatory", "voluntary") else 0
        contract = row.get("contract") or "none"
        by_contract[contract] = by_contract.get(contract, 0) + 1
    sheet.workers_by_contract = [(value.label(lang), by_contract[value.code])
                                 for value in catalogs.catalog("contract") if value.code in by_contract]

    supports = _rows(registry, "support", organization_id)
    supports.sort(key=lambda row: (row.get("decision_date") or "9999", row.get("rid") or 0))
    for row in supports:
        amount = row.get("amount_vnd")
        sheet.supports.append(SupportLine(
            decision=_decision(row),
            category=catalogs.label("support_category", row.get("category"), lang),
            content=row.get("content") or "",
            funding_source=catalogs.label("funding_source", row.get("funding_source"), lang),
            stage=catalogs.label("support_stage", row.get("stage"), lang),
            amount=int(amount) if amount is not None else None))
        sheet.support_total += int(amount or 0)
        if row.get("stage") in RECEIVED_STAGES:
            sheet.support_received += int(amount or 0)
    return sheet
