"""«Cần quan tâm» in the real main window: reached from the navigation, listing each
organisation with its reasons and what was decided, opening the organisation on Enter or a
double click, following writes and the as-of date, and printing through the real preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from kttt_desktop.ui import prompts, report_actions
from kttt_desktop.ui.attention_page import AttentionPage
from tests.ui.printing.pdf_tools import flat, pdf_text
from tests.ui.test_report_actions import _previewed_through


@pytest.fixture
def weak(registry) -> str:
    """An HTX rated weak for last year, with a single official member (the law asks for five)."""
    last_year = registry.today.year - 1
    org_id = registry.create("organization", {"kind": "htx", "name": "HTX Nông sản Pa Vệ Sủ",
                                              "registration_date": "2019-05-10"}).record["id"]
    registry.create("member", {"organization_id": org_id, "full_name": "Lò Văn Sáng", "joined_on": "2019-05-10"})
    registry.create("annual_report", {"organization_id": org_id, "year": last_year, "rating": "weak",
                                      "rating_score": 35, "revenue_vnd": 120_000_000, "profit_vnd": -4_000_000})
    return org_id


def _show(qtbot, window) -> AttentionPage:
    """Click «Cần quan tâm» in the navigation, as the officer does, and wait for the list."""
    page = window.attention_page
    item = next(window.navigation.item(row) for row in range(window.navigation.count())
                if window.navigation.item(row).text() == "Cần quan tâm")
    with qtbot.waitSignal(page.sheet_ready, timeout=20_000):
        window.navigation.setCurrentItem(item)
    assert window.current_page() is page
    return page


def _cells(page: AttentionPage, row: int = 0) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_page_lists_each_organisation_with_its_reasons(qtbot, main_window, weak):
    page = _show(qtbot, main_window)
    assert page.model.rowCount() == 1
    name, commune, kind, reasons, decided = _cells(page)
    assert (name, kind) == ("HTX Nông sản Pa Vệ Sủ", "Hợp tác xã")
    assert "Bum Tở" in commune
    last_year = main_window.registry.today.year - 1
    assert reasons == (f"Xếp loại Yếu năm {last_year}. "
                       "HTX mới có 1 thành viên chính thức; luật yêu cầu ít nhất 5.")
    assert decided.startswith("Đang hoạt động từ 10/05/2019; chưa có quyết định nào từ khi phát sinh vấn đề")
    assert [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Tổ chức", "Xã", "Loại hình", "Lý do cần quan tâm", "Đã quyết định"]


def test_an_empty_list_says_so(qtbot, main_window):
    page = _show(qtbot, main_window)
    assert page.stack.currentWidget() is page.empty_label
    assert "Không có tổ chức nào cần quan tâm" in page.empty_label.text()


def test_enter_opens_the_organisation(qtbot, main_window, weak):
    page = _show(qtbot, main_window)
    page.view.setFocus()
    assert main_window.open_organization_action.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert main_window.current_page() is main_window.organization_view
    assert main_window.organization_view.organization_id == weak


def test_a_double_click_opens_the_organisation(qtbot, main_window, weak):
    page = _show(qtbot, main_window)
    page.view.doubleClicked.emit(page.model.index(0, 3))  # as the other pages' tests double-click
    assert main_window.organization_view.organization_id == weak


def test_a_write_elsewhere_takes_the_organisation_off_the_list(qtbot, main_window, registry, weak):
    """Four more members and a better rating: once the window hears of them, the list is empty."""
    page = _show(qtbot, main_window)
    reports = [r for r in registry.list_records("annual_report") if r["organization_id"] == weak]
    for number in range(4):
        result = registry.create("member", {"organization_id": weak, "full_name": f"Thành viên {number}",
                                            "joined_on": "2020-01-15"})
        main_window.apply_changes(result.changes)
    with qtbot.waitSignal(page.sheet_ready, timeout=20_000):
        main_window.apply_changes(registry.update("annual_report", reports[0]["id"],
                                                  {"rating": "average", "rating_score": 55}).changes)
    assert page.model.rowCount() == 0


def test_a_status_decision_shows_as_what_was_decided(qtbot, main_window, registry, weak):
    page = _show(qtbot, main_window)
    today = registry.today
    with qtbot.waitSignal(page.sheet_ready, timeout=20_000):
        main_window.apply_changes(registry.create("status_change", {
            "organization_id": weak, "status": "dissolving", "effective_on": today.isoformat(),
            "decision_no": "42/QĐ-UBND", "decision_date": today.isoformat(), "agency": "UBND xã Bum Tở"}).changes)
    decided = _cells(page)[4]
    assert decided.startswith(f"Đang làm thủ tục giải thể từ {today:%d/%m/%Y}, số 42/QĐ-UBND")
    assert "quyết định sau khi phát sinh vấn đề" in decided


def test_the_as_of_date_chooses_the_year(qtbot, main_window, weak):
    """In June of last year, the weak rating of last year was not known yet; the year before's
    results were due and missing."""
    page = _show(qtbot, main_window)
    today = main_window.registry.today
    with qtbot.waitSignal(page.sheet_ready, timeout=20_000):
        page.set_as_of(date(today.year - 1, 6, 1))
    assert _cells(page)[3] == (f"Đang hoạt động nhưng chưa có kết quả hoạt động năm {today.year - 2}. "
                               "HTX mới có 1 thành viên chính thức; luật yêu cầu ít nhất 5.")
    assert page.count_label.text() == f"1 tổ chức cần quan tâm, tính đến ngày 01/06/{today.year - 1}"


def test_the_list_prints_through_the_real_preview(qtbot, main_window, weak, monkeypatch):
    page = _show(qtbot, main_window)
    documents = []
    page.printed.connect(documents.append)

    class PrintButton:  # the officer clicks «In danh sách…»
        @staticmethod
        def trigger() -> None:
            qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)

    painted, shown = _previewed_through(qtbot, PrintButton, monkeypatch)
    assert painted >= 1 and shown == painted
    text = flat(documents[0].toPlainText())
    assert "DANH SÁCH TỔ CHỨC CẦN QUAN TÂM" in text and "HTX Nông sản Pa Vệ Sủ" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text


def test_the_list_is_written_as_pdf(qtbot, main_window, weak, told, tmp_path, monkeypatch):
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: tmp_path / "can-quan-tam")
    page = _show(qtbot, main_window)
    with qtbot.waitSignal(page.written, timeout=20_000) as written:
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    path = Path(written.args[0])
    assert path == tmp_path / "can-quan-tam.pdf"
    text = flat(pdf_text(path))
    assert "HTX Nông sản Pa Vệ Sủ" in text and "Xếp loại Yếu" in text
    assert str(path) in told[0]


def test_an_unwritable_place_is_explained(qtbot, main_window, weak, told, tmp_path, monkeypatch):
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: tmp_path / "khong-co" / "ds.pdf")
    page = _show(qtbot, main_window)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert "Không ghi được tệp" in told[0]
    assert not (tmp_path / "khong-co").exists()


def test_printing_while_another_day_is_typed_asks_to_wait(qtbot, main_window, weak, told, monkeypatch):
    """The list shown is not the one of the day in the box yet: nothing is printed, the
    officer is told to wait; once the list of that day shows, it prints."""
    page = _show(qtbot, main_window)
    previews = []
    monkeypatch.setattr(report_actions, "show_print_preview", lambda parent, document, title: previews.append(title))
    page.as_of_box.date_edit.setDate(QDate(2025, 6, 1))  # typed: the list follows after a pause
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert previews == [] and "Hãy đợi danh sách hiện xong" in told[0]
    qtbot.waitUntil(lambda: page.sheet.as_of == date(2025, 6, 1) and not page.busy, timeout=20_000)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert previews == ["DANH SÁCH TỔ CHỨC CẦN QUAN TÂM – 01/06/2025"]
