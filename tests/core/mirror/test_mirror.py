"""The register mirrored into PostgreSQL: typed tables equal to the register, incremental runs,
edits, deletions and resolved conflicts arriving, and the database's own structure checks."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.mirror import schema, service
from kttt_desktop.core.mirror.layout import RECORD_TABLES
from kttt_desktop.core.records.fields import RECORD_TYPES, SYSTEM_FIELDS, FieldKind
from kttt_desktop.core.sync import service as sync
from tests.core.factories import htx
from tests.core.sync.conftest import Site

PG_TYPES = {FieldKind.DATE: "date", FieldKind.MONEY: "bigint", FieldKind.BOOL: "boolean",
            FieldKind.INT: "integer", FieldKind.TEXT: "text", FieldKind.CODE: "text", FieldKind.REF: "text"}


def pg_rows(db, table: str, site: str) -> dict[str, dict[str, Any]]:
    columns = [c for (c,) in db.query("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                      "'kttt' AND table_name = %s ORDER BY ordinal_position", (table,))]
    rows = db.query(f"SELECT {', '.join(columns)} FROM kttt.{table} WHERE source_site = %s", (site,))
    return {row[columns.index("id")]: dict(zip(columns, row, strict=True)) for row in rows}


def same_value(kind: FieldKind | None, stored: Any, mirrored: Any) -> bool:
    """A register value and its typed copy: ISO text ↔ date/timestamp, 0/1 ↔ boolean."""
    if stored is None or mirrored is None:
        return stored is None and mirrored is None
    if kind == FieldKind.DATE:
        return isinstance(mirrored, date) and mirrored.isoformat() == stored
    if kind == FieldKind.BOOL:
        return isinstance(mirrored, bool) and mirrored == bool(stored)
    if isinstance(mirrored, datetime):
        return mirrored == datetime.fromisoformat(stored)
    return type(mirrored) is type(stored) and mirrored == stored


def assert_mirror_equals_register(db, registry) -> None:
    site = registry.require_site().unit_code
    for name, rt in RECORD_TYPES.items():
        register = {row["id"]: row for row in registry.list_records(name, include_deleted=True)}
        mirrored = pg_rows(db, name, site)
        assert mirrored.keys() == register.keys(), name
        kinds: dict[str, FieldKind | None] = {field.name: field.kind for field in rt.fields}
        kinds.update({"deleted": FieldKind.BOOL, "version": FieldKind.INT})
        for record_id in register:
            for column in (*SYSTEM_FIELDS, *rt.field_names):
                stored = _raw(registry, name, record_id, column)
                assert same_value(kinds.get(column), stored, mirrored[record_id][column]), (name, column, stored,
                                                                                            mirrored[record_id][column])


def _raw(registry, table: str, record_id: str, column: str) -> Any:
    """The value as the register stores it (ISO text, 0/1), not as the facade presents it."""
    return registry.conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (record_id,)).fetchone()[0]


def test_every_record_type_has_a_typed_table(demo_registry, mirror_db):
    assert list(RECORD_TABLES) == list(RECORD_TYPES)
    service.mirror(demo_registry.conn, mirror_db.admin_url)
    types = {(table, column): data_type for table, column, data_type in mirror_db.query(
        "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'kttt'")}
    for name, rt in RECORD_TYPES.items():
        assert types[(name, "source_site")] == "text"
        assert types[(name, "deleted")] == "boolean" and types[(name, "version")] == "integer"
        assert types[(name, "updated_at")] == "timestamp with time zone"
        for field in rt.fields:
            assert types[(name, field.name)] == PG_TYPES[field.kind], (name, field.name)
    comments = dict(mirror_db.query(
        "SELECT a.attname, col_description(a.attrelid, a.attnum) FROM pg_attribute a "
        "WHERE a.attrelid = 'kttt.member'::regclass AND a.attnum > 0"))
    assert comments["full_name"] == "Họ và tên" and comments["capital_vnd"] == "Vốn góp (đồng)"


def test_first_mirror_equals_the_register_field_by_field(demo_registry, mirror_db):
    result = service.mirror(demo_registry.conn, mirror_db.admin_url)

    assert result.full and not result.unchanged
    assert (result.position_before, result.position_after) == (0, demo_registry.last_change_seq())
    for name in RECORD_TYPES:
        count = demo_registry.conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        assert count > 0, f"the demo has no {name}: the comparison would prove nothing"
        assert result.tables[name].new == count
    assert_mirror_equals_register(mirror_db, demo_registry)
    [(deleted, reason)] = mirror_db.query("SELECT count(*), min(delete_reason) FROM kttt.member WHERE deleted")
    assert (deleted, reason) == (1, "Chuyển đi nơi khác")
    # Settings, code names and units.
    targets = mirror_db.query("SELECT unit_code, indicator, year, value FROM kttt.target ORDER BY 1, 2, 3")
    assert targets == [tuple(row) for row in demo_registry.conn.execute(
        "SELECT unit_code, indicator, year, value FROM target ORDER BY 1, 2, 3")]
    assert mirror_db.query("SELECT unit_code, year, population FROM kttt.population") == [("03433", 2025, 6150)]
    assert mirror_db.query("SELECT label_vi FROM kttt.code_label WHERE catalog = 'organization_status' "
                           "AND code = 'active'") == [("Đang hoạt động",)]
    assert mirror_db.query("SELECT name, province_code, level FROM kttt.admin_unit WHERE code = '03433'") == [
        ("Xã Bum Tở", "12", "commune")]
    assert mirror_db.query("SELECT source_site, seq FROM kttt.mirror_position") == [
        ("03433", demo_registry.last_change_seq())]


def test_a_second_run_changes_nothing_and_says_so(demo_registry, mirror_db):
    service.mirror(demo_registry.conn, mirror_db.admin_url)
    [before] = mirror_db.query("SELECT mirrored_at, xmin::text FROM kttt.mirror_position")
    again = service.mirror(demo_registry.conn, mirror_db.admin_url)
    assert again.unchanged and not again.full
    assert again.position_before == again.position_after == demo_registry.last_change_seq()
    assert again.as_json()["unchanged"] is True
    assert all(counts.changed == 0 for counts in again.tables.values())
    assert mirror_db.query("SELECT mirrored_at, xmin::text FROM kttt.mirror_position") == [before]


def test_an_edit_a_deletion_and_settings_arrive_on_the_next_run(demo_registry, mirror_db):
    service.mirror(demo_registry.conn, mirror_db.admin_url)
    org = next(demo_registry.list_records("organization"))
    support = next(demo_registry.list_records("support"))
    demo_registry.update("organization", org["id"], {"charter_capital_vnd": 2_500_000_000, "high_tech": True,
                                                     "registration_date": "2019-04-02"})
    demo_registry.delete("support", support["id"], "Nhập trùng")
    demo_registry.set_population("03433", 2026, 6200)

    result = service.mirror(demo_registry.conn, mirror_db.admin_url)

    assert not result.full and not result.unchanged
    assert result.tables["organization"].updated == 1 and result.tables["organization"].new == 0
    assert result.tables["support"].updated == 1
    assert result.tables["population"].new == 1
    assert "member" not in result.tables  # only the changed record types are read
    [(capital, high_tech, registered, version)] = mirror_db.query(
        "SELECT charter_capital_vnd, high_tech, registration_date, version FROM kttt.organization WHERE id = %s",
        (org["id"],))
    assert (capital, high_tech, registered) == (2_500_000_000, True, date(2019, 4, 2))
    assert version == demo_registry.get("organization", org["id"])["version"]
    assert mirror_db.query("SELECT deleted, delete_reason FROM kttt.support WHERE id = %s",
                           (support["id"],)) == [(True, "Nhập trùng")]
    assert_mirror_equals_register(mirror_db, demo_registry)

    demo_registry.set_population("03433", 2026, None)
    assert service.mirror(demo_registry.conn, mirror_db.admin_url).tables["population"].deleted == 1


def test_a_merged_conflict_and_its_resolution_arrive(tmp_path, mirror_db):
    """The upper level mirrors what the merge shows while a conflict is open, then the value a
    person chose."""
    district = Site(tmp_path, "district")
    district.registry.init_site("district", "107", "Khu vực Mường Tè", "Cán bộ huyện")
    setup = tmp_path / "setup-03433.json"
    sync.write_setup_file(district.registry, "03433", "Xã Bum Tở", setup)
    commune = Site(tmp_path, "03433")
    sync.init_from_setup_file(commune.registry, setup, officer="Cán bộ Xã Bum Tở")
    try:
        org = commune.registry.create("organization", htx()).record
        district.receive(commune.export())
        service.mirror(district.registry.conn, mirror_db.admin_url)
        assert mirror_db.query("SELECT owner FROM kttt.organization WHERE id = %s", (org["id"],)) == [("03433",)]

        district.registry.update("organization", org["id"], {"village": "Bản Pa Ủ", "phone": "0912345678"})
        commune.registry.update("organization", org["id"], {"representative": "Lò Văn Hương", "phone": "0987654321"})
        [merged] = district.receive(commune.export())
        assert merged.counts.as_json()["organization"]["conflicts"] == 1
        service.mirror(district.registry.conn, mirror_db.admin_url)
        shown = district.org(org["id"])
        assert mirror_db.query("SELECT village, representative, phone FROM kttt.organization WHERE id = %s",
                               (org["id"],)) == [("Bản Pa Ủ", "Lò Văn Hương", shown["phone"])]

        [conflict] = sync.open_conflicts(district.registry)
        sync.resolve(district.registry, conflict["id"], "theirs")
        result = service.mirror(district.registry.conn, mirror_db.admin_url)
        assert result.tables["organization"].updated == 1
        assert mirror_db.query("SELECT phone, version FROM kttt.organization WHERE id = %s", (org["id"],)) == [
            ("0987654321", district.org(org["id"])["version"])]
    finally:
        district.registry.close()
        commune.registry.close()


def test_a_restored_register_is_mirrored_whole_again(demo_registry, mirror_db):
    service.mirror(demo_registry.conn, mirror_db.admin_url)
    mirror_db.query("UPDATE kttt.mirror_position SET site_uuid = 'another-installation'")
    result = service.mirror(demo_registry.conn, mirror_db.admin_url)
    assert result.full and result.tables["member"].new == result.tables["member"].updated == 0
    assert mirror_db.query("SELECT site_uuid FROM kttt.mirror_position") == [
        (demo_registry.require_site().site_uuid,)]


def test_a_newer_database_is_refused_untouched(demo_registry, mirror_db):
    service.mirror(demo_registry.conn, mirror_db.admin_url)
    mirror_db.query("UPDATE kttt.schema_version SET version = 99")
    org = next(demo_registry.list_records("organization"))
    demo_registry.update("organization", org["id"], {"phone": "0911222333"})
    with pytest.raises(KtttError) as refused:
        service.mirror(demo_registry.conn, mirror_db.admin_url)
    assert refused.value.code == "mirror_schema_newer"
    assert "hãy cập nhật phần mềm" in refused.value.message("vi").lower()
    assert mirror_db.query("SELECT count(*) FROM kttt.organization WHERE phone = '0911222333'") == [(0,)]


def test_a_missing_column_is_added_by_the_administrator(demo_registry, mirror_db):
    """A field added to the program reaches the mirror as a new column, filled on the next full run."""
    service.mirror(demo_registry.conn, mirror_db.admin_url)
    mirror_db.query("ALTER TABLE kttt.land DROP COLUMN to_on")
    mirror_db.query("DELETE FROM kttt.mirror_position")
    result = service.mirror(demo_registry.conn, mirror_db.admin_url)
    assert result.structure_changed and result.full
    assert schema.latest_version() == result.schema_version
    assert_mirror_equals_register(mirror_db, demo_registry)
