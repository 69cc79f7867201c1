"""The add/edit dialog: Cất, Cất và thêm tiếp, Hoãn, shortcuts, remembered size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from kttt_desktop.core.db.queries import ListQuery
from kttt_desktop.core.records.identifiers import make_tax_code
from kttt_desktop.ui import prompts
from kttt_desktop.ui.forms.record_dialog import RecordDialog


@pytest.fixture(autouse=True)
def no_linger(monkeypatch):
    """Close at once after a save with warnings (one test checks the pause itself)."""
    monkeypatch.setattr(RecordDialog, "WARNING_LINGER_MS", 0)


@pytest.fixture
def make_dialog(qtbot, registry):
    def make(record_type: str, record_id=None, preset=None) -> RecordDialog:
        dialog = RecordDialog(registry, record_type, record_id, preset)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


@pytest.fixture
def no_questions(monkeypatch):
    """Fail loudly if a modal question pops up unexpectedly."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected question: {args}")

    for name in ("confirm", "inform", "warn", "ask_text"):
        monkeypatch.setattr(prompts, name, refuse)


def test_titles(make_dialog, make_org, registry):
    org = make_org(name="HTX Chè Bum Tở")
    assert make_dialog("member").windowTitle() == "Thêm thành viên"
    assert make_dialog("support").windowTitle() == "Thêm hỗ trợ của Nhà nước"
    member = registry.create("member", {"organization_id": org["id"], "full_name": "Lò Văn Páo"}).record
    dialog = make_dialog("member", member["id"])
    assert dialog.windowTitle() == "Sửa thành viên «Lò Văn Páo»"
    assert not dialog.save_next_button.isVisible()
    dialog.form.editor("village").setText("Bản Pa Vệ Sủ")
    assert dialog.windowTitle().endswith("*")


def test_buttons_use_the_familiar_verbs(make_dialog):
    dialog = make_dialog("organization")
    assert dialog.save_button.text() == "Cất" and dialog.save_button.isDefault()
    assert dialog.cancel_button.text() == "Hoãn"
    assert dialog.save_next_button.text() == "Cất và thêm tiếp"
    assert dialog.save_next_button.isVisible()


def test_wrong_tax_code_is_not_saved(qtbot, make_dialog, registry, no_questions):
    valid = make_tax_code("620000001")
    wrong = valid[:-1] + str((int(valid[-1]) + 1) % 10)
    dialog = make_dialog("organization")
    dialog.form.editor("name").setText("HTX Nông nghiệp Pa Vệ Sủ")
    qtbot.keyClicks(dialog.form.editor("registration_code"), wrong)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "sai chữ số kiểm tra" in dialog.form.message_label("registration_code").text()
    assert list(registry.list_records("organization")) == []
    assert dialog.result_value is None and dialog.saved_ids == []


def test_cat_saves_and_closes(qtbot, make_dialog, registry, no_questions):
    dialog = make_dialog("organization")
    dialog.form.editor("name").setText("HTX Chè Bum Tở")
    qtbot.keyClicks(dialog.form.editor("registration_code"), make_tax_code("620000001"))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    record = registry.get("organization", dialog.saved_ids[0])
    assert record["name"] == "HTX Chè Bum Tở"
    assert dialog.result_value.record["id"] == record["id"]


