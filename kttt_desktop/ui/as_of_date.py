"""«Tính đến ngày»: the day a page of figures or lists is read as of.

A page reads again in the background when the day changes, which takes a while: while the
officer types a date (or steps through days) the page waits for a short pause, so it reads
once for the day meant rather than for each keystroke.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

DATE_FORMAT = "dd/MM/yyyy"
DATE_DEBOUNCE_MS = 400


class AsOfDate(QWidget):
    """The label and the date; `chosen()` once typing pauses on a new day."""

    chosen = Signal()

    def __init__(self, today: date, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setToolTip(tip)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DATE_DEBOUNCE_MS)
        self._timer.timeout.connect(self.chosen)
        self.date_edit.dateChanged.connect(lambda _: self._timer.start())
        label = QLabel(self.tr("Tính đến ngày"), self)
        label.setBuddy(self.date_edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.date_edit)

    @property
    def day(self) -> date:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())

    def set_day(self, day: date) -> None:
        """Show `day` without waiting for a pause (the caller reads at once)."""
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self._timer.stop()

    @property
    def pending(self) -> bool:
        """A day is being typed: the page does not show it yet."""
        return self._timer.isActive()

    def settle(self) -> None:
        """The page reads now, for the day shown: no read is owed after the pause."""
        self._timer.stop()


__all__ = ["AsOfDate", "DATE_DEBOUNCE_MS", "DATE_FORMAT"]
