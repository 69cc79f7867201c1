"""Applying changes that came from another site, field by field.

Every incoming change is first appended to the local change log under its global name
(origin, origin_seq), so a change is applied at most once, and a district can pass its
communes' changes on to the province with their original owner and author.

Then, for the record it touches:
- the change had seen everything this site has (its vector covers the record's): it is
  laid over the record (fast-forward);
- this site had already seen it: nothing happens;
- otherwise the two sides edited concurrently: the record is recomputed from all of its
  changes. Per field, the changes that no other change had seen are the "heads"; one head
  gives the value; heads with different values are a conflict, shown with one
  deterministic value while the others are kept for a person to choose. An edit that the
  deleting side had not seen, against a deletion, is a conflict on the pseudo-field
  `_deleted`. The result depends only on the set of changes, never on their order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from kttt_desktop.core.clock import now_iso
from kttt_desktop.core.db.logs import AuditRow, ChangeRow, LogWriter
from kttt_desktop.core.records.codec import (
    DERIVED_COLUMNS,
    derived_columns,
    dump_value,
    to_column,
)
from kttt_desktop.core.records.fields import RECORD_TYPES, FieldKind, RecordType
from kttt_desktop.core.sync.change import DELETED, Change
from kttt_desktop.core.sync.store import SyncStore
from kttt_desktop.core.sync.versions import covers, has_seen, load_vv, merge

__all__ = ["DELETED", "OUTCOMES", "Change", "Counts", "Merger"]

OUTCOMES = ("new", "updated", "unchanged", "deleted", "conflicts", "rejected")


@dataclass
class Counts:
    """Per record type: what an import did (or would do), as the summary reports it."""

    by_type: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, record_type: str, outcome: str, n: int = 1) -> None:
        counts = self.by_type.setdefault(record_type, dict.fromkeys(OUTCOMES, 0))
        counts[outcome] += n

    def as_json(self) -> dict[str, dict[str, int]]:
        return {rtype: dict(counts) for rtype, counts in sorted(self.by_type.items())}


# System columns of a record created by a package, in the order `_new_row` fills them.
_NEW_ROW_SYSTEM = ("id", "owner", "version", "created_at", "created_by", "updated_at", "updated_by", "deleted", "vv")


def _new_row_columns(rt: RecordType) -> list[str]:
    return [*rt.field_names, *DERIVED_COLUMNS, *_NEW_ROW_SYSTEM]


def _new_row(rt: RecordType, change: Change, vv_text: str) -> tuple[Any, ...]:
    """The values of a record created by a package, in `_new_row_columns` order; a plain tuple,
    because a first import builds one per record (hundreds of thousands)."""
    fields = change.fields
    bools = rt.bool_fields
    derived = derived_columns(rt, fields)
    return (*[(int(bool(fields.get(name))) if name in bools else fields.get(name)) for name in rt.field_names],
            *[derived[name] for name in DERIVED_COLUMNS], change.record_id, change.owner, 1, change.at,
            change.officer, change.at, change.officer, 0, vv_text)

class Merger:
    """Applies incoming changes to one open database, inside the caller's transaction.

    Records are written through the registry's `RecordStore` and both logs through its
    `LogWriter`, as typed edits are: a merged change leaves the same kind of rows."""

    def __init__(self, store: SyncStore, logs: LogWriter, package_id: str | None) -> None:
        self.store = store
        self.records = store.records
        self.logs = logs
        self.package_id = package_id

    # --- the log ---------------------------------------------------------------------------

    def known(self, change: Change) -> bool:
        return self.store.is_known(change.origin, change.origin_seq)

    def _log_row(self, change: Change, version: int, vv_text: str) -> ChangeRow:
        """The change's entry here: numbered on arrival, under its own (origin, origin_seq)."""
        return ChangeRow(None, change.origin_seq, change.at, change.officer, change.origin, change.record_type,
                         change.record_id, change.owner, change.op, dump_value(change.fields), version, None,
                         vv_text, self.package_id)

    def _append(self, change: Change, version: int) -> None:
        self.logs.change(self._log_row(change, version, dump_value(change.vv)))

    def _history(self, record_type: str, record_id: str) -> list[Change]:
        return self.store.history(record_type, record_id)

    def _row(self, rt: RecordType, record_id: str) -> dict[str, Any] | None:
        return self.records.row(rt.name, record_id)

    # --- applying --------------------------------------------------------------------------

    def apply(self, change: Change) -> str:
        """Apply one change; returns its outcome (one of OUTCOMES). A preview runs the same
        code inside a transaction that is rolled back, so its counts are the import's."""
        if self.known(change):
            return "unchanged"
        rt = RECORD_TYPES[change.record_type]
        row = self._row(rt, change.record_id)
        if row is None:
            if change.op != "create":
                # Its record has not arrived yet: kept in the log, applied with the creation.
                self._append(change, 0)
                return "updated"
            self._append(change, 1)
            self._insert(rt, change)
            if len(self._history(rt.name, change.record_id)) > 1:
                inserted = self._row(rt, change.record_id)
                assert inserted is not None  # just inserted
                self._recompute(rt, inserted, change)
            return "new"
        local = load_vv(row["vv"])
        if covers(local, change.vv):
            self._append(change, row["version"])
            return "unchanged"
        outcome = "deleted" if change.op == "delete" else "updated"
        self._append(change, row["version"] + 1)
        if covers(change.vv, local):
            self._fast_forward(rt, row, change)
            return outcome
        return "conflicts" if self._recompute(rt, row, change) else outcome

    def apply_many(self, changes: list[Change], known: set[tuple[str, int]] | None = None) -> list[str]:
        """Outcomes of a run of changes from one package, in order.

        Creations of records this site has never heard of — nearly all of a first package —
        are written in bulk (one statement per table); everything else takes `apply`.
        The result is the same as applying one by one. `known` is `known_keys(changes)` when
        the caller has it already.
        """
        if known is None:
            known = self.known_keys(changes)
        heard_of = self._heard_of(changes)
        fresh: list[int] = []
        fresh_ids: set[str] = set()
        for index, change in enumerate(changes):
            if (change.op == "create" and change.key_in_log not in known and change.record_id not in heard_of
                    and change.record_id not in fresh_ids):
                fresh.append(index)
                fresh_ids.add(change.record_id)
        self._insert_many([changes[i] for i in fresh])
        outcomes = dict.fromkeys(fresh, "new")
        return [outcomes.get(i) or self.apply(change) for i, change in enumerate(changes)]

    def known_keys(self, changes: list[Change]) -> set[tuple[str, int]]:
        """The (origin, origin_seq) of those changes that this site already has."""
        known: set[tuple[str, int]] = set()
        by_origin: dict[str, list[int]] = {}
        for change in changes:
            by_origin.setdefault(change.origin, []).append(change.origin_seq)
        for origin, numbers in by_origin.items():
            known.update(self.store.known_numbers(origin, numbers))
        return known

    def _heard_of(self, changes: list[Change]) -> set[str]:
        """Record ids this site already has, or has changes for that wait for their creation
        (logged with version 0, found through a small partial index)."""
        ids_by_type: dict[str, list[str]] = {}
        for change in changes:
            ids_by_type.setdefault(change.record_type, []).append(change.record_id)
        found: set[str] = set()
        for rtype, ids in ids_by_type.items():
            found.update(self.store.heard_of(rtype, ids))
        return found

    def _insert_many(self, creations: list[Change]) -> None:
        if not creations:
            return
        vectors = {id(c): dump_value(c.vv) for c in creations}
        self.logs.changes([self._log_row(c, 1, vectors[id(c)]) for c in creations])
        by_type: dict[str, list[Change]] = {}
        for change in creations:
            by_type.setdefault(change.record_type, []).append(change)
        for rtype, group in by_type.items():
            rt = RECORD_TYPES[rtype]
            self.records.insert_rows(rt.name, _new_row_columns(rt), [_new_row(rt, c, vectors[id(c)]) for c in group])

    def _insert(self, rt: RecordType, change: Change) -> None:
        self.records.insert_rows(rt.name, _new_row_columns(rt), [_new_row(rt, change, dump_value(change.vv))])

    def _fast_forward(self, rt: RecordType, row: dict[str, Any], change: Change) -> None:
        touched = change.touched(rt)
        state = {name: row[name] for name in rt.field_names}
        deleted = _tombstone_of(row)
        for name, value in touched.items():
            if name == DELETED:
                deleted = value if (value and value["deleted"]) else None
            else:
                state[name] = _stored(rt, name, value)
        self._write(rt, row, state, deleted, merge(load_vv(row["vv"]), change.vv), change)
        self._close_conflicts(rt.name, change.record_id, set(touched) | ({DELETED} if change.op != "create" else set()),
                              keep=set())

    def _heads(self, rt: RecordType, history: list[Change]) -> dict[str, list[tuple[Change, Any]]]:
        """Per field, the changes no other change touching that field had seen."""
        touching: dict[str, list[tuple[Change, Any]]] = {}
        for change in history:
            for name, value in change.touched(rt).items():
                touching.setdefault(name, []).append((change, value))
        heads: dict[str, list[tuple[Change, Any]]] = {}
        for name, candidates in touching.items():
            heads[name] = [(c, v) for c, v in candidates
                           if not any(o is not c and has_seen(o.vv, c.origin, c.number) for o, _ in candidates)]
        return heads

    def _resolve_state(self, rt: RecordType,
                       history: list[Change]) -> tuple[dict[str, Any], dict[str, Any] | None, dict[str, list[Any]]]:
        """The record's fields, tombstone and open conflicts, from its whole history."""
        heads = self._heads(rt, history)
        state: dict[str, Any] = {}
        conflicts: dict[str, list[Any]] = {}
        for name in rt.field_names:
            field_heads = heads.get(name, [])
            if not field_heads:
                state[name] = None
                continue
            winner = max(field_heads, key=lambda cv: cv[0].key)
            state[name] = _stored(rt, name, winner[1])
            if len({json.dumps(v, sort_keys=True) for _, v in field_heads}) > 1:
                conflicts[name] = field_heads
        deleted = None
        delete_heads = [(c, v) for c, v in heads.get(DELETED, []) if v is not None]
        if delete_heads:
            winner = max(delete_heads, key=lambda cv: cv[0].key)
            deleted = winner[1] if winner[1]["deleted"] else None
            if len({bool(v["deleted"]) for _, v in delete_heads}) > 1:
                conflicts[DELETED] = delete_heads
            if deleted is not None:
                # An edit the deleting side had not seen fights the deletion.
                tomb = winner[0]
                unseen = [c for c in history if c.op in ("update", "restore")
                          and not has_seen(tomb.vv, c.origin, c.number) and not has_seen(c.vv, *tomb.key)]
                if unseen:
                    latest = max(unseen, key=lambda c: c.key)
                    conflicts[DELETED] = [(tomb, winner[1]), (latest, {"deleted": False, "edit": latest.fields,
                                                                       "at": latest.at, "by": latest.officer})]
        return state, deleted, conflicts

    def _recompute(self, rt: RecordType, row: dict[str, Any], incoming: Change) -> bool:
        """Rebuild the record from its history; True if a new conflict was opened."""
        history = self._history(rt.name, incoming.record_id)
        state, deleted, conflicts = self._resolve_state(rt, history)
        vv: dict[str, int] = {}
        for change in history:
            vv = merge(vv, change.vv)
        self._write(rt, row, state, deleted, vv, incoming)
        opened = False
        for name, field_heads in conflicts.items():
            opened |= self._open_conflict(rt.name, incoming.record_id, name, field_heads, incoming)
        self._close_conflicts(rt.name, incoming.record_id, set(rt.field_names) | {DELETED}, keep=set(conflicts))
        return opened

    def _write(self, rt: RecordType, row: dict[str, Any], state: dict[str, Any], deleted: dict[str, Any] | None,
               vv: dict[str, int], change: Change) -> None:
        changed = {n: v for n, v in state.items() if row[n] != v}
        columns: dict[str, Any] = dict(changed)
        columns.update(derived_columns(rt, {n: _json(rt, n, v) for n, v in state.items()}))
        was_deleted = bool(row["deleted"])
        if deleted is not None:
            columns.update({"deleted": 1, "deleted_at": deleted.get("at"), "deleted_by": deleted.get("by"),
                            "delete_reason": deleted.get("reason"), "deleted_with": deleted.get("with")})
        elif was_deleted:
            columns.update({"deleted": 0, "deleted_at": None, "deleted_by": None, "delete_reason": None,
                            "deleted_with": None})
        columns.update({"vv": dump_value(vv), "version": row["version"] + 1, "updated_at": change.at,
                        "updated_by": change.officer})
        self.records.update_columns(rt.name, row["id"], columns)
        self.logs.audit_fields(change.at, change.officer, change.origin, "update", change.record_type,
                               change.record_id, [(name, _json(rt, name, row[name]), _json(rt, name, value))
                                                  for name, value in changed.items()], package=self.package_id)
        if (deleted is not None) != was_deleted:
            reason = deleted.get("reason") if deleted else change.fields.get("reason")
            self.logs.audit([AuditRow(change.at, change.officer, change.origin,
                                      "delete" if deleted is not None else "restore", change.record_type,
                                      change.record_id, None, dump_value(None), dump_value(reason),
                                      package=self.package_id)])

    # --- conflicts -------------------------------------------------------------------------

    def _open_conflict(self, record_type: str, record_id: str, name: str,
                       field_heads: list[tuple[Change, Any]], incoming: Change) -> bool:
        heads = sorted(({"origin": c.origin, "number": c.number, "origin_seq": c.origin_seq, "value": v,
                         "at": c.at, "officer": c.officer, "incoming": c.key == incoming.key}
                        for c, v in field_heads), key=lambda h: (h["origin"], h["number"]))
        signature = [(h["origin"], h["number"]) for h in heads]
        for existing in self.store.open_conflicts_on(record_type, record_id, name):
            if existing.signature == signature:
                return False
            self.store.supersede_conflict(existing.id, now_iso())
        self.store.add_conflict(record_type, record_id, name, heads, now_iso())
        return True

    def _close_conflicts(self, record_type: str, record_id: str, fields: set[str], keep: set[str]) -> None:
        for name in fields - keep:
            self.store.close_conflicts(record_type, record_id, name, now_iso())


def _tombstone_of(row: dict[str, Any]) -> dict[str, Any] | None:
    if not row["deleted"]:
        return None
    return {"deleted": True, "reason": row["delete_reason"], "with": row["deleted_with"],
            "at": row["deleted_at"], "by": row["deleted_by"]}


def _stored(rt: RecordType, name: str, value: Any) -> Any:
    """Storage form; an absent flag is false (creations travel without their false flags)."""
    if value is None and name in rt.bool_fields:
        return 0
    return to_column(rt, name, value)


def _json(rt: RecordType, name: str, value: Any) -> Any:
    if value is not None and rt.field(name).kind == FieldKind.BOOL:
        return bool(value)
    return value

