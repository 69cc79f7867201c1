"""Indicators of the collective economy as of any date, per commune and in total.

What counts on a date uses the real-world dates officers record: an organisation exists from
its registration date, a member from joining until leaving, a worker from starting until
ending, a support from its decision. Where such a date is missing, the day the record was
entered stands in for it. The legal status on a date is the one the organisation's dated
status decisions put in effect then (a dissolution typed in 2025 but effective in 2024 counts in
2024). Facts that have no date of their own — the flags (high technology, value chain,
traceability, OCOP stars), and the status of an organisation without decisions in effect (one
from an older program's package) — are read back from the audit log: their value on a past date
is the one they had before the first later change.
Deleted records never count: a deletion means the record was entered by mistake.

An organisation counts towards the plan while it is operating on the date (a cooperative
group may operate without registering). One that is suspended, not at its registered
address or dissolving is reported beside the count, not in it; one that is dissolved, revoked
or bankrupt no longer counts. Members and workers count with their organisation. Every
organisation, whatever its status, stays in the table of organisations by status. Jobs are
regular workers: seasonal workers are reported beside them (see `headline`).
"""

from __future__ import annotations

import json
import sqlite3
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from kttt_desktop.core.db import plan, report_queries

OPERATING_STATUS = "active"
UNREGISTERED_STATUS = "unregistered"  # operating, for a cooperative group only
PAUSED_STATUSES = frozenset({"suspended", "not_at_address", "dissolving"})  # reported beside the count
ENDED_STATUSES = frozenset({"dissolved", "revoked", "bankrupt"})
SEASONAL_CONTRACT = "seasonal"  # not a regular worker
OFFICIAL_MEMBERSHIPS = frozenset({"official", "member"})  # a cooperative group's members are simply members
RECEIVED_STAGES = frozenset({"disbursed", "completed"})
OCOP_MIN_STARS = 3
HISTORY_FIELDS = {
    "organization": ("kind", "status", "high_tech", "value_chain", "traceability", "ocop_stars"),
    "support": ("stage",),
}


