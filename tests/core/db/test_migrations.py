"""Schema migrations: fresh databases, upgrades with a backup first, newer files refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kttt_desktop.core.db import migrations
from kttt_desktop.core.db.migrations import Migration, latest_version, migrate, schema_version
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry


def test_new_database_gets_the_latest_schema_with_wal_and_foreign_keys(tmp_path: Path):
    registry = Registry.open(tmp_path / "new.sqlite")
    assert schema_version(registry.conn) == latest_version()
    assert registry.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert registry.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {name for (name,) in registry.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"site", "organization", "member", "worker", "support", "audit_log", "change_log"} <= tables
    assert registry.migration_backup is None
    assert registry.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_opening_again_does_not_migrate_or_back_up(tmp_path: Path):
    Registry.open(tmp_path / "db.sqlite").close()
    again = Registry.open(tmp_path / "db.sqlite")
    assert again.migration_backup is None
    assert not (tmp_path / "backups").exists()


def test_database_from_a_newer_program_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "newer.sqlite"
    Registry.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(KtttError) as caught:
        Registry.open(path)
    assert caught.value.code == "db_newer_version"
    assert "cập nhật phần mềm" in caught.value.message()
    assert path.read_bytes() == before


def test_upgrade_backs_up_first_and_applies_all_or_nothing(tmp_path: Path, monkeypatch):
    path = tmp_path / "old.sqlite"
    registry = Registry.open(path)
    registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    registry.close()
    real = migrations.available_migrations()
    good = Migration(len(real) + 1, "add_column", "ALTER TABLE organization ADD COLUMN extra TEXT;")
    monkeypatch.setattr(migrations, "available_migrations", lambda: [*real, good])
    upgraded = Registry.open(path)
    assert schema_version(upgraded.conn) == len(real) + 1
    assert upgraded.migration_backup is not None and upgraded.migration_backup.exists()
    backup = sqlite3.connect(upgraded.migration_backup)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == len(real)
    assert backup.execute("SELECT name FROM site").fetchone()[0] == "Xã Bum Tở"
    upgraded.close()

    broken = Migration(len(real) + 2, "broken",
                       "ALTER TABLE member ADD COLUMN other TEXT;\nTHIS IS NOT SQL;")
    monkeypatch.setattr(migrations, "available_migrations", lambda: [*real, good, broken])
    with pytest.raises(sqlite3.OperationalError):
        Registry.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(real) + 1
    columns = [row[1] for row in conn.execute("PRAGMA table_info(member)")]
    assert "other" not in columns


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path: Path):
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(KtttError) as caught:
        Registry.open(path)
    assert caught.value.code == "db_not_a_database"
    assert "sao lưu" in caught.value.message()


def test_migration_files_are_numbered_without_gaps():
    numbers = [m.number for m in migrations.available_migrations()]
    assert numbers == list(range(1, len(numbers) + 1))


def test_migrate_is_idempotent_on_a_current_database(tmp_path: Path):
    conn = sqlite3.connect(tmp_path / "x.sqlite", isolation_level=None)
    migrate(conn, tmp_path / "x.sqlite")
    assert migrate(conn, tmp_path / "x.sqlite") is None
