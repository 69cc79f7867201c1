"""The records' collation keys in the database: made again when ICU changed.

`core.collation` says what a key is; this module stores them: when a database was last keyed
under another `KEY_VERSION` (a newer ICU after an update), every record's key is made again
as the database is opened, all or nothing.
"""

from __future__ import annotations

import sqlite3

from kttt_desktop.core.collation import KEY_VERSION, SQL_FUNCTION, VERSION_SETTING, register

# The title and kind columns each record type's key is made from.
_KEY_SOURCES: dict[str, tuple[str, str]] = {
    "organization": ("name", "NULL"),
    "member": ("full_name", "kind"),
    "worker": ("full_name", "NULL"),
    "support": ("content", "NULL"),
    "annual_report": ("year", "NULL"),
    "status_change": ("effective_on", "NULL"),
    "manager": ("full_name", "NULL"),
    "training": ("course", "NULL"),
    "product": ("name", "NULL"),
    "linkage": ("partner_name", "NULL"),
    "loan": ("contract_no", "NULL"),
    "land": ("use", "NULL"),
}


def _stored_version(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (VERSION_SETTING,)).fetchone()
    return None if row is None else row[0]


def refresh_keys(conn: sqlite3.Connection) -> bool:
    """Make every record's key again if they were made under another `KEY_VERSION` (a newer
    ICU after an update); True if they were. A few seconds for a province, once per update,
    all or nothing; a second program opening the file meanwhile waits and then finds it done."""
    register(conn)
    if _stored_version(conn) == KEY_VERSION:
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        if _stored_version(conn) == KEY_VERSION:
            conn.execute("COMMIT")
            return False
        for table, (title, kind) in _KEY_SOURCES.items():
            conn.execute(f"UPDATE {table} SET collation_key = {SQL_FUNCTION}('{table}', {title}, {kind})")
        conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                     "value = excluded.value", (VERSION_SETTING, KEY_VERSION))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True
