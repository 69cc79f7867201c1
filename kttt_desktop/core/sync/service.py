"""Sync between levels: set-up files, export, import (with preview), receipts, conflicts.

Everything here works on an open `Registry`; the window and the `kttt` command reach it
through `registry.sync` (`SyncManager`) and show the same coded messages. What sync keeps in
the database is read and written by `SyncStore` (`registry.sync.store`), never here.

Packages from one sender are applied in the order of that sender's change log: a
package that starts after a gap is *held* (kept on disk, named in the receipt), and
applied by itself once the gap is filled. A receipt says how far the receiver has applied
the sender's log without a gap, so the sender's next export starts there and carries
whatever went missing. Changes are known by (origin, origin_seq), so carrying one twice is
harmless.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kttt_desktop.core import units
from kttt_desktop.core.canonical_json import canonical_json
from kttt_desktop.core.changes import Changes
from kttt_desktop.core.clock import now_iso
from kttt_desktop.core.db.backup import backup_folder, backup_name, backup_to
from kttt_desktop.core.db.migrations import latest_version
from kttt_desktop.core.db.records import Site
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.files import discard, write_private
from kttt_desktop.core.formats import format_time
from kttt_desktop.core.messages import texts
from kttt_desktop.core.plan import targets
from kttt_desktop.core.progress import Progress
from kttt_desktop.core.records.codec import dump_value
from kttt_desktop.core.records.fields import RECORD_TYPES, TEXT_MAX_LENGTH
from kttt_desktop.core.records.validation import check_text_value
from kttt_desktop.core.sync import container, shape
from kttt_desktop.core.sync.authority import Authority, Forbidden
from kttt_desktop.core.sync.keys import PublicKeys, SiteKeys, verify
from kttt_desktop.core.sync.merge import DELETED, Counts, Merger
from kttt_desktop.core.sync.store import (
    ExportScope,
    Peer,
    ReceivedPackage,
    Refusal,
    RefusalLog,
    SentPackage,
)

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

SETUP_FORMAT = "kttt-setup"


# --- keys and peers ----------------------------------------------------------------------------

def site_keys(registry: Registry) -> SiteKeys:
    """This site's keys, made the first time they are needed."""
    keys = registry.sync.store.site_keys()
    if keys is not None:
        return keys
    keys = SiteKeys.generate()
    with registry.batch():
        registry.sync.store.save_site_keys(keys, now_iso())
    return keys


def keys_for(registry: Registry, other: Peer) -> SiteKeys:
    """The keys this site uses with a peer: the set-up file's toward the upper level, its
    own toward the sites below."""
    if other.role == "upper":
        keys = registry.sync.store.keys_towards(other.unit_code)
        if keys is not None:
            return keys
    return site_keys(registry)


def fingerprint(registry: Registry, towards: str | None = None) -> str:
    """This site's fingerprint as a peer knows it (default: as the upper level knows it, or
    as lower sites know it when there is no upper level), for comparing by phone."""
    other = peer(registry, towards) if towards else upper_peer(registry)
    keys = keys_for(registry, other) if other is not None else site_keys(registry)
    return keys.public().fingerprint()


def peers(registry: Registry) -> list[Peer]:
    """Every peer, the upper level first."""
    return registry.sync.store.peers()


def peer(registry: Registry, unit_code: str) -> Peer | None:
    return next((p for p in peers(registry) if p.unit_code == unit_code), None)


def upper_peer(registry: Registry) -> Peer | None:
    return next((p for p in peers(registry) if p.role == "upper"), None)


def _add_peer(registry: Registry, peer: Peer, own_keys: SiteKeys | None = None) -> None:
    with registry.batch():
        registry.sync.store.add_peer(peer, own_keys, now_iso())


# --- set-up files ------------------------------------------------------------------------------

