"""The plugin that gives every test run Windows' file semantics (tests/windows_files.py):
replacing, renaming or deleting a file open in the process fails as on Windows, and works
once the file is closed."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests import windows_files

pytestmark = pytest.mark.skipif(os.name == "nt", reason="on Windows the operating system itself refuses")


def _assert_in_use(action: Callable[[], object]) -> None:
    with pytest.raises(PermissionError) as caught:
        action()
    exc = caught.value
    assert exc.errno == errno.EACCES and exc.winerror == 32
    assert str(exc).startswith("[WinError 32] The process cannot access the file because it is being used "
                               "by another process: ")


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, Path]:
    source, target = tmp_path / "moi.tmp", tmp_path / "dich.txt"
    source.write_text("mới")
    target.write_text("cũ")
    return source, target


def test_the_plugin_is_on_for_the_whole_run() -> None:
    assert windows_files.active()
    assert os.replace.__wrapped__ is not None and os.unlink.__wrapped__ is not None


@pytest.mark.parametrize("opener", [
    pytest.param(lambda path: open(path, "rb"), id="open"),
    pytest.param(lambda path: open(path, "ab"), id="io.open"),
    pytest.param(lambda path: Path(path).open("r", encoding="utf-8"), id="Path.open"),
    pytest.param(lambda path: os.fdopen(os.open(path, os.O_RDONLY), "rb"), id="os.open"),
])
def test_replacing_or_deleting_an_open_file_fails_until_it_is_closed(made: tuple[Path, Path], opener) -> None:
    source, target = made
    for held in (target, source):
        handle = opener(held)
        _assert_in_use(lambda: os.replace(source, target))
        _assert_in_use(lambda: source.replace(target))
        _assert_in_use(lambda held=held: os.unlink(held))
        _assert_in_use(lambda held=held: os.remove(held))
        _assert_in_use(lambda held=held: held.unlink(missing_ok=True))
        handle.close()
        assert source.exists() and target.read_text() == "cũ"
    os.replace(source, target)
    assert target.read_text() == "mới" and not source.exists()
    target.unlink()
    assert not target.exists()


def test_a_descriptor_of_os_open_holds_the_file_until_os_close(made: tuple[Path, Path]) -> None:
    source, target = made
    fd = os.open(target, os.O_RDONLY)
    _assert_in_use(lambda: os.replace(source, target))
    os.close(fd)
    os.replace(source, target)


def test_renaming_and_moving_fail_while_the_file_is_open(made: tuple[Path, Path], tmp_path: Path) -> None:
    source, _ = made
    elsewhere = tmp_path / "khac.txt"
    with open(source, "rb"):
        _assert_in_use(lambda: os.rename(source, elsewhere))
        _assert_in_use(lambda: source.rename(elsewhere))
        # shutil.move falls back to copying and deleting, which fails the same way.
        _assert_in_use(lambda: shutil.move(source, elsewhere))
    assert source.exists()
    shutil.move(source, elsewhere)
    assert elsewhere.read_text() == "mới"


def test_renaming_onto_an_existing_file_fails_as_on_windows(made: tuple[Path, Path]) -> None:
    source, target = made
    with pytest.raises(FileExistsError) as caught:
        source.rename(target)
    assert caught.value.winerror == 183 and target.read_text() == "cũ"


def test_a_folder_holding_an_open_file_can_be_neither_moved_nor_removed(tmp_path: Path) -> None:
    folder = tmp_path / "sao-luu"
    folder.mkdir()
    inside = folder / "a.sqlite"
    inside.write_bytes(b"x")
    with open(inside, "rb"):
        with pytest.raises(PermissionError):
            os.rename(folder, tmp_path / "cu")
        _assert_in_use(lambda: shutil.rmtree(folder))
    shutil.rmtree(folder)
    assert not folder.exists()


def test_an_sqlite_connection_holds_the_database_and_its_wal_and_shm(tmp_path: Path) -> None:
    db = tmp_path / "kttt.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (a)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    other = tmp_path / "khac.sqlite"
    other.write_bytes(b"")
    for suffix in ("", "-wal", "-shm"):
        held = Path(str(db) + suffix)
        assert held.exists()
        _assert_in_use(lambda held=held: os.replace(other, held))
        _assert_in_use(lambda held=held: held.unlink())
    conn.close()
    assert not Path(str(db) + "-wal").exists()  # SQLite removes it with the last connection
    os.replace(other, db)


def test_a_zip_archive_holds_its_file_while_open(tmp_path: Path) -> None:
    archive = tmp_path / "goi.kttt"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("manifest.json", "{}")
    with zipfile.ZipFile(archive) as opened:
        _assert_in_use(lambda: archive.unlink())
        assert opened.read("manifest.json") == b"{}"
    archive.unlink()


def test_files_that_are_not_open_behave_as_before(tmp_path: Path, made: tuple[Path, Path]) -> None:
    source, target = made
    with pytest.raises(FileNotFoundError):
        os.unlink(tmp_path / "khong-co")
    (tmp_path / "khong-co").unlink(missing_ok=True)
    kept = open(tmp_path / "khac", "wb")  # another open file changes nothing for these two
    try:
        os.replace(source, target)
    finally:
        kept.close()
    assert target.read_text() == "mới"
