"""Every modal question the window asks goes through here.

Tests patch these few functions instead of fighting real modal dialogs, and the wording
and buttons of questions stay consistent across the program.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, yes: str | None = None) -> bool:
    """Ask a yes/no question; the safe answer (No) is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes or QCoreApplication.translate("prompts", "Đồng ý"),
                               QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(QCoreApplication.translate("prompts", "Không"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def ask_text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
    """One line of text, or None if the officer cancelled."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, default)
    return text if ok else None
