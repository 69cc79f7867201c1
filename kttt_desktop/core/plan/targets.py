"""The plan's targets, and how far an indicator has come towards one.

Targets are data: per unit (a commune, a district, a province), per indicator, per year. A
site sets its own or receives them from its upper level; a Mường Tè site starts with the
targets of the district plan (2023) that implements Resolution 20-NQ/TW, as DOMAIN.md quotes
them. "About 15" and "more than 230" are kept as written, so a report can say them right.

Progress starts from a baseline, the figure on the plan's base date (31/12 of the base year
unless the officer sets another date), entered or counted from the register: an area that began
with 40 HTX has done nothing towards 50 until it has a 41st. Whether an indicator is on track
compares the share of the way from the baseline to the target with the share of the plan period
gone by since the base date: 60 % of the way to a 2030 target when 55 % of the time is over is
on track; 40 % is behind. A rate (a share in %) is said as the rate and the gap in points.

A commune is measured against the targets allocated to it (its own unit's targets, set by its
upper level or by itself); the area's targets are context, never its yardstick.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from babel.numbers import format_decimal

from kttt_desktop.core.db import plan
from kttt_desktop.core.plan.indicators import Indicator, indicator
from kttt_desktop.core.units import is_unit_code

HORIZONS = (2030, 2045)
PLAN_START_YEAR = 2023  # the Mường Tè plan was adopted in 2023: its base year
COMPARISONS = ("at_least", "more_than", "about")
COMPARISON_WORDS = {
    "at_least": ("", ""),  # the plan says "50 HTX", in either language
    "more_than": ("trên ", "more than "),
    "about": ("khoảng ", "about "),
}
# "About" a number is reached within this fraction of it.
ABOUT_TOLERANCE = 0.9

MUONG_TE_DISTRICT = "107"
MUONG_TE_PLAN_BASIS = "Kế hoạch của Huyện ủy Mường Tè (2023) thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022"
MUONG_TE_PLAN: tuple[tuple[str, int, float, str], ...] = (
    ("tht_count", 2030, 15, "about"),
    ("tht_members", 2030, 230, "more_than"),
    ("htx_count", 2030, 50, "at_least"),
    ("htx_members", 2030, 400, "more_than"),
    ("jobs", 2030, 1500, "more_than"),
    ("htx_high_tech", 2030, 2, "more_than"),
    ("tht_count", 2045, 40, "about"),
    ("htx_count", 2045, 70, "at_least"),
    ("jobs", 2045, 4000, "more_than"),
    ("htx_high_tech", 2045, 6, "more_than"),
    ("population_share", 2045, 5, "at_least"),
    ("value_chain_share", 2045, 10, "at_least"),
    # "Traceability: yes" — at least one organisation doing it.
    ("traceability_count", 2045, 1, "at_least"),
)


@dataclass(frozen=True)
class Target:
    unit_code: str
    indicator: str
    year: int
    value: float
    comparison: str = "at_least"
    basis: str | None = None
    source: str | None = None
    baseline: float | None = None  # the figure at the plan's start as entered; None: counted from the register
    baseline_on: date | None = None  # the base date; None: 31/12 of the plan's base year

    @property
    def base_date(self) -> date:
        """The day the baseline is taken and the plan's time starts."""
        return self.baseline_on or base_date()

    def describe(self, lang: str = "vi") -> str:
        """The target as people say it: "trên 1.500", "khoảng 15", "5 %"."""
        words = COMPARISON_WORDS[self.comparison][1 if lang == "en" else 0]
        number = format_decimal(self.value, locale="en" if lang == "en" else "vi_VN")
        suffix = " %" if indicator(self.indicator).unit == "percent" else ""
        return f"{words}{number}{suffix}"


def base_date(plan_start_year: int = PLAN_START_YEAR) -> date:
    """The default base date: the last day of the plan's base year."""
    return date(plan_start_year, 12, 31)


def read_targets(conn: sqlite3.Connection, unit_code: str | None = None) -> list[Target]:
    """Targets of one unit (all units if None), by indicator order then year."""
    targets = [Target(*row[:7], baseline=row.baseline,
                      baseline_on=date.fromisoformat(row.baseline_on) if row.baseline_on else None)
               for row in plan.targets(conn, unit_code)]
    from kttt_desktop.core.plan.indicators import INDICATOR_KEYS

    order = {key: i for i, key in enumerate(INDICATOR_KEYS)}
    return sorted(targets, key=lambda t: (t.unit_code, order.get(t.indicator, 99), t.year))


def muong_te_area() -> frozenset[str]:
    """The district's code and the communes that now cover the former Mường Tè district."""
    from kttt_desktop.core.units import former_units

    return frozenset({MUONG_TE_DISTRICT} | {u.successor_code for u in former_units() if u.successor_code})


