"""A list's column is at least as wide as its heading (up to a limit), so that headings such
as «Sao OCOP» or «Đã qua đào tạo đạt chuẩn» are read whole, not cut off in the middle."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from kttt_desktop.ui.list_page import HEADING_ROOM_PX, HEADING_WIDTH_MAX_PX
from kttt_desktop.ui.main_window import MainWindow

REGISTER_TABS = ("manager", "training", "product", "linkage", "loan", "land")


def test_every_register_tab_shows_its_headings_whole(qtbot, window: MainWindow,
                                                     make_org: Callable[..., dict[str, Any]]) -> None:
    org = make_org(name="HTX Dược liệu Nậm Củm")
    window.open_organization(org["id"])
    view = window.organization_view
    for record_type in REGISTER_TABS:
        tab = view.child_tabs[record_type]
        view.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda tab=tab: tab.model is not None)
        header = tab.view.horizontalHeader()
        for column in range(tab.model.columnCount()):
            heading = str(tab.model.headerData(column, Qt.Orientation.Horizontal))
            wanted = min(header.fontMetrics().horizontalAdvance(heading) + HEADING_ROOM_PX, HEADING_WIDTH_MAX_PX)
            assert tab.view.columnWidth(column) >= wanted, (record_type, heading)
