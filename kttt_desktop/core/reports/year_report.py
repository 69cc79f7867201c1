"""The year's report: what a commune (or the level above it) writes about the collective
economy once a year, as plain data for every output (the printed PDF, the Excel summary, the
Word document).

For the year chosen, counted up to 31/12 (today for the current year): the year's own targets
and last year's figures with the change; what changed during the year (organisations
registered, converted from cooperative group to cooperative, suspended, dissolved, revoked,
bankrupt) by kind, by sector and by commune; the business results of the yearly results of the
year; the support decided in the year, loans apart; the registers (managers trained, products
certified, contracts in force); the organisations that need attention; and the narrative
sections the officer completes, with the sentences the data allows already written.

Every text is in the report's language already, and every number is a number (never a
formatted string), so each output lays the same content out its own way. The shapes below are
kept stable: outputs rely on them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from babel.numbers import format_decimal

from kttt_desktop.core import catalogs
from kttt_desktop.core.catalogues.report_words import REPORT_TEXTS, pick
from kttt_desktop.core.db import report_queries, year_queries
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.formats import format_date
from kttt_desktop.core.messages import CATALOGUE, texts
from kttt_desktop.core.plan.indicators import (
    INDICATORS,
    RECEIVED_STAGES,
    Snapshot,
    values_then,  # the stage a support had on a past day, as the indicators read it
)
from kttt_desktop.core.plan.targets import progress
from kttt_desktop.core.reports.attention import Attention
from kttt_desktop.core.reports.figure_text import locale_of
from kttt_desktop.core.reports.registers import RegisterFigures, RegisterLine, register_figures, register_lines
from kttt_desktop.core.reports.scale import SCALE_CODES, scale_label, scale_of_results
from kttt_desktop.core.reports.summary import applicable_targets, unit_name

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

# What can happen to an organisation during a year, in the order the report tells it.
REGISTERED = "registered"
CONVERTED = "converted"  # a cooperative group (THT) became a cooperative (HTX)
SUSPENDED = "suspended"
DISSOLVED = "dissolved"
REVOKED = "revoked"
BANKRUPT = "bankrupt"
CHANGE_KINDS = (REGISTERED, CONVERTED, SUSPENDED, DISSOLVED, REVOKED, BANKRUPT)

# The narrative sections of the report, in order: the officer writes their text.
RESULTS_SECTION = "results"  # Kết quả đạt được
SHORTCOMINGS_SECTION = "shortcomings"  # Tồn tại, hạn chế
CAUSES_SECTION = "causes"  # Nguyên nhân
NEXT_YEAR_SECTION = "next_year"  # Phương hướng, nhiệm vụ năm tới
PROPOSALS_SECTION = "proposals"  # Kiến nghị, đề xuất
SECTION_KEYS = (RESULTS_SECTION, SHORTCOMINGS_SECTION, CAUSES_SECTION, NEXT_YEAR_SECTION, PROPOSALS_SECTION)


@dataclass(frozen=True)
class YearFigure:
    """One plan indicator in the year: on the report's day, a year before, and the year's target.

    `key` is the indicator's key (`plan.indicators.INDICATOR_KEYS`), `label` its name, `unit`
    how it is shown ("count", "people", "percent", "vnd"). `actual` is the figure on the
    report's day, `previous` on 31/12 of the year before, `change` actual − previous (None when
    either is unknown). `target` is the value of the target entered for this very year (None
    when none was), `target_text` the target as people say it ("trên 1.500", "" without one),
    `state` the progress towards it: "reached", "on_track", "behind", "no_target", "no_data"
    (`plan.targets.progress`), and `state_label` that state in words.
    """

    key: str
    label: str
    unit: str
    actual: float | None
    previous: float | None
    change: float | None
    target: float | None
    target_text: str
    state: str
    state_label: str


@dataclass(frozen=True)
class ChangeEvent:
    """One thing that happened to one organisation in the year.

    `change` is one of CHANGE_KINDS; `day` the ISO day it happened: the registration date, the
    day a status decision took effect, or the day the conversion was recorded. `kind` and
    `sector` are codes (the organisation's kind at the time: a converted group registered in the
    same year is listed as a group), `kind_label` and `sector_label` their names, `unit_code`
    the organisation's commune (else the site that owns it) and `unit_name` its name.
    `decision_no` is the number of the status decision ("" for registrations, conversions and
    decisions without a number).
    """

    change: str
    day: str
    organization_id: str
    name: str
    kind: str
    kind_label: str
    sector: str
    sector_label: str
    unit_code: str
    unit_name: str
    decision_no: str = ""


@dataclass(frozen=True)
class ChangeRow:
    """The changes of the year of one group of organisations (a sector, or a commune).

    `key` is the sector code or the commune code, `label` its name, `counts` how many
    organisations had each change (CHANGE_KINDS → number; every kind present, 0 when none).
    """

    key: str
    label: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class YearChanges:
    """What changed in the year.

    `events` lists every change, by day. `by_kind` counts them per change and kind of
    organisation (CHANGE_KINDS → {"htx": 2, "tht": 1, ...}, only the kinds that occur).
    `by_sector` has a row per sector that had a change, in the catalogue's order; `by_unit` a row
    per commune that had a change, by name, filled only where the site covers several communes
    (empty at a commune). `change_labels` names each of CHANGE_KINDS in the report's language.
    """

    events: list[ChangeEvent]
    by_kind: dict[str, dict[str, int]]
    by_sector: list[ChangeRow]
    by_unit: list[ChangeRow]
    change_labels: dict[str, str]

    def count(self, change: str) -> int:
        """How many organisations had this change in the year."""
        return sum(self.by_kind.get(change, {}).values())


@dataclass(frozen=True)
class BusinessResults:
    """The yearly results (record type annual_report) of the year, of the organisations that
    filed one.

    `reporting` is how many filed results for the year. Totals are in VND, summed over those
    that recorded the figure; averages are per organisation that recorded the figure (None when
    none did): `income_member_average` and `income_worker_average` average the organisations'
    own average incomes (VND a year). `loss_making` counts those whose profit before tax is
    below zero. `by_scale` is (scale code, label, organisations) for every scale from micro to
    large (`reports.scale`); `by_rating` (rating code, label, organisations) for every rating,
    then "" for results without a rating.
    """

    year: int
    reporting: int
    revenue_total: int
    revenue_average: float | None
    profit_total: int
    profit_average: float | None
    income_member_average: float | None
    income_worker_average: float | None
    loss_making: int
    by_scale: list[tuple[str, str, int]]
    by_rating: list[tuple[str, str, int]]


@dataclass(frozen=True)
class SupportLine:
    """One line of support (or of loans): `key` the code it is grouped by (a policy category, a
    funding source or a lender), `label` its name, `count` the supports (or loans), `organizations`
    how many organisations received one, `amount_vnd` the amount."""

    key: str
    label: str
    count: int
    organizations: int
    amount_vnd: int


@dataclass(frozen=True)
class YearSupport:
    """The State support decided in the year and received (disbursed or completed) by the
    report's day, loans apart: a loan is repaid, so it is not support.

    `by_category` and `by_source` group the support (not loans) by policy and by funding source,
    largest amount first; `total` is all of it (key "", organisations counted once).
    `people` is how many members the supported organisations had on the report's day: the people
    who benefited. `loans` are the loans of the year: from the register of loans (disbursed in the
    year, by lender) once it has entries, else from the supports marked as loans (by funding
    source) — never both, which would count a loan recorded in both places twice (the headline's
    rule, `headline.loans_disbursed`) — each line's `key` prefixed "lender:" or "source:";
    `loans_total` sums them. `interest_support_vnd` is the interest
    support recorded on the year's loans (that part is State support).
    """

    by_category: list[SupportLine]
    by_source: list[SupportLine]
    total: SupportLine
    people: int
    loans: list[SupportLine]
    loans_total: SupportLine
    interest_support_vnd: int


@dataclass(frozen=True)
class NarrativeSection:
    """A section the officer writes: `key` one of SECTION_KEYS, `title` its heading
    ("Kết quả đạt được"), `sentences` what the data already says (may be empty), and
    `placeholder` the words marking where the officer's own text goes. Titles carry no number:
    each output numbers the sections its own way."""

    key: str
    title: str
    sentences: list[str]
    placeholder: str


@dataclass
class YearReport:
    """Everything the year's report shows, in `lang`.

    - `year`: the year reported; `as_of`: the day counted up to (31/12, or today for the current
      year); `previous_as_of`: 31/12 of the year before.
    - `site_name`, `site_level`, `unit_code`: whose report it is.
    - `title`: "Báo cáo tình hình kinh tế tập thể năm 2026" (in `lang`).
    - `targets_unit`, `targets_note`: whose targets the year's figures compare with, and a note
      saying so ("" for the site's own, a sentence when there are none or they are another's).
    - `figures`: every plan indicator with last year's figure, the change and the year's target.
    - `changes`: what changed in the year (`YearChanges`).
    - `results`: the business results of the year (`BusinessResults`).
    - `support`: the support and the loans of the year (`YearSupport`).
    - `registers`, `register_lines`: the registers on the report's day (managers trained,
      training of the year by topic, loans by lender, OCOP products by stars, contracts in force
      by stage), as the summary report shows them (`reports.registers`).
    - `attention`: the organisations that need attention on the report's day, and what was
      decided (`reports.attention.Attention`).
    - `summary`: the computed sentences of the year, in order ("Trong năm, thành lập mới 3 HTX,
      giải thể 1 HTX."); the same sentences also open the first narrative section.
    - `sections`: the narrative sections in order (SECTION_KEYS), each with its computed
      sentences and the placeholder for the officer's text.
    - `headings`: the headings of the year's parts, by part ("figures", "changes", "results",
      "support", "registers", "attention", "narrative"), in `lang`, so every output names them
      alike.
    """

    year: int
    as_of: date
    previous_as_of: date
    lang: str
    site_name: str
    site_level: str
    unit_code: str
    title: str
    targets_unit: str | None
    targets_note: str
    figures: list[YearFigure]
    changes: YearChanges
    results: BusinessResults
    support: YearSupport
    registers: RegisterFigures
    register_lines: list[RegisterLine]
    attention: list[Attention]
    summary: list[str] = field(default_factory=list)
    sections: list[NarrativeSection] = field(default_factory=list)
    headings: dict[str, str] = field(default_factory=dict)


_ENDING_CHANGES = (SUSPENDED, DISSOLVED, REVOKED, BANKRUPT)  # the status a decision puts in effect
_KIND_ORDER = ("htx", "tht", "lhhtx")
PARTS = ("figures", "changes", "results", "support", "registers", "attention", "narrative")


def report_day(today: date, year: int) -> date:
    """The day the year's report counts up to: 31/12, today for the current year. A year to
    come, or before 2000, is refused."""
    if not 2000 <= year <= today.year:
        raise KtttError("report_bad_year", year=year, current=today.year)
    return today if year == today.year else date(year, 12, 31)


def counted(key: str, n: int, lang: str, /, **params: object) -> str:
    """The sentence `key` in the form that fits `n` (`key_one` for one, else `key_other`)."""
    form = f"{key}_one" if n == 1 and f"{key}_one" in CATALOGUE else f"{key}_other"
    return texts(form, lang, n=number(n, lang), **params)


def number(value: float, lang: str) -> str:
    """A figure as the report's language writes it: "1.250.000" in Vietnamese, "1,250,000" in English."""
    return format_decimal(value, locale=locale_of(lang))


