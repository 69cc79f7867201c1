"""Every figure the dashboard shows, under one stable public name each (`kttt indicators`).

The indicators and headline figures keep their own keys (targets are stored, synced and
scripted under them); the public names here are what the command line prints, and this table
is the one place that says which figure each name is. Counts of organisations that are
registered but not operating (suspended, not at their address, dissolving) stand beside each
kind's operating count, as on the dashboard.

Loans are kept apart from support. Once the register of loans has entries, the loans outstanding
and overdue are its balances as recorded, for the loans disbursed by the day; before that, the
loans outstanding are the loans disbursed (support records of category credit marked as loans),
not reduced by what was repaid, and the figure's note says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from babel.numbers import format_decimal

from kttt_desktop.core import catalogs
from kttt_desktop.core.formats import format_money
from kttt_desktop.core.plan.indicators import Snapshot
from kttt_desktop.core.plan.targets import HORIZONS, Progress, Target
from kttt_desktop.core.reports.headline import headline, headline_values, loans_disbursed
from kttt_desktop.core.reports.registers import (
    CONTRACTS_IN_FORCE,
    LOANS_OUTSTANDING,
    LOANS_OUTSTANDING_REGISTER,
    LOANS_OVERDUE,
    MANAGERS_TRAINED,
    MANAGERS_TRAINED_SHARE,
    OCOP_STARS,
    TRAINED_THIS_YEAR,
    Own,
    managers_share,
)
from kttt_desktop.core.reports.summary import (
    applicable_targets,
    base_snapshots,
    context_targets,
    indicator_rows,
)

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

# Units as the command line names them; the figures' own units map onto these.
PUBLIC_UNITS = {"count": "count", "people": "count", "vnd": "vnd", "percent": "pct"}
_KIND_WORDS = {"htx": ("HTX", "Cooperatives"), "tht": ("THT", "Cooperative groups"),
               "lhhtx": ("LHHTX", "Unions of cooperatives")}
NOT_OPERATING = ("suspended", "not_at_address", "dissolving")


def _status(kind: str, status: str) -> tuple[str, str, str]:
    """("status", kind, status): how many organisations of the kind have the status."""
    return ("status", kind, status)


def _kind_block(kind: str, operating_key: str, paused_key: str) -> tuple[tuple[str, object], ...]:
    """A kind's operating count, then each status reported beside it, then their sum."""
    return ((f"{kind}_operating", operating_key),
            *((f"{kind}_{status}", _status(kind, status)) for status in NOT_OPERATING),
            (f"{kind}_paused", paused_key))


VALUE_CHAIN_ORGS = Own("Tổ chức liên kết chuỗi giá trị", "Organisations in value chains", "count")

# Public name -> the figure it is: an indicator or headline key, a status count, or a figure
# of this list alone. In the order the command prints them.
PUBLIC_FIGURES: tuple[tuple[str, object], ...] = (
    *_kind_block("htx", "htx_count", "htx_paused"),
    ("htx_registered", "htx_registered"),
    *_kind_block("tht", "tht_count", "tht_paused"),
    ("tht_unregistered", "tht_unregistered"),
    *_kind_block("lhhtx", "union_count", "union_paused"),
    ("members_total", "members_total"),
    ("htx_members", "htx_members"),
    ("tht_members", "tht_members"),
    ("jobs", "jobs"),
    ("workers_seasonal", "workers_seasonal"),
    ("high_tech_htx", "htx_high_tech"),
    ("population_share_pct", "population_share"),
    ("value_chain_orgs", VALUE_CHAIN_ORGS),
    ("value_chain_share_pct", "value_chain_share"),
    ("traceability_orgs", "traceability_count"),
    ("ocop_products", "ocop_count"),
    ("support_disbursed_count", "support_count"),
    ("support_disbursed_vnd", "support_amount"),
    ("loans_disbursed_vnd", "loans_amount"),
    ("loans_outstanding_vnd", LOANS_OUTSTANDING),
    ("loans_overdue_vnd", LOANS_OVERDUE),
    ("managers_trained", MANAGERS_TRAINED),
    ("managers_trained_share_pct", MANAGERS_TRAINED_SHARE),
    ("trained_this_year", TRAINED_THIS_YEAR),
    *((f"ocop_products_{stars}", figure) for stars, figure in OCOP_STARS.items()),
    ("contracts_in_force", CONTRACTS_IN_FORCE),
)
PUBLIC_KEYS = tuple(key for key, _ in PUBLIC_FIGURES)


@dataclass(frozen=True)
class ListedFigure:
    """One line of `kttt indicators`: the figure, its value and, for a plan indicator, its
    targets and progress at each horizon that has one."""

    key: str
    label: str
    value: int | float | None
    unit: str
    note: str = ""
    progress: tuple[Progress, ...] = ()
    context: tuple[Target, ...] = ()  # a commune's upper-level targets: context, not its yardstick
    not_allocated: tuple[str, ...] = ()  # the horizons the upper level has a target for but did not allocate

    def as_json(self) -> dict[str, object]:
        document: dict[str, object] = {"key": self.key, "label": self.label, "value": self.value, "unit": self.unit}
        if self.note:
            document["note"] = self.note
        if self.progress:
            document["targets"] = {str(p.target.year): _number(p.target.value) for p in self.progress if p.target}
            document["progress"] = {str(p.target.year): _progress_json(p) for p in self.progress if p.target}
        if self.context:
            document["area_targets"] = {str(t.year): _number(t.value) for t in self.context}
        if self.not_allocated:
            document["not_allocated"] = list(self.not_allocated)
        return document


