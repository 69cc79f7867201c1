"""Excel import: an officer's real member list, a messy hand-made workbook, the round trip
through the export, matching on re-import, and the all-or-nothing write."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.progress import Cancelled
from kttt_desktop.core.xlsx.importer import (
    CREATE,
    FAILED,
    UNCHANGED,
    UPDATE,
    apply_import,
    find_organization,
    open_workbook,
    plan_workbook,
    preview_import,
    propose_mapping,
)
from kttt_desktop.core.xlsx.sheet_layout import SHEET_NAMES, sheet_columns
from tests.core.factories import htx, member, tax_code
from tests.core.progress_watch import Watched

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "danh_sach_thanh_vien_HTX_mau.xlsx"


def _where(preview) -> list[tuple]:
    """Every issue as (sheet, row, column, code, severity), the way a test states them."""
    return [(i.sheet, i.row, i.column, i.code, i.severity) for i in preview.issues]


def _count(registry, record_type: str) -> int:
    return len(list(registry.list_records(record_type)))


@pytest.fixture
def tea(core_registry):
    """The HTX the sample list belongs to."""
    return core_registry.create("organization", htx(name="HTX Chè Shan tuyết Mù Cả")).record


# --- the officer's real list ---------------------------------------------------------------------

def test_sample_header_row_and_columns_are_found_below_the_title_block():
    book = open_workbook(SAMPLE)
    [mapping] = plan_workbook(book)
    assert (mapping.sheet, mapping.record_type, mapping.header_row, mapping.first_data_row) == \
        ("DS thành viên", "member", 7, 8)
    assert {letter: mapping.keys.get(i) for i, letter in enumerate("ABCDEFGHIJK", 1)} == {
        "A": None, "B": "full_name", "C": "birth_date", "D": "gender", "E": "ethnicity_code",
        "F": "id_number", "G": "residence", "H": "membership", "I": "capital_vnd", "J": "joined_on",
        "K": None}
    assert mapping.unknown_headers() == []  # STT and Ghi chú are known, just not imported


def test_sample_preview_lists_exactly_the_expected_problems(core_registry, tea):
    book = open_workbook(SAMPLE)
    preview = preview_import(core_registry, book, plan_workbook(book), default_organization_id=tea["id"])
    sheet = "DS thành viên"
    assert _where(preview) == [
        (sheet, 10, "C", "import_year_only", "warning"),  # "1988": 01/01/1988, to be checked
        (sheet, 10, "J", "import_year_only", "warning"),  # "2020"
        (sheet, 14, "C", "impossible_date", "error"),  # 31/11/1985 does not exist
        (sheet, 14, "F", "id_number_format", "error"),  # 11 digits
    ]
    assert [i.header for i in preview.errors] == ["Ngày sinh", "Số CCCD/CMND"]
    assert "31/11/1985" in preview.errors[0].message and "không có thật" in preview.errors[0].message
    # The blank row 11 is skipped; the list ends at "Tổng cộng" (row 15) before the signatures.
    assert [(p.row, p.action) for p in preview.rows] == [
        (8, CREATE), (9, CREATE), (10, CREATE), (12, CREATE), (13, CREATE), (14, FAILED)]
    assert preview.counts() == {"member": {"new": 5, "updated": 0, "unchanged": 0, "rejected": 1}}
    assert preview.has_errors
    assert _count(core_registry, "member") == 0  # a preview writes nothing


def test_sample_values_are_read_the_way_they_were_typed(core_registry, tea):
    book = open_workbook(SAMPLE)
    preview = preview_import(core_registry, book, plan_workbook(book), default_organization_id=tea["id"])
    rows = {p.row: p.values for p in preview.rows}
    picked = ("full_name", "birth_date", "gender", "ethnicity_code", "id_number", "membership", "capital_vnd",
              "joined_on", "residence")
    assert {row: tuple(values.get(k) for k in picked) for row, values in rows.items() if row != 14} == {
        8: ("Pờ Xé Chừ", "1975-03-12", "male", "35", "012075001234", "official", 20_000_000, "2019-01-15",
            "Bản Mù Cả"),
        9: ("Chu Mé Xó", "1980-07-02", "female", "35", "012180004567", "official", 20_000_000, "2019-01-15",
            "Bản Mù Cả"),
        10: ("Lý Thị Lan", "1988-01-01", "female", "35", "012188000321", "official", 15_000_000, "2020-01-01",
             "Bản Mé Gióng"),
        12: ("Giàng A Páo", "1990-09-05", "male", "08", "012090009876", "associate_capital", 5_000_000,
             "2021-06-01", "Bản Ma Ký"),
        13: ("Phàn Văn Đức", "1979-02-28", "male", "09", None, "associate_no_capital", 0, "2021-06-01",
             "Bản Nậm Pẻ"),
    }
    assert all(values["organization_id"] == tea["id"] for values in rows.values())


def test_nothing_is_written_while_errors_remain(core_registry, tea):
    book = open_workbook(SAMPLE)
    with pytest.raises(KtttError) as caught:
        apply_import(core_registry, book, plan_workbook(book), default_organization_id=tea["id"])
    assert caught.value.code == "import_has_errors" and caught.value.params["count"] == 2
    assert "Chưa nhập gì" in caught.value.message("vi")
    assert _count(core_registry, "member") == 0


def test_skip_errors_writes_only_the_good_rows_and_reimport_creates_nothing(core_registry, tea):
    book = open_workbook(SAMPLE)
    mappings = plan_workbook(book)
    result = apply_import(core_registry, book, mappings, default_organization_id=tea["id"], skip_errors=True)
    assert result.counts() == {"member": {"new": 5, "updated": 0, "unchanged": 0, "rejected": 1}}
    names = sorted(m["full_name"] for m in core_registry.list_records("member"))
    assert names == sorted(["Pờ Xé Chừ", "Chu Mé Xó", "Lý Thị Lan", "Giàng A Páo", "Phàn Văn Đức"])
    assert len(result.changes.records["member"]) == 5
    # The database as it was before the import is kept in the backup folder.
    assert result.backup is not None and result.backup.parent == core_registry.path.parent / "backups"
    from kttt_desktop.core.registry import Registry

    before = Registry.open(result.backup, create=False)
    try:
        assert list(before.list_records("member")) == []
    finally:
        before.close()

    again = apply_import(core_registry, open_workbook(SAMPLE), mappings, default_organization_id=tea["id"],
                         skip_errors=True)
    assert again.counts() == {"member": {"new": 0, "updated": 0, "unchanged": 5, "rejected": 1}}
    assert again.changes.empty
    assert _count(core_registry, "member") == 5
    # The member without an ID number is matched by name and date of birth.
    duc = next(p for p in again.preview.rows if p.row == 13)
    assert duc.action == UNCHANGED and duc.matched["full_name"] == "Phàn Văn Đức"


def test_default_organization_is_named_by_tax_code_name_or_id(core_registry, tea):
    assert find_organization(core_registry, tea["registration_code"])["id"] == tea["id"]
    assert find_organization(core_registry, "htx chè shan tuyết mù cả")["id"] == tea["id"]
    assert find_organization(core_registry, tea["id"])["id"] == tea["id"]
    with pytest.raises(KtttError) as caught:
        find_organization(core_registry, "HTX Không Có")
    assert caught.value.code == "import_organization_not_found"


def test_a_member_list_without_organisation_needs_one(core_registry, tea):
    book = open_workbook(SAMPLE)
    preview = preview_import(core_registry, book, plan_workbook(book))
    assert _where(preview)[0] == ("DS thành viên", None, None, "import_organization_needed_sheet", "error")
    assert {p.action for p in preview.rows} == {FAILED}


# --- a messy hand-made workbook ----------------------------------------------------------------

@pytest.fixture
def messy(tmp_path: Path) -> dict:
    """Organisations and members the way a commune keeps them by hand: merged titles, a
    numbering row, blank lines, dates typed four ways, amounts in millions, a tax code with a
    wrong check digit, an organisation's name merged down beside its members, signatures."""
    good, honey = tax_code(), tax_code()
    wrong = good[:9] + str((int(good[9]) + 1) % 10)
    book = Workbook()
    orgs = book.active
    orgs.title = "Danh sách HTX"
    orgs["A1"] = "UBND XÃ BUM TỞ"
    orgs.merge_cells("A1:G1")
    orgs["A2"] = "DANH SÁCH HỢP TÁC XÃ NĂM 2026"
    orgs.merge_cells("A2:G2")
    orgs.append([])
    orgs.append(["STT", "Tên HTX", "Mã số thuế", "Ngày thành lập", "Vốn điều lệ (triệu đồng)",
                 "Người đại diện", "Ghi chú"])  # row 4
    orgs.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"])  # row 5
    orgs.append([1, "HTX Chè Bum Tở", good, "10/05/2019", 1250, "Lò Văn Pành", None])  # row 6
    orgs.append([])  # row 7
    orgs.append([2, "HTX Dệt thổ cẩm", wrong, datetime(2020, 3, 1), "2,5", "Tao Thị Ín", None])  # row 8
    orgs.append([3, "HTX Mật ong Pa Vệ Sủ", honey, "2021-07-15", "500", "Sùng A Dình", None])  # row 9
    orgs.append([None, "Tổng cộng", None, None, "=SUM(E6:E9)"])  # row 10
    orgs.append([None, None, None, None, "Bum Tở, ngày 20 tháng 11 năm 2026"])  # row 11

    people = book.create_sheet("DS thành viên")
    people["A1"] = "DANH SÁCH THÀNH VIÊN CÁC HỢP TÁC XÃ"
    people.merge_cells("A1:H1")
    headers = ["STT", "Tên HTX", "Họ tên", "Ngày sinh", "Giới tính", "Dân tộc", "CCCD", "Vốn góp"]
    for column, header in enumerate(headers, 1):  # a header two rows high
        people.cell(3, column, header)
        people.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    rows = {
        5: [1, "HTX Chè Bum Tở", "Lò Văn Pành", "12/03/1975", "Nam", "Thái", "012075001234", "20.000.000"],
        6: [2, None, "Lò Thị Ẻn", "5.9.1990", "nữ", "03", "012190001111", 15000000],
        8: [3, "HTX Mật ong Pa Vệ Sủ", "Sùng A Dình", 1988, "NAM", "Mông", "012088002222", "5.000.000 đ"],
        9: [4, "HTX Dệt thổ cẩm", "Tao Thị Ín", "02/02/1992", "Nữ", "Thái", "012192003333", "1.000.000"],
        10: [5, "HTX Mật ong Pa Vệ Sủ", "Sùng Thị Dợ", "30/02/1995", "Nữ", "Mông", "012195004444", None],
        12: [None, "NGƯỜI LẬP BIỂU", None, None, None, "CHỦ TỊCH UBND XÃ"],
        13: [None, "(Ký, ghi rõ họ tên)"],
    }
    for row, values in rows.items():  # row 7 and 11 stay blank
        for column, value in enumerate(values, 1):
            people.cell(row, column, value)
    people.merge_cells("B5:B6")  # the organisation's name written once for both
    path = tmp_path / "tu_lap.xlsx"
    book.save(path)
    return {"path": path, "good": good, "wrong": wrong, "honey": honey}


