"""Yearly results and status decisions in the window: their lists, the yearly-results form that
starts from the register, and «Ghi quyết định về tình trạng…» on the organisation page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGroupBox

from kttt_desktop.core.db.queries import ListQuery
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui.forms.record_dialog import RecordDialog
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.status_decision_dialog import StatusDecisionDialog


def press(qtbot, window: MainWindow, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the officer's keyboard focus is (window shortcuts included)."""
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def scripted(monkeypatch: pytest.MonkeyPatch, dialog_class: type, done: Callable[[Any], bool]) -> list:
    """The steps the officer takes in each dialog of `dialog_class` the window opens, in order
    (each shown, then run by its step instead of a modal loop)."""
    steps: list[Callable[[Any], None]] = []

    def run_modal(dialog: Any) -> int:
        dialog.show()
        steps.pop(0)(dialog)
        return (QDialog.DialogCode.Accepted if done(dialog) else QDialog.DialogCode.Rejected).value

    monkeypatch.setattr(dialog_class, "exec", run_modal)
    return steps


@pytest.fixture
def decision_script(monkeypatch: pytest.MonkeyPatch) -> list[Callable[[StatusDecisionDialog], None]]:
    return scripted(monkeypatch, StatusDecisionDialog, lambda dialog: dialog.changes is not None)


@pytest.fixture
def record_script(monkeypatch: pytest.MonkeyPatch) -> list[Callable[[RecordDialog], None]]:
    return scripted(monkeypatch, RecordDialog, lambda dialog: bool(dialog.saved_ids))


def type_text(qtbot, widget: Any, text: str) -> None:
    """Replace what a line holds by typing (ASCII as key presses)."""
    target = getattr(widget, "line_edit", widget)
    target.setFocus()
    target.selectAll()
    qtbot.keyClicks(target, text)


def open_organization(window: MainWindow, organization_id: str) -> Any:
    window.open_organization(organization_id)
    return window.organization_view


def tab_index(view: Any, record_type: str) -> int:
    return view.tabs.indexOf(view.child_tabs[record_type])


# --- the two lists ---------------------------------------------------------------------------

def test_both_lists_are_in_the_navigation_with_their_filters(qtbot, window: MainWindow, registry: Registry,
                                                            populated: dict) -> None:
    htx, other = populated["htx"], populated["other"]
    for year, revenue in ((2023, 900_000_000), (2024, 1_200_000_000)):
        registry.create("annual_report", {"organization_id": htx["id"], "year": year, "revenue_vnd": revenue})
    registry.create("annual_report", {"organization_id": other["id"], "year": 2024, "rating": "weak"})
    texts = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert texts[:6] == ["Tổng quan", "Tổ chức", "Thành viên", "Người lao động", "Hỗ trợ", "Báo cáo – chỉ tiêu"]
    row = texts.index("Kết quả hằng năm")
    assert texts[row + 1] == "Quyết định về tình trạng"
    # The keys 1–9 stay where they were: these two have none of their own.
    assert window.navigation.item(row).toolTip() == "Kết quả hằng năm"
    assert window.navigation.item(5).toolTip() == "Báo cáo – chỉ tiêu (Ctrl+6)"

    window.navigation.setCurrentRow(row)  # a click on «Kết quả hằng năm»
    results = window.list_pages["annual_report"]
    assert window.stack.currentWidget() is results
    qtbot.waitUntil(lambda: results.model is not None and results.model.rowCount() == 3)
    years = next(item for item in results.filters if item.key == "year")
    results._ensure_filled(years)
    assert [years.combo.itemText(i) for i in range(years.combo.count())] == ["Tất cả", "2024", "2023"]
    years.combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: results.model.rowCount() == 2)
    results.set_filter("rating", "weak")
    qtbot.waitUntil(lambda: results.model.rowCount() == 1)
    assert results.count_label.text().startswith("Tìm thấy 1 trong số 3 kết quả năm")

    window.navigation.setCurrentRow(row + 1)
    decisions = window.list_pages["status_change"]
    assert window.stack.currentWidget() is decisions
    # Every organisation's first status is a decision; «HTX Chè Shan tuyết» was entered suspended.
    qtbot.waitUntil(lambda: decisions.model is not None and decisions.model.rowCount() == 3)
    decisions.set_filter("status", "suspended")
    qtbot.waitUntil(lambda: decisions.model.rowCount() == 1)

    # On the organisation's own page, its years as years («2024», not «2.024»), the latest first.
    view = open_organization(window, htx["id"])
    tab = view.child_tabs["annual_report"]
    column = next(n for n, c in enumerate(tab.model.columns) if c.key == "year")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert [tab.model.index(row, column).data() for row in range(2)] == ["2024", "2023"]


# --- «Ghi quyết định về tình trạng…» ---------------------------------------------------------

