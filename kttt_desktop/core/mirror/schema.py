"""The PostgreSQL side's structure: numbered migrations, the record tables made from the
record-type table, the lookup tables, and the source sites with their roles.

Whoever connects with the rights to change the structure (the database owner: the
administrator's account) brings it to the program's version inside the run's transaction;
a source's own role may not, and is told to ask the administrator. A database made by a
newer program is never touched.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
from psycopg import sql

from kttt_desktop.core import catalogs, units
from kttt_desktop.core.db.migrations import Migration, numbered_migrations
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.mirror.layout import RECORD_TABLES, SCHEMA, SETTING_TABLES, SOURCE_COLUMN, Table
from kttt_desktop.core.mirror.source import SourceSite
from kttt_desktop.core.records.fields import RECORD_TYPES

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_SCHEMA_LOCK = 7_310_001  # advisory lock: one structure change at a time, whoever runs it

Connection = psycopg.Connection[tuple[object, ...]]


def available_migrations() -> list[Migration]:
    return numbered_migrations(MIGRATIONS_DIR)


def latest_version() -> int:
    return len(available_migrations())


def database_version(conn: Connection) -> int:
    """The mirror schema's version in this database; 0 if it has none yet."""
    row = conn.execute("SELECT to_regclass('kttt.schema_version') IS NOT NULL").fetchone()
    if row is None or not row[0]:
        return 0
    found = conn.execute("SELECT version FROM kttt.schema_version").fetchone()
    return int(str(found[0])) if found is not None else 0


def _existing_columns(conn: Connection) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for table, column in conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = %s", (SCHEMA,)):
        found.setdefault(str(table), set()).add(str(column))
    return found


def missing_structure(conn: Connection) -> list[str]:
    """The record tables and columns the program's record types need and the database lacks."""
    existing = _existing_columns(conn)
    missing = []
    for table in RECORD_TABLES.values():
        have = existing.get(table.name)
        if have is None:
            missing.append(table.name)
        else:
            missing += [f"{table.name}.{name}" for name in table.column_names if name not in have]
    return missing


def prepare(conn: Connection) -> bool:
    """Bring the structure to the program's version inside the caller's transaction; True if
    anything was changed. Refuses a newer database, and an older one the role may not change."""
    latest = latest_version()
    found = database_version(conn)
    if found > latest:
        raise KtttError("mirror_schema_newer", found=found, supported=latest)
    if found == latest and not missing_structure(conn):
        return False
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
    found = database_version(conn)  # another run may have upgraded it meanwhile
    if found == latest and not missing_structure(conn):
        return False
    try:
        with conn.transaction():
            _upgrade(conn, found, latest)
    except psycopg.errors.InsufficientPrivilege as exc:
        code = "mirror_not_set_up" if found == 0 else "mirror_schema_older"
        raise KtttError(code, found=found, supported=latest) from exc
    return True


def _upgrade(conn: Connection, found: int, latest: int) -> None:
    conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(SCHEMA)))
    for migration in available_migrations()[found:]:
        conn.execute(migration.sql.encode())
        _record_tables(conn)  # a later migration (the views) builds on them
    conn.execute("INSERT INTO kttt.schema_version (version) VALUES (%s) ON CONFLICT (singleton) "
                 "DO UPDATE SET version = excluded.version, updated_at = now()", (latest,))
    _record_tables(conn)
    refresh_lookups(conn)
    for (role,) in conn.execute("SELECT role_name FROM kttt.source").fetchall():
        grant_source(conn, str(role))


def _record_tables(conn: Connection) -> None:
    """Make the record tables and columns the record types need and the database lacks."""
    existing = _existing_columns(conn)
    for table in RECORD_TABLES.values():
        if table.name not in existing:
            _create_record_table(conn, table)
        else:
            for column in table.columns:
                if column.name not in existing[table.name]:
                    conn.execute(sql.SQL("ALTER TABLE {} ADD COLUMN {} {}").format(
                        _qualified(table), sql.Identifier(column.name), sql.SQL(column.pg_type)))
                    _comment_column(conn, table, column.name, column.comment)


def _qualified(table: Table) -> sql.Composable:
    return sql.Identifier(SCHEMA, table.name)


def _comment_column(conn: Connection, table: Table, column: str, comment: str) -> None:
    if comment:
        conn.execute(sql.SQL("COMMENT ON COLUMN {} IS {}").format(
            sql.Identifier(SCHEMA, table.name, column), sql.Literal(comment)))


