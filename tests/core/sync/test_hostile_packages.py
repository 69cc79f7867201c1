"""A commune officer who attacks with the keys the commune holds: every package is written by
the program's own writer and validly signed, and still each one is refused whole, with a
message naming the change and why, the district's database unchanged (but for the note that
the commune sent it), and the victim's later genuine changes applied as usual."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kttt_desktop.core.canonical_json import canonical_json
from kttt_desktop.core.formats import format_time
from kttt_desktop.core.sync import service
from tests.core.factories import htx, member
from tests.core.sync import forge
from tests.core.sync.conftest import Site

ATTACKER, VICTIM, DISTRICT = "03466", "03433", "107"
NEW_ID = "ab" * 16


@dataclass
class Scene:
    district: Site
    victim: Site
    attacker: Site
    victim_org: dict
    victim_member: dict
    attacker_org: dict

    def next_seq(self, site: Site | None = None) -> int:
        return (site or self.attacker).registry.last_change_seq() + 1

    def own(self, op: str = "update", fields: Any = None, **overrides: Any) -> dict[str, Any]:
        """A change the attacker may make: to its own organisation, numbered as its program would."""
        item = forge.change(ATTACKER, self.next_seq(), "organization", self.attacker_org["id"], ATTACKER, op,
                            {"phone": "0912345678"} if fields is None else fields, {ATTACKER: 2})
        item.update(overrides)
        return item

    def own_record(self, record_type: str, **fields: Any) -> dict[str, Any]:
        """A new record of `record_type` (yearly results, a decision, a register) of the
        attacker's own organisation, with `fields` as given."""
        return forge.change(ATTACKER, self.next_seq(), record_type, NEW_ID, ATTACKER, "create",
                            {"organization_id": self.attacker_org["id"], **fields})

    def own_member(self, **fields: Any) -> dict[str, Any]:
        """A new member of the attacker's own organisation, with `fields` laid over good values."""
        values = {"organization_id": self.attacker_org["id"], "kind": "individual", "membership": "official",
                  "full_name": "Lò Văn Páo", **fields}
        return forge.change(ATTACKER, self.next_seq(), "member", NEW_ID, ATTACKER, "create", values)


@pytest.fixture
def scene(world) -> Scene:
    district, victim, attacker = world
    victim_org = victim.registry.create("organization", htx(name="HTX Chè Bum Tở", commune_code=VICTIM)).record
    victim_member = victim.registry.create("member", member(victim_org["id"], id_number=None)).record
    attacker_org = attacker.registry.create("organization", htx(name="HTX Sâm Bum Nưa", commune_code=ATTACKER)).record
    for site in (victim, attacker):
        [applied] = district.receive(site.export())
        assert applied.status == "applied"
    return Scene(district, victim, attacker, victim_org, victim_member, attacker_org)


@dataclass(frozen=True)
class Attack:
    name: str
    code: str  # the package-level message
    reason: str | None  # the reason given for the change, for change-level refusals
    items: Callable[[Scene], list[dict[str, Any]]]
    manifest: Callable[[Scene], dict[str, Any]] = lambda s: {}


def _deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


