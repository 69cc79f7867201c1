"""Where a hand-made list ends, and which rows below its header are not records.

An officer's sheet goes on after the last member: a "Tổng cộng" row, the place and date of
signing, the signers' titles, "(Ký, ghi rõ họ tên)". Under the header there is often a row
numbering the columns "(1) (2) (3)…". Reading stops at the first end marker and skips the
numbering row; blank lines are skipped by the caller.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from kttt_desktop.core.text import fold
from kttt_desktop.core.xlsx.source import SourceSheet
from kttt_desktop.core.xlsx.values import is_empty

__all__ = ["is_end_of_list", "is_numbering_row"]

_STOP_WITH_MARKS = ("tổng cộng", "tổng số", "cộng:")
_STOP_FOLDED = frozenset({"tong cong", "tong so", "tong", "cong", "tong cong:", "tong:", "cong:"})
_SIGNING_DATE = re.compile(r"\bngay\b[\s0-9./…_-]*\bthang\b[\s0-9./…_-]*\bnam\b")
# Compared with their marks: without them "TỔ TRƯỞNG" would also be the name "TÔ TRƯỜNG AN".
_SIGNATURE_ROLES = ("người lập", "giám đốc", "chủ tịch", "xác nhận", "thủ trưởng", "kế toán", "trưởng ban",
                    "chủ nhiệm", "tổ trưởng", "cán bộ", "ubnd", "ủy ban", "uỷ ban")
_SIGN_HINT = re.compile(r"(ký|kí),? (và )?(ghi rõ )?họ (và )?tên|(ký|kí) tên|(ký|kí), đóng dấu")
_MARKER = re.compile(r"\(?[0-9]{1,2}\)?|\(?[a-z]\)?")


def is_end_of_list(sheet: SourceSheet, row: int, title_column: int | None) -> bool:
    """The end of the list: a total row or the signature block below it.

    A marker counts when it stands in the name column or the row names nobody, so that a
    member whose note reads "Giám đốc" is not mistaken for a signature.
    """
    cells = sheet.rows[row - 1]
    title = cells[title_column - 1] if title_column and title_column <= len(cells) else None
    no_title = is_empty(title)
    for column, value in enumerate(cells, 1):
        if not isinstance(value, str) or not value.strip():
            continue
        if not (no_title or column == title_column):
            continue
        lowered = " ".join(unicodedata.normalize("NFC", value).lower().split())
        folded = fold(value)
        if lowered.startswith(_STOP_WITH_MARKS) or folded in _STOP_FOLDED:
            return True
        if _SIGNING_DATE.search(folded) and no_title:
            return True
        if _SIGN_HINT.search(lowered):
            return True
        if value.upper() == value and lowered.startswith(_SIGNATURE_ROLES):
            return True
    return False


def is_numbering_row(cells: list[Any]) -> bool:
    """The row of column numbers under a header: "(1) (2) (3)…" or "1 2 3…" / "A B C…"."""
    present = [value for value in cells if not is_empty(value)]
    if len(present) < 3:
        return False
    for value in present:
        if isinstance(value, bool):
            return False
        if isinstance(value, (int, float)):
            if not (float(value).is_integer() and 0 <= value < 100):
                return False
        elif not _MARKER.fullmatch(fold(str(value))):
            return False
    return True
