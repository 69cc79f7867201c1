"""The summary report's content, ready for any output: the window, the PDF, the Excel sheet.

Everything here is plain data (numbers, labels already in the chosen language), so the
printed page, the spreadsheet and the dashboard cannot disagree about a figure. Layout lives
with each output.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from kttt_desktop.core import catalogs, units
from kttt_desktop.core.db import report_queries
from kttt_desktop.core.plan.indicators import (
    INDICATORS,
    Indicator,
    Snapshot,
    YearFigures,
    organizations_on,
    trend,
)
from kttt_desktop.core.plan.targets import (
    HORIZONS,
    MUONG_TE_DISTRICT,
    Progress,
    Target,
    muong_te_area,
    progress,
)
from kttt_desktop.core.reports.document_form import (
    date_line,
    default_issuer,
    default_place,
    document_form,
    signing_day,
)
from kttt_desktop.core.reports.headline import (
    HeadlineRow,
    headline_rows,
    is_plan_indicator,
)
from kttt_desktop.core.reports.registers import RegisterFigures, register_figures

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry
    from kttt_desktop.core.reports.year_report import YearReport

# Above this many organisations the report lists communes instead of every organisation.
MAX_LISTED_ORGANIZATIONS = 300
TREND_YEARS = 6


@dataclass(frozen=True)
class IndicatorRow:
    indicator: Indicator
    actual: float | None
    by_horizon: dict[int, Progress]  # 2030 and 2045
    # The upper level's (the area's) target per horizon and its figure, beside a commune's own
    # as context only: never what the commune is measured against.
    context: dict[int, Target] = field(default_factory=dict)
    context_actual: float | None = None

    @property
    def assessed(self) -> Progress:
        """The progress the report's "Đánh giá" speaks of: the nearest horizon with a target."""
        for year in HORIZONS:
            found = self.by_horizon.get(year)
            if found is not None and found.target is not None:
                return found
        return self.by_horizon[HORIZONS[0]]


@dataclass(frozen=True)
class OrganizationLine:
    name: str
    code: str
    status: str  # label
    village: str
    members: int
    workers: int


@dataclass(frozen=True)
class UnitRow:
    """One commune's figures at an upper level."""

    unit_code: str
    name: str
    values: dict[str, float | None]
    registers: dict[str, int] = field(default_factory=dict)  # the registers' figures, under REGISTER_KEYS


@dataclass
class ReportData:
    as_of: date
    lang: str
    site_name: str
    site_level: str
    unit_code: str
    issuer: str  # the issuing body, upper case, as in the header of an administrative document
    place: str  # the place in the date line: "Bum Tở, ngày 26 tháng 11 năm 2026"
    title: str
    subtitle: str
    officer: str
    signer_title: str
    signer_name: str
    targets_unit: str | None  # whose targets the table compares with
    targets_note: str
    indicator_rows: list[IndicatorRow]
    snapshot: Snapshot
    trend: list[YearFigures]
    organizations_by_kind: dict[str, list[OrganizationLine]]  # kind label -> lines; empty at scale
    unit_rows: list[UnitRow] = field(default_factory=list)
    status_table: list[tuple[str, dict[str, int]]] = field(default_factory=list)  # status label -> kind label -> n
    support_by_category: list[tuple[str, int, int]] = field(default_factory=list)  # label, count, amount
    support_by_source: list[tuple[str, int, int]] = field(default_factory=list)
    members_by_ethnicity: list[tuple[str, int]] = field(default_factory=list)  # largest first
    members_by_gender: list[tuple[str, int]] = field(default_factory=list)
    headlines: list[HeadlineRow] = field(default_factory=list)  # every headline figure, in order
    registers: RegisterFigures | None = None  # the registers' figures of the whole site
    signed_on: date | None = None  # the date line's date: the day it is signed (None: today)
    recipients: list[str] = field(default_factory=list)  # "Nơi nhận", one line each
    context_unit: str | None = None  # a commune's upper level whose targets are shown as context
    context_targets: list[Target] = field(default_factory=list)
    # The figures on each base date a target counts its baseline from: the whole site's, and
    # each commune's under `units` (so a commune's rows at an upper level need no new count).
    base_snapshots: dict[date, Snapshot] = field(default_factory=dict)
    # The year's report when a year is chosen (`reports.year_report`): its sections follow the summary's.
    year_report: YearReport | None = None

    @property
    def beside_rows(self) -> list[HeadlineRow]:
        """The headline figures that are not plan indicators: printed after the indicator table."""
        return [row for row in self.headlines if not is_plan_indicator(row.key)]

    def status_grid(self) -> tuple[list[str], list[tuple[str, list[int]]], list[int]]:
        """The organisations by status and kind as every output lays them out: the kinds'
        labels, each status's counts by kind, and the totals by kind."""
        kinds = [catalogs.label("organization_kind", value.code, self.lang)
                 for value in catalogs.catalog("organization_kind")]
        rows = [(status, [counts.get(kind, 0) for kind in kinds]) for status, counts in self.status_table]
        totals = [sum(values[column] for _, values in rows) for column in range(len(kinds))]
        return kinds, rows, totals

    def date_line(self) -> str:
        """The place and the signing date (not the date the figures count up to)."""
        return date_line(self.place, self.signed_on or date.today(), self.lang)