ATTACKS = [
    # --- authority: the attacker's own, validly signed package --------------------------------
    Attack("update-another-communes-member", "package_forbidden_change", "change_foreign_owner", lambda s: [
        forge.change(ATTACKER, s.next_seq(), "member", s.victim_member["id"], VICTIM, "update",
                     {"full_name": "Kẻ Mạo Danh", "id_number": "011234567890"}, {VICTIM: 1, ATTACKER: 1})]),
    Attack("update-another-communes-member-claiming-it", "package_forbidden_change", "change_owner_differs",
           lambda s: [forge.change(ATTACKER, s.next_seq(), "member", s.victim_member["id"], ATTACKER, "update",
                                   {"full_name": "Kẻ Mạo Danh"}, {VICTIM: 1, ATTACKER: 1})]),
    Attack("own-organisation-claimed-for-another-commune", "package_forbidden_change", "change_owner_differs",
           lambda s: [s.own(owner=VICTIM)]),
    Attack("delete-another-communes-organisation", "package_forbidden_change", "change_foreign_owner", lambda s: [
        forge.change(ATTACKER, s.next_seq(), "organization", s.victim_org["id"], VICTIM, "delete",
                     {"reason": "Giải thể"}, {VICTIM: 1, ATTACKER: 1})]),
    Attack("claim-the-victim-as-origin", "package_forbidden_change", "change_foreign_origin", lambda s: [
        forge.change(VICTIM, s.next_seq(s.victim), "organization", s.attacker_org["id"], ATTACKER, "update",
                     {"phone": "0912345678"}, {ATTACKER: 1, VICTIM: 1})]),
    Attack("claim-the-district-as-origin", "package_forbidden_change", "change_foreign_origin", lambda s: [
        forge.change(DISTRICT, 5, "organization", s.attacker_org["id"], ATTACKER, "update",
                     {"phone": "0912345678"}, {ATTACKER: 1, DISTRICT: 1})]),
    Attack("district-origin-pushing-its-numbers-to-the-top", "package_bad_change", "change_bad_entry", lambda s: [
        forge.change(DISTRICT, 2**63 - 1, "organization", s.attacker_org["id"], ATTACKER, "update",
                     {"phone": "0912345678"}, {ATTACKER: 1, DISTRICT: 1})]),
    Attack("inflate-another-unit-in-a-vector", "package_forbidden_change", "change_vector_ahead",
           lambda s: [s.own(vv={ATTACKER: 2, VICTIM: 3})]),
    Attack("inflate-a-vector-beyond-any-number", "package_bad_change", "change_bad_entry",
           lambda s: [s.own(vv={ATTACKER: 2, VICTIM: 9_200_000_000_000_000_000})]),
    Attack("inflate-a-vector-with-a-float", "package_bad_change", "change_bad_entry",
           lambda s: [s.own(vv={ATTACKER: 2, VICTIM: 9.2e18})]),
    Attack("inflate-own-entry", "package_forbidden_change", "change_not_consecutive",
           lambda s: [s.own(vv={ATTACKER: 50})]),
    Attack("create-over-another-communes-record", "package_forbidden_change", "change_owner_differs", lambda s: [
        forge.change(ATTACKER, s.next_seq(), "organization", s.victim_org["id"], ATTACKER, "create",
                     {"kind": "htx", "name": "Rỗng"})]),
    Attack("create-over-another-communes-record-as-theirs", "package_forbidden_change", "change_foreign_owner",
           lambda s: [forge.change(ATTACKER, s.next_seq(), "organization", s.victim_org["id"], VICTIM, "create",
                                   {})]),
    Attack("create-over-own-record-with-nulls", "package_forbidden_change", "change_create_existing", lambda s: [
        forge.change(ATTACKER, s.next_seq(), "organization", s.attacker_org["id"], ATTACKER, "create", {})]),
    Attack("create-that-claims-to-have-seen-others", "package_forbidden_change", "change_create_vector", lambda s: [
        forge.change(ATTACKER, s.next_seq(), "organization", NEW_ID, ATTACKER, "create", {"name": "HTX Mới"},
                     {ATTACKER: 1, VICTIM: 1})]),
    Attack("member-put-into-another-communes-organisation", "package_forbidden_change",
           "change_foreign_organization", lambda s: [s.own_member(organization_id=s.victim_org["id"])]),
    Attack("member-put-into-an-organisation-nobody-has", "package_forbidden_change",
           "change_unknown_organization", lambda s: [s.own_member(organization_id="ef" * 16)]),
    Attack("member-outside-any-organisation", "package_bad_change", "change_without_organization",
           lambda s: [s.own_member(organization_id=None)]),
    Attack("member-taken-out-of-its-organisation", "package_bad_change", "change_without_organization",
           lambda s: [forge.change(ATTACKER, s.next_seq(), "member", s.victim_member["id"], ATTACKER, "update",
                                   {"organization_id": None}, {VICTIM: 1, ATTACKER: 1})]),
    Attack("a-number-already-imported", "package_number_taken", None, lambda s: [s.own()],
           lambda s: {"package_no": 1}),
    Attack("own-organisation-moved-into-another-commune", "package_forbidden_change", "change_foreign_commune",
           lambda s: [s.own(fields={"commune_code": VICTIM})]),
    Attack("a-new-organisation-in-another-commune", "package_forbidden_change", "change_foreign_commune",
           lambda s: [forge.change(ATTACKER, s.next_seq(), "organization", NEW_ID, ATTACKER, "create",
                                   {"kind": "htx", "name": "HTX Ma Bum Tở", "status": "active",
                                    "commune_code": VICTIM})]),
    Attack("own-change-outside-the-declared-range", "package_forbidden_change", "change_outside_range",
           lambda s: [s.own()], lambda s: {"to_seq": s.next_seq() - 1}),
    Attack("own-change-from-a-unit-nobody-knows", "package_forbidden_change", "change_foreign_owner", lambda s: [
        forge.change(ATTACKER, s.next_seq(), "organization", NEW_ID, "99999", "create", {"name": "HTX Ma"})]),
    Attack("a-decision-on-another-communes-organisation", "package_forbidden_change",
           "change_foreign_organization", lambda s: [s.own_record(
               "status_change", organization_id=s.victim_org["id"], status="dissolved", effective_on="2026-01-01")]),
    Attack("yearly-results-of-another-communes-organisation", "package_forbidden_change",
           "change_foreign_organization", lambda s: [s.own_record(
               "annual_report", organization_id=s.victim_org["id"], year=2025, rating="weak")]),
    Attack("a-loan-put-on-another-communes-organisation", "package_forbidden_change",
           "change_foreign_organization", lambda s: [s.own_record(
               "loan", organization_id=s.victim_org["id"], lender="other", overdue_vnd=10**9)]),
    # --- values the program itself would refuse ----------------------------------------------
    Attack("a-year-no-form-would-take", "package_bad_change", "change_bad_value",
           lambda s: [s.own_record("annual_report", year=99_999)]),
    Attack("a-score-above-a-hundred", "package_bad_change", "change_bad_value",
           lambda s: [s.own_record("annual_report", year=2025, rating_score=1_000)]),
    Attack("a-rating-that-is-not-a-rating", "package_bad_change", "change_bad_value",
           lambda s: [s.own_record("annual_report", year=2025, rating="xuất sắc")]),
    Attack("a-decision-with-a-status-that-is-not-one", "package_bad_change", "change_bad_value",
           lambda s: [s.own_record("status_change", status="sáp nhập", effective_on="2026-01-01")]),
    Attack("a-decision-in-effect-on-no-day", "package_bad_change", "change_bad_value",
           lambda s: [s.own_record("status_change", status="suspended", effective_on="2026-13-01")]),
    Attack("ocop-stars-beyond-five", "package_bad_change", "change_bad_value",
           lambda s: [s.own_record("product", name="Chè", ocop_stars=9)]),
    Attack("a-manager-in-a-post-that-is-not-one", "package_bad_change", "change_bad_value",
           lambda s: [s.own_record("manager", full_name="Lò Văn Pọm", role="vua")]),
    Attack("a-kind-that-is-not-a-kind", "package_bad_change", "change_bad_value",
           lambda s: [s.own(fields={"kind": "công ty"})]),
    Attack("money-that-is-not-money", "package_bad_change", "change_bad_value",
           lambda s: [s.own(fields={"charter_capital_vnd": "abc"})]),
    Attack("capital-of-ten-to-the-26", "package_bad_change", "change_bad_value",
           lambda s: [s.own(fields={"charter_capital_vnd": 10**26})]),
    Attack("a-date-that-is-no-date", "package_bad_change", "change_bad_value",
           lambda s: [s.own(fields={"registration_date": "2023-02-30"})]),
    Attack("a-date-in-words", "package_bad_change", "change_bad_value",
           lambda s: [s.own(fields={"registration_date": "hôm qua"})]),
    Attack("a-ten-megabyte-name", "package_bad_change", "change_bad_value",
           lambda s: [s.own(fields={"name": "HTX " + "a" * 10_000_000})]),
    Attack("a-list-where-a-name-goes", "package_bad_change", "change_bad_value",
           lambda s: [s.own(fields={"name": ["HTX", "Sâm"]})]),
    Attack("a-nul-in-a-name", "package_bad_change", "change_bad_value",
           lambda s: [s.own(fields={"name": "HTX Sâm\x00"})]),
    Attack("terminal-escapes-in-a-name", "package_bad_change", "change_bad_value",
           lambda s: [s.own(fields={"name": "HTX \x1b[2J\x1b]0;owned\x07Sâm"})]),
    Attack("escapes-in-a-deletion-reason", "package_bad_change", "change_bad_value",
           lambda s: [s.own("delete", {"reason": "Giải thể\x1b[31m"})]),
    Attack("a-flag-that-is-not-a-flag", "package_bad_change", "change_bad_value",
           lambda s: [s.own(fields={"high_tech": "có"})]),
    Attack("a-field-the-record-does-not-have", "package_bad_change", "change_unknown_field",
           lambda s: [s.own(fields={"owner": VICTIM})]),
    Attack("a-member-with-a-path-for-an-organisation", "package_bad_change", "change_bad_value",
           lambda s: [s.own_member(organization_id="../../../etc/passwd")]),
    Attack("an-operation-that-does-not-exist", "package_bad_change", "change_bad_entry",
           lambda s: [s.own(op="drop")]),
    Attack("a-record-type-that-does-not-exist", "package_bad_change", "change_bad_entry",
           lambda s: [s.own(record_type="site")]),
    Attack("a-record-id-that-is-a-path", "package_bad_change", "change_bad_entry",
           lambda s: [s.own(record_id="../../kttt.sqlite")]),
    Attack("a-negative-number", "package_bad_change", "change_bad_entry", lambda s: [s.own(origin_seq=-1)]),
    Attack("a-number-that-is-text", "package_bad_change", "change_bad_entry", lambda s: [s.own(origin_seq="7")]),
    Attack("a-number-that-is-true", "package_bad_change", "change_bad_entry", lambda s: [s.own(origin_seq=True)]),
    Attack("an-origin-in-arabic-indic-digits", "package_bad_change", "change_bad_entry",
           lambda s: [s.own(origin="٠٣٤٦٦", vv={"٠٣٤٦٦": 2})]),
    Attack("an-officer-that-is-a-list", "package_bad_change", "change_bad_entry",
           lambda s: [s.own(officer=["Cán bộ"])]),
    Attack("a-time-that-is-no-time", "package_bad_change", "change_bad_entry", lambda s: [s.own(at="mai")]),
    Attack("fields-that-are-a-list", "package_bad_change", "change_bad_entry", lambda s: [s.own(fields=[1, 2])]),
    Attack("a-vector-that-is-a-list", "package_bad_change", "change_bad_entry", lambda s: [s.own(vv=[ATTACKER])]),
    Attack("an-empty-vector", "package_bad_change", "change_bad_entry", lambda s: [s.own(vv={})]),
    Attack("a-change-without-its-vector", "package_bad_change", "change_missing_key",
           lambda s: [{k: v for k, v in s.own().items() if k != "vv"}]),
    Attack("a-change-with-a-stowaway", "package_bad_change", "change_extra_key", lambda s: [s.own(sql="DROP")]),
    # --- lines that are not changes at all ----------------------------------------------------
    Attack("json-nested-30000-deep", "package_corrupt", None, lambda s: [forge.RawLine(_deep(30_000) + b"\n")]),
    Attack("a-name-nested-30000-deep", "package_corrupt", None, lambda s: [forge.RawLine(
        b'{"origin":"03466","fields":{"name":' + _deep(30_000) + b"}}\n")]),
    Attack("a-line-that-is-a-list", "package_corrupt", None, lambda s: [forge.RawLine(b"[1, 2, 3]\n")]),
    # --- the manifest, wrongly typed (signed all the same) ------------------------------------
    *[Attack(f"manifest-{key}-{label}", "package_bad_manifest", None, lambda s: [s.own()],
             lambda s, key=key, value=value: {key: value})
      for key, label, value in [
          ("package_no", "text", "1"), ("package_no", "fraction", 1.5), ("package_no", "true", True),
          ("package_no", "negative", -1), ("package_no", "huge", 2**63), ("from_seq", "text", "0"),
          ("from_seq", "negative", -5), ("to_seq", "huge", 2**60), ("package_id", "path", "../../../evil"),
          ("package_id", "number", 123), ("kind", "unknown", "patch"), ("kind", "list", ["changes"]),
          ("counts", "list", []), ("counts", "text-count", {"organization": {"update": "1"}}),
          ("sender", "list-name", {"unit_code": ATTACKER, "name": ["Xã"], "level": "commune"}),
          ("sender", "unknown-level", {"unit_code": ATTACKER, "name": "Xã Bum Nưa", "level": "vua"}),
          ("created_at", "number", 20261126),
      ]],
    Attack("manifest-range-backwards", "package_bad_manifest", None, lambda s: [s.own()],
           lambda s: {"from_seq": 9, "to_seq": 3}),
]


