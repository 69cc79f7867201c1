"""The sync page: export up, preview then import at the district, receipts back, refused
files, cancelling an import, set-up files and joining an upper level."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from kttt_desktop.core.registry import Registry
from kttt_desktop.core.sync import service
from kttt_desktop.ui import prompts, sync_page
from kttt_desktop.ui.app import build_main_window
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.sync_page import PeerTableModel, SyncPage
from kttt_desktop.ui.worker import DialogProgress


class Answers:
    """The officer's answers to every dialog the page asks through `prompts`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder: Path | None = None
        self.files: list[Path] = []
        self.save_as: Path | None = None
        self.item: int | None = 0
        self.confirm = True
        self.informed: list[tuple[str, str]] = []
        self.warned: list[tuple[str, str]] = []
        monkeypatch.setattr(prompts, "choose_folder", lambda parent, title, purpose: self.folder)
        monkeypatch.setattr(prompts, "choose_open_files", lambda parent, title, filter, purpose: list(self.files))
        monkeypatch.setattr(prompts, "choose_save_file", lambda parent, title, name, filter, purpose: self.save_as)
        monkeypatch.setattr(prompts, "choose_item", lambda parent, title, label, items, current=0: self.item)
        monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes=None: self.confirm)
        monkeypatch.setattr(prompts, "inform", lambda parent, title, text: self.informed.append((title, text)))
        monkeypatch.setattr(prompts, "tell_written",
                            lambda parent, title, text, path, readable: self.informed.append((title, text)))
        monkeypatch.setattr(prompts, "warn", lambda parent, title, text: self.warned.append((title, text)))


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def sites(tmp_path: Path):
    """A district (107) and Xã Bum Tở (03433), started from the district's set-up file."""
    (tmp_path / "district").mkdir()
    (tmp_path / "commune").mkdir()
    district = Registry.open(tmp_path / "district" / "kttt.db")
    district.init_site("district", "107", "Khu vực Mường Tè", "Cán bộ huyện")
    setup = tmp_path / "setup-03433.json"
    service.write_setup_file(district, "03433", "Xã Bum Tở", setup)
    commune = Registry.open(tmp_path / "commune" / "kttt.db")
    service.init_from_setup_file(commune, setup, officer="Lò Văn Hương")
    yield district, commune
    district.close()
    commune.close()


def open_window(qtbot, registry: Registry) -> MainWindow:
    window = build_main_window(registry)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def sync_page_of(window: MainWindow) -> SyncPage:
    window.show_page("sync")
    return window.sync_page


def export_up(qtbot, page: SyncPage, answers: Answers, folder: Path) -> Path:
    answers.folder = folder
    before = len(answers.informed)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.operation is None and len(answers.informed) > before, timeout=10_000)
    [result] = page.last_exports
    return result.path


def preview(qtbot, page: SyncPage, answers: Answers, *files: Path) -> sync_page.ImportPreviewDialog:
    answers.files = list(files)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None and page.operation is None, timeout=10_000)
    return page.preview


def press_import(qtbot, page: SyncPage, dialog: sync_page.ImportPreviewDialog, answers: Answers) -> None:
    before = len(answers.informed)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is None and page.operation is None and len(answers.informed) > before,
                    timeout=10_000)


def peer_cell(page: SyncPage, unit_code: str, column: int) -> str:
    row = page.model.row_of(unit_code)
    assert row is not None
    return page.model.index(row, column).data()


