"""A support record that is a loan: only a credit support can be one, and the refusal says what
to do; nothing is written when it is refused."""

from __future__ import annotations

import pytest

from kttt_desktop.core.errors import ValidationFailed
from tests.core.factories import htx


def loan(org_id: str, **values) -> dict:
    return {"organization_id": org_id, "category": "credit", "content": "Vay Quỹ hỗ trợ phát triển HTX",
            "decision_date": "2025-04-01", "amount_vnd": 300_000_000, "stage": "disbursed", "is_loan": True,
            **values}


def test_a_credit_support_may_be_a_loan(core_registry):
    org = core_registry.create("organization", htx()).record["id"]
    record = core_registry.create("support", loan(org)).record
    assert record["is_loan"] is True
    interest = core_registry.create("support", loan(org, content="Hỗ trợ lãi suất", is_loan=False)).record
    assert interest["is_loan"] is False
    assert core_registry.create("support", {"organization_id": org, "content": "Tập huấn"}).record["is_loan"] is False


def test_a_loan_of_another_category_is_refused_with_a_clear_message(core_registry):
    org = core_registry.create("organization", htx()).record["id"]
    with pytest.raises(ValidationFailed) as caught:
        core_registry.create("support", loan(org, category="infrastructure"))
    [issue] = caught.value.issues
    assert issue.code == "loan_not_credit" and issue.field == "is_loan" and issue.is_error
    assert "«Tín dụng»" in issue.message() and "bỏ đánh dấu «Là khoản vay»" in issue.message()
    assert "Credit" in issue.message("en")
    assert list(core_registry.list_records("support")) == []  # nothing half-written


def test_moving_a_loan_out_of_credit_is_refused(core_registry):
    org = core_registry.create("organization", htx()).record["id"]
    record = core_registry.create("support", loan(org)).record
    with pytest.raises(ValidationFailed):
        core_registry.update("support", record["id"], {"category": "training"})
    assert core_registry.get("support", record["id"])["category"] == "credit"
    core_registry.update("support", record["id"], {"category": "training", "is_loan": False})
