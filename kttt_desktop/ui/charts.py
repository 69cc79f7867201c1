"""Bar charts drawn with QPainter, the same on screen, in an image and on a printed page.

The window ships with PySide6-Essentials, which has no QtCharts, and the printed report
needs the very charts the dashboard shows; so a chart is a plain description (`ChartSpec`)
and one function paints it on any paint device. Sizes are taken from the font measured on
that device, so a chart looks alike on a 96-dpi screen and a 1200-dpi PDF page.

`report_charts` turns a `ReportData` into the standard charts, which is why the dashboard
and the printed report always show the same figures.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from babel.numbers import format_decimal
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kttt_desktop.core import catalogs
from kttt_desktop.core.formats import format_money
from kttt_desktop.ui.text_fit import two_line_width

if TYPE_CHECKING:
    from kttt_desktop.core.reports.summary import ReportData

# A calm palette (muted, distinguishable in print and for most colour-blind readers).
PALETTE: tuple[str, ...] = ("#4E79A7", "#59A14F", "#F28E2B", "#76B7B2", "#EDC948", "#B07AA1", "#E15759",
                            "#9C755F", "#BAB0AC")
KIND_COLORS = {"htx": "#4E79A7", "tht": "#59A14F", "lhhtx": "#B07AA1"}
STATUS_COLORS = {
    "active": "#59A14F", "suspended": "#EDC948", "not_at_address": "#F28E2B", "dissolving": "#9C755F",
    "dissolved": "#BAB0AC", "revoked": "#E15759", "bankrupt": "#8F6B6B", "unregistered": "#76B7B2",
}
MEMBER_COLOR = "#4E79A7"
SUPPORT_COLOR = "#76B7B2"
TOP_ETHNICITIES = 8
# The share of a horizontal chart's width its category labels take on one line, and at most
# when some are wrapped on two lines so that none is cut ("Khoa học – công nghệ, chuyển đổi số").
LABEL_SHARE = 0.38
WRAPPED_LABEL_SHARE = 0.5
BAND_GAP_LINES = 0.4  # the least room between the labels of two bands, in lines

_TEXT = QColor("#333333")
_MUTED_TEXT = QColor("#666666")
_AXIS = QColor("#9A9A9A")
_GRID = QColor("#E4E4E4")
_BACKGROUND = QColor("#FFFFFF")
_BORDER = QColor("#D0D0D0")


def format_integer(value: float) -> str:
    """A count as Vietnamese documents write it: "1.250"."""
    return format_money(int(round(value)))


def format_millions(value: float) -> str:
    """Millions of đồng: whole above a hundred ("1.250"), else one decimal ("12,5")."""
    if abs(value) >= 100 or float(value).is_integer():
        return format_integer(value)
    return format_decimal(round(value, 1), locale="vi_VN")


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[float, ...]
    color: str  # "#RRGGBB"


@dataclass(frozen=True)
class ChartSpec:
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    horizontal: bool = False  # horizontal bars, for long category names
    stacked: bool = False
    value_format: Callable[[float], str] = field(default=format_integer)
    empty_text: str = "Chưa có số liệu"

    @property
    def is_empty(self) -> bool:
        """Nothing to draw: no category, or every value zero."""
        return not self.categories or not any(v for s in self.series for v in s.values)

    def value(self, series: int, category: int) -> float:
        values = self.series[series].values
        return max(0.0, float(values[category])) if category < len(values) else 0.0


# --- painting ---------------------------------------------------------------------------------

@dataclass
class _Fonts:
    """The fonts of one chart on one device, and the unit (a line of text) everything is sized by."""

    base: QFont
    small: QFont
    title: QFont
    fm: QFontMetricsF
    small_fm: QFontMetricsF
    title_fm: QFontMetricsF

    @property
    def unit(self) -> float:
        return self.fm.height()


def _fonts(painter: QPainter, rect: QRectF) -> _Fonts:
    """Fonts in points chosen from the chart's size in points, so a small chart stays legible
    without spilling over and a big one does not look empty."""
    device = painter.device()
    dpi = device.logicalDpiX() if device is not None else 96
    width_pt = rect.width() * 72.0 / max(1, dpi)
    height_pt = rect.height() * 72.0 / max(1, dpi)
    shrink = min(1.0, width_pt / 240.0, height_pt / 160.0)
    size = max(6.5, 9.0 * shrink)
    base = QFont(painter.font())
    base.setPointSizeF(size)
    base.setBold(False)
    small = QFont(base)
    small.setPointSizeF(max(6.0, size * 0.9))
    title = QFont(base)
    title.setPointSizeF(size * 1.15)
    title.setBold(True)
    return _Fonts(base, small, title, QFontMetricsF(base, device), QFontMetricsF(small, device),
                  QFontMetricsF(title, device))


def _wrap(fm: QFontMetricsF, text: str, width: float, max_lines: int) -> list[str]:
    """Word-wrap `text` into at most `max_lines` lines of `width`; the last one is elided."""
    words = text.split()
    if not words:
        return [""]
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if not current or fm.horizontalAdvance(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    lines.append(current)
    if len(lines) == 2 and max_lines >= 2:  # balance two lines rather than leave one word alone
        splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
        fitting = [pair for pair in splits if max(fm.horizontalAdvance(part) for part in pair) <= width]
        if fitting:
            best = min(fitting, key=lambda pair: (pair[1][:1] in "–-",  # no line starts with a dash
                                                  max(fm.horizontalAdvance(part) for part in pair)))
            lines = list(best)
    if len(lines) > max_lines:
        lines = lines[:max_lines - 1] + [" ".join(lines[max_lines - 1:])]
    return [fm.elidedText(line, Qt.TextElideMode.ElideRight, max(1.0, width)) for line in lines]


@dataclass(frozen=True)
class BarLabels:
    """The category labels of a horizontal bar chart: the width of their column, each one's
    lines, and the height of each category's band (a label on two lines gets a taller one)."""

    width: float
    lines: tuple[tuple[str, ...], ...]
    bands: tuple[float, ...]
    whole: bool = True  # False: the chart was too small, some labels are cut short


