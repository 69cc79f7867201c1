"""Column widths of a printed table, measured in the font the table is printed in.

Qt keeps the percentage widths it is given and, when a word does not fit, breaks it in the
middle: a date becomes "14/06/19" over "90". So columns of numbers, dates and codes are
made exactly as wide as their widest entry, and the columns of text share the rest in the
proportions asked for, never narrower than their longest word. The measure is the layout
device of `pdf`, so it is the one the page is laid out with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontMetricsF

from kttt_desktop.ui.fonts import load_print_font
from kttt_desktop.ui.printing.pdf import A4, LAYOUT_DPI, layout_device
from kttt_desktop.ui.text_fit import two_line_width

FIT_CLASSES = frozenset({"num", "mid"})  # sized to their content, wrapped only when short of room
TEXT_SHARE = 0.3  # the text columns keep at least this share of the width when room is short
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# The room between a cell's text and its borders, in points: 1.3 mm left and right, a little
# less in a table of many columns (a member list), 0.8 mm above and below. Whole CSS pixels
# (3/4 pt each), which is all Qt reads of a padding.
CELL_PADDING_PT = 3.75
DENSE_CELL_PADDING_PT = 3.0
CELL_PADDING_VERTICAL_PT = 2.25
BORDER_AND_AIR_PT = 2.0  # the two borders (0.75 pt each) and a hair of air


def cell_extra_pt(padding_pt: float = CELL_PADDING_PT) -> float:
    """What a column needs beyond its text, in points: both paddings, the border, a little air."""
    return padding_pt * 2 + BORDER_AND_AIR_PT


CELL_EXTRA_PT = cell_extra_pt()


def _lines(cell: object) -> list[str]:
    """The lines of a cell as printed (markup reduced to its text)."""
    text = "" if cell is None else str(cell)
    parts = _BREAK.split(text) if "<" in text else [text]
    return [_TAG.sub("", part).replace("&nbsp;", " ").replace("&amp;", "&") for part in parts]


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[object]], weights: Sequence[float],
                  classes: Sequence[str], point_size: float, total: Sequence[object] | None = None,
                  body_width: float | None = None, padding_pt: float = CELL_PADDING_PT) -> list[float]:
    """Percent widths: fitted columns (classes "num", "mid") take what their content needs;
    the others share what is left by `weights`, each at least as wide as its longest word.
    The header and the `total` row are bold; `padding_pt` is the cells' left and right padding."""
    device = layout_device()
    family = load_print_font()
    regular = QFont(family)
    regular.setPointSizeF(point_size)
    bold = QFont(regular)
    bold.setBold(True)
    fm, fm_bold = QFontMetricsF(regular, device), QFontMetricsF(bold, device)
    extra = cell_extra_pt(padding_pt) * LAYOUT_DPI / 72
    body = body_width or A4.body.width()
    count = len(headers)

    full, least = [], []  # a fitted column's width on one line, and at its narrowest
    for column in range(count):
        header = str(headers[column])
        word_need = max((fm_bold.horizontalAdvance(word) for word in header.split()), default=0.0)
        line_need = two_line_width(fm_bold, header)  # a fitted column's header may take two lines
        for row, metrics in [(row, fm) for row in rows] + ([(total, fm_bold)] if total is not None else []):
            if column >= len(row):
                continue
            for line in _lines(row[column]):
                line_need = max(line_need, metrics.horizontalAdvance(line))
                word_need = max(word_need, max((metrics.horizontalAdvance(word) for word in line.split()),
                                               default=0.0))
        fit = classes[column] in FIT_CLASSES
        full.append((line_need if fit else word_need) + extra)
        least.append(word_need + extra)
    return [round(100.0 * width / body, 2) for width in _share(body, full, least, weights, classes)]


def _share(body: float, full: list[float], least: list[float], weights: Sequence[float],
           classes: Sequence[str]) -> list[float]:
    """Fitted columns get their one-line width, text columns share the rest by weight, none
    below its longest word; when that is too wide, fitted columns wrap (down to their longest
    word) before anything is squeezed."""
    count = len(full)
    fitted = [c for c in range(count) if classes[c] in FIT_CLASSES]
    flexible = [c for c in range(count) if c not in fitted]
    if not flexible:  # only fitted columns: they share the spare width alike
        return [body * width / (sum(full) or 1.0) for width in full]
    weight = sum(weights[c] for c in flexible) or 1.0
    floor = {c: max(least[c], TEXT_SHARE * body * weights[c] / weight) for c in flexible}
    room = body - sum(floor.values())  # what the fitted columns may have
    widths = [full[c] if c in fitted else 0.0 for c in range(count)]
    excess = sum(full[c] for c in fitted) - room
    if excess > 0:
        # The columns that can give most wrap first: each keeps at most `level` above its
        # longest word, so a short figure ("14,29 %") stays on one line while long targets
        # ("more than 1,500") wrap.
        slack = {c: full[c] - least[c] for c in fitted}
        low, high = 0.0, max(slack.values(), default=0.0)
        for _ in range(40):
            level = (low + high) / 2
            if sum(max(0.0, slack[c] - level) for c in fitted) > excess:
                low = level
            else:
                high = level
        for c in fitted:
            widths[c] = least[c] + min(slack[c], high)
    while flexible:
        left = body - sum(widths[c] for c in range(count) if c not in flexible)
        total_weight = sum(weights[c] for c in flexible) or 1.0
        share = {c: left * weights[c] / total_weight for c in flexible}
        short = [c for c in flexible if share[c] < least[c]]
        if not short:
            for c in flexible:
                widths[c] = share[c]
            break
        for c in short:  # too narrow for its longest word: it gets that, the others share the rest
            widths[c] = least[c]
            flexible.remove(c)
    total = sum(widths)
    return [width * body / total for width in widths] if total > body else widths
