"""`kttt demo`: a realistic trial site, made through the normal write path."""

from __future__ import annotations

import json

from kttt_desktop.cli.main import main
from kttt_desktop.core.db.queries import ListQuery
from kttt_desktop.core.records.fields import RECORD_TYPES
from kttt_desktop.core.registry import Registry


def test_demo_sets_up_a_trial_commune_and_fills_it(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)["counts"]
    assert counts["organization"] >= 10 and counts["member"] >= 100
    registry = Registry.open(db, create=False)
    assert registry.site.unit_code == "03433"
    assert registry.count(ListQuery("member")) == counts["member"]
    every_record = sum(registry.count(ListQuery(name, include_deleted=True)) for name in RECORD_TYPES)
    log = registry.conn.execute("SELECT op, record_type, count(*) FROM change_log GROUP BY 1, 2").fetchall()
    created = sum(n for op, _, n in log if op == "create")
    assert created == every_record  # every record is in the change log
    # and the only other changes are the organisations a later dated decision moved from the
    # status they were registered with
    moved = registry.conn.execute(
        "SELECT count(*) FROM organization o WHERE o.status != (SELECT s.status FROM status_change s "
        "WHERE s.organization_id = o.id ORDER BY s.effective_on, s.rid LIMIT 1)").fetchone()[0]
    assert [(op, record_type) for op, record_type, _ in log if op != "create"] == [("update", "organization")]
    assert registry.last_change_seq() == every_record + moved > every_record
    assert counts["annual_report"] > 0 and counts["status_change"] > 0
    for record_type in RECORD_TYPES:  # what it says it made is what the file holds
        assert registry.count(ListQuery(record_type, include_deleted=True)) == counts[record_type], record_type
    for register in ("manager", "training", "product", "linkage", "loan", "land"):
        assert counts[register] > 0, register
    assert registry.list_rids(ListQuery("member", search="lo thi"))  # and in the search index
    registry.close()


def test_demo_refuses_a_site_that_has_data(tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite")
    assert main(["demo", "--db", db, "--json"]) == 0
    capsys.readouterr()
    assert main(["demo", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "đã có dữ liệu" in err and "Traceback" not in err
