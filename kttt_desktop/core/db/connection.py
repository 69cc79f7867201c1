"""Open the SQLite file the way every part of the program needs it.

WAL lets the window read while a background import writes; foreign keys keep members from
pointing at organisations that never existed; the busy timeout lets the `kttt` command and
the window share a file without "database is locked" errors on short writes. The file is made
readable by its owner only (SQLite gives its journal files the same mode).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePath
from urllib.parse import urlencode

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.files import create_private, make_private

BUSY_TIMEOUT_MS = 10_000


def connect(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) the database at `path`, configured for the program."""
    path = Path(path)
    if str(path) != ":memory:":
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            create_private(path)  # the whole registry: readable by the officer only
        except OSError as exc:
            raise KtttError("db_cannot_open", path=str(path), detail=exc.strerror or str(exc)) from exc
        make_private(path)
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None,
                               timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode not in ("wal", "memory"):
            raise sqlite3.OperationalError(f"journal mode {mode}")
        conn.execute("PRAGMA synchronous = NORMAL")
        # 64 MiB of page cache: imports and lists of a province touch large random-keyed
        # indexes, which the 2 MiB default would read from disk again and again.
        conn.execute("PRAGMA cache_size = -65536")
    except BaseException as exc:
        # Closed at once: on Windows a damaged file left open here could not be replaced by
        # the restore that offers to repair it.
        if conn is not None:
            conn.close()
        if not isinstance(exc, sqlite3.DatabaseError):
            raise
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise KtttError("db_not_a_database", path=str(path)) from exc
        raise KtttError("db_cannot_open", path=str(path), detail=str(exc)) from exc
    return conn


def sqlite_uri(path: PurePath, **query: str) -> str:
    """The SQLite URI of the absolute `path`, with `query` (e.g. mode="ro").

    Built by `as_uri()`, which escapes what a raw path would get wrong: `#` and `?` would end
    the path, and `%` would start an escape (a backup in «Sao lưu #2» or «100%» would be
    called damaged). A Windows share (`//may-chu/chia-se/…`) becomes `file:////may-chu/…`:
    SQLite takes no host in a URI, only a path, which Windows then reads as the share.
    """
    uri = path.as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://"):]
    return uri + ("?" + urlencode(query) if query else "")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A plain read-only connection to the file at `path` (a backup being checked)."""
    return sqlite3.connect(sqlite_uri(path.resolve(), mode="ro"), uri=True)


def translate_sqlite_error(exc: sqlite3.Error, path: str = "") -> KtttError | None:
    """The coded error for a storage failure a user can run into, or None for a program bug."""
    text = str(exc).lower()
    if "database or disk is full" in text:
        return KtttError("disk_full")
    if "locked" in text or "busy" in text:
        return KtttError("db_busy")
    if "not a database" in text or "malformed" in text:
        return KtttError("db_not_a_database", path=path)
    if "readonly" in text or "read-only" in text or "unable to open" in text or "disk i/o" in text:
        return KtttError("db_cannot_open", path=path, detail=str(exc))
    return None
