"""Unexpected errors: logged with their traceback, shown calmly, copyable; user errors as warnings."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from kttt_desktop.core.errors import KtttError
from kttt_desktop.ui import crash, prompts


@pytest.fixture
def hook(qapp, monkeypatch: pytest.MonkeyPatch):
    """Install the hook for one test and put the previous hooks back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    return crash.install_excepthook(lambda: None)


@pytest.fixture
def shown_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(crash, "show_crash_dialog",
                        lambda parent, report, path: calls.append({"report": report, "path": path}))
    return calls


@pytest.fixture
def log_folder(_isolated_data_dir: Path) -> Path:
    return _isolated_data_dir / "logs"


def raise_and_capture(exc: BaseException) -> tuple[type[BaseException], BaseException, Any]:
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001
        return type(caught), caught, caught.__traceback__


def test_setup_logging_writes_a_rotating_log_in_the_log_folder(log_folder: Path) -> None:
    path = crash.setup_logging()
    try:
        assert path == log_folder / "kttt.log"
        logging.getLogger("kttt_desktop.test").warning("thử ghi nhật ký")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "thử ghi nhật ký" in path.read_text(encoding="utf-8")
        assert crash.setup_logging() == path  # a second call adds no second handler
        handlers = [h for h in logging.getLogger().handlers
                    if isinstance(h, logging.handlers.RotatingFileHandler) and Path(h.baseFilename) == path]
        assert len(handlers) == 1
    finally:
        for handler in list(logging.getLogger().handlers):
            if isinstance(handler, logging.handlers.RotatingFileHandler):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_a_program_started_while_another_runs_writes_and_rotates_a_log_of_its_own(log_folder: Path) -> None:
    """A window on another database runs already and holds kttt.log: renaming that file to
    rotate it would fail on Windows, so this program writes kttt-2.log."""
    from kttt_desktop.core.locks import try_lock

    log_folder.mkdir(parents=True, exist_ok=True)
    first_lock = try_lock(log_folder / "kttt.log.lock")
    first_log = open(log_folder / "kttt.log", "a", encoding="utf-8")  # the other program's handler
    first_log.write("chương trình thứ nhất\n")
    first_log.flush()
    try:
        path = crash.setup_logging()
        assert path == log_folder / "kttt-2.log"
        assert crash.trace_native_crashes() == log_folder / "kttt-2-native-crash.log"  # its own too
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(path))
        handler.maxBytes = 2_000
        for number in range(60):
            logging.getLogger("kttt_desktop.test").warning("dòng số %d của chương trình thứ hai", number)
        assert (log_folder / "kttt-2.log.1").exists()  # rotated: nobody else holds its file
        assert (log_folder / "kttt.log").read_text(encoding="utf-8") == "chương trình thứ nhất\n"
        assert not (log_folder / "kttt.log.1").exists()
    finally:
        for handler in list(logging.getLogger().handlers):
            if isinstance(handler, logging.handlers.RotatingFileHandler):
                logging.getLogger().removeHandler(handler)
                handler.close()
        first_log.close()
        first_lock.release()
    again = crash.setup_logging()  # the slot was let go with the handler
    try:
        assert again == log_folder / "kttt.log"
    finally:
        for handler in list(logging.getLogger().handlers):
            if isinstance(handler, logging.handlers.RotatingFileHandler):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_an_unexpected_error_is_reported_and_saved(hook, shown_dialogs: list, log_folder: Path) -> None:
    assert sys.excepthook is hook
    sys.excepthook(*raise_and_capture(RuntimeError("hỏng ở đâu đó")))

    assert len(shown_dialogs) == 1
    report = shown_dialogs[0]["report"]
    assert "RuntimeError: hỏng ở đâu đó" in report
    assert "Traceback" in report and "KTTT Desktop" in report
    path = shown_dialogs[0]["path"]
    assert path is not None and path.parent == log_folder
    assert path.read_text(encoding="utf-8") == report


def test_a_user_error_is_a_plain_warning(hook, shown_dialogs: list, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: warnings.append((title, text)))
    sys.excepthook(*raise_and_capture(KtttError("db_busy")))
    assert shown_dialogs == []
    assert warnings == [("Không thực hiện được", KtttError("db_busy").message())]


def test_a_failing_dialog_does_not_raise_from_the_hook(hook, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture) -> None:
    def broken(*args: Any) -> None:
        raise ValueError("dialog broke")

    monkeypatch.setattr(crash, "show_crash_dialog", broken)
    sys.excepthook(*raise_and_capture(RuntimeError("first")))  # must not raise
    assert "RuntimeError: first" in capsys.readouterr().err


def test_crash_dialog_shows_a_read_only_copyable_report(qtbot, tmp_path: Path) -> None:
    report = "Traceback (most recent call last):\nRuntimeError: thử"
    dialog = crash.CrashDialog(report, tmp_path / "loi.txt")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Đã xảy ra lỗi không mong muốn"
    assert dialog.text.isReadOnly() and dialog.text.toPlainText() == report
    assert str(tmp_path / "loi.txt") in dialog.path_label.text()
    labels = " ".join(label.text() for label in dialog.findChildren(type(dialog.path_label)))
    assert "Dữ liệu đã cất vẫn an toàn" in labels

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report
    assert dialog.copy_button.text() == "Đã sao chép"


def test_background_thread_errors_are_logged_only(hook, shown_dialogs: list,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    def work() -> None:
        raise RuntimeError("trong luồng nền")

    thread = threading.Thread(target=work, name="nen")
    with caplog.at_level(logging.CRITICAL, logger="kttt_desktop"):
        thread.start()
        thread.join()
    assert shown_dialogs == []
    assert any("nen" in record.getMessage() for record in caplog.records)
