"""Trợ giúp (F1): the guide and the list of shortcuts, read from the window's own actions."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kttt_desktop.ui.help_dialog import HelpDialog


def test_f1_opens_the_guide_with_every_shortcut_of_the_window(qtbot, window, monkeypatch):
    shown: list[HelpDialog] = []

    def fake_exec(dialog: HelpDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(HelpDialog, "exec", fake_exec)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(shown) == 1
    dialog = shown[0]
    guide = dialog.guide.toPlainText()
    assert "Xóa và khôi phục" in guide and "Gửi số liệu lên cấp trên" in guide
    table = {dialog.shortcuts.item(row, 0).text(): dialog.shortcuts.item(row, 1).text()
             for row in range(dialog.shortcuts.rowCount())}
    assert table["Thêm"] == "Ctrl+N"
    assert table["In báo cáo tổng hợp"] == "Ctrl+P"
    assert table["Hướng dẫn và phím tắt"] == "F1"
    assert table["Báo cáo – chỉ tiêu"] == "Ctrl+6"
    # every shortcut the window answers to is listed
    listed = {key for keys in table.values() for key in keys.split(" hoặc ")}
    for action in window.findChildren(type(window.add_action)):
        for key in action.shortcuts():
            assert key.toString() in listed, action.text()


def test_the_help_menu_holds_the_guide(window):
    help_menu = [a for a in window.menuBar().actions() if "giúp" in a.text()][0].menu()
    assert window.help_action in help_menu.actions()


def test_the_guide_names_menu_items_that_exist(window):
    """Every «Menu → Item» the guide names is an item of that menu."""
    import re

    from kttt_desktop.ui.help_dialog import guide_html

    menus = {}
    pending = [a for a in window.menuBar().actions() if a.menu()]
    while pending:  # menus and their submenus (Đồng bộ sits in Tệp)
        action = pending.pop()
        menus[action.text().replace("&", "")] = action.menu()
        pending += [a for a in action.menu().actions() if a.menu()]
    named = re.findall(r"<b>([^<→]+) → ([^<]+)</b>", guide_html())
    assert named
    for menu, item in named:
        texts = [a.text().replace("&", "").rstrip("…") for a in menus[menu.strip()].actions()]
        assert item.strip() in texts, (menu, item)


def test_the_guide_gives_the_scale_thresholds_and_marks_the_unverified(qtbot, window, monkeypatch):
    shown: list[HelpDialog] = []
    monkeypatch.setattr(HelpDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = shown[0].guide.toPlainText()
    assert "Quy mô và xếp loại hợp tác xã" in guide
    # Agriculture from Decree 113/2024, as the program computes it; other sectors borrow it, marked.
    assert "Nông nghiệp" in guide and "≥ 300" in guide and "≥ 50 tỷ đồng" in guide
    assert "Các ngành khác" in guide and "chưa kiểm chứng" in guide
    assert "Tốt 80–100" in guide
