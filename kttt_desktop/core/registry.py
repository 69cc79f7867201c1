"""The registry: the one facade through which everything reads and writes records.

Every write goes through here and returns `Changes` (what was touched) so the window can
refresh only what it must, and every write lands, in the same transaction, in the audit log
(who, when, old and new value) and in the append-only change log that sync packages read.
Records are never removed: deletion is a tombstone with a reason, and can be restored.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from kttt_desktop.core import units
from kttt_desktop.core.changes import Changes
from kttt_desktop.core.clock import now_iso
from kttt_desktop.core.db import collation_keys, queries, transaction
from kttt_desktop.core.db.connection import connect, translate_sqlite_error
from kttt_desktop.core.db.logs import AuditRow, ChangeRow, LogWriter
from kttt_desktop.core.db.migrations import migrate
from kttt_desktop.core.db.records import RecordStore, Site
from kttt_desktop.core.errors import KtttError, ValidationFailed
from kttt_desktop.core.messages import language, texts
from kttt_desktop.core.plan import indicators, targets
from kttt_desktop.core.plan.register_flags import RegisterFlags, register_flags
from kttt_desktop.core.records import status_history
from kttt_desktop.core.records.codec import (
    derived_columns,
    dump_value,
    field_values,
    row_to_json,
    to_column,
)
from kttt_desktop.core.records.deletions import CHILD_TYPES, Deletion
from kttt_desktop.core.records.fields import (
    RECORD_TYPES,
    SYSTEM_FIELDS,
    RecordType,
    record_type_named,
)
from kttt_desktop.core.records.validation import Issue, coerce, validate, validate_coerced
from kttt_desktop.core.reports import attention
from kttt_desktop.core.sync.keys import SiteKeys
from kttt_desktop.core.sync.manager import SyncManager
from kttt_desktop.core.sync.versions import bump, load_vv

__all__ = ["Changes", "Registry", "Site", "UndoEntry", "WriteResult"]


@dataclass
class WriteResult:
    record: dict[str, Any]
    changes: Changes
    warnings: list[Issue] = field(default_factory=list)


@dataclass
class _UndoStep:
    record_type: str
    record_id: str
    action: str  # the action that was done: create, update, delete, restore
    version_after: int
    old_values: dict[str, Any] = field(default_factory=dict)


@dataclass
class UndoEntry:
    """One user action that can be taken back, described for the Undo menu item."""

    action: str  # create, update, delete, restore
    record_type: str
    title: str
    steps: list[_UndoStep]

    def description(self, lang: str | None = None) -> str:
        """"Xóa thành viên «Lò Thị Mai»", in the current language."""
        what = RECORD_TYPES[self.record_type].label(lang or language()).lower()
        return texts(f"undo_{self.action}", lang, what=what, title=self.title)


class Registry:
    """An open database of one site. Not shared across threads for writes: long work in the
    background opens its own `Registry` on the same file (`sibling()`), and SQLite's WAL keeps
    readers and the single writer apart."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None,
                 today: Callable[[], date] = date.today) -> None:
        self.conn = conn
        self.store = RecordStore(self.conn)  # the record tables' statements
        self.logs = LogWriter(self.conn)  # the change and audit logs' one writer
        self.path = path
        self._today = today
        self._lock = threading.RLock()
        self._depth = 0
        self._undo: list[UndoEntry] = []
        self.officer: str | None = None
        self.migration_backup: Path | None = None
        site = self.site
        if site:
            self.officer = site.officer

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, today: Callable[[], date] = date.today,
             create: bool = True) -> Registry:
        """Open and migrate the database at `path`; with `create=False` a missing file is an
        error instead of a new empty database (a mistyped --db must not make files)."""
        path = Path(path)
        if not create and not path.exists():
            raise KtttError("site_not_initialised", path=str(path))
        conn = connect(path)
        try:  # closed on any failure: on Windows an open file cannot be restored over
            backup = migrate(conn, path)
            collation_keys.refresh_keys(conn)  # keys made under another ICU are made again
            registry = cls(conn, path, today)
            registry.migration_backup = backup
            if backup is not None and registry.site is not None:
                registry._seed_plan_targets()  # a site that existed before targets did
                registry._carry_over_statuses()  # a site that existed before dated decisions
        except sqlite3.DatabaseError as exc:
            conn.close()
            coded = translate_sqlite_error(exc, str(path))
            if coded:
                raise coded from exc
            raise
        except BaseException:
            conn.close()
            raise
        return registry

    def sibling(self) -> Registry:
        """Another connection to the same file, for work on a background thread."""
        if self.path is None:
            raise RuntimeError("an in-memory registry has no sibling")
        other = Registry.open(self.path, self._today)
        other.officer = self.officer
        return other

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Registry:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def today(self) -> date:
        return self._today()

    @cached_property
    def sync(self) -> SyncManager:
        """Sync with the levels above and below: set-up files, packages, status, conflicts."""
        return SyncManager(self)

    # --- site ------------------------------------------------------------------------------

    @property
    def site(self) -> Site | None:
        return self.store.site()

    def require_site(self) -> Site:
        site = self.site
        if site is None:
            raise KtttError("site_not_initialised", path=str(self.path or ":memory:"))
        return site

    def init_site(self, level: str, unit_code: str, name: str, officer: str | None = None,
                  upper_code: str | None = None) -> Changes:
        """Say which unit this database serves; done once, at first start."""
        existing = self.site
        if existing:
            raise KtttError("site_already_initialised", name=existing.name, code=existing.unit_code)
        if level not in ("commune", "district", "province"):
            raise KtttError("bad_level", level=level)
        unit_code = (unit_code or "").strip()
        if not units.is_unit_code(unit_code, level):
            raise KtttError("bad_unit_code", code=unit_code)
        if level == "commune" and units.find_unit(unit_code) is None:
            raise KtttError("bad_unit_code", code=unit_code)
        province = None
        unit = units.find_unit(unit_code)
        if unit is not None:
            province = unit.province_code
        with self._transaction():
            self.store.insert_site(Site(uuid.uuid4().hex, level, unit_code, name.strip(),
                                        (officer or "").strip() or None, upper_code, province, now_iso()))
            # The site's own keys, by which the sites below it will know it.
            self.sync.store.add_site_keys(SiteKeys.generate(), now_iso())
            self.officer = (officer or "").strip() or None
            seeded = self._seed_plan_targets()
        return Changes(site=True, targets=bool(seeded))

    def _seed_plan_targets(self) -> int:
        site = self.require_site()
        with self._transaction():
            return targets.seed_muong_te_plan(self.conn, now_iso(), self.officer, site.unit_code)

    def set_officer(self, officer: str) -> Changes:
        """The officer named in the audit log for this session's changes."""
        self.officer = officer.strip() or None
        with self._transaction():
            self.store.set_site_officer(self.officer)
        return Changes(site=True)

    def set_upper(self, upper_code: str) -> None:
        """The upper level this site reports to (a site that started alone, joining one)."""
        with self._transaction():
            self.store.set_site_upper(upper_code)

    def setting(self, key: str, default: str | None = None) -> str | None:
        return self.store.setting(key, default)

    def set_setting(self, key: str, value: str | None) -> None:
        with self._transaction():
            self.store.set_setting(key, value)

    # --- plan targets and population (settings of the site, not records) --------------------

    def targets(self, unit_code: str | None = None) -> list[targets.Target]:
        """The targets of one unit, or of every unit this site knows targets for."""
        return targets.read_targets(self.conn, unit_code)

    def set_target(self, unit_code: str, indicator: str, year: int, value: float | None,
                   comparison: str = "at_least", basis: str | None = None, baseline: float | None = None,
                   baseline_on: date | None = None) -> Changes:
        """Set one target; a value of None removes it. `baseline` is the figure at the plan's
        start (None: counted from the register on `baseline_on`, by default the end of the
        base year). Refused with a coded message when the indicator, year or value cannot be
        meant."""
        site = self.require_site()
        with self._transaction():
            if value is None:
                changed = targets.delete_target(self.conn, unit_code, indicator, year, now_iso(), self.officer,
                                                site.unit_code)
            else:
                changed = targets.write_target(
                    self.conn, targets.Target(unit_code, indicator, year, value, comparison, basis or None,
                                              baseline=baseline, baseline_on=baseline_on),
                    now_iso(), self.officer, site.unit_code)
        return Changes(targets=changed)

    def population(self) -> list[tuple[str, int, int]]:
        """Population figures entered: (unit code, year, population)."""
        return targets.read_population(self.conn)

    def set_population(self, unit_code: str, year: int, population: int | None) -> Changes:
        """A unit's population in a year (the base of the population share); None removes it."""
        site = self.require_site()
        with self._transaction():
            changed = targets.write_population(self.conn, unit_code, year, population, now_iso(), self.officer,
                                               site.unit_code)
        return Changes(targets=changed)

    def indicators(self, as_of: date | None = None) -> indicators.Snapshot:
        """Every indicator on `as_of` (today if None), per commune and in total."""
        return indicators.compute(self.conn, as_of or self.today, self.require_site().unit_code)

    def attention_list(self, as_of: date | None = None) -> list[attention.Attention]:
        """The organisations that need attention on `as_of` (today if None), each with its
        reasons and what was decided (`core.reports.attention`)."""
        return attention.compute(self.conn, as_of or self.today)

    # --- reading ---------------------------------------------------------------------------

    def _row(self, record_type: str, record_id: str) -> dict[str, Any] | None:
        return self.store.row(record_type, record_id)

    def _require_row(self, record_type: str, record_id: str) -> dict[str, Any]:
        row = self._row(record_type, record_id)
        if row is None:
            raise KtttError("record_not_found", id=record_id)
        return row

    def get(self, record_type: str, record_id: str) -> dict[str, Any]:
        """One record in its JSON shape; raises a coded error if it does not exist."""
        rt = record_type_named(record_type)
        return row_to_json(rt, self._require_row(rt.name, record_id))

    def list_records(self, record_type: str, include_deleted: bool = False) -> Iterator[dict[str, Any]]:
        """Every record of a type in its JSON shape, streamed (for the CLI and exports)."""
        rt = record_type_named(record_type)
        for row in self.store.rows(rt.name, include_deleted):
            yield row_to_json(rt, row)

    def list_rids(self, query: queries.ListQuery) -> list[int]:
        if not query.today:
            query = query.with_changes(today=self.today.isoformat())
        return queries.list_rids(self.conn, query)

    def count(self, query: queries.ListQuery) -> int:
        if not query.today:
            query = query.with_changes(today=self.today.isoformat())
        return queries.count(self.conn, query)

    def fetch_rows(self, record_type: str, rids: Iterable[int]) -> dict[int, dict[str, Any]]:
        return queries.fetch_rows(self.conn, record_type, rids)

    def list_totals(self, query: queries.ListQuery, keys: Iterable[str]) -> dict[str, int]:
        """Sums of money and count columns over what a list shows (`queries.totals`)."""
        if not query.today:
            query = query.with_changes(today=self.today.isoformat())
        return queries.totals(self.conn, query, keys)

    def distinct_values(self, record_type: str, column: str) -> list[str]:
        return queries.distinct_values(self.conn, record_type, column)

    def active_member_counts(self, organization_ids: Iterable[str]) -> dict[str, int]:
        """Members who have not left, per organisation, in one query (for list columns)."""
        return self.store.active_member_counts(list(organization_ids), self.today.isoformat())

    def likely_duplicates(self) -> list[Any]:
        """Groups of records that probably describe the same thing (see core.duplicates)."""
        from kttt_desktop.core.duplicates import likely_duplicates

        return likely_duplicates(self.store)

    def audit_trail(self, record_type: str, record_id: str) -> list[dict[str, Any]]:
        """Who changed what and when: the creation from the change log, then every field
        change, deletion and restore from the audit log."""
        return self.store.audit_trail(record_type, record_id)

    def deletion(self, record_type: str, record_id: str) -> Deletion | None:
        """Who deleted the record, when, why and with what; None if it is not deleted."""
        rt = record_type_named(record_type)
        self._require_row(rt.name, record_id)
        return self.store.deletion(rt.name, record_id)

    def last_change_seq(self) -> int:
        return self.logs.last_seq()

    # --- validation context (see records.validation.ValidationContext) -----------------------

    def organization(self, organization_id: str) -> dict[str, Any] | None:
        return self._row("organization", organization_id)

    def organization_with_code(self, code: str, exclude_id: str | None) -> dict[str, Any] | None:
        return self.store.organization_with_code(code, exclude_id)

    def member_with_id_number(self, organization_id: str, id_number: str,
                              exclude_id: str | None) -> dict[str, Any] | None:
        return self.store.member_with_id_number(organization_id, id_number, exclude_id)

    def annual_report_of(self, organization_id: str, year: int,
                         exclude_id: str | None) -> dict[str, Any] | None:
        return self.store.annual_report_of(organization_id, year, exclude_id)

    # --- yearly results --------------------------------------------------------------------

    def register_counts(self, organization_id: str, year: int) -> dict[str, int]:
        """Members and workers the register holds for an organisation on 31/12 of `year`, as
        the fields of its yearly results (`members_official`, `members_associate`,
        `workers_total`, `workers_regular`): what a new yearly result starts from."""
        return self.store.register_counts(organization_id, date(int(year), 12, 31).isoformat())

    def yearly_results(self, organization_id: str, year: int | None = None) -> dict[str, Any] | None:
        """An organisation's yearly results of `year` (its latest year if None), or None."""
        if year is None:
            row = self.store.latest_annual_report(organization_id)
        else:
            row = self.store.annual_report_of(organization_id, year, None)
        return None if row is None else row_to_json(RECORD_TYPES["annual_report"], row)

    def register_flags(self, organization_id: str, day: date | None = None) -> RegisterFlags:
        """What the registers (value-chain contracts, products) say of an organisation's
        yes/no flags on `day` (today if None): the indicators count those flags from them once
        it has entries, and its page says so."""
        row = self._require_row("organization", organization_id)
        return register_flags(self.store, organization_id, (day or self.today).isoformat(),
                              bool(row.get("high_tech")))

    def scale(self, organization_id: str, year: int | None = None) -> tuple[int, str] | None:
        """(year, scale code) of an organisation from its yearly results of `year` (its latest
        year if None), by its sector's thresholds (`core.reports.scale`); None without results."""
        from kttt_desktop.core.reports.scale import scale_of_results

        results = self.yearly_results(organization_id, year)
        organization = self._row("organization", organization_id)
        if results is None or organization is None:
            return None
        return results["year"], scale_of_results(organization["sector"], results)

    def scales(self, organization_ids: Iterable[str]) -> dict[str, tuple[int, str]]:
        """(year, scale code) of each organisation that has yearly results, from its latest
        year (for a list's column; one query per block of rows)."""
        from kttt_desktop.core.reports.scale import scale_of_results

        return {org_id: (results["year"], scale_of_results(results["sector"], results))
                for org_id, results in self.store.latest_results_of(list(organization_ids)).items()}

    def managers_of(self, organization_id: str) -> list[dict[str, Any]]:
        return self.store.managers_of(organization_id)

    def official_member_count(self, organization_id: str) -> int:
        """Members who count toward the legal minimum: official (or THT) members who have not left."""
        return self.store.official_member_count(organization_id, self.today.isoformat())

    def check(self, record_type: str, values: dict[str, Any], record_id: str | None = None) -> list[Issue]:
        """Issues of a record as it would be saved (for forms that validate as you type).
        A deleted record has none: it is shown, not saved, and is checked once restored."""
        rt = record_type_named(record_type)
        if record_id is not None and self._require_row(rt.name, record_id)["deleted"]:
            return []
        base = self._base_values(rt, record_id)
        coerced, issues = coerce(rt, _known_fields(rt, values))
        merged = {**base, **coerced}
        owner = self._require_row(rt.name, record_id)["owner"] if record_id else self.require_site().unit_code
        return validate_coerced(rt, merged, record_id, self, owner, issues)

    def organization_warnings(self, organization_id: str) -> list[Issue]:
        """Standing warnings of an organisation (too few members…), for its detail view."""
        row = self._require_row("organization", organization_id)
        rt = RECORD_TYPES["organization"]
        return [i for i in validate(rt, field_values(rt, row), organization_id, self, row["owner"])
                if not i.is_error]

    # --- writing ---------------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many writes into one all-or-nothing transaction (demo data, bulk imports)."""
        with self._transaction():
            yield

    @contextmanager
    def one_checkpoint(self) -> Iterator[None]:
        """Many transactions in a row (the packages of an import) with the write-ahead log
        copied into the database file once at the end, not every few megabytes: a page
        that each transaction changes again (an index's upper levels) is then copied once.
        Each transaction stays as durable as before; only the copying waits."""
        with transaction.one_checkpoint(self.conn):
            yield

    @contextmanager
    def rehearsal(self) -> Iterator[None]:
        """Run writes in a transaction that is always rolled back: a preview that runs the
        real code, so it reports exactly what the real run would do."""
        with self._lock:
            transaction.begin(self.conn)
            self._depth = 1
            try:
                yield
            finally:
                self._depth = 0
                transaction.rollback(self.conn)

    def settle(self, record_type: str, record_id: str, field: str | None, value: Any = None,
               deleted: bool | None = None, note: str = "") -> Changes:
        """Write a person's choice as a new change even if it equals what is shown, so that
        it supersedes every value it was chosen among, here and wherever it travels.
        `field` None with `deleted` settles a deletion (keep deleted, or restore)."""
        rt = record_type_named(record_type)
        site = self.require_site()
        with self._transaction():
            row = self._require_row(rt.name, record_id)
            if field is None:
                self._set_deleted(rt, row, bool(deleted), note or "Giải quyết xung đột", now_iso(), site)
            else:
                self._write_update(rt, row, {field: value}, site, "update", note=note or None)
        changes = Changes()
        changes.add(rt.name, record_id)
        return changes

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One IMMEDIATE transaction; nested uses join the outer one (see `batch`)."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            try:
                transaction.begin(self.conn)
            except sqlite3.OperationalError as exc:
                coded = translate_sqlite_error(exc, str(self.path))
                if coded:
                    raise coded from exc
                raise
            self._depth = 1
            try:
                yield
                transaction.commit(self.conn)
            except sqlite3.Error as exc:
                transaction.rollback(self.conn)
                coded = translate_sqlite_error(exc, str(self.path))
                if coded:
                    raise coded from exc
                raise
            except BaseException:
                transaction.rollback(self.conn)
                raise
            finally:
                self._depth = 0

    @staticmethod
    def _defaults(rt: RecordType, site: Site | None, owner: str | None = None) -> dict[str, Any]:
        """Field defaults; an organisation made at a commune is in that commune unless told."""
        values = {f.name: f.default for f in rt.fields}
        if rt.name == "organization" and site is not None:
            commune = owner or site.unit_code
            if units.is_current_commune(commune):
                values["commune_code"] = commune
        return values

    def new_record_values(self, record_type: str) -> dict[str, Any]:
        """The values a new record starts from, exactly as a new record in the form gets them."""
        return self._defaults(RECORD_TYPES[record_type], self.site)

    def _base_values(self, rt: RecordType, record_id: str | None) -> dict[str, Any]:
        if record_id is None:
            return self._defaults(rt, self.site)
        row = self._require_row(rt.name, record_id)
        return field_values(rt, row)

    def create(self, record_type: str, values: dict[str, Any], record_id: str | None = None,
               owner: str | None = None) -> WriteResult:
        """Add a record; `values` may be typed text or JSON values. Errors raise `ValidationFailed`."""
        rt = record_type_named(record_type)
        site = self.require_site()
        changes = Changes()
        steps: list[_UndoStep] = []
        with self._transaction():
            row, warnings = self._insert(rt, values, record_id, owner or site.unit_code, site, validate_=True)
            steps.append(_UndoStep(rt.name, row["id"], "create", row["version"]))
            changes.add(rt.name, row["id"])
            self._after_write(rt, row, None, site, steps, changes)
        self._push_undo("create", rt, rt.title_of(row), steps)
        return WriteResult(row_to_json(rt, row), changes, warnings)

    def create_many(self, record_type: str, records: Iterable[dict[str, Any]],
                    validate_records: bool = True, first_decisions: bool = True) -> Changes:
        """Add many records in one transaction (demo data, bulk imports); all or nothing.

        Each record may carry its own "id" and "owner" (data made for another commune). New
        organisations get their first status decision unless `first_decisions` is False (a
        file that carries their decisions itself).
        """
        rt = record_type_named(record_type)
        site = self.require_site()
        changes = Changes()
        with self._transaction():
            rows = []
            for values in records:
                values = dict(values)
                record_id = values.pop("id", None)
                owner = values.pop("owner", None) or site.unit_code
                rows.append(self._prepare_insert(rt, values, record_id, owner, site, validate_records)[0])
            self._write_inserts(rt, rows, site)
            for row in rows:
                changes.add(rt.name, row["id"])
            if rt.name == "organization" and first_decisions:
                self._first_decisions(rows, site, changes, carried_over=False)
            elif rt.name == "status_change":
                for organization_id in {row["organization_id"] for row in rows}:
                    self._follow_decisions(organization_id, site, [], changes)
        return changes

    def _prepare_insert(self, rt: RecordType, values: dict[str, Any], record_id: str | None,
                        owner: str, site: Site, validate_: bool) -> tuple[dict[str, Any], list[Issue]]:
        coerced, issues = coerce(rt, _known_fields(rt, values))
        record = {**self._defaults(rt, site, owner), **coerced}
        if validate_:
            issues = validate_coerced(rt, record, None, self, owner, issues)
        errors = [i for i in issues if i.is_error]
        if errors:
            raise ValidationFailed(errors)
        now = now_iso()
        row = {name: to_column(rt, name, value) for name, value in record.items()}
        row.update(derived_columns(rt, record))
        row.update({"id": record_id or uuid.uuid4().hex, "owner": owner, "version": 1,
                    "created_at": now, "created_by": self.officer, "updated_at": now,
                    "updated_by": self.officer, "deleted": 0,
                    "vv": dump_value({site.unit_code: 1})})
        return row, [i for i in issues if not i.is_error]

    def _write_inserts(self, rt: RecordType, rows: list[dict[str, Any]], site: Site) -> None:
        if not rows:
            return
        columns = list(rows[0].keys())
        self.store.insert_rows(rt.name, columns, [tuple(row[c] for c in columns) for row in rows])
        # A creation is written once, in the change log (who, when, where, from which package,
        # and the fields that hold a value); `audit_trail` reads it from there. At province
        # scale a second copy in the audit log would be a third of the file and of the work.
        first = self.logs.next_seq()
        vv = dump_value({site.unit_code: 1})
        self.logs.changes(
            ChangeRow(first + i, first + i, row["created_at"], self.officer, site.unit_code, rt.name, row["id"],
                      row["owner"], "create", dump_value(_present_fields(rt, row)), 1, None, vv)
            for i, row in enumerate(rows))

    def _insert(self, rt: RecordType, values: dict[str, Any], record_id: str | None, owner: str,
                site: Site, validate_: bool) -> tuple[dict[str, Any], list[Issue]]:
        if record_id and self._row(rt.name, record_id):
            raise KtttError("read_only_field", field="id")
        row, warnings = self._prepare_insert(rt, values, record_id, owner, site, validate_)
        self._write_inserts(rt, [row], site)
        return self._require_row(rt.name, row["id"]), warnings

    def update(self, record_type: str, record_id: str, values: dict[str, Any],
               expected_version: int | None = None) -> WriteResult:
        """Change only the fields given. `expected_version` refuses to overwrite a newer edit."""
        rt = record_type_named(record_type)
        site = self.require_site()
        with self._transaction():
            before = self._require_row(rt.name, record_id)
            if before["deleted"]:
                raise KtttError("record_deleted", title=rt.title_of(before))
            if expected_version is not None and before["version"] != expected_version:
                raise KtttError("stale_version", title=rt.title_of(before),
                                actual=before["version"], expected=expected_version)
            coerced, issues = coerce(rt, _known_fields(rt, values))
            record = {**field_values(rt, before), **coerced}
            issues = validate_coerced(rt, record, record_id, self, before["owner"], issues)
            errors = [i for i in issues if i.is_error]
            if errors:
                raise ValidationFailed(errors)
            changed = {n: v for n, v in coerced.items()
                       if to_column(rt, n, v) != before[n]}
            changes = Changes()
            steps: list[_UndoStep] = []
            if changed:
                self._write_update(rt, before, changed, site, "update")
                written = self._require_row(rt.name, record_id)
                steps.append(_UndoStep(rt.name, record_id, "update", written["version"],
                                       {n: before[n] for n in changed}))
                changes.add(rt.name, record_id)
                self._after_write(rt, written, before, site, steps, changes)
            after = self._require_row(rt.name, record_id)
        if steps:
            self._push_undo("update", rt, rt.title_of(after), steps)
        return WriteResult(row_to_json(rt, after), changes, [i for i in issues if not i.is_error])

    def _write_update(self, rt: RecordType, before: dict[str, Any], changed: dict[str, Any],
                      site: Site, action: str, note: str | None = None) -> None:
        now = now_iso()
        record = {**field_values(rt, before), **changed}
        columns = {n: to_column(rt, n, v) for n, v in changed.items()}
        columns.update(derived_columns(rt, record))
        columns.update({"version": before["version"] + 1, "updated_at": now, "updated_by": self.officer})
        self.store.update_columns(rt.name, before["id"], columns)
        self.logs.audit_fields(now, self.officer, site.unit_code, action, rt.name, before["id"],
                               [(name, _json_value(rt, name, before[name]), _json_value(rt, name, columns[name]))
                                for name in changed], note=note)
        self._log_change(rt, before, "update", {n: _json_value(rt, n, columns[n]) for n in changed},
                         now, site)

    def _log_change(self, rt: RecordType, before: dict[str, Any], op: str, fields: dict[str, Any],
                    now: str, site: Site) -> None:
        """Record one local change; the record's version vector counts it (written back here)."""
        vv = bump(load_vv(before.get("vv")), site.unit_code)
        seq = self.logs.next_seq()
        self.logs.change(ChangeRow(seq, seq, now, self.officer, site.unit_code, rt.name, before["id"],
                                   before["owner"], op, dump_value(fields), before["version"] + 1,
                                   before["version"], dump_value(vv)))
        self.store.update_columns(rt.name, before["id"], {"vv": dump_value(vv)})

    def _set_deleted(self, rt: RecordType, before: dict[str, Any], deleted: bool, reason: str,
                     now: str, site: Site, with_id: str | None = None) -> None:
        """Lay or lift a tombstone. `with_id` names the record whose deletion carried this one
        (an organisation's members), so restoring it brings back exactly those."""
        action = "delete" if deleted else "restore"
        self.store.set_tombstone(rt, before["id"], deleted, now, self.officer, reason, with_id)
        self.logs.audit([AuditRow(now, self.officer, site.unit_code, action, rt.name, before["id"],
                                  new_value=dump_value(reason))])
        fields = {"reason": reason, "with": with_id} if with_id else {"reason": reason}
        self._log_change(rt, before, action, fields, now, site)

    def delete(self, record_type: str, record_id: str, reason: str) -> WriteResult:
        """Tombstone a record (an organisation takes its members, workers and support with it)."""
        rt = record_type_named(record_type)
        site = self.require_site()
        reason = (reason or "").strip()
        if not reason:
            raise KtttError("delete_reason_required")
        steps: list[_UndoStep] = []
        changes = Changes()
        with self._transaction():
            before = self._require_row(rt.name, record_id)
            if before["deleted"]:
                raise KtttError("record_already_deleted", title=rt.title_of(before))
            now = now_iso()
            targets = [(rt, before)]
            if rt.name == "organization":
                targets += [(RECORD_TYPES[t], row) for t in CHILD_TYPES
                            for row in self._children(t, record_id, deleted=False)]
            for target_rt, row in targets:
                with_id = record_id if row is not before else None
                self._set_deleted(target_rt, row, True, reason, now, site, with_id)
                steps.append(_UndoStep(target_rt.name, row["id"], "delete", row["version"] + 1))
                changes.add(target_rt.name, row["id"])
            if rt.name == "status_change":
                self._follow_decisions(before["organization_id"], site, steps, changes)
            after = self._require_row(rt.name, record_id)
        self._push_undo("delete", rt, rt.title_of(before), steps)
        return WriteResult(row_to_json(rt, after), changes)

    def restore(self, record_type: str, record_id: str, reason: str = "") -> WriteResult:
        """Undo a deletion explicitly (audited). An organisation brings back the records that
        were deleted together with it, and only those."""
        rt = record_type_named(record_type)
        site = self.require_site()
        steps: list[_UndoStep] = []
        changes = Changes()
        with self._transaction():
            before = self._require_row(rt.name, record_id)
            self._check_restorable(rt, before)
            now = now_iso()
            targets = [(rt, before)]
            if rt.name == "organization":
                targets += [(RECORD_TYPES[t], row) for t in CHILD_TYPES
                            for row in self._children(t, record_id, deleted=True)
                            if row["deleted_with"] == record_id]
            for target_rt, row in targets:
                self._set_deleted(target_rt, row, False, reason or "Khôi phục", now, site)
                steps.append(_UndoStep(target_rt.name, row["id"], "restore", row["version"] + 1))
                changes.add(target_rt.name, row["id"])
            if rt.name == "status_change":
                self._follow_decisions(before["organization_id"], site, steps, changes)
            after = self._require_row(rt.name, record_id)
        self._push_undo("restore", rt, rt.title_of(before), steps)
        return WriteResult(row_to_json(rt, after), changes)

    # --- status decisions --------------------------------------------------------------------

    def _after_write(self, rt: RecordType, row: dict[str, Any], before: dict[str, Any] | None,
                     site: Site, steps: list[_UndoStep], changes: Changes) -> None:
        """Keep an organisation's status and its dated decisions saying the same thing: a new
        organisation gets its first decision, a status typed on the organisation is recorded
        as a decision in effect today, and a decision moves the organisation's status."""
        if rt.name == "organization":
            if before is None:
                steps += self._first_decisions([row], site, changes, carried_over=False)
            elif row["status"] != before["status"] and row["status"] is not None:
                steps += self._decisions(site, changes, [{
                    "organization_id": row["id"], "status": row["status"],
                    "effective_on": self.today.isoformat(), "owner": row["owner"]}])
        elif rt.name == "status_change":
            self._follow_decisions(row["organization_id"], site, steps, changes)

    def _decisions(self, site: Site, changes: Changes, values: list[dict[str, Any]]) -> list[_UndoStep]:
        """Write status decisions the program makes itself (no checks: they restate a status
        that was already checked on the organisation)."""
        rt = RECORD_TYPES["status_change"]
        rows = [self._prepare_insert(rt, {k: v for k, v in value.items() if k != "owner"}, None,
                                     value["owner"], site, validate_=False)[0] for value in values]
        self._write_inserts(rt, rows, site)
        for row in rows:
            changes.add(rt.name, row["id"])
        return [_UndoStep(rt.name, row["id"], "create", 1) for row in rows]

    def _first_decisions(self, organizations: list[dict[str, Any]], site: Site, changes: Changes,
                         carried_over: bool) -> list[_UndoStep]:
        return self._decisions(site, changes, [{
            "organization_id": org["id"], "status": org["status"] or "active",
            "effective_on": status_history.first_effective_day(org), "carried_over": carried_over,
            "owner": org["owner"]} for org in organizations])

    def _follow_decisions(self, organization_id: str, site: Site, steps: list[_UndoStep],
                          changes: Changes) -> None:
        """Set the organisation's status to the one its decisions put in effect today."""
        org = self._row("organization", organization_id)
        if org is None or org["deleted"]:
            return
        status = status_history.status_on(self.store.status_decisions(organization_id),
                                          self.today.isoformat())
        if status is None or status == org["status"]:
            return
        self._write_update(RECORD_TYPES["organization"], org, {"status": status}, site, "update")
        steps.append(_UndoStep("organization", organization_id, "update",
                               org["version"] + 1, {"status": org["status"]}))
        changes.add("organization", organization_id)

    def status_on(self, organization_id: str, day: date | None = None) -> str | None:
        """An organisation's legal status on `day` (today if None) from its dated decisions;
        None if none was in effect yet. An organisation without decisions (from an older
        program's package) has the status its record holds."""
        decisions = self.store.status_decisions(organization_id)
        if not decisions:
            row = self._row("organization", organization_id)
            return None if row is None else row["status"]
        return status_history.status_on(decisions, (day or self.today).isoformat())

    def _carry_over_statuses(self) -> int:
        """Give every organisation of this site that has no decision yet its current status as
        a first decision, dated by its registration, marked as carried over (once, as a
        database from before dated decisions is opened)."""
        site = self.require_site()
        organizations = self.store.organizations_without_decisions(site.unit_code)
        if organizations:
            with self._transaction():
                self._first_decisions(organizations, site, Changes(), carried_over=True)
        return len(organizations)

    def check_restorable(self, record_type: str, record_id: str) -> None:
        """Raise the coded reason why `restore` would refuse (to say it before asking)."""
        rt = record_type_named(record_type)
        self._check_restorable(rt, self._require_row(rt.name, record_id))

    def _check_restorable(self, rt: RecordType, row: dict[str, Any]) -> None:
        if not row["deleted"]:
            raise KtttError("record_not_deleted", title=rt.title_of(row))
        if rt.name in CHILD_TYPES:
            # A member back in an organisation that is still deleted would count nowhere.
            organization = self._row("organization", row["organization_id"])
            if organization is not None and organization["deleted"]:
                raise KtttError("restore_organization_first", title=rt.title_of(row),
                                organization=organization["name"])

    def _children(self, child_type: str, organization_id: str, deleted: bool) -> list[dict[str, Any]]:
        return self.store.children(child_type, organization_id, deleted)

    # --- undo ------------------------------------------------------------------------------

    def _push_undo(self, action: str, rt: RecordType, title: str, steps: list[_UndoStep]) -> None:
        self._undo.append(UndoEntry(action, rt.name, title, steps))
        del self._undo[:-50]

    def forget_undo(self) -> None:
        """Drop every undo step of this session. Called after a write that cannot be taken
        back step by step (an Excel or sync import, made on another connection): an older
        step undone across it would act on records the import has since read or rewritten,
        and leave the import itself in place. Such a write is reverted from its backup."""
        self._undo.clear()

    @property
    def undo_description(self) -> str | None:
        """What Undo would take back, for the menu item's text; None when there is nothing."""
        return self._undo[-1].description() if self._undo else None

    def undo(self) -> Changes:
        """Take back the last action of this session, as new audited changes.

        Refused if someone changed the record again since, so an undo never overwrites
        newer work.
        """
        if not self._undo:
            raise KtttError("nothing_to_undo")
        entry = self._undo[-1]
        site = self.require_site()
        changes = Changes()
        with self._transaction():
            for step in reversed(entry.steps):
                rt = RECORD_TYPES[step.record_type]
                row = self._require_row(rt.name, step.record_id)
                if row["version"] != step.version_after:
                    raise KtttError("undo_conflict", title=rt.title_of(row))
                now = now_iso()
                if step.action == "create" or step.action == "restore":
                    self._set_deleted(rt, row, True, "Hoàn tác", now, site)
                elif step.action == "delete":
                    self._set_deleted(rt, row, False, "Hoàn tác", now, site)
                else:
                    restored = {n: _json_value(rt, n, v) for n, v in step.old_values.items()}
                    self._write_update(rt, row, restored, site, "update", note="Hoàn tác")
                changes.add(rt.name, step.record_id)
        self._undo.pop()
        self._rebase_undo(entry)
        return changes

    def _rebase_undo(self, undone: UndoEntry) -> None:
        """After an undo a record is back in the state an earlier action left it in, under a
        new version number; let that earlier action's undo expect the new number."""
        for step in undone.steps:
            version = self.store.version_of(step.record_type, step.record_id)
            earlier = next((s for entry in reversed(self._undo) for s in entry.steps
                            if s.record_id == step.record_id), None)
            if earlier is not None:
                earlier.version_after = version


def _known_fields(rt: RecordType, values: dict[str, Any]) -> dict[str, Any]:
    """Refuse unknown or program-managed keys with a message naming the valid ones."""
    out = {}
    for key, value in values.items():
        if key in rt.field_names:
            out[key] = value
        elif key in SYSTEM_FIELDS:
            raise KtttError("read_only_field", field=key)
        else:
            raise KtttError("unknown_field", field=key, type=rt.name, allowed=", ".join(rt.field_names))
    return out


def _json_value(rt: RecordType, name: str, value: Any) -> Any:
    if value is not None and name in rt.bool_fields:
        return bool(value)
    return value


def _present_fields(rt: RecordType, row: dict[str, Any]) -> dict[str, Any]:
    """The record's fields that hold a value: empty text, None and false flags are left out."""
    present: dict[str, Any] = {}
    for name in rt.field_names:
        value = row[name]
        if value is None or value == "" or (name in rt.bool_fields and not value):
            continue
        present[name] = True if name in rt.bool_fields else value
    return present
