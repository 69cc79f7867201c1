"""A row of buttons that wraps instead of being cut on a narrow window."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kttt_desktop.ui.flow_layout import FlowLayout

TEXTS = ["Làm mới", "Chỉ tiêu kế hoạch…", "In báo cáo tổng hợp", "Xuất báo cáo PDF", "Xuất báo cáo Excel"]


def _page(qtbot) -> tuple[QWidget, list[QPushButton]]:
    page = QWidget()
    qtbot.addWidget(page)
    outer = QVBoxLayout(page)
    row = FlowLayout()
    buttons = [QPushButton(text, page) for text in TEXTS]
    for button in buttons:
        row.addWidget(button)
    outer.addLayout(row)
    outer.addStretch(1)
    return page, buttons


def test_wide_enough_all_buttons_stand_on_one_line(qtbot):
    page, buttons = _page(qtbot)
    page.resize(1200, 200)
    page.show()
    qtbot.waitExposed(page)
    assert len({button.y() for button in buttons}) == 1


def test_narrow_the_buttons_wrap_and_none_is_cut(qtbot):
    page, buttons = _page(qtbot)
    widest = max(button.sizeHint().width() for button in buttons)
    assert page.minimumSizeHint().width() < widest + 40  # not the sum of all of them
    page.resize(widest + 40, 300)
    page.show()
    qtbot.waitExposed(page)
    assert len({button.y() for button in buttons}) > 2
    assert all(button.geometry().right() <= page.width() for button in buttons)
    lines = sorted({button.y() for button in buttons})
    # the lines do not overlap and the layout made room for them all
    heights = buttons[0].sizeHint().height()
    assert all(b - a >= heights for a, b in zip(lines, lines[1:], strict=False))  # neighbouring pairs
    assert max(button.geometry().bottom() for button in buttons) < page.height()
