"""Printing and exporting from the window: the summary report, one organisation's record and
its member list, made in the background and shown in the print preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kttt_desktop.ui import prompts, report_actions as module
from kttt_desktop.ui.report_actions import ReportActions
from tests.ui.conftest import MEMBER_NAMES
from tests.ui.printing.pdf_tools import flat, pdf_text


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def previews(monkeypatch) -> list[tuple[object, str]]:
    """The documents the print preview would show, instead of the modal dialog."""
    shown: list[tuple[object, str]] = []
    monkeypatch.setattr(module, "show_print_preview", lambda parent, document, title: shown.append((document, title)))
    return shown


def test_the_six_actions_and_the_print_shortcut(window, registry):
    actions = ReportActions(registry, window)
    texts = [action.text() for action in actions.actions()]
    assert texts == ["In báo cáo tổng hợp…", "Xuất báo cáo PDF…", "Xuất báo cáo Excel…", "Báo cáo năm…",
                     "In hồ sơ tổ chức…", "In danh sách thành viên…"]
    assert actions.print_action.shortcut().toString() == "Ctrl+P"
    assert not actions.organization_action.isEnabled() and not actions.members_action.isEnabled()


def test_the_summary_is_previewed_from_the_background(qtbot, window, registry, populated, previews):
    actions = ReportActions(registry, window)
    with qtbot.waitSignal(actions.document_ready, timeout=20_000):
        actions.print_action.trigger()
    document, title = previews[0]
    assert document.thread() is QApplication.instance().thread()  # handed to the GUI thread
    assert "BÁO CÁO" in title
    text = document.toPlainText()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "HTX Nông nghiệp Bum Tở" in text


def test_the_summary_is_written_as_pdf(qtbot, window, registry, populated, told, tmp_path, monkeypatch):
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: tmp_path / "bao-cao")
    actions = ReportActions(registry, window)
    with qtbot.waitSignal(actions.written, timeout=20_000) as written:
        actions.pdf_action.trigger()
    path = Path(written.args[0])
    assert path == tmp_path / "bao-cao.pdf"  # the extension is added
    assert "Độc lập - Tự do - Hạnh phúc" in pdf_text(path)
    assert str(path) in told[0]


def test_the_summary_is_written_as_excel(qtbot, window, registry, populated, told, tmp_path, monkeypatch):
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: tmp_path / "bao-cao.xlsx")
    actions = ReportActions(registry, window)
    with qtbot.waitSignal(actions.written, timeout=20_000):
        actions.xlsx_action.trigger()
    assert load_workbook(tmp_path / "bao-cao.xlsx").worksheets


def test_an_unwritable_place_is_explained(qtbot, window, registry, told, tmp_path, monkeypatch):
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: tmp_path / "khong-co" / "bao-cao.pdf")
    actions = ReportActions(registry, window)
    actions.pdf_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert "Không ghi được tệp" in told[0]


def test_cancelling_the_file_choice_does_nothing(window, registry, told, monkeypatch):
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: None)
    actions = ReportActions(registry, window)
    actions.pdf_action.trigger()
    actions.xlsx_action.trigger()
    assert actions._op is None and told == []


def test_the_chosen_organisation_is_printed_with_its_members(qtbot, window, registry, populated, previews):
    chosen = populated["htx"]["id"]
    actions = ReportActions(registry, window, current_organization_id=lambda: chosen)
    assert actions.organization_action.isEnabled() and actions.members_action.isEnabled()
    with qtbot.waitSignal(actions.document_ready, timeout=20_000):
        actions.organization_action.trigger()
    record = flat(previews[0][0].toPlainText())
    assert "HỒ SƠ TỔ CHỨC KINH TẾ TẬP THỂ" in record and previews[0][1] == "HTX Nông nghiệp Bum Tở"
    assert all(name in record for name in MEMBER_NAMES)
    with qtbot.waitSignal(actions.document_ready, timeout=20_000):
        actions.members_action.trigger()
    members = flat(previews[1][0].toPlainText())
    assert "DANH SÁCH THÀNH VIÊN" in members
    assert all(name in members for name in MEMBER_NAMES[:4]) and MEMBER_NAMES[4] not in members


def test_without_a_chosen_organisation_the_officer_is_told(window, registry, told, previews):
    actions = ReportActions(registry, window)
    actions.print_member_list()
    assert previews == [] and "Hãy chọn một tổ chức" in told[0]


def _previewed_through(qtbot, action, monkeypatch) -> tuple[int, int]:
    """Trigger `action` as the officer does and let the real print preview dialog open,
    paint its pages and close; returns (pages painted, pages the preview shows)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    from kttt_desktop.ui.printing import pdf

    painted: list[int] = []
    real = pdf.print_document
    monkeypatch.setattr(pdf, "print_document", lambda document, printer: painted.append(real(document, printer)))
    shown: list[int] = []

    def close_the_preview() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QPrintPreviewDialog) and painted:
            shown.append(dialog.findChild(QPrintPreviewWidget).pageCount())
            dialog.reject()
        else:
            QTimer.singleShot(50, close_the_preview)

    QTimer.singleShot(50, close_the_preview)
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    return painted[0], shown[0]


