"""Where the program keeps its files on this PC.

Data lives in the user's data folder, never beside the program, so an upgrade or a
reinstall of the program cannot touch it.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "KTTT Desktop"


def data_dir() -> Path:
    """The user data folder; KTTT_DATA_DIR moves it (tests, portable use on a USB stick)."""
    override = os.environ.get("KTTT_DATA_DIR")
    return Path(override) if override else user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / "kttt.sqlite"


def log_dir() -> Path:
    override = os.environ.get("KTTT_DATA_DIR")
    return Path(override) / "logs" if override else user_log_path(APP_NAME, appauthor=False)
