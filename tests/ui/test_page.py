"""The page protocol: the window broadcasts every write, each page decides what it reads again,
and the toolbar's verbs are whatever the page shown offers."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from kttt_desktop.core.registry import Changes, Registry
from kttt_desktop.ui.main_window import REGISTER, MainWindow, PageEntry
from kttt_desktop.ui.page import Page, PageVerbs
from tests.ui.test_main_window import press


class NotesPage(Page):
    """A page the window's code does not name: what the next page added would be."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.heard: list[tuple[Changes, Page | None]] = []
        self.done: list[str] = []
        self.refreshed = 0
        self._offered = PageVerbs()

    def apply_changes(self, changes: Changes, origin: Page | None = None) -> None:
        self.heard.append((changes, origin))

    def refresh(self) -> None:
        self.refreshed += 1

    def verbs(self) -> PageVerbs:
        return self._offered

    def offer(self, verbs: PageVerbs) -> None:
        self._offered = verbs
        self.verbs_changed.emit()

    def add_record(self) -> None:
        self.done.append("add")

    def edit_record(self) -> None:
        self.done.append("edit")

    def delete_record(self) -> None:
        self.done.append("delete")

    def restore_record(self) -> None:
        self.done.append("restore")

    def open_selected_organization(self) -> None:
        self.done.append("open_organization")


@pytest.fixture
def with_notes(monkeypatch: pytest.MonkeyPatch) -> list[NotesPage]:
    """The real window's list of pages with one more entry, and nothing else changed."""
    built: list[NotesPage] = []
    pages = MainWindow._build_pages

    def with_a_notes_page(window: MainWindow) -> list[PageEntry]:
        built.append(NotesPage(window))
        return [*pages(window), PageEntry("notes", "Ghi chú", built[-1], REGISTER, badge=lambda n: f"Ghi chú ({n})")]

    monkeypatch.setattr(MainWindow, "_build_pages", with_a_notes_page)
    return built


@pytest.fixture
def notes(with_notes: list[NotesPage], window: MainWindow) -> NotesPage:
    return with_notes[0]


def toolbar(window: MainWindow) -> dict[str, bool]:
    return {"add": window.add_action.isEnabled(), "edit": window.edit_action.isEnabled(),
            "delete": window.delete_action.isEnabled(), "restore": window.restore_action.isEnabled(),
            "open_organization": window.open_organization_action.isEnabled()}


NOTHING = {"add": False, "edit": False, "delete": False, "restore": False, "open_organization": False}


# --- a page the window learns of only from its list ------------------------------------------

def test_a_page_in_the_list_gets_an_entry_and_a_key(qtbot, notes: NotesPage, window: MainWindow) -> None:
    # Last in the list, after the pages without a key of their own (yearly results…), and
    # the first key after those of the pages before it.
    row = window.navigation.count() - 1
    assert window.navigation.item(row).text() == "Ghi chú"
    assert window.navigation.item(row).toolTip() == "Ghi chú (Ctrl+7)"
    press(qtbot, window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is notes
    assert window.navigation.currentRow() == row
    press(qtbot, window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)  # the sync pages follow
    assert window.stack.currentWidget() is window.sync_page


def test_the_page_shown_decides_the_toolbar(qtbot, notes: NotesPage, window: MainWindow) -> None:
    window.show_page("notes")
    assert toolbar(window) == NOTHING
    assert window.add_action.toolTip() == "Mở một danh sách để thêm bản ghi"

    notes.offer(PageVerbs(can_add=True, add_tip="Thêm ghi chú (Ctrl+N)", can_edit=True))
    assert toolbar(window) == {**NOTHING, "add": True, "edit": True}
    assert window.add_action.toolTip() == "Thêm ghi chú (Ctrl+N)"
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_F2)
    press(qtbot, window, Qt.Key.Key_Delete)  # not offered: not done
    assert notes.done == ["add", "edit"]

    notes.offer(PageVerbs(can_delete=True, can_restore=True, can_open_organization=True))
    assert toolbar(window) == {**NOTHING, "delete": True, "restore": True, "open_organization": True}
    press(qtbot, window, Qt.Key.Key_Delete)
    window.restore_action.trigger()
    window.open_organization_action.trigger()
    assert notes.done == ["add", "edit", "delete", "restore", "open_organization"]

    press(qtbot, window, Qt.Key.Key_F5)
    assert notes.refreshed == 1
    assert window.statusBar().currentMessage() == "Đã nạp lại dữ liệu."

    window.show_page("member")  # another page, its own verbs
    assert toolbar(window)["add"] and not toolbar(window)["delete"]
    assert window.add_action.toolTip() == "Thêm thành viên mới (Ctrl+N)"


def test_every_page_hears_each_write_with_the_page_that_made_it(
        registry: Registry, populated: dict, notes: NotesPage, window: MainWindow) -> None:
    window.show_page("member")
    members = window.list_pages["member"]
    changes = registry.update("member", populated["members"][0]["id"], {"phone": "0912345678"}).changes
    window.apply_changes(changes)
    assert notes.heard == [(changes, None)]

    window.show_page("notes")
    made_here = registry.update("member", populated["members"][1]["id"], {"phone": "0987654321"}).changes
    notes.changed.emit(made_here)
    assert notes.heard[-1] == (made_here, notes)
    assert members._stale  # the member list, hidden, reads again when next shown
    assert window.undo_action.text().startswith("Hoàn tác: Sửa thành viên")

    window.apply_changes(Changes())  # nothing changed: nobody is told
    window.apply_changes(None)
    assert len(notes.heard) == 2


