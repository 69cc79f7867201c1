"""Báo cáo – chỉ tiêu shows the registers: managers trained to standard (and their share),
people trained this year by topic, loans by lender (or that there is no register of loans),
OCOP products by stars and contracts by stage; at an upper level, each commune's figures."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kttt_desktop.core.registry import Registry
from kttt_desktop.ui.main_window import MainWindow
from tests.core.factories import htx
from tests.ui.test_main_window import press
from tests.ui.test_small_screens import cut_figures, cut_widgets

TEA_COMMUNE, RICE_COMMUNE = "03433", "03445"


def _fill(registry: Registry, *, loans: bool = True) -> dict[str, str]:
    """A tea cooperative in Bum Tở (two managers, one trained; a 3-star product; a fund loan with
    50 M overdue) and a rice cooperative in Mường Tè (a trained manager, three people trained this
    year, a contract in force), each entered by its own commune."""
    tea, rice = uuid.uuid4().hex, uuid.uuid4().hex
    owner = {tea: TEA_COMMUNE, rice: RICE_COMMUNE}

    def add(record_type: str, *records: dict[str, Any]) -> None:
        registry.create_many(record_type, [{**values, "owner": owner[values.get("organization_id", values.get("id"))]}
                                           for values in records])

    add("organization", htx(id=tea, commune_code=TEA_COMMUNE, registration_date="2020-01-01"),
        htx(id=rice, name="HTX Lúa gạo Mường Tè", commune_code=RICE_COMMUNE, registration_date="2020-01-01"))
    add("manager", *({"organization_id": org, "full_name": name, "role": role, "from_on": "2020-01-01",
                      "trained_to_standard": trained}
                     for org, name, role, trained in ((tea, "Lò Văn Pản", "director", True),
                                                      (tea, "Lò Thị Ín", "accountant", False),
                                                      (rice, "Vàng A Sùng", "director", True))))
    year = registry.today.year
    add("training", *({"organization_id": rice, "full_name": name, "course": "Lớp tập huấn", "topic": topic,
                       "started_on": f"{year}-01-02"}
                      for name, topic in (("Vàng A Sùng", "accounting"), ("Vàng Thị Dợ", "accounting"),
                                          ("Lò A Cà", "technical"))))
    add("product", {"organization_id": tea, "name": "Chè shan tuyết", "ocop_stars": 3,
                    "ocop_certified_on": "2024-01-01", "ocop_expires_on": f"{year + 2}-01-01"})
    add("linkage", {"organization_id": rice, "partner_name": "Công ty CP Gạo Lai Châu", "stage": "consumption",
                    "signed_on": "2024-01-10"})
    if loans:
        add("loan", _loan(tea))
    return {"tea": tea, "rice": rice}


def _loan(org_id: str) -> dict[str, Any]:
    return {"organization_id": org_id, "lender": "cooperative_fund_provincial", "disbursed_on": "2024-01-10",
            "amount_vnd": 400_000_000, "outstanding_vnd": 300_000_000, "overdue_vnd": 50_000_000}


def _open_dashboard(qtbot: Any, window: MainWindow) -> Any:
    page = window.dashboard_page
    with qtbot.waitSignal(page.report_ready, timeout=20_000):
        press(qtbot, window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.busy)
    return page


def _plain(label: Any) -> str:
    """A rich-text label's words, without its markup."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(label.text())
    return " ".join(document.toPlainText().split())


def test_the_registers_are_shown_and_follow_a_new_loan(qtbot: Any, window: MainWindow, registry: Registry) -> None:
    orgs = _fill(registry, loans=False)
    page = _open_dashboard(qtbot, window)
    panel = page.registers
    assert page.registers_title.text() == "Các sổ chuyên đề" and panel.isVisibleTo(page)
    assert _plain(panel.managers.body) == "2 / 3 người giữ chức danh quản lý 66,67 %"
    assert "Tỷ lệ cán bộ quản lý đạt chuẩn (%)" in panel.managers.toolTip()
    assert _plain(panel.trained.body) == "Kế toán, tài chính 2 Kỹ thuật sản xuất 1 Tổng số 3"
    assert _plain(panel.ocop.body) == "3 sao 1 4 sao 0 5 sao 0"
    assert _plain(panel.contracts.body) == "Tiêu thụ sản phẩm 1 Tổng số 1"
    assert _plain(panel.loans.body).startswith("Chưa có sổ các khoản vay")  # no register: said, not a zero

    with qtbot.waitSignal(page.report_ready, timeout=20_000):
        window.apply_changes(registry.create("loan", _loan(orgs["tea"])).changes)
    assert _plain(panel.loans.body) == ("Bên cho vay Dư nợ (tr. đ) Quá hạn (tr. đ) "
                                        "Quỹ hỗ trợ phát triển HTX tỉnh 300 50 Tổng số 300 50")
    assert "sổ các khoản vay" in panel.loans.toolTip()