def test_messy_workbook_is_read_with_the_exact_errors(core_registry, messy):
    book = open_workbook(messy["path"])
    mappings = plan_workbook(book)
    assert [(m.sheet, m.record_type, m.header_row, m.first_data_row) for m in mappings] == [
        ("Danh sách HTX", "organization", 4, 5), ("DS thành viên", "member", 3, 5)]
    preview = preview_import(core_registry, book, mappings)
    assert _where(preview) == [
        ("Danh sách HTX", 8, "C", "tax_code_checksum", "error"),
        ("DS thành viên", 8, "D", "import_year_only", "warning"),
        ("DS thành viên", 9, "B", "import_organization_row_error", "error"),
        ("DS thành viên", 10, "D", "impossible_date", "error"),
    ]
    assert messy["wrong"] in preview.errors[0].message
    assert "hàng 8" in preview.errors[1].message and "Danh sách HTX" in preview.errors[1].message
    assert [(p.sheet, p.row, p.action) for p in preview.rows] == [
        ("Danh sách HTX", 6, CREATE), ("Danh sách HTX", 8, FAILED), ("Danh sách HTX", 9, CREATE),
        ("DS thành viên", 5, CREATE), ("DS thành viên", 6, CREATE), ("DS thành viên", 8, CREATE),
        ("DS thành viên", 9, FAILED), ("DS thành viên", 10, FAILED)]
    orgs = {p.row: p.values for p in preview.rows if p.record_type == "organization"}
    assert orgs[6]["charter_capital_vnd"] == 1_250_000_000 and orgs[6]["registration_date"] == "2019-05-10"
    assert orgs[8]["charter_capital_vnd"] == 2_500_000 and orgs[8]["registration_date"] == "2020-03-01"
    assert orgs[9]["charter_capital_vnd"] == 500_000_000 and orgs[9]["registration_date"] == "2021-07-15"
    people = {p.row: p for p in preview.rows if p.record_type == "member"}
    org_of = {p.row: p.record_id for p in preview.rows if p.record_type == "organization"}
    assert people[6].values["organization_id"] == org_of[6]  # the merged name reaches row 6
    assert people[6].values["birth_date"] == "1990-09-05" and people[6].values["ethnicity_code"] == "03"
    assert people[8].values["organization_id"] == org_of[9] and people[8].values["birth_date"] == "1988-01-01"
    assert people[5].values["capital_vnd"] == 20_000_000 and people[8].values["capital_vnd"] == 5_000_000