def _joined(items: list[str], lang: str) -> str:
    """"3 HTX, 1 THT" in Vietnamese; "3 cooperatives and 1 cooperative group" in English."""
    if lang != "en" or len(items) < 2:
        return ", ".join(items)
    return ", ".join(items[:-1]) + texts("year_and", lang) + items[-1]


def build_year_report(registry: Registry, year: int, lang: str = "vi",
                      snapshot: Snapshot | None = None) -> YearReport:
    """Gather the year's report of `year` (up to 31/12, today for the current year) in `lang`.
    `snapshot` is the registry's indicators on that day when the caller already has them."""
    site = registry.require_site()
    as_of = report_day(registry.today, year)
    previous_as_of = date(year - 1, 12, 31)
    now = snapshot if snapshot is not None and snapshot.as_of == as_of else registry.indicators(as_of)
    before = registry.indicators(previous_as_of)
    targets_unit, targets = applicable_targets(registry)
    year_targets = [target for target in targets if target.year == year]
    registers = register_figures(now, lang)
    report = YearReport(
        year=year, as_of=as_of, previous_as_of=previous_as_of, lang=lang,
        site_name=site.name, site_level=site.level, unit_code=site.unit_code,
        title=texts("year_title", lang, year=year),
        targets_unit=targets_unit if year_targets else None,
        targets_note="" if year_targets else texts("year_no_year_targets", lang, year=year),
        figures=_figures(now, before, year_targets, as_of, lang),
        changes=_changes(registry, year, as_of, lang),
        results=_results(registry, year, lang),
        support=_support(registry, year, as_of, lang),
        registers=registers,
        register_lines=register_lines(registers, lang),
        attention=registry.attention_list(as_of),
        headings={part: texts(f"year_part_{part}", lang, year=year, previous=year - 1) for part in PARTS},
    )
    report.summary = _summary(report, now, before)
    report.sections = _sections(report)
    return report