@dataclass(frozen=True)
class Indicator:
    """A figure and what it counts, in words: the label names it everywhere (page, tooltip,
    paper, spreadsheet), the explanation says exactly what is counted."""

    key: str
    vi: str
    en: str
    unit: str  # "count", "people", "percent" or "vnd": how the value is shown
    explain_vi: str = ""
    explain_en: str = ""

    def label(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi

    def explanation(self, lang: str = "vi") -> str:
        return self.explain_en if lang == "en" else self.explain_vi


INDICATORS: tuple[Indicator, ...] = (
    Indicator("tht_count", "Số tổ hợp tác đang hoạt động", "Operating cooperative groups", "count",
              "Tổ hợp tác có tình trạng «Đang hoạt động» hoặc «Chưa đăng ký» vào ngày tính. THT tạm ngừng "
              "kinh doanh, không hoạt động tại địa chỉ đã đăng ký, đang làm thủ tục giải thể được báo cáo "
              "riêng, không tính vào số này; THT đã giải thể, chấm dứt không được tính.",
              "Cooperative groups whose status on the date is “Active” or “Not registered”. Suspended ones, "
              "those not at their registered address and dissolving ones are reported beside this figure, "
              "not in it; dissolved or terminated ones are not counted."),
    Indicator("tht_members", "Thành viên tổ hợp tác", "Members of cooperative groups", "people",
              "Thành viên của các tổ hợp tác đang hoạt động, đã vào và chưa ra khỏi tổ vào ngày tính. "
              "Một người ở hai tổ được tính hai lần.",
              "Members of the operating cooperative groups who had joined and not left on the date. "
              "A person in two groups is counted twice."),
    Indicator("htx_count", "Số hợp tác xã đang hoạt động", "Operating cooperatives", "count",
              "Hợp tác xã có tình trạng «Đang hoạt động» vào ngày tính. HTX tạm ngừng kinh doanh, không "
              "hoạt động tại địa chỉ đã đăng ký, đang làm thủ tục giải thể được báo cáo riêng, không tính "
              "vào số này; HTX đã giải thể, bị thu hồi giấy chứng nhận, phá sản không được tính.",
              "Cooperatives whose status on the date is “Active”. Suspended ones, those not at their "
              "registered address and dissolving ones are reported beside this figure, not in it; "
              "dissolved, revoked and bankrupt ones are not counted."),
    Indicator("htx_members", "Thành viên hợp tác xã", "Members of cooperatives", "people",
              "Thành viên chính thức và liên kết của các hợp tác xã đang hoạt động, đã vào và chưa ra khỏi "
              "HTX vào ngày tính. Một người ở hai HTX được tính hai lần.",
              "Official and associate members of the operating cooperatives who had joined and not left "
              "on the date. A person in two cooperatives is counted twice."),
    Indicator("union_count", "Số liên hiệp hợp tác xã đang hoạt động", "Operating unions of cooperatives", "count",
              "Liên hiệp hợp tác xã có tình trạng «Đang hoạt động» vào ngày tính; liên hiệp tạm ngừng, không "
              "hoạt động tại địa chỉ đã đăng ký, đang giải thể được báo cáo riêng.",
              "Unions of cooperatives whose status on the date is “Active”; suspended ones, those not at "
              "their registered address and dissolving ones are reported beside this figure."),
    Indicator("jobs", "Lao động làm việc thường xuyên", "Regular workers", "people",
              "Người lao động (thành viên hoặc không) đang làm việc cho các tổ chức đang hoạt động vào ngày "
              "tính: đã bắt đầu và chưa nghỉ. Không tính lao động thời vụ (báo cáo riêng).",
              "Workers (members or not) working for the operating organisations on the date: started and "
              "not yet left. Seasonal workers are reported beside this figure, not in it."),
    Indicator("htx_high_tech", "HTX ứng dụng công nghệ cao", "Cooperatives applying high technology", "count",
              "Hợp tác xã đang hoạt động được đánh dấu ứng dụng công nghệ cao vào ngày tính.",
              "Operating cooperatives marked as applying high technology on the date."),
    Indicator("population_share", "Tỷ lệ dân số tham gia tổ chức KTTT (%)",
              "Share of the population in collective organisations (%)", "percent",
              "Số người là thành viên của các tổ chức đang hoạt động (một người ở nhiều tổ chức tính một "
              "lần, theo số định danh cá nhân), chia cho số dân đã nhập ở «Chỉ tiêu kế hoạch…».",
              "People who are members of the operating organisations (a person in several counted once, by "
              "ID number), divided by the population entered with the targets."),
    Indicator("value_chain_share", "Tỷ lệ tổ chức liên kết chuỗi giá trị (%)",
              "Share of organisations in value chains (%)", "percent",
              "Tổ chức đang hoạt động có liên kết chuỗi giá trị, chia cho số tổ chức đang hoạt động.",
              "Operating organisations in a value chain, divided by all operating organisations."),
    Indicator("traceability_count", "Tổ chức truy xuất nguồn gốc sản phẩm",
              "Organisations with product traceability", "count",
              "Tổ chức đang hoạt động có truy xuất nguồn gốc sản phẩm vào ngày tính.",
              "Operating organisations tracing their products on the date."),
    Indicator("ocop_count", "Tổ chức có sản phẩm OCOP từ 3 sao", "Organisations with 3-star+ OCOP products",
              "count",
              "Tổ chức đang hoạt động có sản phẩm OCOP được xếp hạng từ 3 sao trở lên vào ngày tính.",
              "Operating organisations with an OCOP product rated 3 stars or more on the date."),
    Indicator("support_amount", "Kinh phí hỗ trợ đã giải ngân (đồng)", "Support disbursed (VND)", "vnd",
              "Tổng số tiền các khoản hỗ trợ của Nhà nước có quyết định đến ngày tính và đã giải ngân hoặc "
              "hoàn thành vào ngày đó, cho tổ chức ở mọi tình trạng. Không tính khoản mới đăng ký nhu cầu, "
              "mới phê duyệt hoặc đã thu hồi; khoản vay (nhóm Tín dụng, đánh dấu «Là khoản vay») phải hoàn trả nên "
              "không phải là hỗ trợ, được báo cáo riêng.",
              "The amount of State support decided by the date and disbursed or completed on it, for "
              "organisations in any status. Needs registered, approvals only and recovered support are "
              "not counted; loans (Credit supports marked “Is a loan”) are repaid, so they are not support "
              "and are reported apart."),
)
INDICATOR_KEYS = tuple(indicator.key for indicator in INDICATORS)
# The registers' figures of each commune (`Snapshot.register_units`).
REGISTER_KEYS = ("managers_in_post", "managers_trained", "trained_this_year", "ocop_products",
                 "contracts_in_force", "loans_outstanding_vnd", "loans_overdue_vnd")
_BY_KEY = {indicator.key: indicator for indicator in INDICATORS}
_COUNT_KEYS = {"htx": "htx_count", "tht": "tht_count"}  # any other kind is a union
_MEMBERS_KEYS = {"htx": "htx_members", "tht": "tht_members"}  # a union's members are cooperatives


def indicator(key: str) -> Indicator:
    """The indicator with this key; unknown keys raise a coded error."""
    from kttt_desktop.core.errors import KtttError

    try:
        return _BY_KEY[key]
    except KeyError:
        raise KtttError("unknown_indicator", key=key, allowed=", ".join(INDICATOR_KEYS)) from None


@dataclass
class Snapshot:
    """Everything the dashboard and the printed report show for one date."""

    as_of: date
    units: dict[str, dict[str, float | None]]  # per commune (organisation's commune, else owner)
    total: dict[str, float | None]
    organizations_by_kind_status: dict[tuple[str, str], int]
    members_by_ethnicity: dict[str, int]  # "" for not recorded
    members_by_gender: dict[str, int]
    support_by_category: dict[str, tuple[int, int]]  # received: (count, amount VND)
    support_by_source: dict[str, tuple[int, int]]
    ocop_by_stars: dict[int, int]
    population: dict[str, int] = field(default_factory=dict)  # the figure each share used
    persons: dict[str, int] = field(default_factory=dict)  # distinct members, per commune
    memberships: dict[str, int] = field(default_factory=dict)  # members of every kind, per commune
    workers_by_contract: dict[str, int] = field(default_factory=dict)  # "" for not recorded
    loans_by_source: dict[str, tuple[int, int]] = field(default_factory=dict)  # received loans: (count, VND)
    ocop_products_by_stars: dict[int, int] = field(default_factory=dict)  # products, not organisations
    # The registers (totals only): managers of operating organisations in post on the day and of
    # them trained to standard; people trained in the year by topic; loans disbursed by the day,
    # by lender: (loans, outstanding, overdue VND as recorded); contracts in force by stage.
    managers_in_post: int = 0
    managers_trained: int = 0
    trained_by_topic: dict[str, int] = field(default_factory=dict)
    loan_register: bool = False  # the register of loans has entries: its figures replace the fallback
    loans_disbursed_vnd: int = 0  # the amount of the register's loans disbursed by the day
    loans_by_lender: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    contracts_by_stage: dict[str, int] = field(default_factory=dict)
    value_chain_orgs: int = 0  # operating organisations in a value chain (the share's numerator)
    # The same per commune (the organisation's), under REGISTER_KEYS, with the OCOP products in force.
    register_units: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(slots=True)
class _Organization:
    id: str
    unit: str
    start: str
    kind: str
    status: str
    high_tech: int
    value_chain: int
    traceability: int
    ocop_stars: int | None
    ocop_products: dict[int, int] | None = None  # valid OCOP products by stars, from the register

    @property
    def exists(self) -> bool:
        """Not ended: it still has members and workers of its own."""
        return self.status not in ENDED_STATUSES

    @property
    def operating(self) -> bool:
        """It counts towards the plan (see the module's docstring)."""
        return operating(self.kind, self.status)


def operating(kind: str, status: str) -> bool:
    """Whether an organisation of this kind and status counts towards the plan."""
    return status == OPERATING_STATUS or (kind == "tht" and status == UNREGISTERED_STATUS)


def _day_after(day: date) -> str:
    return (day + timedelta(days=1)).isoformat()


def values_then(conn: sqlite3.Connection, record_type: str,
                 days: Sequence[date]) -> dict[date, dict[tuple[str, str], object]]:
    """For each date, the (record id, field) pairs changed after it, with their value on it.

    The value on a date is the old value of the first change made after that date."""
    fields = HISTORY_FIELDS[record_type]
    earliest = _day_after(min(days))
    found: dict[date, dict[tuple[str, str], object]] = {day: {} for day in days}
    limits = [(day, _day_after(day)) for day in days]
    for record_id, field_name, old_value, at in report_queries.updates_since(conn, record_type, fields, earliest):
        value = json.loads(old_value) if old_value is not None else None
        for day, limit in limits:
            if at >= limit:
                found[day].setdefault((record_id, field_name), value)
    return found


_FLAGS = frozenset({"high_tech", "value_chain", "traceability"})


def _flag(value: object) -> int:
    return 1 if value in (1, True, "1", "true") else 0


def _organizations(conn: sqlite3.Connection, days: Sequence[date],
                   facts: list[tuple[Any, ...]] | None = None) -> dict[date, list[_Organization]]:
    """The organisations registered by each date, with their status and flags on it.

    `facts` are the rows of `report_queries.organization_facts` when the caller has them."""
    rows = report_queries.organization_facts(conn) if facts is None else facts
    history = values_then(conn, "organization", days)
    # Each organisation's decisions in the order they take effect: the one in effect on a day
    # is the last that took effect by then.
    timelines: dict[str, tuple[list[str], list[str]]] = {}
    for org_id, effective_on, status in report_queries.status_decisions(conn):
        timeline = timelines.get(org_id)
        if timeline is None:
            timelines[org_id] = ([effective_on], [status])
        else:
            timeline[0].append(effective_on)
            timeline[1].append(status)
    evidence = _Evidence(conn)
    result: dict[date, list[_Organization]] = {}
    for day in days:
        then = history[day]
        changed_since = {org_id for org_id, _ in then}
        iso = day.isoformat()
        orgs = [_Organization(*row) for row in rows if row[2] <= iso]
        for org in orgs:
            if org.id in changed_since:  # a value from the change log, as it was typed then
                for name in HISTORY_FIELDS["organization"]:
                    if (org.id, name) in then:
                        value = then[(org.id, name)]
                        setattr(org, name, _flag(value) if name in _FLAGS else value)
            timeline = timelines.get(org.id)
            if timeline is not None:
                in_effect = bisect_right(timeline[0], iso)
                if in_effect:
                    org.status = timeline[1][in_effect - 1]
            evidence.apply(org, iso)
        result[day] = orgs
    return result


def in_force(start: str, end: str, day: str) -> bool:
    """Whether something that starts on `start` and ends on `end` ('' unknown) holds on `day`:
    an unknown start counts from the beginning, an unknown end as no end."""
    return start <= day and (not end or end >= day)


class _Evidence:
    """The registers that replace an organisation's yes/no flags once it has entries: in a
    value chain = a contract in force on the day; OCOP = the best product whose certificate is
    valid on the day; traceability = a product carrying it; high technology = a product
    applying it, or the organisation's own declaration. An organisation without entries keeps
    its flags, so nothing entered before is lost.

    What does not depend on the day (a product's traceability and high technology, which
    products hold a certificate) is worked out once for all the days asked."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.contracts: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for org_id, signed, expires in report_queries.linkages(conn):
            self.contracts[org_id].append((signed, expires))
        # Per organisation: any product traceable, any applying high technology, and the
        # (stars, certified_on, expires_on) of its certified OCOP products.
        self.products: dict[str, tuple[list[int], list[tuple[int, str, str]]]] = {}
        for org_id, stars, certified, expires, traceable, high_tech in report_queries.products(conn):
            entry = self.products.get(org_id)
            if entry is None:
                entry = self.products[org_id] = ([0, 0], [])
            if traceable:
                entry[0][0] = 1
            if high_tech:
                entry[0][1] = 1
            if stars and certified:
                entry[1].append((int(stars), certified, expires))

    def apply(self, org: _Organization, day: str) -> None:
        contracts = self.contracts.get(org.id)
        if contracts:
            org.value_chain = int(any(in_force(signed, expires, day) for signed, expires in contracts))
        entry = self.products.get(org.id)
        if entry is not None:
            (traceable, high_tech), certificates = entry
            org.traceability = traceable
            org.high_tech = int(bool(org.high_tech) or bool(high_tech))
            valid: dict[int, int] = {}
            for stars, certified, expires in certificates:
                if in_force(certified, expires, day):
                    valid[stars] = valid.get(stars, 0) + 1
            org.ocop_stars = max(valid) if valid else None
            org.ocop_products = valid

    @staticmethod
    def ocop_products_of(org: _Organization) -> dict[int, int]:
        """The organisation's OCOP products valid on the day, by stars (its flag's one
        product when it has no product entries)."""
        if org.ocop_products is not None:
            return org.ocop_products
        return {int(org.ocop_stars): 1} if org.ocop_stars else {}


def organizations_on(conn: sqlite3.Connection, day: date) -> list[_Organization]:
    """The organisations registered by `day`, with their kind, status and flags on it."""
    return _organizations(conn, [day])[day]


def _persons_counted_twice(conn: sqlite3.Connection, day: str, unit_of: dict[str, str]) -> tuple[Counter[str], int]:
    """Memberships beyond the first of one person (same ID number), per commune and in total.

    Few people belong to several organisations, so they are found through the ID-number index
    and only their rows are read."""
    shared = report_queries.shared_id_numbers(conn)
    per_person: dict[str, list[str]] = defaultdict(list)
    for id_number, org_id in report_queries.memberships_of(conn, shared, day):
        if org_id in unit_of:
            per_person[id_number].append(unit_of[org_id])
    per_unit: Counter[str] = Counter()
    total = 0
    for units in per_person.values():
        total += len(units) - 1
        for unit, count in Counter(units).items():
            per_unit[unit] += count - 1
    return per_unit, total


def population_on(conn: sqlite3.Connection, year: int) -> dict[str, int]:
    """Each unit's population: the latest figure up to `year`, else the earliest one after it."""
    figures: dict[str, int] = {}
    for unit, figure_year, population in plan.population(conn):
        if figure_year <= year or unit not in figures:
            figures[unit] = population
    return figures


