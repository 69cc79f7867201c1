"""Qt's own dialogs in Vietnamese: the program's translation of Qt's strings is complete,
compiled, installed at start when Vietnamese is the language, and really shown."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QTextEdit,
    QTreeView,
)

from kttt_desktop.core.resources import resource_path
from tests.ui.conftest import language_installed
from tests.ui.test_translations import assert_compiled

TS = resource_path("translations", "qtbase_vi.ts")
QM = resource_path("translations", "qtbase_vi.qm")
PLACEHOLDER = re.compile(r"%n|%L?[0-9]")


@pytest.fixture
def vietnamese(qapp):
    """The translators the program installs for Vietnamese, its first language."""
    with language_installed(qapp, "vi"):
        yield
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.fixture(scope="module")
def printer(qapp) -> QPrinter:
    """One printer for the module: a print dialog only points at its printer, which must
    outlive every dialog made on it."""
    return QPrinter()


def test_every_message_is_translated() -> None:
    root = ET.parse(TS).getroot()
    assert root.get("sourcelanguage") == "en" and root.get("language") == "vi_VN"
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name"), message.findtext("source"), message.findtext("comment") or "")
            assert key not in found, f"twice: {key}"
            found[key] = message
    assert len(found) > 250
    for (context, source, _), message in found.items():
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        assert translation is not None and translation.get("type") is None, where
        text = translation.text or ""
        assert text.strip(), where
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
        assert text.count("&") == source.count("&"), where  # a mnemonic where Qt has one
        assert text.count("\n") == source.count("\n"), where


def test_the_qm_file_is_compiled_from_the_ts_file(tmp_path: Path) -> None:
    assert_compiled(TS, QM, tmp_path)


def test_message_boxes_answer_in_vietnamese(vietnamese, qtbot) -> None:
    Button = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "Tiếp tục?",
                      Button.Yes | Button.No | Button.Ok | Button.Cancel | Button.Save | Button.Close)
    qtbot.addWidget(box)
    texts = {button: box.button(button).text() for button in
             (Button.Yes, Button.No, Button.Ok, Button.Cancel, Button.Save, Button.Close)}
    assert texts == {Button.Yes: "&Có", Button.No: "&Không", Button.Ok: "Đồng ý", Button.Cancel: "Hủy",
                     Button.Save: "Lưu", Button.Close: "Đóng"}
    box.setDetailedText("chi tiết")
    box.show()
    assert any(button.text() == "Xem chi tiết..." for button in box.findChildren(QAbstractButton))


def test_the_file_dialog_speaks_vietnamese(vietnamese, qtbot, tmp_path: Path) -> None:
    """Qt's own file dialog (Linux desktops without a native one): labels, buttons, columns."""
    (tmp_path / "bao-cao.pdf").write_bytes(b"%PDF")
    dialog = QFileDialog(None, "Lưu báo cáo PDF", str(tmp_path), "Tệp PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Tìm trong:"
    assert labels["fileNameLabel"] == "Tê&n tệp:"
    assert labels["fileTypeLabel"] == "&Loại tệp:"
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "&Lưu"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    tree = dialog.findChild(QTreeView, "treeView")
    header = [tree.model().headerData(column, Qt.Orientation.Horizontal) for column in range(4)]
    assert header == ["Tên", "Kích thước", "Loại", "Ngày sửa"]
    tips = {button.toolTip() for button in dialog.findChildren(QAbstractButton)}
    assert {"Quay lại", "Thư mục cha", "Tạo thư mục mới"} <= tips
    texts = {action.text() for action in dialog.findChildren(QAction)}
    assert {"Thư mục &mới", "Đổi &tên", "&Xóa", "Hiện tệp &ẩn"} <= texts


def test_the_print_preview_and_print_dialogs_speak_vietnamese(vietnamese, qtbot, printer: QPrinter) -> None:
    preview = QPrintPreviewDialog(printer)
    qtbot.addWidget(preview)
    tips = {action.text() for action in preview.findChildren(QAction)}
    assert {"Trang sau", "Trang trước", "Trang đầu", "Trang cuối", "Phóng to", "Thu nhỏ", "Vừa chiều rộng",
            "Giấy dọc", "Giấy ngang", "Thiết lập trang", "In"} <= tips
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    label_texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert "Số bản:" in label_texts


def test_text_boxes_and_progress_speak_vietnamese(vietnamese, qtbot) -> None:
    line = QLineEdit("Bản Nậm Củm")
    qtbot.addWidget(line)
    menu = line.createStandardContextMenu()
    assert [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()] == [
        "&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"]
    menu.deleteLater()
    notes = QTextEdit()
    qtbot.addWidget(notes)
    menu = notes.createStandardContextMenu()
    assert "&Dán" in [a.text().split("\t")[0] for a in menu.actions()]
    menu.deleteLater()
    progress = QProgressDialog()
    qtbot.addWidget(progress)
    assert any(button.text() == "Hủy" for button in progress.findChildren(QAbstractButton))


def test_english_leaves_qt_in_english(qapp) -> None:
    with language_installed(qapp, "en"):
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Look in:"


class Asked(QTranslator):
    """Notes every string Qt looks up, and leaves the answer to the translators installed
    before it (a null answer means 'not mine')."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str | None:
        self.asked.add((context, source, disambiguation or ""))
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


# Strings Vietnamese writes as English does: key names, paper sizes, units, "1 (1x1)".
SAME_IN_VIETNAMESE = re.compile(r"^(Alt\+\w+|Ctrl|\.\.\.|%p%|mm|\d+ \(\dx\d\)|(Cicero|Didot|Pica) \(.*\))$")


def test_every_string_qt_shows_in_these_dialogs_is_translated(vietnamese, qapp, qtbot, tmp_path: Path,
                                                              printer: QPrinter) -> None:
    """Would catch a new or changed string in a newer Qt: what Qt asks for is what is shipped."""
    asked = Asked()
    qapp.installTranslator(asked)
    try:
        for mode in (QFileDialog.FileMode.ExistingFiles, QFileDialog.FileMode.Directory,
                     QFileDialog.FileMode.AnyFile):
            dialog = QFileDialog(None, "Chọn", str(tmp_path), "Tệp PDF (*.pdf)")
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            dialog.setFileMode(mode)
            if mode == QFileDialog.FileMode.AnyFile:
                dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            qtbot.addWidget(dialog)
            dialog.show()
            tree = dialog.findChild(QTreeView, "treeView")
            for column in range(tree.model().columnCount()):
                tree.model().headerData(column, Qt.Orientation.Horizontal)
        every = QMessageBox.StandardButton.NoButton
        for name in ("Ok", "Save", "SaveAll", "Open", "Yes", "YesToAll", "No", "NoToAll", "Abort", "Retry",
                     "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "RestoreDefaults"):
            every |= getattr(QMessageBox.StandardButton, name)
        box = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "?", every)
        box.setDetailedText("chi tiết")
        qtbot.addWidget(box)
        box.show()
        for widget in (QInputDialog(), QPrintPreviewDialog(printer), QPrintDialog(printer), QProgressDialog(),
                       QCalendarWidget(), QSpinBox()):
            qtbot.addWidget(widget)
            widget.show()
        for widget in (QLineEdit("x"), QTextEdit("x")):
            qtbot.addWidget(widget)
            widget.createStandardContextMenu().deleteLater()
    finally:
        qapp.removeTranslator(asked)
    shipped = QTranslator()
    assert shipped.load(str(QM))
    untranslated = sorted(
        (context, source) for context, source, disambiguation in asked.asked
        if context not in ("QPageSize", "QShortcut", "QProgressBar") and not SAME_IN_VIETNAMESE.match(source)
        and not shipped.translate(context, source, disambiguation or None))
    assert untranslated == []
    assert len(asked.asked) > 150
