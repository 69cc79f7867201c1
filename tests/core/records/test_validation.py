"""Every validation rule of the registry: errors block saving, warnings are returned."""

from __future__ import annotations

import pytest

from kttt_desktop.core.errors import ValidationFailed
from kttt_desktop.core.records.identifiers import make_cccd
from tests.core.factories import htx, member, tax_code


def _codes(issues) -> set[str]:
    return {issue.code for issue in issues}


def _refused(call, *args, **kwargs) -> set[str]:
    with pytest.raises(ValidationFailed) as caught:
        call(*args, **kwargs)
    return _codes(caught.value.issues)


@pytest.fixture
def org(core_registry):
    return core_registry.create("organization", htx()).record


# --- errors ---------------------------------------------------------------------------------

def test_wrong_tax_code_check_digit_is_refused_with_vietnamese_message(core_registry):
    good = tax_code()
    bad = good[:9] + str((int(good[9]) + 1) % 10)
    with pytest.raises(ValidationFailed) as caught:
        core_registry.create("organization", htx(registration_code=bad))
    assert _codes(caught.value.issues) == {"tax_code_checksum"}
    assert "sai chữ số kiểm tra" in caught.value.message()
    assert list(core_registry.list_records("organization")) == []


@pytest.mark.parametrize("code", ["12345", "62000000011", "abcdefghij"])
def test_malformed_tax_code_is_refused(core_registry, code):
    assert _refused(core_registry.create, "organization", htx(registration_code=code)) == {"tax_code_format"}


def test_branch_tax_code_is_accepted(core_registry):
    record = core_registry.create("organization", htx(registration_code=tax_code() + "-001")).record
    assert record["registration_code"].endswith("-001")


def test_same_tax_code_on_two_organisations_is_refused(core_registry, org):
    codes = _refused(core_registry.create, "organization",
                     htx(name="HTX khác", registration_code=org["registration_code"]))
    assert codes == {"tax_code_duplicate"}


def test_tax_code_of_a_deleted_organisation_can_be_reused(core_registry, org):
    core_registry.delete("organization", org["id"], "Nhập trùng")
    core_registry.create("organization", htx(name="HTX mới", registration_code=org["registration_code"]))


@pytest.mark.parametrize("id_number", ["01217500012", "0121750001234", "01217500012A"])
def test_malformed_id_number_is_refused(core_registry, org, id_number):
    assert "id_number_format" in _refused(core_registry.create, "member",
                                          member(org["id"], id_number=id_number))


def test_old_nine_digit_cmnd_is_accepted(core_registry, org):
    core_registry.create("member", member(org["id"], id_number="045123456"))


@pytest.mark.parametrize("phone", ["091234567", "1912345678", "09123456789", "0112345678"])
def test_malformed_phone_is_refused(core_registry, org, phone):
    assert _refused(core_registry.create, "member", member(org["id"], phone=phone)) == {"phone_format"}


def test_phone_in_plus_84_form_is_accepted_and_normalised(core_registry, org):
    record = core_registry.create("member", member(org["id"], phone="+84 912 345 678")).record
    assert record["phone"] == "0912345678"


def test_birth_in_the_future_is_refused(core_registry, org):
    assert "birth_in_future" in _refused(core_registry.create, "member",
                                         member(org["id"], birth_date="2030-01-01", id_number=None))


def test_impossible_date_is_refused(core_registry, org):
    assert _refused(core_registry.create, "member", member(org["id"], birth_date="31/11/1985")) == {"impossible_date"}


@pytest.mark.parametrize("typed, vi, en", [
    ("31/02/2024", "Ngày 31/02/2024 không có thật: tháng 2 năm 2024 chỉ có 29 ngày. Hãy sửa lại «Ngày sinh».",
     "There is no 31/02/2024: month 2 of 2024 has only 29 days. Please correct “Ngày sinh”."),
    ("29/02/2023", "Ngày 29/02/2023 không có thật: tháng 2 năm 2023 chỉ có 28 ngày. Hãy sửa lại «Ngày sinh».",
     "There is no 29/02/2023: month 2 of 2023 has only 28 days. Please correct “Ngày sinh”."),
    ("2024-04-31", "Ngày 31/04/2024 không có thật: tháng 4 năm 2024 chỉ có 30 ngày. Hãy sửa lại «Ngày sinh».",
     "There is no 31/04/2024: month 4 of 2024 has only 30 days. Please correct “Ngày sinh”."),
    ("15/13/2024", "Ngày 15/13/2024 không có thật: một năm chỉ có 12 tháng. Hãy sửa lại «Ngày sinh» (ngày/tháng/năm).",
     "There is no 15/13/2024: a year has only 12 months. Please correct “Ngày sinh” (day/month/year)."),
])
def test_a_date_that_does_not_exist_is_told_as_such_not_as_a_wrong_format(core_registry, org, typed, vi, en):
    [issue] = [i for i in core_registry.check("member", member(org["id"], birth_date=typed, id_number=None))
               if i.field == "birth_date"]
    assert issue.is_error and issue.code in ("impossible_date", "impossible_month")
    assert issue.message("vi") == vi
    assert issue.message("en") == en
    [wrong_format] = [i for i in core_registry.check("member", member(org["id"], birth_date="ngày 5", id_number=None))
                      if i.field == "birth_date"]
    assert wrong_format.code == "bad_date" and "không phải ngày hợp lệ" in wrong_format.message("vi")