def _share(part: float, whole: float) -> float | None:
    return round(100.0 * part / whole, 2) if whole else None


def _add(figures: dict[str, float | None], key: str, amount: float) -> None:
    """Add to a count. Counts start at 0; only the shares are ever None, and they are not added to."""
    figures[key] = (figures[key] or 0) + amount


def compute(conn: sqlite3.Connection, as_of: date, site_unit: str | None = None) -> Snapshot:
    """All indicators on `as_of`, per commune and in total.

    `site_unit` is the unit code of the site; a population entered for it (a district's or
    province's own figure) is the denominator of the total share."""
    day = as_of.isoformat()
    facts = report_queries.organization_facts(conn)
    orgs = _organizations(conn, [as_of], facts)[as_of]
    counted = [org for org in orgs if org.operating]
    kind_of = {org.id: org.kind for org in counted}
    unit_of = {org.id: org.unit for org in counted}
    by_kind_status = Counter((org.kind, org.status) for org in orgs)
    # Each commune's counts, tallied first and copied into its figures once.
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    ocop_by_stars: Counter[int] = Counter()
    ocop_products: Counter[int] = Counter()
    value_chain: Counter[str] = Counter()
    ocop_per_unit: Counter[str] = Counter()
    for org in counted:
        tally = tallies[org.unit]
        tally[_COUNT_KEYS.get(org.kind, "union_count")] += 1
        if org.kind == "htx" and org.high_tech:
            tally["htx_high_tech"] += 1
        if org.traceability:
            tally["traceability_count"] += 1
        if org.value_chain:
            value_chain[org.unit] += 1
        if org.ocop_stars and org.ocop_stars >= OCOP_MIN_STARS:
            tally["ocop_count"] += 1
            ocop_by_stars[int(org.ocop_stars)] += 1
        products = _Evidence.ocop_products_of(org)
        if products:
            ocop_products.update(products)
            ocop_per_unit[org.unit] += sum(products.values())

    members_per_org = report_queries.people_per_organization(conn, "member", day)
    ethnicity: Counter[str] = Counter()
    gender: Counter[str] = Counter()
    not_counted = [org_id for org_id in members_per_org if org_id not in kind_of]
    for ethnic, sex, count in report_queries.members_by_ethnicity_gender(conn, day, not_counted):
        ethnicity[ethnic or ""] += count
        gender[sex or ""] += count
    memberships: Counter[str] = Counter()
    for org_id, count in members_per_org.items():
        unit = unit_of.get(org_id)
        if unit is not None:
            memberships[unit] += count
            members_key = _MEMBERS_KEYS.get(kind_of[org_id])
            if members_key:
                tallies[unit][members_key] += count
    twice, twice_total = _persons_counted_twice(conn, day, unit_of)
    persons = {unit: count - twice[unit] for unit, count in memberships.items()}
    jobs = report_queries.jobs_per_organization(conn, day, SEASONAL_CONTRACT)
    for org_id, count in jobs:
        if org_id in unit_of:
            tallies[unit_of[org_id]]["jobs"] += count
    contracts: Counter[str] = Counter()
    not_counted = [org_id for org_id, _ in jobs if org_id not in unit_of]
    for contract, count in report_queries.workers_by_contract(conn, day, not_counted):
        contracts[contract or ""] += count

    empty = dict.fromkeys(INDICATOR_KEYS, 0)
    units: dict[str, dict[str, float | None]] = defaultdict(lambda: dict(empty))
    for unit, tally in tallies.items():
        units[unit].update(tally)
    by_category, by_source, loans = _support(conn, as_of, units, {row[0]: row[1] for row in facts})

    population = population_on(conn, as_of.year)
    used_population: dict[str, int] = {}
    operating_per_unit = Counter(org.unit for org in counted)
    for unit, figures in units.items():
        figures["value_chain_share"] = _share(value_chain[unit], operating_per_unit[unit])
        figures["population_share"] = None
        if unit in population:
            used_population[unit] = population[unit]
            figures["population_share"] = _share(persons.get(unit, 0), population[unit])

    total: dict[str, float | None] = dict(empty)
    for figures in units.values():
        for key in INDICATOR_KEYS:
            if key not in ("population_share", "value_chain_share"):
                _add(total, key, figures[key] or 0)
    total["value_chain_share"] = _share(sum(value_chain.values()), len(counted))
    if site_unit and site_unit in population and site_unit not in units:
        used_population[site_unit] = population[site_unit]
        total["population_share"] = _share(sum(memberships.values()) - twice_total, population[site_unit])
    else:
        with_population = [unit for unit in units if unit in population]
        total["population_share"] = _share(sum(persons.get(u, 0) for u in with_population),
                                           sum(population[u] for u in with_population)) if with_population else None
    snapshot = Snapshot(as_of, dict(units), total, dict(by_kind_status), dict(ethnicity), dict(gender),
                        by_category, by_source, dict(ocop_by_stars), used_population, persons, dict(memberships),
                        dict(contracts), loans, dict(ocop_products))
    snapshot.value_chain_orgs = sum(value_chain.values())
    _registers(conn, as_of, unit_of, {org.id: org.unit for org in orgs}, snapshot, ocop_per_unit)
    return snapshot


