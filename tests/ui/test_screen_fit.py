"""Windows and dialogs on a 1366×768 screen whose taskbar leaves 1366×728 to windows (and on
1024×700, which leaves 1024×660)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QAbstractScrollArea, QPushButton

from kttt_desktop.core.registry import Registry
from kttt_desktop.core.sync.service import ImportResult
from kttt_desktop.ui import report_actions, screen_fit
from kttt_desktop.ui.app import build_main_window
from kttt_desktop.ui.crash import CrashDialog
from kttt_desktop.ui.dialogs import DeleteDialog, SettingsDialog
from kttt_desktop.ui.forms.record_dialog import RecordDialog
from kttt_desktop.ui.help_dialog import HelpDialog
from kttt_desktop.ui.password_dialog import PasswordDialog
from kttt_desktop.ui.setup_wizard import SetupWizard
from kttt_desktop.ui.sync_page import ImportPreviewDialog, LowerUnitDialog
from kttt_desktop.ui.targets_dialog import TargetsDialog
from kttt_desktop.ui.xlsx_import import XlsxImportWizard

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar
FULL_HD = QRect(0, 0, 1920, 1040)
SMALL_SCREENS = [pytest.param(LAPTOP, id="1366x768"), pytest.param(QRect(0, 0, 1024, 660), id="1024x700")]


@pytest.fixture
def screen(monkeypatch):
    def use(area: QRect) -> None:
        monkeypatch.setattr(screen_fit, "available_area", lambda widget: area)
    return use


def _within(widget, area: QRect) -> bool:
    """Inside the area, with room left for the title bar the window manager adds."""
    return (area.contains(widget.frameGeometry())
            and widget.geometry().height() + screen_fit.FRAME.height() <= area.height())


@pytest.mark.parametrize("area", SMALL_SCREENS)
def test_the_main_window_opens_maximised_on_a_small_screen(qtbot, registry, screen, area):
    screen(area)
    window = build_main_window(registry)
    qtbot.addWidget(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.width() <= area.width() and window.height() <= area.height()


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


# --- every dialog, on the screens of commune PCs ------------------------------------------
# Each maker opens one dialog as the window would (without running it modally); `request`
# gives it the fixtures it needs.

SAMPLE_LIST = (Path(__file__).resolve().parents[1] / "core" / "reports" / "fixtures"
               / "danh_sach_thanh_vien_HTX_mau.xlsx")


def _settings(qtbot, request):
    return SettingsDialog(request.getfixturevalue("registry"))


def _delete(qtbot, request):
    return DeleteDialog("Xóa hợp tác xã «HTX Nông nghiệp và Dịch vụ tổng hợp Bum Tở»?",
                        "Sẽ xóa cùng với 12 thành viên, 3 người lao động, 2 khoản hỗ trợ của tổ chức này.")


def _new_password(qtbot, request):
    return PasswordDialog(None, "Sao lưu có mật khẩu", "Đặt mật khẩu cho bản sao lưu. " * 6, confirm=True)


def _setup_wizard(qtbot, request):
    blank = Registry.open(request.getfixturevalue("tmp_path") / "first-start.sqlite")
    request.addfinalizer(blank.close)
    return SetupWizard(blank)


def _xlsx_wizard(qtbot, request):
    return XlsxImportWizard(request.getfixturevalue("registry"))


def _xlsx_wizard_mapping(qtbot, request):
    """The wizard at its fullest page: a member list read, its columns to map."""
    registry = request.getfixturevalue("registry")
    registry.create("organization", {"name": "HTX Chè Shan tuyết Mù Cả", "kind": "htx"})
    wizard = XlsxImportWizard(registry)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.open_file(SAMPLE_LIST)
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.MAPPING_PAGE and wizard.operation is None, timeout=10_000)
    return wizard


def _lower_unit(qtbot, request):
    return LowerUnitDialog("province")


def _targets(qtbot, request):
    return TargetsDialog(request.getfixturevalue("registry"))


def _record(qtbot, request):
    return RecordDialog(request.getfixturevalue("registry"), "organization")


def _help(qtbot, request):
    window = build_main_window(request.getfixturevalue("registry"))
    qtbot.addWidget(window)
    return HelpDialog(window)


def _crash(qtbot, request):
    return CrashDialog("Traceback (most recent call last):\n" * 80, None)


def _sync_import(qtbot, request):
    results = [ImportResult(file=f"E:/kttt-goi-03433-{n}.kttt", reason="Tệp không phải gói đồng bộ KTTT.")
               for n in range(1, 6)]
    return ImportPreviewDialog(results, {})


def _print_preview(qtbot, request):
    """The real preview function, its modal run left out so the dialog stays to be looked at
    (with the printer it paints on)."""
    opened, printers = [], []

    class Kept(QPrintPreviewDialog):
        def exec(self) -> int:
            opened.append(self)
            return 0

        def deleteLater(self) -> None:  # noqa: N802 - Qt's name
            pass

    class KeptPrinter(QPrinter):
        def __init__(self, *args) -> None:
            super().__init__(*args)
            printers.append(self)

    monkeypatch = request.getfixturevalue("monkeypatch")
    monkeypatch.setattr(report_actions, "QPrintPreviewDialog", Kept)
    monkeypatch.setattr(report_actions, "QPrinter", KeptPrinter)
    report_actions.show_print_preview(None, QTextDocument("Báo cáo tổng hợp"), "Báo cáo tổng hợp")
    opened[0].printer_kept = printers[0]
    return opened[0]


DIALOGS = {
    "settings": _settings, "delete": _delete, "password": _new_password, "setup_wizard": _setup_wizard,
    "xlsx_wizard": _xlsx_wizard, "xlsx_wizard_mapping": _xlsx_wizard_mapping, "lower_unit": _lower_unit,
    "targets": _targets, "record": _record, "help": _help, "crash": _crash, "sync_import": _sync_import,
    "print_preview": _print_preview,
}


def _buttons(dialog) -> list[QPushButton]:
    """The buttons the officer must reach: every one shown outside a scrolling area."""
    return [button for button in dialog.findChildren(QPushButton)
            if button.isVisible() and not _in_scroll_area(button, dialog)]


def _in_scroll_area(widget, dialog) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("area", SMALL_SCREENS)
@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_fits_with_its_buttons_above_the_taskbar(qtbot, request, screen, name, area):
    screen(area)
    dialog = DIALOGS[name](qtbot, request)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _within(dialog, area), (dialog.frameGeometry(), dialog.minimumSize())
    buttons = _buttons(dialog)
    assert buttons or name == "print_preview"  # the preview's buttons are on its tool bar
    for button in buttons:
        corners = (button.mapTo(dialog, QPoint(0, 0)), button.mapTo(dialog, button.rect().bottomRight()))
        assert all(dialog.rect().contains(corner) for corner in corners), button.text()
