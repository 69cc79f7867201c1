"""«Các sổ chuyên đề»: the six registers' lists on one page, through the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kttt_desktop.core.registry import Registry
from kttt_desktop.ui.forms.record_dialog import RecordDialog
from kttt_desktop.ui.main_window import MainWindow
from tests.ui.test_yearly_results_and_decisions import scripted


def show_registers(window: MainWindow) -> None:
    texts = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    window.navigation.setCurrentRow(texts.index("Các sổ chuyên đề"))  # a click on the entry


def test_one_entry_holds_the_six_registers_and_each_list_works(qtbot, window: MainWindow, registry: Registry,
                                                                 make_org, monkeypatch) -> None:
    org = make_org(name="HTX Chè Bum Tở")
    registry.create("loan", {"organization_id": org["id"], "lender": "cooperative_fund_provincial",
                             "contract_no": "15/HĐTD", "amount_vnd": 300_000_000, "overdue_vnd": 0})
    show_registers(window)
    page = window.register_lists_page
    assert window.current_page() is page
    chooser = page.chooser
    assert [chooser.itemText(i) for i in range(chooser.count())] == [
        "Cán bộ quản lý", "Đào tạo, bồi dưỡng", "Sản phẩm, OCOP", "Hợp đồng liên kết", "Khoản vay",
        "Đất đai, mặt bằng"]

    chooser.setCurrentIndex(chooser.findText("Khoản vay"))
    loans = page.current()
    assert loans.record_type == "loan" and loans.isVisible()
    qtbot.waitUntil(lambda: loans.model.rowCount() == 1)
    assert not window.edit_action.isEnabled()
    loans.view.selectRow(0)
    qtbot.waitUntil(window.edit_action.isEnabled)  # the toolbar follows the list shown

    # Thêm (Ctrl+N) adds to the register shown; the list follows the write.
    steps = scripted(monkeypatch, RecordDialog, lambda dialog: bool(dialog.saved_ids))
    chooser.setCurrentIndex(chooser.findText("Cán bộ quản lý"))
    managers = page.current()
    assert window.add_action.isEnabled()

    def fill(dialog: RecordDialog) -> None:
        form = dialog.form
        form.set_values({"organization_id": org["id"], "full_name": "Lò Văn Pọm", "role": "director"})
        assert dialog.save_and_close()

    steps.append(fill)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not steps
    qtbot.waitUntil(lambda: managers.model.rowCount() == 1)
    assert [m["full_name"] for m in registry.list_records("manager")] == ["Lò Văn Pọm"]