def applicable_targets(registry: Registry) -> tuple[str | None, list[Target]]:
    """The targets a site measures itself against. A commune: its own unit's only (allocated
    by its upper level, or set by itself); never the area's. An upper level: its own unit's,
    else its upper level's, else (in the Mường Tè area) the district plan's."""
    site = registry.require_site()
    candidates = [site.unit_code] if site.level == "commune" else [site.unit_code, *_above(site)]
    for unit_code in candidates:
        if unit_code:
            found = registry.targets(unit_code)
            if found:
                return unit_code, found
    return None, []


def context_targets(registry: Registry) -> tuple[str | None, list[Target]]:
    """At a commune, the targets of the level above (its upper level's, else the Mường Tè
    district plan's): shown beside the commune's own as context. Nothing at an upper level."""
    site = registry.require_site()
    if site.level != "commune":
        return None, []
    for unit_code in _above(site):
        if unit_code:
            found = registry.targets(unit_code)
            if found:
                return unit_code, found
    return None, []


def _above(site: object) -> list[str | None]:
    codes: list[str | None] = [getattr(site, "upper_code", None)]
    if getattr(site, "unit_code", None) in muong_te_area():
        codes.append(MUONG_TE_DISTRICT)
    return codes


def base_dates(targets: list[Target], as_of: date) -> set[date]:
    """The days whose register a baseline must be counted on (never after `as_of`)."""
    return {min(t.base_date, as_of) for t in targets if t.baseline is None}


def indicator_rows(snapshot: Snapshot, targets: Sequence[Target], as_of: date, context: Sequence[Target] = (),
                   bases: Mapping[date, Mapping[str, float | None]] | None = None,
                   context_actual: Mapping[str, float | None] | None = None) -> list[IndicatorRow]:
    """Each plan indicator against `targets` (the unit's own). `context` is the upper level's
    targets: where it has one and `targets` has none, the row says no target was allocated.
    `bases` holds the figures on each base date, to count baselines that were not entered."""
    by_key = {(t.indicator, t.year): t for t in targets}
    above = {(t.indicator, t.year): t for t in context}
    rows = []
    for ind in INDICATORS:
        actual = snapshot.total.get(ind.key)
        by_horizon = {}
        for year in HORIZONS:
            target = by_key.get((ind.key, year))
            counted = None
            if target is not None and target.baseline is None and bases is not None:
                counted = bases.get(min(target.base_date, as_of), {}).get(ind.key)
            found = progress(ind.key, actual, target, as_of, counted_baseline=counted)
            if target is None and (ind.key, year) in above:
                found = replace(found, state="not_allocated")
            by_horizon[year] = found
        rows.append(IndicatorRow(ind, actual, by_horizon,
                                 {year: above[(ind.key, year)] for year in HORIZONS if (ind.key, year) in above},
                                 (context_actual or {}).get(ind.key)))
    return rows


def base_snapshots(registry: Registry, targets: list[Target], as_of: date) -> dict[date, Snapshot]:
    """The register on each base date `targets` count a baseline from."""
    return {day: registry.indicators(day) for day in sorted(base_dates(targets, as_of))}


def issuer_and_place(registry: Registry, lang: str = "vi") -> tuple[str, str]:
    """The issuing body and the place of the date line of a printed document: as set in
    Settings, else from the site's level and name."""
    site = registry.require_site()
    return (registry.setting("report_issuer") or default_issuer(site.level, site.name, lang),
            registry.setting("report_place") or default_place(site.unit_code, site.name))


def unit_name(code: str, registry: Registry) -> str:
    peer = registry.sync.peer(code)
    return peer.name if peer is not None else (units.describe(code) or code)


