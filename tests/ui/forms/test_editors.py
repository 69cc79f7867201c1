"""Editors: each field kind reads what officers type and hands core the stored shape."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from kttt_desktop.core.records.fields import MEMBER, ORGANIZATION, SUPPORT
from kttt_desktop.ui.forms.editors import (
    BoolEditor,
    CodeEditor,
    DateEditor,
    IntEditor,
    MoneyEditor,
    RefEditor,
    make_editor,
    normalise_date_text,
)


@pytest.fixture
def date_editor(qtbot):
    editor = DateEditor()
    qtbot.addWidget(editor)
    editor.show()
    return editor


@pytest.mark.parametrize("typed, shown", [
    ("12/03/1975", "12/03/1975"),
    ("12-3-1975", "12/03/1975"),
    ("12.3.1975", "12/03/1975"),
    ("12031975", "12/03/1975"),
    ("1975-03-12", "12/03/1975"),
    ("31/02/1975", "31/02/1975"),  # no such day: left for the officer to fix
    ("31021975", "31/02/1975"),  # ...written as a date, so core can say which day is wrong
    ("3102197", "3102197"),  # not a date at all: as typed
    ("", ""),
])
def test_normalise_date_text(typed, shown):
    assert normalise_date_text(typed) == shown


def test_date_editor_normalises_when_leaving_and_returns_iso(qtbot, date_editor):
    qtbot.keyClicks(date_editor.line_edit, "12-3-1975")
    assert date_editor.value() == "1975-03-12"  # already readable before leaving
    qtbot.keyClick(date_editor.line_edit, Qt.Key.Key_Return)  # editingFinished
    assert date_editor.text() == "12/03/1975"


def test_date_editor_digits_only(qtbot, date_editor):
    qtbot.keyClicks(date_editor.line_edit, "12031975")
    assert date_editor.value() == "1975-03-12"


def test_date_editor_shows_stored_dates_day_first(date_editor):
    date_editor.set_value("1975-03-12")
    assert date_editor.text() == "12/03/1975"
    date_editor.set_value(None)
    assert date_editor.text() == "" and date_editor.value() is None


def test_date_editor_hands_unreadable_text_to_core(qtbot, date_editor):
    qtbot.keyClicks(date_editor.line_edit, "31/02/1975")
    assert date_editor.value() == "31/02/1975"
    assert date_editor.problem() is None  # core says what is wrong


def test_date_editor_hands_a_day_typed_as_digits_that_does_not_exist_to_core_as_a_date(qtbot, date_editor):
    qtbot.keyClicks(date_editor.line_edit, "29022023")
    assert date_editor.value() == "29/02/2023"  # core then says 2023 had no 29 February
    qtbot.keyClick(date_editor.line_edit, Qt.Key.Key_Return)
    assert date_editor.text() == "29/02/2023"


def test_date_editor_refuses_a_bare_year(qtbot, date_editor):
    qtbot.keyClicks(date_editor.line_edit, "1975")
    assert "ngày/tháng/năm" in date_editor.problem()


def test_date_editor_calendar_picks_a_day(qtbot, date_editor):
    with qtbot.waitSignal(date_editor.changed):
        date_editor.open_calendar()
        calendar = date_editor.calendar_popup
        assert calendar is not None and calendar.isVisible()
        calendar.clicked.emit(QDate(1975, 3, 12))
    assert date_editor.text() == "12/03/1975"
    assert not calendar.isVisible()


def test_date_editor_read_only(date_editor):
    date_editor.set_read_only(True)
    assert date_editor.line_edit.isReadOnly()
    assert not date_editor.button.isEnabled()
    date_editor.open_calendar()
    assert date_editor.calendar_popup is None


def test_money_editor_groups_thousands_while_typing(qtbot):
    editor = MoneyEditor()
    qtbot.addWidget(editor)
    assert editor.alignment() & Qt.AlignmentFlag.AlignRight
    qtbot.keyClicks(editor, "1250000")
    assert editor.text() == "1.250.000"
    assert editor.value() == 1250000


def test_money_editor_accepts_typed_dots_and_pastes(qtbot):
    editor = MoneyEditor()
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor, "20.000.000")
    assert editor.text() == "20.000.000"
    assert editor.value() == 20000000
    editor.clear()
    editor.insert("5 000 000 đ")
    editor.textEdited.emit(editor.text())
    assert editor.value() == 5000000 and editor.text() == "5.000.000"


def test_money_editor_keeps_the_cursor_among_digits(qtbot):
    editor = MoneyEditor()
    qtbot.addWidget(editor)
    editor.set_value(20000000)
    editor.setCursorPosition(2)  # after "20"
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == "2.000.000"
    assert editor.cursorPosition() == 1


def test_money_editor_empty_is_none(qtbot):
    editor = MoneyEditor()
    qtbot.addWidget(editor)
    assert editor.value() is None
    editor.set_value("1.250.000")
    assert editor.value() == 1250000
    editor.set_value(None)
    assert editor.text() == ""


def test_int_editor_may_be_empty_and_steps(qtbot):
    editor = IntEditor()
    qtbot.addWidget(editor)
    assert editor.value() is None
    qtbot.keyClicks(editor, "4x")  # the letter is refused
    assert editor.value() == 4
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    assert editor.value() == 5
    editor.set_value(None)
    assert editor.text() == ""


def test_bool_editor(qtbot):
    editor = make_editor(ORGANIZATION.field("high_tech"))
    qtbot.addWidget(editor)
    assert isinstance(editor, BoolEditor) and isinstance(editor, QCheckBox)
    assert editor.text() == "Ứng dụng công nghệ cao"
    with qtbot.waitSignal(editor.changed):
        editor.set_value(True)
    assert editor.value() is True


def test_text_editors(qtbot):
    line = make_editor(ORGANIZATION.field("name"))
    notes = make_editor(ORGANIZATION.field("notes"))
    qtbot.addWidget(line)
    qtbot.addWidget(notes)
    assert isinstance(line, QLineEdit) and isinstance(notes, QPlainTextEdit)
    assert notes.tabChangesFocus()
    line.insert("  HTX Chè  ")  # QTest cannot type non-ASCII letters
    assert line.value() == "HTX Chè"
    line.clear()
    assert line.value() is None
    notes.set_value("dòng 1\ndòng 2")
    assert notes.value() == "dòng 1\ndòng 2"


def test_every_editor_is_named_after_its_field(qtbot, registry):
    for field in (*ORGANIZATION.fields, *MEMBER.fields, *SUPPORT.fields):
        editor = make_editor(field, registry)
        qtbot.addWidget(editor)
        assert editor.objectName() == field.name
        assert hasattr(editor, "changed") and callable(editor.value)


def test_code_editor_shows_vietnamese_names(qtbot):
    editor = make_editor(ORGANIZATION.field("status"))
    qtbot.addWidget(editor)
    assert isinstance(editor, CodeEditor)
    labels = [editor.itemText(i) for i in range(editor.count())]
    assert "" not in labels  # required with a default: no empty choice
    assert "Tạm ngừng kinh doanh" in labels
    editor.set_value("suspended")
    assert editor.currentText() == "Tạm ngừng kinh doanh"
    assert editor.value() == "suspended"


def test_code_editor_optional_has_empty_choice(qtbot):
    editor = make_editor(MEMBER.field("gender"))
    qtbot.addWidget(editor)
    assert editor.itemText(0) == "" and editor.value() is None
    editor.set_value("female")
    assert editor.currentText() == "Nữ"
    editor.set_value(None)
    assert editor.value() is None


def test_code_editor_keeps_unknown_codes_visible(qtbot):
    editor = make_editor(MEMBER.field("gender"))
    qtbot.addWidget(editor)
    editor.set_value("other")
    assert editor.value() == "other" and editor.currentText() == "other"


def test_ethnicity_is_searchable_without_diacritics(qtbot):
    editor = make_editor(MEMBER.field("ethnicity_code"))
    qtbot.addWidget(editor)
    editor.show()
    assert editor.isEditable()
    assert editor.findData("35") >= 0 and editor.itemText(editor.findData("35")) == "35 – Hà Nhì"
    editor.setFocus()
    qtbot.keyClicks(editor.lineEdit(), "ha nhi")
    assert editor.completer().popup().isVisible()
    qtbot.keyClick(editor.completer().popup(), Qt.Key.Key_Return)
    assert editor.value() == "35"
    assert editor.lineEdit().text() == "35 – Hà Nhì"


def test_ethnicity_search_by_code_and_commit_on_leaving(qtbot):
    editor = make_editor(MEMBER.field("ethnicity_code"))
    qtbot.addWidget(editor)
    editor.show()
    editor.lineEdit().setText("mông")
    editor.commit_text()  # what leaving the field does
    assert editor.value() == "08"
    editor.lineEdit().setText("không có dân tộc này")
    editor.commit_text()
    assert editor.value() == "08"  # nonsense does not wipe the choice
    editor.lineEdit().setText("")
    editor.commit_text()
    assert editor.value() is None


def test_ref_editor_lists_organisations_with_their_code(qtbot, registry, make_org):
    from kttt_desktop.core.records.identifiers import make_tax_code

    code = make_tax_code("620000001")
    org = make_org(name="HTX Chè Bum Tở", registration_code=code)
    tht = make_org(name="THT Nậm Hàng", kind="tht", status="unregistered")
    editor = make_editor(MEMBER.field("organization_id"), registry)
    qtbot.addWidget(editor)
    assert isinstance(editor, RefEditor) and isinstance(editor, QComboBox)
    labels = [editor.itemText(i) for i in range(editor.count())]
    assert f"HTX Chè Bum Tở ({code})" in labels and "THT Nậm Hàng" in labels
    editor.set_value(tht["id"])
    assert editor.value() == tht["id"]
    assert editor.record(org["id"])["name"] == "HTX Chè Bum Tở"
    editor.lineEdit().setText("che bum")
    editor.commit_text()
    assert editor.value() == org["id"]


def test_commune_is_chosen_by_name_including_former_units(qtbot, registry):
    editor = make_editor(ORGANIZATION.field("commune_code"), registry)
    qtbot.addWidget(editor)
    editor.set_value("03433")
    assert editor.currentText() == "Xã Bum Tở (03433)"
    editor.lineEdit().setText("kan ho")
    editor.commit_text()
    assert editor.value() == "03469"
    assert "nay thuộc xã Bum Tở" in editor.currentText()


def _typed_into_ethnicity(qtbot, text: str):
    editor = make_editor(MEMBER.field("ethnicity_code"))
    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    qtbot.keyClicks(editor.lineEdit(), text)
    assert editor.completer().popup().isVisible()
    return editor


def test_a_completion_picked_with_the_mouse_is_chosen_without_a_qt_warning(qtbot):
    editor = _typed_into_ethnicity(qtbot, "ha nhi")
    popup = editor.completer().popup()
    row = popup.visualRect(popup.model().index(0, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert editor.value() == "35" and editor.lineEdit().text() == "35 – Hà Nhì"


def test_a_completion_picked_with_the_arrow_keys_is_chosen_without_a_qt_warning(qtbot):
    editor = _typed_into_ethnicity(qtbot, "mong")
    popup = editor.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.value() is not None
    assert editor.lineEdit().text() == f"{editor.value()} – Mông"
