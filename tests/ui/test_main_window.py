"""The main window: pages, the toolbar verbs and their keys, undo, remembered layout."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QToolButton

import kttt_desktop
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import dialogs, prompts
from kttt_desktop.ui.app import build_main_window
from kttt_desktop.ui.forms.record_dialog import RecordDialog
from kttt_desktop.ui.list_page import ListPage
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.organization_view import OrganizationView
from kttt_desktop.ui.overview_page import OverviewPage


@pytest.fixture
def opened_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replace the record dialog's modal loop; each call is recorded (type, id, preset)."""
    calls: list[dict[str, Any]] = []

    def fake_exec(dialog: RecordDialog) -> int:
        calls.append({"type": dialog.record_type.name, "record": dialog.form.record, "preset": dialog.preset})
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    return calls


def press(qtbot, window: MainWindow, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the officer's keyboard focus is (window shortcuts included)."""
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def org_page(window: MainWindow) -> ListPage:
    return window.list_pages["organization"]


def test_title_and_status_bar_name_the_site(window: MainWindow, registry: Registry) -> None:
    assert window.windowTitle() == "KTTT Desktop — Xã Bum Tở"
    assert window.site_status.text() == "Xã Bum Tở"
    assert "Lò Văn Hương" in window.officer_status.text()
    assert str(registry.path) == window.path_status.toolTip()


def test_starts_on_the_overview_with_counts(qtbot, window: MainWindow, populated: dict) -> None:
    assert isinstance(window.stack.currentWidget(), OverviewPage)
    window.overview_page.refresh()
    qtbot.waitUntil(lambda: not window.overview_page.busy, timeout=10_000)
    tiles = window.overview_page.tiles
    assert tiles["htx"].number.text() == "1"  # the suspended one is told beside it
    assert "tạm ngừng, không ở địa chỉ đăng ký, đang giải thể: 1" in tiles["htx"].note.text()
    assert "HTX đã đăng ký, mọi tình trạng: 2" in tiles["htx"].note.text()
    assert tiles["tht"].number.text() == "1"
    assert tiles["members"].number.text() == "6"  # one has left
    assert tiles["supports"].number.text() == "1"
    assert "Kinh phí hỗ trợ đã giải ngân (đồng): 25.000.000" in tiles["supports"].note.text()


def test_lists_are_not_read_at_start(window: MainWindow) -> None:
    assert all(page.model is None for page in window.list_pages.values())
    assert window._organization_view is None


def test_navigation_pane_and_keys_switch_pages(qtbot, window: MainWindow) -> None:
    window.navigation.setCurrentRow(2)
    assert window.stack.currentWidget() is window.list_pages["member"]
    assert window.list_pages["member"].model is not None  # read when first shown
    press(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.list_pages["worker"]
    assert window.navigation.currentRow() == 3
    press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.stack.currentWidget(), OverviewPage)


def _readme_page_keys() -> list[str]:
    """The pages the README's table of keys gives Ctrl+1 … Ctrl+9, in order."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| Ctrl+1 … Ctrl+9 |"))
    return [title.strip() for title in row.split("|")[2].split(".")[0].split(",")]


def test_ctrl_1_to_9_open_the_pages_the_readme_names(qtbot, window: MainWindow) -> None:
    # The keys stay with the pages that always had them: the README names them one by one
    # rather than promising the order of the navigation pane, which has more than nine entries.
    named = _readme_page_keys()
    assert len(named) == 9, named
    opened = []
    for number, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
                                  Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9), start=1):
        press(qtbot, window, key, Qt.KeyboardModifier.ControlModifier)
        entry = next(nav.currentItem() for nav in (window.navigation, window.sync_navigation)
                     if nav.selectedItems())
        assert entry.toolTip().endswith(f"(Ctrl+{number})"), entry.toolTip()
        opened.append(re.sub(r" \(\d+\)$", "", entry.text()))  # without a badge's count
    assert opened == named


def test_ctrl_n_on_organisations_opens_the_organisation_dialog(qtbot, window: MainWindow,
                                                               opened_dialogs: list) -> None:
    window.show_page("organization")
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened_dialogs == [{"type": "organization", "record": None, "preset": {}}]


def test_ctrl_n_on_members_opens_the_member_dialog(qtbot, window: MainWindow, opened_dialogs: list) -> None:
    window.show_page("member")
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [call["type"] for call in opened_dialogs] == ["member"]


def test_adding_an_organisation_opens_it(window: MainWindow, registry: Registry,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def saving_exec(dialog: RecordDialog) -> int:
        result = registry.create("organization", {"name": "HTX Mới Thành Lập", "kind": "htx"})
        dialog.saved_ids.append(result.record["id"])
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(RecordDialog, "exec", saving_exec)
    window.show_page("organization")
    window.add_action.trigger()
    view = window.stack.currentWidget()
    assert isinstance(view, OrganizationView)
    assert view.title_label.text() == "HTX Mới Thành Lập"
    assert org_page(window).model.rowCount() == 1
    assert window.undo_action.text() == "Hoàn tác: Thêm tổ chức kinh tế tập thể «HTX Mới Thành Lập»"


def test_delete_then_undo_brings_the_row_back(qtbot, window: MainWindow, registry: Registry, populated: dict,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str]] = []

    def reason(parent: Any, title_text: str, detail_text: str = "") -> str:
        asked.append((title_text, detail_text))
        return "Nhập trùng"

    monkeypatch.setattr(dialogs, "ask_delete_reason", reason)
    window.show_page("organization")
    page = org_page(window)
    assert page.select_record(populated["htx"]["id"])
    page.view.setFocus()

    press(qtbot, window, Qt.Key.Key_Delete)

    assert page.model.row_of(populated["htx"]["id"]) is None
    assert page.model.rowCount() == 2
    title, detail = asked[0]
    assert "HTX Nông nghiệp Bum Tở" in title
    assert "5 thành viên" in detail and "1 người lao động" in detail and "1 khoản hỗ trợ" in detail
    assert window.undo_action.isEnabled()
    assert "Xóa" in window.undo_action.text()

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert page.model.rowCount() == 3
    assert page.model.row_of(populated["htx"]["id"]) is not None
    window.show_page("member")
    assert window.list_pages["member"].model.rowCount() == len(populated["members"])


def test_cancelled_delete_changes_nothing(window: MainWindow, registry: Registry, populated: dict,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "ask_delete_reason", lambda *args: None)
    window.show_page("member")
    page = window.list_pages["member"]
    page.select_row(0)
    before = registry.undo_description
    window.delete_action.trigger()
    assert page.model.rowCount() == len(populated["members"])
    assert registry.undo_description == before


def test_undo_action_describes_what_it_takes_back(window: MainWindow, registry: Registry) -> None:
    window._update_actions()
    assert not window.undo_action.isEnabled()
    registry.create("organization", {"name": "HTX Ánh Dương", "kind": "htx"})
    window.apply_changes(None)
    assert window.undo_action.text() == "Hoàn tác: Thêm tổ chức kinh tế tập thể «HTX Ánh Dương»"
    assert window.undo_action.iconText() == "Hoàn tác"


def test_enter_opens_an_organisation_and_esc_goes_back(qtbot, window: MainWindow, populated: dict) -> None:
    window.show_page("organization")
    page = org_page(window)
    page.select_record(populated["htx"]["id"])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)

    view = window.stack.currentWidget()
    assert isinstance(view, OrganizationView)
    assert view.organization_id == populated["htx"]["id"]
    assert view.tabs.tabText(1) == "Thành viên (5)"
    assert view.tabs.tabText(2) == "Người lao động (1)"
    assert view.tabs.tabText(3) == "Hỗ trợ (1)"
    assert window.navigation.currentRow() == 1  # still under "Tổ chức"

    window.escape_action.trigger()
    assert window.stack.currentWidget() is page
    assert page.current_record_id() == populated["htx"]["id"]


def test_previous_and_next_follow_the_list(window: MainWindow, populated: dict) -> None:
    window.show_page("organization")
    page = org_page(window)
    first = page.model.record_id(0)
    window.open_organization(first)
    view = window.organization_view
    assert not view.previous_button.isEnabled() and view.next_button.isEnabled()
    view.next_button.click()
    assert view.organization_id == page.model.record_id(1)
    assert view.previous_button.isEnabled()
    view.previous_button.click()
    assert view.organization_id == first


def test_warnings_banner_on_the_organisation_page(window: MainWindow, populated: dict) -> None:
    window.open_organization(populated["htx"]["id"])
    view = window.organization_view
    view.tabs.setCurrentIndex(1)
    assert view.banner.isVisible()
    assert "ít nhất 5" in view.banner.text()


def test_adding_a_member_in_the_organisation_refreshes_everything(window: MainWindow, registry: Registry,
                                                                  populated: dict,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    presets: list[dict] = []

    def saving_exec(dialog: RecordDialog) -> int:
        presets.append(dialog.preset)
        result = registry.create("member", {**dialog.preset, "full_name": "Giàng Thị Dợ"})
        dialog.saved_ids.append(result.record["id"])
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(RecordDialog, "exec", saving_exec)
    window.show_page("member")  # the member list is loaded and must hear about the new member
    window.open_organization(populated["htx"]["id"])
    view = window.organization_view
    view.tabs.setCurrentIndex(1)
    window.add_action.trigger()

    assert presets == [{"organization_id": populated["htx"]["id"]}]
    assert view.tabs.tabText(1) == "Thành viên (6)"
    assert view.child_tabs["member"].current_record_id() is not None
    window.show_page("member")
    assert window.list_pages["member"].model.rowCount() == len(populated["members"]) + 1


def test_editing_the_organisation_form(window: MainWindow, registry: Registry, populated: dict) -> None:
    window.open_organization(populated["other"]["id"])
    view = window.organization_view
    assert view.form.is_read_only() and not view.save_button.isEnabled()
    window.edit_action.trigger()  # Sửa on the first tab
    assert view.editing and not view.form.is_read_only()
    view.form.editor("village").set_value("Bản Xì Thầu")
    assert view.save()
    assert registry.get("organization", populated["other"]["id"])["village"] == "Bản Xì Thầu"
    assert not view.editing


def test_leaving_unsaved_edits_asks_first(window: MainWindow, populated: dict,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    questions: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes=None: questions.append(text) or False)
    window.open_organization(populated["other"]["id"])
    view = window.organization_view
    view.start_editing()
    view.form.editor("village").set_value("Bản Mới")
    assert view.form.is_dirty()
    assert not window.show_page("member")
    assert questions and window.stack.currentWidget() is view


def test_ctrl_f_focuses_the_search_box(qtbot, window: MainWindow) -> None:
    window.show_page("member")
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.list_pages["member"].search_box.hasFocus())


def test_esc_clears_the_search(window: MainWindow, populated: dict) -> None:
    window.show_page("member")
    page = window.list_pages["member"]
    page.search_box.setText("lo thi")
    page.apply_query()
    assert page.model.rowCount() == 1
    window.escape_action.trigger()
    assert page.search_box.text() == "" and page.model.rowCount() == len(populated["members"])


def test_about_shows_the_version(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "inform", lambda parent, title, text: shown.append((title, text)))
    window.about_action.trigger()
    assert kttt_desktop.__version__ in shown[0][1]


def test_menus_are_in_vietnamese(window: MainWindow) -> None:
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert titles == ["Tệp", "Sửa", "Xem", "Báo cáo", "Trợ giúp"]
    toolbar = [action.iconText() for action in window.toolbar.actions() if not action.isSeparator()]
    assert toolbar == ["Thêm", "Sửa", "Xóa", "Khôi phục", "Nạp", "Hoàn tác", "Tìm"]


def test_geometry_and_layout_are_remembered(qtbot, registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    first = build_main_window(registry)
    qtbot.addWidget(first)
    first.show()
    first.resize(1000, 640)
    first.show_page("member")
    first.list_pages["member"].view.setColumnWidth(0, 211)
    saved_geometry = first.saveGeometry()
    first.close()

    settings = QSettings()
    assert settings.value("main_window/geometry") == saved_geometry
    assert settings.value("main_window/splitter") is not None

    # The offscreen test screen is smaller than the window, so Qt clamps the restored
    # width; what matters is that the saved geometry is handed back to Qt.
    restored: list = []
    original = MainWindow.restoreGeometry
    monkeypatch.setattr(MainWindow, "restoreGeometry",
                        lambda self, geometry: restored.append(geometry) or original(self, geometry))
    second = build_main_window(registry)
    qtbot.addWidget(second)
    second.show()
    assert restored == [saved_geometry]
    assert second.size().height() == 640
    second.show_page("member")
    assert second.list_pages["member"].view.columnWidth(0) == 211


def test_esc_key_in_the_search_box_clears_it(qtbot, window: MainWindow, populated: dict) -> None:
    window.show_page("organization")
    page = org_page(window)
    page.focus_search()
    qtbot.keyClicks(page.search_box, "che")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    assert page.search_box.text() == ""
    assert page.model.rowCount() == 3


def test_a_tile_on_the_overview_opens_the_filtered_list(window: MainWindow, populated: dict) -> None:
    window.overview_page.refresh()
    window.overview_page.tiles["tht"].clicked.emit()
    page = org_page(window)
    assert window.stack.currentWidget() is page
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "Tìm thấy 1 trong số 3 tổ chức"


def test_enter_on_a_member_in_the_organisation_edits_it(qtbot, window: MainWindow, populated: dict,
                                                        opened_dialogs: list) -> None:
    window.open_organization(populated["tht"]["id"])
    view = window.organization_view
    view.tabs.setCurrentIndex(1)
    tab = view.child_tabs["member"]
    tab.view.selectRow(0)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert len(opened_dialogs) == 1
    assert opened_dialogs[0]["type"] == "member"
    assert opened_dialogs[0]["record"]["id"] == tab.current_record_id()
    assert opened_dialogs[0]["preset"] == {"organization_id": populated["tht"]["id"]}


def test_ctrl_6_opens_the_dashboard_which_follows_the_records(qtbot, window: MainWindow, registry: Registry,
                                                                populated: dict) -> None:
    page = window.dashboard_page
    with qtbot.waitSignal(page.report_ready, timeout=20_000) as shown:
        press(qtbot, window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is page and window.navigation.currentRow() == 5
    before = shown.args[0].snapshot.total["htx_count"]
    assert before >= 1
    assert not window.add_action.isEnabled()  # nothing to add on a report
    with qtbot.waitSignal(page.report_ready, timeout=20_000) as shown:
        window.apply_changes(registry.create("organization", {"name": "HTX Mới", "kind": "htx"}).changes)
    assert shown.args[0].snapshot.total["htx_count"] == before + 1


def test_the_report_menu(window: MainWindow) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Báo cáo")
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["Báo cáo – chỉ tiêu", "Chỉ tiêu kế hoạch và số dân…", "Thông tin trên văn bản…",
                     "In báo cáo tổng hợp…", "Xuất báo cáo PDF…", "Xuất báo cáo Excel…", "Báo cáo năm…",
                     "Xuất báo cáo Word…", "In hồ sơ tổ chức…",
                     "In danh sách thành viên…", "Xuất danh sách ra Excel…", "Tải mẫu Excel để nhập…", "Nhập từ Excel…"]
    buttons = [b.defaultAction().text() for b in window.dashboard_page.findChildren(QToolButton) if b.defaultAction()]
    assert buttons == ["In báo cáo tổng hợp…", "Xuất báo cáo PDF…", "Xuất báo cáo Word…", "Xuất báo cáo Excel…"]


def test_the_organisation_prints_follow_the_selection(window: MainWindow, populated: dict) -> None:
    reports = window.reports
    assert not reports.organization_action.isEnabled()
    window.show_page("organization")
    org_page(window).select_record(populated["htx"]["id"])
    assert window.current_organization_id() == populated["htx"]["id"]
    assert reports.organization_action.isEnabled() and reports.members_action.isEnabled()
    window.open_organization(populated["tht"]["id"])
    assert window.current_organization_id() == populated["tht"]["id"]
    window.show_page("member")
    assert window.current_organization_id() is None and not reports.members_action.isEnabled()


def test_saved_targets_mark_the_dashboard_stale(window: MainWindow, registry: Registry,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from kttt_desktop.ui.targets_dialog import TargetsDialog

    page = window.dashboard_page
    page._stale = False
    monkeypatch.setattr(TargetsDialog, "edit", classmethod(
        lambda cls, registry, parent: registry.set_target(registry.site.unit_code, "htx_count", 2030, 5,
                                                          "at_least", "")))
    window.targets_action.trigger()
    assert page._stale
    assert registry.targets(registry.site.unit_code)


def test_targets_saved_unchanged_say_so(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from kttt_desktop.core.changes import Changes
    from kttt_desktop.ui.targets_dialog import TargetsDialog

    monkeypatch.setattr(TargetsDialog, "edit", classmethod(lambda cls, registry, parent: Changes()))
    window.targets_action.trigger()
    assert window.statusBar().currentMessage() == "Không có gì thay đổi: chỉ tiêu và số dân giữ như cũ."
