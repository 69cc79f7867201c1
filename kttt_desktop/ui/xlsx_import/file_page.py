"""Step 1, «Chọn tệp»: the Excel file to import. Reading it runs in the background when the
officer presses «Tiếp»; a file that cannot be read keeps the wizard on this page with core's
sentence saying why."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget, QWizardPage

from kttt_desktop.ui import prompts, styles

if TYPE_CHECKING:
    from kttt_desktop.ui.xlsx_import.wizard import XlsxImportWizard


def hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(styles.NOTE)
    return label


class FilePage(QWizardPage):
    def __init__(self, wizard: XlsxImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Chọn tệp Excel"))
        self.setSubTitle(self.tr("Tệp mẫu đã điền, tệp đã xuất từ chương trình, hoặc danh sách do xã tự lập."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("xlsx_path")
        self.path_edit.setPlaceholderText(self.tr("Đường dẫn tới tệp .xlsx"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.textChanged.connect(lambda *_: self.completeChanged.emit())
        self.choose_button = QPushButton(self.tr("Chọn tệp…"), self)
        self.choose_button.setObjectName("choose_xlsx")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        caption = QLabel(self.tr("&Tệp Excel"), self)
        caption.setBuddy(self.path_edit)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(hint(self.tr(
            "Chương trình tự tìm dòng tiêu đề cột của từng sheet (kể cả khi phía trên có tên cơ quan, "
            "tiêu đề danh sách) và đoán mỗi cột chứa thông tin gì. Bước sau cho xem lại và sửa nếu cần. "
            "Chưa có gì được ghi vào sổ cho đến khi bấm «Nhập» ở bước cuối."), self))
        layout.addWidget(hint(self.tr(
            "Tệp .xls cũ: hãy mở bằng Excel rồi lưu lại dạng .xlsx trước khi nhập."), self))
        layout.addStretch(1)

    def path(self) -> Path | None:
        text = self.path_edit.text().strip().strip('"')
        return Path(text) if text else None

    def set_path(self, path: Path | str) -> None:
        self.path_edit.setText(str(path))

    def choose_file(self) -> None:
        files = prompts.choose_open_files(self, self.tr("Chọn tệp Excel để nhập"),
                                          self.tr("Bảng tính Excel (*.xlsx *.xlsm);;Mọi tệp (*)"), prompts.IMPORTS)
        if files:
            self.set_path(files[0])

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.path() is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """«Tiếp»: go on once this file is read; otherwise start reading it and stay."""
        path = self.path()
        if path is None:
            return False
        if self._wizard.book_path == path:
            return True
        self._wizard.start_open(path)
        return False