def test_a_page_s_notes_and_count_reach_the_window(notes: NotesPage, window: MainWindow) -> None:
    notes.notice.emit("Đã ghi.")
    assert window.statusBar().currentMessage() == "Đã ghi."
    notes.count_changed.emit(3)
    row = window.navigation.count() - 1
    assert window.navigation.item(row).text() == "Ghi chú (3)"
    assert window.navigation.item(row).toolTip() == "Ghi chú (3) (Ctrl+7)"


# --- each real page ignores what it does not show --------------------------------------------

class Resets:
    """How many times a table model was read again (each re-query resets it)."""

    def __init__(self, model: Any) -> None:
        self.count = 0
        model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.count += 1


def test_a_list_reads_again_only_for_records_it_shows(registry: Registry, populated: dict,
                                                     window: MainWindow) -> None:
    window.show_page("member")
    members = Resets(window.list_pages["member"].model)
    support = registry.update("support", populated["support"]["id"], {"content": "Tập huấn chế biến chè"})
    window.apply_changes(support.changes)
    worker = registry.update("worker", populated["worker"]["id"], {"social_insurance": "voluntary"})
    window.apply_changes(worker.changes)
    window.apply_changes(Changes(targets=True))
    window.apply_changes(Changes(sync=True))
    assert members.count == 0
    window.apply_changes(registry.update("organization", populated["tht"]["id"], {"phone": "0912345670"}).changes)
    assert members.count == 1  # the member list shows its organisation's name
    window.apply_changes(registry.update("member", populated["members"][0]["id"], {"phone": "0987000111"}).changes)
    assert members.count == 2

    window.show_page("organization")
    organizations = Resets(window.list_pages["organization"].model)
    window.apply_changes(support.changes)
    window.apply_changes(worker.changes)
    assert organizations.count == 0
    window.apply_changes(registry.update("member", populated["members"][1]["id"], {"phone": "0988000111"}).changes)
    assert organizations.count == 1  # it counts members


def test_figures_and_sync_pages_ignore_what_they_do_not_show(qtbot, registry: Registry, populated: dict,
                                                             window: MainWindow) -> None:
    for key in ("dashboard", "sync", "conflicts", "duplicates"):
        window.show_page(key)  # each read once, so that staleness shows what a write did
    qtbot.waitUntil(lambda: not window.dashboard_page.busy and not window.overview_page.busy, timeout=10_000)
    window.show_page("member")
    overview, dashboard, sync = window.overview_page, window.dashboard_page, window.sync_page
    duplicates, conflicts = window.duplicates_page, window.conflicts_page
    counts: dict[str, list[int]] = {"duplicates": [], "conflicts": []}
    duplicates.count_changed.connect(counts["duplicates"].append)
    conflicts.count_changed.connect(counts["conflicts"].append)
    assert not any(page._stale for page in (overview, dashboard, sync, duplicates, conflicts))

    window.apply_changes(Changes(sync=True))  # a package went out: only sync pages care
    assert not overview._stale and not dashboard._stale and not sync._stale  # the sync page read itself
    assert duplicates._stale
    qtbot.waitUntil(lambda: counts["duplicates"] == [0])  # counted in the background
    assert conflicts._stale and counts["conflicts"] == [0]
    window.show_page("duplicates")
    window.show_page("conflicts")
    window.show_page("member")

    window.apply_changes(Changes(targets=True))
    assert dashboard._stale and not overview._stale and not duplicates._stale
    support = registry.update("support", populated["support"]["id"], {"content": "Tập huấn chế biến chè"})
    window.apply_changes(support.changes)
    assert overview._stale and sync._stale and conflicts._stale
    assert not duplicates._stale and counts["duplicates"] == [0, 0]  # no tax code or citizen ID moved
    window.apply_changes(registry.update("member", populated["members"][0]["id"], {"phone": "0912000111"}).changes)
    assert duplicates._stale
    qtbot.waitUntil(lambda: counts["duplicates"] == [0, 0, 0])


def test_an_organisation_page_rereads_only_the_tab_a_write_touches(registry: Registry, populated: dict,
                                                                   window: MainWindow) -> None:
    htx = populated["htx"]
    window.open_organization(htx["id"])
    view = window.organization_view
    members, workers = Resets(view.child_tabs["member"].model), Resets(view.child_tabs["worker"].model)
    record = view.record

    changed = registry.update("worker", populated["worker"]["id"], {"social_insurance": "voluntary"})
    window.apply_changes(changed.changes)
    assert (members.count, workers.count) == (0, 1)
    assert view.record is not record  # its warnings and tab counts were read again
    record = view.record
    window.apply_changes(Changes(sync=True))  # the sync state is read again, not the organisation
    assert (members.count, workers.count) == (0, 1)
    assert view.record is record

    # A write made on the page itself: it has refreshed already and is not told again.
    changes = registry.update("member", populated["members"][0]["id"], {"phone": "0987000111"}).changes
    view.changed.emit(changes)
    assert members.count == 0
    window.apply_changes(changes)
    assert members.count == 1
