"""An officer's first session, driven through the real window and its real forms.

Create an HTX (after being told its tax code is wrong), enter its five members with
"Cất và thêm tiếp", find one by typing the name without diacritics, delete and undo.
Only the modal loop of the record dialog and the delete question are replaced; the
dialog itself, its form and its validation are the real ones.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog

from kttt_desktop.core.db.queries import ListQuery
from kttt_desktop.core.records.identifiers import make_tax_code
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import dialogs
from kttt_desktop.ui.app import build_main_window
from kttt_desktop.ui.forms.record_dialog import RecordDialog
from kttt_desktop.ui.main_window import MainWindow

MEMBERS = [
    ("Nguyễn Văn Đức", "Nam", "12/03/1975"),
    ("Lò Thị Mai", "Nữ", "05/09/1990"),
    ("Giàng A Páo", "Nam", "01/01/1982"),
    ("Chu Thị Sáu", "Nữ", "20/11/1979"),
    ("Lò Mạ Chừ", "Nam", "14/07/1968"),
]


@pytest.fixture
def window(qtbot, registry: Registry) -> MainWindow:
    window = build_main_window(registry)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # keyboard focus needs the active window
    return window


@pytest.fixture
def dialog_script(monkeypatch: pytest.MonkeyPatch) -> list[Callable[[RecordDialog], None]]:
    """Steps the officer takes in each record dialog the window opens, in order."""
    steps: list[Callable[[RecordDialog], None]] = []

    def run_modal(dialog: RecordDialog) -> int:
        dialog.show()
        steps.pop(0)(dialog)
        return QDialog.DialogCode.Accepted.value if dialog.saved_ids else QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(RecordDialog, "exec", run_modal)
    return steps


def type_into(qtbot, dialog: RecordDialog, field: str, text: str) -> None:
    """Type as an officer does: Vietnamese letters arrive from the input method (Unikey…)
    as committed text, plain ASCII as key presses."""
    editor = dialog.form.editor(field)
    target = getattr(editor, "line_edit", None) or (editor.lineEdit() if hasattr(editor, "lineEdit") else editor)
    target.setFocus()
    target.selectAll()
    if text.isascii():
        qtbot.keyClicks(target, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(target, event)


def choose(dialog: RecordDialog, field: str, label: str) -> None:
    combo = dialog.form.editor(field)
    index = combo.findText(label)
    assert index >= 0, (field, label)
    combo.setCurrentIndex(index)


def test_first_session_through_the_window(qtbot, window: MainWindow, registry: Registry,
                                          dialog_script, monkeypatch: pytest.MonkeyPatch) -> None:
    good_code = make_tax_code("620000001")
    wrong_code = good_code[:9] + str((int(good_code[9]) + 1) % 10)

    def enter_htx(dialog: RecordDialog) -> None:
        type_into(qtbot, dialog, "name", "HTX Nông nghiệp Bum Tở")
        type_into(qtbot, dialog, "registration_code", wrong_code)
        message = dialog.form.message_label("registration_code")
        qtbot.waitUntil(lambda: "sai chữ số kiểm tra" in message.text())
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert registry.count(ListQuery("organization")) == 0  # refused: nothing written
        type_into(qtbot, dialog, "registration_code", good_code)
        type_into(qtbot, dialog, "charter_capital_vnd", "500.000.000")
        qtbot.waitUntil(lambda: "sai" not in message.text())
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.saved_ids))

    window.show_page("organization")
    dialog_script.append(enter_htx)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [org] = list(registry.list_records("organization"))
    assert org["registration_code"] == good_code and org["charter_capital_vnd"] == 500_000_000

    def enter_members(dialog: RecordDialog) -> None:
        for name, sex, birth in MEMBERS:
            saved_before = len(dialog.saved_ids)
            type_into(qtbot, dialog, "full_name", name)
            choose(dialog, "gender", sex)
            type_into(qtbot, dialog, "birth_date", birth)
            type_into(qtbot, dialog, "capital_vnd", "20.000.000")
            qtbot.mouseClick(dialog.save_next_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda saved_before=saved_before: len(dialog.saved_ids) == saved_before + 1)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Hoãn on the empty next form: closes, asks nothing
        assert not dialog.isVisible()

    window.open_organization(org["id"])
    view = window.organization_view
    view.tabs.setCurrentWidget(view.child_tabs["member"])
    assert registry.organization_warnings(org["id"])  # no members yet: the HTX is warned
    dialog_script.append(enter_members)
    qtbot.mouseClick(view.child_tabs["member"].add_button, Qt.MouseButton.LeftButton)
    members = list(registry.list_records("member"))
    assert sorted(m["full_name"] for m in members) == sorted(name for name, _, _ in MEMBERS)
    assert {m["organization_id"] for m in members} == {org["id"]}
    duc = next(m for m in members if m["full_name"] == "Nguyễn Văn Đức")
    assert duc["birth_date"] == "1975-03-12" and duc["capital_vnd"] == 20_000_000
    assert registry.organization_warnings(org["id"]) == []  # five official members now
    qtbot.waitUntil(lambda: view.child_tabs["member"].model.rowCount() == 5)

    window.close_organization()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("member")
    page = window.list_pages["member"]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search_box.hasFocus)
    qtbot.keyClicks(page.search_box, "nguyen van duc")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.record_id(0) == duc["id"]

    monkeypatch.setattr(dialogs, "ask_delete_reason", lambda *args, **kwargs: "Nhập nhầm")
    page.select_row(0)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert registry.get("member", duc["id"])["delete_reason"] == "Nhập nhầm"

    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert registry.get("member", duc["id"])["deleted"] is False
