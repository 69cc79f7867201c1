"""Hard failures a commune PC meets: full disk, read-only folder — clear message, nothing lost."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from tests.core.factories import htx


def test_a_full_disk_refuses_the_write_with_a_message_and_keeps_what_was_saved(tmp_path: Path):
    registry = Registry.open(tmp_path / "kttt.sqlite")
    registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    saved = registry.create("organization", htx(name="HTX đã lưu")).record
    pages = registry.conn.execute("PRAGMA page_count").fetchone()[0]
    registry.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
    with pytest.raises(KtttError) as caught:
        registry.create_many("organization", [htx(name=f"HTX {i}", notes="x" * 3000) for i in range(200)])
    assert caught.value.code == "disk_full"
    assert "dữ liệu đã lưu trước đó vẫn còn nguyên" in caught.value.message()
    registry.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    assert [o["name"] for o in registry.list_records("organization")] == [saved["name"]]
    registry.create("organization", htx(name="HTX sau khi có chỗ"))
    assert registry.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    registry.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_read_only_folder_gets_a_clear_message(tmp_path: Path):
    folder = tmp_path / "khoa"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(KtttError) as caught:
            Registry.open(folder / "kttt.sqlite")
        assert caught.value.code == "db_cannot_open"
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_missing_drive_gets_a_clear_message(tmp_path: Path):
    blocker = tmp_path / "usb"
    blocker.write_text("not a folder")  # the path the database was on is gone or wrong
    with pytest.raises(KtttError) as caught:
        Registry.open(blocker / "kttt.sqlite")
    assert caught.value.code == "db_cannot_open"
    assert "USB" in caught.value.message()
