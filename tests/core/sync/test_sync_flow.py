"""The sync story through the core API: set-up files, packages up and down, merges,
conflicts, receipts, held and missing packages, hierarchy."""

from __future__ import annotations

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.sync import service
from tests.core.factories import htx, member
from tests.core.sync.conftest import Site
from tests.core.sync.forge import digest


def test_setup_file_gives_the_commune_its_identity_upper_level_and_matching_fingerprints(world):
    district, bum_to, _ = world
    site = bum_to.registry.require_site()
    assert (site.unit_code, site.upper_code, site.level) == ("03433", "107", "commune")
    upper = service.upper_peer(bum_to.registry)
    assert upper.fingerprint == service.fingerprint(district.registry)
    assert service.peer(district.registry, "03433").fingerprint == service.fingerprint(bum_to.registry)


def test_commune_records_reach_the_district_with_owner_preview_and_receipt(world):
    district, bum_to, bum_nua = world
    org = bum_to.registry.create("organization", htx()).record
    for index in range(5):
        bum_to.registry.create("member", member(org["id"], full_name=f"Lò Văn {index}", id_number=None))
    bum_nua.registry.create("organization", htx(name="HTX Sâm Bum Nưa", commune_code="03466"))
    package = bum_to.export()
    assert "03433" in package.name and "107" in package.name

    before = digest(district.registry.path)
    [preview] = district.receive(package, dry_run=True)
    assert preview.status == "applied"
    assert preview.counts.as_json()["member"]["new"] == 5
    assert list(district.registry.list_records("organization")) == []
    [applied] = district.receive(package)
    assert applied.counts.as_json() == preview.counts.as_json()  # the preview told the truth
    assert district.org(org["id"])["owner"] == "03433"
    assert digest(district.registry.path) != before

    [again] = district.receive(package)
    assert again.status == "already_imported"
    assert again.counts.as_json() == {}

    assert service.record_sync_state(bum_to.registry, "organization", org["id"]) == "sent"
    [receipt] = bum_to.receive(applied.receipt)
    assert receipt.status == "applied"
    assert service.record_sync_state(bum_to.registry, "organization", org["id"]) == "acknowledged"
    [peer_status] = service.status(bum_to.registry)
    assert peer_status["sent"] == 1 and peer_status["acknowledged"] == 1

    district.receive(bum_nua.export())
    assert len(list(district.registry.list_records("organization"))) == 2


def test_edits_to_different_fields_merge_and_same_field_becomes_a_conflict(world):
    district, bum_to, _ = world
    org = bum_to.registry.create("organization", htx()).record
    district.receive(bum_to.export())
    district.registry.update("organization", org["id"], {"village": "Bản Pa Ủ", "phone": "0912345678"})
    bum_to.registry.update("organization", org["id"], {"representative": "Lò Văn Hương", "phone": "0987654321"})
    correction = district.export(to="03433")
    [up] = district.receive(bum_to.export())
    [down] = bum_to.receive(correction)
    assert up.counts.as_json()["organization"]["conflicts"] == 1
    assert down.counts.as_json()["organization"]["conflicts"] == 1
    for site in (district, bum_to):
        record = site.org(org["id"])
        assert record["village"] == "Bản Pa Ủ" and record["representative"] == "Lò Văn Hương"
    # While unresolved, both sides show the same value, and keep the other.
    assert district.org(org["id"])["phone"] == bum_to.org(org["id"])["phone"]
    [conflict] = service.open_conflicts(district.registry)
    assert conflict["field"] == "phone"
    assert {conflict["mine"]["value"], conflict["theirs"]["value"]} == {"0912345678", "0987654321"}
    assert conflict["theirs"]["origin"] == "03433" and conflict["theirs"]["officer"] == "Cán bộ Xã Bum Tở"

    service.resolve(district.registry, conflict["id"], "theirs")
    bum_to.receive(district.export(to="03433"))
    assert service.open_conflicts(district.registry) == []
    assert service.open_conflicts(bum_to.registry) == []
    assert district.org(org["id"])["phone"] == bum_to.org(org["id"])["phone"] == "0987654321"


def test_edit_against_deletion_is_a_conflict(world):
    district, bum_to, _ = world
    org = bum_to.registry.create("organization", htx()).record
    district.receive(bum_to.export())
    district.registry.delete("organization", org["id"], "Nhập trùng")
    bum_to.registry.update("organization", org["id"], {"phone": "0987654321"})
    district.receive(bum_to.export())
    bum_to.receive(district.export(to="03433"))
    for site in (district, bum_to):
        [conflict] = service.open_conflicts(site.registry)
        assert conflict["field"] == "_deleted"
        assert site.org(org["id"])["deleted"] is True  # one deterministic state meanwhile
    conflict = service.open_conflicts(district.registry)[0]
    keep_edit = "theirs" if conflict["theirs"]["origin"] == "03433" else "mine"
    service.resolve(district.registry, conflict["id"], keep_edit)
    bum_to.receive(district.export(to="03433"))
    for site in (district, bum_to):
        assert service.open_conflicts(site.registry) == []
        record = site.org(org["id"])
        assert record["deleted"] is False and record["phone"] == "0987654321"


