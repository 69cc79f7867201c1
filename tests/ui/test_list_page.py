"""A list page: search as you type without diacritics, filters, opening records, remembered columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kttt_desktop.core.registry import Registry
from kttt_desktop.ui.list_page import ListPage


@pytest.fixture
def make_page(qtbot, registry: Registry):
    def make(record_type: str) -> ListPage:
        page = ListPage(registry, record_type)
        qtbot.addWidget(page)
        page.resize(1100, 600)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def column_texts(page: ListPage, key: str) -> list[str]:
    """What one column shows, top to bottom."""
    assert page.model is not None
    column = next(n for n, c in enumerate(page.model.columns) if c.key == key)
    return [page.model.data(page.model.index(row, column)) for row in range(page.model.rowCount())]


def names(page: ListPage) -> list[str]:
    """The names (the title column, the one sorted by name), top to bottom."""
    assert page.model is not None
    title = next(c.key for c in page.model.columns if c.sort == "sort_name")
    return column_texts(page, title)


def test_nothing_is_read_before_the_page_is_shown(qtbot, registry: Registry, populated: dict) -> None:
    page = ListPage(registry, "member")
    qtbot.addWidget(page)
    assert page.model is None
    page.show()
    qtbot.waitExposed(page)
    assert page.model is not None and page.model.rowCount() == len(populated["members"])


def test_typing_without_diacritics_finds_the_member(qtbot, make_page, populated: dict) -> None:
    page = make_page("member")
    assert page.search_box.placeholderText() == "Tìm theo tên, mã số, CCCD, điện thoại (gõ không dấu cũng được)"

    qtbot.keyClicks(page.search_box, "nguyen van duc")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    assert names(page) == ["Nguyễn Văn Đức"]  # not Nguyễn Văn Dũng, nor anyone else
    assert page.count_label.text() == "Tìm thấy 1 trong số 7 thành viên"


def test_clearing_the_search_shows_everyone_again(qtbot, make_page, populated: dict) -> None:
    page = make_page("member")
    qtbot.keyClicks(page.search_box, "dang thi")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert names(page) == ["Đặng Thị Hoa"]
    assert page.clear_search()
    assert page.model.rowCount() == 7
    assert page.count_label.text() == "7 thành viên"
    assert not page.clear_search()  # already empty: Esc may do something else


def test_a_search_that_finds_nothing_says_so(qtbot, make_page, populated: dict) -> None:
    page = make_page("organization")
    page.search_box.setText("khong co ai")
    page.apply_query()
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible()
    assert "Không tìm thấy" in page.empty_label.text()


def test_organisation_filters(make_page, populated: dict) -> None:
    page = make_page("organization")
    captions = [item.label for item in page.filters]
    assert captions == ["Loại hình:", "Tình trạng:", "Thôn/bản:", "Xã:"]

    page.set_filter("kind", "tht")
    assert names(page) == ["Tổ hợp tác Dệt thổ cẩm"]
    page.set_filter("kind", None)
    page.set_filter("status", "suspended")
    assert names(page) == ["HTX Chè Shan tuyết"]
    page.set_filter("status", None)
    page.set_filter("village", "Bản Pắc Ma")
    assert sorted(names(page)) == ["HTX Chè Shan tuyết", "Tổ hợp tác Dệt thổ cẩm"]
    commune = page.filters[3].combo
    assert commune.count() == 1  # values in use are read only when the list is opened
    commune.showPopup()
    assert commune.itemText(1) == "Xã Bum Tở"  # a code, shown by its name
    commune.hidePopup()


def test_member_filters_by_organisation_kind_and_village(make_page, populated: dict) -> None:
    page = make_page("member")
    assert [item.key for item in page.filters] == ["organization.kind", "organization.commune_code", "village"]
    page.set_filter("organization.kind", "tht")
    assert sorted(names(page)) == ["Chu Văn Thắng", "Lỳ Thị Sen"]
    page.set_filter("organization.kind", None)
    page.set_filter("village", "Bản Nậm Củm")
    assert len(names(page)) == 5


def test_only_active_members_and_deleted_records(make_page, registry: Registry, populated: dict) -> None:
    page = make_page("member")
    assert page.active_box is not None and page.active_box.text() == "Chỉ người đang tham gia"
    page.active_box.setChecked(True)
    assert "Pờ Xuân Hùng" not in names(page)  # left in 2024
    page.active_box.setChecked(False)

    registry.delete("member", populated["members"][0]["id"], "Nhập trùng")
    page.refresh()
    assert "Nguyễn Văn Đức" not in names(page)
    page.deleted_box.setChecked(True)
    assert "Nguyễn Văn Đức" in names(page)


def test_support_list_has_no_active_only_box(make_page, populated: dict) -> None:
    page = make_page("support")
    assert page.active_box is None
    assert page.deleted_box.text() == "Hiện cả bản ghi đã xóa"


def test_double_click_and_enter_open_the_record(qtbot, make_page, populated: dict) -> None:
    page = make_page("organization")
    row = page.model.row_of(populated["tht"]["id"])
    index = page.model.index(row, 0)
    page.view.setCurrentIndex(index)

    with qtbot.waitSignal(page.open_requested) as blocker:
        page.view.doubleClicked.emit(index)
    assert blocker.args == [populated["tht"]["id"]]

    page.view.setFocus()
    with qtbot.waitSignal(page.open_requested) as blocker:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert blocker.args == [populated["tht"]["id"]]


def test_enter_in_the_search_box_goes_to_the_first_result(qtbot, make_page, populated: dict) -> None:
    page = make_page("member")
    page.search_box.setText("lo thi")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    assert page.current_record_id() == populated["members"][2]["id"]


def test_column_widths_are_remembered(qtbot, registry: Registry, make_page, populated: dict) -> None:
    page = make_page("member")
    page.view.setColumnWidth(1, 173)
    page.save_state()

    again = ListPage(registry, "member")
    qtbot.addWidget(again)
    again.ensure_loaded()
    assert again.view.columnWidth(1) == 173


def test_sorting_from_the_header(qtbot, make_page, populated: dict) -> None:
    page = make_page("member")
    header = page.view.horizontalHeader()
    birth = next(n for n, c in enumerate(page.model.columns) if c.key == "birth_date")
    header.setSortIndicator(birth, Qt.SortOrder.DescendingOrder)
    assert page.model.query.sort == "birth_date" and page.model.query.descending
    assert names(page)[0] == "Pờ Xuân Hùng"  # born 1974, the youngest


def test_selection_survives_a_refresh(make_page, populated: dict) -> None:
    page = make_page("member")
    target = populated["members"][3]["id"]
    assert page.select_record(target)
    page.refresh()
    assert page.current_record_id() == target


# --- through the window: STT first, names in Vietnamese order ------------------------------

BY_GIVEN_NAME = ["Nguyễn Văn Dũng", "Nguyễn Văn Đức", "Đặng Thị Hoa", "Pờ Xuân Hùng", "Lò Thị Mai", "Lỳ Thị Sen",
                 "Chu Văn Thắng"]


def test_the_member_list_is_by_given_name_with_d_before_d_with_stroke(window, populated: dict) -> None:
    window.show_page("member")
    page = window.list_pages["member"]
    assert page.model.columns[0].title == "STT" and page.model.columns[1].title == "Họ và tên"
    assert names(page) == BY_GIVEN_NAME
    header = page.view.horizontalHeader()
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    assert names(page) == BY_GIVEN_NAME[::-1]


def test_stt_numbers_the_rows_as_shown_after_sorting_and_filtering(qtbot, window, populated: dict) -> None:
    window.show_page("member")
    page = window.list_pages["member"]
    assert column_texts(page, "_row_number") == ["1", "2", "3", "4", "5", "6", "7"]

    header = page.view.horizontalHeader()
    birth = next(n for n, c in enumerate(page.model.columns) if c.key == "birth_date")
    header.setSortIndicator(birth, Qt.SortOrder.DescendingOrder)
    assert names(page)[0] == "Pờ Xuân Hùng"  # a new order, numbered from 1 again
    assert column_texts(page, "_row_number") == ["1", "2", "3", "4", "5", "6", "7"]

    qtbot.keyClicks(page.search_box, "thi")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert column_texts(page, "_row_number") == ["1", "2", "3"]
    page.clear_search()
    page.active_box.setChecked(True)
    assert column_texts(page, "_row_number") == [str(n) for n in range(1, 7)]

    # STT is not a sort key: clicking it leaves the order as it was.
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert page.model.query.sort == "birth_date" and header.sortIndicatorSection() == birth


def test_organisations_sort_by_their_whole_name(window, registry: Registry, populated: dict) -> None:
    registry.create("organization", {"kind": "htx", "name": "HTX Đồng Tâm"})
    registry.create("organization", {"kind": "htx", "name": "HTX Dịch vụ điện"})
    window.show_page("organization")
    page = window.list_pages["organization"]
    assert names(page) == ["HTX Chè Shan tuyết", "HTX Dịch vụ điện", "HTX Đồng Tâm", "HTX Nông nghiệp Bum Tở",
                           "Tổ hợp tác Dệt thổ cẩm"]
    assert column_texts(page, "_row_number") == ["1", "2", "3", "4", "5"]


def test_at_a_commune_the_commune_column_and_filter_wait_for_a_second_commune(
        window, registry: Registry, populated: dict, make_org) -> None:
    assert registry.site.level == "commune"
    window.show_page("organization")
    page = window.list_pages["organization"]
    commune_filter = next(item for item in page.filters if item.key == "commune_code")
    column = next(n for n, c in enumerate(page.model.columns) if c.key == "commune_code")
    assert not commune_filter.combo.isVisible() and not commune_filter.caption.isVisible()
    assert page.view.isColumnHidden(column)
    # an organisation recorded under a former commune now part of this one (Xã Kan Hồ cũ)
    changes = registry.create("organization", {"name": "HTX Kan Hồ", "kind": "htx",
                                               "commune_code": "03469"}).changes
    window.apply_changes(changes)
    assert commune_filter.combo.isVisible() and not page.view.isColumnHidden(column)
