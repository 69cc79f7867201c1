"""The totals row at the foot of a list: «Tổng cộng» and the sums under money and count columns.

Officers used to MISA and HTKK read a list's totals at its foot. The row is drawn under the
table, each figure under its own column (following the officer's resizing, moving and
sideways scrolling), formatted like the cells above it. The figures come from
`RecordTableModel.totals`: SQLite's sums over everything the search and filters show, not
only the rows on screen. A list without money or count columns has no totals row.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTableView, QWidget

from kttt_desktop.ui.models.columns import Kind
from kttt_desktop.ui.models.record_table import RecordTableModel

CELL_PADDING = 6  # pixels left and right of a figure, as the table's own cells leave


def total_label() -> str:
    return QCoreApplication.translate("TotalsBar", "Tổng cộng")


class TotalsBar(QWidget):
    """One row under `view`, aligned with its columns; `attach` a model to fill it."""

    def __init__(self, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsBar")
        self.view = view
        self.model: RecordTableModel | None = None
        self._texts: dict[int, str] = {}  # column number -> text drawn under it
        self._figures: frozenset[int] = frozenset()  # the columns whose text is a figure
        self._font = QFont(self.font())
        self._font.setBold(True)
        self.setFixedHeight(QFontMetrics(self._font).height() + 10)
        header = view.horizontalHeader()
        header.sectionResized.connect(self._follow)
        header.sectionMoved.connect(self._follow)
        header.geometriesChanged.connect(self._follow)
        view.horizontalScrollBar().valueChanged.connect(self._follow)
        self.hide()

    def attach(self, model: RecordTableModel) -> None:
        """Show the totals of `model`, read again whenever its query runs."""
        self.model = model
        model.query_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        model = self.model
        if model is None:
            return
        totals = model.totals()
        self.setVisible(bool(totals))
        self._figures = frozenset(totals)
        if not totals:
            self._texts = {}
            return
        self._texts = {number: model.columns[number].display({model.columns[number].key: value})
                       for number, value in totals.items()}
        self._texts[self._label_column(model, totals)] = total_label()
        self._fit_columns()
        self.setAccessibleName(total_label())
        self.setAccessibleDescription("; ".join(
            f"{model.columns[number].title}: {text}" for number, text in sorted(self._texts.items())
            if number in totals))
        self.update()

    def texts(self) -> dict[str, str]:
        """What the row says, by column key ("" where it says nothing): for tests and readers."""
        if self.model is None:
            return {}
        return {column.key: self._texts.get(number, "") for number, column in enumerate(self.model.columns)}

    @staticmethod
    def _label_column(model: RecordTableModel, totals: dict[int, int]) -> int:
        """«Tổng cộng» goes under the name (the column sorted by name), else the first column
        that has no figure and is not STT."""
        for number, column in enumerate(model.columns):
            if column.sort == "sort_name":
                return number
        return next(number for number, column in enumerate(model.columns)
                    if number not in totals and column.kind != Kind.ROW_NUMBER)

    def drawn_texts(self) -> dict[str, str]:
        """What the row paints, by column key, after eliding to the column widths: for tests."""
        if self.model is None:
            return {}
        metrics = QFontMetrics(self._font)
        header = self.view.horizontalHeader()
        return {self.model.columns[number].key: self._fitted(number, text, metrics, header.sectionSize(number))
                for number, text in self._texts.items()}

    def _fitted(self, number: int, text: str, metrics: QFontMetrics, section_width: int) -> str:
        """The text as drawn in a column `section_width` wide: a label may be elided, a figure never."""
        if number in self._figures:
            return text
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, section_width - 2 * CELL_PADDING)

    def _fit_columns(self) -> None:
        """A column narrower than its total or than «Tổng cộng» is widened: a figure is never
        cut, and the label reads in full even under a narrow column such as Năm."""
        metrics = QFontMetricsF(self._font)  # eliding measures in fractions of a pixel
        header = self.view.horizontalHeader()
        for number, text in self._texts.items():
            need = math.ceil(metrics.horizontalAdvance(text)) + 2 * CELL_PADDING
            if header.sectionSize(number) < need:
                header.resizeSection(number, need)

    def _follow(self, *_: object) -> None:
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Button))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, 0, self.width(), 0)
        if self.model is None or not self._texts:
            painter.end()
            return
        header = self.view.horizontalHeader()
        viewport = self.view.viewport()
        # The view and this row share a parent: the viewport's left edge, in this row's terms.
        left = self.view.x() + viewport.x() - self.x()
        painter.setClipRect(QRect(left, 0, viewport.width(), self.height()))
        painter.setFont(self._font)
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        metrics = painter.fontMetrics()
        for number, text in self._texts.items():
            if header.isSectionHidden(number):
                continue
            cell = QRect(left + header.sectionViewportPosition(number) + CELL_PADDING, 0,
                         header.sectionSize(number) - 2 * CELL_PADDING, self.height())
            column = self.model.columns[number]
            painter.drawText(cell, int(column.alignment),
                             self._fitted(number, text, metrics, header.sectionSize(number)))
        painter.end()
