"""`registry.sync`: sync with the levels above and below, the way the window and `kttt` reach it.

As Anki hangs its managers off the collection (`col.sync`, `col.decks`), sync hangs off the
registry: the window and the command line call these methods on the registry they hold, the
same way they create and list records through it. The work is done by `service` (set-up
files, packages, receipts, conflicts), `merge` and `authority`; what sync keeps in the
database is read and written by `SyncStore` (`self.store`) alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kttt_desktop.core.progress import Progress
from kttt_desktop.core.sync import service
from kttt_desktop.core.sync.keys import SiteKeys
from kttt_desktop.core.sync.service import ExportResult, ImportResult
from kttt_desktop.core.sync.store import Peer, SyncStore

if TYPE_CHECKING:
    from kttt_desktop.core.changes import Changes
    from kttt_desktop.core.db.records import Site
    from kttt_desktop.core.registry import Registry

__all__ = ["ExportResult", "ImportResult", "Peer", "SyncManager"]


class SyncManager:
    """Sync of one open registry. A background thread uses the manager of its own registry
    (`registry.sibling().sync`), never another thread's."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.store = SyncStore(registry.store)

    # --- keys and peers ------------------------------------------------------------------------

    def site_keys(self) -> SiteKeys:
        """This site's own keys (by which the sites below know it), made when first needed."""
        return service.site_keys(self.registry)

    def keys_for(self, other: Peer) -> SiteKeys:
        return service.keys_for(self.registry, other)

    def fingerprint(self, towards: str | None = None) -> str:
        """This site's fingerprint as a peer knows it, for comparing by phone."""
        return service.fingerprint(self.registry, towards)

    def peers(self) -> list[Peer]:
        """Every peer, the upper level first."""
        return service.peers(self.registry)

    def peer(self, unit_code: str) -> Peer | None:
        return service.peer(self.registry, unit_code)

    def upper_peer(self) -> Peer | None:
        return service.upper_peer(self.registry)

    def lower_peers(self) -> list[Peer]:
        return [p for p in self.peers() if p.role == "lower"]

    # --- set-up files --------------------------------------------------------------------------

    @staticmethod
    def read_setup_file(path: Path) -> dict[str, Any]:
        """The set-up document, checked whole and signed (before any site exists)."""
        return service.read_setup_file(path)

    def write_setup_file(self, unit_code: str, name: str, out: Path, level: str = "commune") -> Peer:
        return service.write_setup_file(self.registry, unit_code, name, out, level)

    def init_from_setup_file(self, path: Path, officer: str | None = None) -> Site:
        return service.init_from_setup_file(self.registry, path, officer)

    # --- packages ------------------------------------------------------------------------------

    def export(self, out: Path | None, to: str | None = None, full: bool = False,
               progress: Progress | None = None) -> ExportResult:
        """One package for the upper level (or the lower site `to`)."""
        return service.export_package(self.registry, out, to=to, full=full, progress=progress)

    def export_to_all_lower(self, folder: Path, progress: Progress | None = None) -> list[ExportResult]:
        return service.export_to_all_lower(self.registry, folder, progress=progress)

    def import_files(self, files: list[Path], dry_run: bool = False, receipt_dir: Path | None = None,
                     progress: Progress | None = None, remember_refusals: bool | None = None) -> list[ImportResult]:
        """Import packages and receipts, each all or nothing (`service.import_files`)."""
        return service.import_files(self.registry, files, dry_run=dry_run, receipt_dir=receipt_dir,
                                    progress=progress, remember_refusals=remember_refusals)

    def preview(self, files: list[Path], progress: Progress | None = None,
                remember_refusals: bool = False) -> list[ImportResult]:
        """What an import would do, computed by the import itself and rolled back."""
        return self.import_files(files, dry_run=True, progress=progress, remember_refusals=remember_refusals)

    def held_folder(self) -> Path:
        return service.held_folder(self.registry)

    # --- status --------------------------------------------------------------------------------

    def status(self) -> list[dict[str, Any]]:
        """Per peer, in the JSON shape of `kttt sync status` (CLI.md)."""
        return service.status(self.registry)

    def refusals(self, unit_code: str) -> dict[str, Any]:
        return service.refusals(self.registry, unit_code)

    def refusal_lines(self) -> list[str]:
        return service.refusal_lines(self.registry)

    def record_state(self, record_type: str, record_id: str) -> str:
        """"not_sent", "sent" or "acknowledged" for this site's latest change to a record."""
        return service.record_sync_state(self.registry, record_type, record_id)

    # --- conflicts -----------------------------------------------------------------------------

    def conflicts(self) -> list[dict[str, Any]]:
        """Open conflicts, in the JSON shape of `kttt sync conflicts` (CLI.md)."""
        return service.open_conflicts(self.registry)

    def resolve(self, conflict_id: int, take: str) -> Changes:
        return service.resolve(self.registry, conflict_id, take)
