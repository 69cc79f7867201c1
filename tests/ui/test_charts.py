"""Charts drawn with QPainter: every standard chart paints, bars are to scale, text stays inside."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from kttt_desktop.core import catalogs
from kttt_desktop.core.reports.summary import build_report
from kttt_desktop.ui.charts import (
    LABEL_SHARE,
    WRAPPED_LABEL_SHARE,
    ChartSpec,
    ChartWidget,
    Series,
    bar_labels,
    chart_image,
    fitting_height,
    format_integer,
    format_millions,
    paint_chart,
    report_charts,
)
from kttt_desktop.ui.fonts import load_fonts

RED = "#FF0000"


class RecordingPainter(QPainter):
    """A painter that remembers the text it drew and where."""

    def __init__(self, device: Any) -> None:
        super().__init__(device)
        self.texts: list[tuple[QRectF, str]] = []

    def drawText(self, *args: Any) -> None:  # noqa: N802 - Qt's name
        if len(args) == 3 and isinstance(args[0], QRectF):
            self.texts.append((QRectF(args[0]), args[2]))
        super().drawText(*args)


def painted_texts(spec: ChartSpec, width: int = 420, height: int = 300, scale: float = 1.0) -> list[tuple[QRectF, str]]:
    """What `paint_chart` draws on an image as `chart_image` makes it (`scale` pixels a point)."""
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = RecordingPainter(image)
    try:
        paint_chart(painter, QRectF(0, 0, width, height), spec)
    finally:
        painter.end()
    return painter.texts


def red_run(image: QImage, x: int) -> int:
    """How many pure-red pixels the column `x` holds (the bar's height there)."""
    return sum(1 for y in range(image.height()) if QColor(image.pixel(x, y)).name() == RED.lower())


def red_columns(image: QImage) -> list[int]:
    return [x for x in range(image.width()) if red_run(image, x)]


def test_formats_follow_vietnamese_documents() -> None:
    assert format_integer(1250) == "1.250"
    assert format_integer(3.6) == "4"
    assert format_millions(12.5) == "12,5"
    assert format_millions(4070) == "4.070"


def test_vertical_bars_are_drawn_to_scale(qapp: Any) -> None:
    spec = ChartSpec("Thử", ("A", "B"), (Series("Số", (10.0, 20.0), RED),))
    image = chart_image(spec, 400, 300, scale=1.0)
    columns = red_columns(image)
    assert columns, "no bar was drawn"
    groups: list[list[int]] = [[columns[0]]]
    for x in columns[1:]:
        (groups[-1].append(x) if x == groups[-1][-1] + 1 else groups.append([x]))
    assert len(groups) == 2
    first, second = (red_run(image, group[len(group) // 2]) for group in groups)
    assert second / first == pytest.approx(2.0, rel=0.04)


def test_horizontal_bars_are_drawn_to_scale(qapp: Any) -> None:
    spec = ChartSpec("Thử", ("Dân tộc Thái", "Dân tộc Kinh"), (Series("Số", (30.0, 10.0), RED),), horizontal=True)
    image = chart_image(spec, 400, 240, scale=1.0)
    rows = [y for y in range(image.height())
            if any(QColor(image.pixel(x, y)).name() == RED.lower() for x in range(image.width()))]
    assert rows
    lengths = sorted({sum(1 for x in range(image.width()) if QColor(image.pixel(x, y)).name() == RED.lower())
                      for y in rows}, reverse=True)
    assert lengths[0] / lengths[-1] == pytest.approx(3.0, rel=0.05)


def test_bars_carry_their_value_and_a_legend_names_each_series(qapp: Any) -> None:
    spec = ChartSpec("Tổ chức", ("Hợp tác xã", "Tổ hợp tác"),
                     (Series("Đang hoạt động", (1250.0, 3.0), "#59A14F"),
                      Series("Tạm ngừng kinh doanh", (2.0, 0.0), "#EDC948")), stacked=True)
    texts = [text for _, text in painted_texts(spec, 600, 400)]
    assert "Tổ chức" in texts
    assert {"Đang hoạt động", "Tạm ngừng kinh doanh"} <= set(texts)
    assert "1.252" in texts  # the total on top of the stack, with a dot between thousands
    assert "Hợp tác xã" in texts


def test_empty_data_says_so(qapp: Any) -> None:
    for spec in (ChartSpec("Thành viên theo dân tộc", (), ()),
                 ChartSpec("Hỗ trợ", ("Đào tạo",), (Series("Số tiền", (0.0,), RED),), horizontal=True)):
        texts = [text for _, text in painted_texts(spec)]
        assert "Chưa có số liệu" in texts
        assert not red_columns(chart_image(spec, 300, 200, scale=1.0))


@pytest.mark.parametrize("size", [(240, 180), (420, 300), (900, 500)])
def test_text_stays_inside_the_chart_at_any_size(qapp: Any, size: tuple[int, int]) -> None:
    spec = ChartSpec("Kinh phí hỗ trợ theo nội dung (triệu đồng)",
                     ("Thông tin thị trường – xúc tiến thương mại", "Khoa học – công nghệ, chuyển đổi số", "OCOP"),
                     (Series("Số tiền", (171340.0, 29070.5, 6021.0), "#76B7B2"),), horizontal=True,
                     value_format=format_millions)
    width, height = size
    bounds = QRectF(0, 0, width, height)
    texts = painted_texts(spec, width, height)
    assert texts
    for rect, text in texts:
        assert bounds.contains(rect), f"{text!r} drawn at {rect} outside {bounds}"


def test_every_standard_chart_of_a_report_paints(qapp: Any, registry: Any, populated: dict[str, Any]) -> None:
    report = build_report(registry)
    specs = report_charts(report)
    titles = [spec.title for spec in specs]
    assert titles == ["Tổ chức theo loại hình và tình trạng", "Thành viên theo dân tộc", "Thành viên theo giới tính",
                      "Kinh phí hỗ trợ theo nội dung (triệu đồng)", "Tổ chức đang hoạt động qua các năm",
                      "Thành viên của tổ chức đang hoạt động qua các năm"]
    status = specs[0]
    assert status.stacked and status.categories == ("Hợp tác xã", "Tổ hợp tác", "Liên hiệp hợp tác xã")
    active = next(s for s in status.series if s.label == "Đang hoạt động")
    assert active.values == (1.0, 1.0, 0.0)
    support = specs[3]
    assert support.horizontal and support.series[0].values == (25.0,)  # 25 million đồng
    for spec in specs:
        image = chart_image(spec, 360, 260)
        assert image.width() == 720 and not image.isNull()


def test_ethnic_groups_beyond_the_eighth_are_summed(qapp: Any, registry: Any) -> None:
    report = build_report(registry)
    groups = [(f"Dân tộc {n}", 100 - n) for n in range(11)]
    specs = report_charts(dataclasses.replace(report, members_by_ethnicity=groups))
    ethnicity = specs[1]
    assert ethnicity.categories[:8] == tuple(name for name, _ in groups[:8])
    assert ethnicity.categories[8] == "Khác"
    assert ethnicity.series[0].values[8] == sum(n for _, n in groups[8:])
    english = report_charts(dataclasses.replace(report, lang="en", members_by_ethnicity=groups))[1]
    assert english.categories[8] == "Others" and english.empty_text == "No data"


def test_the_widget_paints_its_spec(qtbot: Any) -> None:
    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 280)
    widget.set_spec(ChartSpec("Thử", ("A",), (Series("Số", (5.0,), RED),)))
    assert widget.spec() is not None
    image = widget.grab().toImage()
    assert red_columns(image)
    widget.set_spec(None)
    assert not red_columns(widget.grab().toImage())


def test_a_chart_paints_on_a_pdf_page_at_print_resolution(qapp: Any, tmp_path: Any) -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter

    writer = QPdfWriter(str(tmp_path / "chart.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = RecordingPainter(writer)
    try:
        bounds = QRectF(0, 0, writer.width(), writer.width() * 0.6)
        spec = ChartSpec("Số tổ chức qua các năm", ("2024", "2025", "2026"),
                         (Series("Hợp tác xã", (7.0, 9.0, 11.0), "#4E79A7"), Series("Tổ hợp tác", (1.0, 1.0, 3.0),
                                                                                    "#59A14F")))
        paint_chart(painter, bounds, spec)
    finally:
        painter.end()
    texts = {text for _, text in painter.texts}
    assert {"Số tổ chức qua các năm", "Hợp tác xã", "2026", "11"} <= texts
    assert all(bounds.contains(rect) for rect, _ in painter.texts)
    assert (tmp_path / "chart.pdf").stat().st_size > 1000


# Every category of support, as the printed report's chart may have to name them.
SUPPORT_CATEGORIES = tuple(value.vi for value in catalogs.catalog("support_category"))


def small_font_metrics(point_size: float = 7.6) -> QFontMetricsF:
    """The metrics of the charts' small font as the printed report measures it."""
    font = QFont(load_fonts())
    font.setPointSizeF(point_size)
    return QFontMetricsF(font)


def test_long_category_names_are_wrapped_whole_not_cut(qapp: Any) -> None:
    fm = small_font_metrics()
    width, height = 280.0, 200.0
    categories = SUPPORT_CATEGORIES[:8]
    placed = bar_labels(fm, categories, width, height)
    assert placed.whole
    assert width * LABEL_SHARE <= placed.width <= width * WRAPPED_LABEL_SHARE + 1
    for category, lines in zip(categories, placed.lines, strict=True):
        assert " ".join(lines) == category  # every word, none elided
        assert 1 <= len(lines) <= 2
        assert all(fm.horizontalAdvance(line) <= placed.width for line in lines)
        assert not any(line.startswith(("–", "-")) for line in lines)
    long = categories.index("Khoa học – công nghệ, chuyển đổi số")
    assert len(placed.lines[long]) == 2
    assert sum(placed.bands) == pytest.approx(height)
    assert placed.bands[long] > placed.bands[categories.index("Tín dụng")]  # the two-line label gets room


def test_short_category_names_stay_on_one_line_in_even_bands(qapp: Any) -> None:
    placed = bar_labels(small_font_metrics(), ("Thái", "Kinh", "Hà Nhì"), 280.0, 150.0)
    assert placed.whole and placed.lines == (("Thái",), ("Kinh",), ("Hà Nhì",))
    assert placed.bands == pytest.approx((50.0, 50.0, 50.0))


def test_only_a_chart_too_small_for_its_names_cuts_them(qapp: Any) -> None:
    fm = small_font_metrics()
    placed = bar_labels(fm, SUPPORT_CATEGORIES, 200.0, 60.0)
    assert not placed.whole
    assert all(fm.horizontalAdvance(line) <= placed.width + 0.5 for lines in placed.lines for line in lines)


def test_the_printed_support_chart_draws_every_name_whole(qapp: Any, registry: Any) -> None:
    from kttt_desktop.ui.printing.report_document import CHART_HEIGHT, CHART_SCALE, CHART_WIDTH

    report = build_report(registry)
    every = [(name, 1, (number + 1) * 10_000_000) for number, name in enumerate(SUPPORT_CATEGORIES)]
    spec = report_charts(dataclasses.replace(report, support_by_category=every))[3]
    height = fitting_height(spec, CHART_WIDTH, CHART_HEIGHT, CHART_SCALE)
    assert height > CHART_HEIGHT  # eleven names, some on two lines: the chart grows
    drawn = [text for _, text in painted_texts(spec, CHART_WIDTH, height, CHART_SCALE)]
    assert not any("…" in text for text in drawn)
    joined = " ".join(drawn)  # a name's two lines are drawn one after the other
    for name in SUPPORT_CATEGORIES:
        assert name in joined, name
    # the report's usual eight names fit the usual size
    usual = report_charts(dataclasses.replace(report, support_by_category=every[:8]))[3]
    assert fitting_height(usual, CHART_WIDTH, CHART_HEIGHT, CHART_SCALE) == CHART_HEIGHT
