"""Backups: rotation, a good restore, refusals that leave the database alone — a checksum
that no longer matches, a schema that is not the program's own, another site's keys — files
readable by their owner only, and backups under a password."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kttt_desktop.core import files
from kttt_desktop.core.backup import crypto as backup_crypto, service as backups
from kttt_desktop.core.db.backup import checksum_path, write_checksum
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


# --- what a restore accepts -------------------------------------------------------------------

FIXTURES = Path(__file__).parents[1] / "db" / "fixtures"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A commune database with one organisation, closed; its path."""
    registry = _site(tmp_path / "kttt.sqlite")
    registry.create("organization", htx(name="HTX trước sao lưu"))
    registry.close()
    return tmp_path / "kttt.sqlite"


def _backup(db: Path, folder: Path) -> Path:
    registry = Registry.open(db)
    try:
        return backups.make_backup(registry.conn, db, folder)
    finally:
        registry.close()


def _refused(db: Path, source: Path, code: str, password: str | None = None) -> KtttError:
    """The restore is refused with `code` and leaves the database exactly as it was."""
    before = db.read_bytes()
    with pytest.raises(KtttError) as caught:
        backups.restore(db, source, password)
    assert caught.value.code == code, caught.value.message()
    assert db.read_bytes() == before
    assert not db.with_name(db.name + ".restoring").exists()
    return caught.value


def _tamper(backup: Path, *statements: str, rewrite_checksum: bool = True) -> Path:
    """Change a backup with SQL, as someone with another tool would; the checksum is made
    again to match (someone who knows the format), so only the schema check can tell."""
    conn = sqlite3.connect(backup)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    if rewrite_checksum:
        write_checksum(backup, backup)
    return backup


def test_every_backup_has_its_checksum_beside_it(site: Path, tmp_path: Path):
    made = _backup(site, tmp_path / "usb")
    line = checksum_path(made).read_text(encoding="utf-8")
    assert line == f"{hashlib.sha256(made.read_bytes()).hexdigest()}  {made.name}\n"  # sha256sum's format
    info = backups.inspect_backup(made)
    assert info["checksum"] is True and info["unit_code"] == "03433"


def test_rotation_removes_the_checksums_with_their_backups(tmp_path: Path):
    old = tmp_path / backups.backup_name(Path("kttt.sqlite"), "hang-ngay", datetime(2026, 1, 1, 8))
    old.write_bytes(b"x")
    write_checksum(old, old)
    for offset in range(1, 60):  # a backup every day of the two months before: January's goes
        when = datetime(2026, 11, 26, 8) - timedelta(days=offset)
        newer = tmp_path / backups.backup_name(Path("kttt.sqlite"), "hang-ngay", when)
        newer.write_bytes(b"x")
    assert old in backups.rotate(tmp_path, "kttt", date(2026, 11, 26))
    assert not checksum_path(old).exists()


def test_rotation_goes_past_a_backup_another_program_holds(tmp_path: Path, monkeypatch, caplog):
    monkeypatch.setattr(files, "RETRY_WAITS", (0.0,) * len(files.RETRY_WAITS))
    old = [tmp_path / backups.backup_name(Path("kttt.sqlite"), "hang-ngay", datetime(2026, 1, day, 8))
           for day in (1, 2, 3)]
    for path in old:
        path.write_bytes(b"x")
        write_checksum(path, path)
    for offset in range(1, 60):
        when = datetime(2026, 11, 26, 8) - timedelta(days=offset)
        (tmp_path / backups.backup_name(Path("kttt.sqlite"), "hang-ngay", when)).write_bytes(b"x")
    with open(old[1], "rb"):  # the officer opened it, or the antivirus is reading it
        removed = backups.rotate(tmp_path, "kttt", date(2026, 11, 26))
    assert old[0] in removed and old[2] in removed and old[1] not in removed
    assert not old[0].exists() and not old[2].exists() and not checksum_path(old[2]).exists()
    assert old[1].exists() and checksum_path(old[1]).exists()  # left whole, with its checksum
    assert old[1].name in caplog.text
    assert backups.rotate(tmp_path, "kttt", date(2026, 11, 26)) == [old[1]]  # the next rotation takes it