def _create_record_table(conn: Connection, table: Table) -> None:
    columns = [sql.SQL("{} {}{}").format(sql.Identifier(c.name), sql.SQL(c.pg_type),
                                         sql.SQL(" NOT NULL" if c.not_null else "")) for c in table.columns]
    columns.append(sql.SQL("PRIMARY KEY ({})").format(sql.SQL(", ").join(map(sql.Identifier, table.key))))
    conn.execute(sql.SQL("CREATE TABLE {} ({})").format(_qualified(table), sql.SQL(", ").join(columns)))
    conn.execute(sql.SQL("COMMENT ON TABLE {} IS {}").format(_qualified(table), sql.Literal(table.comment)))
    for column in table.columns:
        _comment_column(conn, table, column.name, column.comment)
    if "organization_id" in table.column_names:
        conn.execute(sql.SQL("CREATE INDEX {} ON {} ({}, organization_id)").format(
            sql.Identifier(f"{table.name}_organization"), _qualified(table), sql.Identifier(SOURCE_COLUMN)))
    conn.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(_qualified(table)))
    conn.execute(sql.SQL("CREATE POLICY source_rows ON {} USING ({col} = (SELECT kttt.writable_site())) "
                         "WITH CHECK ({col} = (SELECT kttt.writable_site()))").format(
        _qualified(table), col=sql.Identifier(SOURCE_COLUMN)))


def _catalog_names() -> list[str]:
    names = {field.catalog for rt in RECORD_TYPES.values() for field in rt.fields if field.catalog}
    return sorted(names | {"site_level"})


def refresh_lookups(conn: Connection) -> None:
    """The code names and the administrative units, as this program knows them."""
    conn.execute("DELETE FROM kttt.code_label")
    with conn.cursor().copy("COPY kttt.code_label (catalog, code, label_vi, label_en) FROM STDIN") as copy:
        for name in _catalog_names():
            for value in catalogs.catalog(name):
                copy.write_row((name, value.code, value.vi, value.en))
    conn.execute("DELETE FROM kttt.admin_unit")
    with conn.cursor().copy("COPY kttt.admin_unit (code, name, level, province_code, current, successor_code) "
                            "FROM STDIN") as copy:
        for province in units.provinces():
            copy.write_row((province.code, province.name, "province", province.code, True, None))
            for commune in units.communes(province.code):
                copy.write_row((commune.code, commune.name, "commune", commune.province_code, True, None))
        current = {commune.code for p in units.provinces() for commune in units.communes(p.code)}
        for former in units.former_units():
            if former.code not in current:
                copy.write_row((former.code, former.name, "commune", former.province_code, False,
                                former.successor_code))


def grant_source(conn: Connection, role: str) -> None:
    """What a source's role may do: read the shared tables, write (never delete) its records."""
    who = sql.Identifier(role)
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(SCHEMA), who))
    conn.execute(sql.SQL("GRANT SELECT ON kttt.schema_version, kttt.source, kttt.code_label, kttt.admin_unit "
                         "TO {}").format(who))
    writable = [_qualified(t) for t in RECORD_TABLES.values()] + [sql.SQL("kttt.mirror_position")]
    conn.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE ON {} TO {}").format(sql.SQL(", ").join(writable), who))
    settings = [_qualified(t) for t in SETTING_TABLES]
    conn.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}").format(
        sql.SQL(", ").join(settings), who))


def register_source(conn: Connection, site: SourceSite, role: str) -> bool:
    """Let `role` (made if it does not exist, as a login without a password yet) write the
    rows of `site` and no other. True if the role was made here."""
    made = False
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
    try:
        with conn.transaction():
            if exists is None:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
                made = True
            taken = conn.execute("SELECT unit_code FROM kttt.source WHERE role_name = %s AND unit_code <> %s",
                                 (role, site.unit_code)).fetchone()
            if taken is not None:
                raise KtttError("mirror_role_taken", role=role, code=str(taken[0]))
            conn.execute("INSERT INTO kttt.source (unit_code, name, level, role_name) VALUES (%s, %s, %s, %s) "
                         "ON CONFLICT (unit_code) DO UPDATE SET name = excluded.name, level = excluded.level, "
                         "role_name = excluded.role_name", (site.unit_code, site.name, site.level, role))
            grant_source(conn, role)
    except psycopg.errors.InsufficientPrivilege as exc:
        raise KtttError("mirror_setup_not_allowed", role=role) from exc
    return made
