"""Registers to mirror: a demo commune with every record type (made once, copied per test),
and how to read back what the mirror holds."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kttt_desktop.core.demo.loader import fill_demo
from kttt_desktop.core.registry import Registry
from tests.conftest import TODAY


@pytest.fixture(scope="session")
def _demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("mirror-demo")
    registry = Registry.open(folder / "kttt.sqlite", today=lambda: TODAY)
    registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    fill_demo(registry, seed=1, scale="commune")
    registry.set_population("03433", 2025, 6150)
    # A tombstone mirrors too.
    member = next(m for m in registry.list_records("member"))
    registry.delete("member", member["id"], "Chuyển đi nơi khác")
    registry.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    registry.close()
    return folder / "kttt.sqlite"


@pytest.fixture
def demo_registry(_demo_file: Path, tmp_path: Path) -> Iterator[Registry]:
    """A commune (Xã Bum Tở, 03433) with demo records of every type, one tombstone, targets
    and a population figure."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(_demo_file, path)
    registry = Registry.open(path, today=lambda: TODAY)
    yield registry
    registry.close()
