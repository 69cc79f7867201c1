"""Diacritic-free text for search and ordering.

Officers type names with or without tones (and often with a keyboard that produces decomposed
or oddly composed characters), so search and sorting compare a folded form: lowercase ASCII-ish
letters with every Vietnamese mark removed. The same `fold` must be applied when indexing and
when querying, otherwise "Đức" would never find "duc".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "search_tokens", "fts_query", "sort_key", "has_control_characters", "printable"]

# Đ/đ is a letter of its own, not "D + mark": NFD leaves it intact, so it is mapped by hand.
# U+00D0/U+00F0 (Icelandic eth) look identical and come in through legacy-encoding converters.
_LETTER_MAP = str.maketrans({"đ": "d", "Đ": "d", "Ð": "d", "ð": "d"})
_WHITESPACE = re.compile(r"\s+")
# Runs of letters or digits (any script); "_" is a word character for `\w`, so it is excluded.
_TOKEN = re.compile(r"[^\W_]+")
# C0 controls other than tab and newline, DEL, and the C1 controls (ESC and CSI among them):
# they belong in no name or note, and printed raw they drive the officer's terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# The combining-mark blocks, deleted in one C-level `translate` (folding runs for every
# record a province imports); marks outside them still go through the per-character check.
_MARK_BLOCKS = ((0x0300, 0x0370), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100), (0xFE20, 0xFE30))
_DROP_MARKS = {cp: None for lo, hi in _MARK_BLOCKS for cp in range(lo, hi) if unicodedata.combining(chr(cp))}


def fold(text: str | None) -> str:
    """Lowercase, drop Vietnamese marks and squeeze spaces, so "Nguyễn  Văn Đức" == "nguyen van duc"."""
    if not text:
        return ""
    if text.isascii():  # phone and ID numbers, codes: nothing to unmark
        return _WHITESPACE.sub(" ", text.lower()).strip()
    return _fold_marked(text)


@lru_cache(maxsize=1 << 16)
def _fold_marked(text: str) -> str:
    """The Unicode path; names repeat a great deal across a province, so results are kept."""
    decomposed = unicodedata.normalize("NFD", text.translate(_LETTER_MAP))
    bare = decomposed.translate(_DROP_MARKS)
    if not bare.isascii():
        bare = "".join(ch for ch in bare if not unicodedata.combining(ch))
    # NFC again so a mark we do not strip (none in Vietnamese) stays composed.
    folded = unicodedata.normalize("NFC", bare).lower()
    return _WHITESPACE.sub(" ", folded).strip()


def search_tokens(query: str) -> list[str]:
    """Split a typed query into folded letter/digit words, dropping anything FTS5 treats as syntax."""
    return _TOKEN.findall(fold(query))


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH string where every typed word is a prefix that must appear (AND).

    None when nothing searchable was typed, so the caller lists everything instead of
    sending an empty MATCH (which SQLite rejects).
    """
    tokens = search_tokens(query)
    if not tokens:
        return None
    # Tokens hold only letters/digits, so quoting cannot be broken out of.
    return " ".join(f'"{token}"*' for token in tokens)


def sort_key(text: str | None) -> str:
    """Order names as people expect ("Đặng" next to "Dương"), not by code point where "Đ" sorts last."""
    return fold(text)


def has_control_characters(text: str) -> bool:
    """True if `text` holds a control character other than tab or newline (NUL, ESC, CR…)."""
    return _CONTROL.search(text) is not None


def printable(text: str) -> str:
    """`text` with each control character other than tab and newline written as ``\\uXXXX``.

    The escape is visible on a terminal, and inside a JSON string it stands for the very same
    character, so the command line can pass everything it prints through here.
    """
    return _CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
