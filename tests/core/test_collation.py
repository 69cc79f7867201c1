"""Vietnamese order: the alphabet's 29 letters, tones after the letters, people by given name."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest

from kttt_desktop.core import collation
from kttt_desktop.core.collation import KEY_VERSION, collation_key, person_key, text_key
from kttt_desktop.core.db import collation_keys
from kttt_desktop.core.db.queries import ListQuery
from kttt_desktop.core.registry import Registry
from tests.conftest import TODAY
from tests.core.factories import htx, member

ALPHABET = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split()


def _shuffled(items: list[str]) -> list[str]:
    """The same items in a fixed order that is neither the expected one nor code-point order."""
    return items[1::2][::-1] + items[::2]


def test_the_29_letters_sort_in_the_alphabets_order():
    assert sorted(_shuffled(ALPHABET), key=text_key) == ALPHABET
    capitals = [letter.upper() for letter in ALPHABET]
    assert sorted(_shuffled(capitals), key=text_key) == capitals


def test_d_with_stroke_is_a_letter_after_d_not_a_d_with_a_mark():
    names = ["Duẩn", "Dũng", "Dương", "Đào", "Đặng", "Đinh", "Ê Đê", "Ea Súp"]
    assert sorted(_shuffled(names), key=text_key) == ["Duẩn", "Dũng", "Dương", "Đào", "Đặng", "Đinh",
                                                      "Ea Súp", "Ê Đê"]
    # By code point "Đ" (U+0110) would come after every Latin letter.
    assert sorted(["Đức", "Yên"]) == ["Yên", "Đức"]
    assert sorted(["Đức", "Yên"], key=text_key) == ["Đức", "Yên"]


def test_tones_come_after_the_letters_in_the_order_ngang_huyen_hoi_nga_sac_nang():
    tones = ["ba", "bà", "bả", "bã", "bá", "bạ"]
    assert sorted(_shuffled(tones), key=text_key) == tones
    # A tone is a secondary difference: the letters of the whole text decide first.
    assert sorted(["ba d", "bà c"], key=text_key) == ["bà c", "ba d"]
    assert sorted(["Ánh", "Anh", "Ảnh"], key=text_key) == ["Anh", "Ảnh", "Ánh"]


def test_people_sort_by_given_name_then_family_then_middle_name():
    people = [
        "Nguyễn Văn An",
        "Lò Văn An",  # family name before middle name: Lò before Nguyễn, whatever the middle
        "Nguyễn Thị An",
        "Đặng Thị Anh",
        "Trần Ánh",
        "Lê Văn Bình",
        "Hoàng Duy",
        "Dương Văn Đức",
        "Vàng A Páo",
        "Hộ ông Giàng A Páo",  # a household is listed under its head's given name
        "Sùng Thị Mai",
        "Mai",
    ]
    expected = ["Lò Văn An", "Nguyễn Thị An", "Nguyễn Văn An", "Đặng Thị Anh", "Trần Ánh", "Lê Văn Bình",
                "Hoàng Duy", "Dương Văn Đức", "Mai", "Sùng Thị Mai", "Hộ ông Giàng A Páo", "Vàng A Páo"]
    assert sorted(_shuffled(people), key=person_key) == expected
    assert [p for p in sorted(people, key=lambda n: collation_key("member", n, "household"))] == expected
    assert [p for p in sorted(people, key=lambda n: collation_key("worker", n))] == expected


def test_organisations_and_legal_entity_members_sort_by_the_whole_name():
    names = ["HTX số 10", "HTX Đồng Tâm", "Hợp tác xã An Phú", "HTX Dệt may", "HTX số 2", "HTX Chè"]
    expected = ["Hợp tác xã An Phú", "HTX Chè", "HTX Dệt may", "HTX Đồng Tâm", "HTX số 2", "HTX số 10"]
    assert sorted(names, key=lambda n: collation_key("organization", n)) == expected
    company = "Công ty TNHH Chè Lai Châu"
    assert collation_key("member", company, "legal_entity") == text_key(company)
    assert collation_key("member", company, "individual") == person_key(company)
    assert collation_key("support", "Tập huấn") == text_key("Tập huấn")


def test_the_same_name_typed_differently_has_the_same_key():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn Đức")
    assert person_key(decomposed) == person_key("Nguyễn Văn Đức")
    assert person_key("  Nguyễn   Văn Đức ") == person_key("Nguyễn Văn Đức")
    assert text_key(None) == text_key("") < text_key("a")


def test_the_key_version_names_icu():
    import icu

    assert icu.ICU_VERSION in KEY_VERSION


def test_lists_are_in_vietnamese_order_in_sql(core_registry):
    a = core_registry.create("organization", htx(name="HTX Đồng Tâm")).record
    core_registry.create("organization", htx(name="HTX Dệt may"))
    core_registry.create("organization", htx(name="HTX Yên Bình"))
    for name in ("Nguyễn Văn Đức", "Lò Thị Anh", "Đinh Văn An", "Dương Thị Ánh"):
        core_registry.create("member", member(a["id"], full_name=name, id_number=None))

    def names(query: ListQuery, field: str) -> list[str]:
        rids = core_registry.list_rids(query)
        rows = core_registry.fetch_rows(query.record_type, rids)
        return [rows[rid][field] for rid in rids]

    assert names(ListQuery("organization"), "name") == ["HTX Dệt may", "HTX Đồng Tâm", "HTX Yên Bình"]
    assert names(ListQuery("member"), "full_name") == [
        "Đinh Văn An", "Lò Thị Anh", "Dương Thị Ánh", "Nguyễn Văn Đức"]
    assert names(ListQuery("member", descending=True), "full_name")[0] == "Nguyễn Văn Đức"
    # An edit moves the record to its new place.
    duc = next(m for m in core_registry.list_records("member") if m["full_name"] == "Nguyễn Văn Đức")
    core_registry.update("member", duc["id"], {"full_name": "Nguyễn Văn Ân"})
    assert names(ListQuery("member"), "full_name") == [
        "Đinh Văn An", "Lò Thị Anh", "Dương Thị Ánh", "Nguyễn Văn Ân"]  # â is a letter after a
    core_registry.update("member", duc["id"], {"full_name": "Nguyễn Văn Am"})
    assert names(ListQuery("member"), "full_name")[0] == "Nguyễn Văn Am"


def test_keys_made_under_another_icu_are_made_again_on_opening(tmp_path):
    path = tmp_path / "kttt.sqlite"
    registry = Registry.open(path, today=lambda: TODAY)
    registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    org = registry.create("organization", htx(name="HTX Đồng Tâm")).record
    registry.close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE organization SET collation_key = x'00'")
    raw.execute("UPDATE setting SET value = 'icu-1.0/unicode-1.0/rules-1' WHERE key = ?",
                (collation.VERSION_SETTING,))
    raw.commit()
    raw.close()

    reopened = Registry.open(path, today=lambda: TODAY)
    key = reopened.conn.execute("SELECT collation_key FROM organization WHERE id = ?", (org["id"],)).fetchone()[0]
    assert key == text_key("HTX Đồng Tâm")
    assert reopened.setting(collation.VERSION_SETTING) == KEY_VERSION
    assert collation_keys.refresh_keys(reopened.conn) is False  # once only
    reopened.close()


@pytest.mark.parametrize("record_type, title, kind", [("member", "Lò Văn Páo", None), ("organization", None, None)])
def test_the_sql_function_gives_the_python_key(record_type, title, kind):
    conn = sqlite3.connect(":memory:")
    collation.register(conn)
    stored = conn.execute(f"SELECT {collation.SQL_FUNCTION}(?, ?, ?)", (record_type, title, kind)).fetchone()[0]
    assert stored == collation_key(record_type, title, kind)
