"""The blank Excel template officers fill in and bring back through the import.

It has the sheets and headers of `sheet_layout` (so an exported file and a filled template
read back the same way), drop-down lists for every coded value and for Có/Không, date and
money formats, text format for numbers that start with 0 (tax codes, ID numbers, phones), a
note on every header saying what to write, and an instructions sheet first. The drop-down
lists live on a hidden "Danh mục" sheet: the 54 ethnic groups are far too long for a list
written into the validation itself, and names with commas would break such a list.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from kttt_desktop.core import catalogs
from kttt_desktop.core.files import saving_next_to
from kttt_desktop.core.records.fields import RECORD_TYPES, FieldKind
from kttt_desktop.core.xlsx.cells import put
from kttt_desktop.core.xlsx.references import REFERENCES
from kttt_desktop.core.xlsx.sheet_layout import SHEET_NAMES, SheetColumn, sheet_columns
from kttt_desktop.core.xlsx.source import INSTRUCTIONS_SHEET, LISTS_SHEET

__all__ = ["write_template", "DATE_FORMAT", "MONEY_FORMAT", "TEXT_FORMAT", "YES_NO"]

DATE_FORMAT = "dd/mm/yyyy"
MONEY_FORMAT = "#,##0"
TEXT_FORMAT = "@"
YES_NO = ("Có", "Không")
LAST_ROW = 5000  # rows the drop-downs and formats reach; far more than one commune's list

# Columns typed as digits that may begin with 0, which Excel drops from a number.
_TEXT_COLUMNS = frozenset({"registration_code", "organization_code", "id_number", "phone", "commune_code"})

_HEADER_FONT = Font(bold=True)
_REQUIRED_FONT = Font(bold=True, color="C00000")
_HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
_ID_FILL = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9")
_ID_FONT = Font(bold=True, color="808080")
_WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
_TOP = Alignment(wrap_text=True, vertical="top")

# Catalogue names as the lists sheet titles them.
_LIST_TITLES = {
    "organization_kind": "Loại hình tổ chức", "organization_status": "Tình trạng pháp lý",
    "sector": "Lĩnh vực", "member_kind": "Loại thành viên", "membership": "Hình thức thành viên",
    "gender": "Giới tính", "ethnicity": "Dân tộc", "contract": "Hợp đồng lao động",
    "social_insurance": "Bảo hiểm xã hội", "support_category": "Nhóm chính sách",
    "funding_source": "Nguồn kinh phí", "support_stage": "Giai đoạn hỗ trợ", "rating": "Xếp loại",
    "manager_role": "Chức danh", "qualification": "Trình độ chuyên môn", "training_topic": "Nội dung đào tạo",
    "product_certification": "Chứng nhận chất lượng", "partner_kind": "Loại đối tác",
    "chain_stage": "Khâu liên kết", "lender": "Bên cho vay", "land_use": "Mục đích sử dụng đất",
    "land_tenure": "Hình thức sử dụng đất",
}
_YES_NO_LIST = "yes_no"

_SHEET_PURPOSE = {
    "organization": "Mỗi hàng một hợp tác xã, tổ hợp tác hoặc liên hiệp hợp tác xã.",
    "member": "Mỗi hàng một thành viên. Ghi tổ chức của thành viên bằng mã số thuế (hoặc đúng tên tổ "
              "chức nếu tổ chức chưa có mã số thuế).",
    "worker": "Mỗi hàng một người lao động. Ghi tổ chức bằng mã số thuế (hoặc đúng tên tổ chức).",
    "support": "Mỗi hàng một khoản hỗ trợ của Nhà nước cho một tổ chức. Ghi tổ chức bằng mã số thuế "
               "(hoặc đúng tên tổ chức).",
    "annual_report": "Mỗi hàng kết quả hoạt động một năm của một tổ chức (mỗi tổ chức một hàng cho mỗi năm). "
                     "Số tiền ghi bằng đồng; lợi nhuận lỗ thì ghi số âm, ví dụ -15.000.000.",
    "status_change": "Mỗi hàng một quyết định hoặc thông báo về tình trạng của một tổ chức: tạm ngừng, hoạt "
                     "động trở lại, giải thể, thu hồi giấy chứng nhận… Ghi ngày có hiệu lực.",
    "manager": "Mỗi hàng một người giữ một chức danh quản lý (giám đốc, kế toán…) trong một thời gian.",
    "training": "Mỗi hàng một lượt một người học một khóa đào tạo, bồi dưỡng.",
    "product": "Mỗi hàng một sản phẩm của tổ chức; sản phẩm OCOP ghi hạng sao, ngày công nhận và ngày hết hạn.",
    "linkage": "Mỗi hàng một hợp đồng liên kết chuỗi giá trị với doanh nghiệp hoặc tổ chức khác.",
    "loan": "Mỗi hàng một khoản vay (phải hoàn trả, không phải tiền hỗ trợ); ghi dư nợ tính đến ngày nào.",
    "land": "Mỗi hàng một thửa đất hoặc mặt bằng tổ chức đang sử dụng.",
}

_GENERAL_RULES = (
    "Mỗi loại thông tin nằm ở một sheet riêng: «Tổ chức», «Thành viên», «Người lao động», «Hỗ trợ», "
    "«Kết quả năm», «Quyết định tình trạng», «Cán bộ quản lý», «Đào tạo», «Sản phẩm», «Hợp đồng liên kết», "
    "«Khoản vay», «Đất đai». "
    "Không đổi tên sheet, không đổi tiêu đề cột ở dòng 1. Sheet nào không dùng thì để trống.",
    "Mỗi hàng là một bản ghi. Không chèn dòng tiêu đề phụ, dòng «Tổng cộng» hay chữ ký vào giữa "
    "danh sách; dòng trống được bỏ qua.",
    "Tiêu đề màu đỏ là cột bắt buộc. Các cột khác để trống nếu chưa có thông tin.",
    "Ngày ghi theo dạng ngày/tháng/năm, ví dụ 25/12/1980 (có thể ghi 25-12-1980). Nếu chỉ biết năm, "
    "ghi năm (ví dụ 1980): phần mềm ghi là 01/01/1980 và nhắc kiểm tra lại.",
    "Số tiền ghi bằng đồng, số nguyên, ví dụ 20.000.000 hoặc 20000000 (không ghi «20 triệu»).",
    "Cột có danh sách chọn (giới tính, dân tộc, loại hình, tình trạng…): chọn trong danh sách, hoặc "
    "gõ đúng tên. Dân tộc có thể ghi tên (Thái, Mông, Hà Nhì…) hoặc mã 2 chữ số. Cột Có/Không: chọn "
    "Có hoặc Không (có thể ghi x cho Có).",
    "Mã số thuế, số CCCD/CMND, số điện thoại: các cột này đã để dạng Văn bản để giữ số 0 ở đầu; khi "
    "dán từ nơi khác, hãy dán dạng giá trị (Paste Values).",
    "Thành viên, người lao động và khoản hỗ trợ ghi tổ chức của mình bằng mã số thuế ở cột «Mã số "
    "thuế của tổ chức», hoặc bằng đúng tên tổ chức ở cột «Tên tổ chức» nếu tổ chức chưa có mã số "
    "thuế. Tổ chức phải có trong chương trình hoặc trong sheet «Tổ chức» của cùng tệp.",
    "Cột cuối «Mã định danh (không sửa)» (màu xám) để trống. Phần mềm tự ghi mã này khi xuất dữ liệu ra "
    "Excel, để khi nhập lại biết hàng nào là bản ghi nào.",
    "Nhập lại cùng một tệp không tạo bản ghi trùng: tổ chức được đối chiếu theo mã số thuế; thành "
    "viên và người lao động theo số CCCD trong tổ chức (không có CCCD thì theo họ tên và ngày sinh); "
    "hỗ trợ theo số quyết định và nội dung. Hàng đã có thì được cập nhật theo các ô có ghi; ô để "
    "trống không xóa thông tin đã có.",
    "Trước khi ghi, phần mềm liệt kê từng lỗi theo sheet, hàng và cột. Khi còn lỗi thì chưa ghi gì, "
    "trừ khi chọn bỏ qua các hàng có lỗi.",
)


def write_template(path: Path | str) -> Path:
    """Write the template to `path` (replaced if it exists); returns the path.

    Written under a temporary name first, so a failure never leaves half a file; an
    unwritable target raises `export_unwritable`.
    """
    target = Path(path)
    workbook = Workbook()
    instructions = workbook.active
    instructions.title = INSTRUCTIONS_SHEET
    lists = workbook.create_sheet(LISTS_SHEET)
    ranges = _write_lists(lists)
    for record_type, title in SHEET_NAMES.items():
        _write_record_sheet(workbook.create_sheet(title), record_type, ranges)
    _write_instructions(instructions)
    lists.sheet_state = "hidden"
    workbook.move_sheet(lists, offset=len(workbook.sheetnames) - 1 - workbook.sheetnames.index(LISTS_SHEET))
    with saving_next_to(target) as temp:
        workbook.save(temp)
    return target


def _write_lists(sheet: Worksheet) -> dict[str, str]:
    """One column per catalogue (titles in row 1); returns the range of each list."""
    ranges: dict[str, str] = {}
    names = [*_LIST_TITLES, _YES_NO_LIST]
    for index, name in enumerate(names, 1):
        letter = get_column_letter(index)
        labels = list(YES_NO) if name == _YES_NO_LIST else [v.vi for v in catalogs.catalog(name)]
        put(sheet, 1, index, "Danh mục: " + _LIST_TITLES.get(name, "Có/Không")).font = _HEADER_FONT
        for row, label in enumerate(labels, 2):
            put(sheet, row, index, label)
        sheet.column_dimensions[letter].width = 30
        ranges[name] = f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(labels) + 1}"
    return ranges


def _hint(column: SheetColumn) -> str:
    """What to write in a column, for its header note and the instructions."""
    if column.key == "id":
        return "Để trống. Phần mềm tự ghi khi xuất dữ liệu; không sửa cột này."
    if column.key == "organization_code":
        return "Mã số thuế của tổ chức mà hàng này thuộc về (10 chữ số)."
    if column.key == "organization_name":
        return "Tên tổ chức, ghi đúng như trong danh sách; cần khi tổ chức chưa có mã số thuế."
    if column.key in REFERENCES:
        return REFERENCES[column.key].hint
    if column.key == "registration_code":
        return "10 chữ số (chi nhánh: 10 chữ số, dấu gạch, 3 chữ số)."
    if column.key == "id_number":
        return "CCCD 12 chữ số hoặc CMND 9 chữ số."
    if column.key == "phone":
        return "10 chữ số, bắt đầu bằng 0."
    if column.key == "commune_code":
        return "Mã xã 5 chữ số theo danh mục đơn vị hành chính; để trống là xã đang dùng phần mềm."
    kind = column.kind
    if kind == FieldKind.DATE:
        return "Ngày/tháng/năm, ví dụ 25/12/1980."
    if kind == FieldKind.MONEY:
        return "Số đồng, ví dụ 20.000.000."
    if kind == FieldKind.BOOL:
        return "Chọn Có hoặc Không."
    if kind == FieldKind.INT:
        return "Số nguyên" + (" từ 3 đến 5." if column.key == "ocop_stars" else ".")
    if kind == FieldKind.CODE and column.catalog == "ethnicity":
        return "Tên dân tộc (ví dụ Thái, Mông, Hà Nhì) hoặc mã 2 chữ số; chọn trong danh sách."
    if kind == FieldKind.CODE and column.catalog:
        return "Chọn một trong: " + "; ".join(v.vi for v in catalogs.catalog(column.catalog)) + "."
    return ""


def _is_required(column: SheetColumn) -> bool:
    return bool(column.field is not None and column.field.required and column.field.default is None)


def _write_record_sheet(sheet: Worksheet, record_type: str, ranges: dict[str, str]) -> None:
    columns = sheet_columns(record_type)
    for index, column in enumerate(columns, 1):
        letter = get_column_letter(index)
        cell = put(sheet, 1, index, column.header)
        cell.fill = _ID_FILL if column.key == "id" else _HEADER_FILL
        cell.font = _ID_FONT if column.key == "id" else (_REQUIRED_FONT if _is_required(column) else _HEADER_FONT)
        cell.alignment = _WRAP
        hint = _hint(column)
        if hint:
            cell.comment = Comment(hint, "KTTT", width=260, height=110)
        dimension = sheet.column_dimensions[letter]
        dimension.width = 12.0 if column.key == "id" else column.width
        cells = f"{letter}2:{letter}{LAST_ROW}"
        if column.key == "id":
            dimension.fill = _ID_FILL
        elif column.kind == FieldKind.DATE:
            dimension.number_format = DATE_FORMAT
            _prompt(sheet, cells, column.header, hint)
        elif column.kind == FieldKind.MONEY:
            dimension.number_format = MONEY_FORMAT
            _prompt(sheet, cells, column.header, hint)
        elif column.key in _TEXT_COLUMNS:
            dimension.number_format = TEXT_FORMAT
        if column.kind == FieldKind.CODE and column.catalog in ranges:
            _choice(sheet, cells, ranges[column.catalog], column.header)
        elif column.kind == FieldKind.BOOL:
            _choice(sheet, cells, ranges[_YES_NO_LIST], column.header)
    sheet.freeze_panes = "A2"
    sheet.row_dimensions[1].height = 45.0


def _choice(sheet: Worksheet, cells: str, source: str, header: str) -> None:
    """A drop-down from a list on the lists sheet; a value outside it is refused by Excel."""
    validation = DataValidation(type="list", formula1=source, allow_blank=True,
                                showErrorMessage=True, errorTitle=header[:32],
                                error="Hãy chọn một giá trị trong danh sách.")
    validation.add(cells)
    sheet.add_data_validation(validation)


def _prompt(sheet: Worksheet, cells: str, header: str, hint: str) -> None:
    """A note shown when a cell of the column is selected (any value is still accepted, so
    a birth year alone can be typed and is handled by the import)."""
    validation = DataValidation(allow_blank=True, showInputMessage=True, promptTitle=header[:32],
                                prompt=hint[:255])
    validation.add(cells)
    sheet.add_data_validation(validation)


def _write_instructions(sheet: Worksheet) -> None:
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 12
    sheet.column_dimensions["C"].width = 90
    row = 1
    put(sheet, row, 1, "HƯỚNG DẪN ĐIỀN MẪU NHẬP DỮ LIỆU KINH TẾ TẬP THỂ").font = Font(bold=True, size=14)
    row += 2
    put(sheet, row, 1, "Quy định chung").font = Font(bold=True, size=12)
    row += 1
    for number, rule in enumerate(_GENERAL_RULES, 1):
        put(sheet, row, 1, f"{number}.").alignment = Alignment(horizontal="right", vertical="top")
        cell = put(sheet, row, 2, rule)
        cell.alignment = _TOP
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        sheet.row_dimensions[row].height = 15 * (1 + len(rule) // 95)
        row += 1
    for record_type, title in SHEET_NAMES.items():
        row += 1
        put(sheet, row, 1, f"Sheet «{title}» — {RECORD_TYPES[record_type].vi}").font = Font(bold=True, size=12)
        row += 1
        put(sheet, row, 1, _SHEET_PURPOSE[record_type]).alignment = _TOP
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        row += 1
        for index, text in enumerate(("Cột", "Bắt buộc", "Cách ghi"), 1):
            cell = put(sheet, row, index, text)
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
        row += 1
        for column in sheet_columns(record_type):
            put(sheet, row, 1, column.header).alignment = _TOP
            put(sheet, row, 2, "Bắt buộc" if _is_required(column) else "")
            hint = _hint(column)
            put(sheet, row, 3, hint).alignment = _TOP
            if len(hint) > 95:
                sheet.row_dimensions[row].height = 15 * (1 + len(hint) // 95)
            row += 1
