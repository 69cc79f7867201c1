"""Vietnamese sort keys: lists ordered as officers order them on paper.

A list of 300,000 members is sorted by SQLite, which compares bytes; so every record keeps a
*collation key*, bytes whose plain byte order is the Vietnamese alphabetical order, stored in
its `collation_key` column and indexed. The key comes from ICU's collator for Vietnamese
(CLDR's `vi` tailoring), the collation that Windows, Android and LibreOffice use too:

- the 29 letters in the alphabet's order, each a letter of its own: a ă â b c d đ e ê g h i k
  l m n o ô ơ p q r s t u ư v x y ("Đặng" after every "Dương", not mixed with it);
- tones are a secondary difference, in the order ngang, huyền, hỏi, ngã, sắc, nặng, so "ba bà
  bả bã bá bạ" stay together and letters decide first ("bà c" before "ba d");
- case is the last difference; numbers are read as numbers ("Đội 2" before "Đội 10").

People are listed by given name, then family name, then middle name, as Vietnamese rosters
and exam lists are ("Lò Văn An" and "Nguyễn Thị An" under A, before "Ánh"): the key of each
part is a whole ICU key ending in its zero byte, so the parts compare one after the other. A
household member written "Hộ ông Lò Văn Páo" is listed under Páo. Organisations, legal
entities and support are sorted by their whole name.

ICU's keys change between ICU versions, so `KEY_VERSION` names the ICU and Unicode versions
and the rules above; a database whose keys were made under another version has them all
made again when it is opened (`db.collation_keys.refresh_keys`), and lists never mix keys of
two versions.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from functools import lru_cache

import icu

__all__ = ["KEY_VERSION", "SQL_FUNCTION", "collation_key", "person_key", "text_key", "register"]

# Bump the last part when the way keys are composed changes (parts, prefixes, options).
_RULES = 1
KEY_VERSION = f"icu-{icu.ICU_VERSION}/unicode-{icu.UNICODE_VERSION}/rules-{_RULES}"
VERSION_SETTING = "collation_key_version"
# The functions the schema migration and `refresh_keys` call: a record's key, and the version
# of the keys (recorded under VERSION_SETTING).
SQL_FUNCTION = "kttt_collation_key"
SQL_VERSION_FUNCTION = "kttt_collation_key_version"

_COLLATOR = icu.Collator.createInstance(icu.Locale("vi_VN"))
_COLLATOR.setAttribute(icu.UCollAttribute.NUMERIC_COLLATION, icu.UCollAttributeValue.ON)

# Members of these kinds are people (or a household named after one); the other kinds
# (legal entities, groups, foreign investors) are organisations and sort by the whole name.
_PERSON_MEMBER_KINDS = frozenset({"individual", "household"})
_PERSON_TYPES = frozenset({"worker", "manager"})  # record types whose title is a person's name
_HOUSEHOLD = "hộ"
_HOUSEHOLD_TITLES = (("ông",), ("bà",), ("gia", "đình"))


def _clean(text: str | None) -> str:
    """Composed, with single spaces: "Nguyễn  Văn" and a decomposed "Nguyễn Văn" sort alike."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(text)).split())


@lru_cache(maxsize=1 << 16)
def _key(text: str) -> bytes:
    """ICU's key of already cleaned text (names and their parts repeat across a province)."""
    key: bytes = _COLLATOR.getSortKey(text)
    return key


def text_key(text: str | None) -> bytes:
    """The key of a whole name or text: organisations, legal entities, support contents."""
    return _key(_clean(text))


def _person_words(name: str) -> list[str]:
    """The words of a person's name without a household's "Hộ ông/bà/gia đình" in front."""
    words = name.split()
    if len(words) > 1 and words[0].lower() == _HOUSEHOLD:
        rest = words[1:]
        for title in _HOUSEHOLD_TITLES:
            if len(rest) > len(title) and tuple(w.lower() for w in rest[:len(title)]) == title:
                rest = rest[len(title):]
                break
        words = rest
    return words


def person_key(full_name: str | None) -> bytes:
    """Given name first, then family name, then middle name(s): "Nguyễn Thị Minh Khai" sorts
    as Khai, Nguyễn, Thị Minh."""
    words = _person_words(_clean(full_name))
    if len(words) < 2:
        return _key(" ".join(words)) + _key("") + _key("")
    return _key(words[-1]) + _key(words[0]) + _key(" ".join(words[1:-1]))


def collation_key(record_type: str, title: str | int | None, kind: str | None = None) -> bytes:
    """The stored key of one record: `title` is its title field (name, full name, content; a
    year or a date for the types ordered by one), `kind` the member's kind (a person or not)."""
    if isinstance(title, int):  # SQL hands a year over as a number
        title = str(title)
    if record_type in _PERSON_TYPES or (record_type == "member" and (kind or "individual") in _PERSON_MEMBER_KINDS):
        return person_key(title)
    return text_key(title)


# --- in the database ---------------------------------------------------------------------------

def register(conn: sqlite3.Connection) -> None:
    """Make `kttt_collation_key(record_type, title, kind)` and `kttt_collation_key_version()`
    callable from this connection's SQL (the migration that added the keys uses both)."""
    conn.create_function(SQL_FUNCTION, 3, collation_key, deterministic=True)
    conn.create_function(SQL_VERSION_FUNCTION, 0, lambda: KEY_VERSION, deterministic=True)
