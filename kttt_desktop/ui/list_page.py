"""One list of the register (organisations, members, workers or support) with search and filters.

Nothing is read until the page is first shown, so the window opens at once however big the
register is. Searching runs as the officer types (after a short pause), in SQL, without
diacritics; filters are drop-downs of the values actually in use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core import catalogs, units
from kttt_desktop.core.db.queries import ListQuery
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.formats import format_money
from kttt_desktop.core.registry import Changes
from kttt_desktop.ui import prompts
from kttt_desktop.ui.flow_layout import FlowLayout
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.models.columns import count_text, noun_for
from kttt_desktop.ui.models.record_table import RecordTableModel
from kttt_desktop.ui.page import Page, PageVerbs
from kttt_desktop.ui.totals_bar import TotalsBar

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

SEARCH_DELAY_MS = 250
# A list shows more than its own records: the organisation list counts members and warns about
# too few; every other list shows its organisation's name, kind and village.
_ALSO_SHOWS: dict[str, tuple[str, ...]] = {"organization": ("member",)}


def shown_types(record_type: str) -> tuple[str, ...]:
    """The record types whose changes alter the list of `record_type`."""
    return (record_type, *_ALSO_SHOWS.get(record_type, ("organization",)))


def configure_table(view: QTableView) -> None:
    """The look every record table shares: whole rows, alternating colours, fixed row height."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row is measured
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    vertical.setVisible(False)
    horizontal = view.horizontalHeader()
    horizontal.setHighlightSections(False)
    horizontal.setTextElideMode(Qt.TextElideMode.ElideRight)  # a heading too long is cut with "…"
    horizontal.setStretchLastSection(True)
    horizontal.setSectionsMovable(True)
    horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def keep_sort_indicator_true(view: QTableView, model: RecordTableModel, column: int) -> None:
    """STT and computed columns are not sortable: a click on their header puts the indicator
    back where the order really is (connect to the header's `sortIndicatorChanged`)."""
    if not 0 <= column < len(model.columns) or model.columns[column].sortable:
        return
    header = view.horizontalHeader()
    header.blockSignals(True)
    header.setSortIndicator(model.sort_column(),
                            Qt.SortOrder.DescendingOrder if model.query.descending else Qt.SortOrder.AscendingOrder)
    header.blockSignals(False)


# Room beside a heading's words for the padding and the sort arrow.
HEADING_ROOM_PX = 30
# A heading longer than this is elided rather than widening its column further.
HEADING_WIDTH_MAX_PX = 200


def apply_column_widths(view: QTableView, model: RecordTableModel) -> None:
    """Each column its planned width, or its heading's when that is wider (up to a limit), so
    that a heading such as «Đã qua đào tạo đạt chuẩn» is not cut off in the middle."""
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    for number, column in enumerate(model.columns):
        heading = str(model.headerData(number, Qt.Orientation.Horizontal) or "")
        needed = min(metrics.horizontalAdvance(heading) + HEADING_ROOM_PX, HEADING_WIDTH_MAX_PX)
        view.setColumnWidth(number, max(column.width, needed))


# --- record actions shared by the window's pages ------------------------------------------

def open_record_dialog(parent: QWidget | None, registry: Registry, record_type: str,
                       record_id: str | None = None, preset: dict[str, Any] | None = None) -> Changes | None:
    """Add or edit one record in the record dialog; what it saved, as `Changes`, or None.

    The dialog may save more than once before it closes ("Cất và thêm tiếp"), so the ids it
    reports count, not how it was closed.
    """
    from kttt_desktop.ui.forms import record_dialog

    dialog = record_dialog.open_record_dialog(parent, registry, record_type, record_id, preset)
    if dialog is None:
        return None
    saved = list(getattr(dialog, "saved_ids", None) or [])
    dialog.deleteLater()
    if not saved:
        return None
    changes = Changes()
    for saved_id in saved:
        changes.add(record_type, saved_id)
    return changes


def delete_record(parent: QWidget | None, registry: Registry, record_type: str, record_id: str) -> Changes | None:
    """Ask for a reason and delete one record (an organisation takes its people with it);
    what changed, or None if the officer cancelled or the deletion was refused."""
    from kttt_desktop.ui import dialogs

    result = dialogs.delete_record(parent, registry, record_type, record_id)
    return result.changes if result is not None else None