@pytest.mark.parametrize("attack", ATTACKS, ids=[a.name for a in ATTACKS])
def test_a_hostile_package_is_refused_whole_and_the_victim_goes_on(scene: Scene, attack: Attack) -> None:
    district = scene.district
    path = forge.package(scene.attacker.registry, attack.items(scene), scene.attacker.folder,
                         **attack.manifest(scene))
    before_bytes, before = forge.digest(district.registry.path), forge.dump(district.registry)

    [preview] = district.receive(path, dry_run=True)
    assert preview.status == "rejected"
    assert forge.digest(district.registry.path) == before_bytes  # a preview writes nothing at all

    receipts = set((district.folder / "rc").iterdir())
    [result] = district.receive(path)
    assert result.status == "rejected" and result.receipt is None
    assert set((district.folder / "rc").iterdir()) == receipts  # no receipt for a refused package
    assert result.reason == preview.reason
    assert "\n" not in result.reason and "Traceback" not in result.reason and "\x1b" not in result.reason
    assert forge.dump(district.registry) == before
    refused = service.refusals(district.registry, ATTACKER)
    assert refused["count"] == 1
    assert refused["last"][0]["code"] == attack.code
    assert refused["last"][0]["reason_code"] == attack.reason
    if attack.reason is not None:
        assert "thay đổi thứ 1 (" in result.reason and ATTACKER in result.reason

    # The victim's next genuine changes (numbered as an attack may have claimed) go in as usual.
    victim = scene.victim.registry
    victim.update("member", scene.victim_member["id"], {"full_name": "Lò Thị Mai", "phone": "0987654321"})
    victim.update("organization", scene.victim_org["id"], {"village": "Bản Pa Ủ"})
    [applied] = district.receive(scene.victim.export())
    assert applied.status == "applied", applied.reason
    got = district.registry.get("member", scene.victim_member["id"])
    assert (got["full_name"], got["phone"], got["owner"], got["deleted"]) == ("Lò Thị Mai", "0987654321", VICTIM, False)
    assert district.org(scene.victim_org["id"])["village"] == "Bản Pa Ủ"
    assert district.org(scene.victim_org["id"])["name"] == "HTX Chè Bum Tở"
    # And the attacker's own genuine export still goes in.
    scene.attacker.registry.update("organization", scene.attacker_org["id"], {"village": "Bản Nậm Ngà"})
    [own] = district.receive(scene.attacker.export())
    assert own.status == "applied", own.reason
    assert district.org(scene.attacker_org["id"])["village"] == "Bản Nậm Ngà"
    assert service.open_conflicts(district.registry) == []


