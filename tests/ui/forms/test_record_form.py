"""The generated form: validation as you type, values, saving through the registry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLineEdit, QWidget

from kttt_desktop.core.records.fields import RECORD_TYPES
from kttt_desktop.core.records.identifiers import make_tax_code
from kttt_desktop.ui import prompts
from kttt_desktop.ui.forms.record_form import RecordForm


def wrong_tax_code() -> str:
    valid = make_tax_code("620000001")
    return valid[:-1] + str((int(valid[-1]) + 1) % 10)


@pytest.fixture
def make_form(qtbot, registry):
    def make(record_type: str, record=None, preset=None) -> RecordForm:
        form = RecordForm(registry, record_type)
        qtbot.addWidget(form)
        if record is not None or preset is not None:
            form.load(record, preset)
        form.show()
        return form

    return make


def message(form: RecordForm, name: str) -> str:
    label = form.message_label(name)
    return label.text() if label.isVisibleTo(form) else ""


@pytest.mark.parametrize("record_type", sorted(RECORD_TYPES))
def test_form_has_an_addressable_editor_per_field(make_form, record_type):
    form = make_form(record_type)
    for field in RECORD_TYPES[record_type].fields:
        found = form.findChild(QWidget, field.name)
        assert found is form.editor(field.name)
        assert form.message_label(field.name) is not None
        if field.required:
            assert "*" in form.field_label(field.name).text()


def test_organisation_groups(make_form):
    form = make_form("organization")
    titles = [box.title() for box in form.findChildren(QGroupBox)]
    assert titles[:2] == ["Thông tin chung", "Địa chỉ – liên hệ"]
    assert "Hoạt động" in titles


def test_wrong_tax_code_shows_checksum_message_and_is_not_saved(qtbot, make_form, registry):
    form = make_form("organization")
    form.editor("name").setText("HTX Nông nghiệp Pa Vệ Sủ")
    qtbot.keyClicks(form.editor("registration_code"), wrong_tax_code())
    qtbot.waitUntil(lambda: "chữ số kiểm tra" in message(form, "registration_code"))
    text = message(form, "registration_code")
    assert "Lỗi:" in text and wrong_tax_code() in text
    assert form.has_errors()
    assert form.save() is None
    assert list(registry.list_records("organization")) == []


def test_checking_waits_for_a_pause_in_typing(qtbot, make_form):
    form = make_form("organization")
    form.editor("name").setText("HTX A")
    qtbot.waitUntil(lambda: not form.has_errors())
    qtbot.keyClicks(form.editor("registration_code"), wrong_tax_code())
    assert form.pending_check()  # not checked on every key press
    assert not form.has_errors()
    with qtbot.waitSignal(form.validity_changed) as blocker:
        pass
    assert blocker.args == [False]
    assert not form.pending_check()


def test_valid_form_saves_typed_dates_and_money(qtbot, make_form, registry):
    form = make_form("organization")
    form.editor("name").setText("HTX Chè Bum Tở")
    qtbot.keyClicks(form.editor("registration_code"), make_tax_code("620000001"))
    qtbot.keyClicks(form.editor("registration_date").line_edit, "12/03/2020")
    qtbot.keyClicks(form.editor("charter_capital_vnd"), "20.000.000")
    form.editor("high_tech").setChecked(True)
    result = form.save()
    assert result is not None
    stored = registry.get("organization", result.record["id"])
    assert stored["name"] == "HTX Chè Bum Tở"
    assert stored["registration_date"] == "2020-03-12"
    assert stored["charter_capital_vnd"] == 20000000
    assert stored["high_tech"] is True
    assert stored["commune_code"] == "03433"  # the site's commune by default
    assert not form.is_new and not form.is_dirty()
    assert form.record_id == result.record["id"]


def test_member_dates_and_capital(qtbot, make_form, registry, make_org):
    org = make_org(charter_capital_vnd=1_000_000_000)
    form = make_form("member", preset={"organization_id": org["id"]})
    form.editor("full_name").setText("Lò Văn Páo")
    qtbot.keyClicks(form.editor("birth_date").line_edit, "12/03/1975")
    qtbot.keyClicks(form.editor("capital_vnd"), "20.000.000")
    form.editor("ethnicity_code").set_value("35")
    result = form.save()
    assert result is not None
    stored = registry.get("member", result.record["id"])
    assert stored["birth_date"] == "1975-03-12"
    assert stored["capital_vnd"] == 20000000
    assert stored["ethnicity_code"] == "35"
    assert stored["organization_id"] == org["id"]


def test_new_form_does_not_shout_before_the_officer_acts(qtbot, make_form):
    form = make_form("organization")
    assert message(form, "name") == ""
    assert form.has_errors()  # but it knows the name is missing
    assert form.save() is None
    assert "không được để trống" in message(form, "name")
    assert form.editor("name").hasFocus() or not form.isActiveWindow()


def test_clearing_a_required_field_shows_the_message(qtbot, make_form):
    form = make_form("organization")
    form.editor("name").setText("HTX A")
    form.editor("name").setText("")
    qtbot.waitUntil(lambda: "không được để trống" in message(form, "name"))


def test_warnings_are_shown_in_amber_and_do_not_block(qtbot, make_form, registry, make_org):
    org = make_org(charter_capital_vnd=100_000_000)
    form = make_form("member", preset={"organization_id": org["id"]})
    form.editor("full_name").setText("Lò Thị Mai")
    qtbot.keyClicks(form.editor("capital_vnd"), "50000000")
    qtbot.waitUntil(lambda: "Lưu ý:" in message(form, "capital_vnd"))
    assert "30%" in message(form, "capital_vnd")
    assert not form.has_errors()
    result = form.save()
    assert result is not None and result.warnings


def test_record_level_issues_go_to_the_top(qtbot, make_form, make_org, registry):
    fresh = make_form("organization")
    assert not fresh.top_message_label().isVisibleTo(fresh)  # a new organisation is not warned
    fresh.editor("name").setText("HTX Chè")
    qtbot.wait_signal(fresh.issues_changed, timeout=2000)
    assert not fresh.top_message_label().isVisibleTo(fresh)
    org = make_org(name="HTX Chè")  # saved, with no members yet
    form = make_form("organization", record=registry.get("organization", org["id"]))
    banner = form.top_message_label()
    form.editor("name").setText("HTX Chè Shan")
    qtbot.waitUntil(lambda: banner.isVisibleTo(form))
    assert "HTX" in banner.text() and "Lưu ý:" in banner.text()
    assert "ít nhất 5" in banner.text()


def test_an_existing_record_shows_its_issues_at_once(make_form, make_org, registry):
    org = make_org(name="HTX Chè")
    form = make_form("organization", record=registry.get("organization", org["id"]))
    assert form.top_message_label().isVisibleTo(form)


def test_a_hidden_form_does_not_check_until_shown(qtbot, make_form, make_org, registry):
    org = make_org(name="HTX Chè")
    form = make_form("organization", record=registry.get("organization", org["id"]))
    form.editor("name").setText("HTX Chè Shan")
    assert form.pending_check()
    form.hide()
    assert not form.pending_check()
    form.show()
    assert "ít nhất 5" in form.top_message_label().text()


def test_preset_fixes_the_organisation_and_sets_membership(make_form, make_org):
    tht = make_org(name="THT Nậm Hàng", kind="tht", status="unregistered")
    form = make_form("member", preset={"organization_id": tht["id"]})
    assert form.editor("organization_id").value() == tht["id"]
    assert not form.editor("organization_id").isEnabled()
    assert form.editor("membership").value() == "member"
    assert form.values()["organization_id"] == tht["id"]


def test_choosing_the_organisation_sets_membership(make_form, make_org):
    htx = make_org(name="HTX Chè")
    tht = make_org(name="THT Nậm Hàng", kind="tht", status="unregistered")
    form = make_form("member")
    form.editor("organization_id").set_value(tht["id"])
    assert form.editor("membership").value() == "member"
    form.editor("organization_id").set_value(htx["id"])
    assert form.editor("membership").value() == "official"


def test_existing_record_values_are_only_the_changes(qtbot, make_form, registry, make_org):
    org = make_org(name="HTX Chè", phone="0912345678")
    form = make_form("organization", record=registry.get("organization", org["id"]))
    assert form.values() == {}
    with qtbot.waitSignal(form.dirty_changed) as blocker:
        form.editor("village").setText("Bản Pa Vệ Sủ")
    assert blocker.args == [True]
    assert form.values() == {"village": "Bản Pa Vệ Sủ"}
    with qtbot.waitSignal(form.dirty_changed) as blocker:
        form.editor("village").setText("")
    assert blocker.args == [False]


def test_update_keeps_other_fields_and_bumps_the_version(qtbot, make_form, registry, make_org):
    org = make_org(name="HTX Chè", phone="0912345678")
    form = make_form("organization", record=registry.get("organization", org["id"]))
    qtbot.keyClicks(form.editor("charter_capital_vnd"), "1250000")
    result = form.save()
    assert result is not None
    stored = registry.get("organization", org["id"])
    assert stored["charter_capital_vnd"] == 1250000 and stored["phone"] == "0912345678"
    assert stored["version"] == 2
    assert form.record["version"] == 2


def test_a_newer_edit_elsewhere_is_reported(qtbot, make_form, registry, make_org, monkeypatch):
    org = make_org(name="HTX Chè")
    form = make_form("organization", record=registry.get("organization", org["id"]))
    registry.update("organization", org["id"], {"village": "Bản Mới"})
    warned = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: warned.append(text))
    form.editor("phone").setText("0912345678")
    assert form.save() is None
    assert warned and "nạp lại" in warned[0]


def test_bare_year_is_an_error_in_the_form(qtbot, make_form, make_org):
    org = make_org()
    form = make_form("member", preset={"organization_id": org["id"]})
    form.editor("full_name").setText("Lò Văn Páo")
    qtbot.keyClicks(form.editor("birth_date").line_edit, "1975")
    qtbot.waitUntil(lambda: "ngày/tháng/năm" in message(form, "birth_date"))
    assert form.save() is None


def test_bad_date_message_comes_from_core(qtbot, make_form, make_org):
    org = make_org()
    form = make_form("member", preset={"organization_id": org["id"]})
    qtbot.keyClicks(form.editor("birth_date").line_edit, "ngay 5")
    qtbot.waitUntil(lambda: "không phải ngày hợp lệ" in message(form, "birth_date"))
    assert form.field_label("birth_date").styleSheet()  # the label turns red too


@pytest.mark.parametrize("typed, told", [
    ("31/02/2024", "Ngày 31/02/2024 không có thật: tháng 2 năm 2024 chỉ có 29 ngày"),
    ("29022023", "Ngày 29/02/2023 không có thật: tháng 2 năm 2023 chỉ có 28 ngày"),  # digits only
    ("31-4-2020", "Ngày 31/04/2020 không có thật: tháng 4 năm 2020 chỉ có 30 ngày"),
    ("15/13/2024", "Ngày 15/13/2024 không có thật: một năm chỉ có 12 tháng"),
])
def test_a_date_that_does_not_exist_is_told_as_such(qtbot, make_form, make_org, typed, told):
    org = make_org()
    form = make_form("member", preset={"organization_id": org["id"]})
    form.editor("full_name").setText("Lò Văn Páo")
    qtbot.keyClicks(form.editor("birth_date").line_edit, typed)
    qtbot.waitUntil(lambda: told in message(form, "birth_date"))
    assert "không phải ngày hợp lệ" not in message(form, "birth_date")
    assert form.save() is None


def test_read_only_form(make_form, make_org, registry):
    org = make_org()
    form = make_form("organization", record=registry.get("organization", org["id"]))
    form.set_read_only(True)
    assert form.is_read_only()
    assert form.editor("name").isReadOnly()
    assert not form.editor("kind").isEnabled()
    assert form.save() is None


def test_tab_follows_the_form(qtbot, make_form):
    form = make_form("organization")
    form.activateWindow()
    form.editor("name").setFocus()
    qtbot.waitUntil(lambda: form.editor("name").hasFocus())
    qtbot.keyClick(form.editor("name"), Qt.Key.Key_Tab)
    assert form.editor("registration_code").hasFocus()
    qtbot.keyClick(form.editor("registration_code"), Qt.Key.Key_Tab)
    assert form.editor("registration_date").line_edit.hasFocus()


def test_one_column_layout_keeps_every_field(make_form):
    form = make_form("organization")
    assert form.max_column_count() == 2
    form.set_column_count(1)
    assert form.column_count() == 1
    assert all(isinstance(form.editor(f.name), QWidget) for f in RECORD_TYPES["organization"].fields)
    assert isinstance(form.editor("name"), QLineEdit)
