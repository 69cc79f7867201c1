"""What happens when the program itself fails: a log, a report to copy, and calm words.

Every write is one SQLite transaction, so an unexpected error cannot leave half a record
behind; the dialog says so, because the first fear of an officer seeing an error is that
the register is lost. The report (with the traceback) goes to a file in the log folder and
can be copied in one click to send to whoever maintains the program. Errors the officer
can fix (`KtttError`) are not crashes: they are shown as a plain warning.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSize, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import kttt_desktop
from kttt_desktop.core import paths
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.locks import FileLock, try_lock
from kttt_desktop.ui import prompts
from kttt_desktop.ui.screen_fit import fit_to_screen

LOG_FILE_NAME = "kttt.log"
# A rotating log is renamed when full, which Windows refuses while another program holds the
# file open: each running program writes a log of its own. The first takes kttt.log, one
# started while it runs (a window on another database) kttt-2.log, and so on.
LOG_SLOTS = 9
# Where Python writes the stacks of a crash in native code (Qt, SQLite). A file of its own,
# because the rotating log is renamed while the program runs, which Windows refuses for a
# file another handle keeps open; the next start moves its content into the log. One per
# log: kttt-2.log's program writes kttt-2-native-crash.log.
NATIVE_TRACE_FILE_NAME = "kttt-native-crash.log"
_native_trace_file = None  # kept open for faulthandler until the process ends
_native_trace_name = NATIVE_TRACE_FILE_NAME  # that of this program's log (setup_logging)
log = logging.getLogger("kttt_desktop")

ParentGetter = Callable[[], QWidget | None]


class _OwnLogHandler(logging.handlers.RotatingFileHandler):
    """A rotating log no other program writes: it holds the log's lock until closed."""

    def __init__(self, path: Path, lock: FileLock | None) -> None:
        super().__init__(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        self.file_lock = lock

    def close(self) -> None:
        super().close()
        if self.file_lock is not None:
            self.file_lock.release()


def _own_log_file(folder: Path) -> tuple[Path, FileLock | None]:
    """The first log of the folder no other running program writes, with its lock."""
    for slot in range(1, LOG_SLOTS + 1):
        path = folder / (LOG_FILE_NAME if slot == 1 else f"kttt-{slot}.log")
        lock = try_lock(path.with_name(path.name + ".lock"))
        if lock is not None:
            return path, lock
    return folder / f"kttt-{os.getpid()}.log", None  # never rotated by anyone else either


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file in the log folder (kept small: 5 files of 1 MB) that no other
    running program writes (see LOG_SLOTS); returns its path. Called once the database's
    lock is taken, so a window refused for its database leaves the logs alone."""
    global _native_trace_name
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, _OwnLogHandler) and Path(handler.baseFilename).parent == folder:
            return Path(handler.baseFilename)  # already set up (tests, a second window in the same process)
    path, lock = _own_log_file(folder)
    _native_trace_name = NATIVE_TRACE_FILE_NAME.replace("kttt", path.stem, 1)
    handler = _OwnLogHandler(path, lock)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return path


def trace_native_crashes() -> Path:
    """Have a crash in native code (a segmentation fault in Qt, an abort) leave the stacks of
    every thread behind, and log those of the previous run if it ended that way.

    Such a crash kills the process before any Python handler runs: without this the officer
    sees the window vanish and the log says nothing. Call once, after the database lock is
    taken, so a second copy of the program never empties the first one's file. Where tracing
    is on already (`python -X faulthandler`, a test runner), it stays where it was sent."""
    global _native_trace_file
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / _native_trace_name
    try:
        previous = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        previous = ""
    if previous:
        log.critical("the previous run ended in a crash in native code:\n%s", previous)
    if _native_trace_file is None and not faulthandler.is_enabled():
        _native_trace_file = open(path, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        faulthandler.enable(_native_trace_file, all_threads=True)
    return path


def build_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text to send to a maintainer: versions, platform and the traceback."""
    lines = [
        f"KTTT Desktop {kttt_desktop.__version__}",
        f"{datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"Python {platform.python_version()}, Qt {qVersion()}, {platform.platform()}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines)


def write_report(report: str) -> Path | None:
    """Save the report as its own file beside the log; None if even that fails (full disk)."""
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"loi-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.txt"
        path.write_text(report, encoding="utf-8")
        return path
    except OSError:
        return None


class CrashDialog(QDialog):
    """"Đã xảy ra lỗi không mong muốn": the report, a copy button and where the log is."""

    def __init__(self, report: str, report_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Đã xảy ra lỗi không mong muốn"))
        fit_to_screen(self, QSize(680, 460))
        heading = QLabel(self.tr("Đã xảy ra lỗi không mong muốn"), self)
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        calm = QLabel(self.tr(
            "Dữ liệu đã cất vẫn an toàn: mỗi lần cất được ghi trọn vẹn hoặc không ghi gì. "
            "Thao tác vừa làm có thể chưa xong; hãy kiểm tra lại rồi làm lại nếu cần.\n"
            "Hãy bấm «Sao chép báo cáo» và gửi cho người hỗ trợ kỹ thuật để sửa lỗi."), self)
        calm.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(report)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        where = (self.tr("Báo cáo đã lưu tại: {path}").format(path=report_path) if report_path
                 else self.tr("Không lưu được tệp báo cáo (ổ đĩa có thể đã đầy)."))
        self.path_label = QLabel(where, self)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Sao chép báo cáo"), self)
        self.copy_button.clicked.connect(self.copy_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(calm)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.path_label)
        layout.addLayout(bottom)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Đã sao chép"))


class _Hook:
    """The installed `sys.excepthook`; one dialog at a time, never an error about the error."""

    def __init__(self, parent_getter: ParentGetter) -> None:
        self.parent_getter = parent_getter
        self.showing = False
        self.previous = sys.excepthook

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        try:
            self._handle(exc_type, exc, tb)
        except Exception:  # noqa: BLE001 - the crash handler must not crash
            log.exception("crash handler failed")
            sys.__excepthook__(exc_type, exc, tb)

    def _handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        parent = self._parent()
        if isinstance(exc, KtttError):
            log.warning("%s: %s", exc.code, exc.message())
            prompts.warn(parent, QCoreApplication.translate("crash", "Không thực hiện được"),
                         exc.message())
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        report = build_report(exc_type, exc, tb)
        path = write_report(report)
        if self.showing or QCoreApplication.instance() is None:
            return  # an error while the dialog is open is logged, not stacked
        self.showing = True
        try:
            show_crash_dialog(parent, report, path)
        finally:
            self.showing = False

    def _parent(self) -> QWidget | None:
        try:
            return self.parent_getter()
        except Exception:  # noqa: BLE001
            return None


def show_crash_dialog(parent: QWidget | None, report: str, report_path: Path | None) -> None:
    """Show the crash dialog modally (tests patch this or `CrashDialog.exec`)."""
    dialog = CrashDialog(report, report_path, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    """Background threads must not open windows: their failures are logged only."""
    log.critical("unexpected error in thread %s", getattr(args.thread, "name", "?"),
                 exc_info=(args.exc_type, args.exc_value, args.exc_traceback))  # type: ignore[arg-type]  # logging takes a missing value too


def install_excepthook(parent_getter: ParentGetter) -> _Hook:
    """Route uncaught exceptions to the log and the crash dialog; returns the hook."""
    hook = _Hook(parent_getter)
    sys.excepthook = hook
    threading.excepthook = _thread_hook
    return hook
