"""The totals row under the window's lists: «Tổng cộng» and the sums of what the list shows."""

from __future__ import annotations

import pytest

from kttt_desktop.core.formats import format_money
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui.app import build_main_window
from kttt_desktop.ui.list_page import ListPage
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.models.columns import MEMBER_COUNT_KEY


@pytest.fixture
def window(qtbot, registry: Registry) -> MainWindow:
    window = build_main_window(registry)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_page(window: MainWindow, record_type: str) -> ListPage:
    assert window.show_page(record_type)
    page = window.list_pages[record_type]
    assert page.model is not None
    return page


def column_sum(page: ListPage, key: str) -> int:
    """The sum of one column over the rows the list shows, read row by row as the officer sees them."""
    model = page.model
    return sum(int(model.row_data(row).get(key) or 0) for row in range(model.rowCount()))


def test_the_member_list_totals_what_it_shows(qtbot, window: MainWindow, populated: dict) -> None:
    page = shown_page(window, "member")
    bar = page.totals_bar
    assert bar.isVisible()
    texts = bar.texts()
    assert texts["full_name"] == "Tổng cộng"
    everyone = column_sum(page, "capital_vnd")
    assert everyone == 75_000_000  # 5 + 10 + 15 + 20 + 25 million; the THT's two gave nothing
    assert texts["capital_vnd"] == format_money(everyone) == "75.000.000"  # as the cells show money
    assert texts["birth_date"] == texts["_row_number"] == ""

    # Searching: the total follows what is found.
    qtbot.keyClicks(page.search_box, "nguyen van")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert bar.texts()["capital_vnd"] == format_money(column_sum(page, "capital_vnd")) == "15.000.000"
    page.clear_search()

    # Only the people still in: the one who left takes her 25 million away.
    page.active_box.setChecked(True)
    assert page.model.rowCount() == 6
    assert bar.texts()["capital_vnd"] == format_money(column_sum(page, "capital_vnd")) == "50.000.000"


def test_the_organisation_list_totals_capital_and_members(window: MainWindow, populated: dict) -> None:
    page = shown_page(window, "organization")
    texts = page.totals_bar.texts()
    assert texts["name"] == "Tổng cộng"
    assert texts["charter_capital_vnd"] == format_money(column_sum(page, "charter_capital_vnd")) == "1.250.000.000"
    assert texts[MEMBER_COUNT_KEY] == format_money(column_sum(page, MEMBER_COUNT_KEY)) == "6"

    page.set_filter("village", "Bản Pắc Ma")
    assert page.model.rowCount() == 2
    texts = page.totals_bar.texts()
    assert texts[MEMBER_COUNT_KEY] == "2" == str(column_sum(page, MEMBER_COUNT_KEY))
    assert texts["charter_capital_vnd"] == "0"


def test_totals_follow_a_new_record(window: MainWindow, registry: Registry, populated: dict) -> None:
    page = shown_page(window, "support")
    assert page.totals_bar.texts()["amount_vnd"] == "25.000.000"
    created = registry.create("support", {"organization_id": populated["tht"]["id"], "category": "training",
                                          "content": "Máy dệt", "amount_vnd": 40_000_000, "stage": "approved"})
    window.apply_changes(created.changes)  # as after any write in the window
    assert page.totals_bar.texts()["amount_vnd"] == format_money(column_sum(page, "amount_vnd")) == "65.000.000"


def test_a_list_without_money_has_no_totals_row(window: MainWindow, populated: dict) -> None:
    page = shown_page(window, "worker")
    assert not page.totals_bar.isVisible()
    assert page.totals_bar.texts() == {column.key: "" for column in page.model.columns}


def test_the_totals_stand_under_their_columns(qtbot, window: MainWindow, populated: dict) -> None:
    page = shown_page(window, "member")
    header = page.view.horizontalHeader()
    capital = next(n for n, c in enumerate(page.model.columns) if c.key == "capital_vnd")
    header.resizeSection(capital, 20)  # narrower than its total: the row widens it, a figure is never cut
    page.totals_bar.refresh()
    assert header.sectionSize(capital) >= page.totals_bar.fontMetrics().horizontalAdvance("75.000.000")
    image = page.totals_bar.grab()  # painted without warnings, aligned under the columns
    assert not image.isNull() and image.height() == page.totals_bar.height()


def test_an_organisations_member_tab_has_stt_and_its_totals(window: MainWindow, populated: dict) -> None:
    window.open_organization(populated["htx"]["id"])
    view = window.organization_view
    view.tabs.setCurrentIndex(1)
    tab = view.child_tabs["member"]
    model = tab.model
    assert model.columns[0].title == "STT"
    header = tab.view.horizontalHeader()
    assert model.columns[header.sortIndicatorSection()].key == "full_name"  # by name, not by STT
    texts = tab.totals_bar.texts()
    assert texts["full_name"] == "Tổng cộng"
    assert texts["capital_vnd"] == format_money(sum(int(model.row_data(r)["capital_vnd"] or 0)
                                                    for r in range(model.rowCount()))) == "75.000.000"
    header.setSortIndicator(0, header.sortIndicatorOrder())  # a click on STT: the order stays by name
    assert model.columns[header.sortIndicatorSection()].key == "full_name"


def test_the_label_reads_in_full_under_a_narrow_year_column(qtbot, window: MainWindow, registry: Registry,
                                                            populated: dict) -> None:
    for year, revenue in ((2023, 900_000_000), (2024, 1_200_000_000)):
        registry.create("annual_report", {"organization_id": populated["htx"]["id"], "year": year,
                                          "revenue_vnd": revenue})
    texts = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    window.navigation.setCurrentRow(texts.index("Kết quả hằng năm"))  # as the officer clicks it
    page = window.list_pages["annual_report"]
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == 2)
    bar = page.totals_bar
    assert bar.isVisible()
    assert bar.texts()["year"] == "Tổng cộng"
    assert bar.drawn_texts()["year"] == "Tổng cộng"  # painted whole, not «Tổng ...»
    assert bar.drawn_texts()["revenue_vnd"] == "2.100.000.000"
    image = bar.grab()
    assert not image.isNull()
