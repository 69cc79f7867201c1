"""Locate the files shipped in `resources/` (reference data, fonts, translations, icons).

The folder sits beside the package in a source checkout, inside the bundle of a frozen
build, and under `share/kttt-desktop` when installed as a system package; one lookup
serves all three so no caller has to know how the program was installed.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """Return the first `resources` folder that exists among the known places."""
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    candidates.append(Path(sys.prefix) / "share" / "kttt-desktop" / "resources")
    for candidate in candidates:
        if (candidate / "reference").is_dir():
            return candidate
    raise FileNotFoundError("resources/ not found in: " + ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    """Path of one shipped file, e.g. ``resource_path("reference", "ethnic_groups.csv")``."""
    return resources_dir().joinpath(*parts)
