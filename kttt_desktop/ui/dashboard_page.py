"""Báo cáo – chỉ tiêu: each indicator against its 2030 and 2045 targets, and the charts.

The page shows exactly what the printed report says: both come from one
`summary.build_report` call, which runs on a background thread with its own connection
(at a district or province it reads every member). The window stays usable meanwhile; the
page says "Đang tính…" and shows the figures when they arrive. A refresh asked for while
one is running is done right after it, so the page never shows a stale date.

At an upper level the page also lists the figures of each commune below it, with the
total; choosing a commune shows its indicators against its own targets.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.plan.indicators import INDICATORS
from kttt_desktop.core.plan.targets import HORIZONS, Progress, Target
from kttt_desktop.core.registry import Changes
from kttt_desktop.core.reports.summary import (
    IndicatorRow,
    ReportData,
    build_report,
    indicator_rows,
)
from kttt_desktop.ui import styles
from kttt_desktop.ui.as_of_date import AsOfDate
from kttt_desktop.ui.background_read import BackgroundRead
from kttt_desktop.ui.charts import ChartWidget, format_millions, report_charts
from kttt_desktop.ui.figures import FigureGrid, figure_tooltip, format_value
from kttt_desktop.ui.flow_layout import FlowLayout
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.list_page import configure_table
from kttt_desktop.ui.models.commune_rows import CommuneTableModel
from kttt_desktop.ui.models.rows import RowsTableModel
from kttt_desktop.ui.page import Page
from kttt_desktop.ui.register_panel import RegisterPanel, RegisterUnitTableModel, two_lines
from kttt_desktop.ui.stale_page import StalePage

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

CHART_COLUMNS = 3
CHART_MIN_WIDTH = 260  # a chart's own minimum width (ChartWidget)
CHART_HEIGHT = 290
MAX_UNIT_ROWS_SHOWN = 16

STATE_COLORS = {
    "reached": "#2E7D32",
    "on_track": "#1E9E8F",
    "behind": "#E8710A",
    "no_target": "#9E9E9E",
    "not_allocated": "#9E9E9E",
    "no_data": "#9E9E9E",
}
TRACK_COLOR = "#E6E6E6"
EXPECTED_MARK_COLOR = "#555555"

# The columns of the per-commune table: the indicators an officer compares communes by.
UNIT_COLUMNS = ("htx_count", "htx_members", "tht_count", "tht_members", "union_count", "jobs",
                "population_share", "support_amount")

_STYLE = """
QLabel#pageTitle { font-size: 17pt; font-weight: 600; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; margin-top: 8px; }
""" + styles.rule("QLabel#hint", styles.NOTE) + styles.rule("QLabel#busy", styles.NOTE + " font-style: italic;") \
    + styles.rule("QLabel#problem", styles.ERROR_LINE)


def state_label(state: str) -> str:
    return {
        "reached": QCoreApplication.translate("DashboardPage", "Đã đạt"),
        "on_track": QCoreApplication.translate("DashboardPage", "Đúng tiến độ"),
        "behind": QCoreApplication.translate("DashboardPage", "Chậm tiến độ"),
        "no_target": QCoreApplication.translate("DashboardPage", "Chưa có chỉ tiêu"),
        "not_allocated": QCoreApplication.translate("DashboardPage", "Chưa được giao chỉ tiêu"),
        "no_data": QCoreApplication.translate("DashboardPage", "Chưa có số liệu"),
    }.get(state, state)


def progress_tooltip(progress: Progress) -> str:
    """What the bar means in words: how much is done, and how much the calendar expects."""
    state = state_label(progress.state)
    if progress.state == "not_allocated":
        return QCoreApplication.translate(
            "DashboardPage", "Cấp trên chưa giao chỉ tiêu năm này cho đơn vị; chỉ tiêu của cấp trên chỉ để tham khảo.")
    if progress.target is None:
        return QCoreApplication.translate("DashboardPage", "Chưa có chỉ tiêu cho năm này.")
    if progress.percent is None:
        return QCoreApplication.translate("DashboardPage", "Chưa có số liệu để so với chỉ tiêu {target}.").format(
            target=progress.target.describe(lang()))
    if progress.is_rate:
        text = QCoreApplication.translate("DashboardPage", "{state}: {progress} so với chỉ tiêu {target}.").format(
            state=state, progress=progress.text(lang()), target=progress.target.describe(lang()))
    else:
        text = QCoreApplication.translate("DashboardPage", "{state}: đạt {percent} % chỉ tiêu {target}.").format(
            state=state, percent=progress.percent, target=progress.target.describe(lang()))
    if progress.baseline is not None:
        text += " " + QCoreApplication.translate(
            "DashboardPage", "Tính từ số liệu năm gốc {baseline} ({how}, ngày {day}).").format(
            baseline=format_value(progress.indicator.unit, progress.baseline),
            how=QCoreApplication.translate("DashboardPage", "đếm từ sổ") if progress.baseline_counted else
            QCoreApplication.translate("DashboardPage", "nhập tay"),
            day=progress.target.base_date.strftime("%d/%m/%Y"))
    if progress.state != "reached" and progress.expected_ratio is not None:
        text += " " + QCoreApplication.translate(
            "DashboardPage", "Theo thời gian của kế hoạch, đến nay cần khoảng {expected} %.").format(
            expected=round(100 * progress.expected_ratio))
    return text


class IndicatorTableModel(RowsTableModel):
    """Indicator | actual | target 2030 | progress 2030 | target 2045 | progress 2045."""

    INDICATOR, ACTUAL = 0, 1
    STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # "reached", "on_track", "behind", "no_target", "no_data"
    PERCENT_ROLE = Qt.ItemDataRole.UserRole + 2  # int or None
    EXPECTED_ROLE = Qt.ItemDataRole.UserRole + 3  # 0..1 or None: where the calendar says one should be

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Chỉ tiêu"), self.tr("Thực hiện")]
        for year in HORIZONS:
            self._headers += [self.tr("Mục tiêu {year}").format(year=year),
                              self.tr("Tiến độ {year}").format(year=year)]

    @staticmethod
    def target_column(year: int) -> int:
        return 2 + 2 * HORIZONS.index(year)

    @staticmethod
    def progress_column(year: int) -> int:
        return 3 + 2 * HORIZONS.index(year)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            if section == self.INDICATOR:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            if section == self.ACTUAL or section in (self.target_column(y) for y in HORIZONS):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().headerData(section, orientation, role)

    def cell(self, row: IndicatorRow, column: int, role: int) -> Any:
        if column == self.INDICATOR:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.indicator.label(lang())
            if role == Qt.ItemDataRole.ToolTipRole:
                return figure_tooltip([row.indicator])
            return None
        if column == self.ACTUAL:
            if role == Qt.ItemDataRole.DisplayRole:
                return format_value(row.indicator.unit, row.actual)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole and row.actual is None:
                return self.tr("Chưa tính được: hãy nhập số dân ở «Chỉ tiêu kế hoạch…».") \
                    if row.indicator.key == "population_share" else None
            return None
        year = HORIZONS[(column - 2) // 2]
        progress = row.by_horizon[year]
        if column == self.target_column(year):
            if role == Qt.ItemDataRole.DisplayRole:
                return progress.target.describe(lang()) if progress.target else "—"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._target_tooltip(row, year)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return progress.text(lang()) or state_label(progress.state)
        if role == Qt.ItemDataRole.ToolTipRole:
            return progress_tooltip(progress)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATE_COLORS[progress.state]))
        if role == self.STATE_ROLE:
            return progress.state
        if role == self.PERCENT_ROLE:  # a rate says itself in points, without a bar
            return None if progress.is_rate else progress.percent
        if role == self.EXPECTED_ROLE:
            return progress.expected_ratio
        return None


    def _target_tooltip(self, row: IndicatorRow, year: int) -> str | None:
        """The target's document, and the upper level's target and figure beside it (context)."""
        target = row.by_horizon[year].target
        lines = [target.basis] if target is not None and target.basis else []
        above = row.context.get(year)
        if above is not None:
            lines.append(self.tr("Chỉ tiêu của cấp trên: {target}{actual} (chỉ để tham khảo)").format(
                target=above.describe(lang()),
                actual="" if row.context_actual is None else self.tr("; toàn địa bàn hiện có {value}").format(
                    value=format_value(row.indicator.unit, row.context_actual))))
        return "\n".join(lines) or None


class ProgressDelegate(QStyledItemDelegate):
    """A progress cell: the percentage, then a bar in the colour of its state, with a small
    mark where the plan's calendar says the indicator should be by now."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        state = index.data(IndicatorTableModel.STATE_ROLE)
        percent = index.data(IndicatorTableModel.PERCENT_ROLE)
        expected = index.data(IndicatorTableModel.EXPECTED_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        color = QColor(STATE_COLORS.get(state or "no_target", STATE_COLORS["no_target"]))
        rect = QRectF(option.rect).adjusted(6, 0, -8, 0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if percent is None:  # words only: folded onto the row's lines, else cut with "…"
            painter.setPen(color)
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
            if option.fontMetrics.boundingRect(rect.toRect(), flags, text).height() > rect.height():
                flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                text = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
            painter.drawText(rect, flags, text)
            painter.restore()
            return
        metrics = option.fontMetrics
        text_width = metrics.horizontalAdvance("1000 %") + 4
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(color)
        painter.drawText(QRectF(rect.left(), rect.top(), text_width, rect.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        bar_height = max(6.0, min(12.0, rect.height() * 0.4))
        track = QRectF(rect.left() + text_width + 8, rect.center().y() - bar_height / 2,
                       max(10.0, rect.width() - text_width - 8), bar_height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TRACK_COLOR))
        painter.drawRoundedRect(track, bar_height / 2, bar_height / 2)
        filled = QRectF(track.left(), track.top(), track.width() * min(1.0, max(0.0, percent / 100)), bar_height)
        if filled.width() > 0:
            painter.setBrush(color)
            painter.drawRoundedRect(filled, bar_height / 2, bar_height / 2)
        if expected is not None and state != "reached":
            x = track.left() + track.width() * min(1.0, max(0.0, expected))
            painter.setPen(QPen(QColor(EXPECTED_MARK_COLOR), 2))
            painter.drawLine(QPointF(x, track.top() - 3), QPointF(x, track.bottom() + 3))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """One line for a bar; words only (a rate and its gap) as many lines as they fold
        into at the column's width, so that the row grows to show them whole."""
        height = option.fontMetrics.height()
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if index.data(IndicatorTableModel.PERCENT_ROLE) is None and text and option.rect.width() > 14:
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
            height = option.fontMetrics.boundingRect(QRect(0, 0, option.rect.width() - 14, 10_000), flags,
                                                     text).height()
        return QSize(180, height + 12)


class UnitTableModel(CommuneTableModel):
    """One row per commune below this site with its indicators, then the total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._units = {ind.key: ind for ind in INDICATORS}
        self._headers = [self.tr("Xã / đơn vị")] + [two_lines(self._short(key)) for key in UNIT_COLUMNS]

    def _short(self, key: str) -> str:
        return {
            "htx_count": self.tr("HTX"), "htx_members": self.tr("TV HTX"), "tht_count": self.tr("THT"),
            "tht_members": self.tr("TV THT"), "union_count": self.tr("LHHTX"), "jobs": self.tr("LĐ thường xuyên"),
            "population_share": self.tr("% dân số"), "support_amount": self.tr("Hỗ trợ (tr. đ)"),
        }[key]

    def set_report(self, report: ReportData, total_label: str) -> None:
        """Rows (unit code, name, figures): each commune, then the total (code None)."""
        self.set_communes([(row.unit_code, row.name, row.values) for row in report.unit_rows], total_label,
                          report.snapshot.total)

    def header_tooltip(self, column: int) -> str | None:
        return figure_tooltip([self._units[UNIT_COLUMNS[column - 1]]])

    def figure(self, values: dict[str, Any], column: int) -> str:
        key = UNIT_COLUMNS[column - 1]
        value = values.get(key)
        if key == "support_amount":
            return format_millions((value or 0) / 1_000_000)
        if key == "population_share":
            return format_value("percent", value).replace(" %", "") if value is not None else "—"
        return format_value(self._units[key].unit, value)


def _compute(registry: Registry, as_of: date, language: str) -> tuple[ReportData, dict[str, list[Target]]]:
    """The report, and every target this site knows (a commune's own ones, for the selector)."""
    report = build_report(registry, as_of, language)
    by_unit: dict[str, list[Target]] = {}
    for target in registry.targets():
        by_unit.setdefault(target.unit_code, []).append(target)
    return report, by_unit


def _fixed_height(view: QTableView, rows: int) -> None:
    """Size a table to show `rows` rows without its own scroll bar (the page scrolls), and the
    sideways scroll bar too when its columns are wider than it (else it would hide a row)."""
    height = view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
    if view.horizontalHeader().length() > view.viewport().width():
        height += view.horizontalScrollBar().sizeHint().height()
    view.setFixedHeight(height + 2 * view.frameWidth() + 2)


def _figures_fit(view: QTableView) -> None:
    """The communes' names take the room left; each figure's column is as wide as its folded
    heading or its widest figure, the heading shown whole on its two lines."""
    header = view.horizontalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideNone)  # eliding would join the two lines into one
    header.setSectionsMovable(False)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, view.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


class DashboardPage(StalePage):
    """The indicators against their targets, the charts and, at an upper level, each commune."""

    edit_targets_requested = Signal()
    report_ready = Signal(object)  # the ReportData now shown (for printing and export)

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.report: ReportData | None = None
        self._targets_by_unit: dict[str, list[Target]] = {}
        self._reader = BackgroundRead(registry, self)
        self._reader.answered.connect(self._show)
        self._reader.failed.connect(self._show_failure)
        self._reader.busy_changed.connect(self._set_busy)
        self.setStyleSheet(_STYLE)

        self.title = QLabel(self.tr("Báo cáo – chỉ tiêu"), self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("hint")

        self.as_of_box = AsOfDate(registry.today, self.tr("Số liệu được tính như vào cuối ngày này"), self)
        self.as_of_box.chosen.connect(self.refresh)
        self.date_edit = self.as_of_box.date_edit

        self.refresh_button = QPushButton(self.tr("Làm mới"), self)
        self.refresh_button.setToolTip(self.tr("Tính lại các số liệu"))
        self.refresh_button.clicked.connect(self.refresh)
        self.busy_label = QLabel(self.tr("Đang tính…"), self)
        self.busy_label.setObjectName("busy")
        self.busy_label.hide()
        self.targets_button = QPushButton(self.tr("Chỉ tiêu kế hoạch…"), self)
        self.targets_button.setToolTip(self.tr("Xem, sửa chỉ tiêu năm 2030, 2045 và số dân"))
        self.targets_button.clicked.connect(self.edit_targets_requested)
        # One row that wraps on a narrow screen, the window's print and export buttons last.
        self.toolbar_layout = FlowLayout()
        for widget in (self.as_of_box, self.refresh_button, self.busy_label, self.targets_button):
            self.toolbar_layout.addWidget(widget)
        toolbar = self.toolbar_layout

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        # the indicators
        self.indicator_title = QLabel(self.tr("Các chỉ tiêu chủ yếu"), self)
        self.indicator_title.setObjectName("sectionTitle")
        self.scope_label = QLabel(self.tr("Xem chỉ tiêu của"), self)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setMinimumContentsLength(24)
        self.scope_combo.currentIndexChanged.connect(self._scope_changed)
        self.scope_label.setBuddy(self.scope_combo)
        indicator_header = QHBoxLayout()
        indicator_header.addWidget(self.indicator_title)
        indicator_header.addStretch(1)
        indicator_header.addWidget(self.scope_label)
        indicator_header.addWidget(self.scope_combo)
        self.targets_note = QLabel(self)
        self.targets_note.setObjectName("hint")
        self.targets_note.setWordWrap(True)
        self.indicator_model = IndicatorTableModel(self)
        self.indicator_view = QTableView(self)
        self.indicator_view.setModel(self.indicator_model)
        configure_table(self.indicator_view)
        self.indicator_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.indicator_view.horizontalHeader().setSectionsMovable(False)
        self.indicator_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.indicator_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._progress_delegate = ProgressDelegate(self.indicator_view)
        header = self.indicator_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(IndicatorTableModel.INDICATOR, QHeaderView.ResizeMode.Stretch)
        self.indicator_view.setColumnWidth(IndicatorTableModel.ACTUAL, 125)
        for year in HORIZONS:
            self.indicator_view.setItemDelegateForColumn(IndicatorTableModel.progress_column(year),
                                                         self._progress_delegate)
            self.indicator_view.setColumnWidth(IndicatorTableModel.target_column(year), 100)
            self.indicator_view.setColumnWidth(IndicatorTableModel.progress_column(year), 140)
        _fixed_height(self.indicator_view, len(INDICATORS))
        # A long indicator name wraps onto a second line rather than being cut short; the
        # table grows with it (the page scrolls, the table does not).
        self.indicator_view.setWordWrap(True)
        self.indicator_view.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 14)
        header.sectionResized.connect(self._indicator_column_resized)
        self.indicator_model.modelReset.connect(self._fit_indicator_rows)
        self.legend = QLabel(self._legend_html(), self)
        self.legend.setObjectName("hint")
        self.legend.setWordWrap(True)
        self.counting_note = QLabel(self.tr(
            "Chỉ tính tổ chức đang hoạt động và thành viên, lao động của chúng; tổ chức tạm ngừng, không ở địa chỉ "
            "đăng ký, đang giải thể được báo cáo kèm theo dưới đây. Rê chuột lên tên một chỉ tiêu để xem cách tính."),
            self)
        self.counting_note.setObjectName("hint")
        self.counting_note.setWordWrap(True)

        # the figures that stand beside the indicators (the whole site's)
        self.beside_title = QLabel(self.tr("Số liệu báo cáo kèm theo"), self)
        self.beside_title.setObjectName("sectionTitle")
        self.beside = FigureGrid(self)

        # the registers (the whole site's)
        self.registers_title = QLabel(self.tr("Các sổ chuyên đề"), self)
        self.registers_title.setObjectName("sectionTitle")
        self.registers = RegisterPanel(self)

        # the charts
        self.charts_title = QLabel(self.tr("Biểu đồ"), self)
        self.charts_title.setObjectName("sectionTitle")
        self.charts: list[ChartWidget] = []
        self.charts_grid = QGridLayout()
        self.charts_grid.setHorizontalSpacing(10)
        self.charts_grid.setVerticalSpacing(10)

        # the communes (upper level)
        self.units_title = QLabel(self.tr("Theo từng xã"), self)
        self.units_title.setObjectName("sectionTitle")
        self.units_hint = QLabel(self.tr("Bấm vào một xã để xem các chỉ tiêu của xã đó ở bảng trên."), self)
        self.units_hint.setObjectName("hint")
        self.unit_model = UnitTableModel(self)
        self.unit_view = QTableView(self)
        self.unit_view.setModel(self.unit_model)
        configure_table(self.unit_view)
        _figures_fit(self.unit_view)
        self.unit_view.clicked.connect(self._unit_clicked)
        self.register_units_title = QLabel(self.tr("Các sổ chuyên đề theo từng xã"), self)
        self.register_units_title.setObjectName("sectionTitle")
        self.register_unit_model = RegisterUnitTableModel(self)
        self.register_unit_view = QTableView(self)
        self.register_unit_view.setModel(self.register_unit_model)
        configure_table(self.register_unit_view)
        _figures_fit(self.register_unit_view)
        self.register_unit_view.clicked.connect(self._unit_clicked)
        self._upper_widgets = (self.units_title, self.units_hint, self.unit_view, self.register_units_title,
                               self.register_unit_view, self.scope_label, self.scope_combo)
        for hidden in self._upper_widgets:
            hidden.hide()

        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setContentsMargins(24, 20, 24, 20)
        body.setSpacing(8)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        body.addLayout(heading)
        body.addLayout(toolbar)
        body.addWidget(self.problem_label)
        body.addLayout(indicator_header)
        body.addWidget(self.targets_note)
        body.addWidget(self.indicator_view)
        body.addWidget(self.legend)
        body.addWidget(self.counting_note)
        body.addWidget(self.beside_title)
        body.addWidget(self.beside)
        body.addWidget(self.registers_title)
        body.addWidget(self.registers)
        body.addWidget(self.charts_title)
        body.addLayout(self.charts_grid)
        body.addWidget(self.units_title)
        body.addWidget(self.units_hint)
        body.addWidget(self.unit_view)
        body.addWidget(self.register_units_title)
        body.addWidget(self.register_unit_view)
        body.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        self._chart_columns = 0
        self.scroll_area.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    # --- public ------------------------------------------------------------------------------

    @property
    def as_of(self) -> date:
        return self.as_of_box.day

    def set_as_of(self, day: date) -> None:
        """Show the figures on `day` (computed at once, without waiting for typing to end)."""
        self.as_of_box.set_day(day)
        self.refresh()

    @property
    def busy(self) -> bool:
        return self._reader.busy

    def apply_changes(self, changes: Changes, origin: Page | None = None) -> None:
        """Records move the figures, targets the measure, the site names the report's issuer."""
        if any(changes.records.values()) or changes.targets or changes.site:
            self.mark_stale()

    def add_action_button(self, action: QAction) -> QToolButton:
        """Put a window action (print, export) in the page's toolbar, after the targets button."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(self.targets_button.sizeHint().height())
        self.toolbar_layout.addWidget(button)
        return button

    def refresh(self) -> None:
        """Compute the figures for the chosen date in the background; results show when ready."""
        self._stale = False
        self.as_of_box.settle()
        as_of, language = self.as_of, lang()
        self._reader.ask(lambda registry: _compute(registry, as_of, language))

    # --- results -------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.refresh_button.setEnabled(not busy)

    def _show_failure(self, exc: BaseException) -> None:
        message = exc.message() if isinstance(exc, KtttError) else str(exc)
        self.problem_label.setText(self.tr("Không tính được số liệu: {message}").format(message=message))
        self.problem_label.show()

    def _show(self, result: tuple[ReportData, dict[str, list[Target]]]) -> None:
        report, by_unit = result
        self.report = report
        self._targets_by_unit = by_unit
        self.problem_label.hide()
        self.subtitle.setText(self.tr("{site} · số liệu tính đến ngày {day}").format(
            site=report.site_name, day=report.as_of.strftime("%d/%m/%Y")))
        upper = bool(report.unit_rows)
        self._fill_scope(report)
        self._show_scope()
        self._fill_charts(report)
        self.unit_model.set_report(report, self.tr("Tổng cộng"))
        self.register_unit_model.set_report(report, self.tr("Tổng cộng"))
        if report.registers is not None:
            self.registers.set_figures(report.registers)
        for widget in self._upper_widgets:
            widget.setVisible(upper)
        self._fit_unit_tables()
        self.report_ready.emit(report)

    def _fill_charts(self, report: ReportData) -> None:
        specs = report_charts(report)
        while len(self.charts) < len(specs):
            chart = ChartWidget(self)
            chart.setMinimumHeight(CHART_HEIGHT)
            self.charts.append(chart)
        self._arrange_charts(force=True)
        # zip(strict=False): charts kept from an earlier, longer report stay unused.
        for chart, spec in zip(self.charts, specs, strict=False):
            chart.set_spec(spec)

    def _arrange_charts(self, force: bool = False) -> None:
        """As many charts side by side as the page's width holds (three at the most), so a
        small screen shows them one or two a row instead of scrolling sideways."""
        room = self.scroll_area.viewport().width() - 48  # the page's margins
        columns = max(1, min(CHART_COLUMNS, (room + 10) // (CHART_MIN_WIDTH + 10)))
        if columns == self._chart_columns and not force:
            return
        self._chart_columns = columns
        for chart in self.charts:
            self.charts_grid.removeWidget(chart)
        for column in range(CHART_COLUMNS):
            self.charts_grid.setColumnStretch(column, 1 if column < columns else 0)
        for number, chart in enumerate(self.charts):
            self.charts_grid.addWidget(chart, number // columns, number % columns)

    def _indicator_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == IndicatorTableModel.INDICATOR:
            self._fit_indicator_rows()

    def _fit_indicator_rows(self) -> None:
        view = self.indicator_view
        view.resizeRowsToContents()
        rows = sum(view.rowHeight(row) for row in range(self.indicator_model.rowCount()))
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows + 2 * view.frameWidth() + 2)

    def _fit_unit_tables(self) -> None:
        """At an upper level, the communes' tables as tall as their rows (up to a limit)."""
        if self.unit_view.isHidden():
            return
        for view in (self.unit_view, self.register_unit_view):
            _fixed_height(view, min(view.model().rowCount(), MAX_UNIT_ROWS_SHOWN))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self.scroll_area.viewport():
            self._arrange_charts()
            self._fit_unit_tables()
        return super().eventFilter(watched, event)

    # --- one commune at an upper level -----------------------------------------------------------

    def _fill_scope(self, report: ReportData) -> None:
        chosen = self.scope_combo.currentData()
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        site = report.site_name[:1].lower() + report.site_name[1:]  # "Toàn khu vực Mường Tè"
        self.scope_combo.addItem(self.tr("Toàn {site}").format(site=site), None)
        for row in report.unit_rows:
            self.scope_combo.addItem(row.name, row.unit_code)
        found = self.scope_combo.findData(chosen) if chosen else 0
        self.scope_combo.setCurrentIndex(max(0, found))
        self.scope_combo.blockSignals(False)

    def selected_unit(self) -> str | None:
        """The commune whose indicators the table shows; None for the whole site."""
        return self.scope_combo.currentData() if self.scope_combo.count() else None

    def select_unit(self, unit_code: str | None) -> None:
        index = self.scope_combo.findData(unit_code) if unit_code else 0
        if index >= 0:
            self.scope_combo.setCurrentIndex(index)

    def _scope_changed(self, _index: int) -> None:
        if self.report is not None:
            self._show_scope()

    def _unit_clicked(self, index: QModelIndex) -> None:
        self.select_unit(index.data(UnitTableModel.CODE_ROLE))

    def _show_scope(self) -> None:
        report = self.report
        assert report is not None
        code = self.selected_unit()
        values = report.snapshot.units.get(code) if code else None
        whole_site = code is None or values is None
        # They are counted for the whole site only (each commune's registers are in the table below).
        for widget in (self.beside_title, self.beside, self.registers_title, self.registers):
            widget.setVisible(whole_site)
        # The charts are drawn for the whole site: said so while one commune's figures are shown.
        site = report.site_name[:1].lower() + report.site_name[1:]  # "toàn khu vực Mường Tè"
        self.charts_title.setText(self.tr("Biểu đồ") if whole_site else
                                  self.tr("Biểu đồ (toàn {site})").format(site=site))
        if whole_site:
            self.indicator_model.set_rows(report.indicator_rows)
            self.beside.set_rows(report.beside_rows)
            self.targets_note.setText(report.targets_note)
            self.targets_note.setVisible(bool(report.targets_note))
            return
        assert code is not None and values is not None  # not the whole site
        own = self._targets_by_unit.get(code, [])
        commune = dataclasses.replace(report.snapshot, total=values)
        area = [p.target for r in report.indicator_rows for p in r.by_horizon.values() if p.target is not None]
        bases = {day: base.units.get(code, {}) for day, base in report.base_snapshots.items()}
        self.indicator_model.set_rows(indicator_rows(commune, own, report.as_of, area, bases, report.snapshot.total))
        name = self.scope_combo.currentText()
        self.targets_note.setText(
            self.tr("Chỉ tiêu riêng của {name}.").format(name=name) if own else
            self.tr("{name} chưa được giao chỉ tiêu; hãy giao ở «Chỉ tiêu kế hoạch…». "
                    "Chỉ tiêu của cấp trên chỉ để tham khảo.").format(name=name))
        self.targets_note.show()

    def _legend_html(self) -> str:
        parts = [f'<span style="color:{STATE_COLORS[state]}">■</span> {state_label(state)}'
                 for state in ("reached", "on_track", "behind", "no_target")]
        parts.append(self.tr("│ vạch đen: mức cần đạt theo thời gian của kế hoạch"))
        return "&nbsp;&nbsp;&nbsp;".join(parts)