def bar_labels(fm: QFontMetricsF, categories: Sequence[str], width: float, height: float) -> BarLabels:
    """Lay out the labels of a horizontal bar chart `width` × `height` whole: on one line if
    the longest fits in `LABEL_SHARE` of the width, else wrapped on two lines in a column as
    narrow as they allow (up to `WRAPPED_LABEL_SHARE`), the bands of two-line labels taller.
    Only a chart too small for that (a narrow window) cuts its labels short."""
    count = max(1, len(categories))
    line_height = fm.height()
    uniform = (height / count,) * count
    widths = [fm.horizontalAdvance(category) for category in categories]
    one_line = max(widths, default=0.0)
    if one_line <= width * LABEL_SHARE:
        return BarLabels(one_line, tuple((category,) for category in categories), uniform)
    need = max(advance if advance <= width * LABEL_SHARE else two_line_width(fm, category)
               for category, advance in zip(categories, widths, strict=True))
    column = max(need, width * LABEL_SHARE) + 0.5  # a hair of room: the same text is drawn
    lines = tuple(tuple(_wrap(fm, category, column, 2)) if advance > column else (category,)
                  for category, advance in zip(categories, widths, strict=True))
    taken = sum(len(label) for label in lines) * line_height
    if column <= width * WRAPPED_LABEL_SHARE and taken + count * BAND_GAP_LINES * line_height <= height:
        if (max(len(label) for label in lines) + BAND_GAP_LINES) * line_height <= height / count:
            return BarLabels(column, lines, uniform)
        spare = (height - taken) / count
        return BarLabels(column, lines, tuple(len(label) * line_height + spare for label in lines))
    column = width * LABEL_SHARE
    max_lines = 2 if height / count >= line_height * 2.1 else 1
    return BarLabels(column, tuple(tuple(_wrap(fm, category, column, max_lines)) for category in categories),
                     uniform, whole=False)


