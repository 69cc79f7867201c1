"""Every page at the screen sizes of commune PCs: 1024×700 and 1366×768.

Nothing may be cut: no button, label or field beyond the window's right edge, no page that
scrolls sideways (tables excepted: a wide table scrolling is expected), no page name elided
in the navigation, no figure cut in a table (text may be elided, numbers never).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QTableView,
    QWidget,
)

from kttt_desktop.core.demo.loader import fill_demo
from kttt_desktop.ui import screen_fit
from kttt_desktop.ui.app import build_main_window, use_shipped_font
from kttt_desktop.ui.main_window import MainWindow

SIZES = [(1024, 700), (1366, 768)]


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    from kttt_desktop.core.registry import Registry

    path = tmp_path_factory.mktemp("small") / "demo.sqlite"
    registry = Registry.open(path)
    registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    fill_demo(registry, seed=1, scale="commune")
    registry.close()
    return path


@pytest.fixture
def window(qtbot, demo_path):
    from kttt_desktop.core.registry import Registry

    registry = Registry.open(demo_path)
    window = build_main_window(registry)
    qtbot.addWidget(window)
    yield window
    window.close()
    registry.close()


def _shown_at(qtbot, window: MainWindow, width: int, height: int) -> None:
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.width() == width)


def _inside_a_scrolling_view(widget: QWidget, pages_too: bool = True) -> bool:
    """Inside a table, a text box or the like, or (`pages_too`) a page that scrolls."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and (pages_too or not isinstance(parent, QScrollArea)):
            return True
        parent = parent.parentWidget()
    return False


def _scrolled_into(widget: QWidget, window: QWidget) -> QRect | None:
    """The part of a scrolling page's viewport (in `window`'s coordinates) that `widget` is
    shown in, or None when it is on no scrolling page: a control scrolled out of sight can
    reach past the window's edge and cannot overlap what is drawn outside the page."""
    shown: QRect | None = None
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            viewport = parent.viewport()
            area = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
            shown = area if shown is None else shown.intersected(area)
        parent = parent.parentWidget()
    return shown


CONTROLS = (QAbstractButton, QLabel, QLineEdit, QComboBox)
BLOCKS = (QAbstractItemView, QTabBar)  # a fixed-height table squeezed by its page is drawn over the text under it


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} «{text or widget.objectName() or widget.accessibleName()}»"


def _overlapping(controls: list[tuple[QWidget, QRect]]) -> list[str]:
    """Pairs of shown controls drawn over each other (a squeezed row lays one on the next),
    a control inside another (a line edit's clear button, a combo's line) excepted, and a tab
    bar's two scroll arrows, which Qt draws sharing their border."""
    problems: list[str] = []
    controls = [(widget, rect) for widget, rect in controls if not isinstance(widget.parentWidget(), QTabBar)]
    for number, (widget, rect) in enumerate(controls):
        for other, other_rect in controls[number + 1:]:
            if widget.isAncestorOf(other) or other.isAncestorOf(widget):
                continue
            if rect.intersects(other_rect):
                problems.append(f"{_name(widget)} and {_name(other)} overlap")
    return problems


