"""«Các sổ chuyên đề»: the registers behind the plan's flags, one list at a time.

Managers, training, products, value-chain contracts, loans and land are six lists of the same
kind. Six more entries would push the navigation past the bottom of a 700-pixel screen, so
they share one page: a choice of register above the list page of that register. The page
passes everything the window asks on to the list shown, and everything the lists say back
to the window, so each list behaves exactly as it does on a page of its own.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kttt_desktop.core.changes import Changes
from kttt_desktop.ui.list_page import ListPage
from kttt_desktop.ui.page import Page, PageVerbs

SETTINGS_KEY = "register_lists/shown"


class RegisterListsPage(Page):
    """One page for several list pages, the officer choosing which (`shown_type`)."""

    def __init__(self, pages: Mapping[str, ListPage], titles: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = dict(pages)
        self.chooser = QComboBox(self)
        self.stack = QStackedWidget(self)
        for record_type, page in self.pages.items():
            self.chooser.addItem(titles[record_type], record_type)
            self.stack.addWidget(page)
            page.changed.connect(self.changed)
            page.verbs_changed.connect(self.verbs_changed)
            page.notice.connect(self.notice)
        label = QLabel(self.tr("Sổ:"), self)
        label.setBuddy(self.chooser)
        row = QHBoxLayout()
        first = next(iter(self.pages.values())).layout()
        if first is not None:  # the choice lines up with the list's own search line
            margins = first.contentsMargins()
            row.setContentsMargins(margins.left(), margins.top(), margins.right(), 0)
        row.addWidget(label)
        row.addWidget(self.chooser)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        shown = QSettings().value(SETTINGS_KEY, "", str)
        if shown in self.pages:
            self.show_type(shown)
        self.chooser.currentIndexChanged.connect(self._chosen)

    @property
    def shown_type(self) -> str:
        return str(self.chooser.currentData())

    def current(self) -> ListPage:
        return self.pages[self.shown_type]

    def show_type(self, record_type: str) -> None:
        """Show the list of `record_type` (one of this page's registers)."""
        self.chooser.setCurrentIndex(self.chooser.findData(record_type))
        self.stack.setCurrentWidget(self.pages[record_type])

    def _chosen(self, _index: int) -> None:
        if not self.current().can_leave():
            return
        self.stack.setCurrentWidget(self.current())
        QSettings().setValue(SETTINGS_KEY, self.shown_type)
        self.verbs_changed.emit()

    # --- what the window asks, passed on to the list shown --------------------------------

    def apply_changes(self, changes: Changes, origin: Page | None = None) -> None:
        for page in self.pages.values():
            page.apply_changes(changes, page if origin is self and page is self.current() else origin)

    def refresh(self) -> None:
        self.current().refresh()

    def verbs(self) -> PageVerbs:
        return self.current().verbs()

    def add_record(self) -> None:
        self.current().add_record()

    def edit_record(self) -> None:
        self.current().edit_record()

    def delete_record(self) -> None:
        self.current().delete_record()

    def restore_record(self) -> None:
        self.current().restore_record()

    def open_selected_organization(self) -> None:
        self.current().open_selected_organization()

    def current_organization_id(self) -> str | None:
        return self.current().current_organization_id()

    def focus_search(self) -> bool:
        return self.current().focus_search()

    def escape(self) -> None:
        self.current().escape()

    def can_leave(self) -> bool:
        return self.current().can_leave()

    def save_state(self, settings: QSettings | None = None) -> None:
        for page in self.pages.values():
            page.save_state(settings)