def _figures(now: Snapshot, before: Snapshot, year_targets: list[Any], as_of: date, lang: str) -> list[YearFigure]:
    by_key = {target.indicator: target for target in year_targets}
    states = pick(REPORT_TEXTS, "states", lang)
    figures = []
    for ind in INDICATORS:
        actual, previous = now.total.get(ind.key), before.total.get(ind.key)
        target = by_key.get(ind.key)
        # A year's own target is measured from where the year began: last year's figure (unless
        # a baseline was entered), against the share of the year gone by.
        state = progress(ind.key, actual, target, as_of, plan_start_year=as_of.year - 1,
                         counted_baseline=previous).state
        figures.append(YearFigure(
            ind.key, ind.label(lang), ind.unit, actual, previous,
            None if actual is None or previous is None else round(actual - previous, 2),
            None if target is None else target.value, "" if target is None else target.describe(lang),
            state, states[state]))
    return figures


class _Kinds:
    """Each organisation's kind on a day, from the kind changes recorded since `first`: the
    kind before the first change made after the day, else the kind it has now."""

    def __init__(self, changes: list[tuple[Any, ...]]) -> None:
        self.changes: dict[str, list[tuple[str, str]]] = {}
        for org_id, old, _new, at, *_ in changes:
            self.changes.setdefault(org_id, []).append((str(at)[:10], _decoded(old)))

    def on(self, org_id: str, day: str, kind_now: str) -> str:
        for changed_on, old in self.changes.get(org_id, ()):
            if changed_on > day:
                return old or kind_now
        return kind_now


