"""Likely duplicates after merging communes: flagged for a person, never merged silently."""

from __future__ import annotations

from kttt_desktop.core.records.identifiers import make_cccd
from tests.core.factories import htx, member


def test_same_tax_code_from_two_communes_is_flagged(core_registry):
    first = core_registry.create("organization", htx(name="HTX Chè Bum Tở")).record
    # The same HTX entered by another commune arrives through a package, past local validation.
    core_registry.create_many("organization", [{**htx(name="HTX Chè Bum Tở (xã bạn)",
                                                     registration_code=first["registration_code"]),
                                                "owner": "03466"}], validate_records=False)
    core_registry.create("organization", htx(name="HTX khác"))
    [group] = core_registry.likely_duplicates()
    assert group.kind == "tax_code" and group.key == first["registration_code"]
    assert sorted(group.owners) == ["03433", "03466"]


def test_same_cccd_twice_in_one_organisation_is_flagged_but_not_across_organisations(core_registry):
    org = core_registry.create("organization", htx()).record
    other = core_registry.create("organization", htx(name="HTX Sâm")).record
    cccd = make_cccd("012", "male", 1975, 4242)
    core_registry.create("member", member(org["id"], id_number=cccd))
    core_registry.create("member", member(other["id"], id_number=cccd))
    assert core_registry.likely_duplicates() == []
    core_registry.create_many("member", [member(org["id"], full_name="Nguyễn Văn Đức (nhập lại)",
                                                id_number=cccd)], validate_records=False)
    [group] = core_registry.likely_duplicates()
    assert (group.kind, group.key, group.organization_id) == ("id_number", cccd, org["id"])
    assert len(group.record_ids) == 2


def test_deleted_records_are_not_flagged(core_registry):
    first = core_registry.create("organization", htx()).record
    core_registry.create_many("organization", [{**htx(registration_code=first["registration_code"]),
                                                "owner": "03466"}], validate_records=False)
    core_registry.delete("organization", first["id"], "Nhập trùng")
    assert core_registry.likely_duplicates() == []
