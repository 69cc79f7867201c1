"""A loan's interest rate typed on the organisation page the way officers write it («6,9 %/năm»)
is kept as the same number the Excel import and `kttt records put` keep; a rate per month is
refused under the field with what to write."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kttt_desktop.core.registry import Registry
from kttt_desktop.ui.forms.record_dialog import RecordDialog
from kttt_desktop.ui.main_window import MainWindow


def type_rate(qtbot, dialog: RecordDialog, text: str) -> None:
    editor = dialog.form.editor("interest_rate")
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def test_a_rate_typed_with_a_comma_and_unit_is_kept_as_the_number(
        qtbot, window: MainWindow, registry: Registry, make_org: Callable[..., dict[str, Any]], dialog_steps) -> None:
    org = make_org(name="HTX Chè Bum Tở")
    window.open_organization(org["id"])
    view = window.organization_view
    view.tabs.setCurrentWidget(view.child_tabs["loan"])

    def per_month(dialog: RecordDialog) -> None:
        type_rate(qtbot, dialog, "0,5 %/thang")
        dialog.save_button.click()
        message = dialog.form.message_label("interest_rate")
        qtbot.waitUntil(lambda: message.isVisibleTo(dialog))
        assert "Lãi suất «0,5 %/thang» không đọc được" in message.text()
        assert not dialog.saved_ids
        dialog.form.editor("interest_rate").clear()
        type_rate(qtbot, dialog, "6,9 %/nam")
        dialog.save_button.click()
        assert dialog.saved_ids

    dialog_steps.append(per_month)
    window.add_action.trigger()
    assert dialog_steps == []
    [loan] = registry.list_records("loan")
    assert loan["interest_rate"] == "6,9"
    assert view.child_tabs["loan"].count() == 1
