"""The Excel import wizard: the officer's member list read, mapped, previewed and imported,
the same list imported twice, a file that is not Excel, and cancelling."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from kttt_desktop.core.xlsx.importer import CREATE, FAILED, UNCHANGED
from kttt_desktop.ui import prompts
from kttt_desktop.ui.worker import BackgroundOp
from kttt_desktop.ui.xlsx_import import XlsxImportWizard
from kttt_desktop.ui.xlsx_import.mapping_page import SKIP
from kttt_desktop.ui.xlsx_import.tables import BAD_BACKGROUND

SAMPLE = Path(__file__).resolve().parents[2] / "core" / "xlsx" / "fixtures" / "danh_sach_thanh_vien_HTX_mau.xlsx"
SHEET = "DS thành viên"
NAMES = ["Chu Mé Xó", "Giàng A Páo", "Lý Thị Lan", "Phàn Văn Đức", "Pờ Xé Chừ"]


@pytest.fixture
def said(monkeypatch) -> list[tuple[str, str, str]]:
    """Every message box the wizard shows, as (kind, title, text); none is really opened."""
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: shown.append(("warn", title, text)))
    monkeypatch.setattr(prompts, "inform", lambda parent, title, text: shown.append(("inform", title, text)))
    return shown


@pytest.fixture
def tea(make_org) -> dict[str, Any]:
    """The HTX the sample list belongs to (the list has no organisation column)."""
    return make_org(name="HTX Chè Shan tuyết Mù Cả")


def make_wizard(qtbot, registry, **kwargs: Any) -> XlsxImportWizard:
    wizard = XlsxImportWizard(registry, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


@pytest.fixture
def wizard(qtbot, registry, said) -> XlsxImportWizard:
    return make_wizard(qtbot, registry)


def next_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def finish_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.FinishButton)


def open_sample(qtbot, wizard: XlsxImportWizard, path: Path = SAMPLE) -> None:
    wizard.open_file(path)
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.MAPPING_PAGE and wizard.operation is None, timeout=10_000)


def to_preview(qtbot, wizard: XlsxImportWizard) -> None:
    assert next_button(wizard).isEnabled(), wizard.mapping_page.problems()
    wizard.next()
    assert wizard.currentId() == wizard.PREVIEW_PAGE
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None and wizard.operation is None, timeout=10_000)


def finish(qtbot, wizard: XlsxImportWizard) -> None:
    finish_button(wizard).click()
    qtbot.waitUntil(lambda: wizard.operation is None and not wizard.isVisible(), timeout=10_000)


def members(registry) -> dict[str, dict[str, Any]]:
    return {m["full_name"]: m for m in registry.list_records("member")}


def table_text(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


# --- reading and mapping ---------------------------------------------------------------------

def test_the_proposed_mapping_is_shown(qtbot, wizard, tea):
    assert not next_button(wizard).isEnabled()  # no file yet
    open_sample(qtbot, wizard)
    page = wizard.mapping_page
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [f"{SHEET} — Thành viên"]
    assert page.include_box.isChecked()
    assert page.type_combo.currentData() == "member" and page.type_combo.currentText() == "Thành viên"
    assert page.header_spin.value() == 7
    keys = {letter: page.field_combo(letter).value() for letter in "ABCDEFGHIJK"}
    assert keys == {"A": SKIP, "B": "full_name", "C": "birth_date", "D": "gender", "E": "ethnicity_code",
                    "F": "id_number", "G": "residence", "H": "membership", "I": "capital_vnd", "J": "joined_on",
                    "K": SKIP}
    assert page.field_combo("B").currentText() == "Họ và tên *"  # required fields are starred
    assert page.field_combo("A").currentText() == "(bỏ qua cột này)"
    assert table_text(page.table.model(), 1)[:3] == ["STT", "Họ và tên", "Ngày sinh"]  # the file's own words
    assert table_text(page.table.model(), 2)[1:4] == ["Pờ Xé Chừ", "12/03/1975", "Nam"]  # the first member
    assert page.ignored_label.text() == "Các cột không nhập: A «STT», K «Ghi chú»."

    # A member list without an organisation column belongs to the organisation chosen here.
    assert not next_button(wizard).isEnabled()
    assert "không có cột tổ chức" in page.problems_label.text() and page.problems_label.isVisible()
    page.organization_combo.set_value(tea["id"])
    assert wizard.default_organization_id == tea["id"]
    assert next_button(wizard).isEnabled() and not page.problems_label.isVisible()


def test_a_member_list_on_a_register_without_organisations_says_to_add_one_first(qtbot, wizard, registry):
    """Not an empty «Tổ chức của danh sách» to choose from and «Tiếp» greyed without a word."""
    assert not list(registry.list_records("organization"))
    open_sample(qtbot, wizard)
    page = wizard.mapping_page
    assert not next_button(wizard).isEnabled()
    text = page.problems_label.text()
    assert page.problems_label.isVisible()
    assert "sổ chưa có tổ chức nào" in text and "«Thêm tổ chức»" in text and "sheet «Tổ chức»" in text
    assert "hãy chọn tổ chức mà danh sách thuộc về" not in text
    assert not page.organization_combo.isEnabled()


def test_enter_reads_the_typed_path_and_escape_cancels(qtbot, wizard):
    qtbot.keyClicks(wizard.file_page.path_edit, str(SAMPLE))
    qtbot.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.MAPPING_PAGE, timeout=10_000)
    assert wizard.book_path == SAMPLE
    wizard.mapping_page.field_combo("B").setFocus()
    qtbot.keyClick(wizard.mapping_page.field_combo("B"), Qt.Key.Key_Escape)
    assert wizard.result() == QDialog.DialogCode.Rejected and not wizard.isVisible()


def test_a_column_is_remapped_through_its_combo(qtbot, wizard, tea):
    open_sample(qtbot, wizard)
    page = wizard.mapping_page
    page.organization_combo.set_value(tea["id"])
    mapping = wizard.choices[0].mapping

    village = page.field_combo("G")
    village.setCurrentIndex(village.findData("village"))
    assert mapping.keys[7] == "village" and mapping.column_of("residence") is None

    # A field is read from one column only: choosing it elsewhere takes it off the first.
    page.field_combo("A").setCurrentIndex(page.field_combo("A").findData("full_name"))
    assert mapping.keys.get(1) == "full_name" and page.field_combo("B").value() == SKIP
    # Without a name column nothing can be imported, and the page says so.
    page.field_combo("A").setCurrentIndex(page.field_combo("A").findData(SKIP))
    assert "«Họ và tên»" in page.problems_label.text()
    assert not next_button(wizard).isEnabled()
    page.field_combo("B").setCurrentIndex(page.field_combo("B").findData("full_name"))
    assert next_button(wizard).isEnabled()

    to_preview(qtbot, wizard)
    wizard.preview_page.skip_box.setChecked(True)
    finish(qtbot, wizard)
    people = members(wizard.registry)
    assert people["Pờ Xé Chừ"]["village"] == "Bản Mù Cả" and not people["Pờ Xé Chừ"]["residence"]


def test_header_row_and_record_type_can_be_changed(qtbot, wizard):
    open_sample(qtbot, wizard)
    page = wizard.mapping_page
    page.header_spin.setValue(4)  # the list's title: nothing recognised
    assert wizard.choices[0].mapping.header_row == 4 and not wizard.choices[0].mapping.keys
    assert not next_button(wizard).isEnabled()
    page.header_spin.setValue(7)
    assert wizard.choices[0].mapping.column_of("full_name") == 2

    page.type_combo.setCurrentIndex(page.type_combo.findData("worker"))
    assert wizard.choices[0].mapping.record_type == "worker"
    assert page.field_combo("B").value() == "full_name"
    assert page.field_combo("B").findData("contract") >= 0 and page.field_combo("B").findData("membership") < 0
    assert page.sheet_combo.currentText() == f"{SHEET} — Người lao động"

    page.include_box.setChecked(False)
    assert page.sheet_combo.currentText() == f"{SHEET} — Người lao động (không nhập)"
    assert page.problems() == ["Hãy chọn ít nhất một sheet để nhập."]
    assert not next_button(wizard).isEnabled()


# --- preview and import ----------------------------------------------------------------------

def test_preview_shows_the_exact_problems_and_import_waits_for_skipping_them(qtbot, wizard, registry, said, tea):
    open_sample(qtbot, wizard)
    wizard.mapping_page.organization_combo.set_value(tea["id"])
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.issues_model.located() == [
        (SHEET, 10, "C", "import_year_only", "warning"),
        (SHEET, 10, "J", "import_year_only", "warning"),
        (SHEET, 14, "C", "impossible_date", "error"),
        (SHEET, 14, "F", "id_number_format", "error"),
    ]
    assert table_text(page.issues_model, 2)[2:] == ["C «Ngày sinh»", "F «Số CCCD/CMND»"]
    assert table_text(page.issues_model, 3) == ["Lưu ý", "Lưu ý", "Lỗi", "Lỗi"]
    assert "31/11/1985" in table_text(page.issues_model, 4)[2]
    rows = page.rows_model
    assert [(rows.plan(n).row, rows.plan(n).action) for n in range(rows.rowCount())] == [
        (8, CREATE), (9, CREATE), (10, CREATE), (12, CREATE), (13, CREATE), (14, FAILED)]
    assert table_text(rows, 3) == ["Tạo mới"] * 5 + ["Lỗi"]
    assert rows.index(5, 0).data(Qt.ItemDataRole.BackgroundRole).color() == BAD_BACKGROUND
    assert rows.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "31/11/1985" in rows.index(5, 5).data()
    counts = page.counts_model
    assert [counts.index(0, c).data() for c in range(5)] == ["Thành viên", "5", "0", "0", "1"]
    assert page.tabs.tabText(1) == "Lỗi (2) và lưu ý (2)"
    assert page.tabs.currentIndex() == 1  # the problems are shown first, the first error chosen
    assert page.detail_label.text().startswith("Sheet «DS thành viên», hàng 14, cột C «Ngày sinh»: Ngày 31/11/1985 "
                                               "không có thật")
    assert not members(registry)  # a preview writes nothing

    assert not finish_button(wizard).isEnabled()
    assert page.skip_box.isVisible()
    page.skip_box.setChecked(True)
    assert finish_button(wizard).isEnabled()
    with qtbot.waitSignal(wizard.applied, timeout=10_000) as applied:
        finish_button(wizard).click()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)

    assert wizard.result() == QDialog.DialogCode.Accepted
    assert sorted(members(registry)) == NAMES
    assert all(m["organization_id"] == tea["id"] for m in members(registry).values())
    assert applied.args[0] is wizard.changes
    assert wizard.changes.records["member"] == {m["id"] for m in members(registry).values()}
    [(kind, title, text)] = said
    assert (kind, title) == ("inform", "Đã nhập xong")
    assert "Thành viên: tạo mới 5, cập nhật 0, không đổi 0, lỗi 1." in text
    assert f"Sổ trước khi nhập được sao lưu tại:\n{wizard.import_result.backup}" in text
    assert wizard.import_result.backup.exists()


def test_the_same_file_imported_again_changes_nothing(qtbot, registry, said, tea):
    first = make_wizard(qtbot, registry, organization_id=tea["id"])
    open_sample(qtbot, first)
    to_preview(qtbot, first)
    first.preview_page.skip_box.setChecked(True)
    finish(qtbot, first)
    before = members(registry)
    assert sorted(before) == NAMES

    again = make_wizard(qtbot, registry, organization_id=tea["id"])
    open_sample(qtbot, again)
    assert again.mapping_page.organization_combo.value() == tea["id"]  # preset by the caller
    to_preview(qtbot, again)
    rows = again.preview_page.rows_model
    assert [rows.plan(n).action for n in range(rows.rowCount())] == [UNCHANGED] * 5 + [FAILED]
    assert "Không có gì mới để ghi" in again.preview_page.summary_label.text()
    again.preview_page.skip_box.setChecked(True)
    finish(qtbot, again)
    assert again.result() == QDialog.DialogCode.Accepted
    assert again.changes.empty
    assert members(registry) == before
    assert "Sổ không thay đổi" in said[-1][2]


def test_two_sheets_organisations_first_need_no_default(qtbot, wizard, registry, tmp_path):
    book = Workbook()
    orgs = book.active
    orgs.title = "Danh sách HTX"
    orgs.append(["STT", "Tên HTX", "Người đại diện"])
    orgs.append([1, "HTX Mật ong Pa Vệ Sủ", "Sùng A Dình"])
    people = book.create_sheet("DS thành viên")
    people.append(["STT", "Tên HTX", "Họ và tên", "Ngày sinh"])
    people.append([1, "HTX Mật ong Pa Vệ Sủ", "Sùng Thị Dợ", "02/02/1992"])
    path = tmp_path / "hai_sheet.xlsx"
    book.save(path)

    open_sample(qtbot, wizard, path)
    assert [(c.name, c.mapping.record_type, c.included) for c in wizard.choices] == [
        ("Danh sách HTX", "organization", True), (SHEET, "member", True)]
    assert next_button(wizard).isEnabled()  # the member sheet names its organisation
    to_preview(qtbot, wizard)
    assert wizard.preview_page.issues_model.rowCount() == 0
    assert not wizard.preview_page.skip_box.isVisible()
    finish(qtbot, wizard)
    [org] = registry.list_records("organization")
    assert org["name"] == "HTX Mật ong Pa Vệ Sủ"
    assert members(registry)["Sùng Thị Dợ"]["organization_id"] == org["id"]
    assert wizard.changes.touches("organization") and wizard.changes.touches("member")


# --- files that cannot be read, and cancelling ---------------------------------------------------

def cut_short(tmp_path: Path) -> Path:
    """The sample with its sheet's XML cut in half, as a copy interrupted on a USB stick leaves it."""
    path = tmp_path / "bi_cat_ngang.xlsx"
    with zipfile.ZipFile(SAMPLE) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, data[:len(data) // 2] if name.startswith("xl/worksheets/") else data)
    return path


@pytest.mark.parametrize("damage,says", [
    ("not_excel", "không phải tệp Excel .xlsx"),
    ("cut_short", "bị hỏng, không đọc được"),
    ("missing", "không có tệp này"),
    ("old_xls", "là dạng Excel cũ (.xls"),
    ("other_type", "không phải tệp Excel .xlsx"),
    ("renamed_xls", "là dạng Excel cũ (.xls"),
])
def test_a_bad_file_is_refused_in_vietnamese_and_nothing_is_written(qtbot, wizard, registry, said, tmp_path,
                                                                     damage, says):
    """Each with what to do about it, and none with the library's English («File is not a zip file»)."""
    bad = tmp_path / "khong_phai_excel.xlsx"
    if damage == "not_excel":
        bad.write_text("Đây không phải tệp Excel", encoding="utf-8")
    elif damage == "cut_short":
        bad = cut_short(tmp_path)
    elif damage in ("old_xls", "renamed_xls"):
        bad = tmp_path / ("danh_sach.xls" if damage == "old_xls" else "danh_sach_doi_duoi.xls")
        bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))  # an Excel 97-2003 file's header
    elif damage == "other_type":
        bad = tmp_path / "danh_sach.ods"
        bad.write_bytes(SAMPLE.read_bytes())
    wizard.open_file(bad)
    qtbot.waitUntil(lambda: wizard.operation is None and bool(said), timeout=10_000)
    [(kind, title, text)] = said
    assert kind == "warn" and title == "Không đọc được tệp"
    assert f"«{bad}»" in text and says in text
    assert ".xlsx" in text and ("lưu lại" in text or "chép" in text or damage == "missing")
    for english in ("zip", "openpyxl", "support", "Error", "file format"):
        assert english not in text
    assert wizard.currentId() == wizard.FILE_PAGE and wizard.book is None
    assert not list(registry.list_records("member")) and not list(registry.list_records("organization"))


