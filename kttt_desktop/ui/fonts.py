"""The shipped Vietnamese font, registered once for the window, the charts and printed pages.

Windows fonts of older PCs lack some stacked Vietnamese marks (ễ, ự), and a PDF must carry
its own font so that it reads the same on any PC. Be Vietnam Pro ships in
`resources/fonts/` (SIL Open Font License, text beside the files); every printed document
names this family, so the PDF embeds it and its text stays real, searchable text.
"""

from __future__ import annotations

import threading

from PySide6.QtGui import QFontDatabase, QGuiApplication

from kttt_desktop.core.resources import resource_path

FAMILY = "Be Vietnam Pro"

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
