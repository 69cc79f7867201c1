"""Where pages break: rules a typist follows that QTextDocument does not know.

- A short table (a status table, a row of charts) is never split: it starts a new page.
  Only a short one, so that the page it leaves stays well filled.
- The signatures are never split and never stand alone on the last page: the short table
  before them goes along if its page stays at least half full, else the last rows of the
  table before them do (with its header row repeated).
- A heading is never left alone at the foot of a page: it starts the next one.
- A long table breaks between rows, never inside one; the part on the next page is a table
  of its own that repeats the header row, and the part left above closes with its bottom
  border. (Qt would split a row of two-line cells and leave half of it on each page, and
  leave the last row of a page open at the foot.)

Each round applies one rule once, the one that moves the highest thing on the pages, and
lets Qt lay the document out again, since a move shifts all that follows (a move decided
lower down would be stale). A long table is cut page by page in a single round (see
`_planned_breaks`), so even a member list of a thousand names takes a handful of rounds.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
    QTextTableCell,
)

HEADING_STATE = 7001  # the block user state that marks a heading (see admin_page.heading)
# A table lower than this share of a page is moved whole to the next page rather than split.
KEEP_TOGETHER_SHARE = 1 / 3
# A move for the signatures' sake must leave its page at least this full.
MIN_PAGE_FILL = 0.5
# How many rows of the table before them go along with the signatures (the total and one row).
ROWS_ALONG_WITH_SIGNATURES = 2
MAX_MOVES = 400
# Qt needs this much room under the last row of a table for its bottom border and margin; a
# row that ends closer to the page end is cut in two (or the table's frame runs onto the next
# page, and a part that starts a page after it starts one page too far).
TABLE_FOOT_PT = 14


class Move(NamedTuple):
    """A change a rule asks for: where in the document it starts, and the change itself."""

    position: int
    apply: Callable[[], None]


def keep_together(document: QTextDocument, page_height: float) -> None:
    """Apply the rules to a document already given its page size, from the top down."""
    rules = (_short_table_move, _lonely_heading_move, _row_split_move, _signatures_move)
    for _ in range(MAX_MOVES):
        moves = [move for move in (rule(document, page_height) for rule in rules) if move is not None]
        if not moves:
            return
        min(moves, key=lambda move: move.position).apply()


def _page_of(y: float, page_height: float) -> int:
    """The page a position is on; what a page break pushed down starts a hair before its page."""
    return int((y + 0.5) // page_height)


def _break_before(fmt: QTextBlockFormat | QTextFrameFormat) -> bool:
    return bool(fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def _set_break_before(block: QTextBlock) -> None:
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)


def _is_heading(block: QTextBlock) -> bool:
    return block.userState() == HEADING_STATE or bool(block.blockFormat().headingLevel())


def _tables(document: QTextDocument) -> list[QTextTable]:
    return [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]


def _first_line_top(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> float:
    """Where a block's first line is: a line pushed to the next page leaves its block's top behind."""
    top = layout.blockBoundingRect(block).top()
    text_layout = block.layout()
    if text_layout is not None and text_layout.lineCount():
        top += text_layout.lineAt(0).y()
    return top


def _last_line_bottom(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> float:
    rect = layout.blockBoundingRect(block)
    text_layout = block.layout()
    if text_layout is not None and text_layout.lineCount():
        line = text_layout.lineAt(text_layout.lineCount() - 1)
        return rect.top() + line.y() + line.height()
    return rect.bottom()


def _is_empty(block: QTextBlock) -> bool:
    """An empty paragraph, as Qt keeps one before a table (and a cut leaves one between parts)."""
    return block.isValid() and block.length() <= 1


def _first_heading(block: QTextBlock) -> QTextBlock:
    """Where headings follow one another (a section's, then its first subsection's), the
    first of those `block` ends: they go to a new page together."""
    above = block.previous()
    while True:
        while _is_empty(above):
            above = above.previous()
        if not (above.isValid() and _is_heading(above)):
            return block
        block, above = above, above.previous()


def _heading_above(table: QTextTable) -> QTextBlock:
    """The heading right above `table`, over empty blocks (the first of several in a row); else
    invalid."""
    block = table.firstCursorPosition().block().previous()
    while _is_empty(block):
        block = block.previous()
    return _first_heading(block) if block.isValid() and _is_heading(block) else QTextBlock()


def _table_start(table: QTextTable) -> int:
    """Where a move at `table` starts: at the heading right above it, which goes along."""
    heading = _heading_above(table)
    return heading.position() if heading.isValid() else table.firstPosition()


def _start_page_at(table: QTextTable) -> None:
    """Start a new page before `table`, or before the heading right above it."""
    heading = _heading_above(table)
    if heading.isValid() and not _break_before(heading.blockFormat()):
        _set_break_before(heading)
    else:
        fmt = table.frameFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFrameFormat(fmt)


def _is_signatures(tables: list[QTextTable], index: int) -> bool:
    """The signatures: the last table, without a header row, after some other table."""
    return index == len(tables) - 1 and index > 0 and tables[index].format().headerRowCount() == 0


def _short_table_move(document: QTextDocument, page_height: float) -> Move | None:
    """A short table split by a page end starts the next page; so does a table of one tall row
    that fits a page."""
    layout = document.documentLayout()
    tables = _tables(document)
    for index, table in enumerate(tables):
        if _break_before(table.frameFormat()) or _is_signatures(tables, index):
            continue
        rect = _extent(layout, table)
        if rect.height() >= page_height * KEEP_TOGETHER_SHARE:
            if table.rows() == 1 and rect.height() < page_height and \
                    _page_of(rect.top(), page_height) != _page_of(rect.bottom() - 2, page_height):
                # One tall row, which no cut between rows can help (a pair of charts): Qt would
                # run it over the page end.
                return Move(_table_start(table), partial(_start_page_at, table))
            continue
        foot = _foot(layout) if table.format().border() > 0 else 0.0  # room for the bottom border
        if _page_of(rect.top(), page_height) != _page_of(rect.bottom() + foot - 2, page_height):
            following = _continuation(tables, index)
            headers = table.format().headerRowCount()
            if following is not None and table.rows() - headers > 1:
                # The part above an earlier cut, now short: moved whole it would leave a page
                # holding it alone, its continuation starting the page after. Its last row
                # goes over to the continuation instead.
                last_row = table.rows() - 1
                return Move(table.cellAt(last_row, 0).firstPosition(),
                            partial(_carry_rows, document, table, last_row, following))
            return Move(_table_start(table), partial(_start_page_at, table))
    return None


def _signatures_move(document: QTextDocument, page_height: float) -> Move | None:
    """The signatures are never split, and never stand alone on a page: when they do not fit
    under the table before them, that table goes along if it is short and the page it leaves
    stays more than half full; else its last rows go along (a table with a header row); else
    the signatures start the next page on their own."""
    tables = _tables(document)
    if len(tables) < 2 or not _is_signatures(tables, len(tables) - 1):
        return None
    layout = document.documentLayout()
    last, before = tables[-1], tables[-2]
    last_rect, before_rect = _extent(layout, last), _extent(layout, before)
    if _page_of(last_rect.bottom() - 2, page_height) <= _page_of(before_rect.bottom() - 2, page_height):
        return None  # whole, on the page where the table before them ends
    filled = before_rect.top() - _page_of(before_rect.top(), page_height) * page_height
    if before_rect.height() < page_height * KEEP_TOGETHER_SHARE and filled >= page_height * MIN_PAGE_FILL \
            and not _break_before(before.frameFormat()):
        return Move(_table_start(before), lambda: _start_page_at(before))
    headers = before.format().headerRowCount()
    if headers > 0 and before.rows() - headers > ROWS_ALONG_WITH_SIGNATURES:  # fewer rows each time: it ends
        cut = before.rows() - ROWS_ALONG_WITH_SIGNATURES
        return Move(before.cellAt(cut, 0).firstPosition(), lambda: _split_table(document, before, [cut]))
    if _page_of(last_rect.top(), page_height) != _page_of(last_rect.bottom() - 2, page_height) \
            and not _break_before(last.frameFormat()):
        return Move(last.firstPosition(), lambda: _start_page_at(last))
    return None


def _lonely_heading_move(document: QTextDocument, page_height: float) -> Move | None:
    """A heading at the foot of a page, what it heads on the next: it starts that page."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        following = block.next()
        while _is_empty(following):  # Qt lays an empty block before a table where the heading is
            following = following.next()
        if _is_heading(block) and following.isValid() and not _break_before(block.blockFormat()):
            if _page_of(_first_line_top(layout, block), page_height) != \
                    _page_of(_first_line_top(layout, following), page_height):
                first = _first_heading(block)
                if not _break_before(first.blockFormat()):
                    return Move(first.position(), partial(_set_break_before, first))
        block = block.next()
    return None


