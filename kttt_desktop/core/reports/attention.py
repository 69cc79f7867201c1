"""Organisations that need attention on a day, each with why and what was decided.

The plan this register serves is about strengthening the weak and settling those that exist
in name only, so the officer needs a list to work through: who is rated weak, loses money
two years running, owes overdue debt, has not reported last year's results, has been
suspended longer than a notice allows, is not at its registered address, or has fewer
official members than the law asks. Beside the reasons stands what was decided: the latest
status decision and whether it came after the problem arose, and the support decided in the
last twelve months. The list states facts; what to do is the officer's call.

Yearly results count only for finished years (before the as-of year): the results of a year
are known once it is over. Dissolved, revoked and bankrupt organisations are settled and
not listed.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kttt_desktop.core import catalogs
from kttt_desktop.core.db import attention_queries
from kttt_desktop.core.formats import format_date, format_money
from kttt_desktop.core.messages import texts
from kttt_desktop.core.records import status_history
from kttt_desktop.core.records.validation import MIN_MEMBERS

# The reasons, in the order the list gives them.
RATED_WEAK = "rated_weak"
LOSS_TWO_YEARS = "loss_two_years"
OVERDUE_DEBT = "overdue_debt"
NO_RESULTS = "no_results"
SUSPENDED_TOO_LONG = "suspended_too_long"
NOT_AT_ADDRESS = "not_at_address"
FEW_MEMBERS = "few_members"
REASONS = (RATED_WEAK, LOSS_TWO_YEARS, OVERDUE_DEBT, NO_RESULTS, SUSPENDED_TOO_LONG, NOT_AT_ADDRESS,
           FEW_MEMBERS)

# A suspension is notified for at most this many months at a time (Law on Cooperatives 2023).
SUSPENSION_MONTHS = 12
SETTLED = frozenset({"dissolved", "revoked", "bankrupt"})


@dataclass(frozen=True)
class Reason:
    """Why an organisation is listed: `code` one of REASONS, `since` the ISO day the problem
    arose when it is known, `message` and `params` its sentence in the catalogue."""

    code: str
    since: str | None
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        return texts(self.message, lang, **self.params)


@dataclass(frozen=True)
class Decision:
    """A status decision as the list states it."""

    status: str
    effective_on: str
    decision_no: str
    decision_date: str
    agency: str

    @property
    def day(self) -> str:
        """The day it was decided: its decision date, else the day it took effect."""
        return self.decision_date or self.effective_on

    def text(self, lang: str | None = None) -> str:
        """"Tạm ngừng kinh doanh từ 01/03/2025, số 12/TB-UBND ngày 20/02/2025, UBND xã Bum Tở"."""
        parts = [texts("attention_decision", lang, effective_on=format_date(self.effective_on),
                        status=catalogs.label("organization_status", self.status, lang or "vi"))]
        number = texts("attention_decision_no", lang, number=self.decision_no) if self.decision_no else ""
        when = texts("attention_decision_date", lang, date=format_date(self.decision_date)) \
            if self.decision_date else ""
        if number or when:
            parts.append(" ".join(p for p in (number, when) if p))
        if self.agency:
            parts.append(self.agency)
        return ", ".join(parts)


@dataclass(frozen=True)
class Attention:
    """One organisation on the list, on `as_of`."""

    organization_id: str
    name: str
    kind: str
    commune_code: str
    status: str  # on the as-of day
    reasons: tuple[Reason, ...]
    decision: Decision | None  # the latest status decision made by the as-of day
    support_count: int = 0  # support decided in the twelve months up to the as-of day
    support_vnd: int = 0

    @property
    def since(self) -> str | None:
        """The earliest day one of its problems is known to have arisen."""
        days = [reason.since for reason in self.reasons if reason.since]
        return min(days) if days else None

    @property
    def decided_after(self) -> bool | None:
        """Whether the latest decision came after the problem arose (None: not known)."""
        since = self.since
        if since is None or self.decision is None:
            return None
        return self.decision.day > since

    def codes(self) -> tuple[str, ...]:
        return tuple(reason.code for reason in self.reasons)

    def reasons_text(self, lang: str | None = None) -> str:
        return " ".join(reason.text(lang) for reason in self.reasons)

    def decided_text(self, lang: str | None = None) -> str:
        """The latest decision, whether it followed the problem, and the support of the year."""
        if self.decision is None:
            text = texts("attention_no_decision", lang)
        else:
            text = self.decision.text(lang)
            after = self.decided_after
            if after is not None:
                key = "attention_decided_after" if after else "attention_not_decided_since"
                text += "; " + texts(key, lang, since=format_date(self.since))
            text += "."
        if self.support_count:
            text += " " + texts("attention_support", lang, count=self.support_count,
                                 amount=format_money(self.support_vnd))
        return text


def _years_later(day: date, years: int) -> date:
    """The same day `years` later (or earlier); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _months_over(start: str, end: date) -> int:
    """The whole months `end` is more than `start` past: 12 for 12 months and 4 days, and 15
    for exactly 16 months ("over 15 months" is what holds)."""
    first = date.fromisoformat(start)
    return (end.year - first.year) * 12 + end.month - first.month - (1 if end.day <= first.day else 0)


def _results_known(report: Mapping[str, Any]) -> str:
    """When a year's results became known: the day they were submitted, else the year's end."""
    return report.get("submitted_on") or f"{report['year']}-12-31"


