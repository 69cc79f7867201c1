"""A window action with its tip, as the report and Excel menus make them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def tipped_action(parent: QWidget, text: str, slot: Callable[[], None], tip: str) -> QAction:
    """An action whose tip shows as a tooltip and in the status bar."""
    action = QAction(text, parent)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action