def build_report(registry: Registry, as_of: date | None = None, lang: str = "vi",
                 signed_on: date | None = None) -> ReportData:
    """Gather everything the summary report shows on `as_of` (today if None), signed on
    `signed_on` (None: the signing day planned in the settings, else today)."""
    site = registry.require_site()
    as_of = as_of or registry.today
    snapshot = registry.indicators(as_of)
    targets_unit, targets = applicable_targets(registry)
    context_unit, context = context_targets(registry)
    first_year = as_of.year - TREND_YEARS + 1
    en = lang == "en"

    def scope_of(unit: str) -> str:
        return unit_name(unit, registry) if unit != MUONG_TE_DISTRICT else (
            "Mường Tè district" if en else "khu vực Mường Tè (huyện cũ)")

    if targets_unit is None and context_unit is not None:
        note = (f"No target has been allocated to {site.name} yet; the targets of {scope_of(context_unit)} "
                "are shown for reference only." if en else
                f"{site.name} chưa được giao chỉ tiêu; chỉ tiêu của {scope_of(context_unit)} "
                "chỉ ghi để tham khảo, không dùng để đánh giá.")
    elif targets_unit is None:
        note = ("No targets have been entered yet." if en else
                "Chưa có chỉ tiêu kế hoạch; hãy nhập ở mục Chỉ tiêu.")
    elif targets_unit == site.unit_code:
        note = ""
        if context_unit is not None:
            note = (f"The targets of {scope_of(context_unit)} are for reference only." if en else
                    f"Chỉ tiêu của {scope_of(context_unit)} chỉ ghi để tham khảo, không dùng để đánh giá.")
    else:
        basis = next((t.basis for t in targets if t.basis), "")
        note = (f"Targets of {scope_of(targets_unit)}" if en else f"Chỉ tiêu của {scope_of(targets_unit)}") + (
            f" ({basis})" if basis else "") + "."
    every_target = registry.targets()
    bases = base_snapshots(registry, every_target, as_of)

    form = document_form(registry, lang)
    report = ReportData(
        as_of=as_of, lang=lang, site_name=site.name, site_level=site.level, unit_code=site.unit_code,
        issuer=form.issuer, place=form.place, signed_on=signed_on or signing_day(registry),
        recipients=list(form.recipients),
        title="REPORT" if en else "BÁO CÁO",
        subtitle=(f"The collective economy as of {as_of:%d/%m/%Y}" if en else
                  f"Tình hình phát triển kinh tế tập thể đến ngày {as_of:%d/%m/%Y}"),
        officer=site.officer or "",
        signer_title=form.signer_title, signer_name=form.signer_name,
        targets_unit=targets_unit, targets_note=note,
        indicator_rows=indicator_rows(snapshot, targets, as_of, context,
                                      {day: base.total for day, base in bases.items()}),
        snapshot=snapshot,
        trend=trend(registry.conn, list(range(first_year, as_of.year + 1)), as_of),
        organizations_by_kind={},
        headlines=headline_rows(snapshot),
        registers=register_figures(snapshot, lang),
        context_unit=context_unit, context_targets=context, base_snapshots=bases,
    )
    kinds = [value.code for value in catalogs.catalog("organization_kind")]
    statuses = [value.code for value in catalogs.catalog("organization_status")]
    for status in statuses:
        counts = {catalogs.label("organization_kind", kind, lang): snapshot.organizations_by_kind_status.get(
            (kind, status), 0) for kind in kinds}
        if any(counts.values()):
            report.status_table.append((catalogs.label("organization_status", status, lang), counts))
    report.support_by_category = sorted(
        ((catalogs.label("support_category", code, lang), n, amount)
         for code, (n, amount) in snapshot.support_by_category.items()), key=lambda row: -row[2])
    report.support_by_source = sorted(
        ((catalogs.label("funding_source", code, lang), n, amount)
         for code, (n, amount) in snapshot.support_by_source.items()), key=lambda row: -row[2])
    not_recorded = "Not recorded" if en else "Chưa ghi"
    report.members_by_ethnicity = sorted(
        ((catalogs.label("ethnicity", code, lang) if code else not_recorded, n)
         for code, n in snapshot.members_by_ethnicity.items()), key=lambda row: -row[1])
    report.members_by_gender = sorted(
        ((catalogs.label("gender", code, lang) if code else not_recorded, n)
         for code, n in snapshot.members_by_gender.items()), key=lambda row: -row[1])
    if len(snapshot.units) > 1 or site.level != "commune":
        # A commune whose organisations have all ended may still owe a loan: it has a row too.
        codes = [*snapshot.units, *(code for code in snapshot.register_units if code not in snapshot.units)]
        report.unit_rows = sorted((UnitRow(code, unit_name(code, registry), snapshot.units.get(code, {}),
                                           dict(snapshot.register_units.get(code, {}))) for code in codes),
                                  key=lambda row: row.name)
    if sum(snapshot.organizations_by_kind_status.values()) <= MAX_LISTED_ORGANIZATIONS:
        report.organizations_by_kind = _organization_lines(registry, as_of, lang)
    return report


def _organization_lines(registry: Registry, as_of: date, lang: str) -> dict[str, list[OrganizationLine]]:
    """Every organisation registered by the date, grouped by kind, with its people on it."""
    day = as_of.isoformat()
    members = report_queries.people_per_organization(registry.conn, "member", day)
    workers = report_queries.people_per_organization(registry.conn, "worker", day)
    state = {org.id: org for org in organizations_on(registry.conn, as_of)}
    grouped: dict[str, list[OrganizationLine]] = {}
    for org_id, name, code, village in report_queries.organization_lines(registry.conn):
        org = state.get(org_id)
        if org is None:  # registered after the date
            continue
        grouped.setdefault(catalogs.label("organization_kind", org.kind, lang), []).append(OrganizationLine(
            name or "", code or "", catalogs.label("organization_status", org.status, lang), village or "",
            members.get(org_id, 0) if org.exists else 0, workers.get(org_id, 0) if org.exists else 0))
    order = [catalogs.label("organization_kind", value.code, lang) for value in catalogs.catalog("organization_kind")]
    return {kind: grouped[kind] for kind in order if kind in grouped}
