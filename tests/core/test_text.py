"""Folding must make typed-without-tones searches find names typed with them."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest
from hypothesis import given, strategies as st

from kttt_desktop.core.text import fold, fts_query, search_tokens, sort_key

VIETNAMESE_LOWER = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
VIETNAMESE_LETTERS = VIETNAMESE_LOWER + VIETNAMESE_LOWER.upper()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Văn Đức", "nguyen van duc"),
        ("  Nguyễn \t Văn\n\nĐức  ", "nguyen van duc"),
        ("HỢP TÁC XÃ NÔNG NGHIỆP", "hop tac xa nong nghiep"),
        ("đường Đinh Tiên Hoàng", "duong dinh tien hoang"),
        ("Ðặng", "dang"),  # U+00D0 eth, a common stand-in for Đ
        ("Thủy / Thuỷ", "thuy / thuy"),  # both tone placements fold alike
        ("", ""),
        ("   ", ""),
        (None, ""),
        ("HTX 123", "htx 123"),
    ],
)
def test_fold(text: str | None, expected: str) -> None:
    assert fold(text) == expected


def test_fold_decomposed_input_matches_composed() -> None:
    composed = "Nguyễn Thị Ánh Tuyết Đoàn"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert fold(decomposed) == fold(composed) == "nguyen thi anh tuyet doan"


def test_fold_d_stroke_is_mapped_not_dropped() -> None:
    # NFD does not decompose Đ; without the explicit mapping it would survive or vanish.
    assert unicodedata.normalize("NFD", "Đ") == "Đ"
    assert fold("Đ") == "d"
    assert fold("đ") == "d"


@given(st.text(alphabet=VIETNAMESE_LETTERS + " \t\n", max_size=60))
def test_fold_vietnamese_is_ascii(text: str) -> None:
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()
    assert "  " not in folded
    assert folded == folded.strip()


@given(st.text(alphabet=VIETNAMESE_LETTERS + " ", max_size=40))
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Nguyễn  Văn-Đức", ["nguyen", "van", "duc"]),
        ("+84 912", ["84", "912"]),
        ('"Lan" * (Hoa) OR -x +y', ["lan", "hoa", "or", "x", "y"]),
        ("snake_case", ["snake", "case"]),
        ("HTX-2024/01", ["htx", "2024", "01"]),
        ("", []),
        ('  "*" - + ()  ', []),
    ],
)
def test_search_tokens(query: str, expected: list[str]) -> None:
    assert search_tokens(query) == expected


def test_fts_query_shape() -> None:
    assert fts_query("Nguyễn Đức") == '"nguyen"* "duc"*'
    assert fts_query("lan") == '"lan"*'


@pytest.mark.parametrize("query", ["", "   ", '"', "*", "-+()", None])
def test_fts_query_none_without_tokens(query: str) -> None:
    assert fts_query(query) is None


@pytest.fixture
def fts() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE people USING fts5(name)")
    names = ["Nguyễn Văn Đức", "Trần Thị Lan", "Đặng Đức Anh", "Lê Văn Ánh"]
    conn.executemany("INSERT INTO people(name) VALUES (?)", [(fold(n),) for n in names])
    return conn


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("đức", {"nguyen van duc", "dang duc anh"}),
        ("Nguy Đ", {"nguyen van duc"}),  # prefixes, all required
        ("van", {"nguyen van duc", "le van anh"}),
        ('an"h OR (lan', set()),  # syntax characters cannot break the MATCH
        ("anh", {"dang duc anh", "le van anh"}),
        ("NOT lan", set()),  # NOT is just a word, not an operator
    ],
)
def test_fts_query_runs_in_sqlite(fts: sqlite3.Connection, query: str, expected: set[str]) -> None:
    match = fts_query(query)
    assert match is not None
    rows = fts.execute("SELECT name FROM people WHERE people MATCH ?", (match,)).fetchall()
    assert {row[0] for row in rows} == expected


def test_sort_key_orders_d_stroke_with_d() -> None:
    names = ["Đặng", "Dương", "Bùi", "Ánh", "Zung"]
    assert sorted(names, key=sort_key) == ["Ánh", "Bùi", "Đặng", "Dương", "Zung"]
    assert sort_key("Đức") == fold("Đức")
