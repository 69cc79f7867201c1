"""An organisation's legal status on a day, read from its dated decisions.

The status of an organisation is the latest decision in effect: a suspension from 01/3, a
resumption from 01/9. Counting on a past date must use the decision dates, not the day somebody
typed them, so this is the one place that answers "what was its status then". Decisions in effect
on the same day are ordered by their decision date, then by when they were entered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def decision_order(decision: Mapping[str, Any]) -> tuple[str, str, str, str]:
    """The order decisions take effect in."""
    return (decision.get("effective_on") or "", decision.get("decision_date") or "",
            decision.get("created_at") or "", decision.get("id") or "")


def status_on(decisions: Iterable[Mapping[str, Any]], day: str) -> str | None:
    """The status in effect on `day` (ISO), or None when no decision is in effect yet."""
    current: Mapping[str, Any] | None = None
    for decision in decisions:
        if (decision.get("effective_on") or "") <= day and (
                current is None or decision_order(decision) > decision_order(current)):
            current = decision
    return None if current is None else current.get("status")


def first_effective_day(organization: Mapping[str, Any]) -> str:
    """The day an organisation's first status took effect: its registration, else the day its
    record was entered."""
    return organization.get("registration_date") or str(organization.get("created_at") or "")[:10]
