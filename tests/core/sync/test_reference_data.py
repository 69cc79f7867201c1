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
