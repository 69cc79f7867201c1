"""What an empty list advises: after the only record was deleted, with nothing searched or
filtered, it points to «Hiện cả bản ghi đã xóa» and Ctrl+Z rather than to the filters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kttt_desktop.ui import dialogs
from kttt_desktop.ui.main_window import MainWindow
from tests.ui.test_main_window import press


@pytest.fixture
def reason_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """The delete dialog, answered with a reason."""
    monkeypatch.setattr(dialogs, "ask_delete_reason", lambda parent, title, detail="": "Nhập trùng")


@pytest.mark.parametrize("record_type", ["organization", "member"])
def test_the_list_emptied_by_a_deletion_points_to_deleted_records_and_undo(
        qtbot: Any, window: MainWindow, registry: Any, make_org: Callable[..., dict[str, Any]],
        reason_given: None, record_type: str) -> None:
    org = make_org(name="HTX Chè Bum Tở")
    record = org if record_type == "organization" else registry.create(
        "member", {"organization_id": org["id"], "full_name": "Lò Thị Mai"}).record
    window.show_page(record_type)
    page = window.list_pages[record_type]
    assert page.select_record(record["id"])
    page.view.setFocus()
    press(qtbot, window, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.empty_label.isVisible())
    text = page.empty_label.text()
    assert "Hiện cả bản ghi đã xóa" in text and "Ctrl+Z" in text
    assert "điều kiện lọc" not in text

    page.deleted_box.setChecked(True)  # the deleted record shows again, struck through
    assert page.model.rowCount() == 1 and not page.empty_label.isVisible()


def test_a_search_that_finds_nothing_still_advises_fewer_conditions(
        qtbot: Any, window: MainWindow, make_org: Callable[..., dict[str, Any]]) -> None:
    make_org(name="HTX Chè Bum Tở")
    window.show_page("organization")
    page = window.list_pages["organization"]
    page.search_box.setFocus()
    qtbot.keyClicks(page.search_box, "khong co ai")
    qtbot.waitUntil(lambda: page.empty_label.isVisible())
    assert "bỏ bớt điều kiện lọc" in page.empty_label.text()
    assert "Hiện cả bản ghi đã xóa" not in page.empty_label.text()
