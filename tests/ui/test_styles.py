"""One look for warnings, errors and notes across the window (kttt_desktop/ui/styles.py)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

import kttt_desktop.ui
from kttt_desktop.ui import styles
from kttt_desktop.ui.main_window import MainWindow

UI = Path(kttt_desktop.ui.__file__).parent
# The colours of errors, warnings and their banners, and the ones pages used to pick for
# themselves (a paler yellow, another amber, the theme's placeholder grey).
OWN_COLOURS = re.compile(r"#(b3261e|8a5300|8a5a00|fff8e1|fff4ce|e6c66a|e0c060|fdecea|f1b0aa|e3a8a1|fff6f5)\b"
                         r"|placeholder-text", re.IGNORECASE)


def test_no_page_or_dialog_picks_its_own_warning_colours() -> None:
    found = [f"{path.relative_to(UI)}:{number}: {line.strip()}"
             for path in sorted(UI.rglob("*.py")) if path.name != "styles.py"
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if OWN_COLOURS.search(line)]
    assert found == []


def test_a_banner_styles_its_labels_alike() -> None:
    sheet = styles.banner("QFrame#deletedBanner", styles.ERROR, padded=False)
    assert "QFrame#deletedBanner {" in sheet and "QFrame#deletedBanner QLabel {" in sheet
    assert "padding" not in sheet  # a frame's layout gives the room
    assert "padding: 6px 10px;" in styles.banner("QLabel#warningBanner")
    assert styles.rule("QLabel#hint", styles.NOTE) == "QLabel#hint { color: #555555; }\n"
    assert styles.required_mark() == '<span style="color:#b3261e">*</span>'


def background(label: QLabel) -> str:
    """The colour inside a label's border, left of its text (in its padding)."""
    image = label.grab().toImage()
    return QColor(image.pixel(4, image.height() // 2)).name()


def test_the_warnings_of_an_organisation_look_the_same_on_both_tabs(window: MainWindow, populated: dict) -> None:
    # «HTX mới có 4 thành viên chính thức»: above the record's form and above its member list
    window.open_organization(populated["htx"]["id"])
    view = window.organization_view
    form_banner = view.form.top_message_label()
    assert form_banner.isVisible() and "Lưu ý:" in form_banner.text()
    assert styles.WARNING_COLOR in form_banner.text()
    view.tabs.setCurrentIndex(1)
    assert view.banner.isVisible()
    warning_background = "#fff4ce"
    assert background(view.banner) == warning_background
    view.tabs.setCurrentIndex(0)
    assert background(form_banner) == warning_background
