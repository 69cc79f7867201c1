"""Sync behind the registry: `registry.sync` is the way in, `SyncStore` hands back frozen
values, and a merged change leaves the same log rows as the typed edit it came from."""

from __future__ import annotations

import dataclasses
import json

import pytest

from kttt_desktop.core.sync.store import Peer, PeerProgress, Refusal, RefusalLog, SentSummary, StoredConflict
from tests.core.factories import htx


def test_the_registry_hangs_one_sync_manager_off_itself(world):
    district, _, _ = world
    registry = district.registry
    assert registry.sync is registry.sync
    assert registry.sync.registry is registry and registry.sync.store.records is registry.store
    other = registry.sibling()
    try:
        assert other.sync is not registry.sync and other.sync.registry is other
        assert [p.unit_code for p in other.sync.lower_peers()] == ["03433", "03466"]
    finally:
        other.close()


def _frozen(value: object) -> bool:
    return dataclasses.is_dataclass(value) and type(value).__dataclass_params__.frozen  # type: ignore[attr-defined]


def test_the_store_hands_back_frozen_values_not_rows(world):
    district, bum_to, _ = world
    org = bum_to.registry.create("organization", htx()).record
    district.receive(bum_to.export())
    district.registry.update("organization", org["id"], {"phone": "0912345678"})
    bum_to.registry.update("organization", org["id"], {"phone": "0987654321"})
    district.receive(bum_to.export())

    store = district.registry.sync.store
    [conflict] = store.open_conflicts()
    values = [*store.peers(), store.progress("03433"), store.sent_summary("03433"), store.refusals("03433"),
              conflict]
    assert [type(v) for v in values] == [Peer, Peer, PeerProgress, SentSummary, RefusalLog, StoredConflict]
    assert all(_frozen(v) for v in values)
    with pytest.raises(dataclasses.FrozenInstanceError):
        conflict.field = "name"  # type: ignore[misc]
    assert conflict.field == "phone" and {h["value"] for h in conflict.heads} == {"0912345678", "0987654321"}
    assert store.progress("03433").applied_upto > 0 and store.progress("unknown") == PeerProgress()


def test_refusals_keep_the_json_shape_they_have_in_the_settings(world):
    district, _, _ = world
    store = district.registry.sync.store
    entry = Refusal("2025-06-01T08:00:00+07:00", "goi.kttt", 3, "ab" * 16, "package_forbidden_change",
                    {"why_code": "change_foreign_owner", "number": 2})
    with district.registry.batch():
        store.save_refusals("03433", RefusalLog(1, (entry,)))
    stored = json.loads(district.registry.setting("sync_refused_from_03433"))
    assert stored == {"count": 1, "last": [{"at": "2025-06-01T08:00:00+07:00", "file": "goi.kttt", "package_no": 3,
                                            "package_id": "ab" * 16, "code": "package_forbidden_change",
                                            "params": {"why_code": "change_foreign_owner", "number": 2}}]}
    assert store.refusals("03433") == RefusalLog(1, (entry,))
    assert district.registry.sync.refusals("03433")["last"][0]["reason_code"] == "change_foreign_owner"


def _audit(registry, record_id: str, field: str) -> list[tuple]:
    return registry.conn.execute(
        "SELECT at, officer, site, action, record_type, record_id, field, old_value, new_value, note, package "
        "FROM audit_log WHERE record_id = ? AND field = ? ORDER BY id", (record_id, field)).fetchall()


def _log(registry, record_id: str) -> list[tuple]:
    return registry.conn.execute(
        "SELECT origin, origin_seq, at, officer, record_type, record_id, owner, op, fields, vv, package "
        "FROM change_log WHERE record_id = ? ORDER BY seq", (record_id,)).fetchall()


def test_a_merged_change_leaves_the_log_rows_of_the_typed_edit_it_came_from(world):
    """One writer for both logs: the district's change-log entries and field audits of a
    commune's edits are the commune's own, with only the package they came in added."""
    district, bum_to, _ = world
    org = bum_to.registry.create("organization", htx()).record
    bum_to.registry.update("organization", org["id"],
                           {"phone": "0987654321", "charter_capital_vnd": 1_200_000_000, "high_tech": True})
    bum_to.registry.delete("organization", org["id"], "Nhập trùng")
    [applied] = district.receive(bum_to.export())
    received = district.registry.sync.store.received_number("03433", 1)
    assert applied.status == "applied" and received
    package = received[0]

    here, there = _log(bum_to.registry, org["id"]), _log(district.registry, org["id"])
    assert [row[:-1] for row in there] == [row[:-1] for row in here]
    assert [row[-1] for row in here] == [None] * 3 and [row[-1] for row in there] == [package] * 3
    for field in ("phone", "charter_capital_vnd", "high_tech"):
        [edited], [merged] = _audit(bum_to.registry, org["id"], field), _audit(district.registry, org["id"], field)
        assert merged[:9] == edited[:9] and merged[10] == package
    assert json.loads(_audit(district.registry, org["id"], "charter_capital_vnd")[0][8]) == 1_200_000_000
    assert json.loads(_audit(district.registry, org["id"], "high_tech")[0][8]) is True
