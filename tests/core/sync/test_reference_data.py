"""Reference data goes down: the upper level's targets and population reach every commune
in its packages, replace what that level sent before, and never travel upward."""

from __future__ import annotations

import json
import zipfile

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.sync import service


def _targets(site, unit_code):
    return {(t.indicator, t.year): (t.value, t.source) for t in site.registry.targets(unit_code)}


def test_targets_and_population_reach_all_communes(world, tmp_path):
    district, bum_to, bum_nua = world
    d = district.registry
    d.set_target("03433", "htx_count", 2030, 8)
    d.set_target("03466", "htx_count", 2030, 5)
    d.set_target("107", "jobs", 2030, 1600, "more_than")
    d.set_population("03433", 2025, 9000)
    d.set_population("03466", 2025, 7000)
    results = service.export_to_all_lower(d, tmp_path)
    assert sorted(r.manifest["receiver"]["unit_code"] for r in results) == ["03433", "03466"]
    # A commune is sent its own targets and the district's, not its neighbour's.
    sent = {r.manifest["receiver"]["unit_code"]: r.manifest["reference"] for r in results}
    assert {t[0] for t in sent["03433"]["targets"]} == {"03433", "107"}
    assert sent["03433"]["population"] == [["03433", 2025, 9000]]

    [result] = bum_to.receive(results[0].path if results[0].manifest["receiver"]["unit_code"] == "03433"
                              else results[1].path)
    assert result.status == "applied" and result.changes.targets
    assert _targets(bum_to, "03433") == {("htx_count", 2030): (8.0, "107")}
    assert _targets(bum_to, "107")[("jobs", 2030)] == (1600.0, "107")
    assert bum_to.registry.population() == [("03433", 2025, 9000)]
    assert bum_to.registry.targets("03466") == []

    # The district changes its mind: a new value, a target withdrawn. The commune follows,
    # and keeps the target it set for itself.
    bum_to.registry.set_target("03433", "tht_count", 2030, 3)
    d.set_target("03433", "htx_count", 2030, 9)
    d.set_target("107", "jobs", 2030, None)
    [again] = bum_to.receive(service.export_package(d, tmp_path, to="03433").path)
    assert again.status == "applied"
    assert _targets(bum_to, "03433") == {("htx_count", 2030): (9.0, "107"), ("tht_count", 2030): (3.0, "03433")}
    assert ("jobs", 2030) not in _targets(bum_to, "107")


def test_targets_never_travel_upward(world, tmp_path):
    district, bum_to, _ = world
    bum_to.registry.set_target("03433", "htx_count", 2030, 99)
    path = service.export_package(bum_to.registry, tmp_path).path
    with zipfile.ZipFile(path) as archive:
        assert "reference" not in json.loads(archive.read("manifest.json"))
    district.receive(path)
    assert district.registry.targets("03433") == []


def test_a_preview_changes_no_targets(world, tmp_path):
    district, bum_to, _ = world
    district.registry.set_target("03433", "htx_count", 2030, 8)
    path = service.export_package(district.registry, tmp_path, to="03433").path
    before = bum_to.registry.targets()
    [preview] = bum_to.receive(path, dry_run=True)
    assert preview.status == "applied"
    assert bum_to.registry.targets() == before


def test_all_lower_needs_lower_sites(tmp_path):
    from kttt_desktop.core.registry import Registry

    registry = Registry.open(tmp_path / "k.sqlite")
    registry.init_site("district", "107", "Khu vực Mường Tè")
    with pytest.raises(KtttError) as caught:
        service.export_to_all_lower(registry, tmp_path)
    assert caught.value.code == "sync_no_lower_peer"
    registry.close()


def test_an_allocation_with_its_baseline_reaches_its_commune_and_becomes_its_yardstick(world, tmp_path):
    from datetime import date

    from kttt_desktop.core.reports.summary import applicable_targets, build_report, context_targets

    district, bum_to, bum_nua = world
    d = district.registry
    d.set_target("107", "htx_count", 2030, 20)
    d.set_target("03433", "htx_count", 2030, 8, baseline=3, baseline_on=date(2024, 6, 30))
    assert applicable_targets(bum_to.registry) == (None, [])  # nothing allocated yet
    bum_to.receive(service.export_package(d, tmp_path, to="03433").path)
    [own] = bum_to.registry.targets("03433")
    assert (own.value, own.baseline, own.baseline_on, own.source) == (8.0, 3.0, date(2024, 6, 30), "107")
    assert applicable_targets(bum_to.registry)[0] == "03433"
    assert context_targets(bum_to.registry)[0] == "107"
    row = next(r for r in build_report(bum_to.registry).indicator_rows if r.indicator.key == "htx_count")
    assert row.by_horizon[2030].target.value == 8 and row.by_horizon[2030].baseline == 3
    assert row.context[2030].value == 20  # the area's target: beside it, not its yardstick

    # Bum Nưa has no allocation: its report says so instead of comparing with the area.
    bum_nua.receive(service.export_package(d, tmp_path, to="03466").path)
    assert bum_nua.registry.targets("03466") == [] and bum_nua.registry.targets("03433") == []
    report = build_report(bum_nua.registry)
    nua = next(r for r in report.indicator_rows if r.indicator.key == "htx_count")
    assert nua.by_horizon[2030].state == "not_allocated" and nua.by_horizon[2030].target is None
    assert "chưa được giao chỉ tiêu" in report.targets_note


@pytest.mark.parametrize("name, rows", [
    ("a neighbour's allocation", [["03466", "htx_count", 2030, 5, "at_least", None, None, None]]),
    ("a neighbour's population", None),
    ("a negative baseline", [["03433", "htx_count", 2030, 5, "at_least", None, -4, None]]),
    ("a rate baseline above 100", [["03433", "value_chain_share", 2045, 10, "at_least", None, 140, None]]),
    ("a baseline that is a yes", [["03433", "htx_count", 2030, 5, "at_least", None, True, None]]),
    ("a base date that is no date", [["03433", "htx_count", 2030, 5, "at_least", None, 1, "31/02/2024"]]),
    ("a base date that is a number", [["03433", "htx_count", 2030, 5, "at_least", None, 1, 20240101]]),
    ("seven fields", [["03433", "htx_count", 2030, 5, "at_least", None, 1]]),
    ("a baseline that is text", [["03433", "htx_count", 2030, 5, "at_least", None, "3", None]]),
])
def test_a_hostile_reference_from_the_upper_level_is_refused_whole(world, tmp_path, name, rows):
    from tests.core.sync import forge

    district, bum_to, _ = world
    bum_to.registry.set_target("03433", "tht_count", 2030, 3)
    before = forge.dump(bum_to.registry)
    reference = {"targets": rows or [], "population": [] if rows else [["03466", 2025, 7000]]}
    path = forge.package(district.registry, [], district.folder, to="03433", reference=reference)
    [result] = bum_to.receive(path)
    assert result.status == "rejected", name
    assert "chỉ tiêu" in result.reason
    assert forge.dump(bum_to.registry) == before  # nothing written, not even what was well formed
    assert service.refusals(bum_to.registry, "107")["last"][0]["code"] == "package_bad_reference"
