"""SQL lives in the storage modules only: the window and `kttt` never run a statement, and in
core only the modules listed here do.

The check reads the source (no import): a call of `.execute`, `.executemany` or
`.executescript`, or a string that starts like a statement (SELECT, INSERT, UPDATE, DELETE,
CREATE, WITH, PRAGMA), outside these modules fails the test with the place it was found. A
new statement belongs in one of them, or in a new storage module added here with its reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kttt_desktop"

STORAGE_MODULES = {
    "core/db/connection.py": "opens the file: the pragmas every connection needs",
    "core/db/migrations/__init__.py": "the numbered schema upgrades",
    "core/db/backup.py": "copies the open database to a backup file, checks the copy, reads a backup before a restore",
    "core/db/transaction.py": "begins, ends and tunes the registry's transactions",
    "core/db/records.py": "the registry's storage: the site, the settings and the record tables",
    "core/db/logs.py": "the one writer of the change log and the audit log",
    "core/db/queries.py": "the lists: ids filtered and sorted, rows on demand, totals",
    "core/db/collation_keys.py": "makes the records' sort keys again after an ICU change",
    "core/db/plan.py": "the plan's target and population tables",
    "core/db/report_queries.py": "the reports' storage: the aggregates behind indicators, summary and export",
    "core/db/attention_queries.py": "the facts behind the list of organisations that need attention",
    "core/db/year_queries.py": "what happened in a year: registrations, decisions, conversions, results, support",
    "core/sync/store.py": "sync's tables: keys, peers, progress, packages, conflicts, refusals",
    "core/mirror/source.py": "what a mirror run reads from the register: rows, the change log since a position",
    "core/mirror/schema.py": "the PostgreSQL mirror's structure: migrations, record tables, lookups, source roles",
    "core/mirror/writer.py": "loads a mirror run into PostgreSQL: staging, merge, the position",
}

_CALLS = {"execute", "executemany", "executescript"}
_STATEMENT = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|PRAGMA)[\s(]")


def sql_in(source: str) -> list[tuple[int, str]]:
    """(line, what) of every statement run or written in `source`."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _CALLS:
            found.append((node.lineno, f".{node.func.attr}()"))
        elif isinstance(node, ast.JoinedStr):
            first = node.values[0] if node.values else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and _STATEMENT.match(first.value):
                found.append((node.lineno, repr(first.value[:40])))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _STATEMENT.match(node.value):
            found.append((node.lineno, repr(node.value[:40])))
    return sorted(set(found))


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_sql_outside_the_storage_modules() -> None:
    misplaced = []
    for path in _modules():
        name = path.relative_to(PACKAGE).as_posix()
        if name in STORAGE_MODULES:
            continue
        for line, what in sql_in(path.read_text(encoding="utf-8")):
            misplaced.append(f"kttt_desktop/{name}:{line}: {what}")
    assert misplaced == [], "SQL outside the storage modules:\n" + "\n".join(misplaced)


def test_the_window_and_the_command_line_have_no_storage_module() -> None:
    assert not [name for name in STORAGE_MODULES if not name.startswith("core/")]


def test_every_listed_module_exists_and_holds_sql() -> None:
    """A module that no longer runs SQL leaves the list, so the list stays the truth."""
    for name in STORAGE_MODULES:
        path = PACKAGE / name
        assert path.is_file(), name
        assert sql_in(path.read_text(encoding="utf-8")), f"{name} holds no SQL: take it off the list"


@pytest.mark.parametrize("source", [
    "conn.execute('SELECT 1')",
    "self.conn.executemany(sql, rows)",
    "db.executescript(script)",
    "sql = 'INSERT INTO t VALUES (?)'",
    "sql = f'UPDATE {table} SET a = ?'",
    "sql = ('DELETE FROM t '\n       'WHERE id = ?')",
    "text = '''\n    WITH x AS (SELECT 1) SELECT * FROM x'''",
    "run('PRAGMA user_version')",
    "ddl = 'CREATE TABLE t (a)'",
])
def test_the_check_finds_statements(source: str) -> None:
    assert sql_in(source)


@pytest.mark.parametrize("source", [
    "label = 'Update the list'",
    "title = 'Xóa bản ghi'",
    "help = 'Select a file'",
    "registry.sync.status()",
    "registry.store.row('member', record_id)",
    "message = f'{count} SELECTED'",
])
def test_the_check_leaves_other_text_alone(source: str) -> None:
    assert sql_in(source) == []
