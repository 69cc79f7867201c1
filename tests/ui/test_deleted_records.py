"""Deleted records in the window: restored from the toolbar, the Sửa menu and the right-click
menu of every list, shown read-only with who deleted them, when and why, and never sent to
the delete dialog a second time."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import dialogs, prompts
from kttt_desktop.ui.app import build_main_window
from kttt_desktop.ui.deleted_records import context_menu_of
from kttt_desktop.ui.forms.record_dialog import RecordDialog
from kttt_desktop.ui.list_page import ListPage
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.models.record_table import DELETED_ROLE
from kttt_desktop.ui.organization_view import OrganizationView
from tests.ui.test_main_window import press

MENU_TEXTS = ["Thêm", "Sửa", "Xóa", "Khôi phục", "", "Mở hồ sơ tổ chức", "", "Nạp"]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every yes/no question, answered yes."""
    questions: list[str] = []
    monkeypatch.setattr(prompts, "confirm",
                        lambda parent, title, text, yes=None: questions.append(text) or True)
    return questions


@pytest.fixture
def reasons(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The delete dialog, answered with a reason; the titles it was opened with."""
    titles: list[str] = []

    def reason(parent: Any, title_text: str, detail_text: str = "") -> str:
        titles.append(title_text)
        return "Nhập trùng"

    monkeypatch.setattr(dialogs, "ask_delete_reason", reason)
    return titles


def show_deleted(window: MainWindow, record_type: str) -> ListPage:
    window.show_page(record_type)
    page = window.list_pages[record_type]
    page.deleted_box.setChecked(True)
    return page


def delete_in_list(window: MainWindow, record_type: str, record_id: str) -> None:
    """Select the record in its list and press Xóa (the delete dialog is patched by `reasons`)."""
    window.show_page(record_type)
    page = window.list_pages[record_type]
    assert page.select_record(record_id)
    window.delete_action.trigger()


def is_struck(page: ListPage, record_id: str) -> bool:
    return bool(page.model.index(page.model.row_of(record_id), 0).data(DELETED_ROLE))


def row_position(view: Any, row: int) -> QPoint:
    return view.visualRect(view.model().index(row, 1)).center()


def menu_texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions()]


def test_restore_from_the_toolbar_and_undo_it(qtbot, window: MainWindow, registry: Registry, populated: dict,
                                              reasons: list, asked: list) -> None:
    mai = populated["members"][2]
    delete_in_list(window, "member", mai["id"])
    page = show_deleted(window, "member")
    assert page.select_record(mai["id"])
    assert is_struck(page, mai["id"])
    assert window.restore_action in window.toolbar.actions()
    assert window.restore_action.isEnabled()
    assert not window.edit_action.isEnabled() and not window.delete_action.isEnabled()

    window.restore_action.trigger()

    assert asked == ["Khôi phục thành viên «Lò Thị Mai»?"]
    assert registry.get("member", mai["id"])["deleted"] is False
    assert not is_struck(page, mai["id"])
    assert page.current_record_id() == mai["id"]
    assert not window.restore_action.isEnabled() and window.delete_action.isEnabled()
    assert window.undo_action.text() == "Hoàn tác: Khôi phục thành viên «Lò Thị Mai»"

    page.view.setFocus()
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert registry.get("member", mai["id"])["deleted"] is True
    assert is_struck(page, mai["id"])


def test_restore_is_in_the_edit_menu(window: MainWindow) -> None:
    edit_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&Sửa")
    assert window.restore_action in edit_menu.actions()


def test_saying_no_restores_nothing(window: MainWindow, registry: Registry, populated: dict, reasons: list,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    worker = populated["worker"]
    delete_in_list(window, "worker", worker["id"])
    page = show_deleted(window, "worker")
    page.select_record(worker["id"])
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: False)
    window.restore_action.trigger()
    assert registry.get("worker", worker["id"])["deleted"] is True
    assert is_struck(page, worker["id"])


def test_restore_from_the_right_click_menu(window: MainWindow, registry: Registry, populated: dict,
                                           reasons: list, asked: list) -> None:
    support = populated["support"]
    delete_in_list(window, "support", support["id"])
    page = show_deleted(window, "support")
    page.view.clearSelection()
    row = page.model.row_of(support["id"])

    menu = context_menu_of(page.view).build_menu(row_position(page.view, row))  # a right-click on the row

    assert page.current_record_id() == support["id"]  # the row clicked is the one acted on
    assert menu_texts(menu) == MENU_TEXTS
    restore = menu.actions()[3]
    assert restore is window.restore_action and restore.isEnabled()
    assert not menu.actions()[1].isEnabled() and not menu.actions()[2].isEnabled()  # Sửa, Xóa
    restore.trigger()
    assert registry.get("support", support["id"])["deleted"] is False
    assert not is_struck(page, support["id"])


def test_a_real_right_click_shows_the_menu(qtbot, window: MainWindow, populated: dict) -> None:
    window.show_page("organization")
    page = window.list_pages["organization"]
    position = row_position(page.view, 1)
    seen: list[list[str]] = []

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            seen.append(menu_texts(popup))
            popup.close()

    QTimer.singleShot(0, read_and_close)
    QApplication.sendEvent(page.view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, page.view.viewport().mapToGlobal(position)))

    assert seen == [MENU_TEXTS]
    assert page.current_record_id() == page.model.record_id(1)


def test_every_list_and_every_organisation_tab_has_the_menu(window: MainWindow, populated: dict) -> None:
    for record_type, page in window.list_pages.items():
        window.show_page(record_type)
        assert menu_texts(context_menu_of(page.view).build_menu()) == MENU_TEXTS, record_type
    window.open_organization(populated["htx"]["id"])
    for record_type, tab in window.organization_view.child_tabs.items():
        window.organization_view.tabs.setCurrentWidget(tab)
        menu = context_menu_of(tab.view).build_menu()
        assert menu_texts(menu) == ["Thêm", "Sửa", "Xóa", "Khôi phục", "", "Nạp"], record_type
        assert menu.actions()[0] is window.add_action and menu.actions()[0].isEnabled()


def test_open_the_organisation_of_a_member_from_its_menu(window: MainWindow, populated: dict) -> None:
    window.show_page("member")
    page = window.list_pages["member"]
    row = page.model.row_of(populated["members"][5]["id"])  # a member of the THT
    menu = context_menu_of(page.view).build_menu(row_position(page.view, row))
    opener = menu.actions()[5]
    assert opener is window.open_organization_action and opener.isEnabled()
    opener.trigger()
    view = window.stack.currentWidget()
    assert isinstance(view, OrganizationView)
    assert view.organization_id == populated["tht"]["id"]
    assert not window.open_organization_action.isEnabled()  # already there


def test_restoring_an_organisation_brings_back_the_members_deleted_with_it(
        window: MainWindow, registry: Registry, populated: dict, reasons: list, asked: list) -> None:
    htx = populated["htx"]
    left_earlier = populated["members"][4]
    delete_in_list(window, "member", left_earlier["id"])
    delete_in_list(window, "organization", htx["id"])
    assert all(registry.get("member", m["id"])["deleted"] for m in populated["members"][:5])

    page = show_deleted(window, "organization")
    page.select_record(htx["id"])
    window.restore_action.trigger()

    assert asked[0].startswith("Khôi phục hợp tác xã «HTX Nông nghiệp Bum Tở»?")
    assert "4 thành viên, 1 người lao động, 1 khoản hỗ trợ" in asked[0]
    assert registry.get("organization", htx["id"])["deleted"] is False
    assert [registry.get("member", m["id"])["deleted"] for m in populated["members"][:5]] == \
        [False, False, False, False, True]  # the one deleted on its own earlier stays deleted
    assert registry.get("worker", populated["worker"]["id"])["deleted"] is False
    window.show_page("member")
    members = window.list_pages["member"]
    assert members.model.rowCount() == len(populated["members"]) - 1
    assert members.model.row_of(left_earlier["id"]) is None


def test_a_deleted_organisation_opens_read_only_with_who_when_why(
        window: MainWindow, registry: Registry, populated: dict, reasons: list, asked: list) -> None:
    htx = populated["htx"]
    delete_in_list(window, "organization", htx["id"])
    when = registry.get("organization", htx["id"])["deleted_at"]
    page = show_deleted(window, "organization")

    window.open_record("organization", htx["id"])

    view = window.organization_view
    assert window.stack.currentWidget() is view
    banner = view.deleted_banner
    assert banner.isVisible()
    text = banner.label.text()
    assert "Lò Văn Hương" in text and "Lý do: Nhập trùng" in text
    assert f"{when[8:10]}/{when[5:7]}/{when[:4]} {when[11:16]}" in text
    assert "5 thành viên, 1 người lao động, 1 khoản hỗ trợ" in text
    assert not view.edit_button.isEnabled()
    for action in (window.add_action, window.edit_action, window.delete_action):
        assert not action.isEnabled(), action.text()
    assert window.restore_action.isEnabled()
    members = view.child_tabs["member"]
    assert members.count() == 5 and members.model.index(0, 0).data(DELETED_ROLE)  # shown struck through
    assert not members.deleted_box.isEnabled()  # all of them are shown anyway

    banner.restore_button.click()

    assert len(asked) == 1 and registry.get("organization", htx["id"])["deleted"] is False
    assert window.stack.currentWidget() is view and not banner.isVisible()
    assert window.edit_action.isEnabled() and not window.restore_action.isEnabled()
    assert members.count() == 5 and not members.model.index(0, 0).data(DELETED_ROLE)
    assert members.deleted_box.isEnabled()
    window.close_organization()
    assert not is_struck(page, htx["id"])  # the list is read again when shown


def test_a_deleted_member_opens_read_only_with_who_when_why_and_can_come_back(
        qtbot, window: MainWindow, registry: Registry, populated: dict, reasons: list, asked: list,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sen = populated["members"][5]
    delete_in_list(window, "member", sen["id"])
    page = show_deleted(window, "member")
    seen: dict[str, Any] = {}

    def look_then_restore(dialog: RecordDialog) -> int:
        seen["banner"] = dialog.deleted_banner.isVisibleTo(dialog)
        seen["text"] = dialog.deleted_banner.label.text()
        seen["read_only"] = dialog.form.is_read_only()
        seen["issues"] = dialog.form.issues()  # nothing to fix on a record that cannot be saved
        seen["save"] = dialog.save_button.isVisibleTo(dialog)
        seen["title"] = dialog.windowTitle()
        dialog.deleted_banner.restore_button.click()
        seen["after"] = (dialog.deleted_banner.isVisibleTo(dialog), dialog.form.is_read_only(),
                         dialog.save_button.isVisibleTo(dialog))
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(RecordDialog, "exec", look_then_restore)
    page.select_record(sen["id"])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # Sửa is off for a deleted record; Enter opens it

    assert seen["banner"] and seen["read_only"] and not seen["save"] and seen["issues"] == []
    assert seen["title"] == "Xem thành viên «Lỳ Thị Sen»"
    assert "Lò Văn Hương" in seen["text"] and "Lý do: Nhập trùng" in seen["text"]
    assert seen["after"] == (False, False, True)  # restored: editable at once
    assert registry.get("member", sen["id"])["deleted"] is False
    assert not is_struck(page, sen["id"])  # the list followed


def test_delete_on_a_deleted_record_never_reaches_the_delete_dialog(
        qtbot, window: MainWindow, registry: Registry, populated: dict, reasons: list, told: list) -> None:
    htx = populated["htx"]
    delete_in_list(window, "organization", htx["id"])
    assert len(reasons) == 1
    page = show_deleted(window, "organization")
    page.select_record(htx["id"])
    page.view.setFocus()

    press(qtbot, window, Qt.Key.Key_Delete)
    window.delete_current()  # even if reached some other way

    assert len(reasons) == 1  # the delete dialog was not opened again
    assert told == ["Bản ghi «HTX Nông nghiệp Bum Tở» đã bị xóa rồi. "
                    "Muốn dùng lại bản ghi này, hãy khôi phục nó."]
    assert registry.get("organization", htx["id"])["delete_reason"] == "Nhập trùng"


def test_a_member_of_a_deleted_organisation_says_to_restore_the_organisation(
        window: MainWindow, registry: Registry, populated: dict, reasons: list, asked: list, told: list) -> None:
    tht = populated["tht"]
    delete_in_list(window, "organization", tht["id"])
    window.open_organization(tht["id"])
    view = window.organization_view
    tab = view.child_tabs["member"]
    view.tabs.setCurrentWidget(tab)
    sen = populated["members"][5]
    tab.view.selectRow(tab.model.row_of(sen["id"]))
    assert window.restore_action.isEnabled() and tab.restore_button.isEnabled()

    window.restore_action.trigger()

    assert asked == []  # refused before asking
    assert told == ["«Lỳ Thị Sen» thuộc tổ chức «Tổ hợp tác Dệt thổ cẩm», tổ chức này đang bị xóa. Hãy khôi "
                    "phục tổ chức trước (những bản ghi bị xóa cùng tổ chức sẽ được khôi phục theo)."]
    assert registry.get("member", sen["id"])["deleted"] is True


def test_restore_a_member_from_the_organisation_tab_menu(
        window: MainWindow, registry: Registry, populated: dict, reasons: list, asked: list) -> None:
    window.open_organization(populated["htx"]["id"])
    view = window.organization_view
    tab = view.child_tabs["member"]
    view.tabs.setCurrentWidget(tab)
    tab.view.selectRow(1)
    gone = tab.current_record_id()
    window.delete_action.trigger()
    assert tab.count() == 4 and tab.model.row_of(gone) is None
    tab.deleted_box.setChecked(True)
    row = tab.model.row_of(gone)

    menu = context_menu_of(tab.view).build_menu(row_position(tab.view, row))
    restore = menu.actions()[3]
    assert restore is window.restore_action and restore.isEnabled()
    restore.trigger()

    assert registry.get("member", gone)["deleted"] is False
    assert tab.current_record_id() == gone
    assert not tab.model.index(tab.model.row_of(gone), 0).data(DELETED_ROLE)


def test_the_restore_survives_a_restart(qtbot, window: MainWindow, registry: Registry, populated: dict,
                                        reasons: list, asked: list) -> None:
    htx = populated["htx"]
    delete_in_list(window, "organization", htx["id"])
    page = show_deleted(window, "organization")
    page.select_record(htx["id"])
    window.restore_action.trigger()
    window.close()
    path = registry.path
    registry.close()

    reopened = Registry.open(path)
    try:
        assert reopened.get("organization", htx["id"])["deleted"] is False
        assert reopened.get("member", populated["members"][0]["id"])["deleted"] is False
        again = build_main_window(reopened)
        qtbot.addWidget(again)
        again.show_page("organization")
        shown = again.list_pages["organization"]
        shown.ensure_loaded()
        assert shown.model.rowCount() == 3 and not is_struck(shown, htx["id"])
        again.close()
    finally:
        reopened.close()