def test_deletions_travel_as_tombstones(world):
    district, bum_to, _ = world
    org = bum_to.registry.create("organization", htx()).record
    district.receive(bum_to.export())
    bum_to.registry.delete("organization", org["id"], "Tổ chức đã giải thể")
    [result] = district.receive(bum_to.export())
    assert result.counts.as_json()["organization"]["deleted"] == 1
    tombstone = district.org(org["id"])
    assert tombstone["deleted"] is True and tombstone["delete_reason"] == "Tổ chức đã giải thể"
    assert tombstone["deleted_by"] == "Cán bộ Xã Bum Tở"


def test_out_of_order_packages_are_held_missing_named_and_resent(world):
    district, bum_to, _ = world
    first = bum_to.registry.create("organization", htx(name="HTX Một")).record
    lost = bum_to.export()
    second = bum_to.registry.create("organization", htx(name="HTX Hai")).record
    later = bum_to.export()
    [held] = district.receive(later)
    assert held.status == "held" and "1" in held.reason
    assert list(district.registry.list_records("organization")) == []
    [receipt] = bum_to.receive(held.receipt)
    assert service.status(bum_to.registry)[0]["missing"] == [1]
    # The next export carries what went missing; the held package then applies by itself.
    results = district.receive(bum_to.export())
    assert [r.status for r in results] == ["applied", "applied"]
    names = sorted(o["name"] for o in district.registry.list_records("organization"))
    assert names == ["HTX Hai", "HTX Một"]
    assert service.status(district.registry)[0]["held"] == []
    assert lost.exists() and first and second


def test_hierarchy_district_passes_communes_records_to_the_province_with_their_owner(world, tmp_path):
    district, bum_to, _ = world
    province = Site(tmp_path, "province")
    province.registry.init_site("province", "12", "Tỉnh Lai Châu", "Cán bộ tỉnh")
    setup = tmp_path / "setup-107.json"
    service.write_setup_file(province.registry, "107", "Khu vực Mường Tè", setup, level="district")
    service.init_from_setup_file(district.registry, setup)  # a district that started alone joins
    org = bum_to.registry.create("organization", htx()).record
    district.receive(bum_to.export())
    district.registry.update("organization", org["id"], {"village": "Bản Pa Ủ"})
    province.receive(district.export())
    record = province.org(org["id"])
    assert record["owner"] == "03433" and record["village"] == "Bản Pa Ủ"
    trail = province.registry.audit_trail("organization", org["id"])
    assert {row["site"] for row in trail} == {"03433", "107"}  # who changed what, kept from below
    # A province correction reaches the commune through the district.
    province.registry.update("organization", org["id"], {"phone": "0912345678"})
    district.receive(province.export(to="107"))
    bum_to.receive(district.export(to="03433"))
    assert bum_to.org(org["id"])["phone"] == "0912345678"
    province.registry.close()


def test_wrong_receiver_and_unknown_sender_are_refused_with_nothing_written(world):
    district, bum_to, bum_nua = world
    bum_to.registry.create("organization", htx())
    package = bum_to.export()
    before = digest(bum_nua.registry.path)
    [result] = bum_nua.receive(package)
    assert result.status == "rejected" and "03466" in result.reason
    assert digest(bum_nua.registry.path) == before


def test_setup_file_that_was_altered_is_refused(world, tmp_path):
    district, _, _ = world
    setup = tmp_path / "setup-03451.json"
    service.write_setup_file(district.registry, "03451", "Xã Mù Cả", setup)
    setup.write_text(setup.read_text(encoding="utf-8").replace("Mù Cả", "Mù Cả giả"), encoding="utf-8")
    other = Registry.open(tmp_path / "fake.sqlite")
    with pytest.raises(KtttError) as caught:
        service.init_from_setup_file(other, setup)
    assert caught.value.code == "setup_file_bad"
    assert other.site is None
    other.close()


def test_full_package_reseeds_a_reinstalled_commune(world, tmp_path):
    district, bum_to, _ = world
    org = bum_to.registry.create("organization", htx()).record
    district.receive(bum_to.export())
    setup = tmp_path / "setup-again.json"
    service.write_setup_file(district.registry, "03433", "Xã Bum Tở", setup)
    fresh = Site(tmp_path, "reinstalled")
    service.init_from_setup_file(fresh.registry, setup)
    fresh.receive(district.export(to="03433", full=True))
    assert fresh.org(org["id"])["name"] == org["name"]
    created = fresh.registry.create("organization", htx(name="HTX mới sau cài lại")).record
    district.receive(fresh.export())  # new changes do not reuse the old numbers
    assert district.org(created["id"])["name"] == "HTX mới sau cài lại"
    fresh.registry.close()