def _extent(layout: QAbstractTextDocumentLayout, table: QTextTable) -> QRectF:
    """Where a table stands: from its first row's text to its last row's bottom border.
    Not Qt's frame, which runs a little over the page end when the last row ends near it
    (and would count as split)."""
    frame = layout.frameBoundingRect(table)
    top = _row_extent(layout, table, 0)[0]
    bottom = _row_extent(layout, table, table.rows() - 1)[1]
    return QRectF(frame.left(), top, frame.width(), max(0.0, bottom - top))


def _row_extent(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int) -> tuple[float, float]:
    """Where the text of a row starts (its highest first line) and ends: its lowest last line
    and the cell's padding and border under it (a row whose text fits but whose bottom border
    does not is pushed on by Qt all the same)."""
    top, bottom = None, None
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if not cell.isValid():
            continue
        first = _first_line_top(layout, cell.firstCursorPosition().block())
        last = _last_line_bottom(layout, cell.lastCursorPosition().block())
        top = first if top is None else min(top, first)
        bottom = last if bottom is None else max(bottom, last + _room_under(layout, table, cell))
    return (top or 0.0, bottom or 0.0)


def _room_under(layout: QAbstractTextDocumentLayout, table: QTextTable, cell: QTextTableCell) -> float:
    """A cell's bottom padding and the table's border, in layout units (Qt reads both in CSS
    pixels of 1/96 inch and scales them to the device the document is laid out on)."""
    device = layout.paintDevice()
    scale = device.logicalDpiY() / 96 if device is not None else 1.0
    padding = cell.format().toTableCellFormat().bottomPadding()
    return (max(0.0, padding) + table.format().border()) * scale


