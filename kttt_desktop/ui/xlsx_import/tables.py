"""The preview's tables: counts per record type, one line per row of the file, and every
problem with the sheet, row and column where the officer will find it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView, QWidget

from kttt_desktop.core.xlsx.importer import FAILED, UPDATE, ImportPreview, RowPlan
from kttt_desktop.ui import styles
from kttt_desktop.ui.models.rows import RowsTableModel
from kttt_desktop.ui.xlsx_import import texts

BAD = QColor(styles.ERROR_COLOR)
BAD_BACKGROUND = QColor(styles.ERROR_BACKGROUND)
WARN = QColor(styles.WARNING_COLOR)
MUTED = QColor(styles.MUTED_COLOR)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CountsModel(RowsTableModel):
    """Per record type: rows to create, update, leave unchanged, and rows in error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys = list(texts.count_headers())
        self._headers = [self.tr("Loại bản ghi"), *texts.count_headers().values()]

    def set_counts(self, counts: dict[str, dict[str, int]]) -> None:
        self.set_rows([{"id": record_type, **numbers} for record_type, numbers in counts.items()])

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if column == 0:
            return texts.record_type_label(row["id"]) if role == Qt.ItemDataRole.DisplayRole else None
        key = self._keys[column - 1]
        value = int(row.get(key, 0))
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if not value:
                return QBrush(MUTED)
            return QBrush(BAD) if key == "rejected" else None
        return None


def _detail(plan: RowPlan) -> str:
    """What the row's last column says: its problems, else the fields an update changes."""
    if plan.issues:
        return "; ".join(issue.message for issue in plan.issues)
    if plan.action == UPDATE and plan.changes:
        return texts.changes_text(plan.record_type, list(plan.changes))
    return ""


class RowPlanModel(RowsTableModel):
    """One line per row of the file that holds a record; rows in error stand out in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Sheet"), self.tr("Hàng"), self.tr("Loại bản ghi"), self.tr("Sẽ làm"),
                         self.tr("Tên"), self.tr("Chi tiết")]

    def set_preview(self, preview: ImportPreview | None) -> None:
        rows = preview.rows if preview is not None else []
        self.set_rows([{"id": n, "plan": plan, "detail": _detail(plan)} for n, plan in enumerate(rows)])

    def plan(self, number: int) -> RowPlan:
        return self.row(number)["plan"]

    def detail(self, number: int) -> str:
        """The whole of one line, for the box under the table."""
        row = self.row(number)
        plan: RowPlan = row["plan"]
        head = texts.where_text(plan.sheet, plan.row)
        if plan.title:
            head += f" — {plan.title}"
        text = "\n".join(issue.message for issue in plan.issues) or row["detail"] or texts.action_label(plan.action)
        return f"{head}: {text}"

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        plan: RowPlan = row["plan"]
        if role == Qt.ItemDataRole.DisplayRole:
            return (plan.sheet, str(plan.row), texts.record_type_label(plan.record_type),
                    texts.action_label(plan.action), plan.title, row["detail"])[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and row["detail"]:
            return "\n".join(issue.message for issue in plan.issues) or row["detail"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and plan.action == FAILED:
            return QBrush(BAD_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if plan.action == FAILED and column in (3, 5):
                return QBrush(BAD)
            if column == 5 and plan.issues:
                return QBrush(WARN)
        return None


class IssueModel(RowsTableModel):
    """Every error and warning of the file: those of whole sheets first, then row by row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Sheet"), self.tr("Hàng"), self.tr("Cột"), self.tr("Mức"), self.tr("Nội dung")]

    def set_preview(self, preview: ImportPreview | None) -> None:
        issues = preview.issues if preview is not None else []
        self.set_rows([{"id": n, "issue": issue} for n, issue in enumerate(issues)])

    def detail(self, number: int) -> str:
        issue = self.row(number)["issue"]
        return f"{texts.where_text(issue.sheet, issue.row, texts.column_text(issue))}: {issue.message}"

    def first_error(self) -> int:
        """The line of the first error (the one to look at first), or 0."""
        return next((n for n, r in enumerate(self._rows) if r["issue"].is_error), 0)

    def located(self) -> list[tuple[str, int | None, str | None, str, str]]:
        """(sheet, row, column letter, code, severity) of every problem listed, as tests state them."""
        return [(i.sheet, i.row, i.column, i.code, i.severity) for i in (r["issue"] for r in self._rows)]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        issue = row["issue"]
        if role == Qt.ItemDataRole.DisplayRole:
            return (issue.sheet, "" if issue.row is None else str(issue.row), texts.column_text(issue),
                    texts.severity_label(issue), issue.message)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return issue.message
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column in (3, 4):
            return QBrush(BAD if issue.is_error else WARN)
        if role == Qt.ItemDataRole.BackgroundRole and issue.is_error:
            return QBrush(BAD_BACKGROUND)
        return None


def fit_columns(view: QTableView, widest: int = 240) -> None:
    """Columns as wide as their contents, except the last, which takes what is left."""
    for column in range(view.model().columnCount() - 1):
        view.resizeColumnToContents(column)
        view.setColumnWidth(column, min(view.columnWidth(column), widest))


def fit_whole(view: QTableView) -> None:
    """A small table shown whole: as wide and tall as its cells, no scroll bar."""
    view.resizeColumnsToContents()
    width = sum(view.columnWidth(c) for c in range(view.model().columnCount())) + 2 * view.frameWidth()
    view.setMaximumWidth(width)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    view.setFixedHeight(height)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
