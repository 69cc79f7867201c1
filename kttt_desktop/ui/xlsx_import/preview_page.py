"""Step 3, «Xem trước»: what every row would do, and every problem with the sheet, row and
column to correct in the file. «Nhập» stays disabled while errors remain, unless the rows
in error are to be skipped."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kttt_desktop.core.xlsx.importer import CREATE, FAILED, UPDATE, ImportPreview
from kttt_desktop.ui import styles
from kttt_desktop.ui.list_page import configure_table
from kttt_desktop.ui.models.rows import RowsTableModel
from kttt_desktop.ui.stale_page import table_or_empty
from kttt_desktop.ui.xlsx_import.file_page import hint
from kttt_desktop.ui.xlsx_import.tables import (
    CountsModel,
    IssueModel,
    RowPlanModel,
    fit_columns,
    fit_whole,
)

if TYPE_CHECKING:
    from kttt_desktop.ui.xlsx_import.wizard import XlsxImportWizard


class PreviewPage(QWizardPage):
    def __init__(self, wizard: XlsxImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.preview: ImportPreview | None = None
        self.setTitle(self.tr("Xem trước"))
        self.setSubTitle(self.tr("Chưa có gì được ghi vào sổ. Kiểm tra rồi bấm «Nhập»."))

        self.counts_model = CountsModel(self)
        self.counts_view = QTableView(self)
        self.counts_view.setObjectName("counts")
        self.counts_view.setModel(self.counts_model)
        configure_table(self.counts_view)
        self.counts_view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.counts_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counts_view.horizontalHeader().setStretchLastSection(False)
        self.counts_view.horizontalHeader().setSectionsMovable(False)

        self.rows_model = RowPlanModel(self)
        self.rows_view = self._table(self.rows_model, "rows")
        self.issues_model = IssueModel(self)
        self.issues_view = self._table(self.issues_model, "issues")
        rows_stack, _ = table_or_empty(self, self.rows_view, self.tr("Không có hàng nào để nhập."))
        issues_stack, _ = table_or_empty(self, self.issues_view, self.tr("Không có lỗi hay lưu ý nào."))
        self._stacks = {self.rows_model: rows_stack, self.issues_model: issues_stack}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("preview_tabs")
        self.tabs.addTab(rows_stack, "")
        self.tabs.addTab(issues_stack, "")
        self.tabs.currentChanged.connect(self._show_detail)
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setMinimumHeight(2 * self.detail_label.fontMetrics().lineSpacing())
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.skip_box = QCheckBox(self.tr("&Bỏ qua các hàng có lỗi, nhập các hàng còn lại"), self)
        self.skip_box.setObjectName("skip_errors")
        self.skip_box.toggled.connect(lambda *_: self.completeChanged.emit())

        # The summary of twelve record types and the tabs need more height than a 1024×700
        # screen leaves the wizard: the page scrolls rather than draw one over the other.
        content = QWidget()
        content.setObjectName("preview_content")
        scroll = QScrollArea(self)
        scroll.setObjectName("preview_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts_view)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.skip_box)
        layout.addWidget(hint(self.tr(
            "Hàng có lỗi tô đỏ. Có thể sửa tệp Excel theo các ghi chú rồi nhập lại: hàng đã nhập sẽ không bị "
            "nhập trùng."), self))
        self.show_preview(None)

    def _table(self, model: RowPlanModel | IssueModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        configure_table(view)
        view.horizontalHeader().setSectionsMovable(False)
        view.selectionModel().currentRowChanged.connect(self._show_detail)
        return view

    def _show_detail(self, *_args: object) -> None:
        """The whole text of the chosen line, which the table cuts short."""
        view = (self.rows_view, self.issues_view)[max(self.tabs.currentIndex(), 0)]
        model = view.model()
        assert isinstance(model, (RowPlanModel, IssueModel))
        row = view.currentIndex().row()
        self.detail_label.setText(model.detail(row) if 0 <= row < model.rowCount() else "")

    # --- the preview ------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.show_preview(None)
        self.skip_box.setChecked(False)
        self._wizard.start_preview()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        self.show_preview(None)

    def show_preview(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        self.counts_model.set_counts(preview.counts() if preview is not None else {})
        fit_whole(self.counts_view)
        self.counts_view.setVisible(preview is not None)
        self.rows_model.set_preview(preview)
        self.issues_model.set_preview(preview)
        for view in (self.rows_view, self.issues_view):
            model = view.model()
            assert isinstance(model, RowsTableModel)
            stack = self._stacks[model]
            stack.setCurrentIndex(0 if view.model().rowCount() else 1)
            fit_columns(view)
            if view.model().rowCount():
                first = self.issues_model.first_error() if view is self.issues_view else 0
                view.setCurrentIndex(view.model().index(first, 0))
        errors = len(preview.errors) if preview is not None else 0
        warnings = len(preview.warnings) if preview is not None else 0
        self.tabs.setTabText(0, self.tr("Các hàng ({count})").format(count=self.rows_model.rowCount()))
        self.tabs.setTabText(1, self.tr("Lỗi ({errors}) và lưu ý ({warnings})").format(
            errors=errors, warnings=warnings))
        has_errors = preview is not None and preview.has_errors
        self.skip_box.setVisible(has_errors)
        self.summary_label.setText(self._summary())
        self.tabs.setCurrentIndex(1 if errors else 0)
        self._show_detail()
        self.completeChanged.emit()

    def _summary(self) -> str:
        preview = self.preview
        if preview is None:
            return html.escape(self.tr("Đang đọc và kiểm tra các hàng…"))
        writes = sum(1 for p in preview.rows if p.action in (CREATE, UPDATE))
        text = self.tr("Sẽ ghi {count} hàng vào sổ.").format(count=writes) if writes \
            else self.tr("Không có gì mới để ghi: mọi hàng đã có trong sổ như trong tệp.")
        if preview.has_errors:
            failed = sum(1 for p in preview.rows if p.action == FAILED)
            problem = self.tr("Có {errors} lỗi, ở {rows} hàng. Hãy sửa tệp Excel rồi nhập lại, hoặc đánh dấu «Bỏ "
                              "qua các hàng có lỗi» để nhập các hàng còn lại.").format(
                errors=len(preview.errors), rows=failed)
            return f"{html.escape(text)} {styles.colored(html.escape(problem), styles.ERROR_COLOR)}"
        return html.escape(text)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if self.preview is None or self._wizard.operation is not None:
            return False
        return not self.preview.has_errors or self.skip_box.isChecked()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """«Nhập»: write in the background; the wizard closes itself when done."""
        return self._wizard.start_apply()
