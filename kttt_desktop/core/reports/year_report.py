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

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from kttt_desktop.core.reports.attention import Attention
from kttt_desktop.core.reports.registers import RegisterFigures, RegisterLine

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
    year, by lender) and the supports marked as loans (by funding source), each line's `key`
    prefixed "lender:" or "source:"; `loans_total` sums them. `interest_support_vnd` is the interest
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
    ("1. Kết quả đạt được"), `sentences` what the data already says (may be empty), and
    `placeholder` the words marking where the officer's own text goes."""

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


def build_year_report(registry: Registry, year: int, lang: str = "vi") -> YearReport:
    """Gather the year's report of `year` (up to 31/12, today for the current year) in `lang`."""
    raise NotImplementedError  # filled in by the next change
