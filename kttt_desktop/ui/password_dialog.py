"""The password of a backup: typed twice when it is set, once when a backup is opened.

Typed characters are hidden. When setting one, «Đồng ý» waits until both fields agree, and
the dialog says plainly that a forgotten password cannot be recovered; how long a password
must be is core's rule (`backup_crypto.check_password`), said by the caller.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kttt_desktop.ui.screen_fit import fit_to_contents


class PasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, confirm: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)  # the note in three lines, not six
        layout = QVBoxLayout(self)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)
        self.again_edit: QLineEdit | None = None
        if confirm:
            self.again_edit = QLineEdit(self)
            self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("Nhập lại mật khẩu:"), self.again_edit)
            self.again_edit.textChanged.connect(self._update)
        layout.addLayout(form)
        self.mismatch_label = QLabel(self.tr("Hai lần nhập chưa giống nhau."), self)
        self.mismatch_label.setVisible(False)
        layout.addWidget(self.mismatch_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đồng ý"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password_edit.textChanged.connect(self._update)
        self._update()
        fit_to_contents(self)

    def _update(self) -> None:
        password = self.password_edit.text()
        differs = self.again_edit is not None and self.again_edit.text() != password
        self.mismatch_label.setVisible(differs and bool(self.again_edit and self.again_edit.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(password) and not differs)

    def password(self) -> str:
        return self.password_edit.text()