def write_setup_file(registry: Registry, unit_code: str, name: str, out: Path, level: str = "commune") -> Peer:
    """The upper level prepares a lower site: its identity, its keys, and the upper's keys.

    The file holds the lower site's private keys: it is handed over in person or by a safe
    channel, and its fingerprints are confirmed by phone.
    """
    site = registry.require_site()
    if level not in ("commune", "district") or (site.level == "commune"):
        raise KtttError("setup_not_upper", name=site.name)
    if (not units.is_unit_code(unit_code, level) or unit_code == site.unit_code
            or (level == "commune" and units.find_unit(unit_code) is None)):
        raise KtttError("bad_unit_code", code=unit_code)
    issue = check_text_value(name.strip() or None, "Tên đơn vị", TEXT_MAX_LENGTH)
    if issue is not None:
        raise KtttError("validation_failed", details=issue.message())
    lower_keys = SiteKeys.generate()
    mine = site_keys(registry)
    document = {
        "format": SETUP_FORMAT, "format_version": 1, "created_at": now_iso(),
        "site": {"level": level, "unit_code": unit_code, "name": name, "upper_code": site.unit_code},
        "keys": lower_keys.to_json(),
        "upper": {"unit_code": site.unit_code, "name": site.name, "level": site.level,
                  "public_keys": mine.public().to_json()},
    }
    signed = {"document": document, "signature": mine.sign(canonical_json(document)).hex()}
    out.parent.mkdir(parents=True, exist_ok=True)
    # It holds the lower site's private keys: readable by the officer only, never half-written.
    write_private(out, json.dumps(signed, ensure_ascii=False, indent=2).encode("utf-8"))
    lower = Peer(unit_code, name, level, "lower", lower_keys.public())
    _add_peer(registry, lower)
    return lower


def read_setup_file(path: Path) -> dict[str, Any]:
    """The set-up document, after checking it is whole and signed by the upper it names."""
    try:
        signed = json.loads(Path(path).read_text(encoding="utf-8"))
        document: dict[str, Any] = signed["document"]
        if document.get("format") != SETUP_FORMAT:
            raise ValueError("format")
        upper_keys = PublicKeys.from_json(document["upper"]["public_keys"])
        SiteKeys.from_json(document["keys"])
        signature = bytes.fromhex(signed["signature"])
        if not verify(upper_keys, canonical_json(document), signature):
            raise ValueError("signature")
        _check_setup_identity(document)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError, KtttError):
        raise KtttError("setup_file_bad", path=str(path)) from None
    return document


def _check_setup_identity(document: dict[str, Any]) -> None:
    """The codes and names a set-up file gives: they become the site's identity and reach
    file names (each package is named after its sender and receiver), so they are checked
    like typed entry even though the file is signed."""
    info, upper = document["site"], document["upper"]
    if not isinstance(info, dict) or not isinstance(upper, dict) or info.get("level") not in ("commune", "district"):
        raise ValueError("site")
    if not units.is_unit_code(info.get("unit_code"), info["level"]) or not units.is_unit_code(upper.get("unit_code")):
        raise ValueError("unit code")
    if info["level"] == "commune" and units.find_unit(info["unit_code"]) is None:
        raise ValueError("unit code")
    if info.get("upper_code") != upper["unit_code"] or upper.get("level") not in ("district", "province"):
        raise ValueError("upper")
    for name in (info.get("name"), upper.get("name")):
        if not name or check_text_value(name, "name", TEXT_MAX_LENGTH) is not None:
            raise ValueError("name")


def init_from_setup_file(registry: Registry, path: Path, officer: str | None = None) -> Site:
    """Start a lower site from its set-up file (or join a site that started alone)."""
    document = read_setup_file(path)
    info = document["site"]
    existing = registry.site
    if existing is None:
        registry.init_site(info["level"], info["unit_code"], info["name"], officer, info["upper_code"])
    elif existing.unit_code != info["unit_code"]:
        raise KtttError("setup_file_other_site", code=info["unit_code"], own=existing.unit_code)
    else:
        registry.set_upper(info["upper_code"])
    upper = document["upper"]
    _add_peer(registry, Peer(upper["unit_code"], upper["name"], upper["level"], "upper",
                             PublicKeys.from_json(upper["public_keys"])),
              own_keys=SiteKeys.from_json(document["keys"]))
    return registry.require_site()


