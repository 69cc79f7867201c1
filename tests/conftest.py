"""Test-wide set-up: headless Qt, and no test ever touches the real user data folder."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("kttt-data")
    monkeypatch.setenv("KTTT_DATA_DIR", str(folder))
    monkeypatch.setenv("KTTT_LANG", "vi")
    return folder


@pytest.fixture
def core_registry(tmp_path: Path):
    """A fresh commune database (Xã Bum Tở, 03433) with a fixed 'today' for date rules."""
    from kttt_desktop.core.registry import Registry

    registry = Registry.open(tmp_path / "kttt.sqlite", today=lambda: TODAY)
    registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    yield registry
    registry.close()