@dataclass(frozen=True)
class Progress:
    """An indicator against one target on a date."""

    indicator: Indicator
    actual: float | None
    target: Target | None
    ratio: float | None  # (actual − baseline) / (target − baseline), 0..∞
    expected_ratio: float | None  # the share of the plan period gone by since the base date
    # "reached", "on_track", "behind", "no_target", "not_allocated" (a commune whose upper
    # level has a target it has not allocated to it) or "no_data"
    state: str
    baseline: float | None = None  # the starting figure used
    baseline_counted: bool = False  # True when counted from the register, not entered

    @property
    def percent(self) -> int | None:
        return None if self.ratio is None else round(100 * self.ratio)

    @property
    def is_rate(self) -> bool:
        return self.indicator.unit == "percent"

    @property
    def gap_points(self) -> float | None:
        """For a rate target: how many percentage points are still missing (0 once reached)."""
        if not self.is_rate or self.target is None or self.actual is None:
            return None
        return round(max(0.0, self.target.value - self.actual), 1)

    def text(self, lang: str = "vi") -> str:
        """The progress as the table, the page and the command line all say it: "43 %" of the
        way from the baseline, or for a rate the rate and the gap ("8,2 % — còn 1,8 điểm %")."""
        if self.ratio is None or self.actual is None:
            return ""
        if not self.is_rate:
            return f"{self.percent} %"
        locale = "en" if lang == "en" else "vi_VN"
        rate = format_decimal(round(self.actual, 2), locale=locale) + " %"  # as the figure itself reads
        if self.state == "reached":
            return rate + (" — reached" if lang == "en" else " — đã đạt")
        gap = format_decimal(self.gap_points or 0.0, format="#,##0.0", locale=locale)
        return rate + (f" — {gap} points to go" if lang == "en" else f" — còn {gap} điểm %")


def reached(actual: float, target: Target) -> bool:
    if target.comparison == "more_than":
        return actual > target.value
    if target.comparison == "about":
        return actual >= ABOUT_TOLERANCE * target.value
    return actual >= target.value


def progress(key: str, actual: float | None, target: Target | None, as_of: date,
             plan_start_year: int = PLAN_START_YEAR, counted_baseline: float | None = None) -> Progress:
    """How far `actual` has come from the baseline towards `target` on `as_of`, and whether
    that is on track. The baseline is the target's entered one, else `counted_baseline` (the
    register on the base date), else zero."""
    ind = indicator(key)
    if target is None:
        return Progress(ind, actual, None, None, None, "no_target")
    if actual is None:
        return Progress(ind, None, target, None, None, "no_data")
    counted = target.baseline is None
    baseline = counted_baseline if counted else target.baseline
    start = target.baseline_on or base_date(plan_start_year)
    end = date(target.year, 12, 31)
    expected = min(1.0, max(0.0, (as_of - start).days / max(1, (end - start).days)))
    done = reached(actual, target)
    span = target.value - (baseline or 0.0)
    if span > 0:
        ratio = max(0.0, (actual - (baseline or 0.0)) / span)
    else:  # the start was already at or past the target: only whether it holds counts
        ratio = 1.0 if done else 0.0
    if done:
        state = "reached"
    elif ratio >= expected:
        state = "on_track"
    else:
        state = "behind"
    return Progress(ind, actual, target, round(ratio, 4), round(expected, 4), state, baseline,
                    counted and baseline is not None)


@dataclass(frozen=True)
class AllocationSum:
    """What an upper level allocated of one target to its communes, against its own figure.

    A sum that falls short of or exceeds the upper figure is a warning for the officer, not a
    refusal: an area may keep a reserve, or ask more of its communes than of itself."""

    upper: float | None  # the upper level's own target; None if it has none
    total: float  # the sum of the allocations
    allocated: int  # how many communes have one
    additive: bool = True  # False for a rate: each commune's share is its own, they do not add up

    @property
    def difference(self) -> float | None:
        """total − upper: below zero it falls short, above zero it exceeds."""
        return None if self.upper is None or not self.additive else self.total - self.upper

    @property
    def state(self) -> str:
        """"equal", "short", "over"; "no_upper" without an upper figure; "rate" for a rate."""
        if not self.additive:
            return "rate"
        difference = self.difference
        if difference is None:
            return "no_upper"
        if abs(difference) < 1e-9:
            return "equal"
        return "short" if difference < 0 else "over"


