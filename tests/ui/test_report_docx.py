"""The report as a Word document from the window, and the settings of the documents' heading
and signature: through the real menu of the real window, written off the GUI thread, then
offered to open in Word or LibreOffice."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from kttt_desktop.core.reports import document_form as form
from kttt_desktop.core.reports.summary import build_report
from kttt_desktop.ui import prompts
from kttt_desktop.ui.document_settings_dialog import DocumentSettingsDialog


def menu_action(window, text: str):
    """The action of the «Báo cáo» menu with this text, as the officer finds it."""
    menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&Báo cáo")
    return next(action for action in menu.actions() if action.text() == text)


def when_modal(kind: type, handle) -> None:
    """Handle the first modal dialog of `kind` once it is open (it blocks the caller)."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            handle(dialog)
        else:
            QTimer.singleShot(20, look)
    QTimer.singleShot(20, look)


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def test_the_word_document_is_written_in_the_background_and_opened(qtbot, main_window, populated, tmp_path,
                                                                   monkeypatch, opened):
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: tmp_path / "bao-cao")
    actions = main_window.reports
    action = menu_action(main_window, "Xuất báo cáo Word…")
    assert action is actions.docx_action
    seen: list[str] = []

    def open_it(box: QMessageBox) -> None:
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text() == "Mở bằng Word/LibreOffice")
        button.click()

    when_modal(QMessageBox, open_it)
    with qtbot.waitSignal(actions.written, timeout=30_000) as written:
        action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    path = Path(written.args[0])
    assert path == tmp_path / "bao-cao.docx"  # the extension is added
    assert opened == [str(path)] and "tô vàng" in seen[0]
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert "I. Kết quả đạt được" in texts and "[Cán bộ viết nội dung phần này]" in texts
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert "HTX Nông nghiệp Bum Tở" in cells


def test_the_years_report_can_be_a_word_document(qtbot, main_window, populated, tmp_path, monkeypatch, told):
    answers = iter(["2025", "Ghi tệp Word để viết tiếp"])
    monkeypatch.setattr(prompts, "choose_item", lambda parent, title, label, items, current=0:
                        items.index(next(answers)))
    monkeypatch.setattr(prompts, "choose_save_file", lambda parent, title, name, *args: tmp_path / name)
    actions = main_window.reports
    with qtbot.waitSignal(actions.written, timeout=30_000) as written:
        actions.year_action.trigger()
    path = Path(written.args[0])
    assert path.name == "BaoCao_KTTT_nam_2025.docx"
    headings = [p.text for p in Document(str(path)).paragraphs if p.style.name.startswith("Heading")]
    assert "1. Các chỉ tiêu năm 2025 so với năm 2024" in headings


def test_an_unwritable_place_is_explained(qtbot, main_window, tmp_path, monkeypatch, told):
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: tmp_path / "khong-co" / "bao-cao.docx")
    main_window.reports.docx_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert "Không ghi được tệp" in told[0] and not (tmp_path / "khong-co").exists()


def test_the_documents_heading_and_signature_are_settings(qtbot, main_window, registry, tmp_path, monkeypatch,
                                                          told):
    action = menu_action(main_window, "Thông tin trên văn bản…")

    def fill(dialog: DocumentSettingsDialog) -> None:
        assert dialog.issuer_edit.toPlainText() == "ỦY BAN NHÂN DÂN XÃ BUM TỞ"  # the default, shown
        assert dialog.recipients_edit.toPlainText().splitlines()[1] == "- Sở Tài chính;"
        dialog.signer_title_edit.setPlainText("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
        dialog.signer_name_edit.setText("Lò Văn Pành")
        dialog.recipients_edit.setPlainText("- Sở Tài chính;\n- Lưu: VT.")
        dialog.ok_button.click()

    when_modal(DocumentSettingsDialog, fill)
    action.trigger()
    assert registry.setting(form.SIGNER_NAME) == "Lò Văn Pành"
    assert registry.setting(form.ISSUER) is None  # left at the default: follows the site
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: tmp_path / "bao-cao.docx")
    monkeypatch.setattr(prompts, "tell_written", lambda *args, **kwargs: None)
    with qtbot.waitSignal(main_window.reports.written, timeout=30_000):
        main_window.reports.docx_action.trigger()
    signature = Document(str(tmp_path / "bao-cao.docx")).tables[1]
    texts = [p.text for cell in signature.rows[0].cells for p in cell.paragraphs]
    assert texts[:3] == ["Nơi nhận:", "- Sở Tài chính;", "- Lưu: VT."]
    assert ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] == texts[3:5] and "Lò Văn Pành" in texts
    assert "TM. ỦY BAN NHÂN DÂN" not in texts  # the title says how the deputy signs


def test_emptying_a_field_goes_back_to_the_default(qtbot, registry):
    registry.set_setting(form.PLACE, "Mường Tè")
    dialog = DocumentSettingsDialog(registry)
    qtbot.addWidget(dialog)
    assert dialog.place_edit.text() == "Mường Tè" and dialog.place_edit.placeholderText() == "Bum Tở"
    dialog.place_edit.clear()
    dialog.accept()
    assert registry.setting(form.PLACE) is None and form.document_form(registry).place == "Bum Tở"


def test_a_signing_day_dates_the_documents_and_a_passed_one_is_refused(qtbot, registry, told):
    dialog = DocumentSettingsDialog(registry)
    qtbot.addWidget(dialog)
    dialog.signer_name_edit.setText("Lò Văn Pành")
    dialog.signed_on_edit.setText("20/11/2026")  # today is 26/11/2026
    dialog.accept()
    assert "Ngày ký 20/11/2026 đã qua" in told[0]
    assert dialog.result() == 0 and registry.setting(form.SIGNER_NAME) is None  # nothing half kept
    dialog.signed_on_edit.setText("05/12/2026")
    dialog.accept()
    assert dialog.result() == 1 and registry.setting(form.SIGNER_NAME) == "Lò Văn Pành"
    assert build_report(registry).date_line() == "Bum Tở, ngày 05 tháng 12 năm 2026"
    again = DocumentSettingsDialog(registry)
    qtbot.addWidget(again)
    assert again.signed_on_edit.text() == "05/12/2026"
