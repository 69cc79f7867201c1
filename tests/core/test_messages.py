"""Every message code core can raise exists in both languages of the catalogue."""

import ast
import re
from pathlib import Path

import kttt_desktop
from kttt_desktop.core.messages import CATALOGUE, render

SOURCE = Path(kttt_desktop.__file__).parent


def _codes_used_in_source() -> set[str]:
    """Codes written literally in `KtttError("code", …)` and `Issue(level, field, "code", …)`."""
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            position = {"KtttError": 0, "Issue": 2}.get(node.func.id)
            if position is not None and len(node.args) > position:
                argument = node.args[position]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.add(argument.value)
    return found


def test_every_raised_code_has_a_message():
    used = _codes_used_in_source()
    assert len(used) > 30
    assert used - CATALOGUE.keys() == set()


def test_every_message_has_vietnamese_and_english_with_the_same_placeholders():
    for code, (vi, en) in CATALOGUE.items():
        assert vi and en, code
        assert set(re.findall(r"{(\w+)}", vi)) == set(re.findall(r"{(\w+)}", en)), code


def test_render_fills_parameters_and_survives_unknown_codes():
    assert render("required", "vi", label="Họ và tên") == "«Họ và tên» không được để trống."
    assert render("required", "en", label="Full name") == "“Full name” must not be empty."
    assert render("no_such_code") == "no_such_code"
