"""A report's figures as text, the same in the printed PDF and the Word document: counts with
thousands separators, shares with two decimals, money in millions of đồng as reports to the
upper level write it."""

from __future__ import annotations

from babel.numbers import format_decimal

from kttt_desktop.core.plan.indicators import Indicator
from kttt_desktop.core.reports.registers import Own


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


def locale_of(lang: str) -> str:
    return "en" if lang == "en" else "vi_VN"


def figure_label(figure: Indicator | Own, lang: str) -> str:
    """A figure's name as the report prints it: money in millions, and its unit says so."""
    label = figure.label(lang)
    if figure.unit == "vnd":
        label = label.replace("(đồng)", "(triệu đồng)").replace("(VND)", "(million VND)")
    return label
