"""The write facade: identity, audit log, change log, tombstones, undo, concurrency."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kttt_desktop.core.db.queries import ListQuery
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from tests.conftest import TODAY
from tests.core.factories import htx, member


def _audit(registry, record_id):
    return registry.audit_trail("member", record_id) or registry.audit_trail("organization", record_id)


def _changes(registry):
    rows = registry.conn.execute(
        "SELECT seq, record_type, record_id, op, fields, version, base_version, origin, owner FROM change_log "
        "ORDER BY seq").fetchall()
    return [dict(zip(("seq", "type", "id", "op", "fields", "version", "base", "origin", "owner"), r, strict=True))
            for r in rows]


def test_records_get_random_uuid_owner_version_and_officer(core_registry):
    first = core_registry.create("organization", htx()).record
    second = core_registry.create("organization", htx(name="HTX Sâm")).record
    assert len(first["id"]) == 32 and first["id"] != second["id"]
    assert first["owner"] == "03433" and first["version"] == 1
    assert first["created_by"] == "Lò Văn Hương" and first["commune_code"] == "03433"


def test_create_update_delete_restore_are_audited_with_old_and_new_values(core_registry):
    org = core_registry.create("organization", htx()).record
    core_registry.update("organization", org["id"], {"phone": "0912345678", "village": "Bản Pa Ủ"})
    core_registry.delete("organization", org["id"], "Nhập nhầm")
    core_registry.restore("organization", org["id"], "Khôi phục theo yêu cầu")
    trail = core_registry.audit_trail("organization", org["id"])
    assert [row["action"] for row in trail] == ["create", "update", "update", "delete", "restore"]
    assert json.loads(trail[0]["new_value"])["name"] == "HTX Chè Shan tuyết Bum Tở"
    village = next(row for row in trail if row["field"] == "village")
    assert json.loads(village["old_value"]) == "Bản Nậm Củm"
    assert json.loads(village["new_value"]) == "Bản Pa Ủ"
    assert json.loads(trail[3]["new_value"]) == "Nhập nhầm"
    assert all(row["officer"] == "Lò Văn Hương" and row["at"] for row in trail)


def test_change_log_is_monotonic_with_changed_fields_and_versions(core_registry):
    org = core_registry.create("organization", htx()).record
    core_registry.update("organization", org["id"], {"phone": "0912345678"})
    core_registry.update("organization", org["id"], {"phone": "0912345678"})  # no change: no entry
    core_registry.delete("organization", org["id"], "Nhập trùng")
    everything = _changes(core_registry)
    assert [entry["seq"] for entry in everything] == sorted(entry["seq"] for entry in everything)
    # A new organisation comes with its first status decision, deleted along with it.
    assert [(e["type"], e["op"]) for e in everything if e["type"] == "status_change"] == [
        ("status_change", "create"), ("status_change", "delete")]
    log = [entry for entry in everything if entry["type"] == "organization"]
    assert [(e["op"], e["version"], e["base"]) for e in log] == [
        ("create", 1, None), ("update", 2, 1), ("delete", 3, 2)]
    assert json.loads(log[1]["fields"]) == {"phone": "0912345678"}
    assert json.loads(log[2]["fields"]) == {"reason": "Nhập trùng"}
    assert all(e["origin"] == "03433" and e["owner"] == "03433" for e in log)
    assert core_registry.last_change_seq() == everything[-1]["seq"]


def test_change_log_and_audit_log_are_append_only(core_registry):
    org = core_registry.create("organization", htx()).record
    core_registry.update("organization", org["id"], {"phone": "0912345678"})  # rows in both logs
    for table in ("change_log", "audit_log"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            core_registry.conn.execute(f"DELETE FROM {table}")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            core_registry.conn.execute(f"UPDATE {table} SET officer = 'x'")


def test_delete_is_a_tombstone_hidden_from_lists_and_restorable(core_registry):
    org = core_registry.create("organization", htx()).record
    core_registry.delete("organization", org["id"], "Tổ chức đã giải thể")
    assert list(core_registry.list_records("organization")) == []
    [tombstone] = list(core_registry.list_records("organization", include_deleted=True))
    assert tombstone["deleted"] is True and tombstone["delete_reason"] == "Tổ chức đã giải thể"
    assert tombstone["deleted_by"] == "Lò Văn Hương"
    with pytest.raises(KtttError) as caught:
        core_registry.update("organization", org["id"], {"phone": "0912345678"})
    assert caught.value.code == "record_deleted"
    assert core_registry.restore("organization", org["id"]).record["deleted"] is False


def test_delete_requires_a_reason(core_registry):
    org = core_registry.create("organization", htx()).record
    with pytest.raises(KtttError) as caught:
        core_registry.delete("organization", org["id"], "  ")
    assert caught.value.code == "delete_reason_required"


def test_deleting_an_organisation_takes_its_records_and_restore_brings_back_only_those(core_registry):
    org = core_registry.create("organization", htx()).record
    kept = core_registry.create("member", member(org["id"], id_number=None)).record
    earlier = core_registry.create("member", member(org["id"], full_name="Lò Thị Mai", id_number=None)).record
    core_registry.delete("member", earlier["id"], "Ra khỏi HTX")
    result = core_registry.delete("organization", org["id"], "Giải thể")
    assert result.changes.touches("member")
    assert core_registry.get("member", kept["id"])["deleted"] is True
    core_registry.restore("organization", org["id"])
    assert core_registry.get("member", kept["id"])["deleted"] is False
    assert core_registry.get("member", earlier["id"])["deleted"] is True


def test_undo_takes_back_update_delete_and_create(core_registry):
    org = core_registry.create("organization", htx()).record
    core_registry.update("organization", org["id"], {"name": "HTX Tên mới"})
    assert core_registry.undo_description.startswith("Sửa")
    changes = core_registry.undo()
    assert changes.touches("organization")
    assert core_registry.get("organization", org["id"])["name"] == "HTX Chè Shan tuyết Bum Tở"
    core_registry.delete("organization", org["id"], "Nhập nhầm")
    core_registry.undo()
    assert core_registry.get("organization", org["id"])["deleted"] is False
    core_registry.undo()  # the creation
    assert core_registry.get("organization", org["id"])["deleted"] is True
    with pytest.raises(KtttError) as caught:
        core_registry.undo()
    assert caught.value.code == "nothing_to_undo"
    actions = [row["action"] for row in core_registry.audit_trail("organization", org["id"])]
    assert actions[-1] == "delete"  # undo is itself audited, never a silent rewrite


def test_undo_never_overwrites_a_newer_edit(core_registry, tmp_path):
    org = core_registry.create("organization", htx()).record
    core_registry.update("organization", org["id"], {"phone": "0912345678"})
    other = Registry.open(core_registry.path, today=lambda: TODAY)
    other.update("organization", org["id"], {"phone": "0987654321"})
    other.close()
    with pytest.raises(KtttError) as caught:
        core_registry.undo()
    assert caught.value.code == "undo_conflict"
    assert core_registry.get("organization", org["id"])["phone"] == "0987654321"


def test_stale_version_is_refused(core_registry):
    org = core_registry.create("organization", htx()).record
    core_registry.update("organization", org["id"], {"phone": "0912345678"})
    with pytest.raises(KtttError) as caught:
        core_registry.update("organization", org["id"], {"phone": "0987654321"}, expected_version=1)
    assert caught.value.code == "stale_version"


def test_unknown_and_program_managed_fields_are_refused(core_registry):
    with pytest.raises(KtttError) as caught:
        core_registry.create("organization", htx(colour="red"))
    assert caught.value.code == "unknown_field" and "registration_code" in caught.value.message()
    with pytest.raises(KtttError) as caught:
        core_registry.create("organization", htx(version=7))
    assert caught.value.code == "read_only_field"


def test_failed_write_leaves_nothing_behind(core_registry):
    org = core_registry.create("organization", htx()).record
    before = core_registry.last_change_seq()
    records = [member(org["id"], full_name="A", id_number=None), member(org["id"], birth_date="bad")]
    with pytest.raises(KtttError):
        core_registry.create_many("member", records)
    assert core_registry.last_change_seq() == before
    assert list(core_registry.list_records("member")) == []


def test_search_ignores_diacritics_and_folds_d(core_registry):
    org = core_registry.create("organization", htx(name="HTX Dược liệu Đông Pao")).record
    duc = core_registry.create("member", member(org["id"], phone="0912345678")).record
    core_registry.create("member", member(org["id"], full_name="Nguyễn Thị Hoa", gender="female",
                                          id_number=None))
    query = ListQuery("member", search="nguyen van duc")
    rows = core_registry.fetch_rows("member", core_registry.list_rids(query))
    assert [row["id"] for row in rows.values()] == [duc["id"]]
    for text in (duc["id_number"], "0912345", "NGUYỄN VĂN ĐỨC", "duc"):
        assert len(core_registry.list_rids(ListQuery("member", search=text))) == 1, text
    assert len(core_registry.list_rids(ListQuery("organization", search="duoc lieu dong"))) == 1
    assert len(core_registry.list_rids(ListQuery("organization", search=org["registration_code"]))) == 1
    assert core_registry.list_rids(ListQuery("member", search="***")) == []


def test_search_follows_edits(core_registry):
    org = core_registry.create("organization", htx()).record
    duc = core_registry.create("member", member(org["id"])).record
    core_registry.update("member", duc["id"], {"full_name": "Lò Mạ Chừ"})
    assert core_registry.list_rids(ListQuery("member", search="nguyen")) == []
    assert len(core_registry.list_rids(ListQuery("member", search="lo ma chu"))) == 1


def test_lists_filter_and_sort_in_sql(core_registry):
    a = core_registry.create("organization", htx(name="HTX Ấp Mới", village="Bản A")).record
    core_registry.create("organization", htx(name="Tổ hợp tác ong", kind="tht", registration_code=None,
                                             village="Bản B"))
    core_registry.create("organization", htx(name="HTX Bình An", status="suspended", village="Bản A"))
    def names(query):
        rids = core_registry.list_rids(query)
        rows = core_registry.fetch_rows("organization", rids)
        return [rows[rid]["name"] for rid in rids]

    assert names(ListQuery("organization")) == ["HTX Ấp Mới", "HTX Bình An", "Tổ hợp tác ong"]
    assert names(ListQuery("organization", descending=True))[0] == "Tổ hợp tác ong"
    assert names(ListQuery("organization", filters={"kind": "htx", "village": "Bản A"})) == [
        "HTX Ấp Mới", "HTX Bình An"]
    assert names(ListQuery("organization", filters={"status": "suspended"})) == ["HTX Bình An"]
    core_registry.create("member", member(a["id"], id_number=None))
    assert core_registry.count(ListQuery("member", filters={"organization.kind": "tht"})) == 0
    assert core_registry.count(ListQuery("member", filters={"organization.kind": "htx"})) == 1
    assert core_registry.distinct_values("organization", "village") == ["Bản A", "Bản B"]


def test_active_only_hides_members_who_left(core_registry):
    org = core_registry.create("organization", htx()).record
    core_registry.create("member", member(org["id"], id_number=None, left_on="2025-01-01",
                                          leave_reason="Chuyển nơi ở"))
    assert core_registry.count(ListQuery("member")) == 1
    assert core_registry.count(ListQuery("member", active_only=True)) == 0
    assert core_registry.indicators().total["htx_members"] == 0


def test_site_is_set_once(core_registry):
    with pytest.raises(KtttError) as caught:
        core_registry.init_site("commune", "03433", "Xã Bum Tở")
    assert caught.value.code == "site_already_initialised"


@pytest.mark.parametrize("level, code", [("commune", "3433"), ("commune", "99999"), ("district", "abc")])
def test_bad_unit_codes_are_refused(tmp_path, level, code):
    registry = Registry.open(tmp_path / "x.sqlite")
    with pytest.raises(KtttError) as caught:
        registry.init_site(level, code, "Tên")
    assert caught.value.code == "bad_unit_code"
    assert registry.site is None


def test_missing_database_is_not_created_when_asked_not_to(tmp_path):
    with pytest.raises(KtttError) as caught:
        Registry.open(tmp_path / "none.sqlite", create=False)
    assert caught.value.code == "site_not_initialised"
    assert not (tmp_path / "none.sqlite").exists()


def test_one_checkpoint_copies_the_log_into_the_file_once_at_the_end(core_registry) -> None:
    import hashlib

    conn = core_registry.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def main_file() -> str:
        return hashlib.sha256(core_registry.path.read_bytes()).hexdigest()

    before, start = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0], main_file()
    with core_registry.one_checkpoint():
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        for number in range(3):  # three transactions, as three packages
            core_registry.create("organization", {"name": f"HTX số {number}", "kind": "htx"})
        assert main_file() == start  # still only in the log
    assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == before
    assert main_file() != start  # copied at the end
    with core_registry.one_checkpoint():
        pass
    assert main_file() != start and len(list(core_registry.list_records("organization"))) == 3
