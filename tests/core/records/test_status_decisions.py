"""Dated status decisions: the status on any day comes from the decisions' dates."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from kttt_desktop.core.errors import ValidationFailed
from kttt_desktop.core.records.status_history import status_on
from kttt_desktop.core.registry import Registry
from tests.core.factories import htx

FIXTURE = Path(__file__).parents[1] / "db" / "fixtures" / "schema-4-demo-commune.sqlite"


def decision(org_id: str, status: str, effective_on: str, **values):
    return {"organization_id": org_id, "status": status, "effective_on": effective_on,
            "decision_no": "12/TB-UBND", "agency": "UBND xã Bum Tở", **values}


def decisions_of(registry: Registry, org_id: str) -> list[dict]:
    return sorted((d for d in registry.list_records("status_change") if d["organization_id"] == org_id),
                  key=lambda d: (d["effective_on"], d["created_at"]))


def test_a_new_organisation_gets_its_first_decision(core_registry):
    org = core_registry.create("organization", htx(registration_date="2019-05-10")).record
    [first] = decisions_of(core_registry, org["id"])
    assert (first["status"], first["effective_on"], first["carried_over"]) == ("active", "2019-05-10", False)
    assert core_registry.status_on(org["id"], date(2019, 5, 9)) is None  # not registered yet


def test_a_suspension_then_a_resumption(core_registry):
    org = core_registry.create("organization", htx(registration_date="2019-05-10")).record
    suspended = core_registry.create("status_change", decision(org["id"], "suspended", "2025-03-01",
                                                               reason="Thiếu vốn lưu động"))
    assert core_registry.get("organization", org["id"])["status"] == "suspended"
    assert suspended.changes.touches("organization")  # the window refreshes the organisation too
    core_registry.create("status_change", decision(org["id"], "active", "2025-09-01"))
    assert core_registry.get("organization", org["id"])["status"] == "active"
    assert core_registry.status_on(org["id"], date(2025, 2, 28)) == "active"
    assert core_registry.status_on(org["id"], date(2025, 3, 1)) == "suspended"
    assert core_registry.status_on(org["id"], date(2025, 8, 31)) == "suspended"
    assert core_registry.status_on(org["id"], date(2025, 9, 1)) == "active"


def test_a_decision_entered_late_counts_from_its_own_date(core_registry):
    org = core_registry.create("organization", htx()).record
    # Typed in November 2026, in effect since 2024: the past follows the decision's date.
    core_registry.create("status_change", decision(org["id"], "dissolved", "2024-06-30"))
    assert core_registry.status_on(org["id"], date(2024, 6, 29)) == "active"
    assert core_registry.status_on(org["id"], date(2024, 12, 31)) == "dissolved"


def test_a_decision_in_effect_later_does_not_change_today(core_registry):
    org = core_registry.create("organization", htx()).record
    core_registry.create("status_change", decision(org["id"], "dissolving", "2027-01-01"))
    assert core_registry.get("organization", org["id"])["status"] == "active"
    assert core_registry.status_on(org["id"], date(2027, 1, 1)) == "dissolving"


def test_deleting_a_decision_puts_back_the_status_before_it(core_registry):
    org = core_registry.create("organization", htx()).record
    revoked = core_registry.create("status_change", decision(org["id"], "revoked", "2026-01-05")).record
    assert core_registry.get("organization", org["id"])["status"] == "revoked"
    core_registry.delete("status_change", revoked["id"], "Nhập nhầm quyết định")
    assert core_registry.get("organization", org["id"])["status"] == "active"
    core_registry.restore("status_change", revoked["id"])
    assert core_registry.get("organization", org["id"])["status"] == "revoked"


def test_undo_takes_back_the_decision_and_the_status_together(core_registry):
    org = core_registry.create("organization", htx()).record
    core_registry.create("status_change", decision(org["id"], "suspended", "2026-02-01"))
    core_registry.undo()
    assert core_registry.get("organization", org["id"])["status"] == "active"
    assert [d["status"] for d in decisions_of(core_registry, org["id"])] == ["active"]


def test_a_status_typed_on_the_organisation_becomes_a_decision_of_today(core_registry):
    org = core_registry.create("organization", htx()).record
    core_registry.update("organization", org["id"], {"status": "not_at_address"})
    latest = decisions_of(core_registry, org["id"])[-1]
    assert (latest["status"], latest["effective_on"]) == ("not_at_address", "2026-11-26")
    assert core_registry.status_on(org["id"], date(2026, 11, 25)) == "active"


def test_a_decision_is_checked(core_registry):
    org = core_registry.create("organization", htx()).record
    with pytest.raises(ValidationFailed) as caught:
        core_registry.create("status_change", {"organization_id": org["id"], "status": "unregistered"})
    assert {i.code for i in caught.value.issues} == {"required", "status_unregistered_not_tht"}


def test_same_day_decisions_follow_their_decision_date():
    decisions = [{"status": "suspended", "effective_on": "2025-01-01", "decision_date": "2024-12-20"},
                 {"status": "active", "effective_on": "2025-01-01", "decision_date": "2024-12-28"}]
    assert status_on(decisions, "2025-01-01") == "active"
    assert status_on(decisions, "2024-12-31") is None


def test_an_older_database_carries_its_statuses_over_as_first_decisions(tmp_path: Path):
    path = tmp_path / "kttt.sqlite"
    shutil.copyfile(FIXTURE, path)
    registry = Registry.open(path)
    organizations = list(registry.list_records("organization"))
    decisions = list(registry.list_records("status_change"))
    assert len(decisions) == len(organizations)
    by_org = {d["organization_id"]: d for d in decisions}
    for org in organizations:
        carried = by_org[org["id"]]
        assert carried["carried_over"] is True and carried["status"] == org["status"]
        assert carried["effective_on"] == (org["registration_date"] or org["created_at"][:10])
    before = registry.last_change_seq()
    registry.close()
    again = Registry.open(path)  # once only
    assert again.last_change_seq() == before
    again.close()
