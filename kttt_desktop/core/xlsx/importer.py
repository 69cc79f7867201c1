"""Importing records from Excel: the template, an exported file, or an officer's own list.

The steps follow what the import wizard shows, and each can be driven on its own:

1. `open_workbook(path)` reads the file (see `xlsx_source`);
2. `plan_workbook(book)` proposes a `ColumnMapping` per sheet (record type, header row,
   column of each field), which the caller may change (`ColumnMapping.assign`, or
   `propose_mapping` again with another record type or header row);
3. `preview_import(...)` reads every row and says per row what would happen (`create`,
   `update`, `unchanged` or `error`), with every problem located by sheet, row and column;
4. `apply_import(...)` writes it all in one transaction, refusing while any error remains
   unless the rows in error are to be skipped.

Rows are checked by the registry's own validation, so the import refuses exactly what the
form refuses. Rows are matched to existing records so that importing the same file twice
changes nothing: by the program's id when the file came from an export, otherwise
organisations by tax code, members and workers by ID number within their organisation (by
name and date of birth when there is none), support by decision number and content. An empty
cell never erases a recorded value.

Two choices about what officers' lists hold: a date given as a year alone ("1988", as old
registers keep birth dates) is taken as 1 January of that year with a warning to complete it,
rather than refusing the whole row; and a member without an ID number is no problem of the
file (many older villagers have none yet), only matched by name and date of birth.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter

from kttt_desktop.core.changes import Changes
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.messages import texts
from kttt_desktop.core.progress import Progress, Share, Ticker
from kttt_desktop.core.records.codec import field_values, row_to_json, to_column
from kttt_desktop.core.records.fields import RECORD_TYPES, RecordType
from kttt_desktop.core.records.identifiers import normalize_tax_code
from kttt_desktop.core.records.validation import ERROR, WARNING, Issue, coerce, validate
from kttt_desktop.core.text import fold
from kttt_desktop.core.xlsx.mapping import ColumnMapping, propose_mapping
from kttt_desktop.core.xlsx.references import REFERENCES, Reference, resolve
from kttt_desktop.core.xlsx.rows import is_end_of_list, is_numbering_row
from kttt_desktop.core.xlsx.sheet_layout import SHEET_NAMES, SheetColumn
from kttt_desktop.core.xlsx.source import SourceBook, SourceSheet, open_workbook
from kttt_desktop.core.xlsx.values import is_empty, read_cell

if TYPE_CHECKING:
    from datetime import date

    from kttt_desktop.core.registry import Registry

__all__ = [
    "ImportIssue", "RowPlan", "ImportPreview", "ImportResult", "open_workbook", "plan_workbook",
    "propose_mapping", "preview_import", "apply_import", "find_organization", "CREATE", "UPDATE",
    "UNCHANGED", "FAILED", "SourceBook",
]

CREATE, UPDATE, UNCHANGED, FAILED = "create", "update", "unchanged", "error"
TYPE_ORDER = tuple(SHEET_NAMES)  # organisations first: the other records name them
PROGRESS_EVERY = 200
# How a row of a register is found again among its organisation's records: the fields that
# tell two of them apart (a year's results by the year, a decision by its day and status…).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "annual_report": ("year",),
    "status_change": ("effective_on", "status"),
    "manager": ("full_name", "role", "from_on"),
    "training": ("course", "full_name", "started_on"),
    "product": ("name",),
    "linkage": ("partner_name", "contract_no"),
    "loan": ("lender", "contract_no", "disbursed_on"),
    "land": ("use", "certificate_no", "area_m2"),
}


def _natural_key(rt: RecordType, values: dict[str, Any]) -> tuple[Any, ...]:
    """The natural key of a record, text folded so that «Chè» finds «chè»."""
    return tuple(fold(value) if isinstance(value, str) else value
                 for value in (values.get(name) for name in NATURAL_KEYS[rt.name]))


@dataclass(frozen=True)
class ImportIssue:
    """One problem of the file, where the officer will find it: sheet, Excel row number and
    column letter (None for a problem of the whole sheet or row)."""

    sheet: str
    row: int | None
    column: str | None
    header: str | None
    code: str
    message: str
    severity: str  # "error" blocks the row, "warning" is shown and allowed
    params: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def text(self, lang: str | None = None) -> str:
        """The message in another language than the one it was made in."""
        return texts(self.code, lang, **self.params)

    def as_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "header": self.header,
                "code": self.code, "message": self.message, "severity": self.severity}


@dataclass
class RowPlan:
    """What one row of a sheet would do."""

    sheet: str
    row: int
    record_type: str
    action: str  # CREATE, UPDATE, UNCHANGED or FAILED
    record_id: str | None  # the record matched, or the id the new record will get
    title: str
    values: dict[str, Any]  # the fields the row gives, in stored form
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (recorded, new)
    matched: dict[str, Any] | None = None  # the existing record (JSON shape)
    issues: list[ImportIssue] = field(default_factory=list)

    @property
    def errors(self) -> list[ImportIssue]:
        return [i for i in self.issues if i.is_error]


@dataclass
class ImportPreview:
    mappings: list[ColumnMapping]
    rows: list[RowPlan]
    sheet_issues: list[ImportIssue]

    @property
    def issues(self) -> list[ImportIssue]:
        """Every problem: those of whole sheets first, then row by row."""
        return self.sheet_issues + [issue for plan in self.rows for issue in plan.issues]

    @property
    def errors(self) -> list[ImportIssue]:
        return [i for i in self.issues if i.is_error]

    @property
    def warnings(self) -> list[ImportIssue]:
        return [i for i in self.issues if not i.is_error]

    @property
    def has_errors(self) -> bool:
        return any(i.is_error for i in self.sheet_issues) or any(p.action == FAILED for p in self.rows)

    def counts(self) -> dict[str, dict[str, int]]:
        """Per record type: new, updated, unchanged and rejected rows (as `kttt sync import`)."""
        names = {CREATE: "new", UPDATE: "updated", UNCHANGED: "unchanged", FAILED: "rejected"}
        counts: dict[str, dict[str, int]] = {}
        for mapping in self.mappings:
            counts.setdefault(mapping.record_type, dict.fromkeys(names.values(), 0))
        for plan in self.rows:
            counts[plan.record_type][names[plan.action]] += 1
        return {name: counts[name] for name in TYPE_ORDER if name in counts}


@dataclass
class ImportResult:
    preview: ImportPreview
    changes: Changes
    backup: Path | None = None  # the copy of the database made just before writing

    def counts(self) -> dict[str, dict[str, int]]:
        return self.preview.counts()


# --- choosing sheets --------------------------------------------------------------------------

def plan_workbook(book: SourceBook, sheets: Iterable[str] | None = None,
                  record_type: str | None = None) -> list[ColumnMapping]:
    """A proposed mapping for each sheet that holds records.

    Without `sheets`, the template's instruction and list sheets and hidden sheets are left
    out; a named sheet is always read. Sheets without a recognisable header row are left out.
    """
    if sheets is None:
        chosen = [s for s in book.sheets if not s.reserved and not s.hidden]
    else:
        chosen = [book.sheet(name) for name in sheets]
    mappings = []
    for sheet in chosen:
        mapping = propose_mapping(sheet, record_type)
        if mapping is not None:
            mappings.append(mapping)
    return mappings


def find_organization(registry: Registry, text: str) -> dict[str, Any]:
    """The organisation an officer names by id, tax code or exact name (the default
    organisation of a member list that has no organisation column)."""
    text = (text or "").strip()
    store = registry.store
    row = next(iter(store.live_organizations("id", text)), None)
    if row is None:
        row = next(iter(store.live_organizations("registration_code", normalize_tax_code(text))), None)
    if row is None:
        named = store.live_organizations("sort_name", fold(text))
        if len(named) > 1:
            raise KtttError("import_organization_ambiguous_choice", value=text, count=len(named))
        row = named[0] if named else None
    if row is None:
        raise KtttError("import_organization_not_found", value=text)
    return row_to_json(RECORD_TYPES["organization"], row)


# --- preview --------------------------------------------------------------------------------------

def preview_import(registry: Registry, book: SourceBook, mappings: Iterable[ColumnMapping], *,
                   default_organization_id: str | None = None,
                   progress: Progress | None = None) -> ImportPreview:
    """Read and check every row; writes nothing.

    `default_organization_id` is the organisation of member, worker and support rows that
    do not name one (an officer's list of one HTX's members). `progress.report(done, total)`
    is called every few hundred rows, after a look at `progress.cancelled` (True stops with
    `Cancelled("import_cancelled")`).
    """
    ordered = sorted(mappings, key=lambda m: TYPE_ORDER.index(m.record_type))
    ticker = Ticker(_row_total(book, ordered), progress, "import_cancelled", PROGRESS_EVERY)
    planner = _Planner(registry, default_organization_id, ticker)
    for mapping in ordered:
        planner.sheet(book.sheet(mapping.sheet), mapping)
    planner.ticker.finish()
    return ImportPreview(ordered, planner.rows, planner.sheet_issues)


def apply_import(registry: Registry, book: SourceBook, mappings: Iterable[ColumnMapping], *,
                 default_organization_id: str | None = None, skip_errors: bool = False,
                 progress: Progress | None = None) -> ImportResult:
    """Write the import in one transaction: all of it, or nothing.

    The rows are read and checked again inside the transaction, so what is written is what
    the data says at that moment. While any error remains nothing is written
    (`import_has_errors`) unless `skip_errors`, which writes every other row. A database in a
    file is first copied to its backup folder, so even a wrong import can be taken back.
    """
    from kttt_desktop.core.backup.service import make_backup

    mappings = list(mappings)
    changes = Changes()
    backup = make_backup(registry.conn, registry.path, label="truoc-nhap-excel") if registry.path else None
    # One bar for both halves: reading and checking first, then writing.
    rows = _row_total(book, mappings)
    with registry.batch():
        preview = preview_import(registry, book, mappings, default_organization_id=default_organization_id,
                                 progress=Share(progress, 0, rows, 2 * rows) if progress else None)
        if preview.has_errors and not skip_errors:
            raise KtttError("import_has_errors", count=len(preview.errors))
        writes = sum(1 for p in preview.rows if p.action in (CREATE, UPDATE))
        second_half = Share(progress, rows, rows, 2 * rows) if progress else None
        ticker = Ticker(writes, second_half, "import_cancelled", PROGRESS_EVERY)
        # Organisations whose decisions the file carries take their first one from it.
        decided = {p.values.get("organization_id") for p in preview.rows
                   if p.record_type == "status_change" and p.action != FAILED}
        for record_type in TYPE_ORDER:
            plans = [p for p in preview.rows if p.record_type == record_type]
            new = [{"id": p.record_id, **p.values} for p in plans if p.action == CREATE]
            if record_type == "organization":
                for first, group in ((True, [v for v in new if v["id"] not in decided]),
                                     (False, [v for v in new if v["id"] in decided])):
                    if group:
                        changes.merge(registry.create_many(record_type, group, first_decisions=first))
                ticker.advance(len(new))
            elif new:
                changes.merge(registry.create_many(record_type, new))
                ticker.advance(len(new))
            for plan in plans:
                if plan.action == UPDATE and plan.record_id:
                    values = {name: new_value for name, (_old, new_value) in plan.changes.items()}
                    changes.merge(registry.update(record_type, plan.record_id, values).changes)
                    ticker.advance(1)
        ticker.finish()
    return ImportResult(preview, changes, backup)


# --- reading rows ---------------------------------------------------------------------------------

def _row_total(book: SourceBook, mappings: Iterable[ColumnMapping]) -> int:
    """Rows below the headers, the measure of progress (blank and trailing rows included)."""
    return sum(max(0, book.sheet(m.sheet).max_row - m.first_data_row + 1) for m in mappings)


class _Context:
    """Validation's view of other records: the database, plus organisations this import is
    about to create or change (so their members are checked against them)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.pending: dict[str, dict[str, Any]] = {}

    @property
    def today(self) -> date:
        return self.registry.today

    def organization(self, organization_id: str) -> dict[str, Any] | None:
        return self.pending.get(organization_id) or self.registry.organization(organization_id)

    def organization_with_code(self, code: str, exclude_id: str | None) -> dict[str, Any] | None:
        return self.registry.organization_with_code(code, exclude_id)

    def member_with_id_number(self, organization_id: str, id_number: str,
                              exclude_id: str | None) -> dict[str, Any] | None:
        return self.registry.member_with_id_number(organization_id, id_number, exclude_id)

    def official_member_count(self, organization_id: str) -> int:
        return self.registry.official_member_count(organization_id)

    def managers_of(self, organization_id: str) -> list[dict[str, Any]]:
        return self.registry.managers_of(organization_id)

    def annual_report_of(self, organization_id: str, year: int,
                         exclude_id: str | None) -> dict[str, Any] | None:
        return self.registry.annual_report_of(organization_id, year, exclude_id)


