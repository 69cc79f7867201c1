"""Who deleted a record, when, why, where, and what went with it.

A deleted record is shown read-only with this account, and the question before restoring it
names what comes back together with it, so an officer restores knowingly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kttt_desktop.core.records.fields import CHILD_TYPES

__all__ = ["CHILD_TYPES", "Deletion"]


@dataclass(frozen=True)
class Deletion:
    """The tombstone of one record, as read from the record and the audit log
    (`RecordStore.deletion`)."""

    at: str | None
    officer: str | None
    reason: str | None
    site: str | None  # unit code where the deletion was made (another site's, if it came by sync)
    with_id: str | None = None  # the organisation whose deletion carried this record
    with_title: str | None = None
    carried: dict[str, int] = field(default_factory=dict)  # deleted together with it, per type

    def as_json(self) -> dict[str, object]:
        return dict(self.__dict__)

