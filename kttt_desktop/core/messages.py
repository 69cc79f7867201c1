"""The message catalogue: every sentence core can say, in Vietnamese and English.

Codes are stable (scripts may match on them); texts may be improved freely. Parameters are
filled with `str.format`, so a text names exactly what is wrong and what to do.
"""

from __future__ import annotations

from typing import Any

_language = "vi"

CATALOGUE: dict[str, tuple[str, str]] = {
    # general
    "validation_failed": ("Chưa lưu được: {details}", "Not saved: {details}"),
    "unknown_record_type": (
        "Không có loại bản ghi «{type}». Hãy dùng organization, member, worker hoặc support.",
        "There is no record type “{type}”. Use organization, member, worker or support.",
    ),
    "record_not_found": (
        "Không tìm thấy bản ghi có mã {id}. Hãy kiểm tra lại mã (xem bằng lệnh records list).",
        "No record with id {id}. Check the id (see records list).",
    ),
    "record_deleted": (
        "Bản ghi «{title}» đã bị xóa. Hãy khôi phục trước khi sửa.",
        "Record “{title}” is deleted. Restore it before editing.",
    ),
    "record_not_deleted": ("Bản ghi «{title}» chưa bị xóa.", "Record “{title}” is not deleted."),
    "stale_version": (
        "Bản ghi «{title}» vừa được thay đổi ở nơi khác (phiên bản {actual}, bạn sửa từ {expected}). "
        "Hãy nạp lại rồi sửa tiếp.",
        "Record “{title}” was changed elsewhere (version {actual}, you started from {expected}). "
        "Reload and edit again.",
    ),
    "unknown_field": (
        "Trường «{field}» không có trong {type}. Các trường hợp lệ: {allowed}.",
        "Field “{field}” does not exist in {type}. Valid fields: {allowed}.",
    ),
    "read_only_field": (
        "Trường «{field}» do phần mềm quản lý, không sửa trực tiếp được.",
        "Field “{field}” is managed by the program and cannot be set.",
    ),
    "bad_json": (
        "Dữ liệu JSON không đọc được: {detail}. Hãy kiểm tra dấu ngoặc và dấu phẩy.",
        "The JSON cannot be read: {detail}. Check brackets and commas.",
    ),
    "delete_reason_required": (
        "Hãy ghi lý do xóa.", "Please give a reason for deleting."),
    "undo_create": ("Thêm {what} «{title}»", "Add {what} “{title}”"),
    "undo_update": ("Sửa {what} «{title}»", "Edit {what} “{title}”"),
    "undo_delete": ("Xóa {what} «{title}»", "Delete {what} “{title}”"),
    "undo_restore": ("Khôi phục {what} «{title}»", "Restore {what} “{title}”"),
    "nothing_to_undo": ("Không có thao tác nào để hoàn tác.", "There is nothing to undo."),
    "undo_conflict": (
        "Không hoàn tác được: «{title}» đã được sửa tiếp sau thao tác đó.",
        "Cannot undo: “{title}” was changed again after that action.",
    ),
    "organization_has_records": (
        "Tổ chức «{title}» còn {count} thành viên, người lao động hoặc khoản hỗ trợ. "
        "Khi xóa tổ chức, các bản ghi này cũng được đánh dấu xóa.",
        "Organisation “{title}” still has {count} members, workers or support records; "
        "they will be deleted with it.",
    ),
    # site and database
    "site_not_initialised": (
        "Cơ sở dữ liệu {path} chưa được thiết lập. Hãy chạy «kttt init» hoặc mở chương trình để thiết lập.",
        "Database {path} is not set up. Run “kttt init” or open the program to set it up.",
    ),
    "site_already_initialised": (
        "Cơ sở dữ liệu đã được thiết lập cho {name} ({code}); không thiết lập lại.",
        "The database is already set up for {name} ({code}); it is not set up again.",
    ),
    "bad_unit_code": (
        "Mã đơn vị «{code}» không đúng. Cấp xã dùng mã 5 chữ số trong danh mục hành chính (ví dụ 03433).",
        "Unit code “{code}” is not valid. A commune uses its 5-digit code (e.g. 03433).",
    ),
    "bad_level": (
        "Cấp «{level}» không đúng; hãy chọn commune, district hoặc province.",
        "Level “{level}” is not valid; choose commune, district or province.",
    ),
    "db_newer_version": (
        "Cơ sở dữ liệu do phiên bản mới hơn của phần mềm tạo (lược đồ {found}, phần mềm này hiểu đến {supported}). "
        "Hãy cập nhật phần mềm.",
        "The database was made by a newer version (schema {found}, this program knows up to {supported}). "
        "Please update the software.",
    ),
    "db_not_a_database": (
        "Tệp {path} không phải cơ sở dữ liệu KTTT hoặc đã bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất.",
        "File {path} is not a KTTT database or is damaged. Restore it from the latest backup.",
    ),
    "db_cannot_open": (
        "Không mở được cơ sở dữ liệu {path}: {detail}. Hãy kiểm tra thư mục có ghi được không, "
        "ổ đĩa (USB) còn cắm không.",
        "Cannot open database {path}: {detail}. Check that the folder is writable and the drive is present.",
    ),
    "db_locked": (
        "Cơ sở dữ liệu đang được mở trong một cửa sổ KTTT khác. Hãy dùng cửa sổ đó, "
        "hoặc đóng nó rồi mở lại.",
        "The database is already open in another KTTT window. Use that window, or close it and try again.",
    ),
    "db_busy": (
        "Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Hãy thử lại sau ít phút.",
        "The database is busy (another program is writing). Try again in a moment.",
    ),
    "disk_full": (
        "Ổ đĩa đã đầy, chưa lưu được. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã lưu trước đó vẫn còn nguyên.",
        "The disk is full; nothing was saved. Free some space and try again; saved data is intact.",
    ),
    "demo_needs_empty_site": (
        "Dữ liệu mẫu chỉ điền vào cơ sở dữ liệu chưa có tổ chức nào; {name} đã có dữ liệu. "
        "Hãy dùng một tệp mới (--db).",
        "Demo data only goes into a database with no organisations; {name} already has data. "
        "Use a new file (--db).",
    ),
    # validation (errors block saving)
    "required": ("«{label}» không được để trống.", "“{label}” must not be empty."),
    "bad_code_value": (
        "«{label}»: giá trị «{value}» không có trong danh mục. Hãy chọn một trong: {allowed}.",
        "“{label}”: “{value}” is not in the list. Choose one of: {allowed}.",
    ),
    "bad_date": (
        "«{label}»: «{value}» không phải ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 25/12/2024.",
        "“{label}”: “{value}” is not a valid date. Use day/month/year, e.g. 25/12/2024.",
    ),
    "date_in_future": (
        "«{label}» ({value}) nằm trong tương lai. Hãy kiểm tra lại năm.",
        "“{label}” ({value}) is in the future. Check the year.",
    ),
    "date_order": (
        "«{later}» ({later_value}) phải sau «{earlier}» ({earlier_value}).",
        "“{later}” ({later_value}) must be after “{earlier}” ({earlier_value}).",
    ),
    "bad_money": (
        "«{label}»: «{value}» không phải số tiền. Hãy nhập số nguyên đồng, ví dụ 20.000.000.",
        "“{label}”: “{value}” is not an amount. Enter whole đồng, e.g. 20,000,000.",
    ),
    "negative_money": (
        "«{label}» không được âm.", "“{label}” must not be negative."),
    "bad_int": (
        "«{label}»: «{value}» không phải số nguyên.", "“{label}”: “{value}” is not a whole number."),
    "bad_bool": (
        "«{label}»: «{value}» phải là có/không.", "“{label}”: “{value}” must be yes or no."),
    "bad_commune_code": (
        "Mã xã «{value}» không có trong danh mục đơn vị hành chính. Hãy chọn xã trong danh sách "
        "(mã 5 chữ số, ví dụ 03433).",
        "Commune code “{value}” is not in the catalogue of units. Choose the commune from the list "
        "(5 digits, e.g. 03433).",
    ),
    "ocop_stars_range": (
        "Số sao OCOP phải từ 3 đến 5 (để trống nếu chưa có sản phẩm OCOP).",
        "OCOP stars must be 3 to 5 (leave empty if there is no OCOP product).",
    ),
    "tax_code_format": (
        "Mã số HTX «{value}» phải có 10 chữ số (chi nhánh: 10 chữ số, dấu gạch, 3 chữ số).",
        "Registration code “{value}” must have 10 digits (a branch: 10 digits, a dash, 3 digits).",
    ),
    "tax_code_checksum": (
        "Mã số HTX «{value}» sai chữ số kiểm tra (chữ số thứ 10). Hãy đối chiếu với giấy chứng nhận đăng ký.",
        "Registration code “{value}” has a wrong check digit (10th digit). Compare with the certificate.",
    ),
    "tax_code_duplicate": (
        "Mã số HTX {value} đã dùng cho «{other}». Mỗi tổ chức có một mã số riêng.",
        "Registration code {value} is already used by “{other}”. Each organisation has its own code.",
    ),
    "id_number_format": (
        "Số CCCD/CMND «{value}» không đúng: CCCD có 12 chữ số, CMND cũ có 9 chữ số.",
        "ID number “{value}” is not valid: a citizen ID has 12 digits, an old ID card 9.",
    ),
    "id_number_duplicate": (
        "Số CCCD {value} đã có ở thành viên «{other}» của tổ chức này.",
        "ID number {value} already belongs to member “{other}” of this organisation.",
    ),
    "phone_format": (
        "Số điện thoại «{value}» không đúng: cần 10 chữ số bắt đầu bằng 0 (hoặc dạng +84).",
        "Phone “{value}” is not valid: 10 digits starting with 0 (or the +84 form).",
    ),
    "birth_in_future": (
        "Ngày sinh {value} nằm trong tương lai.", "Date of birth {value} is in the future."),
    "organization_missing": (
        "Không tìm thấy tổ chức {value}. Hãy chọn tổ chức trong danh sách.",
        "Organisation {value} was not found. Choose one from the list.",
    ),
    "organization_is_deleted": (
        "Tổ chức «{other}» đã bị xóa; không thêm được bản ghi vào tổ chức này.",
        "Organisation “{other}” is deleted; records cannot be added to it.",
    ),
    "membership_kind_mismatch": (
        "Thành viên của tổ hợp tác dùng hình thức «Thành viên (tổ hợp tác)»; của HTX/liên hiệp thì chọn "
        "chính thức hoặc liên kết.",
        "Members of a cooperative group use “member”; members of a cooperative are official or associate.",
    ),
    "leave_reason_without_date": (
        "Đã ghi lý do ra khỏi thì hãy ghi cả ngày ra khỏi.",
        "A reason for leaving needs a leaving date too.",
    ),
    # warnings (shown, saving allowed)
    "htx_few_members": (
        "HTX mới có {count} thành viên chính thức; luật yêu cầu ít nhất 5.",
        "The cooperative has {count} official members; the law requires at least 5.",
    ),
    "tht_few_members": (
        "Tổ hợp tác mới có {count} thành viên; cần ít nhất 2.",
        "The cooperative group has {count} members; at least 2 are required.",
    ),
    "lhhtx_few_members": (
        "Liên hiệp HTX mới có {count} thành viên; thường cần ít nhất 3 HTX.",
        "The union has {count} members; at least 3 cooperatives are usual.",
    ),
    "capital_share_high": (
        "Vốn góp {share}% vốn điều lệ, vượt mức tối đa {limit}% cho một thành viên.",
        "The contribution is {share}% of charter capital, above the {limit}% limit for one member.",
    ),
    "cccd_gender_mismatch": (
        "Số CCCD cho biết giới tính {cccd_gender}, nhưng hồ sơ ghi {gender}. Hãy kiểm tra lại.",
        "The citizen ID says {cccd_gender}, but the record says {gender}. Please check.",
    ),
    "cccd_year_mismatch": (
        "Số CCCD cho biết năm sinh {cccd_year}, nhưng ngày sinh ghi năm {year}. Hãy kiểm tra lại.",
        "The citizen ID says birth year {cccd_year}, but the date of birth says {year}. Please check.",
    ),
    "official_member_under_18": (
        "Thành viên chính thức là cá nhân phải đủ 18 tuổi; người này mới {age} tuổi.",
        "An official individual member must be 18 or older; this person is {age}.",
    ),
}


def set_language(lang: str) -> None:
    """Choose the language of messages for this process (the window's setting, or --lang)."""
    global _language
    _language = "en" if lang == "en" else "vi"


def language() -> str:
    return _language


def render(code: str, lang: str | None = None, /, **params: Any) -> str:
    """The sentence for `code`; an unknown code still says something useful."""
    texts = CATALOGUE.get(code)
    if texts is None:
        return f"{code}: {params}" if params else code
    template = texts[1] if (lang or _language) == "en" else texts[0]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
