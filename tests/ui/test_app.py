"""Starting the program: one window per database, first-run set-up, language, fonts."""

from __future__ import annotations

import socket
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from kttt_desktop.core import messages
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import app, prompts
from kttt_desktop.ui.main_window import MainWindow


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def isolated_main(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    """`main` installs hooks, a language and a file log: put them all back afterwards."""
    import logging

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    handlers = list(logging.getLogger().handlers)
    translators = set(qapp.findChildren(QTranslator))
    font = QApplication.font()
    yield
    messages.set_language("vi")
    QApplication.setFont(font)
    for translator in set(qapp.findChildren(QTranslator)) - translators:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    for handler in list(logging.getLogger().handlers):
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_the_lock_refuses_a_second_window_on_the_same_database(tmp_path: Path) -> None:
    db = tmp_path / "kttt.sqlite"
    other_window = QLockFile(str(db) + ".lock")
    assert other_window.tryLock(0)
    try:
        assert app.acquire_db_lock(db) is None
    finally:
        other_window.unlock()
    lock = app.acquire_db_lock(db)
    assert lock is not None and lock.isLocked()
    lock.unlock()


def test_a_lock_left_by_a_dead_program_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "kttt.sqlite"
    # What QLockFile writes: pid, program name, host. No process has this pid.
    (tmp_path / "kttt.sqlite.lock").write_text(f"3999999\nkttt\n{socket.gethostname()}\n")
    lock = app.acquire_db_lock(db)
    assert lock is not None and lock.isLocked()
    lock.unlock()


def test_main_refuses_politely_when_the_database_is_open_elsewhere(isolated_main, tmp_path: Path,
                                                                   warnings: list,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # Even this window holds the mutex the Windows setup looks for (its AppMutex) while it
    # shows the message: its files are in use too.
    held: list[bool] = []
    monkeypatch.setattr(app, "hold_running_mutex", lambda: held.append(True))
    db = tmp_path / "kttt.sqlite"
    other_window = QLockFile(str(db) + ".lock")
    assert other_window.tryLock(0)
    try:
        assert app.main([], db_path=db) == 1
    finally:
        other_window.unlock()
    assert warnings == [("KTTT Desktop đang mở", KtttError("db_locked").message())]
    assert not db.exists()  # refused before opening anything
    assert held == [True]


def test_main_reports_a_database_it_cannot_open(isolated_main, tmp_path: Path, warnings: list) -> None:
    db = tmp_path / "hong.sqlite"
    db.write_bytes(b"this is not a database, just some bytes" * 100)
    assert app.main([], db_path=db) == 1
    assert len(warnings) == 1 and "hong.sqlite" in warnings[0][1]
    assert app.acquire_db_lock(db) is not None  # the lock was released


def test_main_stops_when_the_first_run_setup_is_cancelled(isolated_main, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from kttt_desktop.ui.setup_wizard import SetupWizard

    ran: list[bool] = []

    def cancel(wizard: Any) -> int:
        ran.append(True)
        return 0

    monkeypatch.setattr(SetupWizard, "exec", cancel)
    assert app.main([], db_path=tmp_path / "kttt.sqlite") == 0
    assert ran == [True]


def test_main_shows_the_window_and_runs(isolated_main, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "kttt.sqlite"
    registry = Registry.open(db)
    registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    registry.close()
    seen: list[MainWindow] = []

    def fake_exec(self: QApplication) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen.append(window)
        assert not app.acquire_db_lock(db)  # held while the window is open
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app.main([], db_path=db) == 0
    assert seen and seen[0].windowTitle() == "KTTT Desktop — Xã Bum Tở"
    assert QApplication.organizationName() == "KTTT"
    assert QApplication.applicationName() == "KTTT Desktop"
    assert QApplication.font().family() == "Be Vietnam Pro"
    assert app.acquire_db_lock(db) is not None  # released on exit
    seen[0].deleteLater()


def test_english_is_chosen_from_the_settings(isolated_main, qapp) -> None:
    QSettings().setValue("language", "en")
    try:
        assert app.install_language(qapp) == "en"
        assert messages.language() == "en"
    finally:
        QSettings().remove("language")
    assert app.install_language(qapp) == "vi"
    assert messages.language() == "vi"


def test_the_shipped_fonts_are_loaded(isolated_main) -> None:
    assert app.use_shipped_font() == "Be Vietnam Pro"
    assert QApplication.font().family() == "Be Vietnam Pro"


def test_build_main_window(qtbot, registry: Registry) -> None:
    window = app.build_main_window(registry)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)


def test_a_damaged_database_is_restored_from_the_newest_backup_when_the_officer_agrees(
        tmp_path, monkeypatch) -> None:
    from kttt_desktop.core.backups import make_backup
    from kttt_desktop.ui import app as app_module

    path = tmp_path / "kttt.sqlite"
    registry = Registry.open(path)
    registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    make_backup(registry.conn, path, label="hang-ngay")
    registry.close()
    path.write_bytes(b"hong" * 1000)  # the file is damaged (a removed USB stick, a bad disk)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    asked: list[str] = []
    monkeypatch.setattr(app_module.prompts, "confirm", lambda parent, title, text, yes=None: asked.append(text) or True)
    recovered = app_module.open_or_recover(path)
    assert recovered is not None and recovered.site.unit_code == "03433"
    assert "bản sao lưu gần nhất" in asked[0]
    recovered.close()
    assert any("truoc-khoi-phuc" in p.name for p in (tmp_path / "backups").iterdir())  # damaged file kept


def test_a_damaged_database_without_backup_gets_a_clear_message(tmp_path, monkeypatch) -> None:
    from kttt_desktop.ui import app as app_module

    path = tmp_path / "kttt.sqlite"
    path.write_bytes(b"hong" * 1000)
    warned: list[str] = []
    monkeypatch.setattr(app_module.prompts, "warn", lambda parent, title, text: warned.append(text))
    assert app_module.open_or_recover(path) is None
    assert "sao lưu" in warned[0]
