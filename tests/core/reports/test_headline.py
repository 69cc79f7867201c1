"""The headline figures on hand-made data: every legal status, deleted records, members who
left, seasonal workers, support stages, and a status changed after the date asked about."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.core import catalogs
from kttt_desktop.core.plan.indicators import (
    ENDED_STATUSES,
    INDICATORS,
    PAUSED_STATUSES,
    compute,
    indicator,
    operating,
    trend,
)
from kttt_desktop.core.reports.headline import (
    BESIDE,
    HEADLINE_KEYS,
    HEADLINES,
    headline,
    headline_values,
)
from kttt_desktop.core.reports.summary import build_report
from tests.core.factories import htx, member

# Status changes are stamped with the real clock, so "now" is the real today.
NOW = date.today()
END_OF_2025 = date(2025, 12, 31)


@pytest.fixture
def commune(core_registry):
    """Xã Bum Tở with one organisation in every status:
    A  HTX active since 2020: members a1 (official), a2 (associate), a3 (left 30/6/2024), a4 (deleted);
       workers w1 (indefinite), w2 (seasonal), w3 (left 1/1/2025); supports: completed 30 M,
       requested 50 M, disbursed 10 M but deleted.
    S  HTX active since 2021, suspended now: member s1, worker w4; support disbursed in 2022, 100 M.
    N, G  HTX not at the registered address, dissolving; D, R, K dissolved, revoked, bankrupt
       (each with a member); U an HTX wrongly marked "not registered".
    T1 THT active (member, worker without a contract); T2 THT not registered (member); T3 THT dissolving.
    L  union suspended. X  HTX active but deleted, with a member. F  HTX registered 1/3/2026.
    """
    r = core_registry

    def org(name: str, **values: object) -> str:
        values.setdefault("registration_date", "2021-01-01")
        return r.create("organization", htx(name=name, **values)).record["id"]

    def group(name: str, status: str, kind: str = "tht") -> str:
        return r.create("organization", {"kind": kind, "name": name, "status": status,
                                         "registration_date": "2021-01-01"}).record["id"]

    a = org("HTX A", registration_date="2020-01-01")
    s = org("HTX S")
    for name, status in (("HTX N", "not_at_address"), ("HTX G", "dissolving"), ("HTX D", "dissolved"),
                         ("HTX R", "revoked"), ("HTX K", "bankrupt")):
        r.create("member", member(org(name, status=status), full_name=f"Thành viên {name}"))
    t1, t2 = group("THT 1", "active"), group("THT 2", "unregistered")
    group("THT 3", "dissolving")
    group("Liên hiệp L", "suspended", kind="lhhtx")
    x = org("HTX X")
    org("HTX F", registration_date="2026-03-01")

    r.create("member", member(a, full_name="a1"))
    r.create("member", member(a, full_name="a2", membership="associate_capital"))
    r.create("member", member(a, full_name="a3", left_on="2024-06-30", leave_reason="Chuyển đi"))
    a4 = r.create("member", member(a, full_name="a4")).record["id"]
    r.create("member", member(s, full_name="s1"))
    r.create("member", member(x, full_name="x1"))
    for org_id in (t1, t2):
        r.create("member", member(org_id, full_name="Thành viên tổ", membership="member"))
    for org_id, name, values in ((a, "w1", {"contract": "indefinite"}), (a, "w2", {"contract": "seasonal"}),
                                 (a, "w3", {"contract": "fixed_term", "ended_on": "2025-01-01"}),
                                 (s, "w4", {"contract": "indefinite"}), (t1, "w5", {})):
        r.create("worker", {"organization_id": org_id, "full_name": name, "started_on": "2021-06-01", **values})
    for org_id, amount, stage, day in ((a, 30_000_000, "completed", "2023-05-01"),
                                       (a, 50_000_000, "requested", "2023-06-01"),
                                       (s, 100_000_000, "disbursed", "2022-05-01")):
        r.create("support", {"organization_id": org_id, "category": "training", "content": "Tập huấn",
                             "decision_date": day, "amount_vnd": amount, "stage": stage})
    deleted = r.create("support", {"organization_id": a, "category": "credit", "content": "Nhập nhầm",
                                   "decision_date": "2023-01-01", "amount_vnd": 10_000_000,
                                   "stage": "disbursed"}).record["id"]
    r.delete("support", deleted, reason="Nhập nhầm")
    r.delete("member", a4, reason="Nhập nhầm")
    r.delete("organization", x, reason="Nhập nhầm")
    r.update("organization", s, {"status": "suspended"})
    return r


def values_on(registry, day: date) -> dict[str, float | None]:
    return headline_values(compute(registry.conn, day, "03433"))


def test_an_organisation_counts_while_operating_and_the_rest_is_told_beside(commune):
    values = values_on(commune, NOW)
    assert values["htx_count"] == 2  # A and F
    assert values["htx_paused"] == 3  # S suspended, N not at its address, G dissolving
    assert values["htx_registered"] == 8  # A F S N G D R K: not the deleted X
    assert values["tht_count"] == 2  # a cooperative group operates without registering
    assert values["tht_unregistered"] == 1  # THT 2: inside the count, and said so beside it
    assert values["tht_paused"] == 1
    assert (values["union_count"], values["union_paused"]) == (0, 1)


def test_people_count_with_their_operating_organisation(commune):
    values = values_on(commune, NOW)
    assert values["htx_members"] == 2  # a1, a2: a3 left, a4 deleted, s1 in a suspended HTX, x1 in a deleted one
    assert values["tht_members"] == 2
    assert values["members_total"] == 4
    assert values["jobs"] == 2  # w1, and w5 without a contract; w3 left, w4 works for the suspended HTX
    assert values["workers_seasonal"] == 1  # w2, beside the regular workers


def test_support_disbursed_whatever_the_organisation_became(commune):
    values = values_on(commune, NOW)
    assert values["support_count"] == 2  # A's completed one and S's, not the request nor the deleted one
    assert values["support_amount"] == 130_000_000


def test_a_status_changed_later_counts_as_it_was_on_the_date(commune):
    values = values_on(commune, END_OF_2025)
    assert values["htx_count"] == 2  # A, and S still operating; F not registered yet
    assert values["htx_paused"] == 2 and values["htx_registered"] == 7
    assert values["htx_members"] == 3 and values["members_total"] == 5  # s1 counted with S
    assert values["jobs"] == 3  # w1, w4, w5: w3 left on 1/1/2025
    years = trend(commune.conn, [2025, NOW.year], NOW)
    assert (years[0].htx, years[-1].htx) == (2, 2)  # the trend chart counts the same way (A S, then A F)
    assert years[-1].members == values_on(commune, NOW)["members_total"]


def test_before_anything_was_registered_nothing_counts(commune):
    values = values_on(commune, date(2019, 12, 31))
    assert all(not value for key, value in values.items()), values


def test_every_status_has_a_rule():
    """A status added to the catalogue without saying whether it counts would be counted nowhere."""
    for status in (value.code for value in catalogs.catalog("organization_status")):
        rules = [operating("htx", status) or operating("tht", status), status in PAUSED_STATUSES,
                 status in ENDED_STATUSES]
        assert rules.count(True) == 1, status
    assert operating("tht", "unregistered") and not operating("htx", "unregistered")


def test_one_definition_per_figure_with_words_in_both_languages():
    assert len(set(HEADLINE_KEYS)) == len(HEADLINE_KEYS) == len(HEADLINES)
    plan = {ind.key for ind in INDICATORS}
    for figure in HEADLINES:
        if figure.key in plan:
            assert headline(figure.key) is indicator(figure.key)  # the plan's indicator itself
        for lang in ("vi", "en"):
            assert figure.label(lang) and len(figure.explanation(lang)) > 40, (figure.key, lang)
    assert {figure.key for figure in BESIDE}.isdisjoint(plan)
    labels = [figure.label("vi") for figure in (*INDICATORS, *BESIDE)]
    assert len(set(labels)) == len(labels)
    assert headline("htx_count").label() == "Số hợp tác xã đang hoạt động"
    assert headline("htx_registered").label() == "HTX đã đăng ký, mọi tình trạng"
    assert headline("jobs").label() == "Lao động làm việc thường xuyên"
    for figure in INDICATORS:
        assert figure.explanation("vi") and figure.explanation("en"), figure.key


def test_the_report_carries_the_same_figures(commune):
    report = build_report(commune, NOW)
    assert {row.key: row.value for row in report.headlines} == values_on(commune, NOW)
    assert [row.key for row in report.beside_rows] == [figure.key for figure in BESIDE]
    by_key = {row.indicator.key: row.actual for row in report.indicator_rows}
    assert all(by_key[row.key] == row.value for row in report.headlines if row.key in by_key)
