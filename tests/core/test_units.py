"""Administrative units: current communes from the catalogue, former units still readable."""

from kttt_desktop.core import units


def test_lai_chau_has_its_38_current_communes():
    communes = units.communes("12")
    assert len(communes) == 38
    assert any(unit.code == "03433" and unit.name == "Xã Bum Tở" for unit in communes)


def test_former_muong_te_units_say_what_they_became():
    assert units.describe("03469") == "Xã Kan Hồ (cũ, nay thuộc xã Bum Tở)"
    assert units.describe("03467") == "Xã Vàng San (cũ, nay thuộc xã Hua Bum)"
    assert len(units.former_units()) == 14


def test_current_code_wins_over_a_former_unit_with_the_same_code():
    assert units.describe("03433") == "Xã Bum Tở"


def test_unknown_codes_are_shown_as_they_are():
    assert units.describe("99999") == "99999"
    assert units.describe("") == ""
    assert units.find_unit("abc") is None
    assert not units.is_current_commune("03469")
