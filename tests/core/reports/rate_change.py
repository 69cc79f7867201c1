"""A year's report whose rate indicator moved from 3,87 % to 7,97 %: the hand-made commune has
no rate that changed, and a rate's change must read in points in every form of the report."""

from __future__ import annotations

from dataclasses import replace

from kttt_desktop.core.reports.year_report import YearReport

RATE_KEY = "value_chain_share"


def with_rate_change(report: YearReport) -> YearReport:
    """`report` with its value-chain share at 3,87 % a year before and 7,97 % now."""
    figures = [replace(f, previous=3.87, actual=7.97, change=7.97 - 3.87) if f.key == RATE_KEY else f
               for f in report.figures]
    assert figures != report.figures, f"no {RATE_KEY} among the year's figures"
    return replace(report, figures=figures)
