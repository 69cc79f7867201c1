"""Fixtures of the printed documents' tests."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.core.demo.loader import fill_demo
from kttt_desktop.core.registry import Registry

DEMO_DAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def demo_registry(qapp, tmp_path_factory):
    """Xã Bum Tở filled with the demo commune (sixteen organisations, three hundred members)."""
    folder = tmp_path_factory.mktemp("demo")
    registry = Registry.open(folder / "kttt.sqlite", today=lambda: DEMO_DAY)
    registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    fill_demo(registry, seed=1)
    yield registry
    registry.close()