def test_a_full_resend_of_a_communes_own_records_is_harmless(scene: Scene) -> None:
    district = scene.district
    scene.district.registry.update("organization", scene.victim_org["id"], {"phone": "0912345678"})
    scene.victim.receive(district.export(to=VICTIM))  # the district's correction reaches the commune
    before = {r["id"]: r for r in district.registry.list_records("organization", include_deleted=True)}
    [result] = district.receive(scene.victim.export(full=True))
    assert result.status == "applied", result.reason
    assert {c["new"] + c["updated"] + c["deleted"] + c["conflicts"] for c in result.counts.as_json().values()} == {0}
    assert {r["id"]: r for r in district.registry.list_records("organization", include_deleted=True)} == before
    assert service.refusals(district.registry, VICTIM)["count"] == 0


def test_an_upper_level_corrects_only_records_of_the_site_and_below(scene: Scene) -> None:
    district, victim = scene.district, scene.victim
    before = forge.dump(victim.registry)
    foreign = forge.change(DISTRICT, district.registry.last_change_seq() + 1, "organization",
                           scene.attacker_org["id"], ATTACKER, "update", {"phone": "0912345678"},
                           {ATTACKER: 1, DISTRICT: 1})
    path = forge.package(district.registry, [foreign], district.folder, to=VICTIM)
    [result] = victim.receive(path)
    assert result.status == "rejected" and "03466" in result.reason
    assert forge.dump(victim.registry) == before
    assert service.refusals(victim.registry, DISTRICT)["last"][0]["reason_code"] == "change_foreign_owner"
    district.registry.update("organization", scene.victim_org["id"], {"phone": "0912345678"})
    [correction] = victim.receive(district.export(to=VICTIM))
    assert correction.status == "applied", correction.reason
    assert victim.org(scene.victim_org["id"])["phone"] == "0912345678"