def _registers(conn: sqlite3.Connection, as_of: date, counted: dict[str, str], unit_of: dict[str, str],
               snapshot: Snapshot, ocop_per_unit: Counter[str]) -> None:
    """The figures read from the registers alone, in total and per commune: managers (of the
    operating organisations, `counted`), people trained this year, loans (of organisations in
    any status: a debt outlives its debtor's activity) and value-chain contracts in force (of
    the operating organisations). An entry of an organisation not yet registered on the day
    counts in the total only."""
    day = as_of.isoformat()
    per_unit: dict[str, Counter[str]] = {key: Counter() for key in REGISTER_KEYS}
    per_unit["ocop_products"] = ocop_per_unit
    in_post, trained = per_unit["managers_in_post"], per_unit["managers_trained"]
    for org_id, people, standard in report_queries.managers_in_post(conn, day):
        if org_id in counted:
            in_post[counted[org_id]] += people
            trained[counted[org_id]] += standard
    snapshot.managers_in_post, snapshot.managers_trained = in_post.total(), trained.total()
    topics: Counter[str] = Counter()
    trained_in_year = per_unit["trained_this_year"]
    for org_id, topic, people in report_queries.trained_by_topic(conn, date(as_of.year, 1, 1).isoformat(), day):
        topics[topic] += people
        if org_id in unit_of:
            trained_in_year[unit_of[org_id]] += people
    snapshot.trained_by_topic = dict(topics)
    snapshot.loan_register = report_queries.has_loans(conn)
    lenders: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    outstanding_of, overdue_of = per_unit["loans_outstanding_vnd"], per_unit["loans_overdue_vnd"]
    for org_id, lender, count, outstanding, overdue, amount in report_queries.loans_by_lender(conn, day):
        figures = lenders[lender]
        figures[0] += count
        figures[1] += outstanding
        figures[2] += overdue
        snapshot.loans_disbursed_vnd += amount
        if org_id in unit_of:
            outstanding_of[unit_of[org_id]] += outstanding
            overdue_of[unit_of[org_id]] += overdue
    snapshot.loans_by_lender = {lender: (count, outstanding, overdue)
                                for lender, (count, outstanding, overdue) in lenders.items()}
    stages: Counter[str] = Counter()
    contracts = per_unit["contracts_in_force"]
    for org_id, stage, count in report_queries.linkages_in_force(conn, day):
        if org_id in counted:
            stages[stage] += count
            contracts[counted[org_id]] += count
    snapshot.contracts_by_stage = dict(stages)
    units = set().union(*per_unit.values())
    snapshot.register_units = {unit: {key: per_unit[key][unit] for key in REGISTER_KEYS} for unit in units}


