"""`kttt init` and `kttt records …` as CLI.md specifies: JSON keys, exit codes, messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.cli_tools import new_commune, run
from tests.core.factories import htx, member


@pytest.fixture
def db(tmp_path: Path, capsys) -> str:
    return new_commune(capsys, tmp_path)


def put(capsys, db: str, record_type: str, payload: dict) -> tuple[int, dict | None, str]:
    code, out, err = run(capsys, "records", "put", "--db", db, "--type", record_type,
                         "--json", json.dumps(payload, ensure_ascii=False))
    return code, (json.loads(out) if code == 0 else None), err


def test_init_prints_site_json(tmp_path, capsys):
    code, out, _ = run(capsys, "init", "--db", str(tmp_path / "d.sqlite"), "--level", "district",
                       "--unit-code", "107", "--name", "Khu vực Mường Tè", "--json")
    assert code == 0
    assert json.loads(out)["unit_code"] == "107"


def test_init_with_a_bad_unit_code_exits_1_and_leaves_no_file(tmp_path, capsys):
    path = tmp_path / "bad.sqlite"
    code, out, err = run(capsys, "init", "--db", str(path), "--level", "commune", "--unit-code", "99999",
                         "--name", "X")
    assert code == 1 and out == ""
    assert "Mã đơn vị «99999» không đúng" in err and "Traceback" not in err
    assert not path.exists()


def test_put_creates_then_updates_only_given_fields(db, capsys):
    code, org, _ = put(capsys, db, "organization", htx())
    assert code == 0
    assert {"id", "kind", "name", "registration_code", "status", "owner", "version"} <= org.keys()
    assert org["owner"] == "03433" and org["version"] == 1 and org["high_tech"] is False
    code, updated, _ = put(capsys, db, "organization", {"id": org["id"], "phone": "0912345678"})
    assert code == 0
    assert updated["phone"] == "0912345678" and updated["name"] == org["name"]
    assert updated["version"] == 2


def test_put_prints_warnings_on_stderr(db, capsys):
    _, org, _ = put(capsys, db, "organization", htx())
    code, _, err = put(capsys, db, "member", member(org["id"], capital_vnd=400_000_000))
    assert code == 0 and "Lưu ý:" in err and "30%" in err


def test_listed_record_can_be_put_back_as_is(db, capsys):
    put(capsys, db, "organization", htx())
    _, out, _ = run(capsys, "records", "list", "--db", db, "--type", "organization", "--json")
    [record] = json.loads(out)
    record["notes"] = "Đã kiểm tra"
    code, updated, err = put(capsys, db, "organization", record)
    assert code == 0, err
    assert updated["notes"] == "Đã kiểm tra" and updated["version"] == 2


def test_put_refuses_bad_values_with_exit_1_and_writes_nothing(db, capsys):
    code, _, err = put(capsys, db, "organization", htx(registration_code="6200000010"))
    assert code == 1
    assert err.count("\n") == 1 and "Mã số HTX" in err and "Traceback" not in err
    _, out, _ = run(capsys, "records", "list", "--db", db, "--type", "organization", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize("label, payload", [
    ("capital of 10^26", json.dumps(htx(charter_capital_vnd=10**26))),
    ("a list where a name goes", json.dumps(htx(name=["HTX", "Chè"]))),
    ("a NUL in a name", json.dumps(htx(name="HTX\x00Chè"))),
    ("terminal escapes in a name", json.dumps(htx(name="HTX \x1b[2J\x1b]0;owned\x07Chè"))),
    ("JSON nested 30,000 deep", "[" * 30_000 + "]" * 30_000),
    ("a name nested 30,000 deep", '{"name": ' + "[" * 30_000 + "]" * 30_000 + "}"),
    ("a list for an id", json.dumps({"id": ["x"], "name": "HTX"})),
])
def test_hostile_input_exits_1_with_one_line_and_writes_nothing(db, capsys, label, payload):
    code, out, err = run(capsys, "records", "put", "--db", db, "--type", "organization", "--json", payload)
    assert code == 1 and out == "", label
    assert err.count("\n") == 1 and "Traceback" not in err and "\x1b" not in err and "\x00" not in err, label
    _, out, _ = run(capsys, "records", "list", "--db", db, "--type", "organization", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize("level, code", [("commune", "٠٣٤٣٣"), ("district", "١٠٧"), ("commune", "０３４３３")])
def test_unit_codes_in_other_digits_exit_1_and_leave_no_file(tmp_path, capsys, level, code):
    path = tmp_path / "x.sqlite"
    status, out, err = run(capsys, "init", "--db", str(path), "--level", level, "--unit-code", code, "--name", "X")
    assert status == 1 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert not path.exists()


def test_control_characters_are_never_printed_raw(tmp_path, capsys):
    bad = tmp_path / "goi\x1b[31m\x07.kttt"
    status, out, err = run(capsys, "records", "list", "--db", str(bad), "--type", "organization")
    assert status == 1 and "\x1b" not in err and "\x07" not in err and "\\u001b[31m\\u0007" in err


def test_put_keeps_an_interest_rate_as_the_form_and_excel_do(db, capsys):
    _, org, _ = put(capsys, db, "organization", htx())
    code, loan, _ = put(capsys, db, "loan", {"organization_id": org["id"], "lender": "commercial_bank",
                                            "interest_rate": "6,9 %/năm"})
    assert code == 0 and loan["interest_rate"] == "6,9"
    code, _, err = put(capsys, db, "loan", {"organization_id": org["id"], "lender": "commercial_bank",
                                           "interest_rate": "0,5 %/tháng"})
    assert code == 1 and "Lãi suất «0,5 %/tháng» không đọc được" in err


def test_put_refuses_malformed_json(db, capsys):
    code, out, err = run(capsys, "records", "put", "--db", db, "--type", "member", "--json", "{name:")
    assert code == 1 and out == "" and "JSON" in err


@pytest.mark.parametrize("payload, where, hint", [
    ('{"name": "HTX', "dòng 1, cột 10", "chưa đóng"),
    ('{"name": "HTX\\q"}', "dòng 1, cột 14", "Muốn ghi dấu \\ thì viết \\\\"),
    ("{name: 1}", "dòng 1, cột 2", "tên trường đặt trong dấu nháy kép"),
    ('{"name" "HTX"}', "dòng 1, cột 9", "thiếu dấu hai chấm"),
    ('{"name": "HTX"\n "village": "Bản"}', "dòng 2, cột 2", "thiếu dấu phẩy"),
    ('{"charter_capital_vnd": 1.500.000}', "dòng 1, cột 30", "thiếu dấu phẩy"),
    ('{"name": HTX}', "dòng 1, cột 10", "Chữ đặt trong dấu nháy kép"),
    ('{"name": "HTX"} x', "dòng 1, cột 17", "có phần thừa"),
    ('{"name": "HTX\tChè"}', "dòng 1, cột 14", "ký tự điều khiển"),
])
def test_malformed_json_is_told_where_and_what_to_check_in_vietnamese(db, capsys, payload, where, hint):
    code, out, err = run(capsys, "records", "put", "--db", db, "--type", "organization", "--json", payload)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert f"Dữ liệu JSON không đọc được ở {where}" in err and hint in err
    assert not any(english in err for english in ("Expecting", "Unterminated", "Invalid", "Extra data", "delimiter"))
    code, _, err = run(capsys, "--lang", "en", "records", "put", "--db", db, "--type", "organization",
                       "--json", payload)
    assert code == 1 and f"The JSON cannot be read at line {where.split()[1].rstrip(',')}" in err


def test_delete_hides_the_record_unless_deleted_are_asked_for(db, capsys):
    _, org, _ = put(capsys, db, "organization", htx())
    code, out, _ = run(capsys, "records", "delete", "--db", db, "--type", "organization", "--id", org["id"],
                       "--reason", "Nhập trùng")
    assert code == 0 and json.loads(out)["deleted"] is True
    _, out, _ = run(capsys, "records", "list", "--db", db, "--type", "organization", "--json")
    assert json.loads(out) == []
    _, out, _ = run(capsys, "records", "list", "--db", db, "--type", "organization", "--json",
                    "--include-deleted")
    [tombstone] = json.loads(out)
    assert tombstone["deleted"] is True and tombstone["delete_reason"] == "Nhập trùng"


@pytest.mark.parametrize("given", [[], ["--reason", ""], ["--reason", "   "]])
def test_delete_without_a_reason_or_with_a_blank_one_records_the_same_note(db, capsys, given):
    _, org, _ = put(capsys, db, "organization", htx())
    code, out, err = run(capsys, "records", "delete", "--db", db, "--type", "organization", "--id", org["id"],
                         *given)
    assert code == 0, err
    assert json.loads(out)["deleted"] is True
    assert json.loads(out)["delete_reason"] == "Xóa bằng lệnh kttt (không ghi lý do)"


def test_delete_of_unknown_id_exits_1(db, capsys):
    code, _, err = run(capsys, "records", "delete", "--db", db, "--type", "member", "--id", "nope")
    assert code == 1 and "Không tìm thấy" in err


def test_usage_errors_exit_2(db, capsys):
    code, _, err = run(capsys, "records", "list", "--db", db, "--type", "cooperative")
    assert code == 2 and "kttt --help" in err
    code, _, _ = run(capsys, "records", "frobnicate")
    assert code == 2


def test_commands_on_a_missing_database_exit_1_and_create_nothing(tmp_path, capsys):
    path = tmp_path / "missing.sqlite"
    code, _, err = run(capsys, "records", "list", "--db", str(path), "--type", "member")
    assert code == 1 and "kttt init" in err
    assert not path.exists()


def test_english_messages_on_request(db, capsys):
    code, _, err = run(capsys, "--lang", "en", "records", "delete", "--db", db, "--type", "member",
                       "--id", "nope")
    assert code == 1 and "No record with id" in err


def test_console_script_runs_as_a_real_process(db):
    result = subprocess.run([sys.executable, "-m", "kttt_desktop.cli.main", "records", "list", "--db", db,
                             "--type", "organization", "--json"], capture_output=True, text=True,
                            encoding="utf-8")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
