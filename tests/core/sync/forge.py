"""Packages a hostile officer could make: written by the program's own package writer and
signed with the keys the site holds in its own database, holding whatever the officer chose."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kttt_desktop.core.db.migrations import latest_version
from kttt_desktop.core.records.fields import RECORD_TYPES
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.sync import container, service

NOW = "2026-11-26T09:00:00+07:00"


class RawLine(dict):
    """A payload line written exactly as given (JSON the writer itself would never make)."""

    def __init__(self, line: bytes) -> None:
        super().__init__()
        self.line = line


def change(origin: str, origin_seq: Any, record_type: str, record_id: str, owner: str, op: str = "update",
           fields: Any = None, vv: Any = None, **overrides: Any) -> dict[str, Any]:
    """One change item as packages carry it; `vv` defaults to a first change by `origin`."""
    item = {"origin": origin, "origin_seq": origin_seq, "at": NOW, "officer": "Cán bộ xã", "record_type": record_type,
            "record_id": record_id, "owner": owner, "op": op, "fields": {} if fields is None else fields,
            "vv": {origin: 1} if vv is None else vv}
    item.update(overrides)
    return item


def _counts(items: list[Any]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for item in items:
        record_type, op = item.get("record_type"), item.get("op")
        if record_type in RECORD_TYPES and op in ("create", "update", "delete", "restore"):
            by_op = counts.setdefault(record_type, {})
            by_op[op] = by_op.get(op, 0) + 1
    return counts


def package(registry: Registry, items: list[Any], folder: Path, to: str | None = None,
            edit: Callable[[dict[str, Any]], None] | None = None, **manifest: Any) -> Path:
    """A package from `registry`'s site to its upper level (or to the lower site `to`),
    numbered after what the site has sent, declaring `items` in its counts; `manifest` and
    `edit` change the manifest before it is signed."""
    site = registry.require_site()
    receiver = service.peer(registry, to) if to else service.upper_peer(registry)
    assert receiver is not None
    keys = service.keys_for(registry, receiver)
    number, last = registry.conn.execute(
        "SELECT coalesce(max(package_no), 0), coalesce(max(to_seq), 0) FROM package_sent WHERE receiver = ?",
        (receiver.unit_code,)).fetchone()
    own = [i["origin_seq"] for i in items if i.get("origin") == site.unit_code
           and type(i.get("origin_seq")) is int and 0 < i["origin_seq"] < 2**53]
    document: dict[str, Any] = {
        "kind": "changes" if receiver.role == "upper" else "correction", "package_id": uuid.uuid4().hex,
        "package_no": number + 1, "schema_version": latest_version(), "created_at": NOW,
        "sender": {"unit_code": site.unit_code, "name": site.name, "level": site.level, "officer": "Cán bộ xã",
                   "fingerprint": keys.public().fingerprint()},
        "receiver": {"unit_code": receiver.unit_code, "name": receiver.name},
        "from_seq": last, "to_seq": max([last, registry.last_change_seq(), *own]), "counts": _counts(items)}
    document.update(manifest)
    if edit is not None:
        edit(document)
    path = folder / f"goi-{uuid.uuid4().hex[:12]}.kttt"
    original = container._encode_line

    def encode(item: dict[str, Any]) -> bytes:
        if isinstance(item, RawLine):
            return item.line
        try:
            return original(item)
        except TypeError:  # numbers beyond 64 bits: another JSON writer writes them
            return json.dumps(item, ensure_ascii=False).encode() + b"\n"

    container._encode_line = encode
    try:
        container.write_package(path, document, iter(items), keys, receiver.public_keys)
    finally:
        container._encode_line = original
    return path


def dump(registry: Registry) -> list[tuple[str, list[str]]]:
    """Every row of every table, except the note of refused packages that a refusal adds: what
    "nothing written" compares."""
    conn = registry.conn
    out = []
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
        rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
        if name == "setting":
            rows = [row for row in rows if not str(row[0]).startswith("sync_refused_from_")]
        out.append((name, sorted(map(repr, rows))))
    out.append(("schema", sorted(map(repr, conn.execute("SELECT type, name, sql FROM sqlite_master")))))
    return out


def digest(path: Path) -> str:
    """The database file's bytes, write-ahead log included (where recent writes live)."""
    hashed = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        hashed.update(wal.read_bytes())
    return hashed.hexdigest()