_Tally = dict[str, tuple[int, int]]


def _support(conn: sqlite3.Connection, as_of: date, units: dict[str, dict[str, float | None]],
             unit_of: dict[str, str]) -> tuple[_Tally, _Tally, _Tally]:
    """Support received by the date (disbursed or completed then), by category and by source,
    and apart from it the loans received then, by source (a loan is repaid: it is not support
    money); adds each commune's support amount to its figures. `unit_of` gives the commune of
    every live organisation, whatever its status: support received stays received."""
    day = as_of.isoformat()
    stage_then = {support_id: stage for (support_id, _), stage in values_then(conn, "support", [as_of])[as_of].items()}
    changed = list(stage_then)
    stages = sorted(RECEIVED_STAGES)
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    loans: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def tally(category: str | None, source: str | None, is_loan: object, count: int, amount: int) -> None:
        tables = ((loans, source),) if is_loan else ((by_category, category), (by_source, source))
        for table, key in tables:
            table[key or ""][0] += count
            table[key or ""][1] += amount

    for org_id, amount in report_queries.support_received_per_organization(conn, day, stages, changed):
        if org_id in unit_of:
            _add(units[unit_of[org_id]], "support_amount", amount)
    for category, source, is_loan, count, amount in report_queries.support_received_totals(conn, day, stages,
                                                                                            changed):
        tally(category, source, is_loan, count, amount)
    # Supports whose stage changed after the date count under the stage they had on it.
    for support_id, unit, category, source, is_loan, amount in report_queries.supports_decided(conn, day, changed):
        if stage_then[support_id] in RECEIVED_STAGES:
            tally(category, source, is_loan, 1, amount)
            if not is_loan:
                _add(units[unit], "support_amount", amount)
    return tuple({k: (v[0], v[1]) for k, v in table.items()}  # type: ignore[return-value]
                 for table in (by_category, by_source, loans))


@dataclass(frozen=True)
class YearFigures:
    """Organisations and members at the end of one year (the trend chart)."""

    year: int
    htx: int
    tht: int
    unions: int
    members: int


def trend(conn: sqlite3.Connection, years: Sequence[int], as_of: date | None = None) -> list[YearFigures]:
    """Counts at the end of each year (or on `as_of` for a year not yet over), in one pass
    over the members."""
    days = [min(date(year, 12, 31), as_of) if as_of else date(year, 12, 31) for year in years]
    orgs_on = _organizations(conn, days)
    counted_on = {day: {org.id for org in orgs_on[day] if org.operating} for day in days}
    members_on: dict[date, int] = Counter()
    for row in report_queries.members_on_days(conn, days):
        for day, count in zip(days, row[1:], strict=True):
            if row[0] in counted_on[day]:
                members_on[day] += count or 0
    result = []
    for year, day in zip(years, days, strict=True):
        kinds = Counter(org.kind for org in orgs_on[day] if org.operating)
        result.append(YearFigures(year, kinds["htx"], kinds["tht"], kinds["lhhtx"], members_on[day]))
    return result
