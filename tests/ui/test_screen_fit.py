"""Windows and dialogs on a 1366×768 screen whose taskbar leaves 1366×728 to windows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from kttt_desktop.ui import screen_fit
from kttt_desktop.ui.app import build_main_window
from kttt_desktop.ui.forms.record_dialog import RecordDialog
from kttt_desktop.ui.targets_dialog import TargetsDialog

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar
FULL_HD = QRect(0, 0, 1920, 1040)


@pytest.fixture
def screen(monkeypatch):
    def use(area: QRect) -> None:
        monkeypatch.setattr(screen_fit, "available_area", lambda widget: area)
    return use


def _within(widget, area: QRect) -> bool:
    """Inside the area, with room left for the title bar the window manager adds."""
    return (area.contains(widget.frameGeometry())
            and widget.geometry().height() + screen_fit.FRAME.height() <= area.height())


def test_the_main_window_opens_maximised_on_a_small_screen(qtbot, registry, screen):
    screen(LAPTOP)
    window = build_main_window(registry)
    qtbot.addWidget(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.width() <= LAPTOP.width() and window.height() <= LAPTOP.height()


def test_the_main_window_opens_at_its_size_centred_on_a_large_screen(qtbot, registry, screen):
    screen(FULL_HD)
    window = build_main_window(registry)
    qtbot.addWidget(window)
    assert not window.windowState() & Qt.WindowState.WindowMaximized
    assert (window.width(), window.height()) == (1280, 800)
    assert _within(window, FULL_HD) and window.x() > 0


def test_a_remembered_size_from_a_larger_screen_is_cut_down(qtbot, registry, screen):
    screen(FULL_HD)
    window = build_main_window(registry)
    qtbot.addWidget(window)
    window.resize(1800, 1000)
    window.save_settings()
    window.close()
    screen(LAPTOP)
    again = build_main_window(registry)
    qtbot.addWidget(again)
    assert again.width() <= LAPTOP.width() and again.height() <= LAPTOP.height()


def test_the_targets_dialog_fits_with_its_buttons_above_the_taskbar(qtbot, registry, screen):
    screen(LAPTOP)
    dialog = TargetsDialog(registry)
    qtbot.addWidget(dialog)
    assert _within(dialog, LAPTOP)


def test_the_record_dialog_fits_and_stacks_its_groups(qtbot, registry, screen):
    screen(QRect(0, 0, 800, 560))
    dialog = RecordDialog(registry, "organization")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _within(dialog, QRect(0, 0, 800, 560))
    qtbot.waitUntil(lambda: dialog.form.column_count() == 1)
