"""What the main window asks of a page, so that adding a page never means editing the window.

Like Anki's screens (`op_executed(changes, handler, focused)`), each page hears about every
write and decides itself whether it shows what changed and whether to read again now or when
next shown; the window only broadcasts. Each page also says which of the toolbar's verbs
(Thêm, Sửa, Xóa, Khôi phục, Mở hồ sơ tổ chức) apply to what is selected on it, and carries
them out: the window enables its actions from `verbs()` and calls the page's methods.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QWidget

from kttt_desktop.core.registry import Changes


@dataclass(frozen=True)
class PageVerbs:
    """Which toolbar verbs apply on a page right now (all off: a page of figures or packages).

    `add_tip` says what Thêm adds here ("Thêm thành viên mới (Ctrl+N)"); empty when Thêm is off.
    """

    can_add: bool = False
    add_tip: str = ""
    can_edit: bool = False
    can_delete: bool = False
    can_restore: bool = False
    can_open_organization: bool = False


class Page(QWidget):
    """A page of the main window.

    `changed(Changes)` reports a write made on the page (the window passes it to every page);
    `verbs_changed()` says the answer of `verbs()` may differ (another row selected, editing
    begun); `notice(str)` is a short note for the status bar ("Đã xóa. Bấm Ctrl+Z…");
    `count_changed(int)` is a number the page shows, which its navigation entry may repeat.

    Only `apply_changes` and `refresh` must be written by every page: the verbs default to
    nothing offered and nothing done.
    """

    changed = Signal(object)
    verbs_changed = Signal()
    notice = Signal(str)
    count_changed = Signal(int)

    def apply_changes(self, changes: Changes, origin: Page | None = None) -> None:
        """A write happened (on `origin`, or outside any page when None): read again if it
        touches what this page shows, now if shown, else when next shown."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read everything again now (Nạp, F5)."""
        raise NotImplementedError

    def verbs(self) -> PageVerbs:
        return PageVerbs()

    def add_record(self) -> None:
        """Thêm."""

    def edit_record(self) -> None:
        """Sửa: the selected record."""

    def delete_record(self) -> None:
        """Xóa: the selected record (refusals are told here, even when the verb is off)."""

    def restore_record(self) -> None:
        """Khôi phục: the selected deleted record."""

    def open_selected_organization(self) -> None:
        """Mở hồ sơ tổ chức: the organisation the selected record is or belongs to."""

    def current_organization_id(self) -> str | None:
        """The organisation the officer is looking at here (for its printed sheet), if any."""
        return None

    def focus_search(self) -> bool:
        """Tìm (Ctrl+F): False if the page has nothing to search (the window then opens a list)."""
        return False

    def escape(self) -> None:
        """Esc: clear a search, leave an editing state… whatever the page means by going back."""

    def can_leave(self) -> bool:
        """Before another page is shown: False to stay (the officer keeps unsaved edits)."""
        return True

    def update_count(self) -> None:
        """Count what the navigation entry shows and emit `count_changed` (pages that count)."""

    def save_state(self, settings: QSettings | None = None) -> None:
        """Remember the layout the officer left (column widths, order, sort) as the window closes."""


__all__ = ["Page", "PageVerbs"]