def _nice_ticks(maximum: float, integral: bool) -> list[float]:
    """0, then round steps up to a little above `maximum` (about four gridlines)."""
    if maximum <= 0:
        maximum = 1.0
    raw = maximum / 4.0
    magnitude = 10 ** math.floor(math.log10(raw))
    step = magnitude
    for multiple in (1, 2, 2.5, 5, 10):
        step = multiple * magnitude
        if step >= raw:
            break
    if integral:
        step = max(1.0, math.ceil(step))
    count = max(1, math.ceil(maximum / step - 1e-9))
    return [i * step for i in range(count + 1)]


def _draw_text(painter: QPainter, rect: QRectF, flags: Qt.AlignmentFlag, text: str, font: QFont,
               color: QColor = _TEXT) -> None:
    painter.setFont(font)
    painter.setPen(color)
    painter.drawText(rect, int(flags), text)


def _legend_layout(fonts: _Fonts, spec: ChartSpec, width: float) -> list[tuple[float, int, Series]]:
    """Where each legend entry goes (x, line, series), flowing over as many lines as needed."""
    swatch = fonts.small_fm.height() * 0.8
    gap = fonts.unit * 0.9
    x, line = 0.0, 0
    placed: list[tuple[float, int, Series]] = []
    for series in spec.series:
        label_width = min(fonts.small_fm.horizontalAdvance(series.label), width - swatch * 1.5)
        entry = swatch * 1.5 + label_width
        if x > 0 and x + entry > width:
            x, line = 0.0, line + 1
        placed.append((x, line, series))
        x += entry + gap
    return placed


def _legend_height(fonts: _Fonts, spec: ChartSpec, width: float) -> float:
    """The height the legend takes under the title (none for a single series)."""
    if len(spec.series) < 2:
        return 0.0
    lines = max(line for _, line, _ in _legend_layout(fonts, spec, width)) + 1
    return lines * fonts.small_fm.height() * 1.3 + fonts.unit * 0.3


def _draw_legend(painter: QPainter, fonts: _Fonts, spec: ChartSpec, rect: QRectF) -> float:
    """The legend under the title; returns the height it took."""
    if len(spec.series) < 2:
        return 0.0
    placed = _legend_layout(fonts, spec, rect.width())
    line_height = fonts.small_fm.height() * 1.3
    widths: dict[int, float] = {}
    swatch = fonts.small_fm.height() * 0.8
    for x, line, series in placed:
        end = x + swatch * 1.5 + fonts.small_fm.horizontalAdvance(series.label)
        widths[line] = max(widths.get(line, 0.0), min(end, rect.width()))
    painter.setFont(fonts.small)
    for x, line, series in placed:
        offset = (rect.width() - widths[line]) / 2  # each line centred
        left = rect.left() + offset + x
        top = rect.top() + line * line_height
        middle = top + line_height / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(series.color))
        painter.drawRect(QRectF(left, middle - swatch / 2, swatch, swatch))
        text_left = left + swatch * 1.5
        text_width = max(1.0, rect.right() - text_left)
        text = fonts.small_fm.elidedText(series.label, Qt.TextElideMode.ElideRight, text_width)
        _draw_text(painter, QRectF(text_left, top, text_width, line_height),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text, fonts.small, _MUTED_TEXT)
    return _legend_height(fonts, spec, rect.width())


def _line_width(fonts: _Fonts) -> float:
    return max(1.0, fonts.unit / 14.0)


