"""Deleted records in the window: how a deletion is told, and how a record comes back.

Deleting keeps a tombstone with who, when and why; here that account is shown on the record
(read-only, with a «Khôi phục» button), and restoring asks first, naming what comes back with
it (an organisation brings back the people deleted together with it, not those removed
earlier). Every table also gets a right-click menu carrying the window's own verbs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from kttt_desktop.core import units
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.records.fields import record_type_named
from kttt_desktop.core.registry import Changes
from kttt_desktop.ui import prompts, styles
from kttt_desktop.ui.conflicts_page import format_time
from kttt_desktop.ui.dialogs import record_kind
from kttt_desktop.ui.models.columns import count_text
from kttt_desktop.ui.models.record_table import DELETED_ROLE

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry


def _tr(text: str) -> str:
    return QCoreApplication.translate("deleted_records", text)


def _carried_text(carried: dict[str, int]) -> str:
    return ", ".join(count_text(child, count, grouped=False) for child, count in carried.items())


def deletion_text(registry: Registry, record_type: str, record_id: str) -> str:
    """"Đã xóa lúc 26/11/2026 14:05, bởi Lò Văn Hương. Lý do: Nhập trùng. …" (empty if live)."""
    deletion = registry.deletion(record_type, record_id)
    if deletion is None:
        return ""
    who = deletion.officer or _tr("(không ghi tên người xóa)")
    site = registry.site
    if deletion.site and (site is None or deletion.site != site.unit_code):
        who = _tr("{officer} ({unit})").format(officer=who, unit=units.describe(deletion.site))
    parts = [_tr("Bản ghi này đã bị xóa lúc {time}, bởi {who}.").format(
        time=format_time(deletion.at) or "—", who=who)]
    parts.append(_tr("Lý do: {reason}.").format(reason=(deletion.reason or "—").rstrip(".")))
    if deletion.with_title:
        parts.append(_tr("Bị xóa cùng với tổ chức «{organization}».").format(organization=deletion.with_title))
    if deletion.carried:
        parts.append(_tr("Cùng bị xóa với tổ chức: {records}.").format(records=_carried_text(deletion.carried)))
    return " ".join(parts)


def restore_question(registry: Registry, record_type: str, record_id: str) -> str:
    """What «Khôi phục» will do, asked before it is done."""
    rt = record_type_named(record_type)
    record = registry.get(rt.name, record_id)
    question = _tr("Khôi phục {kind} «{title}»?").format(
        kind=record_kind(rt.name, record), title=rt.title_of(record))
    deletion = registry.deletion(rt.name, record_id)
    if deletion is not None and deletion.carried:
        question += "\n\n" + _tr(
            "Cùng được khôi phục: {records} đã bị xóa cùng tổ chức. Những bản ghi đã xóa riêng "
            "trước đó vẫn giữ nguyên.").format(records=_carried_text(deletion.carried))
    return question


def restore_record(parent: QWidget | None, registry: Registry, record_type: str, record_id: str) -> Changes | None:
    """Ask, then restore the record (and what was deleted with it); what changed, or None if
    the officer said no or core refused (the reason is shown)."""
    title = _tr("Khôi phục bản ghi")
    try:
        registry.check_restorable(record_type, record_id)
        question = restore_question(registry, record_type, record_id)
    except KtttError as exc:
        prompts.warn(parent, _tr("Không khôi phục được"), exc.message())
        return None
    if not prompts.confirm(parent, title, question, yes=_tr("Khôi phục")):
        return None
    try:
        return registry.restore(record_type, record_id).changes
    except KtttError as exc:
        prompts.warn(parent, _tr("Không khôi phục được"), exc.message())
        return None


def selection_deleted(view: QAbstractItemView) -> bool:
    """Whether the rows selected in a record table are all deleted records (none selected: no)."""
    selection = view.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    return bool(rows) and all(bool(index.data(DELETED_ROLE)) for index in rows)


class DeletedBanner(QFrame):
    """Above a deleted record: who deleted it, when and why, and a «Khôi phục» button."""

    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deletedBanner")
        self.setStyleSheet(styles.banner("QFrame#deletedBanner", styles.ERROR, padded=False))
        self.label = QLabel(self)
        self.label.setObjectName("deletionText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(self.tr("Khôi phục"), self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setToolTip(self.tr("Khôi phục bản ghi này (và những gì bị xóa cùng nó)"))
        self.restore_button.clicked.connect(self.restore_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_record(self, registry: Registry, record_type: str, record_id: str | None) -> bool:
        """Show the account of the record's deletion; hidden (False) when it is not deleted."""
        text = deletion_text(registry, record_type, record_id) if record_id else ""
        self.label.setText(text)
        self.setVisible(bool(text))
        return bool(text)


class TableContextMenu(QObject):
    """The right-click menu of a record table: the window's own actions (the same objects as
    the toolbar's, so enabled state and shortcuts agree). `None` in `actions` is a separator.

    A right-click on a row selects it first, so the verbs apply to the row clicked.
    """

    def __init__(self, view: QAbstractItemView, actions: Sequence[QAction | None],
                 before_show: Callable[[], None] | None = None) -> None:
        super().__init__(view)
        self.setObjectName("tableContextMenu")
        self.view = view
        self.actions = list(actions)
        self._before_show = before_show
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._requested)

    def build_menu(self, position: QPoint | None = None) -> QMenu:
        """The menu for a right-click at `position` (viewport coordinates), not yet shown."""
        if position is not None:
            self._select_at(position)
        if self._before_show is not None:
            self._before_show()
        menu = QMenu(self.view)
        for action in self.actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def _select_at(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        selection = self.view.selectionModel()
        if not index.isValid() or selection is None or selection.isRowSelected(index.row(), index.parent()):
            return
        selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)

    def _requested(self, position: QPoint) -> None:
        menu = self.build_menu(position)
        try:
            menu.exec(self.view.viewport().mapToGlobal(position))
        finally:
            menu.deleteLater()


def context_menu_of(view: QAbstractItemView) -> TableContextMenu | None:
    """The right-click menu installed on a table, if any."""
    return view.findChild(TableContextMenu, "tableContextMenu")
