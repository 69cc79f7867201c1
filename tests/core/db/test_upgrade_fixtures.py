"""Databases made by earlier schemas open, upgrade safely and keep working.

Each fixture is a real database written by the program at that schema (demo data, then an
edit and a deletion), kept as it was; a new schema adds a fixture, never replaces one.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kttt_desktop.core import collation
from kttt_desktop.core.db.migrations import latest_version, schema_version
from kttt_desktop.core.db.queries import ListQuery
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.sync import service
from tests.core.factories import htx

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.sqlite"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_an_older_database_upgrades_and_keeps_everything(fixture: Path, tmp_path: Path):
    path = tmp_path / "kttt.sqlite"
    shutil.copyfile(fixture, path)
    registry = Registry.open(path)
    assert schema_version(registry.conn) == latest_version()
    assert registry.migration_backup is not None and registry.migration_backup.exists()
    assert registry.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    organizations = list(registry.list_records("organization", include_deleted=True))
    assert len(organizations) == 16
    assert sum(o["deleted"] for o in organizations) == 1
    assert any(o["phone"] == "0912345678" and o["version"] == 2 for o in organizations)
    members = list(registry.list_records("member", include_deleted=True))
    assert len(members) == 301
    assert 0 < sum(m["deleted"] for m in members) < 301  # those of the deleted HTX went with it

    # Every change now has its global name and version vector, and records count them.
    missing = registry.conn.execute(
        "SELECT count(*) FROM change_log WHERE origin_seq IS NULL OR vv = '{}'").fetchone()[0]
    assert missing == 0
    edited = next(o for o in organizations if o["phone"] == "0912345678")
    vv = json.loads(registry.conn.execute("SELECT vv FROM organization WHERE id = ?", (edited["id"],)).fetchone()[0])
    assert vv == {"03433": 2}

    # A Mường Tè site gets the district plan's targets, and indicators read its records.
    assert len(registry.targets("107")) > 0
    assert registry.indicators().total["htx_count"] > 0

    # And it goes on working: new changes, search, a full package for an upper level.
    before = registry.last_change_seq()
    created = registry.create("organization", htx(name="HTX sau nâng cấp")).record
    assert registry.last_change_seq() == before + 2  # the organisation and its first status decision
    assert registry.get("organization", created["id"])["version"] == 1
    registry.close()


def test_every_released_schema_has_a_fixture():
    covered = {int(f.stem.split("-")[1]) for f in FIXTURES}
    assert covered == set(range(1, latest_version())), "add a fixture database for the schema just released"


def test_the_upgraded_site_can_join_an_upper_level_and_send_everything(tmp_path: Path):
    path = tmp_path / "kttt.sqlite"
    shutil.copyfile(FIXTURES[0], path)
    commune = Registry.open(path)
    district = Registry.open(tmp_path / "district.sqlite")
    district.init_site("district", "107", "Khu vực Mường Tè", "Cán bộ huyện")
    setup = tmp_path / "setup.json"
    service.write_setup_file(district, "03433", "Xã Bum Tở", setup)
    service.init_from_setup_file(commune, setup)
    [result] = service.import_files(district, [service.export_package(commune, tmp_path).path])
    assert result.status == "applied"
    assert result.counts.as_json()["member"]["new"] == 301
    commune.close()
    district.close()


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_an_upgraded_database_lists_names_in_vietnamese_order(fixture: Path, tmp_path: Path):
    path = tmp_path / "kttt.sqlite"
    shutil.copyfile(fixture, path)
    registry = Registry.open(path)
    for table in ("organization", "member", "worker", "support"):
        empty = registry.conn.execute(f"SELECT count(*) FROM {table} WHERE collation_key = x''").fetchone()[0]
        assert empty == 0, table
    assert registry.setting(collation.VERSION_SETTING) == collation.KEY_VERSION

    rids = registry.list_rids(ListQuery("member"))
    rows = registry.fetch_rows("member", rids)
    shown = [(rows[rid]["full_name"], rows[rid]["kind"]) for rid in rids]
    assert len(shown) > 250
    assert shown == sorted(shown, key=lambda row: collation.collation_key("member", *row))
    assert shown != sorted(shown)  # the plain code-point order is another one
    names = [row["name"] for row in registry.list_records("organization")]
    assert names == sorted(names, key=collation.text_key)
    registry.close()


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_the_flags_entered_before_the_registers_are_kept_and_still_count(fixture: Path, tmp_path: Path):
    import sqlite3

    flags = ("high_tech", "value_chain", "traceability", "ocop_stars", "ocop_products")
    with sqlite3.connect(fixture) as old:
        before = old.execute(f"SELECT id, {', '.join(flags)} FROM organization ORDER BY id").fetchall()
    path = tmp_path / "kttt.sqlite"
    shutil.copyfile(fixture, path)
    registry = Registry.open(path)
    after = registry.conn.execute(f"SELECT id, {', '.join(flags)} FROM organization ORDER BY id").fetchall()
    assert after == before
    # No register has entries yet, so the indicators still read the flags.
    operating = {o["id"] for o in registry.list_records("organization") if o["status"] == "active"}
    flagged = [row for row in before if row[0] in operating]
    total = registry.indicators().total
    assert total["traceability_count"] == sum(row[3] for row in flagged) > 0
    assert total["htx_high_tech"] == sum(row[1] for row in flagged) > 0
    registry.close()
