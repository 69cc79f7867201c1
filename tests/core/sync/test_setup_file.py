"""The set-up file holds the lower site's private keys: readable by its owner only, and no
`.partial` left behind when writing it fails."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kttt_desktop.core import files
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.sync import service


@pytest.fixture
def district(tmp_path: Path):
    registry = Registry.open(tmp_path / "huyen.sqlite")
    registry.init_site("district", "107", "Huyện Mường Tè", "Lò Văn Thành")
    yield registry
    registry.close()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; on Windows the profile folder is private")
def test_the_setup_file_is_readable_by_its_owner_only(district, tmp_path: Path):
    out = tmp_path / "thiet-lap.json"
    service.write_setup_file(district, "03433", "Xã Bum Tở", out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert service.read_setup_file(out)["site"]["unit_code"] == "03433"


def test_a_failed_setup_file_leaves_no_partial_file_and_no_peer(district, tmp_path: Path, monkeypatch):
    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", fail)
    folder = tmp_path / "usb"
    with pytest.raises(OSError):
        service.write_setup_file(district, "03433", "Xã Bum Tở", folder / "thiet-lap.json")
    assert list(folder.iterdir()) == []
    assert service.peer(district, "03433") is None
