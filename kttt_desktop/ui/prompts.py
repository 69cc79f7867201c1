"""Every modal question the window asks goes through here.

Tests patch these few functions instead of fighting real modal dialogs, and the wording
and buttons of questions stay consistent across the program. File dialogs open in the
folder last used for the same purpose (kept in the settings), and a file just written is
offered for opening, or its folder, so the officer never hunts for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

# What a file dialog is for; each remembers the folder the officer last used for it, so the
# USB stick for packages and the reports folder for PDFs are not looked for again each time.
PACKAGES = "packages"  # sync packages, receipts and set-up files: usually the USB stick
BACKUPS = "backups"
EXCEL = "excel"        # Excel lists, templates and reports written
PDF = "pdf"
IMPORTS = "imports"    # Excel workbooks read into the register
FOLDERS_KEY = "folders"


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


def choose_open_files(parent: QWidget | None, title: str, filter: str,  # noqa: A002 - Qt's name
                      purpose: str) -> list[Path]:
    """Files to open (several allowed), starting in the folder last used for `purpose`; an
    empty list if the officer cancelled."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder(purpose)), filter)
    files = [Path(name) for name in names]
    if files:
        remember_folder(purpose, files[0].parent)
    return files


def choose_save_file(parent: QWidget | None, title: str, name: str, filter: str,  # noqa: A002
                     purpose: str) -> Path | None:
    """Where to write a file, suggesting `name` in the folder last used for `purpose`; None
    if cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(purpose) / name), filter)
    if not chosen:
        return None
    remember_folder(purpose, Path(chosen).parent)
    return Path(chosen)


def choose_folder(parent: QWidget | None, title: str, purpose: str) -> Path | None:
    """A folder (a USB stick, a mail attachments folder…), starting in the one last used for
    `purpose`; None if cancelled."""
    name = QFileDialog.getExistingDirectory(parent, title, str(start_folder(purpose)))
    if not name:
        return None
    remember_folder(purpose, Path(name))
    return Path(name)


def documents_folder() -> Path:
    """Where files are suggested before the officer has chosen a folder: their Documents
    folder (home if none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def start_folder(purpose: str) -> Path:
    """The folder last used for `purpose` if it is still there (a USB stick may have been
    taken out), else Documents."""
    value = QSettings().value(f"{FOLDERS_KEY}/{purpose}")
    if value:
        folder = Path(str(value))
        if folder.is_dir():
            return folder
    return documents_folder()


def remember_folder(purpose: str, folder: Path) -> None:
    QSettings().setValue(f"{FOLDERS_KEY}/{purpose}", str(folder))


def tell_written(parent: QWidget | None, title: str, text: str, path: Path, readable: bool = True,
                 open_label: str | None = None) -> None:
    """Say that `path` was written, offering «Mở thư mục» (to copy it on or attach it to a
    mail) and, for a file the officer reads (PDF, Excel), «Mở tệp» (or `open_label`: «Mở bằng
    Word/LibreOffice» for a document to finish)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    open_file = box.addButton(open_label or QCoreApplication.translate("prompts", "Mở tệp"),
                              QMessageBox.ButtonRole.ActionRole) if readable else None
    open_folder = box.addButton(QCoreApplication.translate("prompts", "Mở thư mục"),
                                QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(QCoreApplication.translate("prompts", "Đóng"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
    clicked = box.clickedButton()
    if open_file is not None and clicked is open_file:
        open_location(parent, path)
    elif clicked is open_folder:
        open_location(parent, path.parent)


def open_location(parent: QWidget | None, path: Path) -> None:
    """Open a file in the program the computer uses for it, or a folder in the file manager;
    say so when nothing can open it."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        warn(parent, QCoreApplication.translate("prompts", "Không mở được"), QCoreApplication.translate(
            "prompts", "Máy tính chưa có chương trình nào mở được:\n{path}\n\nTệp vẫn được giữ nguyên ở "
                       "đó; hãy tìm đến nó bằng trình quản lý tệp.").format(path=path))


def ask_password(parent: QWidget | None, title: str, text: str, confirm: bool = False) -> str | None:
    """A password, typed hidden (twice, agreeing, when `confirm`); None if cancelled."""
    from kttt_desktop.ui.password_dialog import PasswordDialog

    dialog = PasswordDialog(parent, title, text, confirm)
    try:
        return dialog.password() if dialog.exec() == PasswordDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