def _row_text_height(table: QTextTable, row: int) -> float:
    """The height of a row's text wherever it stands: its tallest cell's lines, added up
    (a row Qt cut in two would measure the page break with it)."""
    tallest = 0.0
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if not cell.isValid():
            continue
        height, block, last = 0.0, cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
        while block.isValid():
            text_layout = block.layout()
            if text_layout is not None:
                height += sum(text_layout.lineAt(i).height() for i in range(text_layout.lineCount()))
            if block == last:
                break
            block = block.next()
        tallest = max(tallest, height)
    return tallest


def _row_pages(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int,
               page_height: float, foot: float = 0.0) -> tuple[int, int]:
    """The pages the text of a row starts and ends on; `foot`: room it needs under it."""
    top, bottom = _row_extent(layout, table, row)
    return _page_of(top, page_height), _page_of(bottom + foot - 2, page_height)


def _foot(layout: QAbstractTextDocumentLayout) -> float:
    """TABLE_FOOT_PT in layout units."""
    device = layout.paintDevice()
    return TABLE_FOOT_PT * (device.logicalDpiY() if device is not None else 96) / 72


def _row_split_move(document: QTextDocument, page_height: float) -> Move | None:
    """Find the first row (of a table with a header row) that runs over a page end, or that
    Qt moved to the next page, and cut the table there; the part that goes on starts a page
    and repeats the header rows. When
    the table is already followed by such a part (an earlier cut), the rows go over into it
    instead, so that no page holds a row or two alone.

    A part that starts a page shows where rows stand on a fresh page, so all its remaining
    cuts are planned at once (one layout per long table instead of one per page)."""
    layout = document.documentLayout()
    tables = _tables(document)
    for index, table in enumerate(tables):
        headers = table.format().headerRowCount()
        if headers <= 0:
            continue
        rect = _extent(layout, table)
        following = _continuation(tables, index)
        if _page_of(rect.top(), page_height) == _page_of(rect.bottom() - 2, page_height):
            frame = layout.frameBoundingRect(table)
            if following is not None and table.rows() - headers > 1 \
                    and _page_of(frame.bottom() - 2, page_height) > _page_of(rect.bottom() - 2, page_height):
                # Every row fits, but Qt's frame runs past the page end, and the part that
                # follows would then start a page further on: the last row goes over to it.
                last_row = table.rows() - 1
                return Move(table.cellAt(last_row, 0).firstPosition(),
                            partial(_carry_rows, document, table, last_row, following))
            continue
        previous_end = None
        foot = _foot(layout)
        for row in range(headers, table.rows()):
            first, last = _row_pages(layout, table, row, page_height, foot)
            # A row Qt moved whole to the next page is cut off all the same: Qt would leave
            # the row above it open at the page's foot, without its bottom border.
            if first == last and (previous_end is None or first == previous_end):
                previous_end = last
                continue
            if row == headers:  # not even one row fits: the whole table moves
                if _break_before(table.frameFormat()):
                    break  # it already starts a page; a row taller than a page is left to Qt
                return Move(_table_start(table), partial(_start_page_at, table))
            position = table.cellAt(row, 0).firstPosition()
            if following is not None:
                return Move(position, partial(_carry_rows, document, table, row, following))
            if _break_before(table.frameFormat()):
                breaks = _planned_breaks(layout, table, row, page_height)
                return Move(position, partial(_split_table, document, table, breaks))
            return Move(position, partial(_split_table, document, table, [row]))
    return None