def test_cancel_before_import_writes_nothing(qtbot, wizard, registry, tea):
    open_sample(qtbot, wizard)
    wizard.mapping_page.organization_combo.set_value(tea["id"])
    to_preview(qtbot, wizard)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert wizard.changes is None and not members(registry)


def test_cancel_during_import_rolls_back(qtbot, wizard, registry, said, tea, monkeypatch):
    open_sample(qtbot, wizard)
    wizard.mapping_page.organization_combo.set_value(tea["id"])
    to_preview(qtbot, wizard)
    wizard.preview_page.skip_box.setChecked(True)
    start = BackgroundOp.start

    def cancelled_at_once(operation: BackgroundOp) -> None:
        operation.progress.cancel()  # as if «Hủy» were pressed before the first row
        start(operation)

    monkeypatch.setattr(BackgroundOp, "start", cancelled_at_once)
    finish_button(wizard).click()
    qtbot.waitUntil(lambda: wizard.operation is None and bool(said), timeout=10_000)
    assert said == [("inform", "Chưa nhập được", "Đã dừng nhập Excel; chưa ghi gì vào sổ. Hãy nhập lại khi cần.")]
    assert wizard.isVisible() and wizard.currentId() == wizard.PREVIEW_PAGE
    assert wizard.changes is None and not members(registry)


