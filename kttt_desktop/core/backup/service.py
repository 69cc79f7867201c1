"""Backups an officer can rely on: automatic, rotated, and restorable only when safe.

Automatic backups (start of the day's work, before imports and migrations) live in the
`backups` folder beside the database and are rotated: everything from today, the latest of
each of the last 7 days, and the latest of each of the 4 weeks before. Every backup has its
SHA-256 written beside it (`<backup>.sha256`), and is readable by its owner only.

A restore accepts a file only when it is exactly what the program wrote for this site:

- its bytes match the checksum written with it (a backup without one — made by an earlier
  version, or copied without its `.sha256` — is accepted with a warning when it passes the
  checks below, since nothing else can vouch for it);
- SQLite's integrity check passes and the schema is no newer than the program's;
- its schema is exactly the program's own — tables, columns, indexes, triggers, views, as a
  fresh database built by the migrations has them, after an older backup is upgraded — so no
  extra trigger or view comes in with it;
- it belongs to this site: same unit, and, once other sites know the site's sync keys, the
  same keys (a backup carrying other keys would make them reject every later package).

The file is copied, upgraded and checked beside the database; the current database is kept
aside and replaced only once everything passed, so a refused restore changes nothing and a
wrong one can be undone. A backup under a password (`backup_crypto`) is first decrypted into
the backups folder, where it becomes an ordinary backup.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from kttt_desktop.core.backup.crypto import (
    ENCRYPTED_SUFFIX,
    check_password,
    decrypt_file,
    encrypt_file,
    is_encrypted,
)
from kttt_desktop.core.db.backup import (
    backup_folder,
    backup_name,
    backup_to,
    checkpoint,
    checksum_path,
    file_sha256,
    has_exchanged,
    integrity_ok,
    recorded_checksum,
    schema_objects,
    site_keys_text,
    site_row,
    write_checksum,
)
from kttt_desktop.core.db.connection import connect_read_only
from kttt_desktop.core.db.migrations import latest_version, migrate, schema_version
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.files import (
    discard,
    replace_with_retry,
    unlink_with_retry,
    write_private,
)

_STAMP = re.compile(r"-(\d{8})-(\d{6})(?:-|\.sqlite$)")
KEEP_DAYS = 7
KEEP_WEEKS = 4
_DETAIL_NAMES = 6  # schema differences named in a refusal

log = logging.getLogger(__name__)


def make_backup(conn: sqlite3.Connection, db_path: Path, out: Path | None = None, label: str = "sao-luu",
                password: str | None = None) -> Path:
    """A consistent copy (SQLite's online backup) to `out` (a file or a folder), or the
    backup folder; never a half-written file under the final name.

    With a `password` the copy is encrypted (`backup_crypto`); a name chosen for it gets
    `.enc` when given a folder. The plain copy it is made from stays in the backups folder
    only while it is encrypted.
    """
    if password is not None:
        password = check_password(password)
    if out is None:
        destination = backup_folder(db_path) / backup_name(db_path, label)
    elif out.is_dir():
        destination = out / backup_name(db_path, label)
    else:
        destination = out
    if password is not None and (out is None or out.is_dir()):
        destination = destination.with_name(destination.name + ENCRYPTED_SUFFIX)
    try:
        if password is None:
            return backup_to(conn, destination)
        plain = backup_to(conn, backup_folder(db_path) / (destination.name + ".ma-hoa"), checksum=False)
        try:
            return encrypt_file(plain, destination, password)
        finally:
            discard(plain)
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
    """Delete automatic backups beyond today, 7 daily and 4 weekly (with their checksums);
    return what was deleted.

    A backup another program holds (the officer opened it, the antivirus scans it) is left
    with its checksum, logged, and deleted by a later rotation; the others go on regardless."""
    dated = sorted(((day, p) for p in folder.glob(f"{stem}-*.sqlite") if (day := _day_of(p))),
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
        iso = day.isocalendar()
        week = (iso.year, iso.week)
        if day not in days_kept and week not in weeks_kept and len(weeks_kept) < KEEP_WEEKS \
                and not any(tuple(d.isocalendar())[:2] == week for d in days_kept):
            weeks_kept.append(week)
            keep.add(path)
    removed: list[Path] = []
    for path in (path for _, path in dated if path not in keep):
        try:
            unlink_with_retry(path)
        except (OSError, KtttError) as exc:
            log.warning("old backup %s not deleted, left for the next rotation: %s", path, exc)
            continue
        removed.append(path)
        discard(checksum_path(path))
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


@lru_cache(maxsize=1)
def program_schema() -> frozenset[tuple[str, str, str, str | None]]:
    """The schema of a fresh database built by this program's migrations."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, None)
        return schema_objects(conn)
    finally:
        conn.close()


def _check_schema(conn: sqlite3.Connection, source: Path) -> None:
    found, expected = schema_objects(conn), program_schema()
    if found == expected:
        return
    extra = {(kind, name) for kind, name, *_ in found - expected}
    missing = {(kind, name) for kind, name, *_ in expected - found}
    changed = extra & missing
    detail = [f"≠ {kind} {name}" for kind, name in sorted(changed)]
    detail += [f"+ {kind} {name}" for kind, name in sorted(extra - changed)]
    detail += [f"- {kind} {name}" for kind, name in sorted(missing - changed)]
    more = len(detail) - _DETAIL_NAMES
    raise KtttError("backup_schema_mismatch", path=str(source),
                    detail=", ".join(detail[:_DETAIL_NAMES]) + (f", … (+{more})" if more > 0 else ""))


def _keys_fingerprint(conn: sqlite3.Connection) -> str | None:
    """The fingerprint of the site's sync keys, or None if it has none yet."""
    from kttt_desktop.core.sync.keys import SiteKeys

    keys = site_keys_text(conn)
    if keys is None:
        return None
    return SiteKeys.from_json(json.loads(keys)).public().fingerprint()


def inspect_backup(source: Path) -> dict[str, Any]:
    """What a backup file holds, or a coded error saying why it cannot be restored.

    `checksum` in the answer says whether the file's bytes were checked against the checksum
    written with it (False: accepted on the other checks alone; say `backup_unverified`).
    The schema of a backup of an earlier version is checked by `restore`, after upgrading.
    """
    if not source.is_file():
        raise KtttError("backup_not_found", path=str(source))
    if is_encrypted(source):
        raise KtttError("backup_needs_password", path=str(source))
    recorded = recorded_checksum(source)
    if recorded is not None and recorded != file_sha256(source):
        raise KtttError("backup_checksum_mismatch", path=str(source))
    try:
        conn = connect_read_only(source)
        try:
            if not integrity_ok(conn):
                raise KtttError("backup_damaged", path=str(source))
            version = schema_version(conn)
            if version > latest_version():
                raise KtttError("db_newer_version", found=version, supported=latest_version())
            site = site_row(conn)
            keys = _keys_fingerprint(conn) if version >= 2 else None
            if version == latest_version():
                _check_schema(conn, source)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, ValueError, TypeError, KeyError):  # not SQLite, or keys unreadable
        raise KtttError("backup_damaged", path=str(source)) from None
    if version < 1 or site is None:
        raise KtttError("backup_damaged", path=str(source))
    return {"schema_version": version, "unit_code": site[0], "name": site[1], "level": site[2],
            "keys": keys, "checksum": recorded is not None}


