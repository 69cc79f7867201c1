"""The delete dialog (a reason is required) and the settings dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from kttt_desktop.ui import dialogs, prompts
from kttt_desktop.ui.dialogs import (
    DELETE_REASONS,
    DeleteDialog,
    SettingsDialog,
    delete_record,
    deletion_detail,
    deletion_title,
)


@pytest.fixture
def delete_dialog(qtbot):
    dialog = DeleteDialog("Xóa hợp tác xã «HTX Chè»?", "Sẽ xóa cùng với 3 thành viên của tổ chức này.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_delete_button_waits_for_a_reason(qtbot, delete_dialog):
    assert delete_dialog.delete_button.text() == "Xóa"
    assert not delete_dialog.delete_button.isEnabled()
    qtbot.keyClicks(delete_dialog.reason_combo.lineEdit(), "   ")
    assert not delete_dialog.delete_button.isEnabled()  # spaces are not a reason
    qtbot.keyClicks(delete_dialog.reason_combo.lineEdit(), "nhap sai")
    assert delete_dialog.delete_button.isEnabled()
    assert delete_dialog.reason() == "nhap sai"


def test_enter_without_a_reason_does_not_delete(qtbot, delete_dialog):
    qtbot.keyClick(delete_dialog.reason_combo.lineEdit(), Qt.Key.Key_Return)
    assert delete_dialog.isVisible()
    delete_dialog.accept()
    assert delete_dialog.isVisible()


def test_quick_reasons(qtbot, delete_dialog):
    combo = delete_dialog.reason_combo
    assert [combo.itemText(i) for i in range(combo.count())] == list(DELETE_REASONS)
    assert combo.currentText() == ""
    combo.setCurrentIndex(2)
    assert delete_dialog.reason() == "Tổ chức đã giải thể"
    assert delete_dialog.delete_button.isEnabled()
    qtbot.mouseClick(delete_dialog.delete_button, Qt.MouseButton.LeftButton)
    assert delete_dialog.result() == QDialog.DialogCode.Accepted


def test_dialog_shows_what_goes(delete_dialog):
    assert delete_dialog.title_label.text() == "Xóa hợp tác xã «HTX Chè»?"
    assert "3 thành viên" in delete_dialog.detail_label.text()


def test_deletion_texts_count_the_organisations_records(registry, make_org):
    org = make_org(name="HTX Chè Bum Tở")
    for name in ("Lò Văn Páo", "Lò Thị Mai", "Pờ Xuân Hùng"):
        registry.create("member", {"organization_id": org["id"], "full_name": name})
    registry.create("worker", {"organization_id": org["id"], "full_name": "Chu Thị Dế"})
    for content in ("Tập huấn kế toán", "Hỗ trợ giống chè"):
        registry.create("support", {"organization_id": org["id"], "content": content})
    assert deletion_title(registry, "organization", org["id"]) == "Xóa hợp tác xã «HTX Chè Bum Tở»?"
    detail = deletion_detail(registry, "organization", org["id"])
    assert "3 thành viên, 1 người lao động, 2 khoản hỗ trợ" in detail
    empty = make_org(name="HTX mới")
    assert "chưa có" in deletion_detail(registry, "organization", empty["id"])
    member = next(registry.list_records("member"))
    assert deletion_title(registry, "member", member["id"]).startswith("Xóa thành viên «")
    assert deletion_detail(registry, "member", member["id"]) == ""


def test_delete_record_uses_the_reason(registry, make_org, monkeypatch):
    org = make_org(name="HTX Chè Bum Tở")
    member = registry.create("member", {"organization_id": org["id"], "full_name": "Lò Văn Páo"}).record
    asked = []

    def answer(parent, title_text, detail_text):
        asked.append((title_text, detail_text))
        return "Nhập trùng"

    monkeypatch.setattr(dialogs, "ask_delete_reason", answer)
    result = delete_record(None, registry, "organization", org["id"])
    assert result is not None and result.record["deleted"]
    assert "1 thành viên" in asked[0][1]
    assert registry.get("member", member["id"])["deleted"]  # went with its organisation


def test_delete_record_cancelled(registry, make_org, monkeypatch):
    org = make_org()
    monkeypatch.setattr(dialogs, "ask_delete_reason", lambda *args: None)
    assert delete_record(None, registry, "organization", org["id"]) is None
    assert not registry.get("organization", org["id"])["deleted"]


def test_delete_record_refused_is_reported(registry, make_org, monkeypatch):
    org = make_org()
    registry.delete("organization", org["id"], "Nhập nhầm")
    warned = []
    monkeypatch.setattr(dialogs, "ask_delete_reason", lambda *args: "Nhập trùng")
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: warned.append(text))
    assert delete_record(None, registry, "organization", org["id"]) is None
    assert warned and "đã bị xóa" in warned[0]


@pytest.fixture
def settings_dialog(qtbot, registry):
    dialog = SettingsDialog(registry)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_settings_show_the_site(settings_dialog, registry):
    texts = [label.text() for label in settings_dialog.site_labels.values()]
    assert "Xã / phường" in texts
    assert "Xã Bum Tở (03433)" in texts
    assert str(registry.path) in texts
    assert settings_dialog.officer_edit.text() == "Lò Văn Hương"


def test_settings_change_the_officer(settings_dialog, registry, monkeypatch):
    monkeypatch.setattr(prompts, "inform", lambda *args: pytest.fail("no language change"))
    settings_dialog.officer_edit.setText("Lò Thị Mai")
    settings_dialog.accept()
    assert settings_dialog.result() == QDialog.DialogCode.Accepted
    assert registry.officer == "Lò Thị Mai"
    assert registry.site.officer == "Lò Thị Mai"
    assert settings_dialog.changes is not None and settings_dialog.changes.site


def test_settings_refuse_an_empty_officer(settings_dialog, registry, monkeypatch):
    warned = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: warned.append(text))
    settings_dialog.officer_edit.setText("  ")
    settings_dialog.accept()
    assert warned and settings_dialog.isVisible()
    assert registry.officer == "Lò Văn Hương"


def test_settings_language_applies_after_restart(settings_dialog, monkeypatch):
    told = []
    monkeypatch.setattr(prompts, "inform", lambda parent, title, text: told.append(text))
    combo = settings_dialog.language_combo
    assert combo.currentData() == "vi"
    combo.setCurrentIndex(combo.findData("en"))
    settings_dialog.accept()
    assert QSettings().value("language") == "en"
    assert settings_dialog.language_changed
    assert told and "mở lại" in told[0]