@pytest.mark.parametrize("folder", ["Sao lưu #2", "100% dữ liệu", "x%23y"])
def test_a_backup_in_a_folder_whose_name_holds_url_characters_is_not_called_damaged(site: Path, tmp_path: Path,
                                                                                     folder: str):
    (tmp_path / folder).mkdir()
    db = tmp_path / folder / "kttt.sqlite"
    db.write_bytes(site.read_bytes())
    registry = Registry.open(db)
    made = backups.make_backup(registry.conn, db)  # into <folder>/backups, as every automatic one
    registry.close()
    assert made.parent == tmp_path / folder / "backups"
    assert backups.inspect_backup(made)["unit_code"] == "03433"
    assert backups.latest_backup(db) == made  # what the start offers when the database is damaged
    info, _ = backups.restore(db, made)
    assert info["file"] == str(made)
    restored = _backup(site, tmp_path / folder)  # a backup of another database, into that folder
    assert backups.restore(site, restored)[0]["unit_code"] == "03433"


def test_sqlite_uris_escape_the_path_and_keep_a_windows_share(tmp_path: Path):
    from pathlib import PureWindowsPath

    from kttt_desktop.core.db.connection import sqlite_uri

    assert sqlite_uri(PureWindowsPath(r"C:\Users\Hương\Sao lưu #2\100%\a.sqlite"), mode="ro") == \
        "file:///C:/Users/H%C6%B0%C6%A1ng/Sao%20l%C6%B0u%20%232/100%25/a.sqlite?mode=ro"
    assert sqlite_uri(PureWindowsPath(r"\\may-chu\chia se\kttt.sqlite")) == "file:////may-chu/chia%20se/kttt.sqlite"


def test_a_restore_while_another_connection_is_open_is_refused_before_anything_changes(site: Path, tmp_path: Path,
                                                                                         monkeypatch):
    """A reader thread that did not finish yet: on Windows its open files cannot be replaced."""
    monkeypatch.setattr(files, "RETRY_WAITS", (0.0,) * len(files.RETRY_WAITS))
    made = _backup(site, tmp_path / "usb")
    reader = Registry.open(site)
    reader.create("organization", htx(name="HTX sau sao lưu"))
    try:
        with pytest.raises(KtttError) as caught:
            backups.restore(site, made)
        assert caught.value.code in ("file_in_use", "db_busy"), caught.value.message()
        assert not site.with_name(site.name + ".restoring").exists()
        assert len(list(reader.list_records("organization"))) == 2  # the open database is whole
    finally:
        reader.close()
    again = Registry.open(site)
    assert len(list(again.list_records("organization"))) == 2
    again.close()
    backups.restore(site, made)  # once it is closed, the restore goes through
    restored = Registry.open(site)
    assert [o["name"] for o in restored.list_records("organization")] == ["HTX trước sao lưu"]
    restored.close()