def allocation_sum(key: str, upper: float | None, allocations: list[float | None]) -> AllocationSum:
    """Sum the allocations of indicator `key` (None: not allocated) against the upper figure."""
    given = [value for value in allocations if value is not None]
    return AllocationSum(upper, float(sum(given)), len(given), indicator(key).unit != "percent")


def _checked(unit_code: str, key: str, year: int, value: float, comparison: str,
             baseline: float | None = None) -> None:
    """Refuse a target that could not be meant, with a message saying what to enter."""
    from kttt_desktop.core.errors import KtttError

    ind = indicator(key)
    if not is_unit_code(unit_code):
        raise KtttError("bad_unit_code", code=unit_code)
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise KtttError("bad_target_year", year=year)
    if comparison not in COMPARISONS:
        raise KtttError("bad_target_comparison", comparison=comparison)
    if value is None or not math.isfinite(value) or value < 0 or (ind.unit == "percent" and value > 100):
        raise KtttError("bad_target_percent" if ind.unit == "percent" else "bad_target_value",
                        value=value, indicator=ind.vi)
    if baseline is not None and (not math.isfinite(baseline) or baseline < 0
                                 or (ind.unit == "percent" and baseline > 100)):
        raise KtttError("bad_target_baseline", value=baseline, indicator=ind.vi)


def write_target(conn: sqlite3.Connection, target: Target, now: str, officer: str | None, site_code: str) -> bool:
    """Insert or replace one target (inside the caller's transaction); True if it changed."""
    _checked(target.unit_code, target.indicator, target.year, target.value, target.comparison, target.baseline)
    old = plan.target_terms(conn, target.unit_code, target.indicator, target.year)
    on = target.baseline_on.isoformat() if target.baseline_on else None
    if old is not None and old == (target.value, target.comparison, target.basis, target.baseline, on):
        return False
    plan.put_target(conn, plan.TargetRow(target.unit_code, target.indicator, target.year, float(target.value),
                                         target.comparison, target.basis, target.source or site_code,
                                         None if target.baseline is None else float(target.baseline), on),
                    now, officer)
    plan.audit(conn, now, officer, site_code, "update" if old else "create", "target",
               f"{target.unit_code}/{target.indicator}/{target.year}", old[0] if old else None, target.value)
    return True


def delete_target(conn: sqlite3.Connection, unit_code: str, key: str, year: int, now: str,
                  officer: str | None, site_code: str) -> bool:
    old = plan.target_terms(conn, unit_code, key, year)
    if old is None:
        return False
    plan.remove_target(conn, unit_code, key, year)
    plan.audit(conn, now, officer, site_code, "delete", "target", f"{unit_code}/{key}/{year}", old[0], None)
    return True


def write_population(conn: sqlite3.Connection, unit_code: str, year: int, population: int | None, now: str,
                     officer: str | None, site_code: str, source: str | None = None) -> bool:
    """Set (or, with None, remove) a unit's population for a year; True if it changed."""
    from kttt_desktop.core.errors import KtttError

    if not is_unit_code(unit_code):
        raise KtttError("bad_unit_code", code=unit_code)
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise KtttError("bad_target_year", year=year)
    if population is not None and (not isinstance(population, int) or not 0 < population < 2**53):
        raise KtttError("bad_population", value=population)
    old = plan.population_entry(conn, unit_code, year)
    if (old[0] if old else None) == population:
        return False
    if population is None:
        plan.remove_population(conn, unit_code, year)
    else:
        plan.put_population(conn, unit_code, year, population, source or site_code, now, officer)
    action = "delete" if population is None else ("update" if old else "create")
    # Targets and population are settings, not records, but who changed them is still kept.
    plan.audit(conn, now, officer, site_code, action, "population", f"{unit_code}/{year}", old[0] if old else None,
               population)
    return True


def read_population(conn: sqlite3.Connection) -> list[tuple[str, int, int]]:
    """Every population figure entered: (unit code, year, population)."""
    return plan.population(conn)


def seed_muong_te_plan(conn: sqlite3.Connection, now: str, officer: str | None, site_code: str) -> int:
    """Give a Mường Tè site the district plan's targets (for the district's unit, 107); a site
    elsewhere gets none. Returns how many were written."""
    if site_code not in muong_te_area():
        return 0
    written = 0
    for key, year, value, comparison in MUONG_TE_PLAN:
        if plan.target_terms(conn, MUONG_TE_DISTRICT, key, year) is None:
            written += write_target(conn, Target(MUONG_TE_DISTRICT, key, year, value, comparison,
                                                 MUONG_TE_PLAN_BASIS, MUONG_TE_DISTRICT), now, officer, site_code)
    return written


# --- sent down with sync packages -------------------------------------------------------------