def cut_widgets(window: QWidget, controls_too: tuple[type[QWidget], ...] = (),
                scrolling_pages: bool = False) -> list[str]:
    """The visible controls that reach beyond the window's right or bottom edge, that overlap
    one another, or labels narrower than their one-line text (squeezed: «n thấy 1 trong số…»
    for «Tìm thấy 1 trong số…»), and the scroll areas (not tables) that scroll sideways.
    `controls_too` adds kinds of widget to check, such as `BLOCKS`; `scrolling_pages` also
    checks what a scrolling page (`QScrollArea`) shows, against its visible part."""
    problems: list[str] = []
    bounds = window.rect()
    controls: list[tuple[QWidget, QRect]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"{widget.objectName() or type(widget).__name__} scrolls sideways")
        if (not isinstance(widget, CONTROLS + controls_too)
                or _inside_a_scrolling_view(widget, pages_too=not scrolling_pages)):
            continue
        top_left = widget.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        scrolled = _scrolled_into(widget, window)
        if scrolled is not None:
            rect = rect.intersected(scrolled)
            if rect.isEmpty():
                continue
        controls.append((widget, rect))
        if scrolled is None and (rect.right() > bounds.right() + 1 or rect.bottom() > bounds.bottom() + 1):
            problems.append(f"{_name(widget)} ends at {rect.right()},{rect.bottom()}")
        if (isinstance(widget, QLabel) and widget.wordWrap() and widget.text()
                and widget.height() < widget.heightForWidth(widget.width())):
            problems.append(f"QLabel «{widget.text()}» folds into more lines than it has room for")
        if (isinstance(widget, QLabel) and not widget.wordWrap() and widget.text()
                and widget.pixmap().isNull() and widget.width() < widget.minimumSizeHint().width()):
            problems.append(f"{_name(widget)} is {widget.width()} px wide, its text needs "
                            f"{widget.minimumSizeHint().width()}")
    return problems + _overlapping(controls)


def cut_figures(window: QWidget) -> list[str]:
    """Numbers in visible table cells that are wider than their column."""
    problems: list[str] = []
    for view in window.findChildren(QTableView):
        if not view.isVisible() or view.model() is None:
            continue
        model = view.model()
        metrics = view.fontMetrics()
        for row in range(min(model.rowCount(QModelIndex()), 30)):
            for column in range(model.columnCount(QModelIndex())):
                if view.isColumnHidden(column):
                    continue
                text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if not isinstance(text, str) or not any(ch.isdigit() for ch in text):
                    continue
                if any(ch.isalpha() for ch in text.replace("đ", "")) and "%" not in text:
                    continue  # text that holds a number ("Bản 3"): eliding it is allowed
                cell = view.visualRect(model.index(row, column))
                width = cell.width()
                if not width or metrics.horizontalAdvance(text) + 8 <= width:
                    continue
                if view.wordWrap():  # folded at its spaces, it may fit the row's height
                    folded = metrics.boundingRect(QRect(0, 0, width - 8, 10_000),
                                                  int(Qt.TextFlag.TextWordWrap), text)
                    if folded.width() <= width - 8 and folded.height() <= cell.height():
                        continue
                problems.append(f"«{text}» in a column {width} px wide, {cell.height()} px high")
    return problems


@pytest.mark.parametrize("width,height", SIZES)
def test_every_page_fits(qtbot, window, width, height):
    _shown_at(qtbot, window, width, height)
    nav = window.navigation
    assert nav.width() >= nav.sizeHintForColumn(0), "a page name is elided in the navigation"
    for key in window._page_keys:
        window.show_page(key)
        if key == "dashboard":
            qtbot.waitUntil(lambda: window.dashboard_page.report is not None and not window.dashboard_page.busy,
                            timeout=20_000)
        qtbot.wait(1)  # let the layouts settle
        assert cut_widgets(window) == [], key
        assert cut_figures(window) == [], key


@pytest.mark.parametrize("width,height", SIZES)
def test_the_organisation_page_fits(qtbot, window, width, height):
    _shown_at(qtbot, window, width, height)
    biggest = max(window.registry.list_records("organization"), key=lambda org: len(org["name"]))
    window.open_organization(biggest["id"])
    view = window.organization_view
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        assert cut_widgets(window) == [], view.tabs.tabText(index)
        assert cut_figures(window) == [], view.tabs.tabText(index)


def test_a_long_name_folds_in_the_organisation_page_s_title(qtbot, tmp_path):
    from kttt_desktop.core.registry import Registry

    registry = Registry.open(tmp_path / "long.sqlite")
    registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    name = ("Hợp tác xã nông nghiệp, dịch vụ tổng hợp và chế biến nông sản, dược liệu, "
            "chè Shan tuyết vùng cao biên giới Bum Tở")
    organization = registry.create("organization", {"kind": "htx", "name": name, "status": "active"}).record
    window = build_main_window(registry)
    qtbot.addWidget(window)
    try:
        _shown_at(qtbot, window, 1024, 700)
        window.open_organization(organization["id"])
        qtbot.wait(1)
        title = window.organization_view.title_label
        assert title.text() == name
        assert title.height() >= title.heightForWidth(title.width()) > title.fontMetrics().height()  # folded, whole
        assert window.width() == 1024 and cut_widgets(window) == []
    finally:
        window.close()
        registry.close()


