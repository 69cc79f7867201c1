"""The window's language for the texts that come from core.

Window texts go through Qt's translators (`tr`, `QCoreApplication.translate`); field labels,
catalogue names and messages come from core, which has them in both languages and is told
the officer's choice at start (`app.install_language` calls `messages.set_language`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kttt_desktop.core import messages

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str:  # noqa: N802 - Qt's name
        """Marks `source` for translation and returns it unchanged; PySide6's stub says object."""
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "lang"]


def lang() -> str:
    """"vi" or "en": pass it to `Field.label`, `CodedValue.label`, `catalogs.label`…"""
    return messages.language()
