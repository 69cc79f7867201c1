"""Fixtures of the record forms opened from the window."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog

from kttt_desktop.ui.forms.record_dialog import RecordDialog


@pytest.fixture
def dialog_steps(monkeypatch: pytest.MonkeyPatch) -> list[Callable[[RecordDialog], None]]:
    """The officer's steps in each record dialog the window opens (shown, not run modally):
    append one function per dialog expected; each is popped when its dialog opens."""
    steps: list[Callable[[RecordDialog], None]] = []

    def run_modal(dialog: RecordDialog) -> int:
        dialog.show()
        steps.pop(0)(dialog)
        return (QDialog.DialogCode.Accepted if dialog.saved_ids else QDialog.DialogCode.Rejected).value

    monkeypatch.setattr(RecordDialog, "exec", run_modal)
    return steps
