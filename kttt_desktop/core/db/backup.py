"""Consistent copies of the live database, through SQLite's online backup, each with the
SHA-256 of its bytes written beside it.

A file copy of a WAL database taken while the program runs can miss the newest pages;
the backup API copies a consistent snapshot even while others read and write. The copy is
readable by its owner only. Its checksum goes into `<backup>.sha256` (the format of
`sha256sum`, so anyone can check it by hand), so a restore can tell a backup that changed
after it was made — bytes flipped on a USB stick, a file edited by another tool — from the
one the program wrote.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from kttt_desktop.core.files import create_private, discard, replace_with_retry, unlink_with_retry, write_private

CHECKSUM_SUFFIX = ".sha256"
_DIGEST = re.compile(r"[0-9a-f]{64}")


def backup_to(conn: sqlite3.Connection, destination: Path, checksum: bool = True) -> Path:
    """Write a consistent copy of `conn`'s database to `destination` (replaced if present),
    and its checksum beside it unless `checksum` is false (a working copy, not a backup)."""
    destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    unlink_with_retry(partial)
    try:
        create_private(partial)
        target = sqlite3.connect(str(partial))
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        if checksum:
            write_checksum(partial, destination)
        replace_with_retry(partial, destination)
    except BaseException:
        discard(partial)
        raise
    return destination


def checksum_path(backup: Path) -> Path:
    return backup.with_name(backup.name + CHECKSUM_SUFFIX)


def file_sha256(path: Path) -> str:
    with open(path, "rb") as source:
        return hashlib.file_digest(source, "sha256").hexdigest()


def write_checksum(source: Path, backup: Path) -> Path:
    """The checksum of `source`'s bytes, recorded for the backup named `backup`."""
    line = f"{file_sha256(source)}  {backup.name}\n"
    return write_private(checksum_path(backup), line.encode("utf-8"))


def recorded_checksum(backup: Path) -> str | None:
    """The checksum written beside `backup`: None when there is no such file (a backup of an
    earlier version, or one copied without it), "" when it is there but unreadable."""
    try:
        text = checksum_path(backup).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    except OSError:
        return ""
    match = _DIGEST.match(text.strip().lower())
    return match[0] if match else ""


def backup_folder(db_path: Path) -> Path:
    """Backups live beside the database, so a database on a USB stick carries its own."""
    return db_path.parent / "backups"


def backup_name(db_path: Path, label: str, when: datetime | None = None) -> str:
    """`xa-20261126-080000-hang-ngay.sqlite`: the database's name, when, and why. The time
    comes first so that every kind of backup sorts and rotates by age."""
    when = when or datetime.now()
    return f"{db_path.stem}-{when:%Y%m%d-%H%M%S}-{label}.sqlite"


# --- what a backup file holds: read by the checks before a restore ----------------------------

def schema_objects(conn: sqlite3.Connection) -> frozenset[tuple[str, str, str, str | None]]:
    """Every object of the schema with its SQL (SQLite's own planner statistics aside)."""
    return frozenset(conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'"))


def integrity_ok(conn: sqlite3.Connection) -> bool:
    """Whether SQLite finds the file whole."""
    return bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def site_row(conn: sqlite3.Connection) -> tuple[str, str, str] | None:
    """(unit code, name, level) of the file's site, None before set-up."""
    row = conn.execute("SELECT unit_code, name, level FROM site WHERE singleton = 1").fetchone()
    return None if row is None else (str(row[0]), str(row[1]), str(row[2]))


def site_keys_text(conn: sqlite3.Connection) -> str | None:
    """The site's sync keys as stored (JSON), None before they are made."""
    row = conn.execute("SELECT keys FROM site_keys WHERE singleton = 1").fetchone()
    return None if row is None else row[0]


def has_exchanged(conn: sqlite3.Connection) -> bool:
    """Whether other sites know this one: a peer, or a package sent or received."""
    return bool(conn.execute(
        "SELECT EXISTS (SELECT 1 FROM peer) OR EXISTS (SELECT 1 FROM package_sent) "
        "OR EXISTS (SELECT 1 FROM package_received)").fetchone()[0])


def checkpoint(conn: sqlite3.Connection) -> bool:
    """Empty the write-ahead log into the file; False when another connection keeps it in use."""
    return not conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
