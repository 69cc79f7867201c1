"""Consistent copies of the live database, through SQLite's online backup.

A file copy of a WAL database taken while the program runs can miss the newest pages;
the backup API copies a consistent snapshot even while others read and write.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


def backup_to(conn: sqlite3.Connection, destination: Path) -> Path:
    """Write a consistent copy of `conn`'s database to `destination` (replaced if present)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    target = sqlite3.connect(str(partial))
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    partial.replace(destination)
    return destination


def backup_folder(db_path: Path) -> Path:
    """Backups live beside the database, so a database on a USB stick carries its own."""
    return db_path.parent / "backups"


def backup_name(db_path: Path, label: str, when: datetime | None = None) -> str:
    """`xa-20261126-080000-hang-ngay.sqlite`: the database's name, when, and why. The time
    comes first so that every kind of backup sorts and rotates by age."""
    when = when or datetime.now()
    return f"{db_path.stem}-{when:%Y%m%d-%H%M%S}-{label}.sqlite"
