"""`kttt indicators`: every figure the dashboard shows, under stable names, on any past day."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kttt_desktop.core.registry import Registry
from kttt_desktop.core.reports.headline import headline_values
from kttt_desktop.core.reports.indicator_list import PUBLIC_KEYS
from tests.cli.cli_tools import demo_commune, run

REQUIRED_KEYS = (
    "tht_operating", "htx_operating", "lhhtx_operating", "tht_members", "htx_members", "jobs", "high_tech_htx",
    "population_share_pct", "value_chain_orgs", "value_chain_share_pct", "traceability_orgs", "ocop_products",
    "support_disbursed_vnd", "loans_outstanding_vnd", "loans_overdue_vnd", "managers_trained",
    "managers_trained_share_pct", "trained_this_year", "ocop_products_3", "ocop_products_4", "ocop_products_5",
    "contracts_in_force",
    "htx_suspended", "htx_dissolving", "htx_not_at_address", "tht_suspended", "tht_dissolving",
    "tht_not_at_address", "lhhtx_suspended", "lhhtx_dissolving", "lhhtx_not_at_address")


@pytest.fixture
def db(tmp_path: Path, capsys) -> str:
    return demo_commune(capsys, tmp_path)


def _figures(capsys, db: str, *argv: str) -> dict[str, dict]:
    code, out, err = run(capsys, "indicators", "--db", db, "--json", *argv)
    assert code == 0 and err == "", err
    listed = json.loads(out)
    keys = [item["key"] for item in listed]
    assert len(keys) == len(set(keys))
    return {item["key"]: item for item in listed}


def _dashboard(db: str, day: date | None = None) -> tuple[dict, dict]:
    """The snapshot's totals and headline figures, as the dashboard reads them."""
    registry = Registry.open(Path(db), create=False)
    try:
        snapshot = registry.indicators(day)
        return dict(snapshot.total), headline_values(snapshot)
    finally:
        registry.close()


def test_every_figure_has_a_stable_key_a_label_a_value_and_a_unit(db, capsys):
    figures = _figures(capsys, db)
    assert set(REQUIRED_KEYS) <= set(figures)
    assert list(figures) == list(PUBLIC_KEYS)
    for item in figures.values():
        assert item["label"] and item["unit"] in ("count", "vnd", "pct")
        assert item["value"] is None or isinstance(item["value"], int | float)
    assert figures["htx_operating"]["label"] == "Số hợp tác xã đang hoạt động"
    assert figures["support_disbursed_vnd"]["unit"] == "vnd" and figures["value_chain_share_pct"]["unit"] == "pct"
    loans = figures["loans_outstanding_vnd"]
    assert loans["unit"] == "vnd" and "sổ các khoản vay" in loans["note"]  # the demo fills the loan register
    assert figures["managers_trained_share_pct"]["unit"] == "pct" and figures["loans_overdue_vnd"]["unit"] == "vnd"


def test_loans_are_counted_apart_from_support(db, capsys):
    """The demo's loans are the loans figures, never support: its register of loans holds them
    (the credit supports marked as loans too), so the amount disbursed is the register's."""
    figures = _figures(capsys, db)
    total, headlines = _dashboard(db)
    assert figures["loans_disbursed_vnd"]["value"] == headlines["loans_amount"] > 0
    registry = Registry.open(Path(db), create=False)
    try:
        supports = list(registry.list_records("support"))
        today = registry.today.isoformat()
        loans = [loan for loan in registry.list_records("loan") if loan["disbursed_on"] <= today]
    finally:
        registry.close()
    # The balances as the loan register records them, of the loans disbursed by the day.
    assert figures["loans_outstanding_vnd"]["value"] == sum(loan["outstanding_vnd"] or 0 for loan in loans) > 0
    assert figures["loans_overdue_vnd"]["value"] == sum(loan["overdue_vnd"] or 0 for loan in loans) > 0
    received = [s for s in supports if s["stage"] in ("disbursed", "completed") and s["amount_vnd"]]
    assert sum(loan["amount_vnd"] or 0 for loan in loans) == headlines["loans_amount"]
    assert sum(s["amount_vnd"] for s in received if not s["is_loan"]) == total["support_amount"]


def test_the_registers_figures_count_the_demos_entries(db, capsys):
    """Managers, training, OCOP products and contracts, counted by hand from the demo's entries."""
    figures = _figures(capsys, db)
    registry = Registry.open(Path(db), create=False)
    try:
        today = registry.today.isoformat()
        operating = {org["id"] for org in registry.list_records("organization")
                     if org["status"] == "active" or (org["kind"], org["status"]) == ("tht", "unregistered")}
        in_post = [m for m in registry.list_records("manager") if m["organization_id"] in operating
                   and (m["from_on"] or "") <= today and (not m["to_on"] or m["to_on"] >= today)]
        trainings = list(registry.list_records("training"))
        products = [p for p in registry.list_records("product")
                    if p["ocop_stars"] and p["ocop_certified_on"] <= today <= p["ocop_expires_on"]]
        contracts = [c for c in registry.list_records("linkage") if c["organization_id"] in operating
                     and c["signed_on"] <= today <= c["expires_on"]]
    finally:
        registry.close()
    trained = sum(m["trained_to_standard"] for m in in_post)
    assert figures["managers_trained"]["value"] == trained > 0
    assert figures["managers_trained_share_pct"]["value"] == round(100 * trained / len(in_post), 2)
    this_year = {(t["topic"], t["manager_id"] or f"{t['organization_id']}:{t['full_name']}") for t in trainings
                 if f"{today[:4]}-01-01" <= t["started_on"] <= today}
    assert figures["trained_this_year"]["value"] == len(this_year)
    assert figures["ocop_products_3"]["value"] == sum(p["ocop_stars"] == 3 for p in products) > 0
    assert figures["contracts_in_force"]["value"] == len(contracts) > 0


