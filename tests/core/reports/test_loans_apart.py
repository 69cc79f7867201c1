"""Loans are not support: a credit support marked as a loan is kept apart from the support
disbursed in every total (indicators, headline figures, `kttt indicators`, the summary report)."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.core.plan.indicators import compute
from kttt_desktop.core.reports.headline import headline_values
from kttt_desktop.core.reports.indicator_list import list_figures
from kttt_desktop.core.reports.summary import build_report
from tests.core.factories import htx


@pytest.fixture
def commune(core_registry):
    """One cooperative with a grant (training, 100 M), an interest support (credit, 20 M, not a
    loan), a loan disbursed in 2024 (500 M), a loan only approved (200 M) and a loan decided in
    2026 (80 M)."""
    r = core_registry
    org = r.create("organization", htx(registration_date="2019-05-10")).record["id"]

    def support(category: str, amount: int, day: str, stage: str = "disbursed", is_loan: bool = False) -> None:
        r.create("support", {"organization_id": org, "category": category, "content": f"Khoản {amount}",
                             "decision_date": day, "amount_vnd": amount, "stage": stage, "is_loan": is_loan,
                             "funding_source": "provincial_budget"})

    support("training", 100_000_000, "2023-03-01")
    support("credit", 20_000_000, "2024-03-01")
    support("credit", 500_000_000, "2024-05-01", is_loan=True)
    support("credit", 200_000_000, "2024-06-01", stage="approved", is_loan=True)
    support("credit", 80_000_000, "2026-02-01", is_loan=True)
    return r


def test_the_support_disbursed_leaves_the_loans_out(commune):
    snapshot = compute(commune.conn, date(2025, 12, 31))
    assert snapshot.total["support_amount"] == 120_000_000
    assert snapshot.support_by_category["credit"] == (1, 20_000_000)  # the interest support alone
    assert snapshot.support_by_source["provincial_budget"] == (2, 120_000_000)
    assert snapshot.loans_by_source == {"provincial_budget": (1, 500_000_000)}
    values = headline_values(snapshot)
    assert (values["support_count"], values["support_amount"], values["loans_amount"]) == (2, 120_000_000, 500_000_000)


def test_the_loans_follow_the_date(commune):
    assert headline_values(compute(commune.conn, date(2024, 4, 30)))["loans_amount"] == 0
    assert headline_values(compute(commune.conn, date(2026, 11, 26)))["loans_amount"] == 580_000_000


def test_the_command_lines_figures_name_the_loans(commune):
    figures = {figure.key: figure for figure in list_figures(commune, date(2025, 12, 31))}
    assert figures["support_disbursed_vnd"].value == 120_000_000
    assert figures["loans_disbursed_vnd"].value == figures["loans_outstanding_vnd"].value == 500_000_000
    assert "trả nợ" in figures["loans_outstanding_vnd"].note


def test_the_summary_report_prints_the_loans_beside_the_support(commune):
    report = build_report(commune, date(2025, 12, 31))
    beside = {row.key: row.value for row in report.beside_rows}
    assert beside["loans_amount"] == 500_000_000
    assert sum(amount for _, _, amount in report.support_by_category) == 120_000_000
