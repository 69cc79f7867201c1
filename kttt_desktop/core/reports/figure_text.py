"""A report's figures as text, the same in the printed PDF and the Word document: counts with
thousands separators, shares with two decimals, money in millions of đồng as reports to the
upper level write it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from babel.numbers import format_decimal

from kttt_desktop.core.catalogues.report_words import REPORT_TEXTS, pick
from kttt_desktop.core.plan.indicators import Indicator
from kttt_desktop.core.plan.targets import HORIZONS
from kttt_desktop.core.reports.registers import Own

if TYPE_CHECKING:
    from kttt_desktop.core.reports.summary import IndicatorRow


def format_indicator(unit: str, value: float | None, lang: str = "vi") -> str:
    """An indicator's figure as the report writes it: "1.250", "14,29 %", money in millions
    of đồng as reports to the upper level do ("5.402", "12,5"); English separators in English."""
    if value is None:
        return "—"
    if unit == "vnd":
        value /= 1_000_000
        if abs(value) < 100 and not float(value).is_integer():
            return format_decimal(round(value, 1), locale=locale_of(lang))
        return format_decimal(round(value), locale=locale_of(lang))
    if unit == "percent":
        return f"{format_decimal(round(value, 2), locale=locale_of(lang))} %"
    return format_decimal(int(round(value)), locale=locale_of(lang))


def format_change(unit: str, value: float | None, lang: str = "vi") -> str:
    """A figure's change over the year, signed: "+2", "−1", "0". A rate's change is in points
    ("+4,1 điểm %", "+4.1 points"): a rate going from 3,87 % to 7,97 % has not grown by 4,1 %,
    and the indicators' progress already says its gap that way ("còn 2,0 điểm %")."""
    if value is None:
        return "—"
    if unit == "percent":
        shown = f"{format_decimal(round(abs(value), 2), locale=locale_of(lang))} {pick(REPORT_TEXTS, 'points', lang)}"
    else:
        shown = format_indicator(unit, abs(value), lang)
    return f"+{shown}" if value > 0 else f"−{shown}" if value < 0 else shown


def locale_of(lang: str) -> str:
    return "en" if lang == "en" else "vi_VN"


def figure_label(figure: Indicator | Own, lang: str) -> str:
    """A figure's name as the report prints it: money in millions, and its unit says so."""
    label = figure.label(lang)
    if figure.unit == "vnd":
        label = label.replace("(đồng)", "(triệu đồng)").replace("(VND)", "(million VND)")
    return label


def indicator_headers(lang: str) -> list[str]:
    """The headings of the indicators' table after its number column: the indicator, its
    figure, each horizon's target and progress, the assessment."""
    headers = [pick(REPORT_TEXTS, "indicator", lang), pick(REPORT_TEXTS, "actual", lang)]
    for year in HORIZONS:
        headers += [pick(REPORT_TEXTS, "target", lang).format(year=year), pick(REPORT_TEXTS, "percent", lang)]
    headers.append(pick(REPORT_TEXTS, "assessment", lang))
    return headers


def indicator_cells(row: IndicatorRow, lang: str) -> list[str]:
    """One indicator's line under `indicator_headers`, the same in the PDF and the Word
    document: the target with the upper level's beside it (context, never the yardstick), the
    progress as the page says it (a rate as the rate and its gap in points), the assessment."""
    cells = [figure_label(row.indicator, lang), format_indicator(row.indicator.unit, row.actual, lang)]
    for year in HORIZONS:
        progress = row.by_horizon[year]
        above = row.context.get(year)
        cells.append((progress.target.describe(lang) if progress.target else "—") + (
            f" ({pick(REPORT_TEXTS, 'upper_target', lang)}: {above.describe(lang)})" if above is not None else ""))
        cells.append(progress.text(lang) or "—")
    cells.append(pick(REPORT_TEXTS, "states", lang).get(row.assessed.state, ""))
    return cells
