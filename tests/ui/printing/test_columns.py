"""Column widths measured in the printed font: figures and dates on one line, no word cut."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

from kttt_desktop.ui.fonts import load_print_font
from kttt_desktop.ui.printing.columns import CELL_EXTRA_PT, column_widths
from kttt_desktop.ui.printing.pdf import A4, LAYOUT_DPI, layout_device


def width_of(text: str, bold: bool = False, size: float = 10) -> float:
    """Percent of the page body that `text` takes, with a cell's paddings."""
    font = QFont(load_print_font())
    font.setPointSizeF(size)
    font.setBold(bold)
    advance = QFontMetricsF(font, layout_device()).horizontalAdvance(text)
    return 100 * (advance + CELL_EXTRA_PT * LAYOUT_DPI / 72) / A4.body.width()


def test_figures_fit_and_text_shares_the_rest(qapp):
    headers = ["STT", "Họ và tên", "Ngày sinh", "Vốn góp (đồng)"]
    rows = [[1, "Nguyễn Văn Đức", "14/06/1990", "20.000.000"], [2, "Lò Thị Mai", "01/05/1986", "5.000.000"]]
    widths = column_widths(headers, rows, (1, 1, 1, 1), ("mid", "", "mid", "num"), 10,
                           total=["", "Tổng số", "", "25.000.000"])
    assert abs(sum(widths) - 100) < 0.1
    assert widths[2] >= width_of("14/06/1990") - 0.01
    assert widths[3] >= width_of("25.000.000", bold=True) - 0.01  # the bold total
    assert widths[1] == max(widths)  # the name takes what is left


def test_when_room_is_short_long_entries_wrap_first_and_no_word_is_cut(qapp):
    headers = ["Chỉ tiêu", "Thực hiện", "Mục tiêu 2030", "Mục tiêu 2045", "Đạt %"]
    rows = [["Tỷ lệ dân số tham gia tổ chức kinh tế tập thể", "14,29 %",
             "trên 1.500 người " * 4, "khoảng 4.000 người " * 4, "100"]]
    widths = column_widths(headers, rows, (1, 1, 1, 1, 1), ("", "num", "num", "num", "num"), 10)
    assert sum(widths) <= 100.01
    assert widths[1] >= width_of("14,29 %") - 0.01  # a short figure stays on one line
    assert widths[2] < width_of(rows[0][2].strip())  # the long targets wrap
    assert widths[0] >= 30 - 0.01  # the text column keeps its share
    assert all(w >= width_of("khoảng") - 0.01 for w in widths[2:4])