def test_a_backup_with_64_flipped_bytes_in_its_middle_is_refused(site: Path, tmp_path: Path):
    made = _backup(site, tmp_path / "usb")
    data = bytearray(made.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(b ^ 0xFF for b in data[middle:middle + 64])
    made.write_bytes(bytes(data))
    error = _refused(site, made, "backup_checksum_mismatch")
    assert made.name in error.message()


@pytest.mark.parametrize("statements, difference", [
    (["CREATE TRIGGER spy AFTER INSERT ON member BEGIN DELETE FROM audit_log; END"], "+ trigger spy"),
    (["CREATE VIEW everyone AS SELECT full_name, id_number FROM member"], "+ view everyone"),
    (["CREATE TABLE notes (text TEXT)"], "+ table notes"),
    (["DROP INDEX member_organization"], "- index member_organization"),
    (["ALTER TABLE member ADD COLUMN secret TEXT"], "≠ table member"),
    (["DROP TRIGGER audit_log_append_only_update",
      "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END"],
     "≠ trigger audit_log_append_only_update"),
], ids=["extra trigger", "extra view", "extra table", "missing index", "other column", "other trigger"])
def test_a_backup_whose_schema_is_not_the_programs_own_is_refused(site, tmp_path, statements, difference):
    made = _tamper(_backup(site, tmp_path / "usb"), *statements)
    error = _refused(site, made, "backup_schema_mismatch")
    assert difference in error.message()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.sqlite")), ids=lambda path: path.stem)
def test_an_older_backup_is_checked_after_upgrading_so_its_extra_trigger_does_not_come_in(tmp_path, fixture):
    older = tmp_path / "cu.sqlite"
    older.write_bytes(fixture.read_bytes())
    target = tmp_path / "moi.sqlite"
    info, kept = backups.restore(target, older)  # as it was released: accepted, upgraded
    assert f"schema-{info['schema_version']}-" in fixture.name and kept is None and info["checksum"] is False
    upgraded = sqlite3.connect(target)
    assert upgraded.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    upgraded.close()

    _tamper(older, "CREATE TRIGGER spy AFTER UPDATE ON organization BEGIN SELECT 1; END", rewrite_checksum=False)
    error = _refused(target, older, "backup_schema_mismatch")
    assert "+ trigger spy" in error.message()


def test_a_backup_without_its_checksum_is_accepted_when_every_other_check_passes(site: Path, tmp_path: Path):
    made = _backup(site, tmp_path / "usb")
    checksum_path(made).unlink()
    info, _ = backups.restore(site, made)
    assert info["checksum"] is False
    tampered = _tamper(_backup(site, tmp_path / "usb2"), "CREATE VIEW v AS SELECT 1", rewrite_checksum=False)
    checksum_path(tampered).unlink()  # no checksum to betray it: the schema check still does
    _refused(site, tampered, "backup_schema_mismatch")


def test_a_backup_with_other_keys_of_the_same_unit_is_refused(tmp_path: Path):
    """The commune was set up from its district's file: the district knows its keys."""
    from kttt_desktop.core.sync import service

    district = Registry.open(tmp_path / "huyen.sqlite")
    district.init_site("district", "107", "Huyện Mường Tè", "Lò Văn Thành")
    service.write_setup_file(district, "03433", "Xã Bum Tở", tmp_path / "thiet-lap.json")
    district.close()
    mine = Registry.open(tmp_path / "kttt.sqlite")
    service.init_from_setup_file(mine, tmp_path / "thiet-lap.json", "Lò Văn Hương")
    genuine = backups.make_backup(mine.conn, mine.path, tmp_path / "that.sqlite")
    mine.close()
    impostor = _site(tmp_path / "gia" / "kttt.sqlite")  # the same unit, keys of its own
    forged = backups.make_backup(impostor.conn, impostor.path, tmp_path / "gia.sqlite")
    impostor.close()
    error = _refused(tmp_path / "kttt.sqlite", forged, "backup_other_keys")
    assert "Xã Bum Tở" in error.message()
    assert backups.restore(tmp_path / "kttt.sqlite", genuine)[0]["unit_code"] == "03433"


def test_a_site_set_up_again_from_scratch_takes_its_backup_with_the_known_keys(tmp_path: Path):
    """A new PC: its fresh keys are known to nobody yet, so the backup brings back its own."""
    old = _site(tmp_path / "cu" / "kttt.sqlite")
    fingerprint = backups.inspect_backup(made := backups.make_backup(old.conn, old.path, tmp_path / "usb"))["keys"]
    old.close()
    _site(tmp_path / "kttt.sqlite").close()
    info, _ = backups.restore(tmp_path / "kttt.sqlite", made)
    with Registry.open(tmp_path / "kttt.sqlite") as restored:
        from kttt_desktop.core.sync.service import site_keys

        assert site_keys(restored).public().fingerprint() == fingerprint == info["keys"]


# --- files readable by their owner only ---------------------------------------------------------

@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; Windows keeps the profile folder private")
def test_the_database_and_its_backups_are_readable_by_the_owner_only(site: Path, tmp_path: Path):
    registry = Registry.open(site)
    registry.create("organization", htx(name="HTX mới"))  # the write-ahead log exists now
    made = backups.make_backup(registry.conn, site, tmp_path / "usb")
    daily = backups.daily_backup(registry.conn, site, date(2030, 1, 1))
    wal = Path(str(site) + "-wal")
    assert wal.exists()
    for path in (site, wal, made, checksum_path(made), daily, checksum_path(daily)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    registry.close()
    kept = backups.restore(site, made)[1]
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(site.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_database_made_readable_by_others_earlier_is_made_private_when_opened(site: Path):
    site.chmod(0o644)
    Registry.open(site).close()
    assert stat.S_IMODE(site.stat().st_mode) == 0o600


# --- backups under a password -------------------------------------------------------------------

PASSWORD = "Mường Tè 2026"


def _encrypted(db: Path, folder: Path, password: str = PASSWORD) -> Path:
    folder.mkdir(exist_ok=True)
    registry = Registry.open(db)
    try:
        return backups.make_backup(registry.conn, db, folder, password=password)
    finally:
        registry.close()


def test_an_encrypted_backup_round_trip_with_the_real_cost(site: Path, tmp_path: Path):
    made = _encrypted(site, tmp_path / "usb")
    assert made.name.endswith(".sqlite.enc") and backup_crypto.is_encrypted(made)
    assert b"SQLite format 3" not in made.read_bytes() and b"HTX" not in made.read_bytes()
    assert list((tmp_path / "backups").glob("*.ma-hoa*")) == []  # the plain copy is gone
    with Registry.open(site) as registry:
        registry.create("organization", htx(name="HTX sau sao lưu"))
    typed_otherwise = unicodedata.normalize("NFD", PASSWORD)  # another input method
    info, kept = backups.restore(site, made, typed_otherwise)
    assert info["unit_code"] == "03433" and info["checksum"] is True and kept is not None
    with Registry.open(site) as registry:
        assert [o["name"] for o in registry.list_records("organization")] == ["HTX trước sao lưu"]
    assert Path(info["file"]).parent == tmp_path / "backups"  # decrypted: an ordinary backup now


def test_an_encrypted_backup_needs_the_right_password(site: Path, tmp_path: Path, quick_keys):
    made = _encrypted(site, tmp_path / "usb")
    _refused(site, made, "backup_needs_password")
    error = _refused(site, made, "backup_wrong_password", "mật khẩu sai rồi")
    assert made.name in error.message()
    assert list((tmp_path / "backups").glob("*giai-ma*")) == []  # nothing decrypted is left


@pytest.mark.parametrize("damage", ["flip", "cut", "append"])
def test_a_damaged_encrypted_backup_is_refused(site: Path, tmp_path: Path, quick_keys, damage):
    made = _encrypted(site, tmp_path / "usb")
    data = bytearray(made.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    elif damage == "cut":
        del data[len(data) - 100:]
    else:
        data += b"\x00\x00\x00\x20" + bytes(32)
    made.write_bytes(bytes(data))
    _refused(site, made, "backup_damaged", PASSWORD)
    assert list((tmp_path / "backups").glob("*giai-ma*")) == []


def test_a_short_password_is_refused_before_anything_is_written(site: Path, tmp_path: Path):
    (tmp_path / "usb").mkdir()
    with pytest.raises(KtttError) as caught:
        _encrypted(site, tmp_path / "usb", "1234567")
    assert caught.value.code == "backup_password_too_short"
    assert list((tmp_path / "usb").iterdir()) == []
    with pytest.raises(KtttError) as caught:
        backup_crypto.check_password(PASSWORD, PASSWORD + "!")
    assert caught.value.code == "backup_passwords_differ"
