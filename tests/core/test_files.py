"""Files only their owner may read (the database, backups, set-up files), never half-written."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from types import SimpleNamespace

import pytest

from kttt_desktop.core import files
from kttt_desktop.core.errors import KtttError

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; on Windows the "
                                                            "profile folder is private")


@posix_only
def test_write_private_makes_a_file_only_its_owner_reads(tmp_path: Path):
    target = files.write_private(tmp_path / "khoa.json", b"{}")
    assert target.read_bytes() == b"{}" and stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not (tmp_path / "khoa.json.partial").exists()


def test_write_private_leaves_no_partial_file_when_it_fails(tmp_path: Path, monkeypatch):
    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(OSError):
        files.write_private(tmp_path / "khoa.json", b"{}")
    assert list(tmp_path.iterdir()) == []


@posix_only
def test_create_private_makes_an_empty_private_file_and_leaves_an_existing_one(tmp_path: Path):
    path = tmp_path / "kttt.sqlite"
    files.create_private(path)
    assert path.read_bytes() == b"" and stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_bytes(b"data")
    files.create_private(path)
    assert path.read_bytes() == b"data"


# --- replacing and deleting files another program holds (Windows) -----------------------------

@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between tries, recorded instead of slept."""
    waited: list[float] = []
    monkeypatch.setattr(files, "time", SimpleNamespace(sleep=waited.append))
    return waited


@pytest.fixture
def written(tmp_path: Path) -> tuple[Path, Path]:
    source, target = tmp_path / ".bao-cao.xlsx.tmp", tmp_path / "bao-cao.xlsx"
    source.write_text("mới")
    target.write_text("cũ")
    return source, target


def test_a_replace_waits_out_a_program_that_holds_the_file_for_a_moment(written, monkeypatch) -> None:
    source, target = written
    scanner = open(target, "rb")  # the antivirus reading the file, as it does every new file
    waited: list[float] = []

    def wait(seconds: float) -> None:
        waited.append(seconds)
        if len(waited) == 2:
            scanner.close()

    monkeypatch.setattr(files, "time", SimpleNamespace(sleep=wait))
    files.replace_with_retry(source, target)
    assert target.read_text() == "mới" and not source.exists()
    assert waited == [0.1, 0.2]


def test_a_file_that_stays_in_use_is_a_clear_message_and_nothing_changes(written, waits) -> None:
    source, target = written
    with open(target, "rb"):  # open in Excel all along
        with pytest.raises(KtttError) as caught:
            files.replace_with_retry(source, target)
        assert caught.value.code == "file_in_use" and str(target) in caught.value.message()
        assert "đang được một chương trình khác mở" in caught.value.message()
        assert waits == list(files.RETRY_WAITS)  # five tries over about a second
        assert sum(waits) == pytest.approx(1.0)
        with pytest.raises(KtttError, match="đang được một chương trình khác mở"):
            files.unlink_with_retry(target)
    assert target.read_text() == "cũ" and source.read_text() == "mới"


def test_unlink_with_retry_deletes_a_file_let_go_of_and_accepts_a_missing_one(written, waits) -> None:
    source, _ = written
    files.unlink_with_retry(source)
    assert not source.exists()
    files.unlink_with_retry(source)  # already gone: nothing to do
    with pytest.raises(FileNotFoundError):
        files.unlink_with_retry(source, missing_ok=False)
    assert waits == []


def test_only_windows_errors_for_a_file_in_use_are_tried_again(written, waits, monkeypatch) -> None:
    source, target = written

    def forbidden(*args: object) -> None:
        raise PermissionError(13, "Permission denied")  # a read-only folder on Linux: no use waiting

    monkeypatch.setattr(files.os, "replace", forbidden)
    with pytest.raises(PermissionError):
        files.replace_with_retry(source, target)
    assert waits == []
    denied = PermissionError(13, "Access is denied")
    denied.winerror = 5
    assert files.is_in_use(denied) and not files.is_in_use(PermissionError(13, "Permission denied"))


def test_saving_onto_a_file_open_elsewhere_says_so_and_leaves_no_temporary_file(written, waits) -> None:
    _, target = written
    folder_before = sorted(p.name for p in target.parent.iterdir())
    with open(target, "rb"):
        with pytest.raises(KtttError) as caught:
            with files.saving_next_to(target) as temp:
                Path(temp).write_text("báo cáo mới")
    assert caught.value.code == "file_in_use"
    assert sorted(p.name for p in target.parent.iterdir()) == folder_before
    assert target.read_text() == "cũ"


def test_discard_never_raises_over_the_failure_it_cleans_up_after(written, waits) -> None:
    source, _ = written
    with open(source, "rb"):
        files.discard(source)  # logged and left
    assert source.exists()
    files.discard(source)
    assert not source.exists()
