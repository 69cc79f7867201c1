"""Báo cáo – chỉ tiêu: the indicator table against targets, the date, the charts, each commune."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QColor

from kttt_desktop.core.plan.indicators import INDICATOR_KEYS
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui.dashboard_page import (
    STATE_COLORS,
    DashboardPage,
    IndicatorTableModel,
    UnitTableModel,
)
from tests.conftest import TODAY

HTX_MEMBERS = INDICATOR_KEYS.index("htx_members")


def wait_for_report(qtbot: Any, page: DashboardPage, as_of: date) -> None:
    qtbot.waitUntil(lambda: page.report is not None and page.report.as_of == as_of and not page.busy, timeout=10_000)


@pytest.fixture
def commune(core_registry: Registry) -> Registry:
    """Two HTX (one from 2021 with members, one of whom left in 2025), a worker, and own targets."""
    registry = core_registry
    htx = registry.create("organization", {"name": "HTX Nông nghiệp Bum Tở", "kind": "htx",
                                           "registration_date": "2021-03-15"}).record
    registry.create("organization", {"name": "HTX Chè Shan tuyết", "kind": "htx",
                                     "registration_date": "2022-01-10"})
    for number in range(4):
        values = {"organization_id": htx["id"], "full_name": f"Thành viên {number}", "joined_on": "2024-05-01",
                  "gender": "female" if number % 2 else "male", "ethnicity_code": "01"}
        if number == 3:
            values["left_on"] = "2025-03-01"
        registry.create("member", values)
    registry.create("worker", {"organization_id": htx["id"], "full_name": "Vàng A Dế", "started_on": "2024-04-01"})
    registry.set_target("03433", "htx_count", 2030, 2, "at_least")  # 2 of 2: reached
    registry.set_target("03433", "htx_members", 2030, 400, "more_than")  # 3 of 400: behind
    # 0 at the end of 2023 (the base date), 1 of 2 now, with less than half the plan gone: on track
    registry.set_target("03433", "jobs", 2030, 2, "at_least")
    return registry


@pytest.fixture
def page(qtbot: Any, commune: Registry) -> DashboardPage:
    page = DashboardPage(commune)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    wait_for_report(qtbot, page, TODAY)
    return page


def row_of(model: IndicatorTableModel, key: str) -> int:
    return next(n for n in range(model.rowCount()) if model.row(n).indicator.key == key)


def test_the_table_shows_each_indicator_against_its_targets(page: DashboardPage, qtmodeltester: Any) -> None:
    model = page.indicator_model
    qtmodeltester.check(model)
    assert model.rowCount() == len(INDICATOR_KEYS)
    assert page.date_edit.date() == QDate(TODAY.year, TODAY.month, TODAY.day)
    assert page.date_edit.displayFormat() == "dd/MM/yyyy"
    column = IndicatorTableModel.progress_column(2030)
    # Nothing allocated for THT: the district plan's "about 15" is context, not the commune's yardstick.
    expected = {"htx_count": "reached", "htx_members": "behind", "jobs": "on_track", "tht_count": "not_allocated",
                "union_count": "no_target"}
    for key, state in expected.items():
        index = model.index(row_of(model, key), column)
        assert index.data(IndicatorTableModel.STATE_ROLE) == state, key
        assert index.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(STATE_COLORS[state])
    members = row_of(model, "htx_members")
    assert model.index(members, IndicatorTableModel.ACTUAL).data() == "3"
    assert model.index(members, IndicatorTableModel.target_column(2030)).data() == "trên 400"
    assert model.index(members, column).data() == "1 %"
    assert "Chậm tiến độ" in model.index(members, column).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row_of(model, "htx_count"), column).data() == "100 %"
    tht = row_of(model, "tht_count")
    assert model.index(tht, column).data() == "Chưa được giao chỉ tiêu"
    assert model.index(tht, IndicatorTableModel.target_column(2030)).data() == "—"
    assert "khoảng 15" in model.index(tht, IndicatorTableModel.target_column(2030)).data(Qt.ItemDataRole.ToolTipRole)


def test_the_progress_bar_is_painted_in_the_colour_of_its_state(page: DashboardPage) -> None:
    model = page.indicator_model
    view = page.indicator_view
    for key, state in (("htx_count", "reached"), ("htx_members", "behind"), ("jobs", "on_track")):
        rect = view.visualRect(model.index(row_of(model, key), IndicatorTableModel.progress_column(2030)))
        image = view.viewport().grab(rect).toImage()
        colours = {QColor(image.pixel(x, image.height() // 2)).name() for x in range(image.width())}
        assert QColor(STATE_COLORS[state]).name() in colours, key


def test_the_date_changes_what_is_counted(qtbot: Any, page: DashboardPage) -> None:
    model = page.indicator_model
    assert model.index(HTX_MEMBERS, IndicatorTableModel.ACTUAL).data() == "3"
    page.date_edit.setDate(QDate(2024, 12, 31))  # typed or picked: computed after a short pause
    wait_for_report(qtbot, page, date(2024, 12, 31))
    assert model.index(HTX_MEMBERS, IndicatorTableModel.ACTUAL).data() == "4"  # she left in 2025
    assert "31/12/2024" in page.subtitle.text()
    page.set_as_of(date(2021, 6, 1))
    wait_for_report(qtbot, page, date(2021, 6, 1))
    assert model.index(row_of(model, "htx_count"), IndicatorTableModel.ACTUAL).data() == "1"


def test_a_refresh_asked_while_computing_ends_with_the_latest_date(qtbot: Any, page: DashboardPage) -> None:
    page.set_as_of(date(2024, 12, 31))
    page.set_as_of(date(2022, 12, 31))
    assert page.busy and page.busy_label.isVisibleTo(page)
    wait_for_report(qtbot, page, date(2022, 12, 31))
    assert not page.busy_label.isVisibleTo(page)
    assert page.refresh_button.isEnabled()


def test_charts_and_targets_note_come_from_the_same_report(page: DashboardPage) -> None:
    assert len(page.charts) == 6
    assert page.charts[0].spec().title == "Tổ chức theo loại hình và tình trạng"
    assert page.charts[0].spec().series[0].values[0] == 2.0  # both HTX are active
    # the commune's own targets; the district plan beside them is named as context only
    assert page.targets_note.isVisibleTo(page) and "tham khảo" in page.targets_note.text()
    assert not page.unit_view.isVisibleTo(page)  # a commune has no per-commune table


def test_a_stale_page_recomputes_when_shown(qtbot: Any, page: DashboardPage, commune: Registry) -> None:
    page.hide()
    commune.set_target("03433", "htx_count", 2030, 5, "at_least")
    page.mark_stale()
    assert not page.busy  # nobody looks at it: nothing computed
    page.show()
    htx_count = INDICATOR_KEYS.index("htx_count")
    qtbot.waitUntil(lambda: not page.busy and page.report.indicator_rows[htx_count].by_horizon[2030].target.value == 5,
                    timeout=10_000)
    model = page.indicator_model
    assert model.index(row_of(model, "htx_count"), IndicatorTableModel.progress_column(2030)).data(
        IndicatorTableModel.STATE_ROLE) == "behind"  # 2 of 5 with half the plan gone


def test_buttons_for_targets_and_window_actions(qtbot: Any, page: DashboardPage) -> None:
    with qtbot.waitSignal(page.edit_targets_requested, timeout=1000):
        page.targets_button.click()
    action = QAction("Xuất PDF…", page)
    button = page.add_action_button(action)
    assert page.toolbar_layout.indexOf(button) > page.toolbar_layout.indexOf(page.targets_button)
    with qtbot.waitSignal(action.triggered, timeout=1000):
        button.click()


def test_an_upper_level_lists_each_commune_and_the_total(qtbot: Any, tmp_path: Path, qtmodeltester: Any) -> None:
    registry = Registry.open(tmp_path / "district.sqlite", today=lambda: TODAY)
    try:
        registry.init_site("district", "107", "Khu vực Mường Tè")
        registry.create_many("organization", [
            {"name": "HTX Bum Tở 1", "kind": "htx", "commune_code": "03433", "owner": "03433",
             "registration_date": "2020-01-01"},
            {"name": "HTX Bum Tở 2", "kind": "htx", "commune_code": "03433", "owner": "03433",
             "registration_date": "2020-01-01"},
            {"name": "THT Mường Tè", "kind": "tht", "commune_code": "03445", "owner": "03445",
             "registration_date": "2024-03-01"},  # after the base date: half the way from 0 to 2
        ])
        registry.set_target("03445", "tht_count", 2030, 2, "at_least")
        page = DashboardPage(registry)
        qtbot.addWidget(page)
        page.show()
        wait_for_report(qtbot, page, TODAY)

        model = page.unit_model
        qtmodeltester.check(model)
        assert page.unit_view.isVisibleTo(page)
        names = [model.index(row, 0).data() for row in range(model.rowCount())]
        assert names == ["Xã Bum Tở", "Xã Mường Tè", "Tổng cộng"]
        htx_column = 1
        assert [model.index(row, htx_column).data() for row in range(3)] == ["2", "0", "2"]
        assert model.index(2, 0).data(UnitTableModel.CODE_ROLE) is None
        assert model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()

        # the district's own table counts every commune; choosing one shows it against its own targets
        indicators = page.indicator_model
        tht = row_of(indicators, "tht_count")
        assert indicators.index(tht, IndicatorTableModel.ACTUAL).data() == "1"
        assert page.beside.isVisibleTo(page) and page.beside.values["htx_registered"].text() == "2"
        page.unit_view.clicked.emit(model.index(1, 0))
        assert page.selected_unit() == "03445"
        assert not page.beside.isVisibleTo(page)  # counted for the whole area only
        assert indicators.index(row_of(indicators, "htx_count"), IndicatorTableModel.ACTUAL).data() == "0"
        assert indicators.index(tht, IndicatorTableModel.progress_column(2030)).data() == "50 %"
        page.select_unit("03433")
        assert indicators.index(row_of(indicators, "htx_count"), IndicatorTableModel.ACTUAL).data() == "2"
        assert "chưa được giao chỉ tiêu" in page.targets_note.text()
        page.select_unit(None)
        assert page.beside.isVisibleTo(page)
        assert indicators.index(row_of(indicators, "htx_count"), IndicatorTableModel.ACTUAL).data() == "2"
        assert indicators.index(tht, IndicatorTableModel.ACTUAL).data() == "1"
    finally:
        registry.close()