def test_the_figures_are_the_dashboards(db, capsys):
    figures = _figures(capsys, db)
    total, headlines = _dashboard(db)
    assert figures["htx_operating"]["value"] == total["htx_count"] > 0
    assert figures["tht_operating"]["value"] == total["tht_count"]
    assert figures["jobs"]["value"] == total["jobs"]
    assert figures["support_disbursed_vnd"]["value"] == total["support_amount"] > 0
    assert figures["value_chain_share_pct"]["value"] == total["value_chain_share"]
    assert figures["htx_registered"]["value"] == headlines["htx_registered"]
    for kind in ("htx", "tht", "lhhtx"):
        beside = sum(figures[f"{kind}_{status}"]["value"] for status in ("suspended", "not_at_address", "dissolving"))
        assert figures[f"{kind}_paused"]["value"] == beside
    assert figures["htx_paused"]["value"] > 0  # the demo has paused cooperatives: they are not in the count
    operating = sum(figures[f"{kind}_operating"]["value"] for kind in ("htx", "tht", "lhhtx"))
    share = round(100 * figures["value_chain_orgs"]["value"] / operating, 2)
    assert share == figures["value_chain_share_pct"]["value"]


def test_plan_indicators_carry_their_targets_and_progress(db, capsys):
    from kttt_desktop.core.plan.targets import read_targets

    registry = Registry.open(Path(db), create=False)
    try:  # the trial's allocations taken back: nothing allocated to Bum Tở
        for target in read_targets(registry.conn, "03433"):
            registry.set_target("03433", target.indicator, target.year, None)
    finally:
        registry.close()
    figures = _figures(capsys, db)
    htx = figures["htx_operating"]
    # Nothing allocated to Bum Tở: the Mường Tè plan it starts with is context, not its yardstick.
    assert "targets" not in htx and "progress" not in htx
    assert htx["area_targets"] == {"2030": 50, "2045": 70}
    assert htx["not_allocated"] == ["2030", "2045"]
    assert "targets" not in figures["htx_suspended"] and "progress" not in figures["htx_registered"]
    code, out, _ = run(capsys, "indicators", "--db", db)
    assert code == 0 and "Chưa được giao chỉ tiêu" in out

    registry = Registry.open(Path(db), create=False)
    try:
        registry.set_target("03433", "htx_count", 2030, htx["value"] + 10, baseline=htx["value"] - 2)
        registry.set_target("03433", "value_chain_share", 2045, 60)
    finally:
        registry.close()
    figures = _figures(capsys, db)
    htx = figures["htx_operating"]
    assert htx["targets"] == {"2030": htx["value"] + 10}
    progress = htx["progress"]["2030"]
    # 2 of the 12 from the entered baseline to the target
    assert progress["percent"] == round(100 * 2 / 12) and progress["baseline"] == htx["value"] - 2
    assert progress["baseline_counted"] is False and progress["base_date"] == "2023-12-31"
    assert progress["state"] == "behind" and progress["text"] == f"{progress['percent']} %"
    share = figures["value_chain_share_pct"]
    rate = share["progress"]["2045"]
    assert rate["baseline_counted"] is True and rate["gap_points"] == round(60 - share["value"], 1)
    assert rate["text"].endswith(" điểm %") and "—" in rate["text"]


def test_a_past_day(db, capsys):
    figures = _figures(capsys, db, "--as-of", "31/12/2024")
    total, _ = _dashboard(db, date(2024, 12, 31))
    assert figures["htx_operating"]["value"] == total["htx_count"]
    assert figures["htx_members"]["value"] == total["htx_members"]
    assert figures["support_disbursed_vnd"]["value"] == total["support_amount"]
    assert figures["support_disbursed_vnd"]["value"] < _figures(capsys, db)["support_disbursed_vnd"]["value"]


def test_a_readable_table_without_json(db, capsys):
    code, out, err = run(capsys, "indicators", "--db", db, "--as-of", "30/06/2025")
    assert code == 0 and err == ""
    total, _ = _dashboard(db, date(2025, 6, 30))
    assert out.startswith("Chỉ số kinh tế tập thể đến ngày 30/06/2025")
    htx_line = next(line for line in out.splitlines() if line.startswith("Số hợp tác xã đang hoạt động"))
    assert f" {int(total['htx_count'])}  " in htx_line and "Chỉ tiêu 2030" in out
    assert "HTX tạm ngừng kinh doanh" in out and "Ghi chú:" in out


@pytest.mark.parametrize("value, words", [
    ("31/02/2025", "Ngày báo cáo «31/02/2025» không đúng"),
    ("hôm qua", "Ngày báo cáo «hôm qua» không đúng"),
    ("01/01/2999", "chưa đến"),
])
def test_a_bad_date_is_refused_in_one_line(db, capsys, value, words):
    code, out, err = run(capsys, "indicators", "--db", db, "--as-of", value, "--json")
    assert code == 1 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