def test_commune_to_district_and_receipt_back(qtbot, qtmodeltester, sites, answers: Answers,
                                              tmp_path: Path) -> None:
    district, commune = sites
    org = commune.create("organization", {"name": "HTX Chè Shan tuyết Bum Tở", "kind": "htx"}).record
    commune_window = open_window(qtbot, commune)
    commune_window.open_organization(org["id"])
    assert commune_window.organization_view.sync_label.text() == "Chưa gửi cấp trên"

    # The commune exports into a folder (a USB stick).
    page = sync_page_of(commune_window)
    assert page.upper_box.isVisible() and not page.lower_box.isVisible()
    assert page.upper_box.digits.text() == service.fingerprint(commune)
    assert "Đọc mã này qua điện thoại" in page.upper_box.hint.text()
    assert not page.join_button.isVisible()
    usb = tmp_path / "usb"
    usb.mkdir()
    package = export_up(qtbot, page, answers, usb)
    assert package.exists() and package.parent == usb
    assert str(package) in page.result_banner.text() and "Gói số 1" in page.result_banner.text()
    assert "Gói số 1" in answers.informed[-1][1]
    assert peer_cell(page, "107", PeerTableModel.SENT) == "1"
    assert peer_cell(page, "107", PeerTableModel.ACKNOWLEDGED) == "0"
    assert commune_window.organization_view.sync_label.text() == "Đã gửi, chờ cấp trên xác nhận"
    qtmodeltester.check(page.model)

    # The district previews it: one new organisation, and nothing written yet.
    district_window = open_window(qtbot, district)
    district_page = sync_page_of(district_window)
    assert district_page.lower_box.isVisible() and district_page.setup_button.isVisible()
    dialog = preview(qtbot, district_page, answers, package)
    [shown] = dialog.files
    assert shown.sender_label.text() == "Xã Bum Tở (03433)"
    assert shown.kind_label.text() == "Gói thay đổi"
    assert shown.status_label.text() == "Sẽ nhập"
    assert shown.model.count("organization", "new") == 1
    assert shown.model.index(0, 0).data() == "Tổ chức kinh tế tập thể"
    assert [shown.model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 7)] == [
        "Mới", "Cập nhật", "Không đổi", "Xóa", "Xung đột", "Từ chối"]
    assert shown.model.index(0, 1).data() == "1"
    qtmodeltester.check(shown.model)
    assert dialog.import_button.isEnabled()
    assert list(district.list_records("organization")) == []
    assert service.status(district)[0]["received"] == 0

    # Nhập: the record arrives, lists refresh, a receipt is written for the commune.
    press_import(qtbot, district_page, dialog, answers)
    assert district.get("organization", org["id"])["owner"] == "03433"
    [result] = district_page.last_results
    assert result.status == "applied" and result.receipt is not None and result.receipt.exists()
    assert str(result.receipt) in answers.informed[-1][1]
    assert peer_cell(district_page, "03433", PeerTableModel.RECEIVED) == "1"
    district_window.show_page("organization")
    assert district_window.list_pages["organization"].model.rowCount() == 1

    # The commune imports the receipt: the package is acknowledged.
    receipt_dialog = preview(qtbot, page, answers, result.receipt)
    assert receipt_dialog.files[0].kind_label.text() == "Biên nhận"
    assert receipt_dialog.files[0].model is None
    press_import(qtbot, page, receipt_dialog, answers)
    assert peer_cell(page, "107", PeerTableModel.ACKNOWLEDGED) == "1"
    assert commune_window.organization_view.sync_label.text() == "Cấp trên đã nhận"
    qtmodeltester.check(page.model)


def test_receipt_folder_is_chosen_once_and_remembered(qtbot, sites, answers: Answers, tmp_path: Path) -> None:
    district, commune = sites
    commune.create("organization", {"name": "HTX Một", "kind": "htx"})
    package = service.export_package(commune, tmp_path).path
    page = SyncPage(district)
    qtbot.addWidget(page)
    page.show()
    dialog = preview(qtbot, page, answers, package)
    answers.folder = tmp_path / "bien-nhan"
    answers.folder.mkdir()
    dialog.receipt_button.click()
    assert str(answers.folder) in dialog.receipt_label.text()
    assert QSettings().value("sync/receipt_dir") == str(answers.folder)
    press_import(qtbot, page, dialog, answers)
    [result] = page.last_results
    assert result.receipt.parent == answers.folder

    commune.create("organization", {"name": "HTX Hai", "kind": "htx"})
    second = service.export_package(commune, tmp_path).path
    again = preview(qtbot, page, answers, second)
    assert str(answers.folder) in again.receipt_label.text()
    again.reject()


def test_a_refused_file_shows_why_and_imports_nothing(qtbot, qtmodeltester, sites, answers: Answers,
                                                     tmp_path: Path) -> None:
    district, _ = sites
    text_file = tmp_path / "ghi-chu.kttt"
    text_file.write_text("Đây không phải là gói đồng bộ.", encoding="utf-8")
    page = SyncPage(district)
    qtbot.addWidget(page)
    page.show()
    dialog = preview(qtbot, page, answers, text_file)
    [shown] = dialog.files
    reason = service.import_files(district, [text_file], dry_run=True)[0].reason
    assert reason and shown.reason_label.text() == reason
    assert shown.status_label.text() == "Không nhập được"
    assert shown.model is None
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: page.preview is None)
    assert page.last_results == [] and page.operation is None
    assert list(district.list_records("organization")) == []
    assert service.status(district)[0]["received"] == 0


