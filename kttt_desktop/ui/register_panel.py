"""The dashboard's registers: managers trained to standard, people trained this year by topic,
loans by lender, OCOP products by stars and value-chain contracts by stage, and (at an upper
level) each commune's figures.

Everything shown comes from the report's `RegisterFigures` and `UnitRow.registers`, named by
`core.reports.registers` like the printed report and its spreadsheet. The blocks sit side by
side as the page's width allows, so a small screen shows them one under the other.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from kttt_desktop.core.plan.indicators import REGISTER_KEYS
from kttt_desktop.core.reports.registers import (
    CONTRACTS_IN_FORCE,
    LOANS_OUTSTANDING,
    LOANS_OUTSTANDING_REGISTER,
    LOANS_OVERDUE,
    MANAGERS_TRAINED,
    MANAGERS_TRAINED_SHARE,
    OCOP_STARS,
    REGISTER_COLUMNS,
    TRAINED_THIS_YEAR,
    Own,
    RegisterFigures,
    register_text,
)
from kttt_desktop.core.reports.summary import ReportData
from kttt_desktop.ui.charts import format_millions
from kttt_desktop.ui.figures import format_value
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.models.commune_rows import CommuneTableModel

BLOCK_MIN_WIDTH = 300  # a block's narrowest useful width; fewer columns below it
MAX_COLUMNS = 2
_CARD_STYLE = "QFrame#registerBlock { border: 1px solid #D0D0D0; border-radius: 4px; background: #FAFAFA; }"


def _words(key: str) -> str:
    return str(register_text(key, lang()))


def _tooltip(figures: list[Own], notes: dict[int, str] | None = None) -> str:
    """Each figure's name in bold and what it counts (`notes` replaces a figure's own note)."""
    notes = notes or {}
    return "".join(f"<p><b>{html.escape(figure.label(lang()))}</b>: "
                   f"{html.escape(notes.get(id(figure), figure.note(lang())))}</p>" for figure in figures)


def _table(rows: Sequence[tuple[str, ...]], total: tuple[str, ...] | None = None) -> str:
    """Rows of a label and right-aligned figures, the total in bold, as rich text."""
    def line(cells: tuple[str, ...], bold: bool = False) -> str:
        tag = ("<b>", "</b>") if bold else ("", "")
        first, *numbers = cells
        return ("<tr><td>" + tag[0] + html.escape(first) + tag[1] + "</td>"
                + "".join(f'<td align="right">&nbsp;&nbsp;{tag[0]}{html.escape(n)}{tag[1]}</td>' for n in numbers)
                + "</tr>")
    body = "".join(line(row) for row in rows) + (line(total, bold=True) if total else "")
    return f'<table width="100%" cellspacing="0" cellpadding="1">{body}</table>'


class RegisterBlock(QFrame):
    """A framed block: a bold title, then rich text (figures or a small table)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerBlock")
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)

    def fill(self, title: str, body: str, tooltip: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.setToolTip(tooltip)


class RegisterPanel(QWidget):
    """The registers' figures of the whole site, in framed blocks that wrap with the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_CARD_STYLE)
        self.managers = RegisterBlock(self)
        self.trained = RegisterBlock(self)
        self.loans = RegisterBlock(self)
        self.ocop = RegisterBlock(self)
        self.contracts = RegisterBlock(self)
        # Short blocks side by side first; the loans' table, the widest, across the width last.
        self.blocks = [self.managers, self.ocop, self.trained, self.contracts, self.loans]
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(10)
        self._columns = 0
        self._arrange(1)

    def set_figures(self, figures: RegisterFigures) -> None:
        money = lambda value: format_millions(value / 1_000_000)  # noqa: E731 - a short alias
        share = format_value("percent", figures.managers_share) if figures.managers_share is not None else "—"
        self.managers.fill(
            _words("managers"),
            _table([(str(register_text("managers_line", lang())).format(
                trained=format_value("count", figures.managers_trained),
                in_post=format_value("count", figures.managers_in_post)), share)]),
            _tooltip([MANAGERS_TRAINED, MANAGERS_TRAINED_SHARE]))
        topics = [(label, format_value("count", people)) for label, people in figures.trained_by_topic]
        self.trained.fill(
            _words("trained"),
            _table(topics, (_words("total"), format_value("count", figures.trained_this_year)))
            if topics else html.escape(_words("none")),
            _tooltip([TRAINED_THIS_YEAR]))
        if figures.loan_register:
            lenders = [(label, money(outstanding), money(overdue))
                       for label, _, outstanding, overdue in figures.loans_by_lender]
            in_millions = QCoreApplication.translate("RegisterPanel", "{header} (tr. đ)")
            body = _table([(_words("lender"), in_millions.format(header=_words("outstanding")),
                            in_millions.format(header=_words("overdue"))), *lenders],
                          (_words("total"), money(figures.loans_outstanding), money(figures.loans_overdue)))
            tip = _tooltip([LOANS_OUTSTANDING, LOANS_OVERDUE],
                           {id(LOANS_OUTSTANDING): str(LOANS_OUTSTANDING_REGISTER[1 if lang() == "en" else 0])})
        else:
            body = html.escape(_words("no_loan_register"))
            tip = html.escape(_words("no_loan_register"))
        self.loans.fill(_words("loans"), body, tip)
        self.ocop.fill(_words("ocop"),
                       _table([(str(register_text("stars_value", lang())).format(stars=stars),
                                format_value("count", count)) for stars, count in figures.ocop_by_stars]),
                       _tooltip([OCOP_STARS[3]]))
        stages = [(label, format_value("count", count)) for label, count in figures.contracts_by_stage]
        self.contracts.fill(
            _words("contracts"),
            _table(stages, (_words("total"), format_value("count", figures.contracts_in_force)))
            if stages else html.escape(_words("none")),
            _tooltip([CONTRACTS_IN_FORCE]))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange(max(1, min(MAX_COLUMNS, (event.size().width() + 10) // (BLOCK_MIN_WIDTH + 10))))

    def _arrange(self, columns: int) -> None:
        """The blocks `columns` to a row, in reading order."""
        if columns == self._columns:
            return
        self._columns = columns
        for block in self.blocks:
            self._grid.removeWidget(block)
        for column in range(MAX_COLUMNS):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        *paired, widest = self.blocks
        for number, block in enumerate(paired):
            self._grid.addWidget(block, number // columns, number % columns)
        self._grid.addWidget(widest, (len(paired) + columns - 1) // columns, 0, 1, columns)


def two_lines(header: str) -> str:
    """A column's header folded at the space nearest its middle, so that seven figures and the
    communes' names fit the width of a small screen."""
    spaces = [index for index, char in enumerate(header) if char == " "]
    if not spaces:
        return header
    middle = min(spaces, key=lambda index: abs(index - len(header) / 2))
    return f"{header[:middle]}\n{header[middle + 1:]}"


class RegisterUnitTableModel(CommuneTableModel):
    """One row per commune below this site with its registers' figures, then the total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = register_text("unit_headers", lang())
        self._headers = [self.tr("Xã / đơn vị")] + [two_lines(
            self.tr("{header} (tr. đ)").format(header=names[key]) if key.endswith("_vnd") else names[key])
            for key in REGISTER_KEYS]

    def set_report(self, report: ReportData, total_label: str) -> None:
        """Rows (unit code, name, figures): each commune, then the site's total (code None)."""
        self.set_communes([(row.unit_code, row.name, row.registers) for row in report.unit_rows], total_label,
                          report.registers.totals if report.registers is not None else {})

    def header_tooltip(self, column: int) -> str | None:
        return _tooltip([REGISTER_COLUMNS[REGISTER_KEYS[column - 1]]])

    def figure(self, values: dict[str, Any], column: int) -> str:
        key = REGISTER_KEYS[column - 1]
        value = values.get(key, 0)
        return format_millions(value / 1_000_000) if key.endswith("_vnd") else format_value("count", value)