def _draw_vertical(painter: QPainter, fonts: _Fonts, spec: ChartSpec, area: QRectF) -> None:
    n_categories = len(spec.categories)
    n_series = len(spec.series)
    totals = [sum(spec.value(s, c) for s in range(n_series)) for c in range(n_categories)]
    maximum = max(totals) if spec.stacked else max(
        spec.value(s, c) for s in range(n_series) for c in range(n_categories))
    integral = all(float(v).is_integer() for s in spec.series for v in s.values)
    ticks = _nice_ticks(maximum, integral)
    top_value = ticks[-1]

    tick_labels = [spec.value_format(t) for t in ticks]
    axis_width = max(fonts.small_fm.horizontalAdvance(t) for t in tick_labels) + fonts.unit * 0.4
    left = area.left() + axis_width
    width = max(1.0, area.right() - left)
    band = width / n_categories
    max_lines = 2 if area.height() > fonts.unit * 9 else 1
    labels = [_wrap(fonts.small_fm, c, band * 0.96, max_lines) for c in spec.categories]
    label_height = max(len(lines) for lines in labels) * fonts.small_fm.height() + fonts.unit * 0.3
    plot = QRectF(left, area.top() + fonts.small_fm.height() * 1.1, width,
                  max(1.0, area.height() - label_height - fonts.small_fm.height() * 1.1))

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / top_value

    # gridlines and the value axis
    painter.setPen(QPen(_GRID, _line_width(fonts)))
    for tick, text in zip(ticks, tick_labels, strict=True):
        y = y_of(tick)
        if tick:
            painter.setPen(QPen(_GRID, _line_width(fonts)))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        _draw_text(painter, QRectF(area.left(), y - fonts.small_fm.height() / 2, axis_width - fonts.unit * 0.3,
                                   fonts.small_fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text, fonts.small, _MUTED_TEXT)

    label_h = fonts.small_fm.height()
    for c in range(n_categories):
        band_left = plot.left() + c * band
        if spec.stacked or n_series == 1:
            bar_width = min(band * 0.6, fonts.unit * 4.5)
            x = band_left + (band - bar_width) / 2
            bottom = plot.bottom()
            stacked_value = 0.0
            for s in range(n_series):
                value = spec.value(s, c)
                if value <= 0:
                    continue
                stacked_value += value
                top = y_of(stacked_value)
                segment = QRectF(x, top, bar_width, bottom - top)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(spec.series[s].color))
                painter.drawRect(segment)
                text = spec.value_format(value)
                if (n_series > 1 and segment.height() >= label_h
                        and fonts.small_fm.horizontalAdvance(text) <= bar_width * 0.95):
                    _draw_text(painter, segment, Qt.AlignmentFlag.AlignCenter, text, fonts.small,
                               _inside_text(spec.series[s].color))
                bottom = top
            total = totals[c] if n_series > 1 else spec.value(0, c)
            text = spec.value_format(total)
            if fonts.small_fm.horizontalAdvance(text) <= band * 0.98:
                _draw_text(painter, QRectF(band_left, y_of(total) - label_h * 1.05, band, label_h),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text, fonts.small)
        else:
            group = band * 0.8
            bar_width = min(group / n_series, fonts.unit * 3)
            start = band_left + (band - bar_width * n_series) / 2
            for s in range(n_series):
                value = spec.value(s, c)
                x = start + s * bar_width
                top = y_of(value)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(spec.series[s].color))
                painter.drawRect(QRectF(x + bar_width * 0.06, top, bar_width * 0.88, plot.bottom() - top))
                text = spec.value_format(value)
                slot = max(bar_width * 1.1, band * 0.98 / n_series)  # a label may use the gap between bars
                if fonts.small_fm.horizontalAdvance(text) <= slot:
                    _draw_text(painter, QRectF(x - (slot - bar_width) / 2, top - label_h * 1.05, slot, label_h),
                               Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text, fonts.small)
        for number, line in enumerate(labels[c]):
            _draw_text(painter, QRectF(band_left, plot.bottom() + fonts.unit * 0.25 + number * label_h, band,
                                       label_h),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, line, fonts.small)

    painter.setPen(QPen(_AXIS, _line_width(fonts)))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))