def _decoded(value: object) -> str:
    if value is None:
        return ""
    try:
        decoded = json.loads(str(value))
    except ValueError:
        return str(value)
    return str(decoded) if decoded is not None else ""


def _changes(registry: Registry, year: int, as_of: date, lang: str) -> YearChanges:
    conn = registry.conn
    first, last = f"{year}-01-01", as_of.isoformat()
    kind_changes = year_queries.kind_changes(conn, first, "9999")
    kinds = _Kinds(kind_changes)
    units: dict[str, str] = {}

    def name_of(code: str) -> str:
        if code not in units:
            units[code] = unit_name(code, registry)
        return units[code]

    def event(change: str, day: str, org_id: str, name: str, kind: str, sector: str, unit: str,
              decision_no: str = "") -> ChangeEvent:
        return ChangeEvent(change, day, org_id, name, kind, catalogs.label("organization_kind", kind, lang),
                           sector, catalogs.label("sector", sector, lang) if sector else
                           texts("year_not_recorded", lang), unit, name_of(unit), decision_no)

    events: list[ChangeEvent] = []
    for org_id, name, kind, sector, unit, registered in year_queries.registrations(conn, first, last):
        events.append(event(REGISTERED, registered, org_id, name, kinds.on(org_id, registered, kind), sector, unit))
    converted: set[str] = set()
    limit = (as_of + timedelta(days=1)).isoformat()
    for org_id, old, new, at, name, sector, unit, _registered in kind_changes:
        if first <= str(at)[:10] < limit and _decoded(old) == "tht" and _decoded(new) == "htx" \
                and org_id not in converted:
            converted.add(org_id)
            events.append(event(CONVERTED, str(at)[:10], org_id, name, "tht", sector, unit))
    seen: set[tuple[str, str]] = set()
    for org_id, status, effective_on, decision_no, name, kind, sector, unit in year_queries.decisions_in_effect_from(
            conn, first, last, _ENDING_CHANGES):
        if (status, org_id) not in seen:  # a suspension renewed within the year is one organisation suspended
            seen.add((status, org_id))
            events.append(event(status, effective_on, org_id, name, kinds.on(org_id, effective_on, kind), sector,
                                unit, decision_no))
    events.sort(key=lambda e: (e.day, CHANGE_KINDS.index(e.change)))

    by_kind: dict[str, dict[str, int]] = {}
    for e in events:
        by_kind.setdefault(e.change, {}).setdefault(e.kind, 0)
        by_kind[e.change][e.kind] += 1
    sector_order = [value.code for value in catalogs.catalog("sector")]
    by_sector = _rows(events, lambda e: e.sector, lambda e: e.sector_label,
                      lambda key: sector_order.index(key) if key in sector_order else len(sector_order))
    by_unit: list[ChangeRow] = []
    if registry.require_site().level != "commune" or len({e.unit_code for e in events}) > 1:
        by_unit = _rows(events, lambda e: e.unit_code, lambda e: e.unit_name, None)
    labels = {change: texts(f"year_change_{change}", lang) for change in CHANGE_KINDS}
    return YearChanges(events, by_kind, by_sector, by_unit, labels)