# --- export ------------------------------------------------------------------------------------

@dataclass
class ExportResult:
    path: Path
    manifest: dict[str, Any]


def default_file_name(site: Site, receiver: Peer, package_no: int, kind: str) -> str:
    """Names an officer can read: who, to whom, which number, which day."""
    label = {"changes": "goi", "correction": "dieu-chinh", "snapshot": "toan-bo", "receipt": "bien-nhan"}[kind]
    return f"kttt-{label}-{site.unit_code}-gui-{receiver.unit_code}-so{package_no:04d}-{date.today():%Y%m%d}.kttt"


def export_package(registry: Registry, out: Path | None, to: str | None = None, full: bool = False,
                   progress: Progress | None = None) -> ExportResult:
    """Write one package of every change the receiver has not confirmed yet (all with `full`).

    Upward: every change in this site's log, its own and those merged from below, except
    what came from the receiver itself. Downward (`to`): the changes to records that the
    lower site owns, made elsewhere (corrections, resolved conflicts).
    """
    site = registry.require_site()
    receiver = peer(registry, to) if to else upper_peer(registry)
    if receiver is None:
        raise KtttError("sync_no_peer", code=to or "")
    keys = keys_for(registry, receiver)
    kind = "snapshot" if full else ("correction" if receiver.role == "lower" else "changes")
    store = registry.sync.store
    start = 0 if full else store.progress(receiver.unit_code).export_from
    upto = registry.last_change_seq()
    scope = ExportScope(receiver.unit_code, start, upto, downward=receiver.role == "lower", full=full)
    total = store.export_total(scope)
    counts = store.export_counts(scope)
    package_no = store.next_package_no(receiver.unit_code)
    manifest = {
        "kind": kind, "package_id": uuid.uuid4().hex, "package_no": package_no,
        "schema_version": latest_version(), "created_at": now_iso(),
        "sender": {"unit_code": site.unit_code, "name": site.name, "level": site.level,
                   "officer": registry.officer, "fingerprint": keys.public().fingerprint()},
        "receiver": {"unit_code": receiver.unit_code, "name": receiver.name},
        "from_seq": start, "to_seq": upto, "counts": counts,
    }
    if receiver.role == "lower":
        others = {p.unit_code for p in peers(registry) if p.role == "lower" and p.unit_code != receiver.unit_code}
        manifest["reference"] = targets.reference_for(registry.conn, receiver.unit_code, others)
    if out is None or out.is_dir():
        folder = out if out is not None else Path.cwd()
        out = folder / default_file_name(site, receiver, package_no, kind)

    def items() -> Iterator[dict[str, Any]]:
        for index, change in enumerate(store.export_changes(scope)):
            if progress is not None and index % 2000 == 0:
                progress.report(index, total)
            yield change.as_item()

    final = container.write_package(out, manifest, items(), keys, receiver.public_keys)
    with registry.batch():
        store.record_sent(SentPackage(receiver.unit_code, package_no, str(manifest["package_id"]), kind, start, upto,
                                      total, out.name, now_iso()))
        store.advance_export(receiver.unit_code, upto)
    if progress is not None:
        progress.report(total, total)
    return ExportResult(out, final)


def export_to_all_lower(registry: Registry, folder: Path, progress: Progress | None = None) -> list[ExportResult]:
    """One package for each lower site: its pending corrections and the current targets and
    population, which is how reference data reaches every commune at once."""
    lower = [p for p in peers(registry) if p.role == "lower"]
    if not lower:
        raise KtttError("sync_no_lower_peer")
    results = []
    for index, receiver in enumerate(lower):
        results.append(export_package(registry, folder, to=receiver.unit_code))
        if progress is not None:
            progress.report(index + 1, len(lower))
    return results


# --- import ------------------------------------------------------------------------------------