def _continuation(tables: list[QTextTable], index: int) -> QTextTable | None:
    """The part of the same table that follows `tables[index]` on the next page, if any: right
    after it, with as many columns and header rows, starting a page."""
    if index + 1 >= len(tables):
        return None
    table, after = tables[index], tables[index + 1]
    if after.firstPosition() - table.lastPosition() > 3 or after.columns() != table.columns() \
            or after.format().headerRowCount() != table.format().headerRowCount() \
            or not _break_before(after.frameFormat()):
        return None
    return after


def _carry_rows(document: QTextDocument, table: QTextTable, start: int, following: QTextTable) -> None:
    """Move the rows of `table` from `start` on to the top of `following`, under its header."""
    headers = table.format().headerRowCount()
    count = table.rows() - start
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        following.insertRows(headers, count)
        for offset in range(count):
            for column in range(table.columns()):
                _copy_cell(document, table.cellAt(start + offset, column),
                           following.cellAt(headers + offset, column))
        table.removeRows(start, count)
    finally:
        cursor.endEditBlock()


def _planned_breaks(layout: QAbstractTextDocumentLayout, table: QTextTable, first_break: int,
                    page_height: float) -> list[int]:
    """The rows that should start a page, from `first_break` on, for a table that starts a
    page: its rows are placed page after page as they stand on its first one. Should the
    estimate miss, the next round cuts again where needed."""
    headers = table.format().headerRowCount()
    tops = [_row_extent(layout, table, row)[0] for row in range(first_break)]
    heights = [_row_text_height(table, row) for row in range(table.rows())]
    offset = tops[headers] - _page_of(tops[headers], page_height) * page_height  # first row's text on a page
    gap = max((tops[r + 1] - tops[r] - heights[r] for r in range(headers, first_break - 1)),
              default=heights[headers] * 0.25)  # paddings and border between two rows' text
    breaks = [first_break]
    page = _page_of(tops[headers], page_height) + 1
    y = page * page_height + offset
    foot = _foot(layout)
    for row in range(first_break, table.rows()):
        if row != first_break and y + heights[row] > (page + 1) * page_height - gap - foot \
                and offset + heights[row] < page_height - gap:
            page += 1
            breaks.append(row)
            y = page * page_height + offset
        y += heights[row] + gap
    return breaks


def _copy_cell(document: QTextDocument, source: QTextTableCell, target: QTextTableCell) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(source.firstPosition())
    cursor.setPosition(source.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
    fragment = cursor.selection()
    target.setFormat(source.format())
    if not fragment.isEmpty():
        target.firstCursorPosition().insertFragment(fragment)
    # A fragment's first block takes the format of the block it lands in: give it its own
    # (the alignment of a number or a heading cell).
    first = source.firstCursorPosition()
    landed = target.firstCursorPosition()
    landed.setBlockFormat(first.blockFormat())
    landed.setBlockCharFormat(first.blockCharFormat())


def _split_table(document: QTextDocument, table: QTextTable, breaks: list[int]) -> None:
    """Cut `table` before each row of `breaks`: the rows above each cut go into a new table
    placed above it, with the header rows repeated, and each part after a cut starts a page.

    Every row is copied once, and all of it is one edit block, so the document is laid out
    again once however long the list."""
    headers = table.format().headerRowCount()
    original = table.format()  # the first part keeps the table's own page break, if any
    continued = table.format()
    continued.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        for number, (start, end) in enumerate(zip([headers, *breaks[:-1]], breaks, strict=True)):
            cursor.setPosition(table.firstPosition() - 1)
            cursor.insertBlock(QTextBlockFormat())
            part = cursor.insertTable(headers + end - start, table.columns(), original if number == 0 else continued)
            for new_row, old_row in enumerate([*range(headers), *range(start, end)]):
                for column in range(table.columns()):
                    _copy_cell(document, table.cellAt(old_row, column), part.cellAt(new_row, column))
        table.removeRows(headers, breaks[-1] - headers)
        table.setFormat(continued)
    finally:
        cursor.endEditBlock()