def _draw_horizontal(painter: QPainter, fonts: _Fonts, spec: ChartSpec, area: QRectF) -> None:
    n_categories = len(spec.categories)
    n_series = len(spec.series)
    totals = [sum(spec.value(s, c) for s in range(n_series)) for c in range(n_categories)]
    maximum = max(totals) if spec.stacked else max(
        spec.value(s, c) for s in range(n_series) for c in range(n_categories))
    maximum = maximum or 1.0

    line_h = fonts.small_fm.height()
    placed = bar_labels(fonts.small_fm, spec.categories, area.width(), area.height())
    label_width = placed.width + fonts.unit * 0.4
    labels, bands = placed.lines, placed.bands
    band_tops = [area.top() + sum(bands[:c]) for c in range(n_categories)]
    if spec.stacked or n_series == 1:
        value_texts = [spec.value_format(t if n_series > 1 else spec.value(0, c)) for c, t in enumerate(totals)]
    else:
        value_texts = [spec.value_format(spec.value(s, c)) for c in range(n_categories) for s in range(n_series)]
    value_width = max(fonts.small_fm.horizontalAdvance(t) for t in value_texts) + fonts.unit * 0.4
    plot = QRectF(area.left() + label_width, area.top(),
                  max(1.0, area.width() - label_width - value_width), area.height())

    def width_of(value: float) -> float:
        return plot.width() * value / maximum

    for c in range(n_categories):
        band_top, band = band_tops[c], bands[c]
        lines = labels[c]
        block = len(lines) * line_h
        for number, line in enumerate(lines):
            _draw_text(painter, QRectF(area.left(), band_top + (band - block) / 2 + number * line_h,
                                       placed.width, line_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, line, fonts.small)
        if spec.stacked or n_series == 1:
            thickness = min(min(bands) * 0.68, fonts.unit * 2.2)
            y = band_top + (band - thickness) / 2
            x = plot.left()
            for s in range(n_series):
                value = spec.value(s, c)
                if value <= 0:
                    continue
                segment = QRectF(x, y, width_of(value), thickness)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(spec.series[s].color))
                painter.drawRect(segment)
                text = spec.value_format(value)
                if n_series > 1 and fonts.small_fm.horizontalAdvance(text) <= segment.width() * 0.9 \
                        and thickness >= line_h * 0.9:
                    _draw_text(painter, segment, Qt.AlignmentFlag.AlignCenter, text, fonts.small,
                               _inside_text(spec.series[s].color))
                x = segment.right()
            _draw_text(painter, QRectF(x + fonts.unit * 0.25, band_top, value_width, band),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       spec.value_format(totals[c]), fonts.small)
        else:
            thickness = min(min(bands) * 0.8 / n_series, fonts.unit * 1.4)
            start = band_top + (band - thickness * n_series) / 2
            for s in range(n_series):
                value = spec.value(s, c)
                y = start + s * thickness
                bar = QRectF(plot.left(), y + thickness * 0.06, width_of(value), thickness * 0.88)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(spec.series[s].color))
                painter.drawRect(bar)
                _draw_text(painter, QRectF(bar.right() + fonts.unit * 0.25, y, value_width, thickness),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, spec.value_format(value),
                           fonts.small)

    painter.setPen(QPen(_AXIS, _line_width(fonts)))
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))


def _inside_text(color: str) -> QColor:
    """Dark or white text, whichever reads better on a bar of this colour."""
    c = QColor(color)
    luminance = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
    return QColor("#222222") if luminance > 150 else QColor("#FFFFFF")


