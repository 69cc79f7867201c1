"""A `Progress` for tests: records every report and cancels when told to."""

from __future__ import annotations

from kttt_desktop.core.progress import Cancelled


class Watched:
    """Records `(done, total)` reports; `cancel_after=n` makes its n-th look at `cancelled`
    (counting from 0) and every later one say yes, as an officer pressing «Hủy» midway."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.seen: list[tuple[int, int]] = []
        self.stop = False
        self._looks = 0
        self._cancel_after = cancel_after

    def report(self, done: int, total: int, label: str = "") -> None:
        if self.stop:
            raise Cancelled()
        self.seen.append((done, total))

    @property
    def cancelled(self) -> bool:
        look, self._looks = self._looks, self._looks + 1
        if self._cancel_after is not None and look >= self._cancel_after:
            self.stop = True
        return self.stop