def test_a_suspension_recorded_on_the_organisation_page_and_undone(
        qtbot, window: MainWindow, registry: Registry, populated: dict, decision_script) -> None:
    htx = populated["htx"]
    view = open_organization(window, htx["id"])
    assert view.status_button.text() == "Ghi quyết định về tình trạng…"
    assert window.status_decision_action in window.menuBar().actions()[1].menu().actions()  # «Sửa»
    seen: dict[str, Any] = {}

    def suspend(dialog: StatusDecisionDialog) -> None:
        seen["heading"] = dialog.findChild(type(dialog.messages), "heading").text()
        assert dialog.what_happened.currentText() == "Tạm ngừng kinh doanh"  # the likely news for an active one
        assert dialog.effective_on.value() == registry.today.isoformat()  # today unless told
        type_text(qtbot, dialog.effective_on, "01/03/2025")
        type_text(qtbot, dialog.decision_no, "15/TB-UBND")
        type_text(qtbot, dialog.decision_date, "25/02/2025")
        type_text(qtbot, dialog.agency, "UBND xa Bum To")
        dialog.reason.setPlainText("Thiếu vốn lưu động")
        dialog.save_button.click()

    decision_script.append(suspend)
    press(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert decision_script == []
    assert "Tình trạng hiện nay: Đang hoạt động" in seen["heading"]
    assert registry.get("organization", htx["id"])["status"] == "suspended"
    assert "Tạm ngừng kinh doanh" in view.subtitle_label.text()
    status_tab = view.child_tabs["status_change"]
    assert view.tabs.currentWidget() is status_tab
    assert view.tabs.tabText(tab_index(view, "status_change")) == "Tình trạng pháp lý (2)"
    decision = next(d for d in registry.list_records("status_change")
                    if d["organization_id"] == htx["id"] and d["status"] == "suspended")
    assert (decision["effective_on"], decision["decision_no"], decision["decision_date"], decision["reason"]) == (
        "2025-03-01", "15/TB-UBND", "2025-02-25", "Thiếu vốn lưu động")

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Hoàn tác: both records
    assert registry.get("organization", htx["id"])["status"] == "active"
    assert registry.get("status_change", decision["id"])["deleted"]
    assert "Đang hoạt động" in view.subtitle_label.text()
    assert view.tabs.tabText(tab_index(view, "status_change")) == "Tình trạng pháp lý (1)"


def test_the_dialog_says_what_is_wrong_and_keeps_what_was_typed(
        qtbot, window: MainWindow, registry: Registry, populated: dict, decision_script) -> None:
    other = populated["other"]  # suspended: its likely news is a resumption
    view = open_organization(window, other["id"])
    before = registry.count(ListQuery("status_change"))
    shown: list[str] = []

    def mistakes(dialog: StatusDecisionDialog) -> None:
        assert dialog.what_happened.currentText() == "Hoạt động trở lại"
        dialog.effective_on.set_value("")
        type_text(qtbot, dialog.decision_date, "01/01/2099")
        dialog.save_button.click()
        shown.append(dialog.messages.text())
        assert dialog.messages.isVisible() and dialog.changes is None
        assert dialog.decision_date.text() == "01/01/2099"  # kept, to be corrected
        dialog.cancel_button.click()

    decision_script.append(mistakes)
    view.status_button.click()
    assert "«Có hiệu lực từ ngày» không được để trống." in shown[0]
    assert "«Ngày quyết định» (01/01/2099) nằm trong tương lai." in shown[0]
    assert registry.count(ListQuery("status_change")) == before
    assert registry.get("organization", other["id"])["status"] == "suspended"


def test_the_status_tab_s_button_opens_the_same_dialog(qtbot, window: MainWindow, registry: Registry,
                                                       populated: dict, decision_script) -> None:
    other = populated["other"]
    view = open_organization(window, other["id"])
    view.tabs.setCurrentWidget(view.child_tabs["status_change"])

    def resume(dialog: StatusDecisionDialog) -> None:
        # In effect today (it was entered suspended today), decided today.
        dialog.decision_date.set_value(registry.today.isoformat())
        dialog.save_button.click()

    decision_script.append(resume)
    view.child_tabs["status_change"].add_button.click()
    assert decision_script == []
    assert registry.status_on(other["id"]) == "active"
    assert "Đang hoạt động" in view.subtitle_label.text()


def test_an_existing_organisation_s_status_is_changed_by_decision_not_typed(
        qtbot, window: MainWindow, populated: dict, record_script) -> None:
    view = open_organization(window, populated["htx"]["id"])
    view.start_editing()
    status = view.form.editor("status")
    hint = view.form.findChild(type(view.title_label), "status__hint")
    assert view.editing and not view.form.editor("name").isReadOnly()
    assert not status.isEnabled()  # the one field not typed in
    assert hint is not None and hint.isVisibleTo(view.form)
    assert "Ghi quyết định về tình trạng…" in hint.text() and "Ctrl+T" in hint.text()
    view.cancel_editing()

    def new_organization(dialog: RecordDialog) -> None:
        assert not dialog.form.findChild(type(view.title_label), "status__hint").isVisibleTo(dialog.form)
        editor = dialog.form.editor("status")
        assert editor.isEnabled()
        index = editor.findData("unregistered")
        editor.setCurrentIndex(index)  # a new one still says where it stands
        assert editor.value() == "unregistered"
        editor.setCurrentIndex(editor.findData("active"))  # as it was: Hoãn closes without asking
        dialog.cancel_button.click()

    record_script.append(new_organization)
    window.show_page("organization")
    window.add_action.trigger()
    assert record_script == []


# --- yearly results -----------------------------------------------------------------------------

def test_new_yearly_results_start_from_the_register_and_show_on_the_page(
        qtbot, window: MainWindow, registry: Registry, populated: dict, record_script) -> None:
    htx = populated["htx"]
    view = open_organization(window, htx["id"])
    assert view.results_label.text() == "Chưa có kết quả hoạt động năm nào."
    view.tabs.setCurrentWidget(view.child_tabs["annual_report"])
    last_year = registry.today.year - 1

    def enter(dialog: RecordDialog) -> None:
        form = dialog.form
        titles = [box.title() for box in form.findChildren(QGroupBox)]
        assert titles == ["Năm và tổ chức", "Thành viên và lao động", "Xếp loại", "Kết quả kinh doanh",
                          "Vốn, tài sản, nợ"]
        counts = {name: form.editor(name).value() for name in
                  ("members_official", "members_associate", "workers_total", "workers_regular")}
        assert form.editor("year").value() == last_year
        # 5 members joined in 2022, one left in 2024; the one worker is seasonal.
        assert counts == {"members_official": 4, "members_associate": 0, "workers_total": 1, "workers_regular": 0}
        type_text(qtbot, form.editor("year"), "2023")
        qtbot.waitUntil(lambda: form.editor("members_official").value() == 5)
        type_text(qtbot, form.editor("workers_regular"), "1")  # corrected: works all year round
        type_text(qtbot, form.editor("year"), "2022")
        qtbot.waitUntil(lambda: form.editor("workers_total").value() == 0)  # started in 2023
        assert form.editor("workers_regular").value() == 1  # what was typed stays
        type_text(qtbot, form.editor("year"), "2023")
        type_text(qtbot, form.editor("revenue_vnd"), "1200000000")
        type_text(qtbot, form.editor("profit_vnd"), "-35000000")
        assert form.editor("profit_vnd").text() == "-35.000.000"
        type_text(qtbot, form.editor("cost_vnd"), "-5")  # not signed: the minus is not taken
        assert form.editor("cost_vnd").text() == "5"
        type_text(qtbot, form.editor("rating_score"), "72")
        assert form.editor("rating").value() == "fair"  # suggested from the score
        type_text(qtbot, form.editor("rating_score"), "45")
        assert form.editor("rating").value() == "weak"  # follows the score while not chosen
        dialog.save_button.click()

    record_script.append(enter)
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert record_script == []
    saved = registry.yearly_results(htx["id"], 2023)
    assert saved is not None
    assert (saved["members_official"], saved["workers_total"], saved["workers_regular"]) == (5, 1, 1)
    assert (saved["profit_vnd"], saved["cost_vnd"], saved["rating"], saved["rating_score"]) == (
        -35_000_000, 5, "weak", 45)
    assert view.tabs.tabText(tab_index(view, "annual_report")) == "Kết quả hằng năm (1)"
    assert view.results_label.text() == (
        "Kết quả năm 2023: doanh thu 1.200.000.000 đ, lợi nhuận -35.000.000 đ, xếp loại Yếu · Quy mô: Siêu nhỏ")


def test_a_chosen_rating_is_not_replaced_by_the_score(qtbot, window: MainWindow, populated: dict,
                                                      record_script, monkeypatch: pytest.MonkeyPatch) -> None:
    from kttt_desktop.ui import prompts

    view = open_organization(window, populated["htx"]["id"])
    view.tabs.setCurrentWidget(view.child_tabs["annual_report"])
    warned: list[str] = []

    def enter(dialog: RecordDialog) -> None:
        form = dialog.form
        rating = form.editor("rating")
        rating.setCurrentIndex(rating.findData("good"))
        type_text(qtbot, form.editor("rating_score"), "40")
        assert rating.value() == "good"  # the officer's choice; core says the score disagrees
        message = form.message_label("rating_score")
        qtbot.waitUntil(lambda: message.isVisibleTo(form) and message.text() != "")
        warned.append(message.text())
        monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)  # Hoãn: drop what was typed
        dialog.cancel_button.click()

    record_script.append(enter)
    view.child_tabs["annual_report"].add_button.click()
    assert record_script == []
    assert "Lưu ý:" in warned[0] and "Yếu" in warned[0]
