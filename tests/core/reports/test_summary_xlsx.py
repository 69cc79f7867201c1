"""The summary report sheet read back: heading, indicator table against the 2030/2045 targets
with real numbers, organisations by kind and status, support by category."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.plan.targets import MUONG_TE_PLAN
from kttt_desktop.core.reports.summary import build_report
from kttt_desktop.core.reports.summary_xlsx import write_summary_xlsx
from tests.core.factories import htx, member


@pytest.fixture
def report(core_registry):
    """Xã Bum Tở (targets allocated from the Mường Tè plan): two HTX, one suspended, two members, two supports."""
    r = core_registry
    a = r.create("organization", htx(name="HTX Chè Bum Tở")).record["id"]
    r.create("organization", htx(name="HTX Cá Nậm Na", status="suspended"))
    r.create("member", member(a, full_name="Lò Thị Mai"))
    r.create("member", member(a, full_name="Vàng A Sử"))
    for category, amount in (("training", 100_000_000), ("credit", 250_500_000)):
        r.create("support", {"organization_id": a, "category": category, "content": "Hỗ trợ",
                             "decision_date": "2022-05-01", "amount_vnd": amount, "stage": "disbursed"})
    # The area's plan allocated to the commune as it stands, counted from zero.
    for key, year, value, comparison in MUONG_TE_PLAN:
        r.set_target("03433", key, year, value, comparison, baseline=0)
    return build_report(r)


def _find(sheet, text: str) -> tuple[int, int]:
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell.row, cell.column
    raise AssertionError(f"{text!r} is not in the sheet")


def _row_values(sheet, row: int) -> list[object]:
    return [cell.value for cell in sheet[row] if cell.value is not None]


def test_heading_and_title(report, tmp_path):
    path = write_summary_xlsx(report, tmp_path / "bao-cao.xlsx")
    sheet = load_workbook(path)["Báo cáo tổng hợp"]
    assert sheet["A1"].value == "ỦY BAN NHÂN DÂN XÃ BUM TỞ" and sheet["A1"].font.bold
    assert sheet["D1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert sheet["D2"].value == "Độc lập - Tự do - Hạnh phúc"
    assert sheet["D3"].value == report.date_line()
    title_row, _ = _find(sheet, "BÁO CÁO")
    assert sheet.cell(title_row + 1, 1).value == report.subtitle
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4 and sheet.page_setup.fitToWidth == 1


def test_indicators_are_numbers_against_both_horizons(report, tmp_path):
    sheet = load_workbook(write_summary_xlsx(report, tmp_path / "bao-cao.xlsx")).active
    header_row, _ = _find(sheet, "Chỉ tiêu")
    assert _row_values(sheet, header_row) == ["STT", "Chỉ tiêu", "Thực hiện", "Mục tiêu 2030", "Đạt % (2030)",
                                              "Mục tiêu 2045", "Đạt % (2045)", "Đánh giá"]
    row, _ = _find(sheet, "Số hợp tác xã đang hoạt động")
    htx_row = [cell for cell in sheet[row]]
    assert htx_row[2].value == 1 and htx_row[2].number_format == "#,##0"  # the suspended one is beside it
    assert htx_row[3].value == 50 and htx_row[5].value == 70  # at least 50 by 2030, 70 by 2045
    assert htx_row[3].data_type == "n" and htx_row[3].number_format == "#,##0"
    assert htx_row[4].value == pytest.approx(0.02) and htx_row[4].number_format == "0%"
    assert htx_row[7].value == "Chậm tiến độ"
    row, _ = _find(sheet, "Kinh phí hỗ trợ đã giải ngân (đồng)")
    money = sheet.cell(row, 3)
    assert money.value == 350_500_000 and money.number_format == "#,##0"
    row, _ = _find(sheet, "Số liên hiệp hợp tác xã đang hoạt động")
    assert sheet.cell(row, 4).value == "—" and sheet.cell(row, 8).value == "Chưa có chỉ tiêu"
    # A rate's progress is in points, as the printed report says it, never a share of the target.
    share = next(r for r in report.indicator_rows if r.indicator.key == "value_chain_share")
    row, _ = _find(sheet, "Tỷ lệ tổ chức liên kết chuỗi giá trị (%)")
    assert share.by_horizon[2045].target is not None
    assert sheet.cell(row, 7).value == share.by_horizon[2045].text("vi") and "điểm %" in sheet.cell(row, 7).value
    assert sheet.cell(row, 3).number_format == '#,##0.00" %"'
    assert sum(1 for line in sheet.iter_rows(min_row=header_row + 1, max_col=1)
               if isinstance(line[0].value, int)) >= len(report.indicator_rows)


def test_organizations_by_kind_and_status_with_totals(report, tmp_path):
    sheet = load_workbook(write_summary_xlsx(report, tmp_path / "bao-cao.xlsx")).active
    header_row, _ = _find(sheet, "Tình trạng")
    assert _row_values(sheet, header_row) == ["Tình trạng", "Hợp tác xã", "Tổ hợp tác", "Liên hiệp hợp tác xã",
                                              "Cộng"]
    rows = {values[0]: values[1:] for values in
            (_row_values(sheet, header_row + offset) for offset in (1, 2, 3))}
    assert rows["Đang hoạt động"] == [1, 0, 0, 1]
    assert rows["Tạm ngừng kinh doanh"] == [1, 0, 0, 1]
    assert rows["Tổng số"] == [2, 0, 0, 2]
    name_row, _ = _find(sheet, "HTX Cá Nậm Na")  # short lists are written organisation by organisation
    assert "Tạm ngừng kinh doanh" in _row_values(sheet, name_row)


def test_support_by_category_largest_first_with_total(report, tmp_path):
    sheet = load_workbook(write_summary_xlsx(report, tmp_path / "bao-cao.xlsx")).active
    row, _ = _find(sheet, "1. Theo nội dung hỗ trợ")
    assert _row_values(sheet, row + 1) == ["STT", "Nội dung", "Số lượt", "Số tiền (đồng)"]
    assert _row_values(sheet, row + 2) == [1, "Tín dụng", 1, 250_500_000]
    assert _row_values(sheet, row + 3) == [2, "Nhân lực – đào tạo", 1, 100_000_000]
    assert _row_values(sheet, row + 4) == ["Tổng số", 2, 350_500_000]
    assert sheet.cell(row + 4, 7).number_format == "#,##0" and sheet.cell(row + 4, 7).font.bold


def test_english_report_and_unwritable_target(core_registry, tmp_path):
    report = build_report(core_registry, lang="en")
    sheet = load_workbook(write_summary_xlsx(report, tmp_path / "report.xlsx"))["Summary report"]
    _find(sheet, "I. Indicators against the targets")
    _find(sheet, "No organisation was registered by the date of the report.")
    with pytest.raises(KtttError) as raised:
        write_summary_xlsx(report, tmp_path / "missing" / "report.xlsx")
    assert raised.value.code == "export_unwritable"
    assert not (tmp_path / "missing").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".tmp")) == ["report.xlsx"]


def test_libreoffice_renders_the_summary(report, tmp_path):
    import shutil
    import subprocess

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice (soffice) is not installed; the sheet is only read back with openpyxl")
    source = write_summary_xlsx(report, tmp_path / "bao-cao.xlsx")
    result = subprocess.run([office, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
                             "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(source)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    pdf = Path(tmp_path / "pdf" / "bao-cao.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5_000



def test_targets_are_numbers_that_read_as_the_plan_words_them(report, tmp_path):
    from kttt_desktop.core.plan.indicators import indicator
    from kttt_desktop.core.plan.targets import Target
    from kttt_desktop.core.reports.summary_xlsx import target_format

    sheet = load_workbook(write_summary_xlsx(report, tmp_path / "bao-cao.xlsx")).active
    shown: dict[str, list[object]] = {}
    for key in ("tht_members", "tht_count", "population_share"):
        row, _ = _find(sheet, indicator(key).label("vi"))
        target_2030, target_2045 = (sheet.cell(row, column) for column in (4, 6))
        shown[key] = [target_2030.value, target_2030.number_format, target_2045.value, target_2045.number_format]
    # More than 230 members by 2030 (none set for 2045): a number, "trên 230" on screen and paper.
    assert shown["tht_members"] == [230, '"trên "#,##0', "—", "General"]
    assert shown["tht_count"] == [15, '"khoảng "#,##0', 40, '"khoảng "#,##0']
    assert shown["population_share"][2:] == [5, '#,##0" %"']
    for row in sheet.iter_rows():
        for cell in row:
            if cell.column in (4, 6) and isinstance(cell.value, str):
                assert not cell.value[:1].isdigit() and "trên" not in cell.value, cell.value  # no target as text
    assert target_format(Target("03433", "jobs", 2030, 1500.5, "at_least"), "vi") == "#,##0.0#"
    # "at least" is the plain number in both languages, as the plan writes it ("50 HTX")
    assert target_format(Target("03433", "jobs", 2030, 1500.5, "at_least"), "en") == "#,##0.0#"
    assert target_format(Target("03433", "jobs", 2030, 1500, "about"), "en") == '"about "#,##0'


def test_stored_targets_are_numbers(core_registry):
    core_registry.set_target("03433", "htx_count", 2030, 8)
    core_registry.set_target("03433", "population_share", 2030, 2.5, "more_than")
    stored = core_registry.conn.execute(
        "SELECT indicator, typeof(value), value FROM target WHERE unit_code = '03433' ORDER BY indicator").fetchall()
    assert stored == [("htx_count", "real", 8.0), ("population_share", "real", 2.5)]
    assert {type(t.value) for t in core_registry.targets("03433")} == {float}
