"""`kttt records` with the yearly results and the status decisions, as scripts use it."""

from __future__ import annotations

import json

from tests.cli.cli_tools import new_commune, run
from tests.core.factories import htx


def _put(capsys, db: str, record_type: str, values: dict) -> tuple[int, str, str]:
    return run(capsys, "records", "put", "--db", db, "--type", record_type, "--json", json.dumps(values))


def test_results_and_decisions_through_the_command(capsys, tmp_path):
    db = new_commune(capsys, tmp_path)
    code, out, err = _put(capsys, db, "organization", htx(registration_date="2019-05-10"))
    assert code == 0, err
    org_id = json.loads(out)["id"]

    results = {"organization_id": org_id, "year": 2025, "revenue_vnd": 900_000_000, "profit_vnd": -1_000_000}
    code, out, err = _put(capsys, db, "annual_report", results)
    assert code == 0, err
    assert json.loads(out)["profit_vnd"] == -1_000_000
    code, out, err = _put(capsys, db, "annual_report", results)
    assert code == 1 and out == ""
    assert "đã có kết quả hoạt động năm 2025" in err

    code, out, err = _put(capsys, db, "status_change", {
        "organization_id": org_id, "status": "dissolved", "effective_on": "2026-06-30",
        "decision_no": "27/QĐ-UBND", "agency": "UBND xã Bum Tở"})
    assert code == 0, err
    code, out, _ = run(capsys, "records", "get", "--db", db, "--type", "organization", "--id", org_id)
    assert json.loads(out)["status"] == "dissolved"

    code, out, _ = run(capsys, "records", "list", "--db", db, "--type", "status_change")
    lines = out.splitlines()
    assert any("Đang hoạt động (10/05/2019)" in line for line in lines)
    assert any("Đã giải thể / chấm dứt (30/06/2026)" in line for line in lines)
    code, out, _ = run(capsys, "records", "list", "--db", db, "--type", "annual_report")
    assert "Năm 2025" in out