@dataclass
class ImportResult:
    """One file's line in the import summary (CLI.md's JSON shape)."""

    file: str
    kind: str = ""
    sender: str = ""
    status: str = "rejected"
    reason: str | None = None
    counts: Counts = field(default_factory=Counts)
    receipt: Path | None = None
    changes: Changes = field(default_factory=Changes)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.file, "kind": self.kind, "sender": self.sender, "status": self.status,
                               "counts": self.counts.as_json()}
        if self.reason:
            out["reason"] = self.reason
        if self.receipt:
            out["receipt"] = str(self.receipt)
        if self.changes.targets:
            out["targets_updated"] = True
        return out


def _sender_keys(registry: Registry) -> Callable[[str], PublicKeys | None]:
    def lookup(code: str) -> PublicKeys | None:
        found = peer(registry, code)
        return found.public_keys if found else None
    return lookup


def held_folder(registry: Registry) -> Path:
    assert registry.path is not None
    return registry.path.parent / "sync" / "held"


def import_files(registry: Registry, files: list[Path], dry_run: bool = False, receipt_dir: Path | None = None,
                 progress: Progress | None = None, remember_refusals: bool | None = None) -> list[ImportResult]:
    """Import change packages, correction packages and receipts, each all or nothing.

    A signed package refused for what it holds is remembered per sender (`refusals`), on an
    import and, when asked, on a preview — the window's only step for a refused file — though
    a preview otherwise writes nothing."""
    results = []
    backup = _BackupOnce(registry, dry_run)
    remember = not dry_run if remember_refusals is None else remember_refusals
    with registry.one_checkpoint():
        for path in files:
            try:
                results.extend(_import_one(registry, Path(path), dry_run, receipt_dir, progress, backup, remember))
            except KtttError as exc:
                results.append(ImportResult(str(path), status="rejected", reason=exc.message()))
    return results


class _BackupOnce:
    """One backup before the first package an import writes (not one per package: a
    province importing 150 packages would otherwise copy its growing file 150 times)."""

    def __init__(self, registry: Registry, dry_run: bool) -> None:
        self.registry = registry
        self.done = dry_run or registry.path is None

    def __call__(self, label: str) -> None:
        if not self.done:
            path = self.registry.path
            assert path is not None  # `done` from the start for a registry without a file
            backup_to(self.registry.conn, backup_folder(path) / backup_name(path, f"truoc-nhap-{label}"))
            self.done = True


def _import_one(registry: Registry, path: Path, dry_run: bool, receipt_dir: Path | None,
                progress: Progress | None, backup: _BackupOnce, remember: bool) -> list[ImportResult]:
    site = registry.require_site()
    manifest, _, _ = container.read_manifest(path)
    result = ImportResult(str(path), _text_of(manifest.get("kind")), _text_of(container.sender_code(manifest)))
    sender = peer(registry, result.sender)
    own = keys_for(registry, sender) if sender is not None else site_keys(registry)
    opened = container.open_package(path, own, site.unit_code, _sender_keys(registry))
    manifest = opened.manifest
    if not isinstance(manifest.get("schema_version"), int) or manifest["schema_version"] > latest_version():
        raise KtttError("package_newer_format", file=path.name, version=f"lược đồ {manifest.get('schema_version')}",
                        supported=f"lược đồ {latest_version()}")
    try:
        # From here on the sender is known for sure: what it may not send is remembered.
        shape.check_manifest(manifest, path.name)
        applied = _import_opened(registry, opened, result, dry_run, receipt_dir, progress, backup)
    except KtttError as refusal:
        if refusal.code in REMEMBERED_REFUSALS and remember:
            _remember_refusal(registry, result.sender, manifest, path, refusal)
        raise
    if not applied or dry_run:
        return [result]
    return [result] + _release_held(registry, result.sender, receipt_dir, progress, backup)


