"""What one operation changed, as every write of the registry and of sync returns it.

A module of its own, below the registry and its sync manager, so that both return it without
importing each other; `kttt_desktop.core.registry` still offers it by that name.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    """What one operation changed: record ids per type, and whether site settings changed."""

    records: dict[str, set[str]] = field(default_factory=dict)
    site: bool = False
    targets: bool = False  # plan targets or population figures
    sync: bool = False  # a package went out or came in: sync states, receipts, conflicts

    def add(self, record_type: str, record_id: str) -> None:
        self.records.setdefault(record_type, set()).add(record_id)

    def touches(self, record_type: str) -> bool:
        return bool(self.records.get(record_type))

    def merge(self, other: Changes) -> Changes:
        for rtype, ids in other.records.items():
            self.records.setdefault(rtype, set()).update(ids)
        self.site = self.site or other.site
        self.targets = self.targets or other.targets
        self.sync = self.sync or other.sync
        return self

    @property
    def empty(self) -> bool:
        return not self.site and not self.targets and not self.sync and not any(self.records.values())
