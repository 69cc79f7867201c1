"""The password dialog: hidden typing, «Đồng ý» only once both fields agree (typed with
ASCII keys: Qt's key simulation knows no others)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from kttt_desktop.ui.password_dialog import PasswordDialog


def test_setting_a_password_needs_it_typed_twice_the_same(qtbot):
    dialog = PasswordDialog(None, "Sao lưu có mật khẩu", "Đặt mật khẩu", confirm=True)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.again_edit is not None and dialog.again_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.password_edit, "Muong Te 2026")
    assert not ok.isEnabled() and not dialog.mismatch_label.isVisible()
    qtbot.keyClicks(dialog.again_edit, "Muong Te 2025")
    assert not ok.isEnabled() and dialog.mismatch_label.isVisible()
    dialog.again_edit.clear()
    qtbot.keyClicks(dialog.again_edit, "Muong Te 2026")
    assert ok.isEnabled() and not dialog.mismatch_label.isVisible()
    ok.click()
    assert dialog.result() == PasswordDialog.DialogCode.Accepted and dialog.password() == "Muong Te 2026"


def test_opening_a_backup_asks_once(qtbot):
    dialog = PasswordDialog(None, "Bản sao lưu có mật khẩu", "Nhập mật khẩu", confirm=False)
    qtbot.addWidget(dialog)
    assert dialog.again_edit is None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.password_edit, "x")
    assert ok.isEnabled()