def decrypt_backup(source: Path, password: str, db_path: Path) -> Path:
    """An encrypted backup decrypted into this database's backups folder, where it is an
    ordinary backup with its checksum; refused with `backup_wrong_password` or
    `backup_damaged`."""
    destination = backup_folder(db_path) / backup_name(db_path, "giai-ma")
    destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    decrypt_file(source, destination, password)
    try:
        write_checksum(destination, destination)
    except OSError as exc:
        discard(destination)
        raise KtttError("backup_failed", path=str(destination), detail=exc.strerror or str(exc)) from exc
    return destination


def _current_site(db_path: Path) -> tuple[tuple[str, str] | None, str | None]:
    """The unit (code, name) of the database a restore would replace, and its keys'
    fingerprint once other sites know them; nothing for a damaged file (restoring is exactly
    what it needs).

    Keys no other site knows yet (a PC set up again from scratch, before any exchange) are
    nothing to protect: the officer's own backup brings back the keys the upper level knows.
    """
    try:
        conn = sqlite3.connect(str(db_path))  # read-only would need the WAL's shared memory file
        try:
            row = site_row(conn)
            known = row is not None and has_exchanged(conn)
            keys = _keys_fingerprint(conn) if known else None
        finally:
            conn.close()
    except (sqlite3.DatabaseError, ValueError, TypeError, KeyError):
        return None, None
    return (row[0], row[1]) if row else None, keys