def paint_chart(painter: QPainter, rect: QRectF, spec: ChartSpec) -> None:
    """Draw `spec` inside `rect` (device coordinates of any paint device: a widget, a QImage,
    a QPdfWriter). The background is left to the caller."""
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setClipRect(rect)
        fonts = _fonts(painter, rect)
        inner, title_lines, area = _title_and_area(fonts, spec, rect)
        for number, line in enumerate(title_lines):
            _draw_text(painter, QRectF(inner.left(), inner.top() + number * fonts.title_fm.height(), inner.width(),
                                       fonts.title_fm.height()),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, line, fonts.title)
        if spec.is_empty:
            _draw_text(painter, area, Qt.AlignmentFlag.AlignCenter, spec.empty_text, fonts.base, _MUTED_TEXT)
            return
        area = area.adjusted(0, _draw_legend(painter, fonts, spec, area), 0, 0)
        if area.height() < fonts.unit * 2 or area.width() < fonts.unit * 4:
            return  # too small to draw anything readable
        if spec.horizontal:
            _draw_horizontal(painter, fonts, spec, area)
        else:
            _draw_vertical(painter, fonts, spec, area)
    finally:
        painter.restore()


def _title_and_area(fonts: _Fonts, spec: ChartSpec, rect: QRectF) -> tuple[QRectF, list[str], QRectF]:
    """The chart's inner rectangle, its title's lines, and the area under the title."""
    pad = fonts.unit * 0.5
    inner = rect.adjusted(pad, pad * 0.6, -pad, -pad)
    title_lines = _wrap(fonts.title_fm, spec.title, inner.width(), 2)
    area = inner.adjusted(0, len(title_lines) * fonts.title_fm.height() + pad * 0.6, 0, 0)
    return inner, title_lines, area