def _progress_json(p: Progress) -> dict[str, object]:
    """One horizon's progress: the share of the way from the baseline (percent), the state,
    the baseline and where it came from, and for a rate the gap in points."""
    assert p.target is not None
    found: dict[str, object] = {"percent": p.percent, "state": p.state,
                                "baseline": None if p.baseline is None else round(p.baseline, 2),
                                "baseline_counted": p.baseline_counted,
                                "base_date": p.target.base_date.isoformat(), "text": p.text()}
    if p.is_rate:
        found["gap_points"] = p.gap_points
    return found


def _number(value: float) -> int | float:
    """A target as written: 50, not 50.0; 2.5 stays 2.5."""
    return int(value) if float(value).is_integer() else value


def _value(unit: str, value: float | None) -> int | float | None:
    if value is None:
        return None
    return round(value, 2) if unit == "pct" else int(round(value))


def list_figures(registry: Registry, as_of: date, lang: str = "vi") -> list[ListedFigure]:
    """Every figure on `as_of`, in the order of `PUBLIC_FIGURES`, labels in `lang`."""
    snapshot = registry.indicators(as_of)
    values = headline_values(snapshot)
    _, targets = applicable_targets(registry)
    _, context = context_targets(registry)
    bases = {day: base.total for day, base in base_snapshots(registry, targets, as_of).items()}
    rows = indicator_rows(snapshot, targets, as_of, context, bases)
    progress_of = {row.indicator.key: tuple(p for year in HORIZONS if (p := row.by_horizon[year]).target)
                   for row in rows}
    context_of = {row.indicator.key: tuple(row.context.values()) for row in rows}
    unallocated = {row.indicator.key: tuple(str(year) for year in HORIZONS
                                            if row.by_horizon[year].state == "not_allocated") for row in rows}
    figures = []
    for key, source in PUBLIC_FIGURES:
        if isinstance(source, Own):
            note = (source.note_en, source.note_vi)
            if source is LOANS_OUTSTANDING and snapshot.loan_register:
                note = LOANS_OUTSTANDING_REGISTER[::-1]
            figures.append(ListedFigure(key, source.en if lang == "en" else source.vi,
                                        _own_value(registry, snapshot, source),
                                        source.unit, note[0] if lang == "en" else note[1]))
        elif isinstance(source, tuple):
            _, kind, status = source
            figures.append(ListedFigure(key, _status_label(kind, status, lang), _count(snapshot, kind, status),
                                        "count"))
        else:
            figure = headline(str(source))
            unit = PUBLIC_UNITS[figure.unit]
            actual = values[figure.key] if figure.key in values else snapshot.total.get(figure.key)
            figures.append(ListedFigure(key, figure.label(lang), _value(unit, actual), unit,
                                        progress=progress_of.get(figure.key, ()),
                                        context=context_of.get(figure.key, ()),
                                        not_allocated=unallocated.get(figure.key, ())))
    return figures


def _own_value(registry: Registry, snapshot: Snapshot, figure: Own) -> int | float | None:
    if figure is VALUE_CHAIN_ORGS:
        return snapshot.value_chain_orgs
    if figure is LOANS_OUTSTANDING:
        if snapshot.loan_register:
            return sum(outstanding for _, outstanding, _ in snapshot.loans_by_lender.values())
        return loans_disbursed(snapshot)  # without a register: the loans as disbursed (see the note)
    if figure is LOANS_OVERDUE:
        return sum(overdue for *_, overdue in snapshot.loans_by_lender.values())
    if figure is MANAGERS_TRAINED:
        return snapshot.managers_trained
    if figure is MANAGERS_TRAINED_SHARE:
        return managers_share(snapshot.managers_in_post, snapshot.managers_trained)
    if figure is TRAINED_THIS_YEAR:
        return sum(snapshot.trained_by_topic.values())
    if figure is CONTRACTS_IN_FORCE:
        return sum(snapshot.contracts_by_stage.values())
    stars = next(stars for stars, own in OCOP_STARS.items() if own is figure)
    return snapshot.ocop_products_by_stars.get(stars, 0)


def _count(snapshot: Snapshot, kind: str, status: str) -> int:
    return snapshot.organizations_by_kind_status.get((kind, status), 0)


def _status_label(kind: str, status: str, lang: str) -> str:
    words = _KIND_WORDS[kind][1 if lang == "en" else 0]
    state = catalogs.label("organization_status", status, lang)
    return f"{words}: {state[0].lower()}{state[1:]}" if lang == "en" else f"{words} {state[0].lower()}{state[1:]}"


def format_figure(unit: str, value: int | float | None, lang: str = "vi") -> str:
    """A value as the window writes it: "1.250", "3,25 %", "25.000.000" ("—" when there is none)."""
    if value is None:
        return "—"
    if unit == "pct":
        return f"{format_decimal(value, locale='en' if lang == 'en' else 'vi_VN')} %"
    if lang == "en":
        return format_decimal(int(value), locale="en")
    return format_money(int(value))
