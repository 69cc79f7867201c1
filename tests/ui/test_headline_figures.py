"""One set of headline numbers: the overview, the dashboard (table, figures beside it and
charts), the PDF the window writes and its Excel sheet, read back on the demo commune, say
the same figure under the same name for every concept."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from kttt_desktop.core.demo.loader import fill_demo
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.reports.headline import HEADLINES, headline_values
from kttt_desktop.ui import prompts
from kttt_desktop.ui.app import build_main_window
from kttt_desktop.ui.dashboard_page import IndicatorTableModel
from kttt_desktop.ui.main_window import MainWindow
from tests.ui.printing.pdf_tools import flat, pdf_text


def number(text: str) -> int:
    """A figure as a person reads it: "5.402.000.000 đ" is 5402000000."""
    digits = re.sub(r"[^\d,]", "", text)
    assert digits and "," not in digits, text  # every headline figure is a whole number
    return int(digits)


@pytest.fixture
def window(qtbot: Any, registry: Registry) -> MainWindow:
    fill_demo(registry, seed=1)
    window = build_main_window(registry)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def overview_figures(qtbot: Any, window: MainWindow) -> dict[str, int]:
    """Label → figure of every tile and of every line beside a tile."""
    page = window.overview_page
    qtbot.waitUntil(lambda: page.snapshot is not None and not page.busy, timeout=20_000)
    found: dict[str, int] = {}
    for tile in page.tiles.values():
        found[tile.caption.text()] = number(tile.number.text())
        for line in filter(None, tile.note.text().split("\n")):
            label, _, value = line.rpartition(": ")
            found[label] = number(value)
    return found


def dashboard_figures(qtbot: Any, window: MainWindow) -> dict[str, int]:
    """Label → figure of the indicator table (counts and money) and of the figures beside it."""
    window.show_page("dashboard")
    page = window.dashboard_page
    qtbot.waitUntil(lambda: page.report is not None and not page.busy, timeout=20_000)
    model = page.indicator_model
    found = {}
    for row in range(model.rowCount()):
        if model.row(row).indicator.unit != "percent":
            found[model.index(row, IndicatorTableModel.INDICATOR).data()] = number(
                model.index(row, IndicatorTableModel.ACTUAL).data())
    for key, label in page.beside.labels.items():
        found[label.text()] = number(page.beside.values[key].text())
    return found


def written(qtbot: Any, window: MainWindow, action: Any, path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Export through the window's action, the save dialog answered with `path`."""
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: path)
    with qtbot.waitSignal(window.reports.written, timeout=30_000) as done:
        action.trigger()
    return Path(done.args[0])


def pdf_figures(path: Path) -> dict[str, int]:
    """Label → figure in section I of the PDF: the indicator table and the table beside it
    (money in millions of đồng, as reports to the upper level write it)."""
    text = flat(pdf_text(path))
    section = text[text.index("I. Kết quả thực hiện các chỉ tiêu"):text.index("II. Tổ chức theo loại hình")]
    found = {}
    for figure in HEADLINES:
        label = figure.vi.replace("(đồng)", "(triệu đồng)")
        match = re.search(r"(?<!\w)" + re.escape(label) + r" (\d[\d.]*)(?= )", section)
        assert match, f"{label!r} is not printed with a figure"
        found[figure.vi] = number(match.group(1))
    return found


def excel_figures(path: Path) -> dict[str, int]:
    """Label → figure of the sheet: the name in column B, the figure beside it in column C."""
    sheet = load_workbook(path).active
    return {row[1].value: row[2].value for row in sheet.iter_rows(min_col=1, max_col=3)
            if isinstance(row[1].value, str) and isinstance(row[2].value, int)}


def test_every_output_says_the_same_figure_under_the_same_name(qtbot: Any, window: MainWindow, registry: Registry,
                                                              tmp_path: Path, told: list[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "tell_written", lambda *args, **kwargs: None, raising=False)
    overview = overview_figures(qtbot, window)
    dashboard = dashboard_figures(qtbot, window)
    pdf = pdf_figures(written(qtbot, window, window.reports.pdf_action, tmp_path / "bao-cao.pdf", monkeypatch))
    excel = excel_figures(written(qtbot, window, window.reports.xlsx_action, tmp_path / "bao-cao.xlsx", monkeypatch))
    expected = headline_values(registry.indicators())
    for figure in HEADLINES:
        label, value = figure.vi, expected[figure.key]
        assert overview.get(label) == value, (figure.key, overview)
        assert dashboard.get(label) == value, (figure.key, dashboard)
        assert excel.get(label) == value, (figure.key, excel)
        assert pdf[label] == (round(value / 1_000_000) if figure.unit == "vnd" else value), figure.key
    # Figures that differ on the demo commune, so that showing one for the other is caught.
    assert expected["htx_count"] < expected["htx_registered"] and expected["htx_paused"] > 0
    assert expected["members_total"] > expected["htx_members"] and expected["workers_seasonal"] > 0


def test_the_dashboard_charts_count_the_same_way(qtbot: Any, window: MainWindow, registry: Registry) -> None:
    dashboard_figures(qtbot, window)
    expected = headline_values(registry.indicators())
    charts = {chart.spec().title: chart.spec() for chart in window.dashboard_page.charts}
    by_status = charts["Tổ chức theo loại hình và tình trạng"]
    assert sum(series.values[0] for series in by_status.series) == expected["htx_registered"]
    active = next(series for series in by_status.series if series.label == "Đang hoạt động")
    assert active.values[0] == expected["htx_count"]
    organisations = charts["Tổ chức đang hoạt động qua các năm"]
    assert [series.values[-1] for series in organisations.series[:2]] == [expected["htx_count"],
                                                                          expected["tht_count"]]
    members = charts["Thành viên của tổ chức đang hoạt động qua các năm"]
    assert members.series[0].values[-1] == expected["members_total"]
    assert sum(charts["Thành viên theo giới tính"].series[0].values) == expected["members_total"]


def test_each_figure_says_what_it_counts(qtbot: Any, window: MainWindow) -> None:
    overview_figures(qtbot, window)
    dashboard_figures(qtbot, window)
    tips = " ".join(tile.toolTip() for tile in window.overview_page.tiles.values())
    model = window.dashboard_page.indicator_model
    table_tips = " ".join(model.index(row, IndicatorTableModel.INDICATOR).data(Qt.ItemDataRole.ToolTipRole)
                          for row in range(model.rowCount()))
    beside_tips = " ".join(label.toolTip() for label in window.dashboard_page.beside.labels.values())
    for figure in HEADLINES:
        assert figure.explanation() in tips, figure.key
        assert figure.explanation() in (table_tips + beside_tips), figure.key
    assert "«Tạm ngừng kinh doanh»" in tips and "kể cả đã giải thể" in tips


def test_figures_are_written_the_way_the_window_s_language_writes_numbers(monkeypatch) -> None:
    """In English the window writes 1,710 like the targets beside it and the printed report,
    never the Vietnamese 1.710 (which an English reader takes for 1.71)."""
    from kttt_desktop.ui import figures

    assert figures.format_value("count", 1710) == "1.710" and figures.format_value("percent", 10.16) == "10,16 %"
    monkeypatch.setattr(figures, "lang", lambda: "en")
    assert figures.format_value("count", 1710) == "1,710"
    assert figures.format_value("percent", 10.16) == "10.16 %"
    assert figures.format_value("vnd", 265_815_000) == "265,815,000 VND"
    assert figures.format_value("vnd", 265_815_000, with_unit=False) == "265,815,000"
