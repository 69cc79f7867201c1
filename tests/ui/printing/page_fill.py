"""How full each printed page is, measured on the document's own layout."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from kttt_desktop.ui.printing import pagination
from kttt_desktop.ui.printing.pdf import A4, prepare


def page_fill(document: QTextDocument) -> list[float]:
    """For each page, the share of its height down to its lowest line of text (or image):
    1.0 for a full page, 0.3 for a page left two-thirds empty."""
    prepare(document)
    height = A4.body.height()
    layout = document.documentLayout()
    lowest: dict[int, float] = {}
    block = document.begin()
    while block.isValid():
        text_layout = block.layout()
        if text_layout is not None and block.text().replace("\xa0", " ").strip():
            top = layout.blockBoundingRect(block).top()
            for number in range(text_layout.lineCount()):
                line = text_layout.lineAt(number)
                page = pagination._page_of(top + line.y(), height)
                lowest[page] = max(lowest.get(page, 0.0), top + line.y() + line.height() - page * height)
        block = block.next()
    return [round(lowest.get(page, 0.0) / height, 3) for page in range(document.pageCount())]