def _rows(events: list[ChangeEvent], key_of: Any, label_of: Any, order: Any) -> list[ChangeRow]:
    """A row per group that had a change, counting each change of each organisation once."""
    rows: dict[str, ChangeRow] = {}
    for e in events:
        key = key_of(e)
        row = rows.setdefault(key, ChangeRow(key, label_of(e), dict.fromkeys(CHANGE_KINDS, 0)))
        row.counts[e.change] += 1
    return sorted(rows.values(), key=(lambda row: (order(row.key), row.label)) if order else (lambda row: row.label))


def _average(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 0) if values else None


def _results(registry: Registry, year: int, lang: str) -> BusinessResults:
    rows = year_queries.yearly_results(registry.conn, year)

    def recorded(name: str) -> list[int]:
        return [int(row[name]) for row in rows if row[name] is not None]

    revenue, profit = recorded("revenue_vnd"), recorded("profit_vnd")
    scales = dict.fromkeys(SCALE_CODES, 0)
    ratings = {value.code: 0 for value in catalogs.catalog("rating")}
    unrated = 0
    for row in rows:
        scales[scale_of_results(row["sector"] or None, row)] += 1
        if row["rating"] in ratings:
            ratings[row["rating"]] += 1
        else:
            unrated += 1
    by_rating = [(code, catalogs.label("rating", code, lang), n) for code, n in ratings.items()]
    if unrated:
        by_rating.append(("", texts("year_not_recorded", lang), unrated))
    return BusinessResults(
        year=year, reporting=len(rows),
        revenue_total=sum(revenue), revenue_average=_average(revenue),
        profit_total=sum(profit), profit_average=_average(profit),
        income_member_average=_average(recorded("avg_income_member_vnd")),
        income_worker_average=_average(recorded("avg_income_worker_vnd")),
        loss_making=sum(1 for value in profit if value < 0),
        by_scale=[(code, scale_label(code, lang), n) for code, n in scales.items()],
        by_rating=by_rating,
    )