def test_run_returns_the_changes(qtbot, registry, said, tea, monkeypatch):
    def drive(wizard: XlsxImportWizard) -> int:
        """Stands in for the modal loop: what the officer does once the file is read."""
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitUntil(lambda: wizard.currentId() == wizard.MAPPING_PAGE, timeout=10_000)
        to_preview(qtbot, wizard)
        wizard.preview_page.skip_box.setChecked(True)
        finish(qtbot, wizard)
        return wizard.result()

    monkeypatch.setattr(XlsxImportWizard, "exec", drive)
    changes = XlsxImportWizard.run(registry, None, path=SAMPLE, organization_id=tea["id"])
    assert changes is not None and len(changes.records["member"]) == 5
    assert sorted(members(registry)) == NAMES


def test_undo_after_an_import_does_not_reach_back_across_it(qtbot, window, registry, said, tea, monkeypatch):
    """An import cannot be taken back step by step: Ctrl+Z right after it must neither undo
    what came before it (a member deleted earlier) nor leave the import half-believed undone."""
    from kttt_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    gone = registry.create("member", {"organization_id": tea["id"], "full_name": "Sùng A Tủa"}).record
    window.apply_changes(registry.delete("member", gone["id"], "Nhập trùng").changes)
    assert window.undo_action.isEnabled() and "Xóa" in window.undo_action.text()

    def run(cls, registry, parent, path=None, organization_id=None):
        """The officer's steps in the real wizard, as `run` would show it."""
        wizard = make_wizard(qtbot, registry, organization_id=tea["id"])
        open_sample(qtbot, wizard)
        to_preview(qtbot, wizard)
        wizard.preview_page.skip_box.setChecked(True)
        finish(qtbot, wizard)
        return wizard.changes

    monkeypatch.setattr(XlsxImportWizard, "run", classmethod(run))
    window.excel.import_action.trigger()
    assert sorted(members(registry)) == NAMES
    assert "Ctrl+Z" in said[-1][2] and "Khôi phục từ bản sao lưu" in said[-1][2] and "truoc-nhap" in said[-1][2]

    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "Hoàn tác"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Sùng A Tủa" not in members(registry)  # the deletion before the import stays
    assert sorted(members(registry)) == NAMES