def test_messy_workbook_with_skip_errors_writes_only_the_good_rows(core_registry, messy):
    book = open_workbook(messy["path"])
    with pytest.raises(KtttError):
        apply_import(core_registry, book, plan_workbook(book))
    assert _count(core_registry, "organization") == 0 and _count(core_registry, "member") == 0

    result = apply_import(core_registry, book, plan_workbook(book), skip_errors=True)
    assert result.counts() == {"organization": {"new": 2, "updated": 0, "unchanged": 0, "rejected": 1},
                               "member": {"new": 3, "updated": 0, "unchanged": 0, "rejected": 2}}
    codes = {o["name"]: o["registration_code"] for o in core_registry.list_records("organization")}
    assert codes == {"HTX Chè Bum Tở": messy["good"], "HTX Mật ong Pa Vệ Sủ": messy["honey"]}
    by_name = {m["full_name"]: m for m in core_registry.list_records("member")}
    assert sorted(by_name) == ["Lò Thị Ẻn", "Lò Văn Pành", "Sùng A Dình"]
    org_ids = {o["name"]: o["id"] for o in core_registry.list_records("organization")}
    assert by_name["Lò Thị Ẻn"]["organization_id"] == org_ids["HTX Chè Bum Tở"]

    again = preview_import(core_registry, book, plan_workbook(book))
    assert again.counts() == {"organization": {"new": 0, "updated": 0, "unchanged": 2, "rejected": 1},
                              "member": {"new": 0, "updated": 0, "unchanged": 3, "rejected": 2}}


# --- matching, updates and the caller's choices --------------------------------------------------

