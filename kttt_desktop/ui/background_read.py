"""Figures read off the GUI thread for a page that shows them, the newest question winning.

Counting every member of a province takes about a second, too long for the GUI thread after
every write. A page asks `BackgroundRead.ask(work)`; `work(registry)` runs on a background
thread with its own connection and must touch no widget; its answer comes back on the GUI
thread. Asked again while a read runs, the newer work runs right after it and only its answer
is delivered, so a page never shows an answer to an older question. An in-memory database
cannot be shared with a thread: there the work runs at once on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from kttt_desktop.ui.worker import on_own_connection

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

Work = Callable[[Any], Any]


class _ReadThread(QThread):
    """Runs one work on a sibling connection; no widget is touched here."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, registry: Registry, work: Work) -> None:
        super().__init__()
        self._registry = registry
        self._work = work

    def run(self) -> None:  # the background thread
        try:
            result = on_own_connection(self._registry, self._work)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


# Threads still running when their page went away finish here instead of being destroyed.
_RUNNING: set[_ReadThread] = set()


def wait_for_reads() -> None:
    """Wait until every read still running has closed its connection: what a restore needs
    before it replaces the file they read."""
    for thread in list(_RUNNING):
        try:
            thread.wait()
        except RuntimeError:  # finished and deleted meanwhile
            pass


class BackgroundRead(QObject):
    """One page's reads: `answered(result)` or `failed(exception)` for the newest question."""

    answered = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, registry: Registry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self._thread: _ReadThread | None = None
        self._next: Work | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def ask(self, work: Work) -> None:
        """Run `work(registry)` in the background; its answer replaces any older one."""
        if self._thread is not None:
            self._next = work  # the running one answers an older question
            return
        if self.registry.path is None:
            self.busy_changed.emit(True)
            try:
                result = work(self.registry)
            except Exception as exc:  # noqa: BLE001 - the page shows it
                self.busy_changed.emit(False)
                self.failed.emit(exc)
            else:
                self.busy_changed.emit(False)
                self.answered.emit(result)
            return
        thread = _ReadThread(self.registry, work)
        self._thread = thread
        _RUNNING.add(thread)
        thread.succeeded.connect(self._succeeded)
        thread.failed.connect(self._failed)
        thread.finished.connect(lambda t=thread: _RUNNING.discard(t))
        thread.finished.connect(thread.deleteLater)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(thread.wait)
        self.busy_changed.emit(True)
        thread.start()

    def wait(self) -> None:
        """Block until the read running now (if any) has closed its connection."""
        if self._thread is not None:
            self._thread.wait()

    def _finished_thread(self) -> bool:
        """Forget the finished thread; True if its answer is still the one wanted."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
        if self._next is not None:
            work, self._next = self._next, None
            self.ask(work)
            return False
        self.busy_changed.emit(False)
        return True

    def _succeeded(self, result: object) -> None:
        if self._finished_thread():
            self.answered.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if self._finished_thread():
            self.failed.emit(exc)