class _Tally:
    """Supports (or loans) added up per key, counting each organisation once per key."""

    def __init__(self) -> None:
        self.count: dict[str, int] = {}
        self.amount: dict[str, int] = {}
        self.organizations: dict[str, set[str]] = {}

    def add(self, key: str, org_id: str, count: int, amount: int) -> None:
        self.count[key] = self.count.get(key, 0) + count
        self.amount[key] = self.amount.get(key, 0) + amount
        self.organizations.setdefault(key, set()).add(org_id)

    def lines(self, label: Any, prefix: str = "") -> list[SupportLine]:
        lines = [SupportLine(prefix + key, label(key), self.count[key], len(self.organizations[key]),
                             self.amount[key]) for key in self.count]
        return sorted(lines, key=lambda line: (-line.amount_vnd, line.label))

    def reached(self) -> set[str]:
        """Every organisation counted under any key."""
        return set().union(*self.organizations.values())

    def total(self) -> SupportLine:
        return SupportLine("", "", sum(self.count.values()), len(self.reached()), sum(self.amount.values()))


def _support(registry: Registry, year: int, as_of: date, lang: str) -> YearSupport:
    conn = registry.conn
    first, last = f"{year}-01-01", as_of.isoformat()
    stage_then = {support_id: stage for (support_id, _), stage in values_then(conn, "support", [as_of])[as_of].items()}
    stages = sorted(RECEIVED_STAGES)
    rows = [(org_id, category, source, is_loan, count, amount) for org_id, category, source, is_loan, count, amount
            in year_queries.supports_of_year(conn, first, last, stages, list(stage_then))]
    rows += [(org_id, category, source, is_loan, 1, amount) for support_id, org_id, category, source, is_loan, amount
             in year_queries.supports_by_id(conn, first, last, stage_then) if stage_then[support_id] in RECEIVED_STAGES]
    by_category, by_source, grants, loans = _Tally(), _Tally(), _Tally(), _Tally()
    loan_register = report_queries.has_loans(conn)
    for org_id, category, source, is_loan, count, amount in rows:
        if is_loan:
            if not loan_register:
                loans.add(f"source:{source}", org_id, count, amount)
        else:
            by_category.add(category, org_id, count, amount)
            by_source.add(source, org_id, count, amount)
            grants.add("", org_id, count, amount)
    interest = 0
    for org_id, lender, count, amount, interest_support in year_queries.loans_of_year(conn, first, last):
        loans.add(f"lender:{lender}", org_id, count, amount)
        interest += interest_support
    not_recorded = texts("year_not_recorded", lang)

    def named(catalog: str) -> Callable[[str], str]:
        return lambda code: catalogs.label(catalog, code, lang) if code else not_recorded

    def loan_label(key: str) -> str:
        kind, _, code = key.partition(":")
        return named("lender" if kind == "lender" else "funding_source")(code)

    return YearSupport(
        by_category=by_category.lines(named("support_category")),
        by_source=by_source.lines(named("funding_source")),
        total=grants.total(),
        people=year_queries.members_of(conn, sorted(grants.reached()), last),
        loans=loans.lines(loan_label),
        loans_total=loans.total(),
        interest_support_vnd=interest,
    )


def _kind_items(counts: dict[str, int], lang: str) -> str:
    return _joined([counted(f"year_count_{kind}", counts[kind], lang) for kind in _KIND_ORDER
                    if counts.get(kind)], lang)


def _direction(now: float | None, before: float | None, lang: str) -> str:
    change = (now or 0) - (before or 0)
    if change > 0:
        return texts("year_up", lang, n=number(change, lang))
    if change < 0:
        return texts("year_down", lang, n=number(-change, lang))
    return texts("year_same", lang)