def test_a_hostile_package_that_came_early_is_held_then_refused_and_the_rest_goes_in(scene: Scene) -> None:
    district, attacker = scene.district, scene.attacker
    attacker.registry.update("organization", scene.attacker_org["id"], {"village": "Bản Một"})
    genuine = attacker.export()  # package 2: not delivered yet
    early = forge.package(attacker.registry, [
        forge.change(ATTACKER, scene.next_seq(), "member", scene.victim_member["id"], VICTIM, "update",
                     {"full_name": "Kẻ Mạo Danh"}, {VICTIM: 1, ATTACKER: 1})], attacker.folder)
    [held] = district.receive(early)
    assert held.status == "held"
    kept = list(service.held_folder(district.registry).iterdir())
    assert [p.parent for p in kept] == [service.held_folder(district.registry)]
    results = district.receive(genuine)
    assert [r.status for r in results] == ["applied", "rejected"]
    assert "không được phép" in results[1].reason
    assert service.status(district.registry)[0]["held"] == [] and not any(kept[0].parent.iterdir())
    assert district.registry.get("member", scene.victim_member["id"])["full_name"] != "Kẻ Mạo Danh"
    attacker.registry.update("organization", scene.attacker_org["id"], {"village": "Bản Hai"})
    [later] = district.receive(attacker.export())
    assert later.status == "applied", later.reason
    assert district.org(scene.attacker_org["id"])["village"] == "Bản Hai"


