"""A page that reads its data only when someone looks at it.

When a page decides that a write concerns it (`apply_changes`) it marks itself stale; a
hidden page refreshes when it is next shown, a visible one at once, so imports and edits
never pay for pages nobody sees.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from kttt_desktop.ui.page import Page


class StalePage(Page):
    _stale = True

    def refresh(self) -> None:  # subclasses read their data here and clear `_stale`
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()


def table_or_empty(parent: QWidget, view: QWidget, empty_text: str) -> tuple[QStackedWidget, QLabel]:
    """A stack that shows the table, or a centred sentence when there is nothing to list."""
    label = QLabel(empty_text, parent)
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    stack = QStackedWidget(parent)
    stack.addWidget(view)
    stack.addWidget(label)
    return stack, label
