"""Where pages break: rules a typist follows that QTextDocument does not know.

- A short table (a status table, the signatures) is never split: it starts a new page.
- The signatures never stand alone on the last page: the short table before them goes along.
- A heading is never left alone at the foot of a page: it starts the next one.
- A long table breaks between rows, never inside one; the part on the next page is a table
  of its own that repeats the header row. (Qt would split a row of two-line cells and
  leave half of it on each page.)

Each round applies one rule once and lets Qt lay the document out again, since a move shifts
all that follows. A long table is cut page by page in a single round (see `_planned_breaks`),
so even a member list of a thousand names takes a handful of rounds.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

HEADING_STATE = 7001  # the block user state that marks a heading (see admin_page.heading)
# A table lower than this share of a page is moved whole to the next page rather than split.
KEEP_TOGETHER_SHARE = 0.4
MAX_MOVES = 400


def keep_together(document: QTextDocument, page_height: float) -> None:
    """Apply the rules to a document already given its page size."""
    for _ in range(MAX_MOVES):
        if not (_move_short_table(document, page_height) or _move_lonely_heading(document, page_height)
                or _split_between_rows(document, page_height)):
            return


def _page_of(y: float, page_height: float) -> int:
    """The page a position is on; what a page break pushed down starts a hair before its page."""
    return int((y + 0.5) // page_height)


def _break_before(fmt: QTextFormat) -> bool:
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


def _start_page_at(table: QTextTable) -> None:
    """Start a new page before `table`, or before the heading right above it."""
    heading = table.firstCursorPosition().block().previous()
    if heading.isValid() and _is_heading(heading) and not _break_before(heading.blockFormat()):
        _set_break_before(heading)
    else:
        fmt = table.frameFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFrameFormat(fmt)


def _move_short_table(document: QTextDocument, page_height: float) -> bool:
    layout = document.documentLayout()
    tables = _tables(document)
    for index, table in enumerate(tables):
        if _break_before(table.frameFormat()):
            continue
        rect = layout.frameBoundingRect(table)
        if rect.height() >= page_height * KEEP_TOGETHER_SHARE:
            continue
        if _page_of(rect.top(), page_height) != _page_of(rect.bottom() - 2, page_height):
            if index == len(tables) - 1 and index > 0:
                before = tables[index - 1]
                if layout.frameBoundingRect(before).height() < page_height * KEEP_TOGETHER_SHARE \
                        and not _break_before(before.frameFormat()):
                    table = before
            _start_page_at(table)
            return True
    return _move_along_with_signatures(document, tables, page_height)


def _move_along_with_signatures(document: QTextDocument, tables: list[QTextTable], page_height: float) -> bool:
    """When the signatures (the last table, with no header row) start a new page, the short
    table before them starts it instead, so that they do not stand alone."""
    if len(tables) < 2:
        return False
    layout = document.documentLayout()
    last, before = tables[-1], tables[-2]
    if last.format().headerRowCount() > 0 or _break_before(last.frameFormat()) or _break_before(before.frameFormat()):
        return False
    before_rect = layout.frameBoundingRect(before)
    if before_rect.height() >= page_height * KEEP_TOGETHER_SHARE:
        return False
    if before_rect.top() - _page_of(before_rect.top(), page_height) * page_height < page_height * 0.02:
        return False  # it starts a page already: nothing would be gained
    if _page_of(layout.frameBoundingRect(last).top(), page_height) > _page_of(before_rect.bottom() - 2, page_height):
        _start_page_at(before)
        return True
    return False


def _move_lonely_heading(document: QTextDocument, page_height: float) -> bool:
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        following = block.next()
        if _is_heading(block) and following.isValid() and not _break_before(block.blockFormat()):
            if _page_of(_first_line_top(layout, block), page_height) != \
                    _page_of(_first_line_top(layout, following), page_height):
                _set_break_before(block)
                return True
        block = following
    return False


def _row_extent(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int) -> tuple[float, float]:
    """Where the text of a row starts (its highest first line) and ends (its lowest last line)."""
    top, bottom = None, None
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if not cell.isValid():
            continue
        first = _first_line_top(layout, cell.firstCursorPosition().block())
        last = _last_line_bottom(layout, cell.lastCursorPosition().block())
        top = first if top is None else min(top, first)
        bottom = last if bottom is None else max(bottom, last)
    return (top or 0.0, bottom or 0.0)


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
               page_height: float) -> tuple[int, int]:
    """The pages the text of a row starts and ends on."""
    top, bottom = _row_extent(layout, table, row)
    return _page_of(top, page_height), _page_of(bottom - 2, page_height)


def _split_between_rows(document: QTextDocument, page_height: float) -> bool:
    """Find the first row (of a table with a header row) that runs over a page end and cut
    the table there; the part that goes on starts a page and repeats the header rows.

    A part that starts a page shows where rows stand on a fresh page, so all its remaining
    cuts are planned at once (one layout per long table instead of one per page)."""
    layout = document.documentLayout()
    for table in _tables(document):
        headers = table.format().headerRowCount()
        if headers <= 0:
            continue
        rect = layout.frameBoundingRect(table)
        if _page_of(rect.top(), page_height) == _page_of(rect.bottom() - 2, page_height):
            continue
        for row in range(headers, table.rows()):
            first, last = _row_pages(layout, table, row, page_height)
            if first == last:
                continue
            if row == headers:  # not even one row fits: the whole table moves
                if _break_before(table.frameFormat()):
                    break  # it already starts a page; a row taller than a page is left to Qt
                _start_page_at(table)
            elif _break_before(table.frameFormat()):
                _split_table(document, table, _planned_breaks(layout, table, row, page_height))
            else:
                _split_table(document, table, [row])
            return True
    return False


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
    for row in range(first_break, table.rows()):
        if row != first_break and y + heights[row] > (page + 1) * page_height - gap \
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
        for number, (start, end) in enumerate(zip([headers, *breaks[:-1]], breaks)):
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
