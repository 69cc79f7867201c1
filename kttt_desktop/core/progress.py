"""Progress reports and cancel checks for long work (Excel import and export, sync, demo data).

One protocol for all of it: the work calls `progress.report(done, total, label)`, which raises
`Cancelled` once the officer asked to stop, and may look at `progress.cancelled` between steps.
The window's progress dialog and the command line implement it; core never knows which.

A job of 300,000 rows reports a few hundred times, not 300,000: the window's progress bar
needs no more, and each report crosses to the GUI thread. A cancel raises `Cancelled`; the
caller's transaction or temporary file makes sure nothing is left half done.
"""

from __future__ import annotations

from typing import Protocol

from kttt_desktop.core.messages import render


class Cancelled(Exception):
    """The officer asked the work to stop. The one cancel of the program: the window and the
    command line show `message()` (`code` names what was stopped, e.g. `import_cancelled`).
    Not a `KtttError` on purpose: code that refuses one bad file or row and goes on with the
    next must not swallow a cancel."""

    def __init__(self, code: str = "work_cancelled") -> None:
        self.code = code
        super().__init__(render(code, "vi"))

    def message(self, lang: str | None = None) -> str:
        return render(self.code, lang)


class Progress(Protocol):
    """What long work is handed to say how far it is and to learn whether to stop."""

    def report(self, done: int, total: int, label: str = "") -> None:
        """Say how far the work is; raises `Cancelled` when the officer asked to stop."""

    @property
    def cancelled(self) -> bool:
        """True once the officer asked to stop."""


class NoProgress:
    """A `Progress` nobody watches and nobody cancels (the command line, tests)."""

    def report(self, done: int, total: int, label: str = "") -> None:
        pass

    @property
    def cancelled(self) -> bool:
        return False


class Share:
    """One stage of a bigger job on the same bar: the stage's `done` of `total` is shown as
    `start + done * size // total` of `overall` (the Excel import reads, then writes)."""

    def __init__(self, progress: Progress, start: int, size: int, overall: int) -> None:
        self._progress, self._start, self._size, self._overall = progress, start, size, overall

    def report(self, done: int, total: int, label: str = "") -> None:
        self._progress.report(self._start + done * self._size // max(total, 1), self._overall, label)

    @property
    def cancelled(self) -> bool:
        return self._progress.cancelled


class Ticker:
    """Counts work done; every `every` units it checks for a cancel and reports progress."""

    def __init__(self, total: int, progress: Progress | None, cancelled_code: str, every: int) -> None:
        self.total, self.done, self._last = total, 0, 0
        self._progress = progress
        self._cancelled_code, self._every = cancelled_code, every

    def advance(self, units: int = 1) -> None:
        self.done += units
        if self.done - self._last >= self._every:
            self._last = self.done
            self.check()

    def check(self) -> None:
        """Stop here if the officer cancelled; else say how far the work is."""
        if self._progress is None:
            return
        if self._progress.cancelled:
            raise Cancelled(self._cancelled_code)
        self._progress.report(self.done, self.total)

    def finish(self) -> None:
        """The work is done: a last check, and the bar at its end."""
        self.done = self.total
        self.check()
