"""`kttt backup` / `kttt restore`: the round trip, the checks of a restore, and backups under a
password (--encrypt, --password-file, prompts; never a password on the command line)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kttt_desktop.cli import cmd_backup
from kttt_desktop.cli.main import main
from kttt_desktop.core.db.backup import checksum_path
from tests.cli.cli_tools import new_commune, run
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


# The window, open on a database: the lock its main() takes, in a program of its own.
WINDOW = """
import sys
from kttt_desktop.ui.app import acquire_db_lock
lock = acquire_db_lock(sys.argv[1])
print("open" if lock is not None and lock.held else "refused", flush=True)
sys.stdin.read()
"""


def test_restore_is_refused_while_the_window_is_open_on_the_database(tmp_path, capsys):
    db = new_commune(capsys, tmp_path)
    code, out, _ = run(capsys, "backup", "--db", db, "--out", str(tmp_path / "ban-sao.sqlite"), "--json")
    copy = json.loads(out)["file"]
    before = Path(db).read_bytes()
    window = subprocess.Popen([sys.executable, "-c", WINDOW, db], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, cwd=Path(__file__).resolve().parents[2])
    try:
        assert window.stdout.readline().strip() == "open"
        code, out, err = run(capsys, "restore", "--db", db, "--from", copy)
        assert code == 1 and out == ""
        assert f"Cơ sở dữ liệu {db} đang được mở trong cửa sổ KTTT Desktop, nên chưa khôi phục được" in err
        assert "Hãy đóng cửa sổ đó rồi chạy lại lệnh" in err
        assert Path(db).read_bytes() == before and not Path(db + ".restoring").exists()
        assert not (tmp_path / "backups").exists()  # not even the current database was kept aside
    finally:
        window.stdin.close()  # the officer closes the window
        window.wait()
        window.stdout.close()
    code, out, err = run(capsys, "restore", "--db", db, "--from", copy)
    assert code == 0, err
    assert "Đã khôi phục Xã Bum Tở (03433)" in out


# --- checks of a restore, and backups under a password ---------------------------------------------

PASSWORD = "Mường Tè 2026"


@pytest.fixture
def commune(capsys, tmp_path):
    """A commune with one organisation, and a USB folder."""
    db = new_commune(capsys, tmp_path)
    code, _, err = run(capsys, "records", "put", "--db", db, "--type", "organization",
                       "--json", json.dumps(htx(), ensure_ascii=False))
    assert code == 0, err
    (tmp_path / "usb").mkdir()
    return db



def _typed(monkeypatch, *answers: str) -> list[str]:
    """The passwords typed at the prompts, in order; returns the prompts shown."""
    asked: list[str] = []
    replies = iter(answers)

    def getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return next(replies)

    monkeypatch.setattr(cmd_backup.getpass, "getpass", getpass)
    return asked


def test_encrypted_backup_with_a_password_file_then_restore_asking_for_it(capsys, tmp_path, commune,
                                                                         monkeypatch, quick_keys):
    secret = tmp_path / "mat-khau.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    code, out, err = run(capsys, "backup", "--db", commune, "--out", str(tmp_path / "usb"), "--encrypt",
                         "--password-file", str(secret), "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["encrypted"] is True and made["file"].endswith(".sqlite.enc")
    assert PASSWORD.encode() not in Path(made["file"]).read_bytes()

    asked = _typed(monkeypatch, "sai mật khẩu", PASSWORD)
    code, _, err = run(capsys, "restore", "--db", commune, "--from", made["file"])
    assert code == 1 and "Mật khẩu không đúng" in err and len(asked) == 1
    code, out, err = run(capsys, "restore", "--db", commune, "--from", made["file"], "--json")
    assert code == 0, err
    assert json.loads(out)["restored"]["unit_code"] == "03433" and len(asked) == 2


def test_encrypted_backup_asks_twice_and_refuses_different_or_short_passwords(capsys, tmp_path, commune,
                                                                             monkeypatch, quick_keys):
    usb = tmp_path / "usb"
    _typed(monkeypatch, PASSWORD, PASSWORD + "?")
    code, _, err = run(capsys, "backup", "--db", commune, "--out", str(usb), "--encrypt")
    assert code == 1 and "không giống nhau" in err
    _typed(monkeypatch, "ngan", "ngan")
    code, _, err = run(capsys, "backup", "--db", commune, "--out", str(usb), "--encrypt")
    assert code == 1 and "ít nhất 8 ký tự" in err
    assert list(usb.iterdir()) == []
    asked = _typed(monkeypatch, PASSWORD, PASSWORD)
    code, out, err = run(capsys, "backup", "--db", commune, "--out", str(usb), "--encrypt")
    assert code == 0 and "đã mã hóa" in out and len(asked) == 2


def test_a_password_is_never_taken_from_the_command_line(capsys, tmp_path, commune):
    code, _, err = run(capsys, "backup", "--db", commune, "--out", str(tmp_path / "usb"), "--encrypt",
                       "--password", PASSWORD)
    assert code == 2 and "--password" in err
    code, _, err = run(capsys, "backup", "--db", commune, "--out", str(tmp_path / "usb"),
                       "--password-file", str(tmp_path / "x"))
    assert code == 2 and "--encrypt" in err


def test_a_missing_password_file_is_a_clear_message(capsys, tmp_path, commune):
    code, _, err = run(capsys, "backup", "--db", commune, "--out", str(tmp_path / "usb"), "--encrypt",
                       "--password-file", str(tmp_path / "khong-co.txt"))
    assert code == 1 and "Không đọc được tệp mật khẩu" in err


def test_restore_refuses_a_backup_with_an_extra_trigger_and_warns_of_one_without_checksum(capsys, tmp_path,
                                                                                       commune):
    code, out, err = run(capsys, "backup", "--db", commune, "--out", str(tmp_path / "usb"), "--json")
    made = Path(json.loads(out)["file"])
    before = Path(commune).read_bytes()
    conn = sqlite3.connect(made)
    conn.execute("CREATE TRIGGER spy AFTER INSERT ON member BEGIN SELECT 1; END")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "restore", "--db", commune, "--from", str(made))
    assert code == 1 and "mã kiểm tra" in err  # the checksum written with it tells first
    checksum_path(made).unlink()
    code, _, err = run(capsys, "restore", "--db", commune, "--from", str(made))
    assert code == 1 and "cấu trúc dữ liệu khác" in err and "+ trigger spy" in err
    assert Path(commune).read_bytes() == before

    code, out, err = run(capsys, "backup", "--db", commune, "--out", str(tmp_path / "usb"), "--json")
    clean = Path(json.loads(out)["file"])
    checksum_path(clean).unlink()
    code, out, err = run(capsys, "restore", "--db", commune, "--from", str(clean))
    assert code == 0 and "Lưu ý" in err and ".sha256" in err
