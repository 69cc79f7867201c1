"""Targets allocated to communes, and progress measured from a baseline: the sum against the
upper figure, a commune with and without its allocation, both sides of "on track", a rate in
points."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.plan.targets import Target, allocation_sum, progress
from kttt_desktop.core.reports.summary import build_report
from tests.core.factories import htx


def test_the_allocations_are_summed_against_the_upper_figure():
    short = allocation_sum("htx_count", 50, [10, 12, None, 20])
    assert (short.total, short.allocated, short.difference, short.state) == (42.0, 3, -8.0, "short")
    over = allocation_sum("htx_count", 50, [30, 25])
    assert (over.difference, over.state) == (5.0, "over")
    assert allocation_sum("htx_count", 50, [25, 25]).state == "equal"
    assert allocation_sum("jobs", None, [100]).state == "no_upper"
    # Shares do not add up: each commune's rate is its own.
    rate = allocation_sum("value_chain_share", 10, [10, 12])
    assert rate.state == "rate" and rate.difference is None


def test_progress_is_measured_from_the_baseline_on_both_sides_of_on_track():
    # 40 HTX at the end of 2023, 50 by 2030; at the end of 2026, 3 of the 7 years are gone.
    target = Target("107", "htx_count", 2030, 50, baseline=40)
    end_2026 = date(2026, 12, 31)
    standing_still = progress("htx_count", 40, target, end_2026)
    assert standing_still.percent == 0 and standing_still.state == "behind"  # no longer "on track" at 80 %
    assert standing_still.expected_ratio == pytest.approx(3 / 7, abs=1e-3)
    just_behind = progress("htx_count", 44, target, end_2026)  # 40 % of the way, 43 % of the time
    assert just_behind.percent == 40 and just_behind.state == "behind"
    on_track = progress("htx_count", 45, target, end_2026)  # 50 % of the way
    assert on_track.percent == 50 and on_track.state == "on_track"
    assert on_track.baseline == 40 and not on_track.baseline_counted
    # Counted from the register when none was entered; the officer's base date moves the clock.
    counted = progress("htx_count", 45, Target("107", "htx_count", 2030, 50), end_2026, counted_baseline=40)
    assert counted.percent == 50 and counted.baseline_counted
    later = Target("107", "htx_count", 2030, 50, baseline=40, baseline_on=date(2025, 12, 31))
    assert progress("htx_count", 44, later, end_2026).state == "on_track"  # 40 % of the way, 1 of 5 years
    # A start already past the target: only whether it holds counts.
    held = progress("htx_count", 52, Target("107", "htx_count", 2030, 50, baseline=55), end_2026)
    assert held.state == "reached" and held.percent == 100


def test_a_rate_is_said_as_the_rate_and_the_gap_in_points():
    target = Target("03433", "value_chain_share", 2045, 10, baseline=2)
    found = progress("value_chain_share", 8.2, target, date(2026, 11, 26))
    assert found.text() == "8,2 % — còn 1,8 điểm %"
    assert found.text("en") == "8.2 % — 1.8 points to go"
    assert found.gap_points == 1.8 and "143" not in found.text()
    assert progress("value_chain_share", 10.5, target, date(2026, 11, 26)).text() == "10,5 % — đã đạt"
    # the rate reads as the figure beside it does (22,73 %), never rounded differently
    assert progress("value_chain_share", 22.727, target, date(2026, 11, 26)).text() == "22,73 % — đã đạt"
    assert progress("htx_count", 45, Target("107", "htx_count", 2030, 50, baseline=40),
                     date(2026, 11, 26)).text() == "50 %"


def test_a_commune_without_an_allocation_says_so_and_with_one_is_measured_against_it(core_registry):
    for name, day in (("HTX Một", "2020-05-01"), ("HTX Hai", "2024-05-01"), ("HTX Ba", "2025-05-01")):
        core_registry.create("organization", htx(name=name, registration_date=day))
    rows = {r.indicator.key: r for r in build_report(core_registry, date(2026, 11, 26)).indicator_rows}
    assert rows["htx_count"].by_horizon[2030].state == "not_allocated"  # not "behind" against the area's 50
    assert rows["htx_count"].context[2030].value == 50

    core_registry.set_target("03433", "htx_count", 2030, 5)  # baseline counted: 1 HTX at the end of 2023
    report = build_report(core_registry, date(2026, 11, 26))
    row = next(r for r in report.indicator_rows if r.indicator.key == "htx_count")
    found = row.by_horizon[2030]
    assert found.baseline == 1 and found.baseline_counted
    assert found.percent == 50 and found.state == "on_track"  # 2 of the 4 to add, less than half the time gone
    assert row.context[2030].value == 50


def test_a_baseline_that_cannot_be_meant_is_refused(core_registry):
    for key, baseline in (("htx_count", -1), ("value_chain_share", 120)):
        with pytest.raises(KtttError) as caught:
            core_registry.set_target("03433", key, 2045, 5, baseline=baseline)
        assert caught.value.code == "bad_target_baseline" and "năm gốc" in caught.value.message()
    assert core_registry.targets("03433") == []
