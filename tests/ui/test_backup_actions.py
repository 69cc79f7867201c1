"""Backup to a folder and restore from a file, from the window; backups under a password."""

from __future__ import annotations

from pathlib import Path

import pytest

from kttt_desktop.core.backup import crypto as backup_crypto
from kttt_desktop.core.backup.service import make_backup
from kttt_desktop.core.db.backup import checksum_path
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import app as app_module, prompts
from kttt_desktop.ui.app import build_main_window
from tests.core.factories import htx


@pytest.fixture
def window(qtbot, registry: Registry):
    window = build_main_window(registry)
    qtbot.addWidget(window)
    window.show()
    return window


def test_backup_to_a_chosen_folder(qtbot, window, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    told: list[str] = []
    monkeypatch.setattr(prompts, "choose_folder", lambda parent, title, purpose: usb)
    monkeypatch.setattr(prompts, "tell_written", lambda parent, title, text, path, readable: told.append(text))
    with qtbot.waitSignal(window.backups.backup_written, timeout=10_000) as written:
        window.backups.backup_action.trigger()
    made = Path(written.args[0])
    assert made.parent == usb and made.exists()
    assert str(made) in told[0]
    copy = Registry.open(made, create=False)
    assert copy.site.unit_code == "03433"
    copy.close()


def test_restore_asks_then_hands_the_file_to_the_application(qtbot, window, registry, tmp_path, monkeypatch):
    backup = make_backup(registry.conn, registry.path, tmp_path)
    monkeypatch.setattr(prompts, "choose_open_files", lambda parent, title, filter, purpose: [backup])
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)
    window.backups.restore_action.trigger()
    assert window.pending_restore == backup
    assert not window.isVisible()  # closed, so the database can be replaced


def test_a_backup_of_another_unit_is_refused_in_the_window(qtbot, window, tmp_path, monkeypatch):
    other = Registry.open(tmp_path / "khac.sqlite")
    other.init_site("commune", "03466", "Xã Bum Nưa", "Chu Thị Sáu")
    other.close()
    warned: list[str] = []
    monkeypatch.setattr(prompts, "choose_open_files", lambda parent, title, filter, purpose: [tmp_path / "khac.sqlite"])
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: warned.append(text))
    window.backups.restore_action.trigger()
    assert window.pending_restore is None and "Xã Bum Nưa" in warned[0]


def test_finish_restore_replaces_the_database_and_keeps_the_old_one(tmp_path, monkeypatch):
    path = tmp_path / "kttt.sqlite"
    registry = Registry.open(path)
    registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    backup = make_backup(registry.conn, path, tmp_path / "usb")
    registry.create("organization", htx(name="HTX sau sao lưu"))
    registry.close()
    told: list[str] = []
    monkeypatch.setattr(app_module.prompts, "inform", lambda parent, title, text: told.append(text))
    assert app_module.finish_restore(path, backup)
    reopened = Registry.open(path)
    assert list(reopened.list_records("organization")) == []
    reopened.close()
    assert "truoc-khoi-phuc" in told[0]


# --- backups under a password ----------------------------------------------------------------

PASSWORD = "Mường Tè 2026"


def _file_menu_action(window, text: str):
    """The action of the window's Tệp menu whose text starts with `text`."""
    file_menu = window.menuBar().actions()[0].menu()
    return next(action for action in file_menu.actions() if action.text().startswith(text))


def _said(monkeypatch) -> list[str]:
    """What the window says in message boxes (warnings and information)."""
    said: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(prompts, "inform", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(prompts, "tell_written", lambda parent, title, text, *args, **kwargs: said.append(text))
    return said


def test_an_encrypted_backup_from_the_file_menu(qtbot, window, tmp_path, monkeypatch, quick_keys):
    usb = tmp_path / "usb"
    usb.mkdir()
    asked: list[bool] = []
    monkeypatch.setattr(prompts, "choose_folder", lambda *args: usb)
    monkeypatch.setattr(prompts, "ask_password",
                        lambda parent, title, text, confirm=False: asked.append(confirm) or PASSWORD)
    said = _said(monkeypatch)
    with qtbot.waitSignal(window.backups.backup_written, timeout=10_000) as written:
        _file_menu_action(window, "Sao lưu có mật khẩu").trigger()
    made = Path(written.args[0])
    assert asked == [True]  # typed twice
    assert made.parent == usb and made.name.endswith(".sqlite.enc") and str(made) in said[0]
    assert backup_crypto.is_encrypted(made) and b"SQLite format 3" not in made.read_bytes()


def test_a_short_or_cancelled_password_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(prompts, "choose_folder", lambda *args: usb)
    said = _said(monkeypatch)
    for answer in ("ngắn", None):
        monkeypatch.setattr(prompts, "ask_password", lambda *args, answer=answer, **kwargs: answer)
        window.backups.encrypted_backup_action.trigger()
    assert said == [KtttError("backup_password_too_short", min=8).message()]
    assert list(usb.iterdir()) == [] and window.backups._op is None


@pytest.fixture
def encrypted(registry, tmp_path, quick_keys) -> Path:
    (tmp_path / "usb").mkdir()
    return make_backup(registry.conn, registry.path, tmp_path / "usb", password=PASSWORD)


def test_restore_of_an_encrypted_backup_asks_its_password(qtbot, window, registry, encrypted, monkeypatch):
    monkeypatch.setattr(prompts, "choose_open_files", lambda *args: [encrypted])
    monkeypatch.setattr(prompts, "ask_password", lambda parent, title, text, confirm=False: PASSWORD)
    questions: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes=None: questions.append(text) or True)
    _file_menu_action(window, "Khôi phục").trigger()
    qtbot.waitUntil(lambda: window.pending_restore is not None, timeout=10_000)
    decrypted = Path(window.pending_restore)
    assert decrypted.parent == registry.path.parent / "backups" and "giai-ma" in decrypted.name
    assert encrypted.name in questions[0] and ".sha256" not in questions[0]
    assert not window.isVisible()


def test_a_wrong_password_restores_nothing(qtbot, window, encrypted, monkeypatch):
    monkeypatch.setattr(prompts, "choose_open_files", lambda *args: [encrypted])
    monkeypatch.setattr(prompts, "ask_password", lambda *args, **kwargs: "không phải mật khẩu")
    said = _said(monkeypatch)
    window.backups.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "Mật khẩu không đúng" in said[0] and window.pending_restore is None and window.isVisible()


def test_a_backup_without_its_checksum_is_restored_only_after_a_warning(qtbot, window, registry, tmp_path,
                                                                       monkeypatch):
    backup = make_backup(registry.conn, registry.path, tmp_path)
    checksum_path(backup).unlink()
    monkeypatch.setattr(prompts, "choose_open_files", lambda *args: [backup])
    questions: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes=None: questions.append(text) or False)
    window.backups.restore_action.trigger()
    assert ".sha256" in questions[0] and window.pending_restore is None