def _text_of(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _import_opened(registry: Registry, opened: container.OpenedPackage, result: ImportResult, dry_run: bool,
                   receipt_dir: Path | None, progress: Progress | None, backup: _BackupOnce) -> bool:
    """Import a package whose sender and manifest are checked; True if its changes were applied."""
    manifest = opened.manifest
    if result.kind == "receipt":
        if not dry_run:
            _apply_receipt(registry, result.sender, manifest)
        result.status = "applied"
        return False
    store = registry.sync.store
    if store.received_status(manifest["package_id"]) == "applied":
        result.status = "already_imported"
        result.reason = KtttError("already_imported").message()
        return False
    taken = store.received_number(result.sender, manifest["package_no"])
    if taken is not None and taken[0] != manifest["package_id"] and taken[1] == _signer(registry, result.sender):
        # A sender numbers each package once; another one under a number already held or
        # applied would push that one out of the record of what came (and earn a receipt).
        # Only a sender set up again (a reinstalled commune, with new keys) numbers from 1 again.
        raise KtttError("package_number_taken", file=opened.path.name, number=manifest["package_no"],
                        sender=result.sender)
    if manifest["from_seq"] > store.progress(result.sender).applied_upto and manifest["kind"] != "snapshot":
        result.status = "held"
        result.reason = KtttError("package_held", missing=", ".join(map(str, _missing(registry, result.sender,
                                                                                           manifest)))).message()
        if not dry_run:
            _hold(registry, opened.path, manifest)
            result.receipt = _write_receipt(registry, manifest, result, receipt_dir)
        return False
    backup(f"{result.sender}-so{manifest['package_no']}")
    result.counts, result.changes = _apply_package(registry, opened, dry_run, progress)
    result.status = "applied"
    if not dry_run:
        result.receipt = _write_receipt(registry, manifest, result, receipt_dir)
    return True


def _apply_package(registry: Registry, opened: container.OpenedPackage, dry_run: bool,
                   progress: Progress | None) -> tuple[Counts, Changes]:
    """Apply every change of the package in one transaction (rolled back for a preview).

    Each batch is checked — shape, then who may change what — before any of it is applied;
    one change that may not enter refuses the whole package, and the transaction is rolled
    back, so nothing of it is written."""
    manifest = opened.manifest
    sender = manifest["sender"]["unit_code"]
    counts = Counts()
    changes = Changes()
    declared = {rtype: sum(ops.values()) for rtype, ops in manifest.get("counts", {}).items()}
    store = registry.sync.store
    merger = Merger(store, registry.logs, manifest["package_id"])
    sender_peer = peer(registry, sender)
    assert sender_peer is not None  # open_package verified its signature
    authority = Authority(store, registry.require_site(), sender_peer, peers(registry),
                          manifest["from_seq"], manifest["to_seq"])
    total = sum(declared.values())
    with registry.rehearsal() if dry_run else registry.batch():
        store.defer_foreign_keys()
        done = 0
        for batch in _batches(opened.items(), 500):
            valid = []
            for position, item in enumerate(batch):
                try:
                    valid.append(shape.parse_change(item))
                except shape.Refused as refusal:
                    raise _change_refused("package_bad_change", opened, done + position, item, refusal) from None
            known = merger.known_keys(valid)
            try:
                authority.check(valid, known)
            except Forbidden as forbidden:
                raise _change_refused("package_forbidden_change", opened, done + forbidden.position,
                                      batch[forbidden.position], forbidden.refusal) from None
            for change, outcome in zip(valid, merger.apply_many(valid, known), strict=True):
                counts.add(change.record_type, outcome)
                if outcome not in ("unchanged", "rejected"):
                    changes.add(change.record_type, change.record_id)
            done += len(batch)
            if progress is not None:
                progress.report(done, total)
        found = {rtype: sum(c.values()) for rtype, c in counts.by_type.items()}
        if found != {k: v for k, v in declared.items() if v}:
            raise KtttError("package_counts_mismatch")
        if "reference" in manifest:
            changes.targets = _apply_reference(registry, manifest, sender) > 0
        store.keep_sequence_past(registry.require_site().unit_code)
        _record_received(registry, manifest, "applied", counts)
        store.advance_applied(sender, manifest["to_seq"])
    return counts, changes


def _change_refused(code: str, opened: container.OpenedPackage, index: int, item: Any,
                    refusal: shape.Refused) -> KtttError:
    """The package-level refusal naming the change (1-based, in package order) and why."""
    return KtttError(code, file=opened.path.name, sender=opened.manifest["sender"]["unit_code"], number=index + 1,
                     record=shape.record_label(item), why=refusal.why(), why_code=refusal.code)


# --- refusals remembered -----------------------------------------------------------------------

REMEMBERED_REFUSALS = frozenset({"package_bad_manifest", "package_bad_change", "package_forbidden_change",
                                 "package_number_taken", "package_counts_mismatch", "package_bad_reference",
                                 "package_corrupt", "package_too_large"})
"""Refusals of a package whose sender is proven by its signature: the upper level must see
that a lower site sent what it may not, not only the officer who happened to import it."""
_REFUSALS_KEPT = 10


def _remember_refusal(registry: Registry, sender: str, manifest: dict[str, Any], path: Path,
                      refusal: KtttError) -> None:
    """Keep the count and the last few refusals per sender, beside the other sync settings; the
    same package refused again (previewed, then imported) counts once."""
    store = registry.sync.store
    stored = store.refusals(sender)
    package_no, package_id = manifest.get("package_no"), shape.preview(manifest.get("package_id"))
    if any(entry.package_id == package_id for entry in stored.last):
        return
    entry = Refusal(now_iso(), path.name, package_no if shape.is_number(package_no, 1) else None, package_id,
                    refusal.code, {k: v if isinstance(v, (int, str)) else str(v) for k, v in refusal.params.items()})
    with registry.batch():
        store.save_refusals(sender, RefusalLog(stored.count + 1, (entry, *stored.last)[:_REFUSALS_KEPT]))


def refusals(registry: Registry, unit_code: str) -> dict[str, Any]:
    """How many packages from `unit_code` were refused, and the last few (newest first), each
    with its message in the current language."""
    stored = registry.sync.store.refusals(unit_code)
    last = [{"at": e.at, "file": e.file, "package_no": e.package_no, "code": e.code,
             "reason_code": e.params.get("why_code"), "message": texts(e.code, **e.params)}
            for e in stored.last]
    return {"count": stored.count, "last": last}


def refusal_lines(registry: Registry) -> list[str]:
    """One sentence per lower site that sent something it may not (for the window and `kttt`)."""
    lines = []
    for p in peers(registry):
        refused = refusals(registry, p.unit_code)
        if refused["count"]:
            latest = refused["last"][0]
            lines.append(texts("sync_refused_from", name=p.name, code=p.unit_code, count=refused["count"],
                                at=format_time(latest["at"]), message=latest["message"]))
    return lines


def _apply_reference(registry: Registry, manifest: dict[str, Any], sender: str) -> int:
    """Targets and population from the upper level; an older package arriving late never
    brings back what a newer one replaced."""
    upper = peer(registry, sender)
    if upper is None or upper.role != "upper":
        return 0  # only the level above sets a site's targets
    key = f"reference_package_from_{sender}"
    if manifest["package_no"] < int(registry.setting(key) or 0):
        return 0
    site = registry.require_site()
    changed = targets.apply_reference(registry.conn, manifest["reference"], sender, now_iso(), registry.officer,
                                      site.unit_code, site_is_commune=site.level == "commune")
    registry.set_setting(key, str(manifest["package_no"]))
    return changed


def _batches(items: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _signer(registry: Registry, sender: str) -> str | None:
    """The fingerprint of the keys a package from `sender` is checked against (its signer's)."""
    known = peer(registry, sender)
    return known.fingerprint if known is not None else None


def _record_received(registry: Registry, manifest: dict[str, Any], status: str, counts: Counts | None,
                     held_path: str | None = None) -> None:
    fingerprint = _signer(registry, manifest["sender"]["unit_code"])
    registry.sync.store.record_received(ReceivedPackage(
        manifest["sender"]["unit_code"], manifest["package_no"], manifest["package_id"], manifest["kind"],
        manifest["from_seq"], manifest["to_seq"], status, held_path,
        dump_value(counts.as_json()) if counts else None, now_iso(), fingerprint))


def _hold(registry: Registry, path: Path, manifest: dict[str, Any]) -> None:
    """Keep a copy until the packages before it arrive. Its name is made only of checked
    values (a known unit's digits, a number, a hex id), so it stays inside the held folder."""
    folder = held_folder(registry)
    folder.mkdir(parents=True, exist_ok=True)
    sender, number, package_id = manifest["sender"]["unit_code"], manifest["package_no"], manifest["package_id"]
    if not (units.is_unit_code(sender) and shape.is_number(number, 1) and shape.PACKAGE_ID.fullmatch(package_id)):
        raise KtttError("package_bad_manifest", file=path.name, field="package_id", value=shape.preview(package_id))
    kept = folder / f"{sender}-{number:06d}-{package_id}.kttt"
    shutil.copyfile(path, kept)
    with registry.batch():
        _record_received(registry, manifest, "held", None, str(kept))


def _missing(registry: Registry, sender: str, manifest: dict[str, Any] | None = None) -> list[int]:
    """Package numbers from `sender` that never arrived while a later one waits for them."""
    numbers = registry.sync.store.received_numbers(sender)
    if manifest is not None:
        numbers.setdefault(manifest["package_no"], "held")
    held = [no for no, status in numbers.items() if status == "held"]
    if not held:
        return []
    return [no for no in range(1, max(held)) if no not in numbers]


def _release_held(registry: Registry, sender: str, receipt_dir: Path | None,
                  progress: Progress | None, backup: _BackupOnce) -> list[ImportResult]:
    """Apply held packages from `sender` that the newly applied range has reached."""
    results: list[ImportResult] = []
    store = registry.sync.store
    while True:
        held_path = store.next_held(sender, store.progress(sender).applied_upto)
        if held_path is None:
            return results
        held = Path(held_path)
        try:
            outcome = _import_one(registry, held, False, receipt_dir, progress, backup, True)
        except KtttError as refusal:
            # Held before its changes could be checked, and refused now: no longer waited for,
            # so the packages after it still go in.
            _forget_held(registry, sender, held)
            results.append(ImportResult(str(held), sender=sender, status="rejected", reason=refusal.message()))
            continue
        results.extend(outcome)
        if outcome and outcome[0].status == "applied":
            discard(held)
        else:
            return results


def _forget_held(registry: Registry, sender: str, held: Path) -> None:
    with registry.batch():
        registry.sync.store.forget_held(sender, str(held))
    discard(held)


# --- receipts ----------------------------------------------------------------------------------

def _write_receipt(registry: Registry, manifest: dict[str, Any], result: ImportResult,
                   receipt_dir: Path | None) -> Path | None:
    """A signed receipt for the sender: what was applied or held, how far, what is missing."""
    site = registry.require_site()
    sender = peer(registry, manifest["sender"]["unit_code"])
    if sender is None:
        return None
    applied_upto = registry.sync.store.progress(sender.unit_code).applied_upto
    folder = receipt_dir or (registry.path.parent / "sync" / "receipts" if registry.path else Path.cwd())
    folder.mkdir(parents=True, exist_ok=True)
    keys = keys_for(registry, sender)
    receipt = {"for_package_id": manifest["package_id"], "for_package_no": manifest["package_no"],
               "status": result.status, "counts": result.counts.as_json(), "applied_upto": applied_upto,
               "missing": _missing(registry, sender.unit_code)}
    receipt_manifest = {
        "kind": "receipt", "package_id": uuid.uuid4().hex, "package_no": manifest["package_no"],
        "schema_version": latest_version(), "created_at": now_iso(),
        "sender": {"unit_code": site.unit_code, "name": site.name, "level": site.level,
                   "officer": registry.officer, "fingerprint": keys.public().fingerprint()},
        "receiver": {"unit_code": sender.unit_code, "name": sender.name},
        "from_seq": 0, "to_seq": 0, "counts": {}, "receipt": receipt,
    }
    out = folder / default_file_name(site, sender, manifest["package_no"], "receipt")
    container.write_package(out, receipt_manifest, iter(()), keys, sender.public_keys)
    return out


def _apply_receipt(registry: Registry, sender: str, manifest: dict[str, Any]) -> None:
    receipt = manifest.get("receipt") or {}
    with registry.batch():
        registry.sync.store.apply_receipt(sender, receipt, now_iso())


# --- status and conflicts ----------------------------------------------------------------------

def status(registry: Registry) -> list[dict[str, Any]]:
    """Per peer: packages sent, acknowledged, missing (as the peer reported), held here."""
    out = []
    store = registry.sync.store
    for p in peers(registry):
        progress = store.progress(p.unit_code)
        sent = store.sent_summary(p.unit_code)
        last_receipt = store.last_receipt(p.unit_code)
        reported_missing = last_receipt.get("missing", []) if last_receipt else []
        out.append({"unit_code": p.unit_code, "name": p.name, "role": p.role, "fingerprint": p.fingerprint,
                    "my_fingerprint": keys_for(registry, p).public().fingerprint(),
                    "sent": sent.count, "acknowledged": sent.acknowledged, "sent_upto": sent.sent_upto,
                    "acknowledged_upto": progress.acknowledged_upto, "missing": reported_missing,
                    "missing_here": _missing(registry, p.unit_code), "held": store.held_numbers(p.unit_code),
                    "received": store.applied_count(p.unit_code),
                    "applied_upto": progress.applied_upto, "next_export_from": progress.export_from,
                    "refused": refusals(registry, p.unit_code)})
    return out


def record_sync_state(registry: Registry, record_type: str, record_id: str) -> str:
    """"not_sent", "sent" or "acknowledged" for this site's latest change to a record."""
    upper = upper_peer(registry)
    site = registry.require_site()
    store = registry.sync.store
    last = store.last_change_to(record_type, record_id, site.unit_code)
    if upper is None or last is None:
        return "not_sent"
    if last <= store.progress(upper.unit_code).acknowledged_upto:
        return "acknowledged"
    return "sent" if last <= store.sent_summary(upper.unit_code).sent_upto else "not_sent"


def open_conflicts(registry: Registry) -> list[dict[str, Any]]:
    out = []
    for conflict in registry.sync.store.open_conflicts():
        rt = RECORD_TYPES[conflict.record_type]
        row = registry.store.row(rt.name, conflict.record_id)
        site = registry.require_site()
        parsed = list(conflict.heads)
        mine = [h for h in parsed if h["origin"] == site.unit_code] or [h for h in parsed if not h["incoming"]]
        theirs = [h for h in parsed if h not in mine]
        out.append({"id": conflict.id, "record_type": rt.name, "record_id": conflict.record_id,
                    "title": rt.title_of(row) if row else "", "owner": row["owner"] if row else "",
                    "field": conflict.field,
                    "label": "Xóa / giữ bản ghi" if conflict.field == DELETED else rt.field(conflict.field).vi,
                    "mine": mine[0] if mine else None, "theirs": theirs[0] if theirs else None,
                    "heads": parsed, "created_at": conflict.created_at})
    return out


def resolve(registry: Registry, conflict_id: int, take: str) -> Changes:
    """Settle a conflict: `mine` keeps this site's value, `theirs` takes the incoming one.

    The choice is written as a new change that has seen both sides, so it travels like any
    other and closes the same conflict wherever it arrives.
    """
    if take not in ("mine", "theirs"):
        raise KtttError("conflict_bad_choice", take=take)
    conflict = next((c for c in open_conflicts(registry) if c["id"] == conflict_id), None)
    if conflict is None:
        raise KtttError("conflict_not_found", id=conflict_id)
    chosen = conflict["mine"] if take == "mine" else conflict["theirs"]
    if chosen is None:
        raise KtttError("conflict_bad_choice", take=take)
    with registry.batch():
        if conflict["field"] == DELETED:
            value = chosen["value"]
            changes = registry.settle(conflict["record_type"], conflict["record_id"], None,
                                      deleted=bool(value.get("deleted")), note=value.get("reason") or "")
        else:
            changes = registry.settle(conflict["record_type"], conflict["record_id"], conflict["field"],
                                      chosen["value"], note="Giải quyết xung đột")
        registry.sync.store.resolve_conflict(conflict_id, now_iso(), registry.officer, take)
    return changes

