"""How the window shows what it says beside the data: an error, a warning, a note.

One look for each on every page and in every dialog, so that an officer learns once that
red stops a save, amber asks for a second look and grey only explains. The colours are dark
enough to read on a dim screen, and never the only sign: the texts say «Lỗi:», «Lưu ý:».
Pages put these in their style sheets with `rule` and `banner`; a lone label takes the
string itself (`label.setStyleSheet(styles.NOTE)`).
"""

from __future__ import annotations

ERROR_COLOR = "#b3261e"  # what stops a save or an action
WARNING_COLOR = "#8a5300"  # what is allowed but worth a look
NOTE_COLOR = "#555555"  # hints and explanations
DONE_COLOR = "#1e6b2e"  # what went through: saved, applied
MUTED_COLOR = "#777777"  # what is left aside: a row not imported, a package already in
ERROR_BACKGROUND = "#fdecea"  # behind a value or a row in error

ERROR_LINE = f"color: {ERROR_COLOR};"
WARNING_LINE = f"color: {WARNING_COLOR};"
NOTE = f"color: {NOTE_COLOR};"

WARNING = "warning"
ERROR = "error"
# background, border, text
_BANNERS = {
    WARNING: ("#fff4ce", "#e0c060", "#4a3b00"),
    ERROR: (ERROR_BACKGROUND, "#e3a8a1", "#5f1d16"),
}


def rule(selector: str, style: str) -> str:
    """One style sheet rule: rule("QLabel#hint", NOTE) is 'QLabel#hint { color: #555555; }'."""
    return f"{selector} {{ {style} }}\n"


def banner(selector: str, kind: str = WARNING, padded: bool = True) -> str:
    """The rules that make `selector` a banner: a QLabel, or a QFrame (`padded=False`, its
    layout gives the room) whose labels take the banner's text colour."""
    background, border, text = _BANNERS[kind]
    padding = " padding: 6px 10px;" if padded else ""
    return (rule(selector, f"background: {background}; border: 1px solid {border}; border-radius: 4px;{padding}"
                           f" color: {text};")
            + rule(f"{selector} QLabel", f"color: {text}; background: transparent; border: none;"))


def colored(html_text: str, color: str) -> str:
    """Rich text in one of the colours above (the text must be escaped already)."""
    return f'<span style="color:{color}">{html_text}</span>'


def required_mark() -> str:
    """The red star after the label of a field that must be filled."""
    return colored("*", ERROR_COLOR)