def _decision(row: Mapping[str, Any]) -> Decision:
    return Decision(row.get("status") or "", row.get("effective_on") or "", row.get("decision_no") or "",
                    row.get("decision_date") or "", row.get("agency") or "")


def _in_effect(decisions: list[dict[str, Any]], day: str) -> dict[str, Any] | None:
    """The decision in effect on `day`, by the order `status_history` applies them in."""
    current = [d for d in decisions if (d.get("effective_on") or "") <= day]
    return max(current, key=status_history.decision_order) if current else None


def _latest_made(decisions: list[dict[str, Any]], day: str) -> dict[str, Any] | None:
    """The latest decision made by `day`, even one taking effect later (a dissolution decided
    now from next month is what was decided)."""
    made = [d for d in decisions if (d.get("decision_date") or d.get("effective_on") or "") <= day]
    return max(made, key=status_history.decision_order) if made else None


def _status(org: Mapping[str, Any], decisions: list[dict[str, Any]], day: str) -> str | None:
    """The status on `day` as `Registry.status_on` gives it; None before the first one."""
    if decisions:
        return status_history.status_on(decisions, day)
    return org.get("status") if status_history.first_effective_day(org) <= day else None


def _result_reasons(results: list[dict[str, Any]]) -> list[Reason]:
    """Rated weak, two loss years, overdue debt: read off the latest two years' results."""
    if not results:
        return []
    latest = results[0]
    year, known = latest["year"], _results_known(latest)
    reasons = []
    if latest.get("rating") == "weak":
        reasons.append(Reason(RATED_WEAK, known, "attention_rated_weak", {"year": year}))
    previous = results[1] if len(results) > 1 else None
    if previous is not None and previous["year"] == year - 1 and (latest.get("profit_vnd") or 0) < 0 \
            and (previous.get("profit_vnd") or 0) < 0:
        reasons.append(Reason(LOSS_TWO_YEARS, known, "attention_loss_two_years", {
            "year": year, "previous": previous["year"], "loss": format_money(-latest["profit_vnd"]),
            "previous_loss": format_money(-previous["profit_vnd"])}))
    if (latest.get("overdue_debt_vnd") or 0) > 0:
        reasons.append(Reason(OVERDUE_DEBT, known, "attention_overdue_debt",
                              {"year": year, "amount": format_money(latest["overdue_debt_vnd"])}))
    return reasons


def compute(conn: sqlite3.Connection, as_of: date) -> list[Attention]:
    """The organisations that need attention on `as_of`, in the registers' order (commune,
    then name). One query per kind of fact, whatever the number of organisations."""
    day = as_of.isoformat()
    last_year = as_of.year - 1
    last_year_end = f"{last_year}-12-31"
    a_year_ago = _years_later(as_of, -1).isoformat()
    decisions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in attention_queries.status_decisions(conn):
        decisions[row["organization_id"]].append(row)
    results: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in attention_queries.latest_results(conn, as_of.year):
        results[row["organization_id"]].append(row)
    members = attention_queries.official_member_counts(conn, day)
    support = attention_queries.support_decided(conn, a_year_ago, day)

    listed: list[Attention] = []
    for org in attention_queries.organizations(conn):
        org_id = org["id"]
        own = decisions.get(org_id, [])
        status = _status(org, own, day)
        if status is None or status in SETTLED:
            continue
        reasons = _result_reasons(results.get(org_id, []))
        current = _in_effect(own, day)
        if status == "active" and _status(org, own, last_year_end) == "active" and not any(
                r["year"] == last_year for r in results.get(org_id, [])):
            reasons.append(Reason(NO_RESULTS, f"{as_of.year}-01-01", "attention_no_results", {"year": last_year}))
        if status == "suspended" and current is not None and (current.get("effective_on") or day) < a_year_ago:
            # Over the months a notice allows: the problem arose the day those months ran out.
            since = current["effective_on"]
            ran_out = _years_later(date.fromisoformat(since), SUSPENSION_MONTHS // 12).isoformat()
            reasons.append(Reason(SUSPENDED_TOO_LONG, ran_out, "attention_suspended_too_long",
                                  {"since": format_date(since), "months": _months_over(since, as_of)}))
        if status == "not_at_address":
            since = current.get("effective_on") if current is not None else None
            reasons.append(Reason(NOT_AT_ADDRESS, since, "attention_not_at_address", {"since": format_date(since)})
                           if since else Reason(NOT_AT_ADDRESS, None, "attention_not_at_address_undated"))
        if status == "active" and org.get("kind") in MIN_MEMBERS:
            minimum, message = MIN_MEMBERS[org["kind"]]
            count = members.get(org_id, 0)
            if count < minimum:
                reasons.append(Reason(FEW_MEMBERS, None, message, {"count": count}))
        if not reasons:
            continue
        latest = _latest_made(own, day)
        count, amount = support.get(org_id, (0, 0))
        listed.append(Attention(
            organization_id=org_id, name=org.get("name") or "", kind=org.get("kind") or "",
            commune_code=org.get("commune_code") or org.get("owner") or "", status=status,
            reasons=tuple(sorted(reasons, key=lambda r: REASONS.index(r.code))),
            decision=_decision(latest) if latest is not None else None,
            support_count=count, support_vnd=amount))
    return listed


__all__ = ["Attention", "Decision", "REASONS", "Reason", "compute"]
