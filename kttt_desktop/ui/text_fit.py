"""How narrow a label may be made by wrapping it, measured in the font it is drawn in.

Printed tables and charts both put a short label in a column of their choosing; both break
it in two lines at most, between words, never inside one.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF


def two_line_width(fm: QFontMetricsF, text: str) -> float:
    """The narrowest width at which `text` takes at most two lines (words kept whole)."""
    words = text.split()
    if len(words) < 2:
        return fm.horizontalAdvance(text)
    return min(max(fm.horizontalAdvance(" ".join(words[:i])), fm.horizontalAdvance(" ".join(words[i:])))
               for i in range(1, len(words)))
