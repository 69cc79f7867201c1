"""The account of a deletion (who, when, why, with what) and the rules of restoring."""

from __future__ import annotations

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from tests.core.factories import htx, member


def test_a_live_record_has_no_deletion(core_registry: Registry) -> None:
    org = core_registry.create("organization", htx()).record
    assert core_registry.deletion("organization", org["id"]) is None


def test_an_unknown_record_is_a_coded_error(core_registry: Registry) -> None:
    with pytest.raises(KtttError) as caught:
        core_registry.deletion("member", "no-such-id")
    assert caught.value.code == "record_not_found"


def test_an_organisation_tells_who_when_why_and_what_went_with_it(core_registry: Registry) -> None:
    org = core_registry.create("organization", htx()).record
    for name in ("Lò Thị Mai", "Pờ Xuân Hùng"):
        core_registry.create("member", member(org["id"], full_name=name, id_number=None))
    earlier = core_registry.create("member", member(org["id"], full_name="Vàng A Dế", id_number=None)).record
    core_registry.delete("member", earlier["id"], "Ra khỏi HTX")
    core_registry.set_officer("Đặng Thị Hoa")

    core_registry.delete("organization", org["id"], "Tổ chức đã giải thể")

    deletion = core_registry.deletion("organization", org["id"])
    assert deletion is not None
    assert deletion.officer == "Đặng Thị Hoa"
    assert deletion.reason == "Tổ chức đã giải thể"
    assert deletion.at == core_registry.get("organization", org["id"])["deleted_at"]
    assert deletion.site == "03433"
    assert deletion.with_id is None
    # Not the member who left earlier; its status decision goes with it too.
    assert deletion.carried == {"member": 2, "status_change": 1}


def test_a_member_deleted_with_its_organisation_names_it(core_registry: Registry) -> None:
    org = core_registry.create("organization", htx(name="HTX Dệt Pắc Ma")).record
    mai = core_registry.create("member", member(org["id"], full_name="Lò Thị Mai", id_number=None)).record
    core_registry.delete("organization", org["id"], "Nhập trùng")
    deletion = core_registry.deletion("member", mai["id"])
    assert deletion is not None
    assert (deletion.with_id, deletion.with_title, deletion.reason) == (org["id"], "HTX Dệt Pắc Ma", "Nhập trùng")
    assert deletion.carried == {}


def test_a_member_of_a_deleted_organisation_waits_for_it(core_registry: Registry) -> None:
    org = core_registry.create("organization", htx(name="HTX Dệt Pắc Ma")).record
    mai = core_registry.create("member", member(org["id"], full_name="Lò Thị Mai", id_number=None)).record
    core_registry.delete("organization", org["id"], "Nhập trùng")

    with pytest.raises(KtttError) as asked:
        core_registry.check_restorable("member", mai["id"])  # said before the officer is asked
    with pytest.raises(KtttError) as caught:
        core_registry.restore("member", mai["id"])

    assert asked.value.code == caught.value.code == "restore_organization_first"
    assert "HTX Dệt Pắc Ma" in caught.value.message() and "khôi phục tổ chức" in caught.value.message()
    assert core_registry.get("member", mai["id"])["deleted"] is True  # nothing half-done
    core_registry.restore("organization", org["id"])
    assert core_registry.get("member", mai["id"])["deleted"] is False


def test_deleting_twice_says_to_restore(core_registry: Registry) -> None:
    org = core_registry.create("organization", htx()).record
    core_registry.delete("organization", org["id"], "Nhập nhầm")
    with pytest.raises(KtttError) as caught:
        core_registry.delete("organization", org["id"], "Nhập nhầm")
    assert caught.value.code == "record_already_deleted"
    assert "khôi phục" in caught.value.message()


def test_a_live_record_is_not_restorable(core_registry: Registry) -> None:
    org = core_registry.create("organization", htx()).record
    with pytest.raises(KtttError) as caught:
        core_registry.check_restorable("organization", org["id"])
    assert caught.value.code == "record_not_deleted"
    core_registry.delete("organization", org["id"], "Nhập nhầm")
    core_registry.check_restorable("organization", org["id"])  # no refusal


def test_a_deleted_record_is_shown_without_issues(core_registry: Registry) -> None:
    org = core_registry.create("organization", htx(name="HTX Dệt Pắc Ma")).record
    mai = core_registry.create("member", member(org["id"], full_name="Lò Thị Mai", id_number=None)).record
    values = {"organization_id": org["id"], "full_name": "Lò Thị Mai"}
    core_registry.delete("organization", org["id"], "Nhập trùng")
    assert core_registry.check("member", values, mai["id"]) == []  # not "cannot add to a deleted one"
    assert [i.code for i in core_registry.check("member", values)] == ["organization_is_deleted"]
    core_registry.restore("organization", org["id"])
    assert not [i for i in core_registry.check("member", values, mai["id"]) if i.is_error]
