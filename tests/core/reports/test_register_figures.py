"""The registers' figures in the summary report and its Excel sheet: managers trained to
standard (and their share of the posts), people trained this year by topic, loans by lender,
OCOP products by stars and contracts by stage, in total and for each commune, as numbers."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from kttt_desktop.core.reports.registers import register_lines
from kttt_desktop.core.reports.summary import build_report
from kttt_desktop.core.reports.summary_xlsx import write_summary_xlsx
from tests.core.factories import htx

DAY = date(2025, 6, 1)


@pytest.fixture
def two_communes(core_registry):
    """A tea cooperative in Bum Tở (two managers, one trained; a 3-star and a 4-star product; a
    fund loan partly overdue, a bank loan) and a rice cooperative in Kan Hồ (one trained manager,
    three people trained this year, a contract in force)."""
    r = core_registry
    tea = r.create("organization", htx(commune_code="03433")).record["id"]
    rice = r.create("organization", htx(name="HTX Lúa gạo Kan Hồ", commune_code="03469")).record["id"]
    for org, name, role, trained in ((tea, "Lò Văn Pản", "director", True), (tea, "Lò Thị Ín", "accountant", False),
                                     (rice, "Vàng A Sùng", "director", True)):
        r.create("manager", {"organization_id": org, "full_name": name, "role": role, "from_on": "2020-01-01",
                             "trained_to_standard": trained})
    for name, topic in (("Vàng A Sùng", "accounting"), ("Vàng Thị Dợ", "accounting"), ("Lò A Cà", "technical")):
        r.create("training", {"organization_id": rice, "full_name": name, "course": "Lớp tập huấn",
                              "topic": topic, "started_on": "2025-03-02"})
    for stars, certified in ((3, "2024-01-01"), (4, "2025-01-01")):
        r.create("product", {"organization_id": tea, "name": f"Chè {stars} sao", "ocop_stars": stars,
                             "ocop_certified_on": certified, "ocop_expires_on": "2028-01-01"})
    r.create("linkage", {"organization_id": rice, "partner_name": "Công ty CP Gạo Lai Châu",
                         "stage": "consumption", "signed_on": "2024-01-10"})
    for lender, outstanding, overdue in (("cooperative_fund_provincial", 300_000_000, 50_000_000),
                                         ("social_policy_bank", 100_000_000, 0)):
        r.create("loan", {"organization_id": tea, "lender": lender, "disbursed_on": "2024-01-10",
                          "amount_vnd": 400_000_000, "outstanding_vnd": outstanding, "overdue_vnd": overdue})
    return r


def test_the_report_carries_the_registers_in_total_and_per_commune(two_communes):
    report = build_report(two_communes, DAY)
    figures = report.registers
    assert figures is not None
    assert (figures.managers_in_post, figures.managers_trained) == (3, 2)
    assert figures.managers_share == pytest.approx(66.67)
    assert figures.trained_by_topic == [("Kế toán, tài chính", 2), ("Kỹ thuật sản xuất", 1)]
    assert figures.loan_register
    assert figures.loans_by_lender == [("Quỹ hỗ trợ phát triển HTX tỉnh", 1, 300_000_000, 50_000_000),
                                       ("Ngân hàng Chính sách xã hội", 1, 100_000_000, 0)]
    assert figures.ocop_by_stars == [(3, 1), (4, 1), (5, 0)]
    assert figures.contracts_by_stage == [("Tiêu thụ sản phẩm", 1)]
    registers = {row.unit_code: row.registers for row in report.unit_rows}
    assert registers["03433"] == {"managers_in_post": 2, "managers_trained": 1, "trained_this_year": 0,
                                  "ocop_products": 2, "contracts_in_force": 0,
                                  "loans_outstanding_vnd": 400_000_000, "loans_overdue_vnd": 50_000_000}
    assert registers["03469"]["trained_this_year"] == 3 and registers["03469"]["contracts_in_force"] == 1
    assert figures.totals == {key: sum(row[key] for row in registers.values()) for key in figures.totals}


def test_the_lines_name_the_figures_as_kttt_indicators_does(two_communes):
    from kttt_desktop.core.reports.indicator_list import list_figures

    report = build_report(two_communes, DAY)
    assert report.registers is not None
    listed = {figure.label: figure.value for figure in list_figures(two_communes, DAY)}
    lines = register_lines(report.registers)
    assert len(lines) == 9
    for line in lines:
        assert listed[line.figure.vi] == line.value, line.figure.vi


def _rows_after(sheet, title: str, count: int) -> list[list[object]]:
    start = next(cell.row for row in sheet.iter_rows() for cell in row if cell.value == title)
    return [[cell.value for cell in sheet[start + offset] if cell.value is not None]
            for offset in range(1, count + 1)]


def _cell(sheet, text: str, column: int):
    row = next(cell.row for line in sheet.iter_rows() for cell in line if cell.value == text)
    return sheet.cell(row, column)


def test_the_excel_sheet_holds_the_registers_as_numbers(two_communes, tmp_path):
    sheet = load_workbook(write_summary_xlsx(build_report(two_communes, DAY), tmp_path / "bc.xlsx")).active
    trained = _cell(sheet, "Cán bộ quản lý đã qua đào tạo đạt chuẩn", 3)
    assert trained.value == 2 and trained.data_type == "n" and trained.number_format == "#,##0"
    share = _cell(sheet, "Tỷ lệ cán bộ quản lý đạt chuẩn (%)", 3)
    assert share.value == pytest.approx(66.67) and share.number_format == '#,##0.00" %"'
    outstanding = _cell(sheet, "Dư nợ vay của các tổ chức (đồng)", 3)
    assert outstanding.value == 400_000_000 and outstanding.data_type == "n"
    assert _cell(sheet, "Nợ vay quá hạn của các tổ chức (đồng)", 3).value == 50_000_000
    assert [_cell(sheet, f"Sản phẩm OCOP {stars} sao còn hiệu lực", 3).value for stars in (3, 4, 5)] == [1, 1, 0]
    assert _cell(sheet, "Hợp đồng liên kết đang có hiệu lực", 3).value == 1
    assert _rows_after(sheet, "1. Lượt người được đào tạo trong năm, theo nội dung", 4) == [
        ["STT", "Nội dung đào tạo", "Lượt người"], [1, "Kế toán, tài chính", 2], [2, "Kỹ thuật sản xuất", 1],
        ["Tổng số", 3]]
    assert _rows_after(sheet, "2. Hợp đồng liên kết đang có hiệu lực, theo khâu", 3)[1:] == [
        [1, "Tiêu thụ sản phẩm", 1], ["Tổng số", 1]]
    assert _rows_after(sheet, "3. Vốn vay theo bên cho vay", 4) == [
        ["STT", "Bên cho vay", "Số khoản vay", "Dư nợ (đồng)", "Quá hạn (đồng)"],
        [1, "Quỹ hỗ trợ phát triển HTX tỉnh", 1, 300_000_000, 50_000_000],
        [2, "Ngân hàng Chính sách xã hội", 1, 100_000_000, 0],
        ["Tổng số", 2, 400_000_000, 50_000_000]]


def test_the_excel_sheet_lists_each_communes_registers(two_communes, tmp_path):
    report = build_report(two_communes, DAY)
    names = {row.unit_code: row.name for row in report.unit_rows}
    sheet = load_workbook(write_summary_xlsx(report, tmp_path / "bc.xlsx")).active
    rows = _rows_after(sheet, "4. Các sổ chuyên đề theo đơn vị hành chính", 4)
    assert rows[0] == ["STT", "Đơn vị", "CB quản lý", "CB đạt chuẩn", "Đào tạo trong năm", "SP OCOP", "HĐ liên kết",
                       "Dư nợ vay (đồng)", "Nợ quá hạn (đồng)"]
    by_name = {row[1]: row[2:] for row in rows[1:3]}
    assert by_name[names["03433"]] == [2, 1, 0, 2, 0, 400_000_000, 50_000_000]
    assert by_name[names["03469"]] == [1, 1, 3, 0, 1, 0, 0]
    assert rows[3] == ["Tổng số", 3, 2, 3, 2, 1, 400_000_000, 50_000_000]
    total_row = next(cell.row for line in sheet.iter_rows() for cell in line if cell.value == "Tổng số"
                     and sheet.cell(cell.row, 9).value == 50_000_000)
    assert all(sheet.cell(total_row, column).data_type == "n" for column in range(3, 10))


def test_without_a_register_of_loans_the_sheet_says_so(core_registry, tmp_path):
    core_registry.create("organization", htx())
    report = build_report(core_registry, DAY)
    assert report.registers is not None and not report.registers.loan_register
    sheet = load_workbook(write_summary_xlsx(report, tmp_path / "bc.xlsx")).active
    note = "Chưa có sổ các khoản vay: chưa ghi khoản vay nào nên chưa có dư nợ, nợ quá hạn theo bên cho vay."
    assert _cell(sheet, "Dư nợ vay của các tổ chức (đồng)", 3).value is None  # not a zero: nothing is known
    assert _cell(sheet, "Dư nợ vay của các tổ chức (đồng)", 4).value == note
    assert _cell(sheet, "3. Vốn vay theo bên cho vay", 1).offset(1, 0).value == note
    assert "Các sổ chuyên đề theo đơn vị hành chính" not in {c.value for line in sheet.iter_rows() for c in line}
