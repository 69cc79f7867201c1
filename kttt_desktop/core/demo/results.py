"""The demo's yearly results: what an organisation of a mountain commune reports each year.

The figures follow what the province's reports on Mường Tè and Lai Châu cooperatives show: a
member earns some 30–60 million đồng a year from the cooperative, revenue runs from a few
hundred million to a few billion, most cooperatives make a thin profit, and some are weak or
lose money (a few two years running). Members and workers are counted from the register on
31/12 of the year, as the form pre-fills them, so the results agree with the lists. An
organisation registered during a year is not rated for it (operating under twelve months).
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

YEARS = (2023, 2024, 2025)
MILLION = 1_000_000

# Health of an organisation: its rating band, and what it earns and keeps.
_HEALTH = (("good", 20), ("fair", 35), ("average", 30), ("weak", 15))
_HEALTH_TROUBLED = (("fair", 10), ("average", 35), ("weak", 55))
_SCORES = {"good": (80, 96), "fair": (65, 79), "average": (50, 64), "weak": (28, 49)}
_INCOME_M = {"good": (48, 62), "fair": (40, 54), "average": (33, 46), "weak": (28, 38)}
_REVENUE_PER_MEMBER_M = {"good": (90, 240), "fair": (60, 160), "average": (40, 110), "weak": (25, 70)}
_MARGIN = {"good": (0.06, 0.12), "fair": (0.03, 0.07), "average": (0.005, 0.03), "weak": (0.0, 0.012)}
_LOSS_MARGIN = (-0.15, -0.03)
_LOSS_NOTES = ("Lỗ do giá nông sản giảm, chi phí vật tư tăng",
               "Lỗ do thiên tai, mưa lũ làm thiệt hại vùng nguyên liệu",
               "Lỗ do mất thị trường tiêu thụ, hàng tồn kho lớn")
_OFFICIAL = frozenset({"official", "member"})


@dataclass(frozen=True)
class Profile:
    """How an organisation fares over the years: its band, and the years it lost money."""

    health: str
    loss_years: frozenset[int] = frozenset()


def draw_profile(rng: random.Random, troubled: bool) -> Profile:
    """A profile drawn for an ordinary organisation; a troubled one is more often weak."""
    table = _HEALTH_TROUBLED if troubled else _HEALTH
    health = rng.choices([h for h, _ in table], [w for _, w in table])[0]
    losses = frozenset(y for y in YEARS if health == "weak" and rng.random() < 0.4)
    return Profile(health, losses)


# A person counted at a year's end: (membership or contract, from ISO day, until ISO day or None).
Span = tuple[str, str, str | None]


def _on(spans: Sequence[Span], day: str) -> list[str]:
    """The kinds (membership, contract) of those present on `day`."""
    return [kind for kind, start, end in spans if start <= day and (end is None or end > day)]


def _round(value: float, step: int = MILLION) -> int:
    return max(0, round(value / step)) * step


def yearly_results(rng: random.Random, org: dict[str, Any], profile: Profile, start: int, ended: int | None,
                   today: int, members: Sequence[Span], workers: Sequence[Span],
                   new_id: Callable[[], str]) -> list[dict[str, Any]]:
    """The organisation's results of every complete year of `YEARS` it existed through."""
    health = profile.health
    per_member = rng.uniform(*_REVENUE_PER_MEMBER_M[health]) * MILLION
    capital_ratio = rng.uniform(1.0, 1.8)
    debt_share = rng.uniform(0.3, 0.6) if health == "weak" else rng.uniform(0.08, 0.4)
    overdue = org.get("long_standing_debt") or (health == "weak" and rng.random() < 0.5)
    reports = []
    for year in YEARS:
        year_end = datetime.date(year, 12, 31).toordinal()
        if year_end > today or start > year_end or (ended is not None and ended <= year_end):
            continue
        end_iso = datetime.date(year, 12, 31).isoformat()
        present = _on(members, end_iso)
        official = sum(kind in _OFFICIAL for kind in present)
        contracts = _on(workers, end_iso)
        regular = sum(contract != "seasonal" for contract in contracts)
        growth = rng.uniform(0.96, 1.1) ** (year - YEARS[0])
        revenue = _round(min(8_000 * MILLION, max(120 * MILLION, max(official, 3) * per_member * growth)))
        margin = rng.uniform(*(_LOSS_MARGIN if year in profile.loss_years else _MARGIN[health]))
        profit = round(revenue * margin / MILLION) * MILLION
        base = org.get("charter_capital_vnd") or revenue * 0.4
        capital = _round(base * capital_ratio * rng.uniform(0.95, 1.08))
        debt = _round(capital * debt_share)
        registered = org.get("registration_date")
        rated = org["kind"] != "tht"
        under_a_year = registered is not None and registered > f"{year}-01-01"
        score = rng.randint(*_SCORES[health]) if rated and not under_a_year else None
        reports.append({
            "id": new_id(), "owner": org["owner"], "organization_id": org["id"], "year": year,
            "members_official": official, "members_associate": len(present) - official,
            "workers_total": len(contracts), "workers_regular": regular,
            "revenue_vnd": revenue, "cost_vnd": revenue - profit, "profit_vnd": profit,
            "avg_income_member_vnd": _round(rng.uniform(*_INCOME_M[health]) * MILLION * growth, 100_000),
            "avg_income_worker_vnd": _round(rng.uniform(36, 72) * MILLION, 100_000) if contracts else None,
            "total_capital_vnd": capital, "total_assets_vnd": capital,
            "indivisible_assets_vnd": _round(capital * rng.uniform(0.05, 0.3)),
            "internal_transactions_vnd": _round(revenue * rng.uniform(0.3, 0.85)),
            "funds_vnd": _round(capital * rng.uniform(0.02, 0.1)),
            "debt_vnd": debt,
            "overdue_debt_vnd": _round(debt * rng.uniform(0.2, 0.6)) if overdue else 0,
            "rating": (None if not rated else "not_rated" if under_a_year else health),
            "rating_score": score,
            "submitted_on": datetime.date.fromordinal(
                min(today, year_end + rng.randint(15, 90))).isoformat(),
            "notes": rng.choice(_LOSS_NOTES) if profit < 0 else None,
        })
    return reports
