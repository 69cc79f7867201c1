"""The likely-duplicates page: groups of records, deleting the copy, the navigation badge."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import dialogs, prompts
from kttt_desktop.ui.app import build_main_window
from kttt_desktop.ui.duplicates_page import DuplicatesPage, DuplicateTableModel
from kttt_desktop.ui.main_window import MainWindow

TAX_CODE = "6234335450"
ID_NUMBER = "012175000123"


@pytest.fixture
def duplicates(registry: Registry) -> dict[str, Any]:
    """As merged from two communes: the same HTX entered by Xã Bum Tở (03433) and Xã Bum Nưa
    (03466), and one member entered twice with the same citizen ID in a third organisation."""
    org_ids = sorted(registry.create_many("organization", [
        {"id": "a" * 32, "name": "HTX Nông nghiệp Bum Tở", "kind": "htx", "registration_code": TAX_CODE},
        {"id": "b" * 32, "name": "HTX NN Bum Tở", "kind": "htx", "registration_code": TAX_CODE,
         "owner": "03466"},
    ], validate_records=False).records["organization"])
    tea = registry.create("organization", {"name": "HTX Chè Shan tuyết", "kind": "htx"}).record
    member_ids = sorted(registry.create_many("member", [
        {"id": "c" * 32, "organization_id": tea["id"], "full_name": "Lò Thị Mai", "id_number": ID_NUMBER},
        {"id": "d" * 32, "organization_id": tea["id"], "full_name": "Lò Thị Mai", "id_number": ID_NUMBER},
    ], validate_records=False).records["member"])
    return {"organizations": org_ids, "tea": tea, "members": member_ids}


@pytest.fixture
def page(qtbot, registry: Registry) -> DuplicatesPage:
    page = DuplicatesPage(registry)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    return page


def texts(model: DuplicateTableModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def open_window(qtbot, registry: Registry) -> MainWindow:
    window = build_main_window(registry)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def badge(window: MainWindow) -> str:
    return window.sync_navigation.item(2).text()


def test_the_page_lists_each_group_with_its_records(qtbot, qtmodeltester, page: DuplicatesPage,
                                                    duplicates: dict[str, Any]) -> None:
    counts: list[int] = []
    page.count_changed.connect(counts.append)
    page.show()
    model = page.model
    qtmodeltester.check(model)
    assert counts == [2]
    assert model.rowCount() == 4
    assert page.title.text() == "Bản ghi nghi trùng"
    assert "Nhập trùng" in page.subtitle.text()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Nhóm", "Bản ghi", "Xã", "Mã bản ghi"]
    first, second = texts(model, 0), texts(model, 1)
    assert first[DuplicateTableModel.GROUP] == f"Mã số thuế {TAX_CODE}"
    assert second[DuplicateTableModel.GROUP] == ""  # the group is named once, on its first row
    assert model.index(1, DuplicateTableModel.GROUP).data(Qt.ItemDataRole.ToolTipRole) == f"Mã số thuế {TAX_CODE}"
    assert {first[DuplicateTableModel.COMMUNE], second[DuplicateTableModel.COMMUNE]} == {"Xã Bum Tở", "Xã Bum Nưa"}
    assert {model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in (0, 1)} == set(duplicates["organizations"])
    # The id column shows the start of each id (enough to tell them apart), the whole id as a tooltip.
    assert {first[DuplicateTableModel.RECORD_ID], second[DuplicateTableModel.RECORD_ID]} == {"a" * 8, "b" * 8}
    tooltip = model.index(0, DuplicateTableModel.RECORD_ID).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip in duplicates["organizations"]
    assert {first[DuplicateTableModel.TITLE], second[DuplicateTableModel.TITLE]} == {
        "HTX Nông nghiệp Bum Tở", "HTX NN Bum Tở"}
    members = texts(model, 2)
    assert members[DuplicateTableModel.GROUP] == f"CCCD {ID_NUMBER} trong HTX Chè Shan tuyết"
    assert members[DuplicateTableModel.TITLE] == "Lò Thị Mai"
    # Every other group is shaded, the whole group alike.
    shading = [model.index(row, 1).data(Qt.ItemDataRole.BackgroundRole) for row in range(4)]
    assert shading[0] is None and shading[1] is None and shading[2] is not None and shading[2] == shading[3]
    assert page.stack.currentWidget() is page.view
    assert page.open_button.isEnabled() and page.delete_button.isEnabled()


def test_open_asks_for_the_selected_record(qtbot, page: DuplicatesPage, duplicates: dict[str, Any]) -> None:
    page.show()
    page.view.selectRow(3)
    with qtbot.waitSignal(page.open_requested) as blocker:
        page.open_button.click()
    assert blocker.args == ["member", page.model.index(3, 0).data(Qt.ItemDataRole.UserRole)]
    assert blocker.args[1] in duplicates["members"]
    page.view.selectRow(0)
    with qtbot.waitSignal(page.open_requested) as blocker:
        page.view.doubleClicked.emit(page.model.index(0, 1))
    assert blocker.args == ["organization", page.model.index(0, 0).data(Qt.ItemDataRole.UserRole)]


def test_deleting_the_copy_settles_its_group(qtbot, qtmodeltester, monkeypatch: pytest.MonkeyPatch,
                                             registry: Registry, duplicates: dict[str, Any]) -> None:
    asked: list[str] = []

    def reason(parent, title, detail="") -> str:
        asked.append(title)
        return "Nhập trùng"

    monkeypatch.setattr(dialogs, "ask_delete_reason", reason)
    monkeypatch.setattr(prompts, "warn", lambda *args: pytest.fail(f"unexpected warning {args}"))
    window = open_window(qtbot, registry)
    qtbot.waitUntil(lambda: badge(window) == "Nghi trùng (2)")  # counted in the background
    assert window.sync_navigation.item(2).toolTip() == "Nghi trùng (2) (Ctrl+9)"
    action = window.page_actions[window._page_keys.index("duplicates")]
    assert action.shortcut().toString() == "Ctrl+9"
    action.trigger()
    page = window.duplicates_page
    assert window.stack.currentWidget() is page
    assert window.sync_navigation.currentRow() == 2 and window.navigation.selectedItems() == []
    copy = page.model.index(1, 0).data(Qt.ItemDataRole.UserRole)
    page.view.selectRow(1)
    with qtbot.waitSignal(page.changed) as blocker:
        page.delete_button.click()
    assert blocker.args[0].touches("organization")
    assert len(asked) == 1 and "«" in asked[0]
    assert registry.get("organization", copy)["deleted"] is True
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 2
    assert page.model.index(0, DuplicateTableModel.GROUP).data().startswith("CCCD")
    qtbot.waitUntil(lambda: badge(window) == "Nghi trùng (1)")
    assert registry.undo_description is not None and window.undo_action.isEnabled()


def test_cancelling_the_reason_deletes_nothing(qtbot, monkeypatch: pytest.MonkeyPatch, page: DuplicatesPage,
                                               duplicates: dict[str, Any]) -> None:
    monkeypatch.setattr(dialogs, "ask_delete_reason", lambda *args: None)
    page.show()
    page.view.selectRow(0)
    assert page.delete_current() is None
    assert page.model.rowCount() == 4


def test_the_badge_follows_changes_made_elsewhere(qtbot, registry: Registry, duplicates: dict[str, Any]) -> None:
    window = open_window(qtbot, registry)
    qtbot.waitUntil(lambda: badge(window) == "Nghi trùng (2)")  # counted in the background
    window.show_page("member")
    changes = registry.delete("member", duplicates["members"][0], "Nhập trùng").changes
    window.apply_changes(changes)
    qtbot.waitUntil(lambda: badge(window) == "Nghi trùng (1)")
    window.apply_changes(registry.undo())
    qtbot.waitUntil(lambda: badge(window) == "Nghi trùng (2)")


def test_no_duplicates_shows_the_empty_state(qtbot, registry: Registry, page: DuplicatesPage) -> None:
    registry.create("organization", {"name": "HTX Nông nghiệp Bum Tở", "kind": "htx",
                                     "registration_code": TAX_CODE})
    page.show()
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.isVisible() and page.empty_label.text() == "Không có bản ghi nghi trùng."
    assert not page.buttons.isVisible()
    window = open_window(qtbot, registry)
    assert badge(window) == "Nghi trùng"


def test_at_a_commune_the_entry_shows_only_while_there_is_something_to_look_at(
        qtbot, registry: Registry, duplicates: dict[str, Any]) -> None:
    assert registry.site.level == "commune"
    window = open_window(qtbot, registry)
    entry = window.sync_navigation.item(2)
    conflicts = window.sync_navigation.item(1)
    qtbot.waitUntil(lambda: badge(window) == "Nghi trùng (2)")  # counted in the background
    assert not entry.isHidden() and conflicts.isHidden()  # two groups to look at; no conflict
    window.show_page("member")
    for member_id in duplicates["members"][:1]:
        window.apply_changes(registry.delete("member", member_id, "Nhập trùng").changes)
    for organization_id in duplicates["organizations"][:1]:
        window.apply_changes(registry.delete("organization", organization_id, "Nhập trùng").changes)
    qtbot.waitUntil(entry.isHidden)
    window.apply_changes(registry.undo())
    qtbot.waitUntil(lambda: not entry.isHidden())