def test_the_registers_fit_a_small_screen(qtbot: Any, window: MainWindow, registry: Registry) -> None:
    _fill(registry)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    page = _open_dashboard(qtbot, window)
    page.scroll_area.ensureWidgetVisible(page.registers.loans)
    qtbot.wait(1)  # let the layouts settle
    assert page.registers.width() <= page.scroll_area.viewport().width()
    columns = {block.x() for block in page.registers.blocks}
    assert len(columns) == 2  # side by side at 1024 pixels, not one long column
    assert cut_widgets(window) == [] and cut_figures(window) == []


class TestAnUpperLevel:
    """At a district, whose communes' records came up by sync."""

    @pytest.fixture
    def registry(self, empty_registry: Registry) -> Registry:
        empty_registry.init_site("district", "107", "Khu vực Mường Tè", "Lò Văn Hương")
        _fill(empty_registry)
        return empty_registry

    def test_each_communes_registers_are_listed(self, qtbot: Any, window: MainWindow, qtmodeltester: Any) -> None:
        page = _open_dashboard(qtbot, window)
        model = page.register_unit_model
        qtmodeltester.check(model)
        assert page.register_unit_view.isVisibleTo(page)
        headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
        assert [header.replace("\n", " ") for header in headers] == [
            "Xã / đơn vị", "CB quản lý", "CB đạt chuẩn", "Đào tạo trong năm", "SP OCOP", "HĐ liên kết",
            "Dư nợ vay (tr. đ)", "Nợ quá hạn (tr. đ)"]
        rows = [[model.index(row, column).data() for column in range(model.columnCount())]
                for row in range(model.rowCount())]
        assert rows == [["Xã Bum Tở", "2", "1", "0", "1", "0", "300", "50"],
                        ["Xã Mường Tè", "1", "1", "3", "0", "1", "0", "0"],
                        ["Tổng cộng", "3", "2", "3", "1", "1", "300", "50"]]
        assert model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
        assert "đào tạo đạt chuẩn" in model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)

        # choosing a commune in this table shows its indicators; the site's registers step aside
        page.register_unit_view.clicked.emit(model.index(1, 0))
        assert page.selected_unit() == RICE_COMMUNE
        assert not page.registers.isVisibleTo(page) and page.register_unit_view.isVisibleTo(page)
        assert page.charts_title.text() == "Biểu đồ (toàn khu vực Mường Tè)"  # the charts stay the site's
        page.select_unit(None)
        assert page.registers.isVisibleTo(page) and page.charts_title.text() == "Biểu đồ"
        assert _plain(page.registers.managers.body) == "2 / 3 người giữ chức danh quản lý 66,67 %"

    def test_the_communes_tables_fit_a_small_screen(self, qtbot: Any, window: MainWindow) -> None:
        """At 1024×700 both tables of the communes show every row and column and each heading
        whole on its two lines: no sideways scroll bar hiding the last row."""
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1024, 700)
        qtbot.waitUntil(lambda: window.width() == 1024)
        page = _open_dashboard(qtbot, window)
        for view in (page.unit_view, page.register_unit_view):
            page.scroll_area.ensureWidgetVisible(view)
            qtbot.wait(1)  # let the layouts settle
            header, model = view.horizontalHeader(), view.model()
            assert header.length() <= view.viewport().width()
            assert view.viewport().height() >= model.rowCount() * view.verticalHeader().defaultSectionSize()
            assert header.textElideMode() == Qt.TextElideMode.ElideNone
            for column in range(1, model.columnCount()):
                heading = model.headerData(column, Qt.Orientation.Horizontal)
                widest = max(header.fontMetrics().horizontalAdvance(line) for line in heading.split("\n"))
                assert header.sectionSize(column) >= widest, heading
