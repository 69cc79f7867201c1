"""Targets are data: seeded from the Mường Tè plan, edited through the facade, checked, and
compared with indicators to say reached / on track / behind."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.plan.targets import MUONG_TE_PLAN, Target, progress
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.reports.summary import applicable_targets, build_report, context_targets
from tests.core.factories import htx, member


def test_a_muong_te_site_starts_with_the_district_plan(core_registry):
    targets = core_registry.targets("107")
    assert len(targets) == len(MUONG_TE_PLAN)
    by_key = {(t.indicator, t.year): t for t in targets}
    assert by_key["htx_count", 2030].value == 50
    assert by_key["htx_members", 2030].describe() == "trên 400"
    assert by_key["tht_count", 2030].describe() == "khoảng 15"
    assert by_key["jobs", 2045].describe() == "trên 4.000"
    assert by_key["population_share", 2045].describe() == "5 %"
    assert by_key["jobs", 2045].describe("en") == "more than 4,000"
    assert all("20-NQ/TW" in t.basis for t in targets)


def test_a_site_elsewhere_starts_without_targets(tmp_path):
    registry = Registry.open(tmp_path / "k.sqlite")
    registry.init_site("commune", "09877", "Xã An Khánh")
    assert registry.targets() == []
    assert applicable_targets(registry) == (None, [])
    registry.close()


def test_setting_changing_and_removing_a_target(core_registry):
    changes = core_registry.set_target("03433", "htx_count", 2030, 5, "at_least", "Nghị quyết HĐND xã")
    assert changes.targets and not changes.empty
    assert core_registry.targets("03433") == [
        Target("03433", "htx_count", 2030, 5.0, "at_least", "Nghị quyết HĐND xã", "03433")]
    assert core_registry.set_target("03433", "htx_count", 2030, 5, "at_least", "Nghị quyết HĐND xã").empty
    core_registry.set_target("03433", "htx_count", 2030, 6)
    assert core_registry.targets("03433")[0].value == 6
    core_registry.set_target("03433", "htx_count", 2030, None)
    assert core_registry.targets("03433") == []
    trail = core_registry.conn.execute(
        "SELECT action, old_value, new_value FROM audit_log WHERE record_type = 'target' ORDER BY id").fetchall()
    assert [row[0] for row in trail][-3:] == ["create", "update", "delete"]


@pytest.mark.parametrize("args, code, named", [
    (("03433", "members", 2030, 5), "unknown_indicator", "members"),
    (("03433", "htx_count", 30, 5), "bad_target_year", "30"),
    (("03433", "htx_count", 2030, -1), "bad_target_value", "-1"),
    (("03433", "population_share", 2045, 120), "bad_target_percent", "120"),
    (("03433", "htx_count", 2030, 5, "roughly"), "bad_target_comparison", "roughly"),
    (("Bum Tở", "htx_count", 2030, 5), "bad_unit_code", "Bum Tở"),
])
def test_a_target_that_cannot_be_meant_is_refused_and_nothing_written(core_registry, args, code, named):
    before = core_registry.targets()
    with pytest.raises(KtttError) as caught:
        core_registry.set_target(*args)
    assert caught.value.code == code
    message = caught.value.message()
    assert f"«{named}»" in message  # says what was wrong, in Vietnamese
    assert message != code and not message.isascii()
    assert core_registry.targets() == before


def test_population_is_checked_and_replaced(core_registry):
    core_registry.set_population("03433", 2025, 9500)
    core_registry.set_population("03433", 2025, 9600)
    assert core_registry.population() == [("03433", 2025, 9600)]
    for bad in (0, -5, 12.5):
        with pytest.raises(KtttError) as caught:
            core_registry.set_population("03433", 2025, bad)
        assert caught.value.code == "bad_population"
    core_registry.set_population("03433", 2025, None)
    assert core_registry.population() == []


def test_progress_states():
    target = Target("107", "htx_count", 2030, 50)
    # 2023-01-01 .. 2030-12-31; at the end of 2026 half the period has gone by.
    halfway = date(2026, 12, 31)
    assert progress("htx_count", 50, target, halfway).state == "reached"
    assert progress("htx_count", 30, target, halfway).state == "on_track"
    assert progress("htx_count", 10, target, halfway).state == "behind"
    assert progress("htx_count", 10, target, halfway).percent == 20
    assert progress("htx_count", 10, None, halfway).state == "no_target"
    assert progress("population_share", None, Target("107", "population_share", 2045, 5), halfway).state == "no_data"
    more_than = Target("107", "jobs", 2030, 1500, "more_than")
    assert progress("jobs", 1500, more_than, halfway).state != "reached"
    assert progress("jobs", 1501, more_than, halfway).state == "reached"
    about = Target("107", "tht_count", 2030, 15, "about")
    assert progress("tht_count", 14, about, halfway).state == "reached"


def test_a_commune_is_measured_against_its_own_targets_never_the_districts(core_registry):
    assert applicable_targets(core_registry) == (None, [])
    assert context_targets(core_registry)[0] == "107"  # the district plan: context only
    core_registry.set_target("03433", "htx_count", 2030, 4)
    unit, targets = applicable_targets(core_registry)
    assert unit == "03433" and [t.indicator for t in targets] == ["htx_count"]


def test_the_report_compares_indicators_with_targets(core_registry):
    org = core_registry.create("organization", htx()).record["id"]
    core_registry.create("member", member(org))
    report = build_report(core_registry, date(2026, 11, 26))
    rows = {row.indicator.key: row for row in report.indicator_rows}
    assert rows["htx_count"].actual == 1
    # Nothing allocated to Bum Tở: the district's 50 is context, not its yardstick.
    assert rows["htx_count"].by_horizon[2030].target is None
    assert rows["htx_count"].by_horizon[2030].state == "not_allocated"
    assert rows["htx_count"].context[2030].value == 50
    assert rows["union_count"].by_horizon[2030].state == "no_target"
    assert report.issuer == "ỦY BAN NHÂN DÂN XÃ BUM TỞ"
    assert report.date_line() == "Bum Tở, ngày 26 tháng 11 năm 2026"
    assert "chưa được giao chỉ tiêu" in report.targets_note and "Mường Tè" in report.targets_note
    core_registry.set_target("03433", "htx_count", 2030, 4, baseline=0)
    allocated = {row.indicator.key: row for row in build_report(core_registry, date(2026, 11, 26)).indicator_rows}
    assert allocated["htx_count"].by_horizon[2030].target.value == 4
    assert allocated["htx_count"].by_horizon[2030].percent == 25
    assert allocated["htx_count"].context[2030].value == 50
    assert [line.name for line in report.organizations_by_kind["Hợp tác xã"]] == ["HTX Chè Shan tuyết Bum Tở"]
    assert report.organizations_by_kind["Hợp tác xã"][0].members == 1
