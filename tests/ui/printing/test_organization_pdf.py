"""One organisation on paper: its full record and its member list, names with their marks."""

from __future__ import annotations

import pytest

from kttt_desktop.core.reports.organization_sheet import organization_sheet
from kttt_desktop.ui.printing.organization_document import member_list_document, organization_document
from kttt_desktop.ui.printing.pdf import write_pdf
from tests.ui.conftest import MEMBER_NAMES
from tests.ui.printing.pdf_tools import flat, pdf_text


@pytest.fixture
def sheet(qapp, registry, populated):
    return organization_sheet(registry, populated["htx"]["id"])


def test_the_record_has_every_field_member_worker_and_support(sheet, tmp_path):
    text = flat(pdf_text(write_pdf(organization_document(sheet), tmp_path / "ho-so.pdf")))
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HỒ SƠ TỔ CHỨC KINH TẾ TẬP THỂ", "HTX Nông nghiệp Bum Tở",
                     "I. Thông tin chung", "Vốn điều lệ (đồng) 1.250.000.000", "Ngày đăng ký 15/03/2021",
                     "Thôn / bản Bản Nậm Củm", "II. Thành viên (4 thành viên)", "Thành viên đã ra khỏi (1 người)",
                     "III. Người lao động", "Số người lao động đang làm việc: 1", "IV. Hỗ trợ của Nhà nước",
                     "Tập huấn kỹ thuật trồng chè", "25.000.000", "NGƯỜI LẬP BIỂU", "Lò Văn Hương"):
        assert expected in text, expected
    for name in MEMBER_NAMES:
        assert name in text, name
    assert "Tổng số 50.000.000" in text  # capital of the four current members: 5 + 10 + 15 + 20 million


def test_the_member_list_names_only_current_members(sheet, tmp_path):
    text = flat(pdf_text(write_pdf(member_list_document(sheet), tmp_path / "danh-sach.pdf")))
    assert "DANH SÁCH THÀNH VIÊN" in text and "HTX Nông nghiệp Bum Tở" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text and "Bum Tở, ngày" in text
    for name in MEMBER_NAMES[:4]:
        assert name in text, name
    assert MEMBER_NAMES[4] not in text  # left in 2024
    assert "Nữ" in text and "Nam" in text and "Kinh" in text


def test_an_organisation_without_members_prints_a_sentence(qapp, registry, populated, tmp_path):
    sheet = organization_sheet(registry, populated["other"]["id"])
    text = flat(pdf_text(write_pdf(organization_document(sheet), tmp_path / "trong.pdf")))
    assert "Chưa có thành viên nào." in text and "Chưa nhận hỗ trợ nào." in text
    assert "Không có người lao động đang làm việc." in text
