"""Bản ghi nghi trùng: records that probably describe the same thing.

Identity never comes from business keys, so when two communes enter the same HTX the upper
level keeps both records; core (`core.duplicates`) finds the pairs that share a tax code, or
a citizen ID within one organisation. Here the officer sees each group, opens its records
and deletes the copy entered twice (reason «Nhập trùng»), or leaves them if they differ.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core import units
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Changes
from kttt_desktop.ui import list_page, styles
from kttt_desktop.ui.background_read import BackgroundRead
from kttt_desktop.ui.list_page import configure_table
from kttt_desktop.ui.models.rows import RowsTableModel
from kttt_desktop.ui.page import Page
from kttt_desktop.ui.stale_page import StalePage, table_or_empty

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

SHORT_ID = 8
# Columns fit their texts; when the table is too narrow for them all, these give way first
# (group, then commune, then title), down to these widths. A cut text shows in full as a tooltip.
_MIN_WIDTHS = (240, 160, 200)
_SHRINK_ORDER = (0, 2, 1)

_STYLE = """
QLabel#pageTitle { font-size: 17pt; font-weight: 600; }
QLabel#emptyState { font-size: 12pt; }
""" + styles.rule("QLabel#emptyState", styles.NOTE) + styles.rule("QLabel#countLabel", styles.NOTE)


def _group_shade() -> QColor:
    """The background of every other group: the base colour tinted a little towards the
    selection colour, so it reads in light and dark themes alike."""
    palette = QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    tint = palette.color(QPalette.ColorRole.Highlight)
    amount = 0.12
    return QColor(round(base.red() + (tint.red() - base.red()) * amount),
                  round(base.green() + (tint.green() - base.green()) * amount),
                  round(base.blue() + (tint.blue() - base.blue()) * amount))


def short_id(record_id: str) -> str:
    """The first characters of a record id: enough to tell the records of a group apart
    (the whole id is in the tooltip)."""
    return record_id[:SHORT_ID]


class DuplicateTableModel(RowsTableModel):
    """One row per record of each group; the group is named on its first row and every
    other group is shaded, so the records that belong together stand together."""

    GROUP, TITLE, COMMUNE, RECORD_ID = range(4)
    key = "record_id"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Nhóm"), self.tr("Bản ghi"), self.tr("Xã"), self.tr("Mã bản ghi")]
        self._header_tips = [self.tr("Điều làm các bản ghi trông như trùng nhau"), "",
                             self.tr("Xã đã nhập bản ghi"), ""]
        self._keys = ("group", "title", "commune", "record_id")
        self._shade = _group_shade()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self._shade = _group_shade()
        super().set_rows(rows)

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        key = self._keys[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.GROUP and not row["first"]:
                return ""
            if column == self.RECORD_ID:
                return short_id(row[key])
            return row[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row[key] or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._shade if row["group_number"] % 2 else None
        if role == Qt.ItemDataRole.UserRole:
            return row["record_id"]
        return None


FIRST_COUNT_DELAY_MS = 1500


def count_groups(registry: Registry) -> int:
    """How many groups of likely duplicates there are (the navigation's badge)."""
    return len(registry.likely_duplicates())


class DuplicatesPage(StalePage):
    """«Bản ghi nghi trùng». `changed(Changes)` reports each deletion; `count_changed` gives the
    number of groups (the window shows it beside the navigation entry); `open_requested`
    asks the window to open a record."""

    open_requested = Signal(str, str)

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.groups: list[Any] = []
        self._counter = BackgroundRead(registry, self)
        self._counted = False
        self._counter.answered.connect(lambda count: self.count_changed.emit(int(count)))
        self._natural_widths: list[int] = []
        self._stale = True
        self.setStyleSheet(_STYLE)

        self.title = QLabel(self.tr("Bản ghi nghi trùng"), self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self.tr(
            "Hai xã có thể cùng nhập một HTX; mỗi bản ghi vẫn được giữ nguyên. Hãy xem từng nhóm và xóa bản "
            "nhập trùng (lý do «Nhập trùng») hoặc để nguyên nếu khác nhau."), self)
        self.subtitle.setWordWrap(True)

        self.model = DuplicateTableModel(self)
        self.view = QTableView(self)
        configure_table(self.view)
        self.view.setAlternatingRowColors(False)  # the model shades whole groups instead
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionsMovable(False)
        for column, width in enumerate((330, 280, 220)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _index: self.open_current())
        self.view.installEventFilter(self)
        self.stack, self.empty_label = table_or_empty(self, self.view, self.tr("Không có bản ghi nghi trùng."))

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.open_button = QPushButton(self.tr("Mở bản ghi"), self)
        self.open_button.setToolTip(self.tr("Xem toàn bộ bản ghi để so sánh (Enter hoặc nhấp đúp)"))
        self.open_button.clicked.connect(self.open_current)
        self.delete_button = QPushButton(self.tr("Xóa bản nhập trùng…"), self)
        self.delete_button.setToolTip(self.tr("Xóa bản ghi đang chọn, có ghi lý do"))
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.open_button, self.delete_button):
            button.setMinimumHeight(34)
        self.buttons = QWidget(self)
        buttons = QHBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # --- reading -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    def group_count(self) -> int:
        return count_groups(self.registry)

    def update_count(self) -> None:
        """Count the groups for the navigation's badge in the background: at province scale
        the search for shared citizen IDs takes half a second, which the window must not wait
        for at start nor after every member saved. The first count waits a moment, so that it
        does not slow the first list the officer opens after start."""
        if self._counted:
            self._counter.ask(count_groups)
        else:
            self._counted = True
            QTimer.singleShot(FIRST_COUNT_DELAY_MS, self, lambda: self._counter.ask(count_groups))

    def apply_changes(self, changes: Changes, origin: Page | None = None) -> None:
        """Another tax code or citizen ID may now be shared, or a copy was deleted; an imported
        package may bring another commune's copy. Hidden, only the count is taken."""
        if changes.touches("organization") or changes.touches("member") or changes.sync:
            self.mark_stale()
            if not self.isVisible():
                self.update_count()

    def refresh(self) -> None:
        self._stale = False
        selected = self.current_record()
        self.groups = list(self.registry.likely_duplicates())
        rows = self._rows(self.groups)
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.view if rows else self.empty_label)
        self._fit_columns()
        self.buttons.setVisible(bool(rows))
        self.count_label.setText(self.tr("{groups} nhóm, {records} bản ghi").format(
            groups=len(self.groups), records=len(rows)))
        if rows:
            row = self.model.row_of(selected[1]) if selected else None
            self.view.selectRow(row if row is not None else 0)
        self._update_buttons()
        self.count_changed.emit(len(self.groups))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._share_width()

    def _fit_columns(self) -> None:
        """Measure each column's longest text (Qt reads at most its first 1000 rows)."""
        self._natural_widths = []
        if not self.model.rowCount():
            return
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(self.model.columnCount()):
            # The cells' own width; the header's text (no room kept for a sort arrow: no sorting here).
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            cells = self.view.sizeHintForColumn(column)
            self._natural_widths.append(max(cells, metrics.horizontalAdvance(title) + 12) + 6)
        self._share_width()

    def _share_width(self) -> None:
        """Every column its natural width if the table has room, else the widest give way."""
        widths = list(self._natural_widths)
        if not widths:
            return
        excess = sum(widths) - self.view.viewport().width()
        for column in _SHRINK_ORDER:
            if excess <= 0:
                break
            give = min(excess, max(widths[column] - _MIN_WIDTHS[column], 0))
            widths[column] -= give
            excess -= give
        for column, width in enumerate(widths[:-1]):  # the last column stretches
            self.view.setColumnWidth(column, width)

    def group_label(self, group: Any) -> str:
        """"Mã số thuế 6234335450", or "CCCD 012175000123 trong HTX Nông nghiệp Bum Tở"."""
        if group.kind == "tax_code":
            return self.tr("Mã số thuế {code}").format(code=group.key)
        name = ""
        if group.organization_id:
            try:
                name = self.registry.get("organization", group.organization_id).get("name") or ""
            except KtttError:
                name = ""
        if not name:
            return self.tr("CCCD {number}").format(number=group.key)
        return self.tr("CCCD {number} trong {organization}").format(number=group.key, organization=name)

    def _rows(self, groups: list[Any]) -> list[dict[str, Any]]:
        rows = []
        for number, group in enumerate(groups):
            label = self.group_label(group)
            for position, (record_id, owner, title) in enumerate(
                    zip(group.record_ids, group.owners, group.titles, strict=True)):
                rows.append({"group": label, "group_number": number, "first": position == 0,
                             "title": title or "—", "commune": units.describe(owner) or owner or "",
                             "record_id": record_id, "record_type": group.record_type})
        return rows

    def current_record(self) -> tuple[str, str] | None:
        """(record type, record id) of the selected row, or None."""
        selection = self.view.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if not rows or not 0 <= rows[0].row() < self.model.rowCount():
            return None
        row = self.model.row(rows[0].row())
        return row["record_type"], row["record_id"]

    def _update_buttons(self) -> None:
        has_selection = self.current_record() is not None
        self.open_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)

    # --- acting --------------------------------------------------------------------------

    def open_current(self) -> None:
        current = self.current_record()
        if current is not None:
            self.open_requested.emit(*current)

    def delete_current(self) -> Any:
        """Delete the selected record after asking for the reason; the `Changes`, or None."""
        current = self.current_record()
        if current is None:
            return None
        number = self.model.row_of(current[1]) or 0
        changes = list_page.delete_record(self, self.registry, *current)
        if changes is None:
            return None
        self.view.clearSelection()
        self.refresh()
        if self.model.rowCount():
            self.view.selectRow(min(number, self.model.rowCount() - 1))
        self.changed.emit(changes)
        return changes


def badge_text(count: int) -> str:
    """The navigation entry: "Nghi trùng", or "Nghi trùng (2)" while some groups remain."""
    if count:
        return QCoreApplication.translate("DuplicatesPage", "Nghi trùng ({count})").format(count=count)
    return QCoreApplication.translate("DuplicatesPage", "Nghi trùng")


__all__ = ["DuplicateTableModel", "DuplicatesPage", "badge_text"]