class _Planner:
    """Reads sheets in type order and remembers what earlier sheets decided (organisations of
    the file, rows already seen) for the later ones."""

    def __init__(self, registry: Registry, default_organization_id: str | None, ticker: Ticker) -> None:
        self.registry = registry
        self.store = registry.store
        self.ctx = _Context(registry)
        self.ticker = ticker
        self.default_organization_id = default_organization_id
        self.rows: list[RowPlan] = []
        self.sheet_issues: list[ImportIssue] = []
        self.file_orgs_by_code: dict[str, RowPlan] = {}
        self.file_orgs_by_name: dict[str, list[RowPlan]] = {}
        self.seen: dict[tuple[Any, ...], RowPlan] = {}
        self.new_orgs: set[str] = set()  # ids the organisations created by this import will get
        # Records other rows may name (managers, support), by type and organisation: id -> values.
        self.file_records: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
        self._child_index: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = {}
        registry.require_site()  # refused with a clear message before any row is read
        self.defaults = {name: registry.new_record_values(name) for name in TYPE_ORDER}

    # -- a sheet -----------------------------------------------------------------------------

    def sheet(self, sheet: SourceSheet, mapping: ColumnMapping) -> None:
        rt = RECORD_TYPES[mapping.record_type]
        blocked = False
        for column in mapping.missing_required():
            blocked = True
            self.sheet_issues.append(self._issue(mapping, None, None, Issue(
                ERROR, None, "import_column_missing", {"sheet": mapping.sheet, "header": column.header})))
        unknown = mapping.unknown_headers()
        if unknown:
            self.sheet_issues.append(self._issue(mapping, None, None, Issue(
                WARNING, None, "import_columns_ignored",
                {"headers": ", ".join(f"{get_column_letter(c)} «{h}»" for c, h in unknown)})))
        names_org = bool({"organization_code", "organization_name"} & set(mapping.keys.values()))
        if rt.name != "organization" and not names_org and not self.default_organization_id \
                and mapping.column_of("id") is None:
            blocked = True
            self.sheet_issues.append(self._issue(mapping, None, None, Issue(
                ERROR, None, "import_organization_needed_sheet", {"sheet": mapping.sheet})))
        title_column = mapping.column_of(rt.title_field)
        columns = mapping.columns()
        readers = [(column, columns[key], mapping.scale(column)) for column, key in sorted(mapping.keys.items())]
        for row in range(mapping.first_data_row, sheet.max_row + 1):
            self.ticker.advance()
            if is_end_of_list(sheet, row, title_column):
                break
            cells = sheet.rows[row - 1]
            if all(is_empty(cells[c - 1]) for c in mapping.keys if c <= len(cells)) or is_numbering_row(cells):
                continue
            plan = self._row(sheet, mapping, readers, rt, row)
            if blocked and plan.action != FAILED:
                plan.action = FAILED
            self.rows.append(plan)

    # -- a row -------------------------------------------------------------------------------

    def _row(self, sheet: SourceSheet, mapping: ColumnMapping, readers: list[tuple[int, SheetColumn, int]],
             rt: RecordType, row: int) -> RowPlan:
        values: dict[str, Any] = {}
        problems: list[Issue] = []
        for column, spec, scale in readers:
            value, issues = read_cell(spec, sheet.value(row, column), scale)
            problems += issues
            if value is not None:
                values[spec.key] = value
        record_id = values.pop("id", None)
        org_code = values.pop("organization_code", None)
        org_name = values.pop("organization_name", None)
        named = {key: values.pop(key) for key in REFERENCES if key in values}
        fields, coerce_issues = coerce(rt, values)
        problems += coerce_issues
        title = rt.title_of(fields)
        plan = RowPlan(mapping.sheet, row, rt.name, CREATE, None, title, fields)

        matched = self._by_id(rt, record_id, problems) if record_id else None
        if rt.name != "organization":
            org_id = self._organization(mapping, org_code, org_name, problems,
                                        fallback=matched["organization_id"] if matched else None)
            if org_id:
                fields["organization_id"] = org_id
                for key, text in named.items():
                    self._reference(REFERENCES[key], org_id, str(text), fields, problems)
        if matched is None and not any(p.is_error and p.field in _MATCH_FIELDS for p in problems):
            matched = self._match(rt, fields, problems)
        self._decide(plan, rt, matched, problems)
        plan.issues = [self._issue(mapping, row, p.field, p) for p in _unique(problems)]
        if plan.errors:
            plan.action = FAILED
        self._remember(plan, rt, matched, mapping)
        if plan.action == FAILED:
            self.ctx.pending.pop(plan.record_id or "", None)
            if matched is None:
                plan.record_id = None  # nothing will be created
        return plan

    def _by_id(self, rt: RecordType, record_id: str, problems: list[Issue]) -> dict[str, Any] | None:
        """The record an exported file names by id. An id this database does not know (a file
        from another site) is not an error: the row is matched like any other, and a new record
        gets an id of its own, since ids name records across sites in sync."""
        row = self.store.row(rt.name, record_id)
        if row is not None and row["deleted"]:
            problems.append(Issue(ERROR, "id", "import_record_deleted", {"title": rt.title_of(row)}))
            return None
        return row

    def _organization(self, mapping: ColumnMapping, code: str | None, name: str | None,
                      problems: list[Issue], fallback: str | None) -> str | None:
        """The organisation a child row belongs to: by tax code, else by exact name, among the
        file's organisations and the database's; else the default (or the matched record's)."""
        if code:
            code = normalize_tax_code(code)
            plan = self.file_orgs_by_code.get(code)
            if plan is not None:
                return self._file_org(plan, "organization_code", problems)
            found = self.store.live_organization_ids("registration_code", code)
            if found:
                return found[0]
            problems.append(Issue(ERROR, "organization_code", "import_organization_unknown", {"value": code}))
            return None
        if name:
            plans = self.file_orgs_by_name.get(fold(name), [])
            if len(plans) == 1:
                return self._file_org(plans[0], "organization_name", problems)
            ids = {p.record_id for p in plans} | set(self.store.live_organization_ids("sort_name", fold(name)))
            if len(ids) == 1:
                return ids.pop()
            if ids:
                problems.append(Issue(ERROR, "organization_name", "import_organization_ambiguous",
                                      {"value": name, "count": len(ids)}))
            else:
                problems.append(Issue(ERROR, "organization_name", "import_organization_name_unknown",
                                      {"value": name}))
            return None
        if fallback:
            return fallback
        if self.default_organization_id:
            return self.default_organization_id
        if {"organization_code", "organization_name"} & set(mapping.keys.values()):
            problems.append(Issue(ERROR, "organization_code", "import_organization_needed", {}))
        return None

    def _reference(self, ref: Reference, org_id: str, text: str, fields: dict[str, Any],
                   problems: list[Issue]) -> None:
        """Fill a reference field (a course's manager, its support) from what the cell names
        among the organisation's records, those of the file's earlier sheets included."""
        candidates = {row["id"]: row for rows in self._children(ref.target, org_id).values() for row in rows}
        candidates.update(self.file_records.get((ref.target, org_id), {}))
        found = resolve(ref.target, text, candidates.values())
        if len(found) == 1:
            fields[ref.field] = found[0]
        elif found:
            problems.append(Issue(ERROR, ref.key, ref.ambiguous, {"value": text, "count": len(found)}))
        else:
            problems.append(Issue(ERROR, ref.key, ref.unknown, {"value": text}))

    @staticmethod
    def _file_org(plan: RowPlan, key: str, problems: list[Issue]) -> str | None:
        if plan.action == FAILED:
            problems.append(Issue(ERROR, key, "import_organization_row_error",
                                  {"sheet": plan.sheet, "row": plan.row}))
            return None
        return plan.record_id

    def _match(self, rt: RecordType, fields: dict[str, Any], problems: list[Issue]) -> dict[str, Any] | None:
        """The existing record this row describes, found by its natural key."""
        if rt.name == "organization":
            candidates = self._match_organization(fields)
            key = "registration_code" if fields.get("registration_code") else "name"
        elif rt.name in ("member", "worker"):
            candidates = self._match_person(rt, fields)
            key = "id_number" if fields.get("id_number") else "full_name"
        elif rt.name == "support":
            candidates = self._match_support(fields)
            key = "content"
        else:  # the registers: by the fields that tell one of an organisation's records apart
            candidates = self._match_by_key(rt, fields)
            key = NATURAL_KEYS[rt.name][0]
        if len(candidates) > 1:
            problems.append(Issue(ERROR, key, "import_ambiguous_match", {"count": len(candidates)}))
            return None
        return candidates[0] if candidates else None

    def _match_organization(self, fields: dict[str, Any]) -> list[dict[str, Any]]:
        code, name = fields.get("registration_code"), fields.get("name")
        if code:
            rows = self.store.live_organizations("registration_code", code)
            if rows:
                return rows
        if not name:
            return []
        rows = self.store.live_organizations("sort_name", fold(name))
        # A row with a tax code only takes over a same-named organisation that has none yet.
        return [r for r in rows if not r["registration_code"]] if code else rows

    def _children(self, record_type: str, org_id: str) -> dict[str, list[dict[str, Any]]]:
        """An organisation's records of one type, by ID number and by folded title, read once
        per organisation: a list of thousands of members must not cost a query per row."""
        key = (record_type, org_id)
        index = self._child_index.get(key)
        if index is None:
            index = {}
            rt = RECORD_TYPES[record_type]
            for row in self.store.children(rt.name, org_id, deleted=False):
                index.setdefault("name:" + row["sort_name"], []).append(row)
                if "id_number" in row and row["id_number"]:
                    index.setdefault("id:" + row["id_number"], []).append(row)
            self._child_index[key] = index
        return index

    def _match_person(self, rt: RecordType, fields: dict[str, Any]) -> list[dict[str, Any]]:
        org_id = fields.get("organization_id")
        if not org_id or org_id in self.new_orgs:
            return []
        index = self._children(rt.name, org_id)
        id_number, name = fields.get("id_number"), fields.get("full_name")
        if id_number and (rows := index.get("id:" + id_number)):
            return rows
        if not name:
            return []
        birth = fields.get("birth_date")
        rows = [r for r in index.get("name:" + fold(name), []) if r["birth_date"] == birth]
        # With an ID number, only someone recorded without one can be the same person.
        return [r for r in rows if not r["id_number"]] if id_number else rows

    def _match_support(self, fields: dict[str, Any]) -> list[dict[str, Any]]:
        org_id, content = fields.get("organization_id"), fields.get("content")
        if not org_id or not content or org_id in self.new_orgs:
            return []
        rows = self._children("support", org_id).get("name:" + fold(content), [])
        return [r for r in rows if (r["decision_no"] or None) == fields.get("decision_no")]

    def _match_by_key(self, rt: RecordType, fields: dict[str, Any]) -> list[dict[str, Any]]:
        org_id = fields.get("organization_id")
        names = NATURAL_KEYS[rt.name]
        if not org_id or org_id in self.new_orgs or fields.get(names[0]) is None:
            return []
        wanted = _natural_key(rt, fields)
        found = {row["id"]: row for key, rows in self._children(rt.name, org_id).items()
                 if key.startswith("name:") for row in rows if _natural_key(rt, row) == wanted}
        return list(found.values())

    def _decide(self, plan: RowPlan, rt: RecordType, matched: dict[str, Any] | None,
                problems: list[Issue]) -> None:
        """Create, update or unchanged, after the registry's own checks of the whole record."""
        unreadable = {p.field for p in problems if p.is_error}
        if unreadable & {"organization_code", "organization_name"}:
            unreadable.add("organization_id")  # already said why the organisation is not known
        fields = plan.values
        if matched is not None:
            plan.record_id = matched["id"]
            plan.matched = row_to_json(rt, matched)
            plan.title = plan.title or rt.title_of(matched)
            stored = field_values(rt, matched)
            changed = {n: v for n, v in fields.items() if to_column(rt, n, v) != matched[n]}
            plan.changes = {n: (plan.matched[n], v) for n, v in changed.items()}
            record = {**stored, **fields}
            if not changed:
                plan.action = UNCHANGED
                self._pending(rt, plan, record)
                return
            plan.action = UPDATE
        else:
            plan.record_id = uuid.uuid4().hex
            record = {**self.defaults[rt.name], **fields}
            plan.action = CREATE
        owner = matched["owner"] if matched else self.registry.require_site().unit_code
        checked = validate(rt, record, matched["id"] if matched else None, self.ctx, owner)
        problems += [i for i in checked if i.field not in unreadable or i.field is None]
        self._pending(rt, plan, record)

    def _pending(self, rt: RecordType, plan: RowPlan, record: dict[str, Any]) -> None:
        if rt.name == "organization" and plan.record_id:
            self.ctx.pending[plan.record_id] = {**record, "id": plan.record_id, "deleted": 0}
            if plan.action == CREATE:
                self.new_orgs.add(plan.record_id)

    def _remember(self, plan: RowPlan, rt: RecordType, matched: dict[str, Any] | None,
                  mapping: ColumnMapping) -> None:
        """Refuse a second row for the same record, and index the file's organisations."""
        fields = plan.values
        if matched is not None:
            key: tuple[Any, ...] = (rt.name, "id", matched["id"])
        elif rt.name == "organization":
            key = (rt.name, fields.get("registration_code") or fold(fields.get("name")))
        elif rt.name == "support":
            key = (rt.name, fields.get("organization_id"), fields.get("decision_no"), fold(fields.get("content")))
        elif rt.name in NATURAL_KEYS:
            key = (rt.name, fields.get("organization_id"), *_natural_key(rt, fields))
        elif fields.get("id_number"):
            key = (rt.name, fields.get("organization_id"), fields.get("id_number"))
        else:
            key = (rt.name, fields.get("organization_id"), fold(fields.get("full_name")), fields.get("birth_date"))
        first = self.seen.get(key)
        if first is not None and plan.action != FAILED:
            field_name = {"organization": "registration_code", "support": "content",
                          **{name: names[0] for name, names in NATURAL_KEYS.items()}}.get(
                rt.name, "id_number" if fields.get("id_number") else "full_name")
            plan.issues.append(self._issue(mapping, plan.row, field_name, Issue(
                ERROR, field_name, "import_duplicate_row", {"sheet": first.sheet, "row": first.row})))
            plan.action = FAILED
        elif first is None and plan.action != FAILED:
            self.seen[key] = plan
        if plan.action != FAILED and plan.record_id and fields.get("organization_id") and \
                any(ref.target == rt.name for ref in REFERENCES.values()):
            self.file_records.setdefault((rt.name, fields["organization_id"]), {})[plan.record_id] = {
                **(matched or {}), **fields, "id": plan.record_id}
        if rt.name == "organization":
            code = fields.get("registration_code")
            if code and code not in self.file_orgs_by_code:
                self.file_orgs_by_code[code] = plan
            if fields.get("name"):
                self.file_orgs_by_name.setdefault(fold(fields["name"]), []).append(plan)

    # -- issues ------------------------------------------------------------------------------

    def _issue(self, mapping: ColumnMapping, row: int | None, field_name: str | None, issue: Issue) -> ImportIssue:
        column = None
        if field_name:
            keys = ("organization_code", "organization_name") if field_name == "organization_id" else (field_name,)
            column = next((c for k in keys if (c := mapping.column_of(k)) is not None), None)
        return ImportIssue(
            sheet=mapping.sheet, row=row,
            column=get_column_letter(column) if column else None,
            header=mapping.headers.get(column) if column else None,
            code=issue.code, message=issue.message(), severity=issue.level, params=dict(issue.params))


# Fields that identify a row: if one is unreadable the row cannot be matched safely.
_MATCH_FIELDS = frozenset({"id", "registration_code", "id_number", "full_name", "name", "content",
                           "decision_no", "birth_date", "organization_code", "organization_name"})


def _unique(issues: list[Issue]) -> list[Issue]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for issue in issues:
        key = (issue.level, issue.field, issue.code, tuple(sorted((k, str(v)) for k, v in issue.params.items())))
        if key not in seen:
            seen.add(key)
            out.append(issue)
    return out
