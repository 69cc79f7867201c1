"""The registry's storage: the statements on the site, the settings and the record tables.

`Registry` decides what a write means (validation, tombstones, undo, version vectors) and
says it here; merges of other sites' changes write records through the same methods, so a
record row is inserted and updated one way. Rows come back as dicts of their columns, the
shape `records.codec` turns into the JSON of CLI.md.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from kttt_desktop.core.records.deletions import CHILD_TYPES, Deletion
from kttt_desktop.core.records.fields import RecordType

_CHUNK = 500  # ids per statement, under SQLite's default limit of bound parameters
# The members of a `member` row's organisation who count toward its legal minimum on a day
# (the one `?`): official (or THT) members who have not left; a union's are cooperatives, so
# only its legal-entity members count. Shared by the check on one organisation and the
# attention list's count of all of them, so both apply the same rule.
OFFICIAL_MEMBERS_ON_DAY = (
    "deleted = 0 AND membership IN ('official', 'member') AND (left_on IS NULL OR left_on > ?) "
    "AND (kind = 'legal_entity' OR (SELECT o.kind FROM organization o WHERE o.id = member.organization_id) "
    "IS NOT 'lhhtx')")


@dataclass(frozen=True)
class Site:
    """The unit this database serves (the `site` table's one row)."""

    site_uuid: str
    level: str
    unit_code: str
    name: str
    officer: str | None
    upper_code: str | None
    province_code: str | None
    created_at: str

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


class RecordStore:
    """Reads and writes the site, settings and records of one connection; writes happen
    inside the caller's transaction (`Registry.batch`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # --- the site and its settings ---------------------------------------------------------

    def site(self) -> Site | None:
        row = self.conn.execute(
            "SELECT site_uuid, level, unit_code, name, officer, upper_code, province_code, created_at "
            "FROM site WHERE singleton = 1").fetchone()
        return Site(*row) if row else None

    def insert_site(self, site: Site) -> None:
        self.conn.execute(
            "INSERT INTO site (singleton, site_uuid, level, unit_code, name, officer, upper_code, "
            "province_code, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
            (site.site_uuid, site.level, site.unit_code, site.name, site.officer, site.upper_code,
             site.province_code, site.created_at))

    def set_site_officer(self, officer: str | None) -> None:
        self.conn.execute("UPDATE site SET officer = ? WHERE singleton = 1", (officer,))

    def set_site_upper(self, upper_code: str) -> None:
        self.conn.execute("UPDATE site SET upper_code = ? WHERE singleton = 1", (upper_code,))

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        self.conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) "
                          "DO UPDATE SET value = excluded.value", (key, value))

    # --- reading records -------------------------------------------------------------------

    def row(self, table: str, record_id: str) -> dict[str, Any] | None:
        cursor = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    def rows(self, table: str, include_deleted: bool) -> Iterator[dict[str, Any]]:
        """Every row of a table in list order, streamed."""
        sql = f"SELECT * FROM {table}"
        if not include_deleted:
            sql += " WHERE deleted = 0"
        cursor = self.conn.execute(sql + " ORDER BY collation_key, rid")
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    def exists(self, table: str, record_id: str) -> bool:
        return self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone() is not None

    def version_of(self, table: str, record_id: str) -> int:
        return int(self.conn.execute(f"SELECT version FROM {table} WHERE id = ?", (record_id,)).fetchone()[0])

    def children(self, child_type: str, organization_id: str, deleted: bool) -> list[dict[str, Any]]:
        """An organisation's members, workers or support, deleted or live, in table order."""
        return _dicts(self.conn.execute(f"SELECT * FROM {child_type} WHERE organization_id = ? AND deleted = ?",
                                        (organization_id, int(deleted))))

    def referenced_siblings(self, table: str, referenced_by: str, ref_column: str) -> list[dict[str, Any]]:
        """The rows of `table` (managers, support) of every organisation that has a
        `referenced_by` row naming one of them in `ref_column`: live ones, and deleted ones
        still named. One read for an export, not one per row."""
        return _dicts(self.conn.execute(
            f"SELECT * FROM {table} WHERE organization_id IN (SELECT organization_id FROM {referenced_by} "
            f"WHERE {ref_column} IS NOT NULL) AND (deleted = 0 OR id IN (SELECT {ref_column} FROM {referenced_by}))"))

    def live_organizations(self, column: str, value: str) -> list[dict[str, Any]]:
        """Live organisations whose `column` (id, registration_code or sort_name) is `value`."""
        if column not in ("id", "registration_code", "sort_name"):
            raise ValueError(column)
        return _dicts(self.conn.execute(f"SELECT * FROM organization WHERE deleted = 0 AND {column} = ?", (value,)))

    def live_organization_ids(self, column: str, value: str) -> list[str]:
        """`live_organizations`' ids only: an import asks once per row of a long list."""
        if column not in ("registration_code", "sort_name"):
            raise ValueError(column)
        return [row[0] for row in self.conn.execute(
            f"SELECT id FROM organization WHERE deleted = 0 AND {column} = ?", (value,))]

    def organization_with_code(self, code: str, exclude_id: str | None) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT id, name FROM organization WHERE deleted = 0 AND registration_code = ? AND id IS NOT ?",
            (code, exclude_id)).fetchone()
        return {"id": row[0], "name": row[1]} if row else None

    def member_with_id_number(self, organization_id: str, id_number: str,
                              exclude_id: str | None) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT id, full_name FROM member WHERE deleted = 0 AND organization_id = ? AND id_number = ? "
            "AND id IS NOT ?", (organization_id, id_number, exclude_id)).fetchone()
        return {"id": row[0], "full_name": row[1]} if row else None

    def official_member_count(self, organization_id: str, day: str) -> int:
        """Official (or THT) members who have not left by `day`; a union's are cooperatives,
        so only its legal-entity members count."""
        return int(self.conn.execute(
            f"SELECT count(*) FROM member WHERE organization_id = ? AND {OFFICIAL_MEMBERS_ON_DAY}",
            (organization_id, day)).fetchone()[0])

    def annual_report_of(self, organization_id: str, year: int, exclude_id: str | None) -> dict[str, Any] | None:
        """The live yearly results of an organisation for `year`, other than `exclude_id`."""
        cursor = self.conn.execute(
            "SELECT * FROM annual_report WHERE organization_id = ? AND year = ? AND deleted = 0 "
            "AND id IS NOT ? LIMIT 1", (organization_id, year, exclude_id))
        row = cursor.fetchone()
        return None if row is None else dict(zip([c[0] for c in cursor.description], row, strict=True))

    def latest_annual_report(self, organization_id: str) -> dict[str, Any] | None:
        """The live yearly results of an organisation's latest year, or None."""
        cursor = self.conn.execute(
            "SELECT * FROM annual_report WHERE organization_id = ? AND deleted = 0 "
            "ORDER BY year DESC LIMIT 1", (organization_id,))
        row = cursor.fetchone()
        return None if row is None else dict(zip([c[0] for c in cursor.description], row, strict=True))

    def latest_results_of(self, organization_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Each organisation's yearly results of its latest year, with its sector, for the
        organisations that have any: one query per block of a list, not one per row."""
        found: dict[str, dict[str, Any]] = {}
        ids = list(organization_ids)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            cursor = self.conn.execute(
                "SELECT a.organization_id, a.year, a.members_official, a.revenue_vnd, a.total_capital_vnd, "
                "o.sector FROM annual_report a JOIN organization o ON o.id = a.organization_id "
                f"WHERE a.deleted = 0 AND a.organization_id IN ({','.join('?' * len(chunk))}) "
                "AND a.year = (SELECT max(year) FROM annual_report b WHERE b.organization_id = a.organization_id "
                "AND b.deleted = 0)", chunk)
            names = [c[0] for c in cursor.description]
            for row in cursor:
                values = dict(zip(names, row, strict=True))
                found[values["organization_id"]] = values
        return found

    def register_counts(self, organization_id: str, day: str) -> dict[str, int]:
        """What the register says of an organisation on `day` (ISO): official (or THT) members
        and associate members who had joined and not left (a union's official members are its
        legal-entity members), and workers at work, all and those not on a seasonal contract.
        A missing start is the day the record was entered, as the indicators and the year's
        report count, so a yearly result starts from the figure the report prints."""
        members = self.conn.execute(
            "SELECT coalesce(sum(membership IN ('official', 'member') AND (kind = 'legal_entity' OR "
            "(SELECT o.kind FROM organization o WHERE o.id = member.organization_id) IS NOT 'lhhtx')), 0), "
            "coalesce(sum(membership IN ('associate_capital', 'associate_no_capital')), 0) "
            "FROM member WHERE organization_id = ? AND deleted = 0 "
            "AND coalesce(joined_on, substr(created_at, 1, 10)) <= ? AND (left_on IS NULL OR left_on > ?)",
            (organization_id, day, day)).fetchone()
        workers = self.conn.execute(
            "SELECT count(*), coalesce(sum(contract IS NOT 'seasonal'), 0) FROM worker "
            "WHERE organization_id = ? AND deleted = 0 "
            "AND coalesce(started_on, substr(created_at, 1, 10)) <= ? AND (ended_on IS NULL OR ended_on > ?)",
            (organization_id, day, day)).fetchone()
        return {"members_official": int(members[0]), "members_associate": int(members[1]),
                "workers_total": int(workers[0]), "workers_regular": int(workers[1])}

    def managers_of(self, organization_id: str) -> list[dict[str, Any]]:
        """The live managers of an organisation (few: read whole, checked in Python)."""
        cursor = self.conn.execute(
            "SELECT * FROM manager WHERE organization_id = ? AND deleted = 0 ORDER BY from_on, rid",
            (organization_id,))
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def linkage_days_of(self, organization_id: str) -> list[tuple[str, str]]:
        """(signed_on, expires_on) of an organisation's live value-chain contracts ('' for a
        day not recorded), the shape `report_queries.linkages` gives for all of them."""
        return self.conn.execute(
            "SELECT coalesce(signed_on, ''), coalesce(expires_on, '') FROM linkage "
            "WHERE organization_id = ? AND deleted = 0", (organization_id,)).fetchall()

    def product_marks_of(self, organization_id: str) -> list[tuple[int | None, str, str, int, int]]:
        """(OCOP stars, certified_on, expires_on, traceability, high_tech) of an organisation's
        live products, the shape `report_queries.products` gives for all of them."""
        return self.conn.execute(
            "SELECT ocop_stars, coalesce(ocop_certified_on, ''), coalesce(ocop_expires_on, ''), "
            "traceability, high_tech FROM product WHERE organization_id = ? AND deleted = 0",
            (organization_id,)).fetchall()

    def status_decisions(self, organization_id: str) -> list[dict[str, Any]]:
        """The live status decisions of an organisation, oldest in effect first."""
        cursor = self.conn.execute(
            "SELECT * FROM status_change WHERE organization_id = ? AND deleted = 0 "
            "ORDER BY effective_on, coalesce(decision_date, ''), created_at, id", (organization_id,))
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def organizations_without_decisions(self, owner: str) -> list[dict[str, Any]]:
        """This site's live organisations that have no status decision yet (to carry over)."""
        cursor = self.conn.execute(
            "SELECT * FROM organization o WHERE owner = ? AND deleted = 0 AND NOT EXISTS "
            "(SELECT 1 FROM status_change s WHERE s.organization_id = o.id)", (owner,))
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def active_member_counts(self, organization_ids: Sequence[str], day: str) -> dict[str, int]:
        """Members who have not left by `day`, per organisation (0 for none)."""
        ids = list(organization_ids)
        counts = dict.fromkeys(ids, 0)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            counts.update(self.conn.execute(
                f"SELECT organization_id, count(*) FROM member WHERE deleted = 0 AND "
                f"(left_on IS NULL OR left_on > ?) AND organization_id IN ({','.join('?' * len(chunk))}) "
                "GROUP BY organization_id", [day, *chunk]).fetchall())
        return counts

    def audit_trail(self, record_type: str, record_id: str) -> list[dict[str, Any]]:
        """The creation from the change log, then every field change, deletion and restore
        from the audit log."""
        cursor = self.conn.execute(
            "SELECT at, officer, origin AS site, 'create' AS action, NULL AS field, NULL AS old_value, "
            "fields AS new_value, package, NULL AS note, 0 AS part, seq AS position FROM change_log "
            "WHERE record_type = ? AND record_id = ? AND op = 'create' "
            "UNION ALL "
            "SELECT at, officer, site, action, field, old_value, new_value, package, note, 1, id FROM audit_log "
            "WHERE record_type = ? AND record_id = ? AND action != 'create' ORDER BY part, position",
            (record_type, record_id, record_type, record_id))
        names = [d[0] for d in cursor.description][:-2]
        # zip(strict=False): the query's last two columns are its join keys, left out of names.
        return [dict(zip(names, row, strict=False)) for row in cursor]

    def deletion(self, record_type: str, record_id: str) -> Deletion | None:
        """The record's tombstone; None if the record is not deleted (or does not exist)."""
        row = self.conn.execute(
            f"SELECT deleted, deleted_at, deleted_by, delete_reason, deleted_with FROM {record_type} WHERE id = ?",
            (record_id,)).fetchone()
        if row is None or not row[0]:
            return None
        _, at, officer, reason, with_id = row
        site = self.conn.execute(
            "SELECT site FROM audit_log WHERE record_type = ? AND record_id = ? AND action = 'delete' "
            "ORDER BY id DESC LIMIT 1", (record_type, record_id)).fetchone()
        with_title = None
        if with_id:
            found = self.conn.execute("SELECT name FROM organization WHERE id = ?", (with_id,)).fetchone()
            with_title = found[0] if found else None
        carried: dict[str, int] = {}
        if record_type == "organization":
            for child in CHILD_TYPES:
                count = self.conn.execute(
                    f"SELECT count(*) FROM {child} WHERE organization_id = ? AND deleted = 1 AND deleted_with = ?",
                    (record_id, record_id)).fetchone()[0]
                if count:
                    carried[child] = int(count)
        return Deletion(at, officer, reason, site[0] if site else None, with_id, with_title, carried)

    def duplicate_tax_codes(self) -> list[tuple[str, str, str, str]]:
        """(tax code, ids, owners, names) of live organisations sharing a tax code, the lists
        joined by the unit separator (char 31)."""
        return self.conn.execute(
            "SELECT registration_code, group_concat(id, char(31)), group_concat(owner, char(31)), "
            "group_concat(name, char(31)) FROM organization WHERE deleted = 0 AND registration_code IS NOT NULL "
            "AND registration_code != '' GROUP BY registration_code HAVING count(*) > 1 "
            "ORDER BY registration_code").fetchall()

    def duplicate_id_numbers(self) -> list[tuple[str, str, str, str, str]]:
        """(organisation, citizen ID, ids, owners, names) of live members sharing a citizen ID
        within one organisation, joined as `duplicate_tax_codes`."""
        return self.conn.execute(
            "SELECT organization_id, id_number, group_concat(id, char(31)), group_concat(owner, char(31)), "
            "group_concat(full_name, char(31)) FROM member WHERE deleted = 0 AND id_number IS NOT NULL "
            "AND id_number != '' GROUP BY organization_id, id_number HAVING count(*) > 1 "
            "ORDER BY organization_id, id_number").fetchall()

    # --- writing records -------------------------------------------------------------------

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Records created here or by a package: one statement for all of them."""
        self.conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)

    def update_columns(self, table: str, record_id: str, columns: dict[str, Any]) -> None:
        self.conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                          [*columns.values(), record_id])

    def set_tombstone(self, rt: RecordType, record_id: str, deleted: bool, at: str, officer: str | None,
                      reason: str | None, with_id: str | None) -> None:
        """Lay (or lift) a tombstone: the deletion's who, when, why and with what, or none."""
        self.conn.execute(
            f"UPDATE {rt.name} SET deleted = ?, deleted_at = ?, deleted_by = ?, delete_reason = ?, "
            "deleted_with = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?",
            (int(deleted), at if deleted else None, officer if deleted else None,
             reason if deleted else None, with_id if deleted else None, at, officer, record_id))