def _member_sheet(path: Path, rows: list[list], headers=("Mã số thuế", "Họ và tên", "Ngày sinh", "Số CCCD",
                                                         "Điện thoại")) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Thành viên"
    sheet.append(list(headers))
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_reimport_updates_changed_cells_and_blank_cells_erase_nothing(core_registry, tmp_path):
    org = core_registry.create("organization", htx()).record
    mai = core_registry.create("member", member(org["id"], full_name="Lò Thị Mai", gender="female",
                                                birth_date="1988-02-29", id_number="012188000321",
                                                phone="0912345678")).record
    path = _member_sheet(tmp_path / "m.xlsx", [
        [org["registration_code"], "Lò Thị Mai", "29/02/1988", "012188000321", "0987 654 321"],
        [org["registration_code"], "Lò Thị Mai", None, "012188000321", None]])
    preview = preview_import(core_registry, open_workbook(path), plan_workbook(open_workbook(path)))
    assert preview.rows[0].action == UPDATE and preview.rows[0].record_id == mai["id"]
    assert preview.rows[0].changes == {"phone": ("0912345678", "0987654321")}
    assert preview.rows[1].action == FAILED
    assert _where(preview)[-1] == ("Thành viên", 3, "D", "import_duplicate_row", "error")

    path = _member_sheet(tmp_path / "m2.xlsx", [[org["registration_code"], "Lò Thị Mai", None, "012188000321",
                                                 "0987 654 321"]])
    book = open_workbook(path)
    result = apply_import(core_registry, book, plan_workbook(book))
    assert result.counts()["member"] == {"new": 0, "updated": 1, "unchanged": 0, "rejected": 0}
    after = core_registry.get("member", mai["id"])
    assert after["phone"] == "0987654321" and after["birth_date"] == "1988-02-29"  # the blank kept it


def test_unknown_organisation_and_deleted_record_are_errors(core_registry, tmp_path):
    org = core_registry.create("organization", htx()).record
    gone = core_registry.create("member", member(org["id"], full_name="Vàng A Sử")).record
    core_registry.delete("member", gone["id"], "Nhập nhầm")
    book = Workbook()
    sheet = book.active
    sheet.title = "Thành viên"
    sheet.append(["Mã định danh (không sửa)", "Mã số thuế của tổ chức", "Họ và tên"])
    sheet.append([gone["id"], org["registration_code"], "Vàng A Sử"])
    sheet.append([None, "6299999999", "Lò Văn Lả"])
    sheet.append([None, None, "Lò Văn Mẩy"])
    book.save(tmp_path / "x.xlsx")
    source = open_workbook(tmp_path / "x.xlsx")
    preview = preview_import(core_registry, source, plan_workbook(source))
    assert _where(preview) == [
        ("Thành viên", 2, "A", "import_record_deleted", "error"),
        ("Thành viên", 3, "B", "import_organization_unknown", "error"),
        ("Thành viên", 4, "B", "import_organization_needed", "error"),
    ]


def test_the_caller_may_change_the_mapping(core_registry, tea, tmp_path):
    book = open_workbook(SAMPLE)
    [mapping] = plan_workbook(book)
    mapping.assign("K", "leave_reason")  # the notes column, read into a field after all
    mapping.assign("G", None)  # residence left out
    assert mapping.keys[11] == "leave_reason" and 7 not in mapping.keys
    with pytest.raises(KtttError) as caught:
        mapping.assign("B", "no_such_field")
    assert caught.value.code == "import_bad_mapping_key"
    preview = preview_import(core_registry, book, [mapping], default_organization_id=tea["id"])
    first = preview.rows[0]
    assert first.values["leave_reason"] == "Giám đốc" and "residence" not in first.values
    # A reason for leaving without a leaving date is refused, as in the form (the date has no
    # column here, so the problem is the row's).
    assert ("DS thành viên", 8, None, "leave_reason_without_date", "error") in _where(preview)


def test_record_type_and_header_row_can_be_forced(tmp_path):
    book = open_workbook(SAMPLE)
    sheet = book.sheet("ds thanh vien")  # found without marks
    mapping = propose_mapping(sheet, record_type="worker", header_row=7)
    assert mapping.record_type == "worker" and mapping.header_row == 7
    assert mapping.keys[2] == "full_name" and "membership" not in mapping.keys.values()
    with pytest.raises(KtttError) as caught:
        book.sheet("Không có")
    assert caught.value.code == "import_unknown_sheet"


def test_progress_is_reported_and_cancel_writes_nothing(core_registry, tea):
    book = open_workbook(SAMPLE)
    watched = Watched()
    apply_import(core_registry, book, plan_workbook(book), default_organization_id=tea["id"], skip_errors=True,
                 progress=watched)
    seen = watched.seen
    assert seen and seen[-1][0] == seen[-1][1] and all(d <= t for d, t in seen)

    other = core_registry.create("organization", htx(name="HTX Khác")).record
    with pytest.raises(Cancelled) as caught:
        apply_import(core_registry, book, plan_workbook(book), default_organization_id=other["id"],
                     skip_errors=True, progress=Watched(cancel_after=0))
    assert caught.value.code == "import_cancelled"
    assert _count(core_registry, "member") == 5