@pytest.mark.parametrize("width,height", SIZES)
def test_the_top_row_of_every_list_fits_while_searching(qtbot, window, width, height):
    """Searching lengthens the count («Tìm thấy 1 trong số 136 thành viên»): the search box,
    its clear button, the check boxes and the count stay side by side, none cut or covered."""
    from tests.ui.test_main_window import press

    _shown_at(qtbot, window, width, height)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Thành viên
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    members = window.list_pages["member"]
    assert window.focusWidget() is members.search_box
    qtbot.keyClicks(members.search_box, "lo thi mai")
    qtbot.waitUntil(lambda: members.count_label.text().startswith("Tìm thấy"))
    members.layout().activate()
    assert cut_widgets(window) == []
    for key, page in window.list_pages.items():
        window.show_page(key)
        page.search_box.setText("a")
        page.apply_query()
        assert page.count_label.text().startswith("Tìm thấy"), key
        page.layout().activate()
        assert cut_widgets(window) == [], key


@pytest.fixture
def demo_book(tmp_path):
    """The program's template, twelve record types, with an organisation and one member filled."""
    from openpyxl import load_workbook

    from kttt_desktop.core.xlsx.template import write_template

    path = write_template(tmp_path / "mau-nhap.xlsx")
    book = load_workbook(path)
    book["Tổ chức"].append(["Hợp tác xã", "HTX Thử Nhập"])
    book["Thành viên"].append([None, "HTX Thử Nhập", None, None, "Lò Văn Thử"])
    book.save(path)
    return path


def _laid_out(qtbot, window: QWidget) -> list[str]:
    """`cut_widgets` with tables and tabs, once the layouts have settled (a page's combos
    widen as their lists are filled); what is still cut when they do not."""
    try:
        qtbot.waitUntil(lambda: not cut_widgets(window, BLOCKS, scrolling_pages=True), timeout=2_000)
    except qtbot.TimeoutError:
        pass
    return cut_widgets(window, BLOCKS, scrolling_pages=True)


def test_the_import_wizard_s_pages_fit(qtbot, demo_path, demo_book, monkeypatch):
    """At 1024×700 each page of «Nhập từ Excel» lays out without text drawn over text: the
    preview's summary of twelve record types above its sentence and its tabs."""
    from kttt_desktop.core.registry import Registry
    from kttt_desktop.ui import prompts
    from kttt_desktop.ui.xlsx_import import XlsxImportWizard

    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: pytest.fail(text))
    monkeypatch.setattr(screen_fit, "available_area", lambda widget: QRect(0, 0, 1024, 660))  # less the taskbar
    font = QApplication.font()
    use_shipped_font()  # the program's own font, as `main` sets it
    registry = Registry.open(demo_path)
    wizard = XlsxImportWizard(registry)
    qtbot.addWidget(wizard)
    try:
        wizard.show()
        qtbot.waitExposed(wizard)
        assert _laid_out(qtbot, wizard) == [], "file page"
        wizard.open_file(demo_book)
        qtbot.waitUntil(lambda: wizard.currentId() == wizard.MAPPING_PAGE and wizard.operation is None,
                        timeout=20_000)
        assert _laid_out(qtbot, wizard) == [], "mapping page"
        wizard.next()
        qtbot.waitUntil(lambda: wizard.preview_page.preview is not None and wizard.operation is None,
                        timeout=60_000)
        assert wizard.preview_page.counts_model.rowCount() == 12
        assert _laid_out(qtbot, wizard) == [], "preview page"
    finally:
        wizard.close()
        registry.close()
        QApplication.setFont(font)
