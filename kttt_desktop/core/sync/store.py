"""Sync's storage: the statements on the key, peer, progress, package and conflict tables,
on the change log as sync reads it, and on the refusals kept among the settings.

Everything above this module (`service`, `merge`, `authority`, the window and `kttt`) gets
frozen dataclasses back, never rows; every write happens inside the caller's transaction
(`Registry.batch`). Record rows themselves are read and written through the registry's
`RecordStore`, and the two logs through its `LogWriter`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from kttt_desktop.core.db import transaction
from kttt_desktop.core.db.records import RecordStore
from kttt_desktop.core.records.codec import dump_value
from kttt_desktop.core.records.fields import RECORD_TYPES
from kttt_desktop.core.sync.change import LOG_COLUMNS, Change
from kttt_desktop.core.sync.keys import PublicKeys, SiteKeys

_CHUNK = 900  # ids per statement, under SQLite's default limit of bound parameters


# --- what the tables hold ------------------------------------------------------------------------

@dataclass(frozen=True)
class Peer:
    """A site this one exchanges packages with: its upper level, or a site below it."""

    unit_code: str
    name: str
    level: str
    role: str  # "upper" or "lower"
    public_keys: PublicKeys

    @property
    def fingerprint(self) -> str:
        return self.public_keys.fingerprint()


@dataclass(frozen=True)
class PeerProgress:
    """How far this site has applied a peer's change log without a gap, where the next
    package to it starts, and how far it has confirmed this site's log."""

    applied_upto: int = 0
    export_from: int = 0
    acknowledged_upto: int = 0


@dataclass(frozen=True)
class SentPackage:
    """A package this site wrote, numbered per receiver."""

    receiver: str
    package_no: int
    package_id: str
    kind: str
    from_seq: int
    to_seq: int
    items: int
    file_name: str | None
    created_at: str


@dataclass(frozen=True)
class SentSummary:
    """Packages sent to one peer: how many, how many it confirmed, and how far they reach."""

    count: int = 0
    acknowledged: int = 0
    sent_upto: int = 0


@dataclass(frozen=True)
class ReceivedPackage:
    """A package from a peer: applied, or held until the ones before it arrive."""

    sender: str
    package_no: int
    package_id: str
    kind: str
    from_seq: int
    to_seq: int
    status: str  # "applied" or "held"
    held_path: str | None
    summary: str | None  # JSON of its counts, for an applied one
    received_at: str
    sender_fingerprint: str | None = None  # the keys that signed it (None: received before they were kept)


@dataclass(frozen=True)
class StoredConflict:
    """An open conflict: the field and the concurrent values ("heads") that fight over it."""

    id: int
    record_type: str
    record_id: str
    field: str
    heads: tuple[dict[str, Any], ...]
    created_at: str

    @property
    def signature(self) -> list[tuple[str, int]]:
        """The heads by (origin, number): the same conflict found again has the same one."""
        return [(h["origin"], h["number"]) for h in self.heads]


@dataclass(frozen=True)
class Refusal:
    """One refused package of a sender proven by its signature, as remembered."""

    at: str
    file: str
    package_no: int | None
    package_id: str | None
    code: str
    params: dict[str, Any]

    @classmethod
    def from_json(cls, entry: dict[str, Any]) -> Refusal:
        return cls(entry["at"], entry["file"], entry.get("package_no"), entry.get("package_id"), entry["code"],
                   entry["params"])


@dataclass(frozen=True)
class RefusalLog:
    """How many packages from one sender were refused, and the last few, newest first."""

    count: int = 0
    last: tuple[Refusal, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"count": self.count, "last": [asdict(entry) for entry in self.last]}


@dataclass(frozen=True)
class ExportScope:
    """Which part of the change log a package carries: the entries in (after_seq, upto_seq]
    that concern `receiver`."""

    receiver: str
    after_seq: int
    upto_seq: int
    downward: bool  # to a lower site: only what concerns it
    full: bool  # a full package re-seeds a reinstalled site: echoes included


def _refusal_key(unit_code: str) -> str:
    return f"sync_refused_from_{unit_code}"