def test_an_unreadable_file_is_a_coded_error(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("không phải Excel", encoding="utf-8")
    with pytest.raises(KtttError) as caught:
        open_workbook(bad)
    assert caught.value.code == "import_not_xlsx"


def test_a_half_copied_sheet_is_a_coded_error(tmp_path):
    """A zip whose sheet XML was cut short (a USB stick pulled out during the copy)."""
    import zipfile

    from openpyxl import Workbook

    good, bad = tmp_path / "good.xlsx", tmp_path / "bad.xlsx"
    book = Workbook()
    book.active.append(["Họ và tên", "Ngày sinh"])
    book.active.append(["Lò Thị Mai", "15/03/1972"])
    book.save(good)
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data[: len(data) // 2] if item.filename.endswith("sheet1.xml") else data)
    with pytest.raises(KtttError) as caught:
        open_workbook(bad)
    assert caught.value.code == "import_damaged" and "bad.xlsx" in caught.value.message()


# --- the round trip through the export ----------------------------------------------------------

_SYSTEM = {"id", "owner", "version", "created_at", "created_by", "updated_at", "updated_by", "deleted"}


def _snapshot(registry) -> dict[str, list[dict]]:
    """Every record field by field, its organisation named by its name (ids differ per site)."""
    names = {o["id"]: o["name"] for o in registry.list_records("organization")}
    # A course's manager and support by the manager's name and the support's content.
    named = {"manager_id": {m["id"]: m["full_name"] for m in registry.list_records("manager")},
             "support_id": {s["id"]: s["content"] for s in registry.list_records("support")}}
    out = {}
    for record_type in SHEET_NAMES:
        records = []
        for record in registry.list_records(record_type):
            fields = {k: v for k, v in record.items() if k not in _SYSTEM}
            if "organization_id" in fields:
                fields["organization_id"] = names[fields["organization_id"]]
            for name, labels in named.items():
                if fields.get(name):
                    fields[name] = labels[fields[name]]
            records.append(fields)
        out[record_type] = sorted(records, key=repr)
    return out


def test_export_then_import_gives_the_same_records(core_registry, tmp_path):
    from kttt_desktop.core.registry import Registry
    from kttt_desktop.core.xlsx.export import export_workbook
    from tests.conftest import TODAY

    r = core_registry
    a = r.create("organization", htx(name="HTX Chè Bum Tở", ocop_stars=3, value_chain=True, phone="0912345678",
                                     notes="Dòng một\nDòng hai", main_products="Chè shan tuyết")).record
    b = r.create("organization", htx(name="THT Mật ong", kind="tht", registration_code=None,
                                     status="suspended", sector="other")).record
    r.create("member", member(a["id"], full_name="Lò Thị Mai", gender="female", birth_date="1988-02-29",
                              ethnicity_code="35", id_number="012188000321", phone="0987654321",
                              left_on="2025-01-01", leave_reason="Chuyển đi"))
    r.create("member", member(a["id"], full_name="Vàng A Sử", id_number=None, membership="associate_capital"))
    r.create("member", member(b["id"], full_name="Giàng Thị Dơ", membership="member", gender="female",
                              id_number=None, kind="household", representative="Giàng A Tủa"))
    r.create("worker", {"organization_id": a["id"], "full_name": "Pờ Văn Lả", "is_member": True,
                        "started_on": "2021-03-01", "contract": "seasonal", "social_insurance": "voluntary"})
    paid = r.create("support", {"organization_id": a["id"], "category": "training", "content": "Tập huấn chè",
                                "decision_no": "12/QĐ-UBND", "decision_date": "2022-05-01",
                                "amount_vnd": 100_000_000, "stage": "disbursed", "indivisible_asset": True}).record
    r.create("support", {"organization_id": b["id"], "category": "credit", "content": "Vay vốn",
                         "funding_source": "cooperative_fund"})
    r.create("annual_report", {"organization_id": a["id"], "year": 2025, "revenue_vnd": 1_500_000_000,
                               "profit_vnd": -12_000_000, "rating": "weak", "rating_score": 45,
                               "members_official": 2})
    r.create("status_change", {"organization_id": a["id"], "status": "suspended", "effective_on": "2024-02-01",
                               "decision_no": "05/TB-UBND", "reason": "Thiếu vốn"})
    r.create("status_change", {"organization_id": a["id"], "status": "active", "effective_on": "2024-09-01"})
    director = r.create("manager", {"organization_id": a["id"], "full_name": "Lò Văn Pọm", "role": "director",
                                    "from_on": "2020-01-01", "qualification": "college",
                                    "trained_to_standard": True}).record
    r.create("manager", {"organization_id": b["id"], "full_name": "Giàng A Tủa", "role": "tht_leader"})
    r.create("training", {"organization_id": a["id"], "course": "Kế toán HTX", "full_name": "Lò Thị Mai",
                          "topic": "accounting", "started_on": "2025-03-01", "ended_on": "2025-03-05"})
    r.create("training", {"organization_id": a["id"], "course": "Quản trị HTX", "manager_id": director["id"],
                          "topic": "management", "started_on": "2025-04-01", "support_id": paid["id"]})
    r.create("product", {"organization_id": a["id"], "name": "Chè shan tuyết", "ocop_stars": 3,
                         "ocop_certified_on": "2023-05-01", "ocop_expires_on": "2026-05-01",
                         "certification": "vietgap", "traceability": True})
    r.create("linkage", {"organization_id": a["id"], "partner_name": "Công ty CP Chè Lai Châu",
                         "partner_tax_code": tax_code(), "stage": "consumption", "contract_no": "05/HĐLK",
                         "signed_on": "2024-01-10", "expires_on": "2027-01-09", "value_vnd": 800_000_000})
    r.create("loan", {"organization_id": a["id"], "lender": "cooperative_fund_provincial", "contract_no": "15/HĐTD",
                      "disbursed_on": "2024-04-01", "amount_vnd": 300_000_000, "interest_rate": "6.5",
                      "outstanding_vnd": 200_000_000, "guaranteed": True, "as_of": "2025-12-31"})
    r.create("land", {"organization_id": b["id"], "use": "agriculture", "area_m2": 12_500, "tenure": "leased"})
    exported = tmp_path / "xuat.xlsx"
    export_workbook(r, exported)

    fresh = Registry.open(tmp_path / "moi.sqlite", today=lambda: TODAY)
    try:
        fresh.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
        book = open_workbook(exported)
        mappings = plan_workbook(book)
        assert [m.record_type for m in mappings] == list(SHEET_NAMES)
        assert all(m.header_row == 1 and not m.unknown_headers() for m in mappings)
        assert all(len(m.keys) == len(sheet_columns(m.record_type)) for m in mappings)
        result = apply_import(fresh, book, mappings)
        assert result.preview.issues == []
        assert _snapshot(fresh) == _snapshot(r)
        # Read back into the site it came from, every row is matched by its id: nothing changes.
        assert preview_import(r, book, mappings).counts() == {
            name: {"new": 0, "updated": 0, "unchanged": n, "rejected": 0}
            for name, n in (("organization", 2), ("member", 3), ("worker", 1), ("support", 2),
                            ("annual_report", 1), ("status_change", 4), ("manager", 2), ("training", 2),
                            ("product", 1), ("linkage", 1), ("loan", 1), ("land", 1))}
        again = apply_import(fresh, open_workbook(exported), mappings)
        assert again.changes.empty and {c["new"] for c in again.counts().values()} == {0}
    finally:
        fresh.close()


def test_exported_file_edited_in_excel_updates_by_id(core_registry, tmp_path):
    from kttt_desktop.core.xlsx.export import export_workbook

    org = core_registry.create("organization", htx(name="HTX Chè Bum Tở")).record
    exported = tmp_path / "xuat.xlsx"
    export_workbook(core_registry, exported, record_types=["organization"])
    book = load_workbook(exported)
    sheet = book[SHEET_NAMES["organization"]]
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("Tên tổ chức") + 1, "HTX Chè Shan tuyết Bum Tở")
    book.save(exported)
    source = open_workbook(exported)
    result = apply_import(core_registry, source, plan_workbook(source))
    assert result.counts()["organization"]["updated"] == 1
    assert core_registry.get("organization", org["id"])["name"] == "HTX Chè Shan tuyết Bum Tở"


def test_names_in_capitals_and_notes_naming_roles_do_not_end_the_list(core_registry, tmp_path):
    org = core_registry.create("organization", htx()).record
    path = _member_sheet(tmp_path / "hoa.xlsx", [
        [org["registration_code"], "TÔ TRƯỜNG AN", "01/01/1980", "012080000001", None],
        [org["registration_code"], "CHU THỊ TÌNH", "01/01/1981", "012181000002", None],
        [None, "TỔ TRƯỞNG", None, None, None],
        [None, "Tô Văn Bình", None, None, None]])
    book = open_workbook(path)
    preview = preview_import(core_registry, book, plan_workbook(book))
    assert [p.title for p in preview.rows] == ["TÔ TRƯỜNG AN", "CHU THỊ TÌNH"]


def _with_cached_results(path: Path, results: dict[str, str]) -> Path:
    """Give formula cells the text result Excel would have stored with them (openpyxl writes
    formulas without one)."""
    import re
    import zipfile

    patched = path.with_name("cached-" + path.name)
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(patched, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                for ref, value in results.items():
                    text, count = re.subn(rf'<c r="{ref}"><f>(.*?)</f>(?:<v\s*/>|<v></v>)',
                                          rf'<c r="{ref}" t="str"><f>\1</f><v>{value}</v>', text)
                    assert count == 1, ref
                data = text.encode("utf-8")
            new.writestr(item, data)
    return patched


def test_a_formula_gives_its_cached_result_which_stays_text_through_the_export(core_registry, tmp_path):
    from kttt_desktop.core.xlsx.export import export_workbook

    org = core_registry.create("organization", htx()).record
    path = _with_cached_results(_member_sheet(tmp_path / "f.xlsx", [
        [org["registration_code"], '="="&"HYPERLINK(""http://x.example"")"', "29/02/1988", None, None]]),
        {"B2": '=HYPERLINK("http://x.example")'})
    book = open_workbook(path)
    result = apply_import(core_registry, book, plan_workbook(book))
    assert result.counts()["member"]["new"] == 1
    [stored] = core_registry.list_records("member")
    assert stored["full_name"] == '=HYPERLINK("http://x.example")'  # the result, not the formula

    exported = tmp_path / "xuat.xlsx"
    export_workbook(core_registry, exported, record_types=["member"])
    cells = [cell for row in load_workbook(exported)[SHEET_NAMES["member"]].iter_rows(min_row=2) for cell in row
             if cell.value == stored["full_name"]]
    assert [(cell.data_type, cell.quotePrefix) for cell in cells] == [("s", True)]


def test_an_officers_yearly_results_sheet_is_read_and_a_second_import_updates(core_registry, tmp_path):
    org = core_registry.create("organization", htx()).record
    book = Workbook()
    sheet = book.active
    sheet.title = "Kết quả SXKD 2024-2025"
    sheet.append(["Mã số thuế", "Năm", "Doanh thu (triệu đồng)", "Lợi nhuận (triệu đồng)", "Số thành viên",
                  "Xếp loại", "Điểm"])
    code = org["registration_code"]
    for row in ([code, 2024, 1200, -35, 12, "Yếu", 45], [code, 2025, 1450, 20, 12, "Trung bình", 55],
                [code, 2025, 1460, 21, 12, "Trung bình", 55]):
        sheet.append(row)
    book.save(tmp_path / "kq.xlsx")
    source = open_workbook(tmp_path / "kq.xlsx")
    [mapping] = plan_workbook(source)
    assert mapping.record_type == "annual_report" and not mapping.unknown_headers()
    preview = preview_import(core_registry, source, [mapping])
    assert [p.action for p in preview.rows] == [CREATE, CREATE, FAILED]
    assert _where(preview)[-1][3] == "import_duplicate_row"
    first = preview.rows[0].values
    assert first["revenue_vnd"] == 1_200_000_000 and first["profit_vnd"] == -35_000_000
    assert first["rating"] == "weak" and first["members_official"] == 12

    result = apply_import(core_registry, source, [mapping], skip_errors=True)
    assert result.counts()["annual_report"]["new"] == 2
    again = preview_import(core_registry, source, [mapping])
    assert [p.action for p in again.rows[:2]] == [UNCHANGED, UNCHANGED]


def test_a_course_names_its_manager_and_support_or_is_told_why_not(core_registry, tmp_path):
    from kttt_desktop.core.xlsx.export import export_workbook

    r = core_registry
    org = r.create("organization", htx(name="HTX Chè Bum Tở")).record
    pom = r.create("manager", {"organization_id": org["id"], "full_name": "Lò Văn Pọm", "role": "director"}).record
    for role in ("chair", "accountant"):  # two posts, two people of one name
        r.create("manager", {"organization_id": org["id"], "full_name": "Vàng Thị Dợ", "role": role})
    plain = r.create("support", {"organization_id": org["id"], "category": "training",
                                 "content": "Tập huấn kế toán"}).record
    for content in ("Tập huấn chè", "Máy sao chè"):  # one decision, two supports
        r.create("support", {"organization_id": org["id"], "category": "training", "content": content,
                             "decision_no": "12/QĐ-UBND"})
    book = Workbook()
    sheet = book.active
    sheet.title = "Đào tạo"
    sheet.append(["Mã số thuế của tổ chức", "Khóa học", "Người học", "Cán bộ quản lý (họ tên)",
                  "Khoản hỗ trợ chi trả (số quyết định)"])
    code = org["registration_code"]
    sheet.append([code, "Quản trị HTX", None, "lo van pom", "tập huấn kế toán"])  # typed without marks
    sheet.append([code, "Quản trị HTX", "Lò Thị Mai", "Lò Văn Pạ", None])
    sheet.append([code, "Kế toán", "Vàng Thị Dợ", "Vàng Thị Dợ", None])
    sheet.append([code, "Kỹ thuật chè", "Lò Thị Mai", None, "99/QĐ-UBND"])
    sheet.append([code, "Kỹ thuật chè 2", "Lò Thị Mai", None, "12/QĐ-UBND"])
    sheet.append([code, "Kỹ thuật chè 3", "Lò Thị Mai", None, "Máy sao chè"])
    book.save(tmp_path / "dao-tao.xlsx")
    source = open_workbook(tmp_path / "dao-tao.xlsx")
    preview = preview_import(r, source, plan_workbook(source))
    assert _where(preview) == [
        ("Đào tạo", 3, "D", "import_manager_unknown", "error"),
        ("Đào tạo", 4, "D", "import_manager_ambiguous", "error"),
        ("Đào tạo", 5, "E", "import_support_unknown", "error"),
        ("Đào tạo", 6, "E", "import_support_ambiguous", "error"),
    ]
    assert preview.issues[0].message == (
        "Tổ chức này không có cán bộ quản lý nào tên «Lò Văn Pạ». Hãy ghi đúng họ tên như trong sheet "
        "«Cán bộ quản lý» (hoặc trên trang tổ chức), hoặc để trống ô này và ghi họ tên vào cột «Người học».")
    with pytest.raises(KtttError):
        apply_import(r, source, plan_workbook(source))
    assert _count(r, "training") == 0  # nothing half-written
    apply_import(r, source, plan_workbook(source), skip_errors=True)
    courses = {t["course"]: t for t in r.list_records("training")}
    assert courses["Quản trị HTX"]["manager_id"] == pom["id"]
    assert courses["Quản trị HTX"]["support_id"] == plain["id"]
    shared = next(s for s in r.list_records("support") if s["content"] == "Máy sao chè")
    assert courses["Kỹ thuật chè 3"]["support_id"] == shared["id"]

    # The export writes what the import reads: a shared decision number gives way to the content.
    export_workbook(r, tmp_path / "xuat.xlsx", record_types=("training",))
    rows = list(load_workbook(tmp_path / "xuat.xlsx").active.iter_rows(values_only=True))
    header = rows[0]
    written = {row[header.index("Khóa học")]: (row[header.index("Cán bộ quản lý (họ tên)")],
                                               row[header.index("Khoản hỗ trợ chi trả (số quyết định)")])
               for row in rows[1:]}
    assert written == {"Quản trị HTX": ("Lò Văn Pọm", "Tập huấn kế toán"), "Kỹ thuật chè 3": (None, "Máy sao chè")}


def test_an_interest_rate_typed_in_a_sheet_is_kept_as_one_number(core_registry, tmp_path):
    org = core_registry.create("organization", htx(name="HTX Chè Bum Tở")).record
    book = Workbook()
    sheet = book.active
    sheet.title = "Khoản vay"
    sheet.append(["Mã số thuế của tổ chức", "Bên cho vay", "Số hợp đồng tín dụng", "Lãi suất (%/năm)"])
    sheet.append([org["registration_code"], "Ngân hàng thương mại", "1/HĐTD", "6,9 %/năm"])
    sheet.append([org["registration_code"], "Ngân hàng thương mại", "2/HĐTD", "0,5 %/tháng"])
    book.save(tmp_path / "vay.xlsx")
    source = open_workbook(tmp_path / "vay.xlsx")
    preview = preview_import(core_registry, source, plan_workbook(source))
    assert _where(preview) == [("Khoản vay", 3, "D", "interest_rate_format", "error")]
    assert preview.rows[0].values["interest_rate"] == "6,9"


def test_a_course_cannot_name_another_organisations_manager_or_support_nor_a_formula(core_registry, tmp_path):
    """A name or decision number typed in a sheet is looked up among the course's own
    organisation only: another organisation's manager or support, or text a spreadsheet
    would read as a formula, names nothing and is refused, with nothing written."""
    r = core_registry
    own = r.create("organization", htx(name="HTX Chè Bum Tở")).record
    other = r.create("organization", htx(name="HTX Mường Tè")).record
    r.create("manager", {"organization_id": own["id"], "full_name": "Lò Văn Pọm", "role": "director"})
    r.create("manager", {"organization_id": other["id"], "full_name": "Giàng A Tủa", "role": "director"})
    r.create("support", {"organization_id": other["id"], "category": "training", "content": "Vay vốn",
                         "decision_no": "99/QĐ-UBND"})
    book = Workbook()
    sheet = book.active
    sheet.title = "Đào tạo"
    sheet.append(["Mã số thuế của tổ chức", "Khóa học", "Người học", "Cán bộ quản lý (họ tên)",
                  "Khoản hỗ trợ chi trả (số quyết định)"])
    code = own["registration_code"]
    sheet.append([code, "Quản trị HTX", "Lò Thị Mai", "Giàng A Tủa", None])
    sheet.append([code, "Kế toán", "Lò Thị Mai", None, "99/QĐ-UBND"])
    sheet.append([code, "Kỹ thuật chè", "Lò Thị Mai", None, None])
    formula_like = sheet.cell(row=4, column=4, value='=HYPERLINK("http://x.example","Lò Văn Pọm")')
    formula_like.data_type = "s"  # written as text, as a pasted cell may hold it
    book.save(tmp_path / "dao-tao.xlsx")
    source = open_workbook(tmp_path / "dao-tao.xlsx")
    preview = preview_import(r, source, plan_workbook(source))
    assert _where(preview) == [
        ("Đào tạo", 2, "D", "import_manager_unknown", "error"),
        ("Đào tạo", 3, "E", "import_support_unknown", "error"),
        ("Đào tạo", 4, "D", "import_manager_unknown", "error"),
    ]
    assert "«=HYPERLINK(" in preview.issues[2].message  # the text as typed, never evaluated
    with pytest.raises(KtttError):
        apply_import(r, source, plan_workbook(source))
    assert _count(r, "training") == 0  # nothing half-written


def test_a_huge_interest_rate_in_a_sheet_is_refused(core_registry, tmp_path):
    org = core_registry.create("organization", htx(name="HTX Chè Bum Tở")).record
    book = Workbook()
    sheet = book.active
    sheet.title = "Khoản vay"
    sheet.append(["Mã số thuế của tổ chức", "Bên cho vay", "Số hợp đồng tín dụng", "Lãi suất (%/năm)"])
    for number, rate in enumerate((1e300, 99_999_999_999, "150 %/năm", "6,9")):
        sheet.append([org["registration_code"], "Ngân hàng thương mại", f"{number}/HĐTD", rate])
    book.save(tmp_path / "vay.xlsx")
    source = open_workbook(tmp_path / "vay.xlsx")
    preview = preview_import(core_registry, source, plan_workbook(source))
    assert _where(preview) == [("Khoản vay", row, "D", "interest_rate_format", "error") for row in (2, 3, 4)]
    assert preview.rows[3].values["interest_rate"] == "6,9"
