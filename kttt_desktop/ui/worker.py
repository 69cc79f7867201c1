"""Long work (demo data, imports, exports, reports, backups) off the GUI thread.

Modelled on the "collection operation" idea: the work function runs on a background
thread with its *own* registry connection and must not touch any widget; progress,
success and failure come back to the GUI thread as queued signals. Cancelling sets a flag
that the work checks between steps; the work then raises core's `Cancelled` and its
transaction rolls back, so a cancelled operation leaves the database as it was.

Two entry points, both opening and closing their own connection: `run_op` for modal work
with a progress dialog, and `BackgroundRead` (ui/background_read.py) for a page's non-modal,
newest-question-wins reads and for the start-of-day backup.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal, SignalInstance
from PySide6.QtWidgets import QProgressDialog, QWidget

from kttt_desktop.core.progress import Cancelled, Progress

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

__all__ = ["BackgroundOp", "Cancelled", "DialogProgress", "Progress", "on_own_connection", "run_op"]

T = TypeVar("T")


def on_own_connection(registry: Registry, work: Callable[[Any], T]) -> T:
    """`work(other)` on a connection of its own to the registry's file, closed afterwards:
    a background thread may not use the GUI thread's connection."""
    other = registry.sibling()
    try:
        return work(other)
    finally:
        other.close()


class DialogProgress:
    """The `Progress` a modal operation hands its work: reports go to the dialog as signals,
    the dialog's Cancel sets the flag."""

    def __init__(self, signal: SignalInstance) -> None:
        self._signal = signal
        self._cancel = threading.Event()

    def report(self, done: int, total: int, label: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._signal.emit(done, total, label)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Thread(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[DialogProgress], Any]) -> None:
        super().__init__()
        self._work = work
        self.progress = DialogProgress(self.progressed)

    def run(self) -> None:  # runs on the background thread
        try:
            result = self._work(self.progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class BackgroundOp(QObject):
    """Run `work(progress)` in the background with a progress dialog and a Cancel button.

    Be careful not to call any UI routine inside `work`: it runs on another thread.
    `on_success(result)` and `on_failure(exception)` run on the GUI thread.
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None, label: str, work: Callable[[Progress], Any],
                 on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None] | None = None,
                 cancellable: bool = True) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        self._thread = _Thread(work)
        self.dialog = QProgressDialog(label, self.tr("Hủy") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(self.tr("Đang xử lý"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._thread.progress.cancel)
        self._thread.progressed.connect(self._show_progress)
        self._thread.succeeded.connect(self._succeeded)
        self._thread.failed.connect(self._failed)

    @property
    def progress(self) -> DialogProgress:
        return self._thread.progress

    def start(self) -> None:
        self._thread.start()

    def _show_progress(self, done: int, total: int, label: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if label:
            self.dialog.setLabelText(label)

    def _finish(self) -> None:
        self._thread.wait()
        self.dialog.close()
        self.finished.emit()

    def _succeeded(self, result: Any) -> None:
        self._finish()
        self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if self._on_failure is not None:
            self._on_failure(exc)
        elif not isinstance(exc, Cancelled):
            raise exc


def run_op(parent: QWidget | None, registry: Registry, label: str, work: Callable[[Any, Progress], Any],
           on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None] | None = None,
           cancellable: bool = True) -> BackgroundOp:
    """Start `work(other, progress)` on a connection of its own, with a modal progress dialog;
    returns the started operation, which stays alive until it has finished."""
    op = BackgroundOp(parent, label, lambda progress: on_own_connection(registry, lambda other: work(other, progress)),
                      on_success, on_failure, cancellable)
    _RUNNING_OPS.add(op)
    op.finished.connect(lambda: _RUNNING_OPS.discard(op))
    op.start()
    return op


# Operations whose caller kept no reference finish here instead of being destroyed mid-run.
_RUNNING_OPS: set[BackgroundOp] = set()
