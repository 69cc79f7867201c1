"""Backups an officer can rely on: automatic, rotated, and restorable only when safe.

Automatic backups (start of the day's work, before imports and migrations) live in the
`backups` folder beside the database and are rotated: everything from today, the latest of
each of the last 7 days, and the latest of each of the 4 weeks before. A restore checks the
file first (a real, intact KTTT database, not from a newer program, of this same site) and
keeps the current database aside before replacing it, so a wrong restore can be undone.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

from kttt_desktop.core.db.backup import backup_folder, backup_name, backup_to
from kttt_desktop.core.db.migrations import latest_version
from kttt_desktop.core.errors import KtttError

_STAMP = re.compile(r"-(\d{8})-(\d{6})(?:-|\.sqlite$)")
KEEP_DAYS = 7
KEEP_WEEKS = 4


def make_backup(conn: sqlite3.Connection, db_path: Path, out: Path | None = None, label: str = "sao-luu") -> Path:
    """A consistent copy (SQLite's online backup) to `out` (a file or a folder), or the
    backup folder; never a half-written file under the final name."""
    if out is None:
        destination = backup_folder(db_path) / backup_name(db_path, label)
    elif out.is_dir():
        destination = out / backup_name(db_path, label)
    else:
        destination = out
    try:
        return backup_to(conn, destination)
    except OSError as exc:
        raise KtttError("backup_failed", path=str(destination), detail=exc.strerror or str(exc)) from exc


def daily_backup(conn: sqlite3.Connection, db_path: Path, today: date | None = None) -> Path | None:
    """The start-of-day backup: made once a day, then the folder is rotated."""
    today = today or date.today()
    folder = backup_folder(db_path)
    if any(_day_of(p) == today for p in folder.glob(f"{db_path.stem}-*.sqlite")):
        rotate(folder, db_path.stem, today)
        return None
    made = make_backup(conn, db_path, label="hang-ngay")
    rotate(folder, db_path.stem, today)
    return made


def _stamp_of(path: Path) -> str:
    match = _STAMP.search(path.name)
    return match[1] + match[2] if match else ""


def _day_of(path: Path) -> date | None:
    match = _STAMP.search(path.name)
    if not match:
        return None
    try:
        return datetime.strptime(match[1], "%Y%m%d").date()
    except ValueError:
        return None


def rotate(folder: Path, stem: str, today: date) -> list[Path]:
    """Delete automatic backups beyond today, 7 daily and 4 weekly; return what was deleted."""
    dated = sorted(((_day_of(p), p) for p in folder.glob(f"{stem}-*.sqlite") if _day_of(p)),
                   key=lambda item: item[1].name, reverse=True)
    keep: set[Path] = {p for day, p in dated if day == today}
    days_kept: list[date] = []
    weeks_kept: list[tuple[int, int]] = []
    for day, path in dated:
        if day == today:
            continue
        if day not in days_kept and len(days_kept) < KEEP_DAYS:
            days_kept.append(day)
            keep.add(path)
            continue
        week = tuple(day.isocalendar())[:2]
        if day not in days_kept and week not in weeks_kept and len(weeks_kept) < KEEP_WEEKS \
                and not any(tuple(d.isocalendar())[:2] == week for d in days_kept):
            weeks_kept.append(week)
            keep.add(path)
    removed = [path for _, path in dated if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def latest_backup(db_path: Path) -> Path | None:
    """The newest backup of this database that passes the checks of a restore, if any."""
    candidates = sorted(backup_folder(db_path).glob(f"{db_path.stem}-*.sqlite"), key=_stamp_of, reverse=True)
    for candidate in candidates:
        try:
            inspect_backup(candidate)
        except KtttError:
            continue
        return candidate
    return None


def inspect_backup(source: Path) -> dict:
    """What a backup file holds, or a coded error saying why it cannot be restored."""
    if not source.is_file():
        raise KtttError("backup_not_found", path=str(source))
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise KtttError("backup_damaged", path=str(source))
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            site = conn.execute("SELECT unit_code, name, level FROM site WHERE singleton = 1").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise KtttError("backup_damaged", path=str(source)) from None
    if version > latest_version():
        raise KtttError("db_newer_version", found=version, supported=latest_version())
    if version < 1 or site is None:
        raise KtttError("backup_damaged", path=str(source))
    return {"schema_version": version, "unit_code": site[0], "name": site[1], "level": site[2]}


def restore(db_path: Path, source: Path) -> tuple[dict, Path | None]:
    """Replace the database with a checked backup; the current one is kept aside first.

    The caller must have closed every connection to `db_path`. Returns what was restored
    and where the previous database was kept.
    """
    info = inspect_backup(source)
    kept = None
    if db_path.exists():
        current = sqlite3.connect(str(db_path))
        try:
            row = current.execute("SELECT unit_code, name FROM site WHERE singleton = 1").fetchone()
        except sqlite3.DatabaseError:
            row = None  # a damaged current file: restoring is exactly what is needed
        try:
            if row is not None and row[0] != info["unit_code"]:
                raise KtttError("backup_other_site", code=info["unit_code"], name=info["name"], own=row[1])
            kept = backup_folder(db_path) / backup_name(db_path, "truoc-khoi-phuc")
            try:
                backup_to(current, kept)
            except sqlite3.DatabaseError:
                kept.parent.mkdir(parents=True, exist_ok=True)
                kept.write_bytes(db_path.read_bytes())
        finally:
            current.close()
    partial = db_path.with_name(db_path.name + ".restoring")
    source_conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        backup_to(source_conn, partial)
    finally:
        source_conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(partial, db_path)
    return info, kept
