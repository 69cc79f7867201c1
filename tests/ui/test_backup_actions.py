"""Backup to a folder and restore from a file, from the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from kttt_desktop.core.backups import make_backup
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import app as app_module
from kttt_desktop.ui import prompts
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
