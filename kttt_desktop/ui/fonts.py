"""The shipped fonts, registered once: Be Vietnam Pro for the window and the charts, Liberation
Serif for printed documents.

Windows fonts of older PCs lack some stacked Vietnamese marks (ễ, ự), and a PDF must carry
its own font so that it reads the same on any PC. Both ship in `resources/fonts/` (SIL Open
Font License, texts beside the files). An administrative document is set in Times New Roman
(Decree 30/2020/NĐ-CP); Liberation Serif has the same metrics and is free to embed, so the
PDF embeds it and its text stays real, searchable text, laid out as Times New Roman would be.
"""

from __future__ import annotations

import threading

from PySide6.QtGui import QFontDatabase, QGuiApplication

from kttt_desktop.core.resources import resource_path

FAMILY = "Be Vietnam Pro"
PRINT_FAMILY = "Liberation Serif"  # metric-compatible with Times New Roman

_lock = threading.Lock()
_family: str | None = None


def load_fonts() -> str:
    """Register the shipped font files (once per process) and return the family to use.

    Needs a QGuiApplication. If the family is already known (registered earlier, or installed
    on the PC) nothing is registered again. If the files are missing the application's default
    family is returned, so printing still works, only without the shipped font.
    """
    global _family
    with _lock:
        if _family is not None:
            return _family
        if QGuiApplication.instance() is None:
            raise RuntimeError("load_fonts() needs a QGuiApplication")
        if FAMILY not in QFontDatabase.families():
            try:
                files = sorted(resource_path("fonts").glob("*.ttf"))
            except FileNotFoundError:
                files = []
            for font_file in files:
                QFontDatabase.addApplicationFont(str(font_file))
        _family = FAMILY if FAMILY in QFontDatabase.families() else QGuiApplication.font().family()
        return _family


def load_print_font() -> str:
    """The family printed documents are set in: Liberation Serif (registered with the other
    shipped files), else the window's family when the files are missing."""
    family = load_fonts()
    return PRINT_FAMILY if PRINT_FAMILY in QFontDatabase.families() else family
