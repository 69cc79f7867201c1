"""Headline figures in the window: one way to write a figure and to say what it counts.

The overview's tiles and the dashboard both show figures defined in
`core.reports.headline`; writing them here once keeps the two pages reading alike, with the
same label, the same number and the same explanation in the tooltip.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from babel.numbers import format_decimal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kttt_desktop.core.formats import format_money
from kttt_desktop.core.plan.indicators import Indicator
from kttt_desktop.core.reports.headline import HeadlineRow
from kttt_desktop.ui.i18n import lang


def format_value(unit: str, value: float | None, with_unit: bool = True) -> str:
    """A figure as the window writes it: "1.250", "3,25 %", "25.000.000 đ" (without the "đ"
    when the label already says "(đồng)"); in English "1,250", "3.25 %", "25,000,000 VND", as
    the targets beside them and the printed report write them."""
    if value is None:
        return "—"
    english = lang() == "en"
    if unit == "percent":
        return f"{format_decimal(round(value, 2), locale='en' if english else 'vi_VN')} %"
    if english:
        text = format_decimal(int(round(value)), locale="en")
        return f"{text} VND" if unit == "vnd" and with_unit else text
    if unit == "vnd":
        return format_money(int(round(value)), with_unit=with_unit)
    return format_money(int(round(value)))


def figure_line(figure: Indicator, value: float | None) -> str:
    """"HTX đã đăng ký, mọi tình trạng: 13"; money without "đ", its label says "(đồng)"."""
    return f"{figure.label(lang())}: {format_value(figure.unit, value, with_unit=False)}"


def figure_tooltip(figures: Sequence[Indicator]) -> str:
    """Each figure's name in bold and what it counts (rich text, so that it wraps)."""
    return "".join(f"<p><b>{html.escape(figure.label(lang()))}</b>: {html.escape(figure.explanation(lang()))}</p>"
                   for figure in figures)


class FigureGrid(QWidget):
    """Figures as label and value, in two pairs of columns; hovering one says what it counts."""

    COLUMNS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(4)
        for column in range(self.COLUMNS):
            self._grid.setColumnStretch(2 * column, 1)

    def set_rows(self, rows: Sequence[HeadlineRow]) -> None:
        for number, row in enumerate(rows):
            if row.key not in self.labels:
                label, value = QLabel(self), QLabel(self)
                label.setWordWrap(True)
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                place, column = divmod(number, self.COLUMNS)
                self._grid.addWidget(label, place, 2 * column)
                self._grid.addWidget(value, place, 2 * column + 1)
                self.labels[row.key], self.values[row.key] = label, value
            tip = figure_tooltip([row.figure])
            self.labels[row.key].setText(row.figure.label(lang()))
            self.values[row.key].setText(format_value(row.figure.unit, row.value))
            self.labels[row.key].setToolTip(tip)
            self.values[row.key].setToolTip(tip)
