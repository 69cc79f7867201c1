"""«Đồng bộ lên máy chủ dữ liệu…»: where an upper-level site's merged register is mirrored
(the PostgreSQL database of the offices above the commune), and how the run went, in words.

The address is remembered for next time; the password is typed each time, handed to the
driver as a parameter and kept nowhere (not in the settings, not in the address, not in the
environment).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kttt_desktop.core.errors import KtttError
from kttt_desktop.ui import styles
from kttt_desktop.ui.screen_fit import fit_to_contents

ADDRESS_KEY = "mirror/address"


def remembered_address() -> str:
    return str(QSettings().value(ADDRESS_KEY, "") or "")


class MirrorDialog(QDialog):
    """The database's address and the account's password; «Đồng bộ» stays until the address
    is one the program can use, and says what is wrong with it otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đồng bộ lên máy chủ dữ liệu"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Ghi sổ đã gộp của đơn vị lên cơ sở dữ liệu PostgreSQL dùng chung của các cơ quan cấp trên. Lần đầu "
            "gửi toàn bộ, các lần sau chỉ gửi phần đã thay đổi. Địa chỉ và tài khoản do người quản trị máy chủ "
            "cấp."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address_edit = QLineEdit(remembered_address(), self)
        self.address_edit.setPlaceholderText("postgresql://TÀI_KHOẢN@MÁY_CHỦ/TÊN_CSDL")
        form.addRow(self.tr("Địa chỉ:"), self.address_edit)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)
        layout.addLayout(form)
        note = QLabel(self.tr("Mật khẩu không được lưu trên máy này: mỗi lần đồng bộ hãy nhập lại."), self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(styles.ERROR_LINE)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Đồng bộ"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.address_edit.textChanged.connect(self._update)
        self._update()
        (self.password_edit if self.address() else self.address_edit).setFocus()
        fit_to_contents(self)

    def address(self) -> str:
        return self.address_edit.text().strip()

    def password(self) -> str:
        return self.password_edit.text()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.address()))
        self.error_label.hide()

    def accept(self) -> None:
        problem = self.address_problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            fit_to_contents(self)  # grown to hold the line, nothing above it squeezed
            self.address_edit.setFocus()
            return
        QSettings().setValue(ADDRESS_KEY, self.address())
        super().accept()

    def address_problem(self) -> str:
        """What is wrong with the address, in one line; '' if nothing (or if the driver is
        missing: the run then says that)."""
        try:
            from kttt_desktop.core.mirror.connect import check_address
        except ModuleNotFoundError:
            return ""
        try:
            check_address(self.address())
        except KtttError as exc:
            if exc.code == "mirror_password_in_address":  # the window has a field for it
                return self.tr("Không ghi mật khẩu trong địa chỉ (người khác có thể đọc được): hãy xóa nó khỏi "
                               "địa chỉ và nhập vào ô «Mật khẩu».")
            return exc.message()
        return ""

