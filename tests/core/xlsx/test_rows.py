"""The end of a hand-made list and its column-numbering row."""

from __future__ import annotations

import pytest

from kttt_desktop.core.xlsx.rows import is_end_of_list, is_numbering_row
from kttt_desktop.core.xlsx.source import SourceSheet


def _ends(cells: list, title_column: int = 2) -> bool:
    return is_end_of_list(SourceSheet("DS", [cells]), 1, title_column)


@pytest.mark.parametrize("cells", [
    [None, "Tổng cộng", None, 45000000],
    ["Tổng cộng:", None, None],  # merged over the number and name columns
    [None, "TỔNG SỐ", None],
    [None, "Cộng", None],
    [None, None, None, "Mù Cả, ngày 20 tháng 11 năm 2025"],
    [None, None, None, "Bum Tở, ngày … tháng … năm 20…"],
    [None, "NGƯỜI LẬP BIỂU", None, "GIÁM ĐỐC"],
    [None, None, "XÁC NHẬN CỦA UBND XÃ"],
    [None, "(Ký, ghi rõ họ tên)"],
])
def test_total_and_signature_rows_end_the_list(cells):
    assert _ends(cells)


@pytest.mark.parametrize("cells", [
    [1, "Pờ Xé Chừ", "12/03/1975", "Giám đốc"],  # a note naming a role
    [2, "TÔ TRƯỜNG AN", "01/01/1980"],  # a name in capitals that folds like a role
    [3, "Tống Công Minh", None],  # a surname that folds like "tổng cộng"
    [4, "Lò Văn Pành", "Ký hợp đồng ngày 5 tháng 3 năm 2020"],
    [None, None, None],
])
def test_member_rows_do_not(cells):
    assert not _ends(cells)


@pytest.mark.parametrize("cells, numbering", [
    (["(1)", "(2)", "(3)", "(4)"], True),
    ([1, 2, 3, 4, 5], True),
    (["A", "B", "C", None], True),
    ([1, "Pờ Xé Chừ", "12/03/1975"], False),
    (["(1)", "(2)"], False),
])
def test_numbering_row(cells, numbering):
    assert is_numbering_row(cells) is numbering
