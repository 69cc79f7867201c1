"""One organisation on one page: its record, its members, workers and the support it got.

The first tab is the organisation's own form, read-only until the officer presses Sửa (the
MISA habit: Sửa, then Cất or Hoãn). The other tabs are lists of the organisation's child
records with their own Thêm/Sửa/Xóa; a banner above repeats the standing warnings (too few
members…) so they are seen without opening anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core import catalogs, units
from kttt_desktop.core.db.queries import ListQuery
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.formats import format_money
from kttt_desktop.core.records.fields import CHILD_TYPES
from kttt_desktop.core.registry import Changes
from kttt_desktop.core.reports.scale import scale_label, scale_of_results
from kttt_desktop.ui import prompts, styles
from kttt_desktop.ui.deleted_records import DeletedBanner, restore_record, selection_deleted
from kttt_desktop.ui.forms.record_form import RecordForm
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.list_page import (
    apply_column_widths,
    configure_table,
    delete_record,
    keep_sort_indicator_true,
    open_record_dialog,
)
from kttt_desktop.ui.models.columns import noun_for
from kttt_desktop.ui.models.record_table import RecordTableModel
from kttt_desktop.ui.page import Page, PageVerbs
from kttt_desktop.ui.status_decision_dialog import record_status_decision
from kttt_desktop.ui.totals_bar import TotalsBar

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

_STYLE = """
QLabel#orgTitle { font-size: 15pt; font-weight: 600; }
QLabel#orgSubtitle { color: #444444; }
QLabel#orgResults { color: #444444; }
QLabel#syncState { border-radius: 9px; padding: 2px 10px; font-size: 9pt; }
QLabel#syncState[state="not_sent"] { background: #f1f1f1; color: #555555; border: 1px solid #cccccc; }
QLabel#syncState[state="sent"] { background: #e8f1fb; color: #1f4e85; border: 1px solid #9fc1e6; }
QLabel#syncState[state="acknowledged"] { background: #e6f4ea; color: #1e6b2e; border: 1px solid #9ccfa8; }
""" + styles.banner("QLabel#warningBanner")


def results_summary(registry: Any, organization: dict[str, Any]) -> str:
    """«Kết quả năm 2025: doanh thu 2.400.000.000 đ, lợi nhuận 150.000.000 đ, xếp loại Khá ·
    Quy mô: Nhỏ», from the latest yearly results; a line saying there are none otherwise."""
    results = registry.yearly_results(organization["id"])
    if results is None:
        return QCoreApplication.translate("OrganizationView", "Chưa có kết quả hoạt động năm nào.")
    def money(value: Any) -> str:
        return format_money(value, with_unit=True) if value is not None else "—"
    text = QCoreApplication.translate(
        "OrganizationView", "Kết quả năm {year}: doanh thu {revenue}, lợi nhuận {profit}, xếp loại {rating}").format(
        year=results["year"], revenue=money(results.get("revenue_vnd")), profit=money(results.get("profit_vnd")),
        rating=catalogs.label("rating", results["rating"], lang()) if results.get("rating") else "—")
    scale = scale_of_results(organization.get("sector"), results)  # the results just read, not read again
    return text + " · " + QCoreApplication.translate("OrganizationView", "Quy mô: {scale}").format(
        scale=scale_label(scale, lang()))


class ChildTab(QWidget):
    """The records of one child type belonging to the organisation, with their own verbs."""

    add_requested = Signal()
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    restore_requested = Signal(str)
    selection_changed = Signal()

    def __init__(self, registry: Registry, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.record_type = record_type
        self.organization_id: str | None = None
        self.organization_deleted = False  # then the records deleted with it are shown
        self.model: RecordTableModel | None = None

        add_texts = {"member": self.tr("Thêm thành viên"), "worker": self.tr("Thêm người lao động"),
                     "support": self.tr("Thêm khoản hỗ trợ"), "annual_report": self.tr("Thêm kết quả năm"),
                     "status_change": self.tr("Ghi quyết định về tình trạng…"),
                     "manager": self.tr("Thêm cán bộ quản lý"), "training": self.tr("Thêm lượt đào tạo"),
                     "product": self.tr("Thêm sản phẩm"), "linkage": self.tr("Thêm hợp đồng liên kết"),
                     "loan": self.tr("Thêm khoản vay"), "land": self.tr("Thêm đất, mặt bằng")}
        self.add_button = QPushButton(add_texts[record_type], self)
        self.add_button.setToolTip(self.tr("Thêm vào tổ chức này (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Sửa"), self)
        self.edit_button.setToolTip(self.tr("Sửa dòng đang chọn (Enter, F2)"))
        self.delete_button = QPushButton(self.tr("Xóa"), self)
        self.delete_button.setToolTip(self.tr("Xóa dòng đang chọn, có ghi lý do (Delete)"))
        self.restore_button = QPushButton(self.tr("Khôi phục"), self)
        self.restore_button.setToolTip(self.tr("Khôi phục dòng đã xóa đang chọn"))
        self.deleted_box = QCheckBox(self.tr("Hiện cả bản ghi đã xóa"), self)
        self.deleted_box.toggled.connect(self._requery)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button.clicked.connect(self._delete_current)
        self.restore_button.clicked.connect(self._restore_current)
        self.view = QTableView(self)
        configure_table(self.view)
        self.view.doubleClicked.connect(self._edit_row)
        self.view.installEventFilter(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.deleted_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.totals_bar = TotalsBar(self.view, self)
        layout.addWidget(self.totals_bar)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._edit_row(self.view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def show_organization(self, organization_id: str, organization_deleted: bool = False) -> None:
        self.organization_id = organization_id
        self.organization_deleted = organization_deleted
        query = ListQuery(self.record_type, organization_id=organization_id,
                          include_deleted=organization_deleted or self.deleted_box.isChecked())
        if self.model is None:
            self.model = RecordTableModel(self.registry, self.record_type, self,
                                          within_organization=True, query=query)
            self.view.setModel(self.model)
            apply_column_widths(self.view, self.model)
            self._restore_header()
            self.view.setSortingEnabled(True)
            # By name, not by STT (the first column, which numbers whatever order is chosen);
            # yearly results and decisions by their year or date, the latest first.
            latest_first = self.record_type in ("annual_report", "status_change")
            self.view.horizontalHeader().setSortIndicator(
                max(self.model.sort_column(), 0),
                Qt.SortOrder.DescendingOrder if latest_first else Qt.SortOrder.AscendingOrder)
            self.view.horizontalHeader().sortIndicatorChanged.connect(
                lambda column, _order: keep_sort_indicator_true(self.view, self.model, column))
            self.totals_bar.attach(self.model)
            self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
            self.model.modelReset.connect(self._selection_changed)
        else:
            self.model.set_query(query.with_changes(sort=self.model.query.sort,
                                                    descending=self.model.query.descending))
        self._update_buttons()

    def set_organization_deleted(self, deleted: bool) -> None:
        """A deleted organisation shows the records deleted with it (struck through)."""
        if deleted != self.organization_deleted and self.organization_id is not None:
            self.show_organization(self.organization_id, deleted)

    def _requery(self) -> None:
        if self.organization_id is not None:
            self.show_organization(self.organization_id, self.organization_deleted)

    def refresh(self) -> None:
        if self.model is not None:
            selected = self.current_record_id()
            self.model.refresh()
            if selected and (row := self.model.row_of(selected)) is not None:
                self.view.selectRow(row)
        self._update_buttons()

    def count(self) -> int:
        return self.model.rowCount() if self.model is not None else 0

    def current_record_id(self) -> str | None:
        if self.model is None or self.view.selectionModel() is None:
            return None
        rows = self.view.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def _edit_row(self, index: QModelIndex) -> None:
        if index.isValid() and self.model is not None:
            self.edit_requested.emit(self.model.record_id(index.row()))

    def _edit_current(self) -> None:
        record_id = self.current_record_id()
        if record_id:
            self.edit_requested.emit(record_id)

    def _delete_current(self) -> None:
        record_id = self.current_record_id()
        if record_id:
            self.delete_requested.emit(record_id)

    def _restore_current(self) -> None:
        record_id = self.current_record_id()
        if record_id:
            self.restore_requested.emit(record_id)

    def selection_deleted(self) -> bool:
        return selection_deleted(self.view)

    def _selection_changed(self) -> None:
        self._update_buttons()
        self.selection_changed.emit()

    def _update_buttons(self) -> None:
        has_selection = self.current_record_id() is not None
        deleted = has_selection and self.selection_deleted()
        self.add_button.setEnabled(not self.organization_deleted)
        self.edit_button.setEnabled(has_selection and not deleted)
        self.delete_button.setEnabled(has_selection and not deleted)
        self.restore_button.setEnabled(deleted)
        self.deleted_box.setEnabled(not self.organization_deleted)  # a deleted one shows them all

    def _settings_key(self) -> str:
        return f"organization_view/{self.record_type}/header"

    def _restore_header(self) -> None:
        state = QSettings().value(self._settings_key())
        if isinstance(state, QByteArray) and not state.isEmpty():
            header = self.view.horizontalHeader()
            model = self.model
            assert model is not None  # the header is restored once the table has its model
            if not header.restoreState(state) or header.count() != len(model.columns):
                apply_column_widths(self.view, model)

    def save_state(self, settings: QSettings | None = None) -> None:
        if self.model is not None:
            (settings or QSettings()).setValue(self._settings_key(),
                                               self.view.horizontalHeader().saveState())


class OrganizationView(Page):
    """The detail page of one organisation.

    `changed(Changes)` reports every write made here so the window can refresh its other
    pages; `back_requested`, `previous_requested` and `next_requested` leave for the list or
    a neighbouring organisation (the window knows the list order).
    """

    back_requested = Signal()
    previous_requested = Signal()
    next_requested = Signal()
    editing_changed = Signal(bool)

    INFO_TAB = 0

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.organization_id: str | None = None
        self.record: dict[str, Any] | None = None
        self.editing = False
        self.setStyleSheet(_STYLE)

        self.back_button = QPushButton(self.tr("← Danh sách"), self)
        self.back_button.setToolTip(self.tr("Trở về danh sách tổ chức (Esc)"))
        self.back_button.clicked.connect(self._back)
        self.previous_button = QToolButton(self)
        self.previous_button.setText(self.tr("◀ Trước"))
        self.previous_button.setToolTip(self.tr("Tổ chức đứng trước trong danh sách (Alt+←)"))
        self.previous_button.setShortcut("Alt+Left")
        self.previous_button.clicked.connect(self._previous)
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("Sau ▶"))
        self.next_button.setToolTip(self.tr("Tổ chức đứng sau trong danh sách (Alt+→)"))
        self.next_button.setShortcut("Alt+Right")
        self.next_button.clicked.connect(self._next)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("orgTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setWordWrap(True)  # a long name folds rather than running under the buttons
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("orgSubtitle")
        self.subtitle_label.setWordWrap(True)  # on a small screen it folds, beside the buttons
        # The latest yearly results and the scale they give, in one line («Năm 2025: …»).
        self.results_label = QLabel(self)
        self.results_label.setObjectName("orgResults")
        self.results_label.setWordWrap(True)
        self.status_button = QPushButton(self.tr("Ghi quyết định về tình trạng…"), self)
        self.status_button.setObjectName("statusDecisionButton")
        self.status_button.setToolTip(self.tr(
            "Tạm ngừng, hoạt động trở lại, giải thể, thu hồi giấy chứng nhận…: ghi quyết định và "
            "ngày có hiệu lực (Ctrl+T)"))
        self.status_button.clicked.connect(self.record_status_decision)
        # Whether the upper level has this organisation as last changed here (shown only
        # where there is an upper level).
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("syncState")
        self.sync_label.setToolTip(self.tr(
            "Tình trạng gửi thông tin tổ chức này lên cấp trên, theo lần sửa gần nhất tại đơn vị này"))
        self.sync_label.hide()
        self.banner = QLabel(self)
        self.banner.setObjectName("warningBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.deleted_banner = DeletedBanner(self)
        self.deleted_banner.restore_requested.connect(self.restore_organization)

        # "Thông tin chung": the organisation's form, with Sửa / Cất / Hoãn.
        self.form = RecordForm(registry, "organization", self)
        self.edit_button = QPushButton(self.tr("Sửa"), self)
        self.edit_button.setToolTip(self.tr("Sửa thông tin tổ chức (F2)"))
        self.save_button = QPushButton(self.tr("Cất"), self)
        self.save_button.setToolTip(self.tr("Cất các thay đổi (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.cancel_button = QPushButton(self.tr("Hoãn"), self)
        self.cancel_button.setToolTip(self.tr("Bỏ các thay đổi chưa cất"))
        self.edit_button.clicked.connect(self.start_editing)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel_editing)
        self.form.dirty_changed.connect(self._form_dirty_changed)
        self.form.validity_changed.connect(lambda valid: self._update_form_buttons())
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        info = QWidget(self)
        info_buttons = QHBoxLayout()
        info_buttons.addWidget(self.edit_button)
        info_buttons.addWidget(self.save_button)
        info_buttons.addWidget(self.cancel_button)
        info_buttons.addStretch(1)
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(6, 6, 6, 6)
        info_layout.addLayout(info_buttons)
        info_layout.addWidget(form_scroll, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(info, self.tr("Thông tin chung"))
        self.tabs.currentChanged.connect(lambda _index: self._update_warnings())
        self.tabs.currentChanged.connect(lambda _index: self.verbs_changed.emit())
        self.editing_changed.connect(lambda _editing: self.verbs_changed.emit())
        self.child_tabs: dict[str, ChildTab] = {}
        for record_type in CHILD_TYPES:
            tab = ChildTab(registry, record_type, self)
            tab.add_requested.connect(lambda t=record_type: self.add_child(t))
            tab.edit_requested.connect(lambda record_id, t=record_type: self.edit_child(t, record_id))
            tab.delete_requested.connect(lambda record_id, t=record_type: self.delete_child(t, record_id))
            tab.restore_requested.connect(lambda record_id, t=record_type: self.restore_child(t, record_id))
            tab.selection_changed.connect(self.verbs_changed)
            self.child_tabs[record_type] = tab
            self.tabs.addTab(tab, "")

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        self.titles_box = QWidget(self)
        titles = QVBoxLayout(self.titles_box)
        titles.setContentsMargins(0, 0, 0, 0)
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        titles.addWidget(self.results_label)
        top.addSpacing(8)
        top.addWidget(self.titles_box, 1)
        top.addWidget(self.sync_label, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addSpacing(8)
        top.addWidget(self.status_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addSpacing(8)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.deleted_banner)
        layout.addWidget(self.tabs, 1)
        self.set_navigation(False, False)
        self._set_editing(False)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_titles()

    def _fit_titles(self) -> None:
        """Give the folded title lines the height they need at the width they have: the page
        sits in a stack, which does not pass a wrapped label's height for its width on, so
        on a 1024-pixel screen the last line («Quy mô: …») would be cut off."""
        width = self.titles_box.width()
        labels = (self.title_label, self.subtitle_label, self.results_label)
        needed = sum(label.heightForWidth(width) if label.wordWrap() else label.sizeHint().height()
                     for label in labels if not label.isHidden())
        self.titles_box.setMinimumHeight(needed)

    # --- showing -------------------------------------------------------------------------

    def show_organization(self, organization_id: str) -> bool:
        """Show another organisation; False if the officer kept unsaved changes instead."""
        if organization_id != self.organization_id and not self.can_leave():
            return False
        self.organization_id = organization_id
        deleted = self.deleted_banner.show_record(self.registry, "organization", organization_id)
        for tab in self.child_tabs.values():
            tab.show_organization(organization_id, deleted)
        self._set_editing(False)
        self.reload()
        return True

    def reload(self, form_too: bool = True) -> None:
        """Read the organisation again (title, warnings, tab counts and, unless editing, the form)."""
        if self.organization_id is None:
            return
        try:
            self.record = self.registry.get("organization", self.organization_id)
        except KtttError as exc:
            prompts.warn(self, self.tr("Không mở được tổ chức"), exc.message())
            self.back_requested.emit()
            return
        record = self.record
        self.title_label.setText(record.get("name") or "")
        parts = [catalogs.label("organization_kind", record.get("kind"), lang()),
                 catalogs.label("organization_status", record.get("status"), lang())]
        if record.get("registration_code"):
            parts.append(self.tr("Mã số {code}").format(code=record["registration_code"]))
        place = ", ".join(p for p in (record.get("village"), units.describe(record.get("commune_code"))) if p)
        if place:
            parts.append(place)
        if record.get("deleted"):
            parts.append(self.tr("ĐÃ XÓA"))
        self.subtitle_label.setText(" · ".join(p for p in parts if p))
        self.results_label.setText(results_summary(self.registry, record))
        self._fit_titles()
        self.status_button.setEnabled(not record.get("deleted"))
        deleted = self.deleted_banner.show_record(self.registry, "organization", self.organization_id)
        for tab in self.child_tabs.values():
            tab.set_organization_deleted(deleted)
        self.update_sync_state()
        if form_too and not self.editing:
            self.form.load(record)
        else:
            self.form.show_register_flags()  # a contract or product changed on its tab
        self._update_warnings()
        self._update_tab_titles()
        self._update_form_buttons()

    def update_sync_state(self) -> None:
        """«Chưa gửi cấp trên» / «Đã gửi, chờ cấp trên xác nhận» / «Cấp trên đã nhận»."""
        state = None
        if self.organization_id is not None:
            try:
                if self.registry.sync.upper_peer() is not None:
                    state = self.registry.sync.record_state("organization", self.organization_id)
            except KtttError:
                state = None
        texts = {"not_sent": self.tr("Chưa gửi cấp trên"),
                 "sent": self.tr("Đã gửi, chờ cấp trên xác nhận"),
                 "acknowledged": self.tr("Cấp trên đã nhận")}
        if state not in texts:
            self.sync_label.hide()
            return
        self.sync_label.setText(texts[state])
        self.sync_label.setProperty("state", state)
        self.sync_label.style().unpolish(self.sync_label)
        self.sync_label.style().polish(self.sync_label)
        self.sync_label.show()

    def _update_warnings(self) -> None:
        if self.organization_id is None or (self.record and self.record.get("deleted")):
            self.banner.hide()
            return
        try:
            issues = self.registry.organization_warnings(self.organization_id)
        except KtttError:
            issues = []
        if not issues:
            self.banner.hide()
            return
        self.banner.setText("\n".join(f"⚠ {issue.message()}" for issue in issues))
        # On the first tab the form shows the same warnings itself.
        self.banner.setVisible(self.tabs.currentIndex() != self.INFO_TAB)

    def _update_tab_titles(self) -> None:
        titles = {"member": self.tr("Thành viên ({count})"),
                  "worker": self.tr("Người lao động ({count})"),
                  "support": self.tr("Hỗ trợ ({count})"),
                  "annual_report": self.tr("Kết quả hằng năm ({count})"),
                  "status_change": self.tr("Tình trạng pháp lý ({count})"),
                  "manager": self.tr("Cán bộ quản lý ({count})"),
                  "training": self.tr("Đào tạo ({count})"),
                  "product": self.tr("Sản phẩm ({count})"),
                  "linkage": self.tr("Liên kết ({count})"),
                  "loan": self.tr("Vốn vay ({count})"),
                  "land": self.tr("Đất đai ({count})")}
        for number, record_type in enumerate(CHILD_TYPES, start=1):
            count = self.child_tabs[record_type].count()
            self.tabs.setTabText(number, titles[record_type].format(count=format_money(count)))

    def set_navigation(self, has_previous: bool, has_next: bool) -> None:
        self.previous_button.setEnabled(has_previous)
        self.next_button.setEnabled(has_next)

    def apply_changes(self, changes: Changes, origin: Page | None = None) -> None:
        """Refresh what a write elsewhere (or here, before telling the window) touched."""
        if self.organization_id is None or origin is self:
            return
        for record_type, tab in self.child_tabs.items():
            if changes.touches(record_type):
                tab.refresh()
        if changes.touches("organization") or any(changes.touches(t) for t in CHILD_TYPES):
            self.reload(form_too=changes.touches("organization"))
        elif changes.sync:
            self.update_sync_state()

    def refresh(self) -> None:
        """Nạp: the organisation and every tab, read again."""
        for tab in self.child_tabs.values():
            tab.refresh()
        self.reload()

    # --- the organisation's own form ------------------------------------------------------

    def _set_editing(self, editing: bool) -> None:
        self.editing = editing
        setter = getattr(self.form, "set_read_only", None)
        if callable(setter):
            setter(not editing)
        else:
            self.form.setEnabled(editing)
        self._update_form_buttons()
        self.editing_changed.emit(editing)

    def _update_form_buttons(self) -> None:
        deleted = bool(self.record and self.record.get("deleted"))
        self.edit_button.setEnabled(not self.editing and not deleted and self.organization_id is not None)
        self.save_button.setEnabled(self.editing)
        self.cancel_button.setEnabled(self.editing)

    def _form_dirty_changed(self, dirty: bool) -> None:
        if dirty and not self.editing:
            self._set_editing(True)

    def start_editing(self) -> None:
        if self.record is None or self.record.get("deleted"):
            return
        self.tabs.setCurrentIndex(self.INFO_TAB)
        self._set_editing(True)
        self.form.setFocus(Qt.FocusReason.OtherFocusReason)
        focus = self.form.nextInFocusChain()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Cất: save the form; the form itself shows what is wrong if it cannot."""
        if not self.editing:
            return True
        try:
            result = self.form.save()
        except KtttError as exc:
            prompts.warn(self, self.tr("Chưa cất được"), exc.message())
            return False
        if result is None:
            return False
        self._set_editing(False)
        self._report(result.changes)
        return True

    def cancel_editing(self) -> None:
        """Hoãn: forget the changes and show the record as saved."""
        self._set_editing(False)
        self.reload()

    def is_dirty(self) -> bool:
        dirty = getattr(self.form, "is_dirty", None)
        if callable(dirty):
            return bool(dirty())
        if isinstance(dirty, bool):
            return dirty
        return self.editing

    def can_leave(self) -> bool:
        """Before showing something else: save, drop or keep unsaved edits (asked once)."""
        if not self.editing or not self.is_dirty():
            if self.editing:
                self.cancel_editing()
            return True
        if prompts.confirm(self, self.tr("Thay đổi chưa cất"),
                           self.tr("Thông tin tổ chức đã sửa nhưng chưa cất. Bỏ các thay đổi này?"),
                           yes=self.tr("Bỏ thay đổi")):
            self.cancel_editing()
            return True
        self.tabs.setCurrentIndex(self.INFO_TAB)
        return False

    def _back(self) -> None:
        if self.can_leave():
            self.back_requested.emit()

    def _previous(self) -> None:
        if self.can_leave():
            self.previous_requested.emit()

    def _next(self) -> None:
        if self.can_leave():
            self.next_requested.emit()

    # --- the verbs, for the window's toolbar -------------------------------------------------

    def verbs(self) -> PageVerbs:
        """On the first tab the organisation itself, on the others the selected row; nothing
        while the form is being edited, and nothing added to a deleted organisation."""
        child = self.current_child_type()
        has_selection = self.has_selection() and not self.editing
        deleted = has_selection and self.selection_deleted()
        return PageVerbs(
            can_add=not self.editing and not (self.record and self.record.get("deleted")),
            add_tip=self.tr("Thêm {noun} vào tổ chức này (Ctrl+N)").format(noun=noun_for(child or "member")),
            can_edit=has_selection and not deleted, can_delete=has_selection and not deleted,
            can_restore=deleted)

    def current_organization_id(self) -> str | None:
        return self.organization_id

    def escape(self) -> None:
        """Esc: Hoãn while editing (asking first if something was typed), else back to the list."""
        if self.editing:
            self.can_leave()
        else:
            self.back_requested.emit()

    def current_child_type(self) -> str | None:
        widget = self.tabs.currentWidget()
        for record_type, tab in self.child_tabs.items():
            if tab is widget:
                return record_type
        return None

    def add_record(self) -> None:
        """Thêm: a new member (worker, support) of this organisation, per the current tab."""
        self.add_child(self.current_child_type() or "member")

    def _on_selection(self, organization_verb: Callable[[], None],
                      child_verb: Callable[[str, str], None]) -> None:
        """A toolbar verb: on the first tab the organisation, else the selected child record."""
        child = self.current_child_type()
        if child is None:
            organization_verb()
            return
        record_id = self.child_tabs[child].current_record_id()
        if record_id:
            child_verb(child, record_id)

    def edit_record(self) -> None:
        self._on_selection(self.start_editing, self.edit_child)

    def delete_record(self) -> None:
        """Xóa: the selected child record, or on the first tab the organisation itself."""
        self._on_selection(self.delete_organization, self.delete_child)

    def restore_record(self) -> None:
        """Khôi phục: the selected deleted child record, or on the first tab the organisation."""
        self._on_selection(self.restore_organization, self.restore_child)

    def delete_organization(self) -> None:
        self._write_organization(delete_record)

    def restore_organization(self) -> None:
        """Bring the organisation back with the records deleted together with it."""
        self._write_organization(restore_record)

    def _write_organization(self, write: Callable[[Any, Any, str, str], Changes | None]) -> None:
        if self.organization_id is None:
            return
        changes = write(self, self.registry, "organization", self.organization_id)
        if changes is not None:
            self._report(changes)

    def restore_child(self, record_type: str, record_id: str) -> None:
        changes = restore_record(self, self.registry, record_type, record_id)
        self._after_write(changes, record_type, record_id)

    def selection_deleted(self) -> bool:
        """Whether what the verbs act on (the selected row, or the organisation) is deleted."""
        child = self.current_child_type()
        if child is None:
            return bool(self.record and self.record.get("deleted"))
        return self.child_tabs[child].selection_deleted()

    def has_selection(self) -> bool:
        child = self.current_child_type()
        if child is None:
            return self.organization_id is not None
        return self.child_tabs[child].current_record_id() is not None

    def add_child(self, record_type: str) -> None:
        if self.organization_id is None:
            return
        if self.record and self.record.get("deleted"):
            prompts.warn(self, self.tr("Tổ chức đã xóa"),
                         self.tr("Tổ chức này đã bị xóa; không thêm được bản ghi vào đó."))
            return
        if record_type == "status_change":
            self.record_status_decision()
            return
        self.tabs.setCurrentWidget(self.child_tabs[record_type])
        changes = open_record_dialog(self, self.registry, record_type,
                                     preset={"organization_id": self.organization_id})
        self._after_write(changes, record_type)

    def record_status_decision(self) -> None:
        """«Ghi quyết định về tình trạng…»: what happened to the organisation, from when; its
        status follows, and the decision is listed in «Tình trạng pháp lý»."""
        if self.organization_id is None:
            return
        if self.record and self.record.get("deleted"):
            prompts.warn(self, self.tr("Tổ chức đã xóa"),
                         self.tr("Tổ chức này đã bị xóa; không ghi được quyết định về tình trạng."))
            return
        if not self.can_leave():  # the form's unsaved edits first: the status is about to move
            return
        self.tabs.setCurrentWidget(self.child_tabs["status_change"])
        changes = record_status_decision(self, self.registry, self.organization_id)
        self._after_write(changes, "status_change")

    def edit_child(self, record_type: str, record_id: str) -> None:
        changes = open_record_dialog(self, self.registry, record_type, record_id=record_id,
                                     preset={"organization_id": self.organization_id})
        self._after_write(changes, record_type, record_id)

    def delete_child(self, record_type: str, record_id: str) -> None:
        changes = delete_record(self, self.registry, record_type, record_id)
        self._after_write(changes, record_type)

    def _after_write(self, changes: Changes | None, record_type: str, select_id: str | None = None) -> None:
        if changes is None:
            return
        self._report(changes)
        tab = self.child_tabs[record_type]
        ids = changes.records.get(record_type) or set()
        target = select_id or (next(iter(ids)) if len(ids) == 1 else None)
        if target and tab.model is not None and (row := tab.model.row_of(target)) is not None:
            tab.view.selectRow(row)

    def _report(self, changes: Changes) -> None:
        """Refresh this view, then tell the window (which refreshes the other pages); an
        organisation deleted here is left for the list."""
        self.apply_changes(changes)
        self.changed.emit(changes)
        if changes.touches("organization") and self.record and self.record.get("deleted"):
            self.back_requested.emit()

    def save_state(self, settings: QSettings | None = None) -> None:
        for tab in self.child_tabs.values():
            tab.save_state(settings)