class _FilterCombo(QComboBox):
    """A drop-down that reads its values only when opened: the villages in use among
    300,000 members take a full scan, which must not delay opening the list."""

    about_to_open = Signal()

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self.about_to_open.emit()
        super().showPopup()


class _Filter:
    """One drop-down filter: a label, a combo whose item data is the filter value."""

    def __init__(self, key: str, label: str, combo: QComboBox, values: Any) -> None:
        self.key = key
        self.label = label
        self.combo = combo
        self.values = values  # callable -> list[(value, text)]
        self.filled = False  # values are read when the combo is first opened after a change
        self.caption: QLabel | None = None


class ListPage(Page):
    """A searchable, filterable list of one record type, with the toolbar's record verbs.

    `open_requested(record_id)` asks the window to open a record (double-click, Enter, Sửa, and
    an organisation just added); `organization_requested(id)` to open an organisation's page;
    `selection_changed()` follows the selected row; `count_changed` gives the rows shown.
    """

    open_requested = Signal(str)
    organization_requested = Signal(str)
    selection_changed = Signal()

    def __init__(self, registry: Registry, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.record_type = record_type
        self.model: RecordTableModel | None = None
        self._stale = False
        self._restoring = False
        self.selection_changed.connect(self.verbs_changed)

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(
            self.tr("Tìm theo tên, mã số, CCCD, điện thoại (gõ không dấu cũng được)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(300)
        self.search_box.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self.search_box.textChanged.connect(self._search_timer.start)

        self.filters: list[_Filter] = []
        self.deleted_box = QCheckBox(self.tr("Hiện cả bản ghi đã xóa"), self)
        self.deleted_box.toggled.connect(self.apply_query)
        self.active_box: QCheckBox | None = None
        if record_type in ("member", "worker"):
            self.active_box = QCheckBox(self.tr("Chỉ người đang tham gia"), self)
            self.active_box.setToolTip(self.tr("Ẩn người đã ra khỏi tổ chức hoặc đã thôi việc"))
            self.active_box.toggled.connect(self.apply_query)
        self._build_filters()

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.view = QTableView(self)
        configure_table(self.view)
        self.view.setSortingEnabled(False)  # turned on once the model exists
        self.view.doubleClicked.connect(self._open_index)
        self.view.installEventFilter(self)
        self.totals_bar = TotalsBar(self.view, self)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        # The check boxes and the count wrap under one another beside the search box when the
        # row is short (1024 px and a long count «Tìm thấy 1 trong số 136 thành viên»):
        # squeezed into one line they were laid over each other and the count lost its start.
        options = FlowLayout(spacing=8)
        if self.active_box is not None:
            options.addWidget(self.active_box)
        options.addWidget(self.deleted_box)
        options.addWidget(self.count_label)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1, Qt.AlignmentFlag.AlignTop)
        search_row.addSpacing(8)
        search_row.addLayout(options)
        filter_row = QHBoxLayout()
        for item in self.filters:
            caption = QLabel(item.label, self)
            caption.setBuddy(item.combo)
            item.caption = caption
            filter_row.addWidget(caption)
            filter_row.addWidget(item.combo)
            filter_row.addSpacing(6)
        filter_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals_bar)
        layout.addWidget(self.empty_label)

    # --- filters -------------------------------------------------------------------------

    def _build_filters(self) -> None:
        def catalog_values(name: str) -> Any:
            return lambda: [(v.code, v.label(lang())) for v in catalogs.catalog(name)]

        def column_values(record_type: str, column: str, describe: bool = False) -> Any:
            def values() -> list[tuple[str, str]]:
                found = self.registry.distinct_values(record_type, column)
                return [(v, units.describe(v) if describe else v) for v in found]
            return values

        def years_in_use() -> list[tuple[str, str]]:  # the latest year first
            return [(year, str(year)) for year in reversed(self.registry.distinct_values(self.record_type, "year"))]

        organization_filters = [
            ("organization.kind", self.tr("Loại hình tổ chức:"), catalog_values("organization_kind")),
            ("organization.commune_code", self.tr("Xã:"), column_values("organization", "commune_code", True)),
        ]
        if self.record_type == "annual_report":
            specs = [("year", self.tr("Năm:"), years_in_use),
                     ("rating", self.tr("Xếp loại:"), catalog_values("rating")), *organization_filters]
        elif self.record_type == "status_change":
            specs = [("status", self.tr("Tình trạng:"), catalog_values("organization_status")),
                     *organization_filters]
        elif self.record_type == "organization":
            specs = [
                ("kind", self.tr("Loại hình:"), catalog_values("organization_kind")),
                ("status", self.tr("Tình trạng:"), catalog_values("organization_status")),
                ("village", self.tr("Thôn/bản:"), column_values("organization", "village")),
                ("commune_code", self.tr("Xã:"), column_values("organization", "commune_code", True)),
            ]
        else:
            village_key = "village" if self.record_type == "member" else "organization.village"
            village_source = (self.record_type, "village") if self.record_type == "member" \
                else ("organization", "village")
            specs = [
                *organization_filters,
                (village_key, self.tr("Thôn/bản:") if self.record_type == "member"
                 else self.tr("Thôn/bản của tổ chức:"), column_values(*village_source)),
            ]
        for key, label, values in specs:
            combo = _FilterCombo(self)
            combo.addItem(self.tr("Tất cả"), None)
            # Long values ("Không hoạt động tại địa chỉ đã đăng ký") must not widen the page:
            # the closed combo elides, the open list shows them whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(11)
            combo.view().setMinimumWidth(260)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
            combo.setAccessibleName(label.rstrip(":"))
            item = _Filter(key, label, combo, values)
            self.filters.append(item)
            combo.currentIndexChanged.connect(self._filter_changed)
            combo.about_to_open.connect(lambda item=item: self._ensure_filled(item))

    def _ensure_filled(self, item: _Filter) -> None:
        if not item.filled:
            restoring, self._restoring = self._restoring, True
            self._fill_filter(item)
            self._restoring = restoring

    def _fill_filter(self, item: _Filter) -> None:
        """(Re)fill one drop-down, keeping the chosen value if it is still in use."""
        combo = item.combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Tất cả"), None)
        for value, text in item.values():
            combo.addItem(text, value)
        position = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(position, 0))
        combo.blockSignals(False)
        item.filled = True

    def _filter_changed(self) -> None:
        if not self._restoring:
            self.apply_query()

    def set_filter(self, key: str, value: str | None) -> None:
        """Choose a filter value (used by the home screen's links and by tests)."""
        self.ensure_loaded()
        for item in self.filters:
            if item.key == key:
                self._ensure_filled(item)
                position = item.combo.findData(value) if value is not None else 0
                item.combo.setCurrentIndex(max(position, 0))
                return
        raise KeyError(key)

    def set_filters(self, values: dict[str, str | None]) -> None:
        """Choose every filter at once (unnamed ones back to "Tất cả"), then query once."""
        self.ensure_loaded()
        self._restoring = True
        try:
            for item in self.filters:
                value = values.get(item.key)
                if value is not None:
                    self._ensure_filled(item)
                position = item.combo.findData(value) if value is not None else 0
                item.combo.setCurrentIndex(max(position, 0))
        finally:
            self._restoring = False
        self.apply_query()

    # --- the query -----------------------------------------------------------------------

    def current_query(self) -> ListQuery:
        filters = {item.key: item.combo.currentData() for item in self.filters
                   if item.combo.currentData() is not None}
        sort, descending = "sort_name", False
        if self.model is not None:
            sort, descending = self.model.query.sort, self.model.query.descending
        return ListQuery(
            self.record_type,
            search=self.search_box.text().strip(),
            filters=filters,
            include_deleted=self.deleted_box.isChecked(),
            active_only=bool(self.active_box and self.active_box.isChecked()),
            sort=sort,
            descending=descending,
        )

    def is_filtered(self) -> bool:
        query = self.current_query()
        return bool(query.search or query.filters or query.active_only)

    def ensure_loaded(self) -> None:
        """Create the model on first use (the list is read only when someone looks at it)."""
        if self.model is not None:
            if self._stale:
                self.refresh()
            return
        self.model = RecordTableModel(self.registry, self.record_type, self, query=self.current_query())
        self.view.setModel(self.model)
        apply_column_widths(self.view, self.model)
        header = self.view.horizontalHeader()
        restored = self.restore_state()
        section = header.sortIndicatorSection()
        if not restored or not 0 <= section < len(self.model.columns) \
                or not self.model.columns[section].sortable:
            header.setSortIndicator(max(self.model.sort_column(), 0), Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.view.setSortingEnabled(True)
        self.totals_bar.attach(self.model)
        self._show_communes_when_several()
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.model.modelReset.connect(self.selection_changed.emit)
        self.model.query_changed.connect(self._update_count)
        self._stale = False
        self._update_count()

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self.model is not None:
            keep_sort_indicator_true(self.view, self.model, column)

    def apply_query(self) -> None:
        """Run the search and filters now (the search box calls this after a short pause)."""
        self._search_timer.stop()
        if self.model is None:
            return
        selected = self.current_record_id()
        self.model.set_query(self.current_query())
        if selected:
            self.select_record(selected, scroll=False)

    def refresh(self) -> None:
        """Read the list again after a write, keeping the selected record selected."""
        if self.model is None:
            return
        if not self.isVisible():
            self._stale = True  # done when the page is shown again
            return
        self._stale = False
        for item in self.filters:
            item.filled = False  # a write may have added a village: read again when opened
        selected = self.current_record_id()
        self.model.set_query(self.current_query())
        self._show_communes_when_several()
        if selected:
            self.select_record(selected, scroll=False)

    def _show_communes_when_several(self) -> None:
        """The Xã column and filter serve where several communes' records meet. At a commune
        with only its own records they would show one value on every row: hidden until a
        second commune appears (an organisation registered elsewhere, a package merged)."""
        site = self.registry.site
        several = site is None or site.level != "commune" or \
            len(self.registry.distinct_values("organization", "commune_code")) > 1
        for item in self.filters:
            if item.key.endswith("commune_code") and item.caption is not None:
                item.caption.setVisible(several)
                item.combo.setVisible(several)
        if self.model is not None:
            for number, column in enumerate(self.model.columns):
                if column.key == "commune_code":
                    self.view.setColumnHidden(number, not several)

    def mark_stale(self) -> None:
        """The data changed: re-read now if shown, else when next shown."""
        if self.model is not None:
            self.refresh()

    def apply_changes(self, changes: Changes, origin: Page | None = None) -> None:
        if any(changes.touches(t) for t in shown_types(self.record_type)):
            self.mark_stale()

    def _update_count(self) -> None:
        if self.model is None:
            return
        shown = self.model.rowCount()
        if self.is_filtered():
            total = self.registry.count(ListQuery(self.record_type, include_deleted=self.deleted_box.isChecked()))
            text = self.tr("Tìm thấy {shown} trong số {total}").format(
                shown=format_money(shown), total=count_text(self.record_type, total))
        else:
            text = count_text(self.record_type, shown)
        self.count_label.setText(text)
        self.empty_label.setVisible(shown == 0)
        if shown == 0:
            if self.is_filtered():
                self.empty_label.setText(self.tr("Không tìm thấy bản ghi nào. Hãy thử bỏ bớt điều kiện lọc "
                                                 "hoặc gõ ít chữ hơn."))
            elif not self.deleted_box.isChecked() and \
                    self.registry.count(ListQuery(self.record_type, include_deleted=True)):
                # Nothing hides the rows but their deletion (the officer just deleted the last one).
                self.empty_label.setText(self.tr("Không còn bản ghi nào chưa xóa. Đánh dấu «Hiện cả bản ghi "
                                                 "đã xóa» để xem các bản ghi đã xóa, hoặc bấm Ctrl+Z để hoàn "
                                                 "tác lần xóa vừa rồi."))
            else:
                self.empty_label.setText(self.tr("Chưa có bản ghi nào. Bấm «Thêm» (Ctrl+N) để nhập."))
        self.count_changed.emit(shown)

    def clear_search(self) -> bool:
        """Empty the search box; False if it was already empty (so Esc can do something else)."""
        if not self.search_box.text():
            return False
        self.search_box.clear()
        self.apply_query()
        return True

    def focus_search(self) -> bool:
        self.ensure_loaded()
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()
        return True

    def escape(self) -> None:
        self.clear_search()

    # --- the toolbar's verbs ---------------------------------------------------------------

    def verbs(self) -> PageVerbs:
        from kttt_desktop.ui.deleted_records import selection_deleted

        has_selection = self.current_record_id() is not None
        deleted = has_selection and selection_deleted(self.view)
        # A deleted record is not edited or deleted again: it is opened read-only or restored.
        return PageVerbs(can_add=True,
                         add_tip=self.tr("Thêm {noun} mới (Ctrl+N)").format(noun=noun_for(self.record_type)),
                         can_edit=has_selection and not deleted, can_delete=has_selection and not deleted,
                         can_restore=deleted, can_open_organization=has_selection)

    def add_record(self) -> None:
        """Thêm: a new record in the record dialog; a new organisation opens next (its members)."""
        changes = open_record_dialog(self, self.registry, self.record_type)
        if changes is None:
            return
        self.changed.emit(changes)
        new_ids = changes.records.get(self.record_type) or set()
        if len(new_ids) != 1:
            return
        new_id = next(iter(new_ids))
        if self.record_type == "organization":
            self.open_requested.emit(new_id)
        else:
            self.select_record(new_id)

    def edit_record(self) -> None:
        record_id = self.current_record_id()
        if record_id:
            self.open_requested.emit(record_id)

    def delete_record(self) -> None:
        """Xóa, with a reason; the row that takes its place is selected."""
        record_id = self.current_record_id()
        if not record_id:
            return
        row = self.model.row_of(record_id) if self.model else None
        changes = delete_record(self, self.registry, self.record_type, record_id)
        if changes is None:
            return
        self.changed.emit(changes)
        self.notice.emit(self.tr("Đã xóa. Bấm Ctrl+Z để hoàn tác."))
        if row is not None and self.model is not None and self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def restore_record(self) -> None:
        """Khôi phục: the selected deleted record (an organisation with what went with it)."""
        from kttt_desktop.ui.deleted_records import restore_record

        record_id = self.current_record_id()
        if not record_id:
            return
        changes = restore_record(self, self.registry, self.record_type, record_id)
        if changes is None:
            return
        self.changed.emit(changes)
        self.notice.emit(self.tr("Đã khôi phục. Bấm Ctrl+Z để hoàn tác."))

    def open_selected_organization(self) -> None:
        """The selected organisation, or the one the selected record belongs to."""
        record_id = self.current_record_id()
        if not record_id:
            return
        if self.record_type != "organization":
            try:
                record_id = self.registry.get(self.record_type, record_id)["organization_id"]
            except KtttError as exc:
                prompts.warn(self, self.tr("Không mở được"), exc.message())
                return
        self.organization_requested.emit(record_id)

    def current_organization_id(self) -> str | None:
        return self.current_record_id() if self.record_type == "organization" else None

    # --- selection -----------------------------------------------------------------------

    def current_record_id(self) -> str | None:
        """The record the officer is on: the current row if selected, else the first selected."""
        if self.model is None or self.view.selectionModel() is None:
            return None
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        if not rows:
            return None
        current = self.view.currentIndex()
        row = current.row() if current.isValid() and current.row() in rows else min(rows)
        try:
            return self.model.record_id(row)
        except IndexError:
            return None

    def selected_record_ids(self) -> list[str]:
        if self.model is None or self.view.selectionModel() is None:
            return []
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.record_id(row) for row in rows]

    def select_record(self, record_id: str, scroll: bool = True) -> bool:
        if self.model is None:
            return False
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, self.view.selectionModel().SelectionFlag.ClearAndSelect
            | self.view.selectionModel().SelectionFlag.Rows)
        if scroll:
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def select_row(self, row: int) -> None:
        if self.model is None or not 0 <= row < self.model.rowCount():
            return
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid() and self.model is not None:
            self.open_requested.emit(self.model.record_id(index.row()))

    # --- events --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.view.currentIndex())
                return True
            if watched is self.search_box and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                # Enter or ↓ in the search box: run the search now and go to the first result.
                self.apply_query()
                if self.model is not None and self.model.rowCount():
                    if not self.view.currentIndex().isValid() or key != Qt.Key.Key_Down:
                        self.select_row(0)
                    self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    # --- remembered layout ---------------------------------------------------------------

    def _settings_key(self) -> str:
        return f"lists/{self.record_type}/header"

    def save_state(self, settings: QSettings | None = None) -> None:
        if self.model is None:
            return
        settings = settings or QSettings()
        settings.setValue(self._settings_key(), self.view.horizontalHeader().saveState())

    def restore_state(self) -> bool:
        """Column widths, order and sort as the officer left them; False if none saved."""
        state = QSettings().value(self._settings_key())
        if not isinstance(state, QByteArray) or state.isEmpty():
            return False
        header = self.view.horizontalHeader()
        if not header.restoreState(state) or (self.model is not None
                                              and header.count() != len(self.model.columns)):
            if self.model is not None:
                apply_column_widths(self.view, self.model)
            return False
        return True