def test_leaving_before_joining_is_refused(core_registry, org):
    codes = _refused(core_registry.create, "member",
                     member(org["id"], joined_on="2021-05-01", left_on="2021-04-30"))
    assert codes == {"date_order"}


@pytest.mark.parametrize("values, code", [
    ({"charter_capital_vnd": 10**26}, "number_too_large"),
    ({"charter_capital_vnd": "1.000.000.000.000.000"}, "number_too_large"),
    ({"ocop_stars": 2**40}, "number_too_large"),
    ({"ocop_stars": "٤"}, "bad_int"),  # Arabic-Indic four: int() would read it
    ({"name": ["HTX Chè"]}, "bad_text"),
    ({"name": "HTX " + "Chè " * 200}, "text_too_long"),
    ({"notes": "x" * 5001}, "text_too_long"),
    ({"name": "HTX Chè\x00"}, "text_control_characters"),
    ({"name": "HTX \x1b[2J\x1b[31mChè"}, "text_control_characters"),
    ({"village": "Bản\x9bNậm"}, "text_control_characters"),
])
def test_values_outside_what_a_field_keeps_are_refused_with_a_message(core_registry, values, code):
    with pytest.raises(ValidationFailed) as caught:
        core_registry.create("organization", htx(**values))
    assert code in _codes(caught.value.issues)
    assert "{" not in caught.value.message()  # every placeholder filled
    assert list(core_registry.list_records("organization")) == []


@pytest.mark.parametrize("name, code", [("x" * 600, "text_too_long"), ("HTX\x00Chè", "text_control_characters")])
def test_a_name_refused_as_unreadable_is_not_also_called_empty(core_registry, name, code):
    for updating in (False, True):
        kept = core_registry.create("organization", htx(name="HTX Chè Bum Tở")).record
        with pytest.raises(ValidationFailed) as caught:
            if updating:
                core_registry.update("organization", kept["id"], {"name": name})
            else:
                core_registry.create("organization", htx(name=name))
        assert [(i.field, i.code) for i in caught.value.issues] == [("name", code)]
        assert "để trống" not in caught.value.message()
        assert [(i.field, i.code) for i in core_registry.check("organization", {"name": name})] == [("name", code)]
    assert [r["name"] for r in core_registry.list_records("organization")] == ["HTX Chè Bum Tở"] * 2


def test_tabs_newlines_and_windows_line_ends_are_kept_as_text(core_registry):
    created = core_registry.create("organization", htx(notes="Dòng một\r\nDòng hai\tcột", name="HTX " + "a" * 496))
    assert created.record["notes"] == "Dòng một\nDòng hai\tcột"
    assert len(created.record["name"]) == 500


def test_negative_money_is_refused(core_registry, org):
    assert _refused(core_registry.create, "member", member(org["id"], capital_vnd=-1)) == {"negative_money"}
    assert _refused(core_registry.create, "organization",
                    htx(charter_capital_vnd="-5.000.000")) == {"negative_money"}


def test_same_id_number_twice_in_one_organisation_is_refused(core_registry, org):
    first = core_registry.create("member", member(org["id"])).record
    codes = _refused(core_registry.create, "member",
                     member(org["id"], full_name="Lò Thị Mai", id_number=first["id_number"]))
    assert codes == {"id_number_duplicate"}


def test_same_id_number_in_two_organisations_is_allowed(core_registry, org):
    other = core_registry.create("organization", htx(name="HTX Sâm Mường Tè")).record
    first = core_registry.create("member", member(org["id"])).record
    core_registry.create("member", member(other["id"], id_number=first["id_number"]))


def test_required_fields_and_unknown_codes(core_registry):
    assert _refused(core_registry.create, "organization", {"kind": "htx"}) == {"required"}
    assert _refused(core_registry.create, "organization", htx(status="sleeping")) == {"bad_code_value"}


def test_member_of_unknown_organisation_is_refused(core_registry):
    assert _refused(core_registry.create, "member", member("0" * 32)) == {"organization_missing"}


def test_tht_members_use_member_membership(core_registry):
    tht = core_registry.create("organization", htx(kind="tht", registration_code=None)).record
    assert _refused(core_registry.create, "member",
                    member(tht["id"], membership="official")) == {"membership_kind_mismatch"}
    core_registry.create("member", member(tht["id"], membership="member"))


# --- warnings -------------------------------------------------------------------------------

