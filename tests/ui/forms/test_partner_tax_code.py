"""A linkage partner is a company: a wrong tax code is reported as a «Mã số thuế», not as the
code of an HTX, and nothing is saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from kttt_desktop.core.registry import Registry
from kttt_desktop.ui.forms.record_dialog import RecordDialog
from kttt_desktop.ui.main_window import MainWindow


def test_a_wrong_partner_tax_code_is_named_a_tax_code(
        qtbot: Any, window: MainWindow, registry: Registry, make_org: Callable[..., dict[str, Any]],
        dialog_steps: list[Callable[[RecordDialog], None]]) -> None:
    org = make_org(name="HTX Chè Bum Tở")
    window.open_organization(org["id"])
    view = window.organization_view
    view.tabs.setCurrentWidget(view.child_tabs["linkage"])
    shown: list[str] = []

    def wrong_code(dialog: RecordDialog) -> None:
        for name, text in (("partner_name", "Cong ty CP Che Lai Chau"), ("partner_tax_code", "0101234567")):
            editor = dialog.form.editor(name)
            editor.setFocus()
            qtbot.keyClicks(editor, text)
        dialog.save_button.click()
        message = dialog.form.message_label("partner_tax_code")
        qtbot.waitUntil(lambda: message.isVisibleTo(dialog))
        shown.append(message.text())
        assert not dialog.saved_ids

    dialog_steps.append(wrong_code)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog_steps == []
    [text] = shown
    assert "Mã số thuế «0101234567» sai chữ số kiểm tra" in text
    assert "HTX" not in text
    assert list(registry.list_records("linkage")) == []
