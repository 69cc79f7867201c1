"""Windows and dialogs that fit the screen they open on.

Commune PCs often have 1366×768 screens (or 1080p at 150 %), with the taskbar taking the
bottom 40 pixels: a window opened at a fixed size larger than that hides its buttons under
the taskbar. Sizes here are measured against the screen's *available* area, which leaves the
taskbar out.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

# What the window manager adds around a window: title bar and borders.
FRAME = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (the taskbar left out)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fit_to_screen(widget: QWidget, preferred: QSize) -> None:
    """Give `widget` its preferred size where the screen allows it, centred; otherwise as
    much of the screen as there is: a main window maximised, a dialog shrunk to fit (its
    content scrolls or its layout folds)."""
    area = available_area(widget)
    room = QSize(area.width() - FRAME.width(), area.height() - FRAME.height())
    if preferred.width() <= room.width() and preferred.height() <= room.height():
        size = preferred
    elif isinstance(widget, QMainWindow):
        widget.resize(preferred.boundedTo(room))
        widget.setWindowState(widget.windowState() | Qt.WindowState.WindowMaximized)
        return
    else:
        # A minimum chosen with a large screen in mind gives way on a small one.
        widget.setMinimumSize(widget.minimumSize().boundedTo(room))
        size = preferred.boundedTo(room).expandedTo(widget.minimumSize())
    widget.resize(size)
    widget.move(area.left() + (area.width() - size.width()) // 2,
                area.top() + max(0, (area.height() - size.height() - FRAME.height()) // 2))


def fit_to_contents(widget: QWidget) -> None:
    """`fit_to_screen` at the size the widget's contents ask for: what Qt would give it on
    showing, wrapped labels as tall as they are at that width, but measured against the
    available area instead of two thirds of the whole screen."""
    size = widget.sizeHint().expandedTo(widget.minimumSize())
    layout = widget.layout()
    if layout is not None and layout.hasHeightForWidth():
        size.setHeight(max(layout.totalHeightForWidth(size.width()), widget.minimumHeight()))
    fit_to_screen(widget, size)


def keep_on_screen(widget: QWidget) -> None:
    """A remembered size from a larger screen is cut down to this one's available area."""
    area = available_area(widget)
    frame = widget.frameGeometry()
    if frame.width() > area.width() or frame.height() > area.height():
        fit_to_screen(widget, widget.size())
