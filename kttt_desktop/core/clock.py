"""The one clock of core: the local time, with its offset, as every log and sync table stores it.

Kept in one place so that change logs, audit rows, conflicts and sync documents all write the
same form (seconds, local offset), and so that a test has one thing to replace.
"""

from __future__ import annotations

from datetime import datetime


def now_iso() -> str:
    """Now, as ISO 8601 with seconds and the local offset ("2026-11-26T08:30:00+07:00")."""
    return datetime.now().astimezone().isoformat(timespec="seconds")
