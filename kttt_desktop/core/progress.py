"""Progress reports and cancel checks for long work (Excel import and export).

A job of 300,000 rows reports a few hundred times, not 300,000: the window's progress bar
needs no more, and each report crosses to the GUI thread. A cancel raises a coded error; the
caller's transaction or temporary file makes sure nothing is left half done.
"""

from __future__ import annotations

from typing import Callable

from kttt_desktop.core.errors import KtttError

ProgressFn = Callable[[int, int], None]  # (done, total)
CancelledFn = Callable[[], bool]


class Ticker:
    """Counts work done; every `every` units it checks for a cancel and reports progress."""

    def __init__(self, total: int, progress: ProgressFn | None, cancelled: CancelledFn | None,
                 cancelled_code: str, every: int) -> None:
        self.total, self.done, self._last = total, 0, 0
        self._progress, self._cancelled = progress, cancelled
        self._cancelled_code, self._every = cancelled_code, every

    def advance(self, units: int = 1) -> None:
        self.done += units
        if self.done - self._last >= self._every:
            self._last = self.done
            self.check()

    def check(self) -> None:
        """Stop here if the officer cancelled; else say how far the work is."""
        if self._cancelled is not None and self._cancelled():
            raise KtttError(self._cancelled_code)
        if self._progress is not None:
            self._progress(self.done, self.total)

    def finish(self) -> None:
        """The work is done: a last check, and the bar at its end."""
        self.done = self.total
        self.check()
