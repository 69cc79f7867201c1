"""Sentences of the Excel template and import (merged into core.messages.CATALOGUE).

Kept free of imports so the catalogue can load it without cycles.
"""

from __future__ import annotations

IMPORT_MESSAGES: dict[str, tuple[str, str]] = {
}