def reference_for(conn: sqlite3.Connection, receiver: str, other_lower: set[str]) -> dict[str, list[Any]]:
    """What a package to a lower site carries besides record changes: the targets it should
    measure itself against (those allocated to it, with their baselines), those of the levels
    above it (context), and its population.

    Targets and population of the receiver's sibling communes are not its business, whether or
    not they are known here as peers."""
    def sent(unit: str) -> bool:
        return unit == receiver or (unit not in other_lower and not is_unit_code(unit, "commune"))

    targets = [
        [t.unit_code, t.indicator, t.year, t.value, t.comparison, t.basis, t.baseline,
         t.baseline_on.isoformat() if t.baseline_on else None]
        for t in read_targets(conn) if sent(t.unit_code)]
    population = [[unit, year, figure] for unit, year, figure in read_population(conn) if sent(unit)]
    return {"targets": targets, "population": population}


def apply_reference(conn: sqlite3.Connection, reference: object, sender: str, now: str,
                    officer: str | None, site_code: str, site_is_commune: bool = False) -> int:
    """Make this site's copy of what its upper level set match the package: targets and
    population sent by `sender` are replaced as a whole (what it no longer sends is removed);
    what this site set itself stays, unless the upper level now sets the same target.

    A malformed section is refused with the package (`package_bad_reference`), and so is, at a
    commune, a target or a figure for another commune: a commune takes only what is allocated
    to itself, with the levels above as context. Returns how many targets and figures changed."""
    from kttt_desktop.core.errors import KtttError

    if not isinstance(reference, dict):
        raise KtttError("package_bad_reference")
    rows = reference.get("targets", []), reference.get("population", [])
    if not all(isinstance(part, list) and all(isinstance(row, list) for row in part) for part in rows):
        raise KtttError("package_bad_reference")
    try:
        sent_targets = [_sent_target(row, sender) for row in rows[0]]
        sent_population = [(_text(unit), _whole(year), _whole(figure)) for unit, year, figure in rows[1]]
    except (TypeError, ValueError):
        raise KtttError("package_bad_reference") from None
    units_sent = {t.unit_code for t in sent_targets} | {unit for unit, _, _ in sent_population}
    if site_is_commune and any(is_unit_code(unit, "commune") and unit != site_code for unit in units_sent):
        raise KtttError("package_bad_reference")
    try:
        return _replace_reference(conn, sent_targets, sent_population, sender, now, officer, site_code)
    except KtttError:  # a target this program cannot hold: the package is refused whole
        raise KtttError("package_bad_reference") from None


def _sent_target(row: list[Any], sender: str) -> Target:
    """One target row of a package: six fields from an older sender, eight with the baseline."""
    if len(row) not in (6, 8):
        raise ValueError(row)
    unit, key, year, value, comparison, basis = row[:6]
    baseline, baseline_on = row[6:] if len(row) == 8 else (None, None)
    return Target(_text(unit), _text(key), _whole(year), _number(value), _text(comparison),
                  None if basis is None else _text(basis), sender,
                  None if baseline is None else _number(baseline),
                  None if baseline_on is None else date.fromisoformat(_text(baseline_on)))


def _text(value: object) -> str:
    """A short printable text from a package (a code, a plan's name), else ValueError."""
    from kttt_desktop.core.records.fields import TEXT_MAX_LENGTH
    from kttt_desktop.core.text import has_control_characters

    if not isinstance(value, str) or len(value) > TEXT_MAX_LENGTH or has_control_characters(value):
        raise ValueError(value)
    return value


def _whole(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) >= 2**53:
        raise ValueError(value)
    return value


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(value)
    return float(value)


def _replace_reference(conn: sqlite3.Connection, sent_targets: list[Target],
                       sent_population: list[tuple[str, int, int]], sender: str, now: str,
                       officer: str | None, site_code: str) -> int:
    changed = 0
    kept = {(t.unit_code, t.indicator, t.year) for t in sent_targets}
    for old in read_targets(conn):
        if old.source == sender and (old.unit_code, old.indicator, old.year) not in kept:
            changed += delete_target(conn, old.unit_code, old.indicator, old.year, now, officer, site_code)
    for target in sent_targets:
        changed += write_target(conn, target, now, officer, site_code)
    kept_population = {(unit, year) for unit, year, _ in sent_population}
    for unit, year, _ in read_population(conn):
        entry = plan.population_entry(conn, unit, year)
        source = entry[1] if entry is not None else None
        if source == sender and (unit, year) not in kept_population:
            changed += write_population(conn, unit, year, None, now, officer, site_code)
    for unit, year, figure in sent_population:
        changed += write_population(conn, unit, year, figure, now, officer, site_code, source=sender)
    return changed
