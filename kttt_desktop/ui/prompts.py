"""Every modal question the window asks goes through here.

Tests patch these few functions instead of fighting real modal dialogs, and the wording
and buttons of questions stay consistent across the program.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


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


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0) -> int | None:
    """One of a short list (a drop-down in a small dialog): its index, or None if cancelled."""
    if not items:
        return None
    text, ok = QInputDialog.getItem(parent, title, label, items, current, False)
    return items.index(text) if ok and text in items else None


def choose_open_files(parent: QWidget | None, title: str, filter: str) -> list[Path]:  # noqa: A002 - Qt's name
    """Files to open (several allowed); an empty list if the officer cancelled."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, "", filter)
    return [Path(name) for name in names]


def choose_save_file(parent: QWidget | None, title: str, suggested: Path, filter: str) -> Path | None:  # noqa: A002
    """Where to write a file, starting from `suggested`; None if cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filter)
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    """A folder (a USB stick, a mail attachments folder…); None if cancelled."""
    name = QFileDialog.getExistingDirectory(parent, title)
    return Path(name) if name else None


def documents_folder() -> Path:
    """Where a file the officer saves is suggested: their Documents folder (home if none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()
