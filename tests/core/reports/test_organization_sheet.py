"""One organisation's printed record: labelled fields, members who are in and who left,
workers at work, the support it received — all formatted as the page shows them."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.reports.organization_sheet import organization_sheet
from tests.core.factories import htx, member


@pytest.fixture
def organization(core_registry):
    r = core_registry
    org = r.create("organization", htx(name="HTX Chè Shan tuyết Bum Tở", registration_date="2019-05-10",
                                       charter_capital_vnd=1_250_000_000, value_chain=True,
                                       representative="Lò Văn Pọm")).record
    r.create("member", member(org["id"], full_name="Đặng Thị Hoa", gender="female", capital_vnd=5_000_000,
                              joined_on="2020-02-01"))
    r.create("member", member(org["id"], full_name="Nguyễn Văn Đức", capital_vnd=7_500_000,
                              membership="associate_capital"))
    r.create("member", member(org["id"], full_name="Pờ Xuân Hùng", capital_vnd=3_000_000,
                              left_on="2024-01-10", leave_reason="Chuyển nơi ở"))
    gone = r.create("member", member(org["id"], full_name="Nhập nhầm")).record
    r.delete("member", gone["id"], "Nhập nhầm")
    r.create("worker", {"organization_id": org["id"], "full_name": "Vàng A Dế", "is_member": True,
                        "contract": "seasonal", "social_insurance": "voluntary", "started_on": "2023-04-01"})
    r.create("worker", {"organization_id": org["id"], "full_name": "Chu Văn Thắng", "contract": "indefinite",
                        "started_on": "2021-04-01", "ended_on": "2025-01-01"})
    r.create("support", {"organization_id": org["id"], "category": "training", "content": "Tập huấn kỹ thuật",
                         "amount_vnd": 25_000_000, "decision_no": "12/QĐ-UBND", "decision_date": "2024-06-12",
                         "stage": "disbursed", "funding_source": "provincial_budget"})
    r.create("support", {"organization_id": org["id"], "category": "credit", "content": "Vay vốn quỹ",
                         "amount_vnd": 100_000_000, "decision_date": "2023-01-05", "stage": "requested"})
    return org


def test_fields_are_labelled_and_formatted(core_registry, organization):
    sheet = organization_sheet(core_registry, organization["id"])
    values = {line.label: line.value for line in sheet.fields}
    assert sheet.name == "HTX Chè Shan tuyết Bum Tở" and sheet.kind_label == "Hợp tác xã"
    assert values["Ngày đăng ký"] == "10/05/2019"
    assert values["Vốn điều lệ (đồng)"] == "1.250.000.000"
    assert values["Tình trạng pháp lý"] == "Đang hoạt động"
    assert values["Liên kết chuỗi giá trị"] == "Có" and values["Ứng dụng công nghệ cao"] == "Không"
    assert values["Người đại diện theo pháp luật"] == "Lò Văn Pọm"
    assert "Tên tổ chức" not in values  # the name is the document's title


def test_members_in_and_out_are_listed_apart(core_registry, organization):
    sheet = organization_sheet(core_registry, organization["id"], as_of=date(2026, 11, 26))
    # By given name (Đức before Hoa), no deleted member.
    assert [m.full_name for m in sheet.members] == ["Nguyễn Văn Đức", "Đặng Thị Hoa"]
    assert [m.full_name for m in sheet.former_members] == ["Pờ Xuân Hùng"]
    assert sheet.former_members[0].left_on == "10/01/2024"
    assert sheet.former_members[0].leave_reason == "Chuyển nơi ở"
    duc, hoa = sheet.members
    assert (hoa.gender, hoa.capital, hoa.joined_on, hoa.official) == ("Nữ", "5.000.000", "01/02/2020", True)
    assert duc.official is False and duc.membership == "Liên kết góp vốn"
    assert sheet.capital_total == 12_500_000


def test_a_member_who_leaves_later_is_still_in_on_an_earlier_date(core_registry, organization):
    sheet = organization_sheet(core_registry, organization["id"], as_of=date(2023, 12, 31))
    assert "Pờ Xuân Hùng" in [m.full_name for m in sheet.members]
    assert sheet.former_members == []


def test_workers_and_support(core_registry, organization):
    sheet = organization_sheet(core_registry, organization["id"], as_of=date(2026, 11, 26))
    assert (sheet.workers, sheet.workers_members, sheet.workers_insured) == (1, 1, 1)
    assert sheet.workers_by_contract == [("Thời vụ", 1)]
    assert [s.content for s in sheet.supports] == ["Vay vốn quỹ", "Tập huấn kỹ thuật"]  # by decision date
    training = sheet.supports[1]
    assert (training.decision, training.category, training.stage, training.funding_source) == (
        "12/QĐ-UBND, 12/06/2024", "Nhân lực – đào tạo", "Giải ngân", "Ngân sách tỉnh")
    assert (sheet.support_total, sheet.support_received) == (125_000_000, 25_000_000)


def test_the_heading_is_the_commune_committee(core_registry, organization):
    sheet = organization_sheet(core_registry, organization["id"], as_of=date(2026, 11, 26))
    assert sheet.issuer == "ỦY BAN NHÂN DÂN XÃ BUM TỞ"
    assert sheet.date_line() == "Bum Tở, ngày 26 tháng 11 năm 2026"
    assert sheet.officer == "Lò Văn Hương" and sheet.signer_title == "CHỦ TỊCH"


def test_english_labels(core_registry, organization):
    sheet = organization_sheet(core_registry, organization["id"], lang="en")
    values = {line.label: line.value for line in sheet.fields}
    assert values["Legal status"] == "Active" and values["In a value chain"] == "Yes"


def test_an_unknown_organisation_is_a_coded_error(core_registry):
    with pytest.raises(KtttError) as raised:
        organization_sheet(core_registry, "no-such-id")
    assert raised.value.code == "record_not_found"