class SyncStore:
    """Sync's tables in one open database (the registry's connection)."""

    def __init__(self, records: RecordStore) -> None:
        self.records = records
        self.conn = records.conn

    def defer_foreign_keys(self) -> None:
        transaction.defer_foreign_keys(self.conn)

    # --- keys and peers ----------------------------------------------------------------------

    def site_keys(self) -> SiteKeys | None:
        row = self.conn.execute("SELECT keys FROM site_keys WHERE singleton = 1").fetchone()
        return SiteKeys.from_json(json.loads(row[0])) if row else None

    def add_site_keys(self, keys: SiteKeys, at: str) -> None:
        """The keys of a new site (refused if it has some already)."""
        self.conn.execute("INSERT INTO site_keys (singleton, keys, created_at) VALUES (1, ?, ?)",
                          (json.dumps(keys.to_json()), at))

    def save_site_keys(self, keys: SiteKeys, at: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO site_keys (singleton, keys, created_at) VALUES (1, ?, ?)",
                          (json.dumps(keys.to_json()), at))

    def keys_towards(self, unit_code: str) -> SiteKeys | None:
        """The keys this site uses with a peer, when its set-up file gave them (an upper level)."""
        row = self.conn.execute("SELECT own_keys FROM peer WHERE unit_code = ?", (unit_code,)).fetchone()
        return SiteKeys.from_json(json.loads(row[0])) if row and row[0] else None

    def peers(self) -> list[Peer]:
        """Every peer, the upper level first."""
        rows = self.conn.execute(
            "SELECT unit_code, name, level, role, public_keys FROM peer ORDER BY role DESC, unit_code").fetchall()
        return [Peer(code, name, level, role, PublicKeys.from_json(json.loads(keys)))
                for code, name, level, role, keys in rows]

    def add_peer(self, peer: Peer, own_keys: SiteKeys | None, at: str) -> None:
        """Add (or replace) a peer, with the keys this site uses with it if they differ from its own."""
        self.conn.execute(
            "INSERT OR REPLACE INTO peer (unit_code, name, level, role, public_keys, fingerprint, own_keys, "
            "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (peer.unit_code, peer.name, peer.level, peer.role, json.dumps(peer.public_keys.to_json()),
             peer.fingerprint, json.dumps(own_keys.to_json()) if own_keys else None, at))
        self._ensure_progress(peer.unit_code)

    # --- progress ------------------------------------------------------------------------------

    def _ensure_progress(self, unit_code: str) -> None:
        self.conn.execute("INSERT OR IGNORE INTO peer_progress (unit_code) VALUES (?)", (unit_code,))

    def progress(self, unit_code: str) -> PeerProgress:
        row = self.conn.execute("SELECT applied_upto, export_from, acknowledged_upto FROM peer_progress "
                                "WHERE unit_code = ?", (unit_code,)).fetchone()
        return PeerProgress(*row) if row else PeerProgress()

    def advance_applied(self, sender: str, upto: int) -> None:
        self.conn.execute("UPDATE peer_progress SET applied_upto = max(applied_upto, ?) WHERE unit_code = ?",
                          (upto, sender))

    def advance_export(self, receiver: str, upto: int) -> None:
        self.conn.execute("UPDATE peer_progress SET export_from = max(export_from, ?) WHERE unit_code = ?",
                          (upto, receiver))

    # --- packages sent -------------------------------------------------------------------------

    def next_package_no(self, receiver: str) -> int:
        return int(self.conn.execute("SELECT coalesce(max(package_no), 0) FROM package_sent WHERE receiver = ?",
                                     (receiver,)).fetchone()[0]) + 1

    def record_sent(self, package: SentPackage) -> None:
        self.conn.execute(
            "INSERT INTO package_sent (receiver, package_no, package_id, kind, from_seq, to_seq, items, file_name, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (package.receiver, package.package_no, package.package_id, package.kind, package.from_seq,
             package.to_seq, package.items, package.file_name, package.created_at))

    def apply_receipt(self, sender: str, receipt: dict[str, Any], at: str) -> None:
        """A receiver's signed receipt for one of this site's packages."""
        # Only a receipt that says "applied" acknowledges; a "held" one still reports what is missing.
        self.conn.execute(
            "UPDATE package_sent SET receipt = ?, acknowledged_at = CASE WHEN ? = 'applied' "
            "THEN coalesce(acknowledged_at, ?) ELSE acknowledged_at END WHERE receiver = ? AND package_id = ?",
            (dump_value(receipt), receipt.get("status"), at, sender, receipt.get("for_package_id")))
        self.conn.execute(
            "UPDATE peer_progress SET acknowledged_upto = max(acknowledged_upto, ?) WHERE unit_code = ?",
            (int(receipt.get("applied_upto") or 0), sender))
        if receipt.get("missing") or receipt.get("status") == "held":
            # Start the next package where the receiver's gap-free progress ends.
            self.conn.execute("UPDATE peer_progress SET export_from = min(export_from, ?) WHERE unit_code = ?",
                              (int(receipt.get("applied_upto") or 0), sender))

    def sent_summary(self, receiver: str) -> SentSummary:
        return SentSummary(*self.conn.execute(
            "SELECT count(*), count(acknowledged_at), coalesce(max(to_seq), 0) FROM package_sent WHERE receiver = ?",
            (receiver,)).fetchone())

    def last_receipt(self, receiver: str) -> dict[str, Any] | None:
        """The receipt of the newest package the peer has answered."""
        row = self.conn.execute(
            "SELECT receipt FROM package_sent WHERE receiver = ? AND receipt IS NOT NULL "
            "ORDER BY package_no DESC LIMIT 1", (receiver,)).fetchone()
        return json.loads(row[0]) if row else None

    # --- packages received ---------------------------------------------------------------------

    def record_received(self, package: ReceivedPackage) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO package_received (sender, package_no, package_id, kind, from_seq, to_seq, "
            "status, held_path, summary, received_at, sender_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (package.sender, package.package_no, package.package_id, package.kind, package.from_seq,
             package.to_seq, package.status, package.held_path, package.summary, package.received_at,
             package.sender_fingerprint))
        self._ensure_progress(package.sender)

    def received_status(self, package_id: str) -> str | None:
        row = self.conn.execute("SELECT status FROM package_received WHERE package_id = ?", (package_id,)).fetchone()
        return row[0] if row else None

    def received_number(self, sender: str, package_no: int) -> tuple[str, str | None] | None:
        """The id of the package a sender numbered `package_no` and the fingerprint of the keys
        that signed it, if one came."""
        row = self.conn.execute("SELECT package_id, sender_fingerprint FROM package_received "
                                "WHERE sender = ? AND package_no = ?", (sender, package_no)).fetchone()
        return (row[0], row[1]) if row else None

    def received_numbers(self, sender: str) -> dict[int, str]:
        """Package number → status of everything received from `sender`."""
        return dict(self.conn.execute("SELECT package_no, status FROM package_received WHERE sender = ?",
                                      (sender,)).fetchall())

    def held_numbers(self, sender: str) -> list[int]:
        return [no for (no,) in self.conn.execute(
            "SELECT package_no FROM package_received WHERE sender = ? AND status = 'held' ORDER BY package_no",
            (sender,))]

    def applied_count(self, sender: str) -> int:
        return int(self.conn.execute("SELECT count(*) FROM package_received WHERE sender = ? AND status = 'applied'",
                                     (sender,)).fetchone()[0])

    def next_held(self, sender: str, applied_upto: int) -> str | None:
        """The file of the first held package from `sender` that the applied range reaches."""
        row = self.conn.execute(
            "SELECT held_path FROM package_received WHERE sender = ? AND status = 'held' AND from_seq <= ? "
            "ORDER BY from_seq LIMIT 1", (sender, applied_upto)).fetchone()
        return row[0] if row else None

    def forget_held(self, sender: str, held_path: str) -> None:
        self.conn.execute("DELETE FROM package_received WHERE sender = ? AND held_path = ? AND status = 'held'",
                          (sender, held_path))

    # --- the change log, as packages read it ---------------------------------------------------

    @staticmethod
    def _export_where(scope: ExportScope) -> tuple[str, tuple[Any, ...]]:
        clauses: list[str] = []
        params: tuple[Any, ...] = ()
        if not scope.full:
            # Never echo back what came from the receiver (made there, or passed on by it); a full
            # package re-seeds a reinstalled site, so it carries the site's own changes too.
            clauses.append("origin != ? AND (package IS NULL OR package NOT IN "
                           "(SELECT package_id FROM package_received WHERE sender = ?))")
            params += (scope.receiver, scope.receiver)
        if scope.downward:
            # Downward only what concerns the lower site: its own records and those it sent up
            # (a district passes its communes' records up, and their corrections back down).
            clauses.append("(owner = ? OR record_id IN (SELECT c.record_id FROM change_log c "
                           "JOIN package_received p ON c.package = p.package_id WHERE p.sender = ?))")
            params += (scope.receiver, scope.receiver)
        return " AND ".join(clauses) or "1", params

    def export_total(self, scope: ExportScope) -> int:
        where, params = self._export_where(scope)
        return int(self.conn.execute(f"SELECT count(*) FROM change_log WHERE seq > ? AND seq <= ? AND {where}",
                                     (scope.after_seq, scope.upto_seq, *params)).fetchone()[0])

    def export_counts(self, scope: ExportScope) -> dict[str, dict[str, int]]:
        """Per record type and operation, how many changes the package carries."""
        where, params = self._export_where(scope)
        counts: dict[str, dict[str, int]] = {}
        for rtype, op, n in self.conn.execute(
                f"SELECT record_type, op, count(*) FROM change_log WHERE seq > ? AND seq <= ? AND {where} "
                "GROUP BY record_type, op", (scope.after_seq, scope.upto_seq, *params)):
            counts.setdefault(rtype, {})[op] = n
        return counts

    def export_changes(self, scope: ExportScope) -> Iterator[Change]:
        """The package's changes, streamed in log order."""
        where, params = self._export_where(scope)
        sql = (f"SELECT seq, {LOG_COLUMNS} FROM change_log WHERE seq > ? AND seq <= ? AND {where} ORDER BY seq")
        for row in self.conn.execute(sql, (scope.after_seq, scope.upto_seq, *params)):
            yield Change.from_log_row(row[1:])

    def last_change_to(self, record_type: str, record_id: str, origin: str) -> int | None:
        """The log number of `origin`'s latest change to a record."""
        seq: int | None = self.conn.execute(
            "SELECT max(seq) FROM change_log WHERE record_type = ? AND record_id = ? AND origin = ?",
            (record_type, record_id, origin)).fetchone()[0]
        return seq

    def keep_sequence_past(self, origin: str) -> None:
        """Let the log's numbering continue after `origin`'s own changes: a reinstalled site
        that got its own old changes back must not reuse their numbers."""
        own = self.conn.execute("SELECT max(origin_seq) FROM change_log WHERE origin = ?",
                                (origin,)).fetchone()[0] or 0
        self.conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'change_log'", (own,))

    # --- the change log, as merges read it -----------------------------------------------------

    def is_known(self, origin: str, origin_seq: int) -> bool:
        return self.conn.execute("SELECT 1 FROM change_log WHERE origin = ? AND origin_seq = ?",
                                 (origin, origin_seq)).fetchone() is not None

    def known_numbers(self, origin: str, numbers: list[int]) -> set[tuple[str, int]]:
        """(origin, origin_seq) of those of `origin`'s numbers the log already has."""
        known: set[tuple[str, int]] = set()
        newest = self.conn.execute("SELECT max(origin_seq) FROM change_log WHERE origin = ?", (origin,)).fetchone()[0]
        if newest is None or newest < min(numbers):
            return known  # the usual case: all of it is new here
        for start in range(0, len(numbers), _CHUNK):
            chunk = numbers[start:start + _CHUNK]
            known.update(self.conn.execute(
                f"SELECT origin, origin_seq FROM change_log WHERE origin = ? AND origin_seq IN "
                f"({','.join('?' * len(chunk))})", (origin, *chunk)).fetchall())
        return known

    def history(self, record_type: str, record_id: str) -> list[Change]:
        """Every logged change to one record, in log order."""
        rows = self.conn.execute(
            f"SELECT {LOG_COLUMNS} FROM change_log WHERE record_type = ? AND record_id = ? ORDER BY seq",
            (record_type, record_id)).fetchall()
        return [Change.from_log_row(row) for row in rows]

    def heard_of(self, record_type: str, ids: list[str]) -> set[str]:
        """Those ids of records this site has, or has changes for that wait for their creation
        (logged with version 0, found through a small partial index)."""
        found: set[str] = set()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.conn.execute(f"SELECT id FROM {record_type} WHERE id IN ({marks})",
                                                         chunk))
            found.update(r[0] for r in self.conn.execute(
                f"SELECT record_id FROM change_log WHERE version = 0 AND record_id IN ({marks})", chunk))
        return found

    # --- the change log, as the authority reads it ---------------------------------------------

    def first_sender_of_unit(self, unit: str) -> str | None:
        """The peer through which the first change of `unit` arrived, if any did; else the one
        that brought the first record owned by `unit` (an area's data entered for a commune)."""
        row = self.conn.execute(
            "SELECT p.sender FROM change_log c JOIN package_received p ON p.package_id = c.package "
            "WHERE c.origin = ? AND c.package IS NOT NULL ORDER BY c.origin_seq LIMIT 1", (unit,)).fetchone()
        if row is None:
            for rtype in RECORD_TYPES:
                found = self.conn.execute(f"SELECT id FROM {rtype} WHERE owner = ? LIMIT 1", (unit,)).fetchone()
                if found is not None:
                    row = self.conn.execute(
                        "SELECT p.sender FROM change_log c JOIN package_received p ON p.package_id = c.package "
                        "WHERE c.record_type = ? AND c.record_id = ? AND c.package IS NOT NULL ORDER BY c.seq "
                        "LIMIT 1", (rtype, found[0])).fetchone()
                    break
        return row[0] if row else None

    def log_entries(self, record_type: str, ids: list[str]) -> Iterator[tuple[str, str, str, str]]:
        """(record id, owner, op, vector) of every logged change to those records."""
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            yield from self.conn.execute(
                f"SELECT record_id, owner, op, vv FROM change_log WHERE record_type = ? AND record_id IN "
                f"({','.join('?' * len(chunk))})", (record_type, *chunk))

    def organization_owners(self, ids: list[str]) -> dict[str, str]:
        owners: dict[str, str] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            owners.update(self.conn.execute(
                f"SELECT id, owner FROM organization WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return owners

    # --- conflicts -----------------------------------------------------------------------------

    def open_conflicts(self) -> list[StoredConflict]:
        return [StoredConflict(cid, rtype, rid, name, tuple(json.loads(heads)), created)
                for cid, rtype, rid, name, heads, created in self.conn.execute(
                    "SELECT id, record_type, record_id, field, heads, created_at FROM conflict "
                    "WHERE resolved_at IS NULL ORDER BY id")]

    def open_conflicts_on(self, record_type: str, record_id: str, field: str) -> list[StoredConflict]:
        return [StoredConflict(cid, record_type, record_id, field, tuple(json.loads(heads)), created)
                for cid, heads, created in self.conn.execute(
                    "SELECT id, heads, created_at FROM conflict WHERE record_type = ? AND record_id = ? "
                    "AND field = ? AND resolved_at IS NULL", (record_type, record_id, field)).fetchall()]

    def add_conflict(self, record_type: str, record_id: str, field: str, heads: list[dict[str, Any]],
                     at: str) -> None:
        self.conn.execute("INSERT INTO conflict (record_type, record_id, field, heads, created_at) "
                          "VALUES (?, ?, ?, ?, ?)", (record_type, record_id, field, dump_value(heads), at))

    def supersede_conflict(self, conflict_id: int, at: str) -> None:
        self.conn.execute("UPDATE conflict SET resolved_at = ?, resolution = 'superseded' WHERE id = ?",
                          (at, conflict_id))

    def close_conflicts(self, record_type: str, record_id: str, field: str, at: str) -> None:
        """A later change settled the field: its open conflicts are superseded."""
        self.conn.execute(
            "UPDATE conflict SET resolved_at = ?, resolution = coalesce(resolution, 'superseded') "
            "WHERE record_type = ? AND record_id = ? AND field = ? AND resolved_at IS NULL",
            (at, record_type, record_id, field))

    def resolve_conflict(self, conflict_id: int, at: str, officer: str | None, take: str) -> None:
        self.conn.execute("UPDATE conflict SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
                          (at, officer, take, conflict_id))

    # --- refusals, among the settings ----------------------------------------------------------

    def refusals(self, sender: str) -> RefusalLog:
        text = self.records.setting(_refusal_key(sender))
        if not text:
            return RefusalLog()
        stored = json.loads(text)
        return RefusalLog(stored["count"], tuple(Refusal.from_json(entry) for entry in stored["last"]))

    def save_refusals(self, sender: str, log: RefusalLog) -> None:
        self.records.set_setting(_refusal_key(sender), dump_value(log.as_json()))

