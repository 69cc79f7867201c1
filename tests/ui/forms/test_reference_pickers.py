"""The pickers of a course's manager and paying support name their records (a manager's full
name, a support's content) and find them by typing, with or without diacritics."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import prompts
from kttt_desktop.ui.forms.editors import RefEditor
from kttt_desktop.ui.forms.record_dialog import RecordDialog
from kttt_desktop.ui.main_window import MainWindow


def pick(qtbot: Any, editor: RefEditor, typed: str) -> None:
    """Type part of a name into a picker and press Enter, as the officer does."""
    line = editor.search_line()
    editor.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, typed)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_a_course_is_linked_to_its_manager_and_support_by_typing_their_names(
        qtbot: Any, window: MainWindow, registry: Registry, populated: dict[str, Any],
        dialog_steps: list[Callable[[RecordDialog], None]]) -> None:
    htx, support = populated["htx"], populated["support"]
    manager = registry.create("manager", {"organization_id": htx["id"], "full_name": "Lò Văn Thành",
                                          "role": "director"}).record
    other = registry.create("organization", {"kind": "htx", "name": "HTX Lúa Mường Mô", "status": "active"}).record
    registry.create("manager", {"organization_id": other["id"], "full_name": "Giàng A Sử", "role": "director"})
    window.open_organization(htx["id"])
    view = window.organization_view
    view.tabs.setCurrentWidget(view.child_tabs["training"])

    def link(dialog: RecordDialog) -> None:
        managers = dialog.form.editor("manager_id")
        supports = dialog.form.editor("support_id")
        assert isinstance(managers, RefEditor) and isinstance(supports, RefEditor)
        listed = [managers.itemText(row) for row in range(managers.count())]
        assert "Lò Văn Thành" in listed
        assert "Giàng A Sử" not in listed  # another organisation's manager did not train here
        assert "Tập huấn kỹ thuật trồng chè" in [supports.itemText(row) for row in range(supports.count())]
        pick(qtbot, managers, "lo van thanh")
        assert managers.value() == manager["id"]
        assert managers.currentText() == "Lò Văn Thành"
        pick(qtbot, supports, "trong che")
        assert supports.value() == support["id"]
        course = dialog.form.editor("course")
        course.setFocus()
        qtbot.keyClicks(course, "Quan tri HTX")
        dialog.save_button.click()
        assert dialog.saved_ids

    dialog_steps.append(link)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog_steps == []
    [training] = registry.list_records("training")
    assert (training["manager_id"], training["support_id"]) == (manager["id"], support["id"])


def test_the_pickers_follow_the_organisation_chosen_in_the_form(
        qtbot: Any, window: MainWindow, registry: Registry, populated: dict[str, Any],
        dialog_steps: list[Callable[[RecordDialog], None]], monkeypatch: Any) -> None:
    """From the list of courses the organisation is chosen in the form: the managers offered
    are then that organisation's; a manager chosen before stays shown by name."""
    htx = populated["htx"]
    other = registry.create("organization", {"kind": "htx", "name": "HTX Lúa Mường Mô", "status": "active"}).record
    mine = registry.create("manager", {"organization_id": htx["id"], "full_name": "Lò Văn Thành",
                                       "role": "director"}).record
    registry.create("manager", {"organization_id": other["id"], "full_name": "Giàng A Sử", "role": "director"})
    window.show_page("registers")
    seen: list[list[str]] = []

    def choose(dialog: RecordDialog) -> None:
        organization, managers = dialog.form.editor("organization_id"), dialog.form.editor("manager_id")
        assert isinstance(organization, RefEditor) and isinstance(managers, RefEditor)
        organization.set_value(other["id"])
        seen.append([managers.itemText(row) for row in range(1, managers.count())])
        organization.set_value(htx["id"])
        seen.append([managers.itemText(row) for row in range(1, managers.count())])
        managers.set_value(mine["id"])
        organization.set_value(other["id"])  # changed afterwards: the choice is still named
        seen.append([managers.currentText()])
        monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)  # Hoãn: drop what was typed
        dialog.cancel_button.click()

    dialog_steps.append(choose)
    window.register_lists_page.show_type("training")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == [["Giàng A Sử"], ["Lò Văn Thành"], ["Lò Văn Thành"]]