def fitting_height(spec: ChartSpec, width: int, height: int, scale: float = 2.0, most: float = 1.6) -> int:
    """The height, from `height` up to `most` times it, at which a horizontal chart `width`
    wide (drawn as `chart_image` draws it) shows every category label whole: a printed chart
    grows a little rather than cut "Thông tin thị trường – xúc tiến thương mại" short."""
    if not spec.horizontal or spec.is_empty:
        return height
    device = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    device.setDevicePixelRatio(scale)
    painter = QPainter(device)
    try:
        step = max(1, height // 20)
        for candidate in range(height, int(height * most) + 1, step):
            rect = QRectF(0, 0, width, candidate)
            fonts = _fonts(painter, rect)
            _, _, area = _title_and_area(fonts, spec, rect)
            area = area.adjusted(0, _legend_height(fonts, spec, area.width()), 0, 0)
            if bar_labels(fonts.small_fm, spec.categories, area.width(), area.height()).whole:
                return candidate
    finally:
        painter.end()
    return int(height * most)


def chart_image(spec: ChartSpec, width: int, height: int, scale: float = 2.0) -> QImage:
    """The chart on a white image of `width` × `height` logical pixels, drawn at `scale`
    device pixels each (sharp when printed or shown on a high-density screen)."""
    image = QImage(max(1, round(width * scale)), max(1, round(height * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(_BACKGROUND)
    painter = QPainter(image)
    try:
        paint_chart(painter, QRectF(0, 0, width, height), spec)
    finally:
        painter.end()
    return image


class ChartWidget(QWidget):
    """One chart in a light card; it repaints itself at whatever size the layout gives it."""

    def __init__(self, parent: QWidget | None = None, spec: ChartSpec | None = None) -> None:
        super().__init__(parent)
        self._spec = spec
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 200)

    def spec(self) -> ChartSpec | None:
        return self._spec

    def set_spec(self, spec: ChartSpec | None) -> None:
        self._spec = spec
        self.setToolTip(spec.title if spec is not None else "")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, 300)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            card = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
            painter.setPen(QPen(_BORDER, 1))
            painter.setBrush(_BACKGROUND)
            painter.drawRoundedRect(card, 6, 6)
            if self._spec is not None:
                paint_chart(painter, card.adjusted(4, 6, -4, -4), self._spec)
        finally:
            painter.end()


# --- the standard charts of the summary report ------------------------------------------------

_TITLES = {
    "status": ("Tổ chức theo loại hình và tình trạng", "Organisations by kind and status"),
    "ethnicity": ("Thành viên theo dân tộc", "Members by ethnic group"),
    "gender": ("Thành viên theo giới tính", "Members by sex"),
    "support": ("Kinh phí hỗ trợ theo nội dung (triệu đồng)", "Support by category (million VND)"),
    "trend_orgs": ("Tổ chức đang hoạt động qua các năm", "Operating organisations by year"),
    "trend_members": ("Thành viên của tổ chức đang hoạt động qua các năm",
                      "Members of operating organisations by year"),
    "members": ("Thành viên", "Members"),
    "other": ("Khác", "Others"),
    "empty": ("Chưa có số liệu", "No data"),
}


def _title(key: str, lang: str) -> str:
    return _TITLES[key][1 if lang == "en" else 0]


def _single(title: str, rows: Sequence[tuple[str, float]], color: str, label: str, horizontal: bool,
            empty: str, value_format: Callable[[float], str] = format_integer) -> ChartSpec:
    return ChartSpec(title, tuple(name for name, _ in rows),
                     (Series(label, tuple(float(v) for _, v in rows), color),),
                     horizontal=horizontal, value_format=value_format, empty_text=empty)


def _top(rows: Sequence[tuple[str, int]], keep: int, other: str) -> list[tuple[str, int]]:
    """The `keep` largest, and the rest summed as one "other" bar."""
    if len(rows) <= keep + 1:
        return list(rows)
    return list(rows[:keep]) + [(other, sum(n for _, n in rows[keep:]))]


def report_charts(report: ReportData) -> list[ChartSpec]:
    """The standard charts of a report, in its language: organisations by kind and status,
    members by ethnic group and by sex, support by category, and the trend by year."""
    lang = report.lang
    empty = _title("empty", lang)
    members = _title("members", lang)
    kind_codes = [value.code for value in catalogs.catalog("organization_kind")]
    kinds = [catalogs.label("organization_kind", code, lang) for code in kind_codes]
    status_code = {catalogs.label("organization_status", value.code, lang): value.code
                   for value in catalogs.catalog("organization_status")}
    status_series = tuple(
        Series(label, tuple(float(counts.get(kind, 0)) for kind in kinds),
               STATUS_COLORS.get(status_code.get(label, ""), PALETTE[number % len(PALETTE)]))
        for number, (label, counts) in enumerate(report.status_table))
    charts = [ChartSpec(_title("status", lang), tuple(kinds), status_series, stacked=True, empty_text=empty)]

    ethnicity = _top(report.members_by_ethnicity, TOP_ETHNICITIES, _title("other", lang))
    charts.append(_single(_title("ethnicity", lang), ethnicity, MEMBER_COLOR, members, True, empty))
    charts.append(_single(_title("gender", lang), report.members_by_gender, MEMBER_COLOR, members, False, empty))
    support = [(label, amount / 1_000_000) for label, _, amount in report.support_by_category]
    charts.append(_single(_title("support", lang), support, SUPPORT_COLOR, _title("support", lang), True,
                          empty, format_millions))

    years = tuple(str(figures.year) for figures in report.trend)
    trend_series = [
        Series(kinds[0], tuple(float(f.htx) for f in report.trend), KIND_COLORS["htx"]),
        Series(kinds[1], tuple(float(f.tht) for f in report.trend), KIND_COLORS["tht"]),
    ]
    if any(f.unions for f in report.trend):
        trend_series.append(Series(kinds[2], tuple(float(f.unions) for f in report.trend), KIND_COLORS["lhhtx"]))
    charts.append(ChartSpec(_title("trend_orgs", lang), years, tuple(trend_series), empty_text=empty))
    charts.append(_single(_title("trend_members", lang),
                          [(y, f.members) for y, f in zip(years, report.trend, strict=True)],
                          MEMBER_COLOR, members, False, empty))
    return charts
