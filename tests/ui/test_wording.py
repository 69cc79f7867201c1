"""One word for one verb across the window, as officers know them from MISA: Cất and Hoãn in
every dialog that edits data, «Bỏ thay đổi» to throw edits away, «Cài đặt» for the settings."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import prompts
from kttt_desktop.ui.dialogs import SettingsDialog
from kttt_desktop.ui.forms.record_dialog import RecordDialog
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.targets_dialog import TargetsDialog

DISCARD_TITLE = "Thay đổi chưa cất"
DISCARD = "Bỏ thay đổi"


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str | None]]:
    """Every yes/no question asked, answered «Không» (the edits stay)."""
    asked: list[tuple[str, str, str | None]] = []

    def confirm(parent: Any, title: str, text: str, yes: str | None = None) -> bool:
        asked.append((title, text, yes))
        return False

    monkeypatch.setattr(prompts, "confirm", confirm)
    return asked


def button_texts(dialog: QDialog) -> set[str]:
    return {button.text() for box in dialog.findChildren(QDialogButtonBox) for button in box.buttons()}


def test_the_settings_are_called_cai_dat_and_kept_with_cat_or_hoan(window: MainWindow,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, set[str]]] = []

    def fake_exec(dialog: SettingsDialog) -> int:
        seen.append((dialog.windowTitle(), button_texts(dialog)))
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    assert window.settings_action.text() == "Cài đặt…"
    window.settings_action.trigger()
    assert seen == [("Cài đặt", {"Cất", "Hoãn"})]


def test_an_empty_officer_is_refused_under_the_settings_name(qtbot, registry: Registry,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: warned.append(title))
    dialog = SettingsDialog(registry)
    qtbot.addWidget(dialog)
    dialog.officer_edit.setText(" ")
    dialog.accept()
    assert warned == ["Cài đặt"]


def test_the_targets_dialog_keeps_with_cat_and_drops_with_hoan(window: MainWindow, questions: list,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[set[str]] = []

    def fake_exec(dialog: TargetsDialog) -> int:
        seen.append(button_texts(dialog))
        dialog.cell("jobs", 2030).set("2.000", "more_than")
        dialog.reject()  # Hoãn with a value typed: asked first
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(TargetsDialog, "exec", fake_exec)
    window.targets_action.trigger()
    assert seen == [{"Cất", "Hoãn"}]
    assert [(title, yes) for title, _, yes in questions] == [(DISCARD_TITLE, DISCARD)]
    assert "chưa được cất" in questions[0][1]


def test_a_record_dialog_asks_to_drop_typed_data_in_the_same_words(qtbot, window: MainWindow, questions: list,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []

    def fake_exec(dialog: RecordDialog) -> int:
        seen.append([dialog.save_button.text(), dialog.save_next_button.text(), dialog.cancel_button.text()])
        dialog.form.editor("name").set_value("HTX Rau sạch Nậm Củm")
        qtbot.waitUntil(lambda: not dialog.form.pending_check())  # the typed name is checked
        dialog.reject()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    window.show_page("organization")
    window.add_action.trigger()
    assert seen == [["Cất", "Cất và thêm tiếp", "Hoãn"]]
    assert [(title, yes) for title, _, yes in questions] == [(DISCARD_TITLE, DISCARD)]


def test_leaving_an_organisation_being_edited_asks_in_the_same_words(qtbot, window: MainWindow, populated: dict,
                                                                    questions: list) -> None:
    window.open_organization(populated["other"]["id"])
    view = window.organization_view
    assert (view.save_button.text(), view.cancel_button.text()) == ("Cất", "Hoãn")
    assert view.save_button.toolTip().startswith("Cất")
    window.edit_action.trigger()
    view.form.editor("village").set_value("Bản Mới")
    qtbot.waitUntil(lambda: not view.form.pending_check())  # the typed village is checked
    assert not window.show_page("member")
    assert [(title, yes) for title, _, yes in questions] == [(DISCARD_TITLE, DISCARD)]