def check_backup(db_path: Path, source: Path) -> dict[str, Any]:
    """`inspect_backup`, and that the backup belongs to the site of `db_path` (unit, and keys
    once other sites know them): what the window checks before asking to restore."""
    info = inspect_backup(source)
    if db_path.exists():
        unit, keys = _current_site(db_path)
        if unit is not None and unit[0] != info["unit_code"]:
            raise KtttError("backup_other_site", code=info["unit_code"], name=info["name"], own=unit[1])
        if keys is not None and keys != info["keys"]:
            raise KtttError("backup_other_keys", name=info["name"], found=info["keys"] or "—", own=keys)
    return info


def _prepare(source: Path, partial: Path) -> None:
    """Copy the backup to `partial`, upgrade it if it is older, and check its schema there."""
    source_conn = connect_read_only(source)
    try:
        backup_to(source_conn, partial, checksum=False)
    finally:
        source_conn.close()
    conn = sqlite3.connect(str(partial), isolation_level=None)
    try:
        migrate(conn, None)
        _check_schema(conn, source)
    except sqlite3.DatabaseError:
        raise KtttError("backup_damaged", path=str(source)) from None
    finally:
        conn.close()


def restore(db_path: Path, source: Path, password: str | None = None) -> tuple[dict[str, Any], Path | None]:
    """Replace the database with a checked backup; the current one is kept aside first.

    The caller must have closed every connection to `db_path` and hold its lock
    (`locks.acquire_db_lock`). A connection still open makes it refuse before the database
    is replaced: `db_busy` while it reads, and on Windows `file_in_use` in any case. An
    encrypted backup needs its `password`.
    Returns what was restored (see `inspect_backup`; `file` is the backup the data came from,
    the decrypted copy for an encrypted one) and where the previous database was kept.
    """
    if source.is_file() and is_encrypted(source):
        if password is None:
            raise KtttError("backup_needs_password", path=str(source))
        source = decrypt_backup(source, password, db_path)
    info = check_backup(db_path, source)
    info["file"] = str(source)
    partial = db_path.with_name(db_path.name + ".restoring")
    try:
        _prepare(source, partial)
        kept = _keep_aside(db_path) if db_path.exists() else None
        # The log goes first: it must never outlive its database and be read into the
        # restored one. Its content is in the database by now (`_keep_aside`).
        for suffix in ("-wal", "-shm"):
            unlink_with_retry(Path(str(db_path) + suffix))
        replace_with_retry(partial, db_path)
    finally:
        discard(partial)
    return info, kept


def _keep_aside(db_path: Path) -> Path:
    """A copy of the current database in the backups folder, its write-ahead log emptied
    into the file; `db_busy` when another connection keeps the log in use."""
    kept = backup_folder(db_path) / backup_name(db_path, "truoc-khoi-phuc")
    current = sqlite3.connect(str(db_path))
    try:
        try:
            made = backup_to(current, kept)
        except sqlite3.DatabaseError:  # a damaged file is kept as it is
            kept.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            return write_private(kept, db_path.read_bytes())
        if not checkpoint(current):
            raise KtttError("db_busy")
        return made
    finally:
        current.close()
