"""The window's file dialogs start in the folder last used for the same kind of file, and a
written file is offered for opening, or its folder: through the real menu actions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kttt_desktop.ui import prompts
from kttt_desktop.ui.main_window import MainWindow


class FileDialogs:
    """Qt's file dialogs, replaced: the folder each one was opened in, and the officer's
    answer ("" = Cancel)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: list[Path] = []
        self.answer = ""
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)

    def _folder(self, parent, title: str, directory: str) -> str:
        self.started.append(Path(directory))
        return self.answer

    def _save(self, parent, title: str, directory: str, filter: str) -> tuple[str, str]:  # noqa: A002
        self.started.append(Path(directory))
        return self.answer, filter


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> FileDialogs:
    return FileDialogs(monkeypatch)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the computer was asked to open (a file in its program, a folder in the file manager)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def answer_next_box(button_text: str) -> list[set[str]]:
    """Click `button_text` on the next message box as soon as it is shown (it may come from a
    background job); returns the texts of that box's buttons once it has been answered."""
    seen: list[set[str]] = []
    timer = QTimer(QApplication.instance())

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        timer.stop()
        timer.deleteLater()
        seen.append({button.text() for button in box.buttons()})
        [button] = [button for button in box.buttons() if button.text() == button_text]
        button.click()

    timer.timeout.connect(click)
    timer.start(10)
    return seen


def test_each_kind_of_file_starts_where_it_was_last_saved(qtbot, window: MainWindow, tmp_path: Path,
                                                           dialogs: FileDialogs, told: list[str]) -> None:
    documents = prompts.documents_folder()
    usb = tmp_path / "usb"
    reports = tmp_path / "bao-cao"
    usb.mkdir()
    reports.mkdir()

    dialogs.answer = str(usb)
    with qtbot.waitSignal(window.backups.backup_written, timeout=10_000):
        window.backups.backup_action.trigger()
    dialogs.answer = str(reports / "bao-cao-thang-11.pdf")
    with qtbot.waitSignal(window.reports.written, timeout=20_000):
        window.reports.pdf_action.trigger()
    assert dialogs.started[0] == documents  # nothing chosen before: Documents
    assert dialogs.started[1].parent == documents and dialogs.started[1].name.startswith("BaoCao_KTTT_")

    dialogs.answer = ""  # each opens where it was last used, then is cancelled
    window.backups.backup_action.trigger()
    window.reports.pdf_action.trigger()
    window.excel.template_action.trigger()
    assert dialogs.started[2:] == [usb, reports / dialogs.started[1].name, documents / "Mau_nhap_KTTT.xlsx"]
    assert len(told) == 2  # the two files written, nothing more


def test_a_usb_stick_taken_out_falls_back_to_documents(qtbot, window: MainWindow, tmp_path: Path,
                                                        dialogs: FileDialogs, told: list[str]) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    dialogs.answer = str(usb)
    with qtbot.waitSignal(window.backups.backup_written, timeout=10_000):
        window.backups.backup_action.trigger()
    shutil.rmtree(usb)  # the stick is taken out
    dialogs.answer = ""
    window.backups.backup_action.trigger()
    assert dialogs.started == [prompts.documents_folder(), prompts.documents_folder()]


def test_open_folder_after_an_excel_export(window: MainWindow, tmp_path: Path, dialogs: FileDialogs,
                                           opened: list[QUrl]) -> None:
    dialogs.answer = str(tmp_path / "mau.xlsx")
    buttons = answer_next_box("Mở thư mục")
    window.excel.template_action.trigger()  # written at once; returns when the box is answered
    assert buttons == [{"Mở tệp", "Mở thư mục", "Đóng"}]
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_open_file_after_a_pdf_export(qtbot, window: MainWindow, tmp_path: Path, dialogs: FileDialogs,
                                      opened: list[QUrl]) -> None:
    dialogs.answer = str(tmp_path / "bao-cao.pdf")
    buttons = answer_next_box("Mở tệp")
    window.reports.pdf_action.trigger()  # written after the figures come from the background
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert buttons == [{"Mở tệp", "Mở thư mục", "Đóng"}]
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "bao-cao.pdf"))]


def test_a_backup_offers_its_folder_only(qtbot, window: MainWindow, tmp_path: Path, dialogs: FileDialogs,
                                         opened: list[QUrl]) -> None:
    dialogs.answer = str(tmp_path)
    buttons = answer_next_box("Mở thư mục")
    window.backups.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert buttons == [{"Mở thư mục", "Đóng"}]  # a backup is not a file to read
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_closing_the_message_opens_nothing(window: MainWindow, tmp_path: Path, dialogs: FileDialogs,
                                           opened: list[QUrl]) -> None:
    dialogs.answer = str(tmp_path / "mau.xlsx")
    answer_next_box("Đóng")
    window.excel.template_action.trigger()
    assert (tmp_path / "mau.xlsx").is_file() and opened == []


def test_a_file_nothing_can_open_is_told(window: MainWindow, tmp_path: Path, dialogs: FileDialogs,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    warned: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: warned.append(text))
    dialogs.answer = str(tmp_path / "mau.xlsx")
    answer_next_box("Mở tệp")
    window.excel.template_action.trigger()
    assert len(warned) == 1 and str(tmp_path / "mau.xlsx") in warned[0]
    assert warned[0].startswith("Máy tính chưa có chương trình nào mở được")
