"""Starting the program: one window per database, first-run set-up, language, fonts."""

from __future__ import annotations

import socket
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from kttt_desktop.core import messages
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.locks import acquire_db_lock
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
    other_window = acquire_db_lock(db)
    assert other_window is not None and other_window.held
    try:
        assert app.acquire_db_lock(db) is None
    finally:
        other_window.release()
    lock = app.acquire_db_lock(db)
    assert lock is not None and lock.held
    lock.release()


def test_a_lock_left_by_a_dead_program_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "kttt.sqlite"
    # What QLockFile writes: pid, program name, host. No process has this pid.
    (tmp_path / "kttt.sqlite.lock").write_text(f"3999999\nkttt\n{socket.gethostname()}\n")
    lock = app.acquire_db_lock(db)
    assert lock is not None and lock.held
    lock.release()


def test_main_refuses_politely_when_the_database_is_open_elsewhere(isolated_main, tmp_path: Path,
                                                                   warnings: list, _isolated_data_dir: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # Even this window holds the mutex the Windows setup looks for (its AppMutex) while it
    # shows the message: its files are in use too.
    held: list[bool] = []
    monkeypatch.setattr(app, "hold_running_mutex", lambda: held.append(True))
    db = tmp_path / "kttt.sqlite"
    other_window = acquire_db_lock(db)
    assert other_window is not None
    try:
        assert app.main([], db_path=db) == 1
    finally:
        other_window.release()
    assert warnings == [("KTTT Desktop đang mở", KtttError("db_locked").message())]
    assert not db.exists()  # refused before opening anything
    assert not (_isolated_data_dir / "logs").exists()  # nor the log the other window rotates
    assert held == [True]


def test_main_reports_a_database_it_cannot_open(isolated_main, tmp_path: Path, warnings: list) -> None:
    db = tmp_path / "hong.sqlite"
    db.write_bytes(b"this is not a database, just some bytes" * 100)
    assert app.main([], db_path=db) == 1
    assert len(warnings) == 1 and "hong.sqlite" in warnings[0][1]
    released = app.acquire_db_lock(db)
    assert released is not None  # the lock was released
    released.release()


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
    released = app.acquire_db_lock(db)
    assert released is not None  # released on exit
    released.release()
    seen[0].deleteLater()


def test_a_restore_from_the_window_waits_for_the_days_backup_and_the_pages_reads(
        isolated_main, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both still hold a connection when the window closes; on Windows the file they hold open
    cannot be replaced, so the restore must wait until they let go."""
    from kttt_desktop.core.backup.service import make_backup
    from kttt_desktop.ui.background_read import BackgroundRead
    from tests.core.factories import htx
    from tests.windows_files import open_descriptor_on

    db = tmp_path / "kttt.sqlite"
    registry = Registry.open(db)
    registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    registry.create("organization", htx(name="HTX trước sao lưu"))
    backup = make_backup(registry.conn, db, tmp_path / "usb")
    registry.create("organization", htx(name="HTX sau sao lưu"))
    registry.close()

    backing_up, reading, release = threading.Event(), threading.Event(), threading.Event()
    real_daily_backup = app.daily_backup

    def daily_backup(conn: Any, path: Path) -> Any:  # its connection is open while it waits
        backing_up.set()
        release.wait()
        return real_daily_backup(conn, path)

    def read(other: Registry) -> int:
        reading.set()
        release.wait()
        return len(list(other.list_records("organization")))

    jobs: list[Any] = []
    real_start = app.start_of_day_backup
    monkeypatch.setattr(app, "daily_backup", daily_backup)
    monkeypatch.setattr(app, "start_of_day_backup", lambda registry: jobs.append(real_start(registry))
                        or jobs[-1])
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)
    told: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: told.append(f"warned: {text}"))
    held_at_restore: list[int | None] = []
    real_finish = app.finish_restore

    def finish_restore(path: Path, source: Path) -> bool:
        held_at_restore.extend(open_descriptor_on(Path(str(path) + suffix)) for suffix in ("", "-wal", "-shm"))
        return real_finish(path, source)

    monkeypatch.setattr(app, "finish_restore", finish_restore)
    shown: list[MainWindow] = []

    def fake_exec(self: QApplication) -> int:
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible() and w not in shown)
        shown.append(window)
        if len(shown) == 1:
            BackgroundRead(window.registry, window).ask(read)  # a page's figures, still being read
            assert backing_up.wait(10) and reading.wait(10)
            monkeypatch.setattr(prompts, "choose_open_files", lambda *args: [backup])
            window.backups.restore_action.trigger()  # the officer restores, the window closes
            assert window.pending_restore == backup and not window.isVisible()
            release.set()
        else:
            assert [o["name"] for o in window.registry.list_records("organization")] == ["HTX trước sao lưu"]
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    try:
        assert app.main([], db_path=db) == 0
    finally:
        release.set()
        for job in jobs:
            job.wait()
        for window in shown:
            window.deleteLater()
    assert held_at_restore == [None, None, None]  # nobody held the file when it was replaced
    assert len(told) == 1 and told[0].startswith("Đã khôi phục Xã Bum Tở"), told
    assert len(shown) == 2 and not db.with_name(db.name + ".restoring").exists()
    assert any("hang-ngay" in p.name for p in (tmp_path / "backups").iterdir())  # the day's backup was made


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
    from kttt_desktop.core.backup.service import make_backup
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