def test_htx_with_fewer_than_five_official_members_warns(core_registry, org):
    for index in range(4):
        core_registry.create("member", member(org["id"], full_name=f"Người {index}", id_number=None))
    warnings = core_registry.organization_warnings(org["id"])
    assert _codes(warnings) == {"htx_few_members"}
    assert "4" in warnings[0].message()
    core_registry.create("member", member(org["id"], full_name="Người thứ năm", id_number=None))
    assert core_registry.organization_warnings(org["id"]) == []


def test_associate_members_do_not_count_toward_the_minimum(core_registry, org):
    for index in range(5):
        core_registry.create("member", member(org["id"], full_name=f"Người {index}", id_number=None,
                                              membership="associate_capital"))
    assert _codes(core_registry.organization_warnings(org["id"])) == {"htx_few_members"}


def test_tht_with_fewer_than_two_members_warns(core_registry):
    tht = core_registry.create("organization", htx(kind="tht", registration_code=None)).record
    assert _codes(core_registry.create("member", member(tht["id"], membership="member")).warnings) == set()
    assert _codes(core_registry.organization_warnings(tht["id"])) == {"tht_few_members"}


def test_member_above_30_percent_of_charter_capital_warns_but_saves(core_registry, org):
    result = core_registry.create("member", member(org["id"], capital_vnd=300_000_001))
    assert _codes(result.warnings) == {"capital_share_high"}
    assert core_registry.get("member", result.record["id"])["capital_vnd"] == 300_000_001


def test_cccd_disagreeing_with_sex_and_birth_year_warns(core_registry, org):
    female_1980 = make_cccd("012", "female", 1980, 42)
    result = core_registry.create("member", member(org["id"], id_number=female_1980,
                                                    gender="male", birth_date="1975-03-12"))
    assert _codes(result.warnings) == {"cccd_gender_mismatch", "cccd_year_mismatch"}


def test_official_individual_member_under_18_warns(core_registry, org):
    result = core_registry.create("member", member(org["id"], birth_date="2010-02-01", id_number=None,
                                                    joined_on="2026-01-01"))
    assert _codes(result.warnings) == {"member_under_18_when_joined"}


def test_check_reports_issues_without_saving(core_registry, org):
    issues = core_registry.check("member", {"organization_id": org["id"], "full_name": "",
                                            "birth_date": "31/02/1990"})
    assert {"required", "impossible_date"} <= _codes(issues)
    assert list(core_registry.list_records("member")) == []


@pytest.mark.parametrize("code", ["99999", "3433", "Bum Tở"])
def test_unknown_commune_code_is_refused(core_registry, code):
    assert _refused(core_registry.create, "organization", htx(commune_code=code)) == {"bad_commune_code"}


def test_former_commune_code_is_accepted(core_registry):
    record = core_registry.create("organization", htx(commune_code="03469")).record  # Kan Hồ (cũ)
    assert record["commune_code"] == "03469"


def test_a_commune_places_its_organisations_in_itself(core_registry):
    """Xã Bum Tở follows the organisations on its territory; one of Xã Bum Nưa's is Bum Nưa's to
    enter (at the district it would count in Bum Nưa's figures)."""
    issues = core_registry.check("organization", htx(commune_code="03466"))
    [issue] = [i for i in issues if i.field == "commune_code"]
    assert issue.code == "commune_code_elsewhere"
    assert "Xã Bum Nưa" in issue.message() and "Xã Bum Tở" in issue.message()
    assert _refused(core_registry.create, "organization", htx(commune_code="03466")) == {"commune_code_elsewhere"}
    org = core_registry.create("organization", htx()).record
    assert _refused(core_registry.update, "organization", org["id"], {"commune_code": "03466"}) == {
        "commune_code_elsewhere"}
    assert core_registry.get("organization", org["id"])["commune_code"] == "03433"  # nothing written
    core_registry.update("organization", org["id"], {"commune_code": "03454"})  # Xã Bum Tở (cũ), now part of it


def test_an_upper_level_places_its_own_anywhere_and_a_commune_s_in_that_commune(tmp_path):
    """The district's own organisations may be in any commune; one a commune entered stays in
    it when the district corrects it (the commune would refuse the correction otherwise)."""
    from kttt_desktop.core.registry import Registry

    district = Registry.open(tmp_path / "district.sqlite")
    district.init_site("district", "107", "Khu vực Mường Tè", "Cán bộ huyện")
    assert district.create("organization", htx(commune_code="03466")).record["commune_code"] == "03466"
    bum_to = district.create("organization", htx(commune_code="03433"), owner="03433").record
    assert _refused(district.update, "organization", bum_to["id"], {"commune_code": "03466"}) == {
        "commune_code_elsewhere"}
    assert _refused(district.create, "organization", htx(commune_code="03466"), owner="03433") == {
        "commune_code_elsewhere"}
    district.close()