def operating_sentence(snapshot: Snapshot, as_of: date, lang: str) -> str:
    """What was operating on `as_of`: cooperatives, groups (and unions, when there are any),
    their members and workers; the first sentence of the year's report, and of the summary's
    Word document. The members are those of every operating organisation, the figure the
    tables beside it print («Thành viên của các tổ chức đang hoạt động»)."""

    def total(key: str) -> int:
        return int(snapshot.total.get(key) or 0)

    kinds = [counted("year_count_htx", total("htx_count"), lang), counted("year_count_tht", total("tht_count"), lang)]
    if total("union_count"):
        kinds.append(counted("year_count_lhhtx", total("union_count"), lang))
    return texts(
        "year_sentence_operating", lang, date=format_date(as_of.isoformat()),
        kinds=", ".join(kinds[:-1]) + texts("year_and", lang) + kinds[-1],
        members=counted("year_count_member", _members(snapshot), lang),
        workers=counted("year_count_worker", total("jobs"), lang))


def _members(snapshot: Snapshot) -> int:
    """Members of every operating organisation (the headline's `members_total`)."""
    return sum(snapshot.memberships.values())


def _summary(report: YearReport, now: Snapshot, before: Snapshot) -> list[str]:
    """The sentences the figures of the year allow, in the order a report tells them."""
    lang, year = report.lang, report.year

    def total(snapshot: Snapshot, key: str) -> int:
        return int(snapshot.total.get(key) or 0)

    sentences = [operating_sentence(now, report.as_of, lang)]
    sentences.append(texts(
        "year_sentence_against_previous", lang, previous=year - 1,
        htx=_direction(total(now, "htx_count"), total(before, "htx_count"), lang),
        tht=_direction(total(now, "tht_count"), total(before, "tht_count"), lang),
        members=_direction(_members(now), _members(before), lang)))
    parts = []
    for change in CHANGE_KINDS:
        counts = report.changes.by_kind.get(change, {})
        n = sum(counts.values())
        if n:
            parts.append(counted(f"year_phrase_{change}", n, lang, items=_kind_items(counts, lang)))
    sentences.append(texts("year_sentence_changes", lang, year=year, parts="; ".join(parts)) if parts
                     else texts("year_sentence_no_changes", lang, year=year))
    results = report.results
    if results.reporting:
        sentences.append(texts(
            "year_sentence_results", lang, year=year,
            reporting=counted("year_count_organization", results.reporting, lang),
            revenue=number(results.revenue_total, lang), profit=number(results.profit_total, lang)))
    else:
        sentences.append(texts("year_sentence_no_results", lang, year=year))
    support = report.support
    if support.total.count:
        sentences.append(texts(
            "year_sentence_support", lang, count=counted("year_count_support", support.total.count, lang),
            organizations=counted("year_count_organization", support.total.organizations, lang),
            people=counted("year_count_member", support.people, lang), amount=number(support.total.amount_vnd, lang)))
    if support.loans_total.count:
        sentences.append(texts(
            "year_sentence_loans", lang, count=counted("year_count_loan", support.loans_total.count, lang),
            amount=number(support.loans_total.amount_vnd, lang)))
    return sentences


def _sections(report: YearReport) -> list[NarrativeSection]:
    """The narrative sections, the sentences the data allows already in each."""
    lang, year = report.lang, report.year
    reached = [f.label for f in report.figures if f.target is not None and f.state == "reached"]
    behind = [f.label for f in report.figures if f.target is not None and f.state == "behind"]
    results = list(report.summary)
    if reached:
        results.append(texts("year_sentence_targets_reached", lang, year=year, names="; ".join(reached)))
    shortcomings = []
    if behind:
        shortcomings.append(texts("year_sentence_targets_behind", lang, year=year, names="; ".join(behind)))
    if report.results.loss_making:
        shortcomings.append(counted("year_sentence_losses", report.results.loss_making, lang, year=year,
                                    loss=counted("year_count_organization", report.results.loss_making, lang)))
    if report.attention:
        shortcomings.append(counted("year_sentence_attention", len(report.attention), lang,
                                    organizations=counted("year_count_organization", len(report.attention), lang)))
    computed = {RESULTS_SECTION: results, SHORTCOMINGS_SECTION: shortcomings}
    placeholder = texts("year_officer_text", lang)
    return [NarrativeSection(key, texts(f"year_section_{key}", lang), computed.get(key, []), placeholder)
            for key in SECTION_KEYS]
