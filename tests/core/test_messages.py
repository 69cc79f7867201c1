"""Every message code core can raise exists in both languages of the catalogue."""

import ast
import re
from pathlib import Path

import kttt_desktop
from kttt_desktop.core import messages
from kttt_desktop.core.catalogues.report_words import REPORT_TEXTS
from kttt_desktop.core.messages import CATALOGUE, CATALOGUES, texts

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


def test_every_registered_catalogue_is_read_by_texts():
    assert set(CATALOGUES) >= {"core", "xlsx_import", "reports", "sync"}
    for area, catalogue in CATALOGUES.items():
        assert catalogue, area
        for code, (vi, en) in catalogue.items():
            assert CATALOGUE[code] == (vi, en), (area, code)
            assert texts(code, "vi") and texts(code, "en"), (area, code)
    assert sum(len(catalogue) for catalogue in CATALOGUES.values()) == len(CATALOGUE)  # no code in two areas


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value
    return [text for item in items for text in _strings(item)]


def test_every_report_word_has_vietnamese_and_english_with_the_same_placeholders():
    for key, (vi, en) in REPORT_TEXTS.items():
        assert type(vi) is type(en), key
        vi_texts, en_texts = _strings(vi), _strings(en)
        assert len(vi_texts) == len(en_texts) and all(vi_texts) and all(en_texts), key
        for one, other in zip(vi_texts, en_texts, strict=True):
            assert set(re.findall(r"{(\w+)}", one)) == set(re.findall(r"{(\w+)}", other)), key


def test_render_fills_parameters_and_survives_unknown_codes():
    assert texts("required", "vi", label="Họ và tên") == "«Họ và tên» không được để trống."
    assert texts("required", "en", label="Full name") == "“Full name” must not be empty."
    assert texts("no_such_code") == "no_such_code"


def test_texts_without_a_language_speak_the_language_of_the_process():
    before = messages.language()
    try:
        messages.set_language("en")
        assert texts("required", label="Full name") == "“Full name” must not be empty."
        messages.set_language("vi")
        assert texts("required", label="Họ và tên") == "«Họ và tên» không được để trống."
    finally:
        messages.set_language(before)