def test_a_package_id_never_reaches_a_file_name_unchecked(scene: Scene, tmp_path: Path) -> None:
    district, attacker = scene.district, scene.attacker
    path = forge.package(attacker.registry, [scene.own()], attacker.folder, from_seq=10_000, to_seq=10_001,
                         package_id="../../../../escaped")
    [result] = district.receive(path)
    assert result.status == "rejected" and "package_id" in result.reason
    assert not list(tmp_path.rglob("escaped*"))
    assert not service.held_folder(district.registry).exists()


def test_the_district_sees_which_commune_sent_what_it_may_not(scene: Scene) -> None:
    district = scene.district
    for _ in range(2):
        district.receive(forge.package(scene.attacker.registry, [scene.own(fields={"kind": "zzz"})],
                                       scene.attacker.folder))
    [line] = service.refusal_lines(district.registry)
    assert line.startswith("Xã Bum Nưa (03466) đã gửi thay đổi không được phép: 2 gói bị từ chối")
    at = service.refusals(district.registry, ATTACKER)["last"][0]["at"]
    assert f"lần gần nhất lúc {format_time(at)}: " in line and at not in line  # dd/mm/yyyy HH:MM, not ISO
    peer = next(p for p in service.status(district.registry) if p["unit_code"] == ATTACKER)
    assert peer["refused"]["count"] == 2 and peer["refused"]["last"][0]["code"] == "package_bad_change"
    assert next(p for p in service.status(district.registry) if p["unit_code"] == VICTIM)["refused"]["count"] == 0


