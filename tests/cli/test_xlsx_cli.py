"""`kttt xlsx template | import | export`: files, JSON summary, exit codes and messages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kttt_desktop.core.xlsx.sheet_layout import SHEET_NAMES
from tests.cli.cli_tools import new_commune, run
from tests.core.factories import htx

SAMPLE = Path(__file__).parents[1] / "core" / "xlsx" / "fixtures" / "danh_sach_thanh_vien_HTX_mau.xlsx"


@pytest.fixture
def db(tmp_path: Path, capsys) -> str:
    return new_commune(capsys, tmp_path)


@pytest.fixture
def tea(db: str, capsys) -> dict:
    """The HTX of the sample list, created through the command line."""
    code, out, err = run(capsys, "records", "put", "--db", db, "--type", "organization",
                         "--json", json.dumps(htx(name="HTX Chè Shan tuyết Mù Cả"), ensure_ascii=False))
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def sample(tmp_path: Path) -> str:
    target = tmp_path / "danh_sach.xlsx"
    shutil.copy(SAMPLE, target)
    return str(target)


def _members(capsys, db: str) -> list[dict]:
    code, out, _ = run(capsys, "records", "list", "--db", db, "--type", "member", "--json")
    assert code == 0
    return json.loads(out)


def test_template_is_written(tmp_path, capsys):
    target = tmp_path / "mau.xlsx"
    code, out, err = run(capsys, "xlsx", "template", "--out", str(target))
    assert code == 0, err
    assert str(target) in out
    assert load_workbook(target).sheetnames[0] == "Hướng dẫn"


def test_import_with_errors_prints_them_exits_1_and_writes_nothing(db, tea, sample, capsys):
    code, out, err = run(capsys, "xlsx", "import", "--db", db, sample, "--organization",
                         tea["registration_code"], "--json")
    assert code == 1
    document = json.loads(out)
    assert document["status"] == "refused" and document["dry_run"] is False
    assert document["counts"] == {"member": {"new": 5, "updated": 0, "unchanged": 0, "rejected": 1}}
    assert [(e["sheet"], e["row"], e["column"], e["header"], e["code"]) for e in document["errors"]] == [
        ("DS thành viên", 14, "C", "Ngày sinh", "impossible_date"),
        ("DS thành viên", 14, "F", "Số CCCD/CMND", "id_number_format")]
    assert set(document["errors"][0]) == {"sheet", "row", "column", "header", "code", "message"}
    assert [w["code"] for w in document["warnings"]] == ["import_year_only", "import_year_only"]
    assert err.strip().startswith("Chưa nhập gì: tệp còn 2 lỗi") and "\n" not in err.strip()
    assert _members(capsys, db) == []


def test_skip_errors_imports_the_rest_and_a_second_run_changes_nothing(db, tea, sample, capsys):
    code, out, err = run(capsys, "xlsx", "import", "--db", db, sample, "--organization", tea["id"],
                         "--skip-errors", "--json")
    assert code == 0, err
    document = json.loads(out)
    assert document["counts"]["member"] == {"new": 5, "updated": 0, "unchanged": 0, "rejected": 1}
    assert len(_members(capsys, db)) == 5
    assert Path(document["backup"]).parent == Path(db).parent / "backups" and Path(document["backup"]).exists()

    code, out, _ = run(capsys, "xlsx", "import", "--db", db, sample, "--organization", tea["id"],
                       "--skip-errors")
    assert code == 0
    assert "Thành viên: thêm mới 0, cập nhật 0, không đổi 5, bị loại 1" in out
    assert "Lỗi (sheet «DS thành viên», hàng 14, cột C «Ngày sinh»)" in out
    assert len(_members(capsys, db)) == 5


def test_dry_run_writes_nothing(db, tea, sample, capsys):
    code, out, _ = run(capsys, "xlsx", "import", "--db", db, sample, "--organization", tea["id"],
                       "--skip-errors", "--dry-run", "--json")
    assert code == 0
    document = json.loads(out)
    assert document["status"] == "preview" and document["counts"]["member"]["new"] == 5
    assert document["backup"] is None
    assert _members(capsys, db) == []


def test_a_list_without_organisation_and_an_unknown_organisation_are_refused(db, tea, sample, capsys):
    code, out, err = run(capsys, "xlsx", "import", "--db", db, sample)
    assert code == 1
    assert "Sheet «DS thành viên» không có cột tổ chức" in out
    code, out, err = run(capsys, "xlsx", "import", "--db", db, sample, "--organization", "HTX Không Có")
    assert code == 1 and out == ""
    assert "Không tìm thấy tổ chức «HTX Không Có»" in err and "Traceback" not in err


def test_unknown_sheet_and_unreadable_file_are_one_line_messages(db, sample, tmp_path, capsys):
    code, _, err = run(capsys, "xlsx", "import", "--db", db, sample, "--sheet", "Không có")
    assert code == 1 and "Tệp không có sheet «Không có»" in err
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    code, _, err = run(capsys, "xlsx", "import", "--db", db, str(bad))
    assert code == 1 and "không phải tệp Excel .xlsx" in err and len(err.strip().splitlines()) == 1


def test_export_then_import_round_trips_through_the_command(db, tea, sample, tmp_path, capsys):
    run(capsys, "xlsx", "import", "--db", db, sample, "--organization", tea["id"], "--skip-errors")
    exported = tmp_path / "xuat.xlsx"
    code, out, err = run(capsys, "xlsx", "export", "--db", db, "--out", str(exported), "--json")
    assert code == 0, err
    assert json.loads(out)["counts"] == {**dict.fromkeys(SHEET_NAMES, 0), "organization": 1, "member": 5,
                                         "status_change": 1}

    code, out, err = run(capsys, "xlsx", "export", "--db", db, "--out", str(tmp_path / "tv.xlsx"),
                         "--type", "member")
    assert code == 0 and "thành viên 5" in out
    assert load_workbook(tmp_path / "tv.xlsx").sheetnames == ["Thành viên"]

    code, out, err = run(capsys, "xlsx", "import", "--db", db, str(exported), "--json")
    assert code == 0, err
    counts = json.loads(out)["counts"]
    assert counts["organization"]["unchanged"] == 1 and counts["member"]["unchanged"] == 5
    assert all(c["new"] == 0 and c["updated"] == 0 for c in counts.values())