def test_a_commune_that_sent_what_it_may_not_is_named_on_the_page(qtbot, sites, answers: Answers,
                                                                  tmp_path: Path) -> None:
    from tests.core.sync import forge

    district, commune = sites
    org = commune.create("organization", {"name": "HTX Chè Shan tuyết Bum Tở", "kind": "htx"}).record
    service.import_files(district, [service.export_package(commune, tmp_path).path])
    hostile = forge.package(commune, [forge.change("107", 1, "organization", org["id"], "03433", "update",
                                                   {"phone": "0912345678"}, {"03433": 1, "107": 1})], tmp_path)
    window = open_window(qtbot, district)
    page = sync_page_of(window)
    assert not page.refusal_banner.isVisible()
    dialog = preview(qtbot, page, answers, hostile)
    [shown] = dialog.files
    assert shown.status_label.text() == "Không nhập được" and "thay đổi thứ 1" in shown.reason_label.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: page.preview is None)
    assert page.refusal_banner.isVisible()
    assert page.refusal_banner.text().startswith("Xã Bum Tở (03433) đã gửi thay đổi không được phép: 1 gói")
    assert district.get("organization", org["id"])["phone"] != "0912345678"


def test_cancel_during_import_leaves_the_database_unchanged(qtbot, sites, answers: Answers, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    district, commune = sites
    org = commune.create("organization", {"name": "HTX Một", "kind": "htx"}).record
    package = service.export_package(commune, tmp_path).path
    page = SyncPage(district)
    qtbot.addWidget(page)
    page.show()
    dialog = preview(qtbot, page, answers, package)

    # The officer presses Hủy as soon as the import reports progress.
    original = DialogProgress.report

    def pressing_cancel(progress: DialogProgress, done: int, total: int, label: str = "") -> Any:
        progress.cancel()
        return original(progress, done, total, label)

    monkeypatch.setattr(DialogProgress, "report", pressing_cancel)
    press_import(qtbot, page, dialog, answers)
    assert "Đã dừng" in answers.informed[-1][1]
    assert page.last_results == []
    assert list(district.list_records("organization")) == []
    assert service.status(district)[0]["received"] == 0

    # Nothing half-done: importing again applies the whole package.
    monkeypatch.setattr(DialogProgress, "report", original)
    press_import(qtbot, page, preview(qtbot, page, answers, package), answers)
    assert district.get("organization", org["id"])["name"] == "HTX Một"


def test_district_makes_a_setup_file_and_a_correction_package(qtbot, sites, answers: Answers, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    district, commune = sites
    page = SyncPage(district)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(sync_page, "ask_lower_unit", lambda parent, level: ("03466", "Xã Bum Nưa", "commune"))
    answers.save_as = tmp_path / "thiet-lap-03466.json"
    page.setup_button.click()
    assert answers.save_as.exists()
    lower = service.peer(district, "03466")
    title, text = answers.informed[-1]
    assert lower.fingerprint in text and service.site_keys(district).public().fingerprint() in text
    assert "trao tận tay" in text
    assert page.model.row_of("03466") is not None
    assert peer_cell(page, "03466", PeerTableModel.ROLE) == "Cấp dưới"

    # A correction for Bum Tở: chosen in the small dialog, then a folder.
    org = commune.create("organization", {"name": "HTX Một", "kind": "htx"}).record
    service.import_files(district, [service.export_package(commune, tmp_path).path])
    district.update("organization", org["id"], {"phone": "0912345678"})
    answers.item = 0  # Xã Bum Tở (03433), the first lower peer
    answers.folder = tmp_path
    page.correction_button.click()
    qtbot.waitUntil(lambda: page.operation is None and bool(page.last_exports), timeout=10_000)
    [correction] = page.last_exports
    assert correction.manifest["receiver"]["unit_code"] == "03433"
    assert correction.manifest["kind"] == "correction"
    results = service.import_files(commune, [correction.path])
    assert results[0].status == "applied" and commune.get("organization", org["id"])["phone"] == "0912345678"


def test_a_commune_that_started_alone_joins_its_upper_level(qtbot, tmp_path: Path, answers: Answers,
                                                            sites) -> None:
    district, _ = sites
    (tmp_path / "alone").mkdir()
    alone = Registry.open(tmp_path / "alone" / "kttt.db")
    try:
        alone.init_site("commune", "03466", "Xã Bum Nưa", "Cán bộ xã")
        page = SyncPage(alone)
        qtbot.addWidget(page)
        page.show()
        assert page.join_button.isVisible() and not page.export_button.isEnabled()
        assert page.alone_hint.isVisible()
        answers.files = [tmp_path / "setup-03466.json"]
        service.write_setup_file(district, "03466", "Xã Bum Nưa", answers.files[0])
        with qtbot.waitSignal(page.changed):
            page.join_button.click()
        assert service.upper_peer(alone).unit_code == "107"
        assert service.fingerprint(alone) in answers.informed[-1][1]
        assert not page.join_button.isVisible() and page.export_button.isEnabled()
        assert page.upper_box.isVisible()
    finally:
        alone.close()


def test_sync_page_in_the_window_menu_and_keys(qtbot, sites, answers: Answers) -> None:
    _, commune = sites
    window = open_window(qtbot, commune)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert [window.sync_navigation.item(r).text() for r in range(window.sync_navigation.count())] == [
        "Đồng bộ", "Xung đột", "Nghi trùng"]
    # A commune without conflicts or likely duplicates is not shown the two empty pages.
    qtbot.waitUntil(lambda: [window.sync_navigation.item(r).isHidden() for r in range(3)] == [False, True, True])
    window.sync_navigation.setCurrentRow(0)
    assert window.stack.currentWidget() is window.sync_page
    assert window.navigation.selectedItems() == []
    # Leaving the page moves the keyboard focus; the other list must not open a page by itself.
    window.sync_page.import_button.setFocus()
    window.show_page("member")
    assert window.stack.currentWidget() is window.list_pages["member"]
    assert not window.overview_page.isVisible() and not window.sync_page.isVisible()
    window.sync_navigation.setFocus()
    qtbot.waitUntil(window.sync_navigation.hasFocus)
    assert window.stack.currentWidget() is window.list_pages["member"]
    assert window.sync_navigation.selectedItems() == [] and window.navigation.currentRow() == 2
    window.sync_navigation.item(0).setSelected(True)  # a click on «Đồng bộ»
    assert window.stack.currentWidget() is window.sync_page
    window.navigation.item(2).setSelected(True)  # back to the entry that was still current
    assert window.stack.currentWidget() is window.list_pages["member"]
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert [a.text() for a in window.sync_menu.actions() if not a.isSeparator()][:2] == [
        "Xuất gói gửi cấp trên…", "Nhập gói hoặc biên nhận…"]
    assert not window.setup_file_action.isVisible()  # a commune prepares no set-up files
    answers.files = []  # the officer cancels the file dialog
    window.import_action.trigger()
    assert window.stack.currentWidget() is window.sync_page
    assert window.sync_page.preview is None and window.sync_page.operation is None


def test_first_start_from_the_upper_levels_setup_file(qtbot, sites, answers: Answers, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialog, QWizard

    from kttt_desktop.ui.setup_wizard import SetupWizard

    district, _ = sites
    setup = tmp_path / "setup-03466.json"
    service.write_setup_file(district, "03466", "Xã Bum Nưa", setup)
    (tmp_path / "new").mkdir()
    fresh = Registry.open(tmp_path / "new" / "kttt.db")
    try:
        wizard = SetupWizard(fresh)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.choice_page.file_radio.setChecked(True)
        wizard.next()
        assert wizard.currentId() == SetupWizard.FILE_PAGE
        page = wizard.file_page
        assert not page.isComplete()

        # A file that is not a set-up file is refused with core's message.
        bad = tmp_path / "khong-phai.json"
        bad.write_text("{}", encoding="utf-8")
        answers.files = [bad]
        page.choose_button.click()
        assert answers.warned and page.path is None

        answers.files = [setup]
        page.choose_button.click()
        assert "Xã Bum Nưa" in page.summary.text() and "Khu vực Mường Tè" in page.summary.text()
        page.officer_edit.setText("Pờ Thị Mai")
        assert page.isComplete()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert wizard.result() == QDialog.DialogCode.Accepted and wizard.site_ready
        site = fresh.require_site()
        assert (site.unit_code, site.name, site.upper_code, site.officer) == ("03466", "Xã Bum Nưa", "107",
                                                                               "Pờ Thị Mai")
        title, text = answers.informed[-1]
        assert service.fingerprint(fresh) in text and service.fingerprint(district) in text
    finally:
        fresh.close()


def test_undo_after_a_package_import_does_not_reach_back_across_it(qtbot, sites, answers: Answers,
                                                                   tmp_path: Path) -> None:
    """A package cannot be taken back step by step: after it, Ctrl+Z offers nothing older
    (a deletion made before it stays), and the result names the backup that reverts it."""
    district, commune = sites
    commune.create("organization", {"name": "HTX Một", "kind": "htx"})
    package = service.export_package(commune, tmp_path).path
    window = open_window(qtbot, district)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    own = district.create("organization", {"name": "HTX Của Huyện", "kind": "htx"}).record
    window.apply_changes(district.delete("organization", own["id"], "Nhập trùng").changes)
    assert window.undo_action.isEnabled()

    page = sync_page_of(window)
    press_import(qtbot, page, preview(qtbot, page, answers, package), answers)
    assert "Ctrl+Z" in answers.informed[-1][1] and "Khôi phục từ bản sao lưu" in answers.informed[-1][1]
    assert not window.undo_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert district.get("organization", own["id"])["deleted"]
