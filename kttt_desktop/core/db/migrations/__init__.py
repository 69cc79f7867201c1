"""Numbered schema migrations, applied in order inside one exclusive transaction.

`PRAGMA user_version` records the schema number. A database made by a newer program is
refused untouched; an older one is backed up first, then upgraded all-or-nothing.
Each migration is a frozen `NNNN_name.sql` file: later schema changes add a new file and
never edit an old one, so every released database upgrades along the same path. A
migration may call the few SQL functions the program registers first (`core.collation`).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kttt_desktop.core import collation
from kttt_desktop.core.db.backup import backup_folder, backup_name, backup_to
from kttt_desktop.core.errors import KtttError

MIGRATIONS_DIR = Path(__file__).parent


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


def numbered_migrations(folder: Path) -> list[Migration]:
    """The `NNNN_name.sql` files of `folder` in order; they must be numbered 1..n (the SQLite
    schema's and the PostgreSQL mirror's alike)."""
    found = []
    for path in sorted(folder.glob("*.sql")):
        match = re.fullmatch(r"(\d{4})_(\w+)\.sql", path.name)
        if match:
            found.append(Migration(int(match[1]), match[2], path.read_text(encoding="utf-8")))
    numbers = [m.number for m in found]
    assert numbers == list(range(1, len(found) + 1)), f"migrations in {folder.name} must be numbered 1..n: {numbers}"
    return found


def available_migrations() -> list[Migration]:
    return numbered_migrations(MIGRATIONS_DIR)


def latest_version() -> int:
    return len(available_migrations())


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, db_path: Path | None) -> Path | None:
    """Bring the schema up to date; return the path of the pre-migration backup, if one was made."""
    collation.register(conn)  # schema 4 makes the records' collation keys in SQL
    migrations = available_migrations()
    current = schema_version(conn)
    if current > len(migrations):
        raise KtttError("db_newer_version", found=current, supported=len(migrations))
    if current == len(migrations):
        return None
    backup = None
    if current > 0 and db_path is not None:
        backup = backup_to(conn, backup_folder(db_path) / backup_name(
            db_path, f"truoc-nang-cap-v{current}-v{len(migrations)}"))
    conn.execute("BEGIN EXCLUSIVE")
    try:
        if schema_version(conn) != current:  # another process migrated meanwhile
            conn.execute("ROLLBACK")
            return migrate(conn, db_path)
        for migration in migrations[current:]:
            for statement in _statements(migration.sql):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {len(migrations)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return backup


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit our transaction)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