def test_a_relaying_level_passes_on_only_the_units_below_it(tmp_path: Path) -> None:
    province = Site(tmp_path, "province")
    province.registry.init_site("province", "12", "Tỉnh Lai Châu", "Cán bộ tỉnh")
    areas = {}
    for code, name in (("107", "Khu vực Mường Tè"), ("108", "Khu vực Sìn Hồ")):
        setup = tmp_path / f"setup-{code}.json"
        service.write_setup_file(province.registry, code, name, setup, level="district")
        areas[code] = Site(tmp_path, code)
        service.init_from_setup_file(areas[code].registry, setup)
    setup = tmp_path / "setup-03433.json"
    service.write_setup_file(areas["107"].registry, VICTIM, "Xã Bum Tở", setup)
    commune = Site(tmp_path, VICTIM)
    service.init_from_setup_file(commune.registry, setup)
    org = commune.registry.create("organization", htx(commune_code=VICTIM)).record
    areas["107"].receive(commune.export())
    [up] = province.receive(areas["107"].export())
    assert up.status == "applied" and province.org(org["id"])["owner"] == VICTIM

    def send(area: str, *items: dict[str, Any]) -> service.ImportResult:
        [result] = province.receive(forge.package(areas[area].registry, list(items), areas[area].folder))
        return result

    sin_ho_seq = areas["108"].registry.last_change_seq() + 1
    before = forge.dump(province.registry)
    refused = send("108", forge.change("108", sin_ho_seq, "organization", org["id"], VICTIM, "update",
                                       {"phone": "0912345678"}, {VICTIM: 1, "108": 1}))
    assert refused.status == "rejected" and "03433" in refused.reason
    refused = send("108", forge.change("99999", 1, "organization", NEW_ID, "99999", "create", {"name": "HTX Ma"}))
    assert refused.status == "rejected" and "99999" in refused.reason
    refused = send("108", forge.change("12", 1, "organization", NEW_ID, "12", "create", {"name": "HTX Tỉnh"}))
    assert refused.status == "rejected"
    assert forge.dump(province.registry) == before
    assert [e["reason_code"] for e in service.refusals(province.registry, "108")["last"]] == [
        "change_foreign_origin", "change_unknown_unit", "change_foreign_owner"]

    # A commune whose data first reaches the province through 108 is below 108 from then on.
    created = send("108", forge.change(ATTACKER, 1, "organization", NEW_ID, ATTACKER, "create",
                                       {"kind": "htx", "name": "HTX Sâm Bum Nưa", "status": "active"}))
    assert created.status == "applied", created.reason
    assert province.org(NEW_ID)["owner"] == ATTACKER
    muong_te_seq = areas["107"].registry.last_change_seq() + 1
    refused = send("107", forge.change("107", muong_te_seq, "organization", NEW_ID, ATTACKER, "update",
                                       {"phone": "0912345678"}, {ATTACKER: 1, "107": 1}))
    assert refused.status == "rejected" and "03466" in refused.reason
    for site in (province, commune, *areas.values()):
        site.registry.close()


@pytest.mark.parametrize("label, change", [
    ("a path for a unit code", lambda d: d["site"].update(unit_code="../../x")),
    ("a code in other digits", lambda d: d["site"].update(unit_code="٠٣٤٣٣")),
    ("a commune nobody knows", lambda d: d["site"].update(unit_code="99999")),
    ("a path for the upper's code",
     lambda d: (d["site"].update(upper_code="../x"), d["upper"].update(unit_code="../x"))),
    ("a list where a name goes", lambda d: d["site"].update(name=["Xã", "Bum Tở"])),
    ("escapes in a name", lambda d: d["upper"].update(name="Khu vực\x1b[31m")),
    ("a level that is no level", lambda d: d["site"].update(level="vua")),
    ("a site that is a list", lambda d: d.update(site=[1, 2])),
])
def test_a_signed_set_up_file_with_codes_or_names_typed_entry_refuses_is_refused(
        world, tmp_path: Path, label: str, change: Callable[[dict], Any]) -> None:
    import json

    district = world[0].registry
    setup = tmp_path / "setup.json"
    service.write_setup_file(district, "03451", "Xã Mù Cả", setup)
    signed = json.loads(setup.read_text(encoding="utf-8"))
    change(signed["document"])
    signed["signature"] = service.site_keys(district).sign(canonical_json(signed["document"])).hex()
    setup.write_text(json.dumps(signed, ensure_ascii=False), encoding="utf-8")
    fresh = Site(tmp_path, "fresh")
    with pytest.raises(service.KtttError) as caught:
        service.init_from_setup_file(fresh.registry, setup)
    assert caught.value.code == "setup_file_bad", label
    assert fresh.registry.site is None
    assert sorted(p.name for p in fresh.folder.iterdir()) == sorted(
        p.name for p in fresh.folder.iterdir() if p.name.startswith("kttt.sqlite"))
    fresh.registry.close()


def test_a_set_up_file_nested_30000_deep_is_refused(tmp_path: Path) -> None:
    setup = tmp_path / "setup.json"
    setup.write_text('{"document": ' + "[" * 30_000 + "]" * 30_000 + "}", encoding="utf-8")
    with pytest.raises(service.KtttError) as caught:
        service.read_setup_file(setup)
    assert caught.value.code == "setup_file_bad"
