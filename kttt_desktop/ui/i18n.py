"""The window's language for the texts that come from core.

Window texts go through Qt's translators (`tr`, `QCoreApplication.translate`); field labels,
catalogue names and messages come from core, which has them in both languages and is told
the officer's choice at start (`app.install_language` calls `messages.set_language`).
"""

from __future__ import annotations

from kttt_desktop.core import messages


def lang() -> str:
    """"vi" or "en": pass it to `Field.label`, `CodedValue.label`, `catalogs.label`…"""
    return messages.language()
