"""`kttt backup` / `kttt restore`."""

from __future__ import annotations

import json

from kttt_desktop.cli.main import main
from tests.core.factories import htx


def test_backup_then_restore(tmp_path, capsys):
    db = str(tmp_path / "xa.sqlite")
    assert main(["init", "--db", db, "--level", "commune", "--unit-code", "03433", "--name", "Xã Bum Tở"]) == 0
    assert main(["records", "put", "--db", db, "--type", "organization",
                 "--json", json.dumps(htx(), ensure_ascii=False)]) == 0
    capsys.readouterr()
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["backup", "--db", db, "--out", str(usb), "--json"]) == 0
    copy = json.loads(capsys.readouterr().out)["file"]
    assert main(["records", "put", "--db", db, "--type", "organization",
                 "--json", json.dumps(htx(name="HTX thêm sau"), ensure_ascii=False)]) == 0
    capsys.readouterr()
    assert main(["restore", "--db", db, "--from", copy, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["restored"]["unit_code"] == "03433" and result["previous_kept_at"]
    assert main(["records", "list", "--db", db, "--type", "organization", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_restore_of_a_junk_file_exits_1(tmp_path, capsys):
    db = str(tmp_path / "xa.sqlite")
    assert main(["init", "--db", db, "--level", "commune", "--unit-code", "03433", "--name", "Xã Bum Tở"]) == 0
    junk = tmp_path / "junk.sqlite"
    junk.write_text("không phải cơ sở dữ liệu")
    assert main(["restore", "--db", db, "--from", str(junk)]) == 1
    assert "không phải bản sao lưu" in capsys.readouterr().err