def test_the_summary_prints_through_the_real_preview(qtbot, main_window, populated, monkeypatch):
    painted, shown = _previewed_through(qtbot, main_window.reports.print_action, monkeypatch)
    assert painted >= 2 and shown == painted


@pytest.mark.parametrize("action_name", ["organization_action", "members_action"])
def test_an_organisation_prints_through_the_real_preview(qtbot, main_window, populated, monkeypatch,
                                                         action_name):
    main_window.open_organization(populated["htx"]["id"])
    action = getattr(main_window.reports, action_name)
    assert action.isEnabled()
    painted, shown = _previewed_through(qtbot, action, monkeypatch)
    assert painted >= 1 and shown == painted


def test_ctrl_p_in_the_window_opens_the_preview(qtbot, main_window, populated, monkeypatch):
    from PySide6.QtCore import Qt

    class Shortcut:  # Ctrl+P typed into the window, not the action called directly
        @staticmethod
        def trigger() -> None:
            qtbot.keyClick(main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    painted, shown = _previewed_through(qtbot, Shortcut, monkeypatch)
    assert painted >= 2 and shown == painted


def choose(monkeypatch, *answers: str) -> list[tuple[str, list[str]]]:
    """Answer the small choice dialogs in turn with these items; returns what was asked."""
    asked: list[tuple[str, list[str]]] = []
    queue = list(answers)

    def answer(parent, title, label, items, current=0):
        asked.append((label, list(items)))
        return items.index(queue.pop(0)) if queue else None

    monkeypatch.setattr(prompts, "choose_item", answer)
    return asked


def test_the_years_report_is_previewed_with_its_sections(qtbot, window, registry, populated, previews, monkeypatch):
    asked = choose(monkeypatch, "2025", "Xem trước và in")
    actions = ReportActions(registry, window)
    with qtbot.waitSignal(actions.document_ready, timeout=20_000):
        actions.year_action.trigger()
    assert asked[0][1][:2] == ["2026", "2025"]  # this year first
    assert asked[1][0] == "Báo cáo năm 2025 (số liệu đến 31/12/2025):"
    text = flat(previews[0][0].toPlainText())
    assert "đến ngày 31/12/2025" in text  # the summary counts up to the year's end
    for words in ("VI. Các chỉ tiêu năm 2025 so với năm 2024", "VII. Biến động tổ chức trong năm 2025",
                  "XI. Đánh giá chung", "Kết quả đạt được", "Kiến nghị, đề xuất", "[Cán bộ viết nội dung phần này]"):
        assert words in text


def test_the_years_report_is_written_as_excel(qtbot, window, registry, populated, told, tmp_path, monkeypatch):
    choose(monkeypatch, "2026", "Ghi tệp Excel")
    named: list[str] = []

    def save_as(parent, title, name, pattern, purpose):
        named.append(name)
        return tmp_path / "nam"

    monkeypatch.setattr(prompts, "choose_save_file", save_as)
    actions = ReportActions(registry, window)
    with qtbot.waitSignal(actions.written, timeout=20_000) as written:
        actions.year_action.trigger()
    assert named == ["BaoCao_KTTT_nam_2026.xlsx"] and Path(written.args[0]) == tmp_path / "nam.xlsx"
    workbook = load_workbook(tmp_path / "nam.xlsx")
    assert "Biến động trong năm" in workbook.sheetnames and "Đánh giá chung" in workbook.sheetnames


def test_cancelling_the_year_or_the_output_does_nothing(window, registry, told, previews, monkeypatch):
    actions = ReportActions(registry, window)
    choose(monkeypatch)  # no year chosen
    actions.year_action.trigger()
    choose(monkeypatch, "2025")  # a year, then no output
    actions.year_action.trigger()
    assert actions._op is None and told == [] and previews == []
