"""Files only their owner may read (the database, backups, set-up files), never half-written."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kttt_desktop.core import files

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
