"""«Cần quan tâm»: the organisations that need attention, each with why and what was decided.

The officer works through it: opens an organisation (Enter or a double click) to record
its results or a decision, and prints the list for the meeting that decides. The list is
gathered in the background (`core.reports.attention_sheet`) on the chosen date, and read
again when an organisation, its members, yearly results, status decisions or support change.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Changes
from kttt_desktop.core.reports.attention_sheet import AttentionLine, AttentionSheet, attention_sheet
from kttt_desktop.ui import prompts, report_actions, styles
from kttt_desktop.ui.as_of_date import AsOfDate
from kttt_desktop.ui.background_read import BackgroundRead
from kttt_desktop.ui.busy import busy_cursor
from kttt_desktop.ui.flow_layout import FlowLayout
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.list_page import configure_table
from kttt_desktop.ui.models.rows import RowsTableModel
from kttt_desktop.ui.page import Page, PageVerbs
from kttt_desktop.ui.stale_page import StalePage, table_or_empty

# What the list is read from: a write to any of these may add, drop or reword a line.
WATCHED_TYPES = ("organization", "member", "annual_report", "status_change", "support")
# Organisation, commune, kind: a share of the table's width, never under a least width; the
# reasons and what was decided share the rest (every column wraps, rows grow to fit).
_SHARES = ((0.2, 150), (0.11, 90), (0.09, 80))

_STYLE = """
QLabel#pageTitle { font-size: 17pt; font-weight: 600; }
QLabel#emptyState { font-size: 12pt; }
""" + styles.rule("QLabel#hint", styles.NOTE) + styles.rule("QLabel#busy", styles.NOTE + " font-style: italic;") \
    + styles.rule("QLabel#problem", styles.ERROR_LINE) + styles.rule("QLabel#emptyState", styles.NOTE)


class AttentionTableModel(RowsTableModel):
    """One row per organisation: name, commune, kind, reasons, what was decided."""

    key = "organization_id"
    _FIELDS = ("name", "commune", "kind", "reasons", "decided")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Tổ chức"), self.tr("Xã"), self.tr("Loại hình"), self.tr("Lý do cần quan tâm"),
                         self.tr("Đã quyết định")]
        self._header_tips = ["", "", "", "", self.tr("Quyết định mới nhất về tình trạng và hỗ trợ trong 12 tháng qua")]

    def row_of(self, key: Any) -> int | None:
        return next((n for n, line in enumerate(self._rows) if line.organization_id == key), None)

    def cell(self, row: AttentionLine, column: int, role: int) -> Any:
        value = getattr(row, self._FIELDS[column])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return value or None
        if role == Qt.ItemDataRole.UserRole:
            return row.organization_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class AttentionPage(StalePage):
    """«Tổ chức cần quan tâm». `organization_requested(id)` asks the window to open one;
    `printed(document)` tells which document went to the print preview; `written(path)` a PDF."""

    organization_requested = Signal(str)
    sheet_ready = Signal(object)
    printed = Signal(object)
    written = Signal(object)

    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.sheet: AttentionSheet | None = None
        self._reader = BackgroundRead(registry, self)
        self._reader.answered.connect(self._show)
        self._reader.failed.connect(self._show_failure)
        self._reader.busy_changed.connect(self._set_busy)
        self.setStyleSheet(_STYLE)

        self.title = QLabel(self.tr("Tổ chức cần quan tâm"), self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self.tr(
            "Tổ chức xếp loại yếu, lỗ hai năm liền, có nợ quá hạn, chưa có kết quả năm trước, tạm ngừng quá "
            "12 tháng, không hoạt động tại địa chỉ đăng ký hoặc thiếu thành viên; bên cạnh là những gì đã "
            "quyết định. Nhấn Enter hoặc nhấp đúp để mở hồ sơ tổ chức."), self)
        self.subtitle.setObjectName("hint")
        self.subtitle.setWordWrap(True)

        self.as_of_box = AsOfDate(registry.today, self.tr("Danh sách được lập như vào cuối ngày này"), self)
        self.as_of_box.chosen.connect(self.refresh)

        self.refresh_button = QPushButton(self.tr("Làm mới"), self)
        self.refresh_button.setToolTip(self.tr("Lập lại danh sách"))
        self.refresh_button.clicked.connect(self.refresh)
        self.busy_label = QLabel(self.tr("Đang lập danh sách…"), self)
        self.busy_label.setObjectName("busy")
        self.busy_label.hide()
        self.print_button = QPushButton(self.tr("In danh sách…"), self)
        self.print_button.setToolTip(self.tr("Xem trước và in danh sách tổ chức cần quan tâm (khổ A4)"))
        self.print_button.clicked.connect(self.print_list)
        self.pdf_button = QPushButton(self.tr("Xuất PDF…"), self)
        self.pdf_button.setToolTip(self.tr("Ghi danh sách ra tệp PDF để gửi hoặc in sau"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.open_button = QPushButton(self.tr("Mở hồ sơ tổ chức"), self)
        self.open_button.setToolTip(self.tr("Mở hồ sơ của tổ chức đang chọn (Enter hoặc nhấp đúp)"))
        self.open_button.clicked.connect(self.open_selected_organization)
        self.toolbar_layout = FlowLayout()
        for widget in (self.as_of_box, self.refresh_button, self.busy_label, self.open_button, self.print_button,
                       self.pdf_button):
            self.toolbar_layout.addWidget(widget)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        self.model = AttentionTableModel(self)
        self.view = QTableView(self)
        configure_table(self.view)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)  # the reasons and decisions are sentences: shown whole
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        for column in range(len(_SHARES)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.view.doubleClicked.connect(lambda _index: self.open_selected_organization())
        self.view.installEventFilter(self)
        self.stack, self.empty_label = table_or_empty(
            self, self.view, self.tr("Không có tổ chức nào cần quan tâm vào ngày này."))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.toolbar_layout)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)
        self._selection_changed()

    # --- reading -------------------------------------------------------------------------

    @property
    def as_of(self) -> date:
        return self.as_of_box.day

    def set_as_of(self, day: date) -> None:
        """List on `day` (read at once, without waiting for typing to end)."""
        self.as_of_box.set_day(day)
        self.refresh()

    @property
    def busy(self) -> bool:
        return self._reader.busy

    def apply_changes(self, changes: Changes, origin: Page | None = None) -> None:
        """Results, decisions, members, support or the organisation itself change the list;
        the site's names change the printed heading."""
        if any(changes.touches(record_type) for record_type in WATCHED_TYPES) or changes.sync or changes.site:
            self.mark_stale()

    def refresh(self) -> None:
        """Gather the list for the chosen date in the background; it shows when ready."""
        self._stale = False
        self.as_of_box.settle()
        as_of, language = self.as_of, lang()
        self._reader.ask(lambda registry: attention_sheet(registry, as_of, language))

    def _set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.refresh_button.setEnabled(not busy)

    def _show_failure(self, exc: BaseException) -> None:
        message = exc.message() if isinstance(exc, KtttError) else str(exc)
        self.problem_label.setText(self.tr("Không lập được danh sách: {message}").format(message=message))
        self.problem_label.show()

    def _show(self, sheet: AttentionSheet) -> None:
        selected = self.current_organization_id()
        self.sheet = sheet
        self.problem_label.hide()
        self.model.set_rows(sheet.lines)
        self.stack.setCurrentWidget(self.view if sheet.lines else self.empty_label)
        self.count_label.setText(self.tr("{count} tổ chức cần quan tâm, tính đến ngày {day}").format(
            count=len(sheet.lines), day=sheet.as_of.strftime("%d/%m/%Y")))
        if sheet.lines:
            row = self.model.row_of(selected) if selected else None
            self.view.selectRow(row if row is not None else 0)
        self._selection_changed()
        self.sheet_ready.emit(sheet)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        width = self.view.viewport().width()
        for column, (share, least) in enumerate(_SHARES):
            self.view.setColumnWidth(column, max(least, int(width * share)))

    # --- the selected organisation ---------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_selected_organization()
            return True
        return super().eventFilter(watched, event)

    def current_organization_id(self) -> str | None:
        selection = self.view.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if not rows or not 0 <= rows[0].row() < self.model.rowCount():
            return None
        return self.model.row(rows[0].row()).organization_id

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.current_organization_id() is not None)
        self.verbs_changed.emit()

    def verbs(self) -> PageVerbs:
        return PageVerbs(can_open_organization=self.current_organization_id() is not None)

    def open_selected_organization(self) -> None:
        organization_id = self.current_organization_id()
        if organization_id is not None:
            self.organization_requested.emit(organization_id)

    # --- printing --------------------------------------------------------------------------

    def _printable(self) -> AttentionSheet | None:
        """The list shown, if it is the one of the chosen date; else say to wait."""
        if self.sheet is None or self.busy or self.sheet.as_of != self.as_of or self.as_of_box.pending:
            prompts.inform(self, self.tr("Danh sách đang được lập"),
                           self.tr("Hãy đợi danh sách hiện xong rồi in lại."))
            return None
        return self.sheet

    def print_list(self) -> None:
        """The print preview of the list shown (laid out here, on the GUI thread)."""
        from kttt_desktop.ui.printing.attention_document import attention_document, document_title

        sheet = self._printable()
        if sheet is None:
            return
        with busy_cursor():
            document = attention_document(sheet)
        self.printed.emit(document)
        report_actions.show_print_preview(self, document, document_title(sheet))

    def export_pdf(self) -> None:
        from kttt_desktop.ui.printing.attention_document import attention_document
        from kttt_desktop.ui.printing.pdf import write_pdf

        sheet = self._printable()
        if sheet is None:
            return
        path = prompts.choose_save_file(self, self.tr("Lưu danh sách PDF"), f"CanQuanTam_{sheet.as_of:%Y-%m-%d}.pdf",
                                        self.tr("Tệp PDF (*.pdf)"), prompts.PDF)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            with busy_cursor():
                written = write_pdf(attention_document(sheet), path)
        except KtttError as exc:
            prompts.warn(self, self.tr("Chưa xuất được"), exc.message())
            return
        self.written.emit(written)
        prompts.tell_written(self, self.tr("Đã xuất danh sách"), self.tr("Đã ghi tệp:\n{path}").format(path=written),
                             written)


__all__ = ["AttentionPage", "AttentionTableModel", "WATCHED_TYPES"]