def test_ctrl_s_saves(qtbot, make_dialog, registry, make_org, no_questions):
    org = make_org()
    dialog = make_dialog("worker", preset={"organization_id": org["id"]})
    dialog.form.editor("full_name").setText("Lò Thị Mai")
    dialog.activateWindow()
    dialog.form.editor("full_name").setFocus()
    qtbot.waitUntil(lambda: dialog.form.editor("full_name").hasFocus())
    qtbot.keyClick(dialog.form.editor("full_name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert registry.get("worker", dialog.saved_ids[0])["full_name"] == "Lò Thị Mai"


def test_save_and_add_next_enters_five_members(qtbot, make_dialog, registry, make_org, no_questions):
    org = make_org(name="HTX Chè Bum Tở")
    dialog = make_dialog("member", preset={"organization_id": org["id"]})
    names = ["Lò Văn Páo", "Lò Thị Mai", "Pờ Xuân Hùng", "Chu Thị Dế", "Lý A Sang"]
    for number, name in enumerate(names, start=1):
        form = dialog.form
        assert form.is_new and form.editor("organization_id").value() == org["id"]
        assert form.editor("full_name").value() is None
        form.editor("full_name").setText(name)
        qtbot.keyClicks(form.editor("birth_date").line_edit, f"0{number}/03/1975")
        qtbot.keyClicks(form.editor("capital_vnd"), "20.000.000")
        assert dialog.save_and_next()
        assert dialog.isVisible()
        assert name in dialog.status_label.text()
    assert len(dialog.saved_ids) == 5
    members = [registry.get("member", i) for i in dialog.saved_ids]
    assert [m["full_name"] for m in members] == names
    assert all(m["organization_id"] == org["id"] for m in members)
    assert all(m["capital_vnd"] == 20000000 for m in members)
    assert members[0]["birth_date"] == "1975-03-01"
    assert registry.official_member_count(org["id"]) == 5


def test_ctrl_shift_s_is_save_and_add_next(qtbot, make_dialog, registry, make_org, no_questions):
    org = make_org()
    dialog = make_dialog("member", preset={"organization_id": org["id"]})
    dialog.form.editor("full_name").setText("Lò Văn Páo")
    dialog.activateWindow()
    dialog.form.editor("full_name").setFocus()
    qtbot.waitUntil(lambda: dialog.form.editor("full_name").hasFocus())
    qtbot.keyClick(dialog.form.editor("full_name"), Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(dialog.saved_ids) == 1 and dialog.isVisible()
    assert dialog.form.editor("full_name").value() is None


def test_warnings_after_save_and_next_are_shown_not_asked(qtbot, make_dialog, make_org, no_questions):
    org = make_org(charter_capital_vnd=100_000_000)
    dialog = make_dialog("member", preset={"organization_id": org["id"]})
    dialog.form.editor("full_name").setText("Lò Văn Páo")
    qtbot.keyClicks(dialog.form.editor("capital_vnd"), "50000000")
    assert dialog.save_and_next()
    assert "Lưu ý:" in dialog.status_label.text() and "30%" in dialog.status_label.text()


def test_cat_with_warnings_lingers_briefly(qtbot, make_dialog, make_org, no_questions, monkeypatch):
    monkeypatch.setattr(RecordDialog, "WARNING_LINGER_MS", 50)
    org = make_org(charter_capital_vnd=100_000_000)
    dialog = make_dialog("member", preset={"organization_id": org["id"]})
    dialog.form.editor("full_name").setText("Lò Văn Páo")
    qtbot.keyClicks(dialog.form.editor("capital_vnd"), "50000000")
    assert dialog.save_and_close()
    assert dialog.isVisible() and "Lưu ý:" in dialog.status_label.text()
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value.warnings


def test_hoan_on_dirty_form_asks_and_stays_when_told_no(qtbot, make_dialog, registry, monkeypatch):
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes=None: asked.append(text) or False)
    dialog = make_dialog("organization")
    dialog.form.editor("name").setText("HTX chưa cất")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert asked and "chưa được cất" in asked[0]
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 2 and dialog.isVisible()
    assert list(registry.list_records("organization")) == []


def test_hoan_on_dirty_form_closes_when_told_yes(qtbot, make_dialog, monkeypatch):
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)
    dialog = make_dialog("organization")
    dialog.form.editor("name").setText("HTX chưa cất")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_hoan_on_clean_form_closes_without_asking(qtbot, make_dialog, no_questions):
    dialog = make_dialog("organization")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_size_is_remembered_per_record_type(qtbot, make_dialog, no_questions):
    dialog = make_dialog("support")
    dialog.resize(700, 640)
    dialog.reject()
    assert QSettings().value("record_dialog/support/geometry") is not None
    again = make_dialog("support")
    assert again.size().width() == 700
    assert QSettings().value("record_dialog/member/geometry") is None


def test_read_only_dialog(qtbot, registry, make_org, no_questions):
    org = make_org(name="HTX Chè")
    dialog = RecordDialog(registry, "organization", org["id"], read_only=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Xem tổ chức kinh tế tập thể «HTX Chè»"
    assert not dialog.save_button.isVisible() and dialog.cancel_button.text() == "Đóng"
    assert not dialog.save_and_close()


def test_deleted_record_opens_read_only(qtbot, registry, make_org, no_questions):
    org = make_org(name="HTX Chè")
    registry.delete("organization", org["id"], "Nhập trùng")
    dialog = RecordDialog(registry, "organization", org["id"])
    qtbot.addWidget(dialog)
    assert dialog.form.is_read_only()
    assert dialog.windowTitle().startswith("Xem ")


def test_a_date_that_does_not_exist_is_told_in_the_window_s_member_dialog(qtbot, registry, monkeypatch, populated):
    """«Thêm» on the member list, a birth date of 31/02/2024: the dialog says the day does not
    exist (not that the format is wrong), and nothing is saved."""
    from kttt_desktop.ui.app import build_main_window

    told: list[str] = []

    def typing_exec(dialog: RecordDialog) -> int:
        form = dialog.form
        form.editor("organization_id").set_value(populated["htx"]["id"])
        form.editor("full_name").setText("Lò Văn Páo")
        qtbot.keyClicks(form.editor("birth_date").line_edit, "31/02/2024")
        label = form.message_label("birth_date")
        qtbot.waitUntil(lambda: label.isVisibleTo(form) and "không có thật" in label.text())
        told.append(label.text())
        dialog.save_button.click()  # Cất: refused, the dialog stays
        assert not dialog.saved_ids
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(RecordDialog, "exec", typing_exec)
    window = build_main_window(registry)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("member")
    before = registry.count(ListQuery("member"))
    window.add_action.trigger()  # «Thêm» (Ctrl+N)
    assert len(told) == 1
    assert "Ngày 31/02/2024 không có thật: tháng 2 năm 2024 chỉ có 29 ngày. Hãy sửa lại «Ngày sinh»." in told[0]
    assert "không phải ngày hợp lệ" not in told[0]
    assert registry.count(ListQuery("member")) == before
