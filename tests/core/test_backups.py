"""Backups: rotation, a good restore, refusals that leave the database alone."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kttt_desktop.core import backups
from kttt_desktop.core.db.migrations import latest_version
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from tests.core.factories import htx


def _site(path: Path, code: str = "03433", name: str = "Xã Bum Tở") -> Registry:
    registry = Registry.open(path)
    registry.init_site("commune", code, name, "Lò Văn Hương")
    return registry


def test_rotation_keeps_today_seven_days_and_four_weeks(tmp_path: Path):
    today = date(2026, 11, 26)
    made = []
    for offset in range(60):  # two backups a day for sixty days
        for hour in (8, 16):
            when = datetime.combine(today - timedelta(days=offset), datetime.min.time()).replace(hour=hour)
            path = tmp_path / backups.backup_name(Path("kttt.sqlite"), "hang-ngay", when)
            path.write_bytes(b"x")
            made.append(path)
    (tmp_path / "ghi-chu.txt").write_text("không phải bản sao lưu")
    backups.rotate(tmp_path, "kttt", today)
    kept = sorted(p.name for p in tmp_path.glob("kttt-*.sqlite"))
    days = sorted({name.split("-")[1] for name in kept}, reverse=True)
    assert len([n for n in kept if "20261126" in n]) == 2  # today: everything
    assert len(days) == 1 + 7 + 4
    assert days[:8] == [f"202611{d:02d}" for d in range(26, 18, -1)]
    for day in days[1:]:
        assert len([n for n in kept if f"-{day}-" in n]) == 1  # the latest of that day
        assert f"-{day}-160000-" in next(n for n in kept if f"-{day}-" in n)
    assert (tmp_path / "ghi-chu.txt").exists()


def test_daily_backup_once_a_day(tmp_path: Path):
    registry = _site(tmp_path / "kttt.sqlite")
    first = backups.daily_backup(registry.conn, registry.path, date.today())
    assert first is not None and first.exists()
    assert backups.daily_backup(registry.conn, registry.path, date.today()) is None
    registry.close()


def test_restore_brings_back_the_backup_and_keeps_the_current_database(tmp_path: Path):
    registry = _site(tmp_path / "kttt.sqlite")
    registry.create("organization", htx(name="HTX trước sao lưu"))
    copy = backups.make_backup(registry.conn, registry.path, tmp_path / "usb")
    registry.create("organization", htx(name="HTX sau sao lưu"))
    registry.close()
    info, kept = backups.restore(tmp_path / "kttt.sqlite", copy)
    assert info["unit_code"] == "03433" and info["schema_version"] == latest_version()
    restored = Registry.open(tmp_path / "kttt.sqlite")
    assert [o["name"] for o in restored.list_records("organization")] == ["HTX trước sao lưu"]
    restored.close()
    previous = Registry.open(kept, create=False)
    assert len(list(previous.list_records("organization"))) == 2  # nothing lost: kept aside
    previous.close()


def test_damaged_foreign_and_newer_backups_are_refused_untouched(tmp_path: Path):
    registry = _site(tmp_path / "kttt.sqlite")
    registry.create("organization", htx())
    registry.close()
    before = (tmp_path / "kttt.sqlite").read_bytes()
    damaged = tmp_path / "hong.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    other = _site(tmp_path / "khac.sqlite", code="03466", name="Xã Bum Nưa")
    other.close()
    newer = tmp_path / "moi.sqlite"
    newer.write_bytes((tmp_path / "khac.sqlite").read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    for source, code in ((damaged, "backup_damaged"), (tmp_path / "khac.sqlite", "backup_other_site"),
                         (newer, "db_newer_version"), (tmp_path / "none.sqlite", "backup_not_found")):
        with pytest.raises(KtttError) as caught:
            backups.restore(tmp_path / "kttt.sqlite", source)
        assert caught.value.code == code
        assert (tmp_path / "kttt.sqlite").read_bytes() == before
