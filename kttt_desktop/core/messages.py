"""The message catalogue: every sentence core can say, in Vietnamese and English.

Codes are stable (scripts may match on them); texts may be improved freely. Parameters are
filled with `str.format`, so a text names exactly what is wrong and what to do.
"""

from __future__ import annotations

from typing import Any, TypeVar

from kttt_desktop.core.catalogues.attention import ATTENTION_MESSAGES
from kttt_desktop.core.catalogues.mirror import MIRROR_MESSAGES
from kttt_desktop.core.catalogues.reports import REPORT_MESSAGES
from kttt_desktop.core.catalogues.sync import SYNC_MESSAGES
from kttt_desktop.core.catalogues.xlsx_import import IMPORT_MESSAGES
from kttt_desktop.core.catalogues.year_report import YEAR_REPORT_MESSAGES

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
    "record_already_deleted": (
        "Bản ghi «{title}» đã bị xóa rồi. Muốn dùng lại bản ghi này, hãy khôi phục nó.",
        "Record “{title}” is already deleted. To use it again, restore it.",
    ),
    "restore_organization_first": (
        "«{title}» thuộc tổ chức «{organization}», tổ chức này đang bị xóa. "
        "Hãy khôi phục tổ chức trước (những bản ghi bị xóa cùng tổ chức sẽ được khôi phục theo).",
        "“{title}” belongs to “{organization}”, which is deleted. Restore the organisation first "
        "(the records deleted with it come back with it).",
    ),
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
    # JSON that does not parse: where, and what to check there (never the parser's own words)
    "bad_json_unclosed_string": (
        "Dữ liệu JSON không đọc được ở dòng {line}, cột {column}: một đoạn chữ mở dấu nháy kép \" mà "
        "chưa đóng. Hãy thêm dấu \" ở cuối đoạn chữ.",
        "The JSON cannot be read at line {line}, column {column}: a text opens a double quote \" that "
        "is never closed. Add the closing \".",
    ),
    "bad_json_control_character": (
        "Dữ liệu JSON không đọc được ở dòng {line}, cột {column}: đoạn chữ có ký tự điều khiển (như "
        "xuống dòng hoặc tab). Hãy viết \\n thay cho xuống dòng, \\t thay cho tab.",
        "The JSON cannot be read at line {line}, column {column}: a text holds a control character "
        "(such as a line break or a tab). Write \\n for a line break, \\t for a tab.",
    ),
    "bad_json_escape": (
        "Dữ liệu JSON không đọc được ở dòng {line}, cột {column}: dấu \\ trong đoạn chữ chỉ được "
        "dùng như \\\", \\\\, \\n, \\t hoặc \\uXXXX. Muốn ghi dấu \\ thì viết \\\\.",
        "The JSON cannot be read at line {line}, column {column}: a \\ inside a text may only start "
        "\\\", \\\\, \\n, \\t or \\uXXXX. Write \\\\ for a backslash.",
    ),
    "bad_json_name": (
        "Dữ liệu JSON không đọc được ở dòng {line}, cột {column}: cần tên trường đặt trong dấu nháy "
        "kép, ví dụ \"name\"; cũng có thể có dấu phẩy thừa trước dấu }}.",
        "The JSON cannot be read at line {line}, column {column}: a field name in double quotes is "
        "expected, e.g. \"name\"; there may also be a stray comma before }}.",
    ),
    "bad_json_colon": (
        "Dữ liệu JSON không đọc được ở dòng {line}, cột {column}: thiếu dấu hai chấm : giữa tên "
        "trường và giá trị.",
        "The JSON cannot be read at line {line}, column {column}: a colon : is missing between a "
        "field name and its value.",
    ),
    "bad_json_comma": (
        "Dữ liệu JSON không đọc được ở dòng {line}, cột {column}: thiếu dấu phẩy giữa hai mục, hoặc "
        "thiếu dấu ngoặc đóng }} hay ].",
        "The JSON cannot be read at line {line}, column {column}: a comma between two entries, or a "
        "closing }} or ], is missing.",
    ),
    "bad_json_value": (
        "Dữ liệu JSON không đọc được ở dòng {line}, cột {column}: thiếu giá trị hoặc giá trị viết "
        "sai. Chữ đặt trong dấu nháy kép (\"HTX Chè\"), số viết liền (1500000), còn true, false, "
        "null viết thường.",
        "The JSON cannot be read at line {line}, column {column}: a value is missing or malformed. "
        "Put text in double quotes (\"HTX Chè\"), write numbers plainly (1500000), and true, false, "
        "null in lower case.",
    ),
    "bad_json_extra": (
        "Dữ liệu JSON không đọc được ở dòng {line}, cột {column}: có phần thừa sau dấu ngoặc đóng "
        "cuối cùng. Hãy bỏ phần đó.",
        "The JSON cannot be read at line {line}, column {column}: something follows the last closing "
        "bracket. Remove it.",
    ),
    "bad_json_trailing_comma": (
        "Dữ liệu JSON không đọc được ở dòng {line}, cột {column}: dấu phẩy thừa ngay trước dấu "
        "ngoặc đóng. Hãy bỏ dấu phẩy đó.",
        "The JSON cannot be read at line {line}, column {column}: a stray comma before a closing "
        "bracket. Remove that comma.",
    ),
    "bad_json_syntax": (
        "Dữ liệu JSON không đọc được ở dòng {line}, cột {column}. Hãy kiểm tra dấu ngoặc, dấu phẩy "
        "và dấu nháy kép ở chỗ đó.",
        "The JSON cannot be read at line {line}, column {column}. Check the brackets, commas and "
        "double quotes there.",
    ),
    "no_file_matches": (
        "Không có tệp nào khớp «{pattern}». Hãy kiểm tra tên thư mục và tên tệp "
        "(dấu * thay cho nhiều ký tự bất kỳ, dấu ? cho một ký tự).",
        "No file matches “{pattern}”. Check the folder and file names "
        "(* stands for any characters, ? for one).",
    ),
    "too_many_files_match": (
        "«{pattern}» khớp với {count} tệp ({names}); ở đây chỉ nhận một tệp. Hãy ghi rõ tên tệp cần dùng.",
        "“{pattern}” matches {count} files ({names}); only one file is taken here. Name the file to use.",
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
        "Cấp «{level}» không đúng; hãy chọn commune (xã), district (khu vực gộp nhiều xã) hoặc province (tỉnh).",
        "Level “{level}” is not valid; choose commune, district (an area of several communes) or province.",
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
    "work_cancelled": (
        "Đã dừng theo yêu cầu; chưa ghi gì. Hãy làm lại khi cần.",
        "Stopped as asked; nothing was written. Do it again when needed.",
    ),
    "db_locked": (
        "Cơ sở dữ liệu đang được mở trong một cửa sổ KTTT khác. Hãy dùng cửa sổ đó, "
        "hoặc đóng nó rồi mở lại.",
        "The database is already open in another KTTT window. Use that window, or close it and try again.",
    ),
    "db_open_in_window": (
        "Cơ sở dữ liệu {path} đang được mở trong cửa sổ KTTT Desktop, nên chưa khôi phục được. "
        "Hãy đóng cửa sổ đó rồi chạy lại lệnh, hoặc khôi phục ngay trong cửa sổ "
        "(Tệp › Khôi phục từ bản sao lưu…).",
        "The database {path} is open in the KTTT Desktop window, so it was not restored. Close "
        "that window and run the command again, or restore from the window (File › Restore from a "
        "backup…).",
    ),
    "file_in_use": (
        "Tệp {path} đang được một chương trình khác mở (có thể là phần mềm diệt virus, Excel hoặc "
        "một cửa sổ KTTT khác), nên chưa thay hoặc xóa được. Hãy đóng chương trình đó, chờ một "
        "lát rồi thử lại.",
        "The file {path} is open in another program (an antivirus, Excel or another KTTT window), "
        "so it could not be replaced or deleted. Close that program, wait a moment and try again.",
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
    # sync packages and keys
    "keys_invalid": (
        "Khóa mã hóa không hợp lệ ({detail}). Hãy xin cấp trên gửi lại tệp thiết lập.",
        "The encryption keys are not valid ({detail}). Ask the upper level to send the setup file again.",
    ),
    "package_not_found": (
        "Không tìm thấy tệp {path}. Hãy kiểm tra USB còn cắm rồi chọn lại tệp.",
        "File {path} was not found. Check that the USB stick is plugged in and choose the file again.",
    ),
    "package_cannot_read": (
        "Không đọc được tệp {path}: {detail}. Chưa nhập gì. Hãy kiểm tra USB còn cắm, "
        "chép tệp vào máy rồi thử lại.",
        "Cannot read file {path}: {detail}. Nothing was imported. Check the USB stick, "
        "copy the file to this computer and try again.",
    ),
    "package_write_failed": (
        "Không ghi được gói {path}: {detail}. Hãy kiểm tra thư mục (hoặc USB) ghi được và còn chỗ trống, "
        "rồi xuất lại.",
        "Cannot write package {path}: {detail}. Check that the folder (or USB stick) is writable "
        "and has free space, then export again.",
    ),
    "package_too_large": (
        "Tệp {file} lớn bất thường (vượt giới hạn {limit}); đã từ chối để bảo vệ máy, chưa nhập gì. "
        "Hãy kiểm tra đã chọn đúng tệp gói đồng bộ, hoặc xin đơn vị gửi xuất lại gói.",
        "File {file} is abnormally large (over the {limit} limit); it was refused to protect this "
        "computer and nothing was imported. Check that you chose the right sync package, or ask "
        "the sender to export it again.",
    ),
    "package_corrupt": (
        "Tệp {file} bị hỏng hoặc chưa chép hết (ví dụ rút USB khi đang chép); chưa nhập gì. "
        "Hãy chép lại tệp từ nơi gửi, hoặc xin đơn vị gửi xuất lại gói.",
        "File {file} is damaged or was not copied completely (e.g. the USB stick was pulled out "
        "while copying); nothing was imported. Copy the file again, or ask the sender to export it again.",
    ),
    "package_unsafe": (
        "Tệp {file} có nội dung lạ, không đúng cấu trúc gói đồng bộ KTTT (có thể là tệp giả mạo); "
        "đã từ chối để an toàn, chưa nhập gì. Đừng mở tệp này bằng chương trình khác; "
        "hãy xin đơn vị gửi xuất lại gói.",
        "File {file} contains unexpected content and is not shaped like a KTTT sync package (it may be "
        "forged); it was refused for safety and nothing was imported. Do not open it with other "
        "programs; ask the sender to export the package again.",
    ),
    "package_not_a_package": (
        "Tệp {file} không phải gói đồng bộ KTTT. Hãy chọn đúng tệp gói nhận được "
        "(tệp do phần mềm KTTT xuất ra).",
        "File {file} is not a KTTT sync package. Choose the package file you received "
        "(a file exported by the KTTT program).",
    ),
    "package_newer_format": (
        "Gói {file} được tạo bằng phiên bản phần mềm mới hơn (định dạng {version}, phần mềm này "
        "đọc được đến {supported}); chưa nhập gì. Hãy cập nhật phần mềm rồi nhập lại gói.",
        "Package {file} was made by a newer version of the program (format {version}, this program "
        "reads up to {supported}); nothing was imported. Please update the software, then import again.",
    ),
    "package_wrong_receiver": (
        "Gói {file} gửi cho đơn vị mã {receiver}, không phải đơn vị của bạn (mã {ours}); chưa nhập gì. "
        "Hãy kiểm tra tệp có đúng là gửi cho đơn vị mình không, hoặc chuyển tệp cho đơn vị {receiver}.",
        "Package {file} is addressed to unit {receiver}, not to your unit ({ours}); nothing was "
        "imported. Check that the file was meant for you, or pass it on to unit {receiver}.",
    ),
    "package_unknown_sender": (
        "Gói {file} ghi là do đơn vị mã {sender} gửi, nhưng máy này chưa có khóa của đơn vị đó; "
        "chưa nhập gì. Hãy kiểm tra tệp có đúng từ xã/đơn vị cần nhận không; nếu đúng, hãy nhập "
        "tệp thiết lập (khóa) của đơn vị {sender} trước.",
        "Package {file} says it comes from unit {sender}, but this computer has no key for that unit; "
        "nothing was imported. Check that the file came from the right commune or unit; if it did, "
        "import that unit's setup file (keys) first.",
    ),
    "package_bad_signature": (
        "Chữ ký của gói {file} không đúng: tệp đã bị sửa đổi hoặc không phải do đơn vị {sender} tạo ra. "
        "Chưa nhập gì. Hãy xin đơn vị {sender} xuất và gửi lại gói; nếu vẫn lỗi, hãy gọi điện "
        "đối chiếu mã xác nhận khóa.",
        "The signature of package {file} is wrong: the file was altered or was not made by unit {sender}. "
        "Nothing was imported. Ask unit {sender} to export and send the package again; if this "
        "happens again, compare the key fingerprints by phone.",
    ),
    "package_wrong_key": (
        "Gói {file} được mã hóa cho một khóa khác của đơn vị bạn (có thể máy đã cài lại và tạo khóa mới); "
        "chưa nhập gì. Hãy gửi khóa hiện tại của đơn vị mình cho đơn vị {sender} (đối chiếu mã xác nhận "
        "qua điện thoại) rồi xin họ xuất lại gói.",
        "Package {file} was encrypted for another key of your unit (perhaps this computer was "
        "reinstalled and made new keys); nothing was imported. Send your unit's current keys to unit "
        "{sender} (check the fingerprint by phone) and ask them to export the package again.",
    ),
    # backups
    "backup_failed": (
        "Không ghi được bản sao lưu vào {path}: {detail}. Hãy kiểm tra USB còn cắm, còn chỗ trống "
        "và không bị khóa ghi.",
        "Could not write the backup to {path}: {detail}. Check that the drive is present, has space "
        "and is writable.",
    ),
    "backup_not_found": ("Không thấy tệp sao lưu {path}. Hãy chọn đúng tệp.",
                         "Backup file {path} was not found. Choose the right file."),
    "backup_damaged": (
        "Tệp {path} không phải bản sao lưu KTTT còn nguyên vẹn; không khôi phục. Hãy chọn bản sao lưu khác.",
        "File {path} is not an intact KTTT backup; nothing was restored. Choose another backup.",
    ),
    "backup_other_site": (
        "Bản sao lưu là của {name} ({code}), không phải của {own}; không khôi phục để tránh lẫn dữ liệu. "
        "Hãy chọn bản sao lưu của đơn vị mình.",
        "The backup belongs to {name} ({code}), not to {own}; nothing was restored. Choose your own "
        "unit's backup.",
    ),
    "backup_other_keys": (
        "Bản sao lưu của {name} mang khóa đồng bộ khác với khóa đơn vị đang dùng (mã nhận dạng {found}, "
        "đang dùng {own}); khôi phục sẽ làm cấp trên không nhận ra các gói của đơn vị nên không khôi phục. "
        "Hãy chọn bản sao lưu làm sau lần nhận tệp thiết lập gần nhất.",
        "The backup of {name} carries other sync keys than the unit uses now (fingerprint {found}, in use "
        "{own}); restoring it would make the upper level reject the unit's packages, so nothing was "
        "restored. Choose a backup made after the latest set-up file.",
    ),
    "backup_checksum_mismatch": (
        "Tệp {path} không còn giống lúc sao lưu (mã kiểm tra SHA-256 ghi kèm không khớp): tệp đã bị sửa "
        "hoặc hỏng khi chép. Không khôi phục; hãy chọn bản sao lưu khác.",
        "File {path} is no longer what was backed up (the SHA-256 checksum written with it does not "
        "match): it was altered or damaged in copying. Nothing was restored; choose another backup.",
    ),
    "backup_unverified": (
        "Bản sao lưu {path} không có tệp mã kiểm tra (.sha256) đi kèm (do phiên bản cũ tạo, hoặc chỉ chép "
        "riêng tệp .sqlite). Tệp đã qua kiểm tra toàn vẹn và cấu trúc; hãy chắc chắn đây đúng là bản sao "
        "lưu của đơn vị mình.",
        "Backup {path} has no checksum file (.sha256) beside it (made by an earlier version, or the .sqlite "
        "file was copied alone). It passed the integrity and structure checks; make sure it is really "
        "your unit's backup.",
    ),
    "backup_schema_mismatch": (
        "Tệp {path} có cấu trúc dữ liệu khác với cấu trúc của phần mềm ({detail}); có thể tệp đã bị sửa "
        "bằng công cụ khác. Không khôi phục; hãy chọn bản sao lưu khác.",
        "File {path} has another data structure than the program's ({detail}); it may have been altered "
        "with another tool. Nothing was restored; choose another backup.",
    ),
    "backup_needs_password": (
        "Tệp {path} là bản sao lưu có mật khẩu. Hãy nhập mật khẩu đã đặt khi sao lưu.",
        "File {path} is a password-protected backup. Enter the password set when it was made.",
    ),
    "backup_wrong_password": (
        "Mật khẩu không đúng (hoặc tệp {path} đã bị hỏng); chưa khôi phục gì. Hãy nhập lại đúng mật khẩu "
        "đã đặt khi sao lưu.",
        "Wrong password (or file {path} is damaged); nothing was restored. Enter the password set when the "
        "backup was made.",
    ),
    "backup_password_too_short": (
        "Mật khẩu cần ít nhất {min} ký tự. Hãy đặt mật khẩu dài hơn và ghi lại ở nơi an toàn, tách khỏi USB.",
        "The password needs at least {min} characters. Choose a longer one and keep it somewhere safe, "
        "apart from the USB stick.",
    ),
    "backup_passwords_differ": (
        "Hai lần nhập mật khẩu không giống nhau. Hãy nhập lại.",
        "The two passwords typed differ. Type them again.",
    ),
    "backup_password_file": (
        "Không đọc được tệp mật khẩu {path}: {detail}. Tệp cần có mật khẩu ở dòng đầu.",
        "Cannot read the password file {path}: {detail}. The password goes on its first line.",
    ),
    # sync between levels
    "setup_not_upper": (
        "{name} là cấp xã; chỉ cấp tỉnh hoặc khu vực (gộp nhiều xã) mới tạo tệp thiết lập cho cấp dưới.",
        "{name} is a commune; only a province or an area (several communes) makes set-up files for lower sites.",
    ),
    "setup_file_bad": (
        "Tệp thiết lập {path} không đọc được, không đầy đủ hoặc đã bị sửa. Hãy xin cấp trên gửi lại tệp.",
        "Set-up file {path} cannot be read, is incomplete or was altered. Ask the upper level for it again.",
    ),
    "setup_file_other_site": (
        "Tệp thiết lập dành cho đơn vị {code}, nhưng cơ sở dữ liệu này là của đơn vị {own}. "
        "Hãy dùng đúng tệp của đơn vị mình.",
        "The set-up file is for unit {code}, but this database belongs to unit {own}. Use your own unit's file.",
    ),
    "sync_no_peer": (
        "Chưa có đơn vị nhận «{code}». Cấp xã cần bắt đầu từ tệp thiết lập của cấp trên; cấp trên gửi "
        "xuống cho đơn vị đã có tệp thiết lập.",
        "There is no receiving unit “{code}”. A commune starts from its upper level's set-up file; an upper "
        "level sends to units it made set-up files for.",
    ),
    "already_imported": ("Gói này đã nhập trước đó; không có gì thay đổi.",
                                 "This package was already imported; nothing changed."),
    "package_held": (
        "Gói đến trước gói số {missing}; đã tạm giữ và sẽ tự nhập khi gói còn thiếu đến. "
        "Hãy gửi biên nhận để nơi gửi xuất lại phần còn thiếu.",
        "This package came before package {missing}; it is held and will be imported when the missing "
        "one arrives. Send the receipt so the sender exports what is missing.",
    ),
    "package_bad_reference": (
        "Phần chỉ tiêu, dân số trong gói không đọc được; gói không được nhập. "
        "Hãy đề nghị cấp trên xuất lại gói bằng phiên bản phần mềm mới nhất.",
        "The targets and population in the package cannot be read; the package was not imported. "
        "Ask the upper level to export it again with the latest version of the program.",
    ),
    "sync_out_not_folder": (
        "«{path}» không phải là thư mục. Khi xuất cho tất cả cấp dưới, --out phải là một thư mục có sẵn.",
        "“{path}” is not a folder. When exporting for all lower sites, --out must be an existing folder.",
    ),
    "sync_no_lower_peer": (
        "Chưa có đơn vị cấp dưới nào. Hãy tạo tệp thiết lập cho từng xã trước (Đồng bộ → Tạo tệp thiết lập).",
        "There are no lower sites yet. Create a set-up file for each commune first (Sync → Create set-up file).",
    ),
    "package_counts_mismatch": (
        "Số bản ghi trong gói không khớp với số gói khai báo; không nhập gì. Hãy xin nơi gửi xuất lại gói.",
        "The records in the package do not match what it declares; nothing was imported. Ask for a new export.",
    ),
    "conflict_not_found": ("Không có xung đột số {id} đang chờ giải quyết.",
                           "There is no open conflict number {id}."),
    "conflict_bad_choice": ("Hãy chọn mine (giữ giá trị của đơn vị này) hoặc theirs (lấy giá trị nhận được).",
                            "Choose mine (keep this site's value) or theirs (take the incoming value)."),
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
    "impossible_date": (
        "Ngày {value} không có thật: tháng {month} năm {year} chỉ có {days} ngày. Hãy sửa lại «{label}».",
        "There is no {value}: month {month} of {year} has only {days} days. Please correct “{label}”.",
    ),
    "impossible_month": (
        "Ngày {value} không có thật: một năm chỉ có 12 tháng. Hãy sửa lại «{label}» (ngày/tháng/năm).",
        "There is no {value}: a year has only 12 months. Please correct “{label}” (day/month/year).",
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
    "number_too_large": (
        "«{label}»: số quá lớn; tối đa là {limit}. Hãy kiểm tra lại số chữ số.",
        "“{label}”: the number is too large; at most {limit}. Check the number of digits."),
    "bad_text": (
        "«{label}» phải là chữ, không phải «{value}».", "“{label}” must be text, not “{value}”."),
    "text_too_long": (
        "«{label}» dài {length} ký tự, quá giới hạn {limit}. Hãy rút gọn.",
        "“{label}” has {length} characters, more than the limit of {limit}. Shorten it."),
    "text_control_characters": (
        "«{label}» chứa ký tự điều khiển (ký tự ẩn, không in ra được). Hãy gõ lại nội dung này.",
        "“{label}” holds control characters (hidden, unprintable characters). Type it again."),
    "bad_record_id": (
        "«{label}»: «{value}» không phải mã bản ghi (32 chữ số hệ mười sáu).",
        "“{label}”: “{value}” is not a record id (32 hexadecimal digits)."),
    "bad_bool": (
        "«{label}»: «{value}» phải là có/không.", "“{label}”: “{value}” must be yes or no."),
    "commune_code_elsewhere": (
        "Tổ chức đặt ở {value}, không thuộc {site}: xã chỉ theo dõi các tổ chức có trụ sở trên địa bàn. "
        "Hãy chọn {site} (hoặc xã cũ nay thuộc {site}); tổ chức của xã khác do xã đó nhập.",
        "The organisation is placed in {value}, not in {site}: a commune follows the organisations based "
        "on its territory. Choose {site} (or a former commune now part of it); another commune enters its own.",
    ),
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
    "partner_tax_code_format": (
        "Mã số thuế «{value}» phải có 10 chữ số (chi nhánh: 10 chữ số, dấu gạch, 3 chữ số).",
        "Tax code “{value}” must have 10 digits (a branch: 10 digits, a dash, 3 digits).",
    ),
    "partner_tax_code_checksum": (
        "Mã số thuế «{value}» sai chữ số kiểm tra (chữ số thứ 10). Hãy đối chiếu với hợp đồng "
        "hoặc giấy chứng nhận đăng ký doanh nghiệp của đối tác.",
        "Tax code “{value}” has a wrong check digit (10th digit). Compare with the contract or the "
        "partner's business registration certificate.",
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
    "loan_not_credit": (
        "Chỉ khoản thuộc nhóm chính sách «Tín dụng» mới có thể là khoản vay. Hãy chọn nhóm «Tín dụng» "
        "hoặc bỏ đánh dấu «Là khoản vay».",
        "Only a support of the “Credit” category can be a loan. Choose the “Credit” category or "
        "clear “Is a loan”.",
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
    "member_under_18_when_joined": (
        "Thành viên chính thức hoặc liên kết góp vốn là cá nhân phải đủ 18 tuổi khi gia nhập; "
        "ngày {joined_on} người này mới {age} tuổi. Hãy kiểm tra ngày sinh và ngày gia nhập.",
        "An individual official or capital-contributing member must be 18 or older on joining; on "
        "{joined_on} this person was {age}. Check the date of birth and the join date.",
    ),
    "associate_no_capital_with_capital": (
        "Thành viên liên kết không góp vốn lại có số vốn góp. Hãy sửa hình thức thành viên "
        "(liên kết góp vốn) hoặc xóa số vốn.",
        "An associate member without capital has a capital amount. Change the membership "
        "(associate contributing capital) or clear the amount.",
    ),
    "union_member_not_cooperative": (
        "Thành viên chính thức của liên hiệp hợp tác xã phải là hợp tác xã (pháp nhân). Hãy chọn "
        "loại thành viên «Pháp nhân» và hợp tác xã tương ứng, hoặc ghi là thành viên liên kết.",
        "An official member of a union of cooperatives must be a cooperative (a legal entity). "
        "Choose the member kind “Legal entity” and the cooperative, or record an associate member.",
    ),
    "member_organization_itself": (
        "Một tổ chức không thể là thành viên của chính nó.",
        "An organisation cannot be a member of itself.",
    ),
    "status_unregistered_not_tht": (
        "Chỉ tổ hợp tác mới có tình trạng «Chưa đăng ký»; hợp tác xã và liên hiệp đã đăng ký khi "
        "thành lập. Hãy chọn tình trạng khác.",
        "Only a cooperative group can be “Not registered”; cooperatives and unions are registered "
        "when founded. Choose another status.",
    ),
    "number_out_of_range": (
        "«{label}»: {value} nằm ngoài khoảng cho phép ({minimum}–{maximum}).",
        "“{label}”: {value} is outside the allowed range ({minimum}–{maximum}).",
    ),
    "annual_report_year_taken": (
        "«{organization}» đã có kết quả hoạt động năm {year}. Hãy mở bản đó để sửa thay vì "
        "thêm bản thứ hai.",
        "“{organization}” already has results for {year}. Open that record to edit it instead of "
        "adding a second one.",
    ),
    "annual_report_future_year": (
        "Năm {year} chưa bắt đầu. Hãy nhập kết quả của một năm đã qua hoặc năm nay.",
        "The year {year} has not begun. Enter the results of a past year or of this year.",
    ),
    "rating_score_band": (
        "Điểm {score} thuộc loại «{expected}», nhưng xếp loại ghi «{rating}». Hãy kiểm tra lại "
        "(Tốt 80–100, Khá 65–dưới 80, Trung bình 50–dưới 65, Yếu dưới 50).",
        "A score of {score} is “{expected}”, but the rating says “{rating}”. Please check "
        "(Good 80–100, Fair 65–<80, Average 50–<65, Weak <50).",
    ),
    "rating_under_12_months": (
        "Tổ chức đăng ký ngày {registered}, hoạt động chưa đủ 12 tháng trong năm {year}: "
        "thường ghi «Chưa xếp loại».",
        "The organisation was registered on {registered} and operated under 12 months in {year}: "
        "it is usually “Not rated”.",
    ),
    "internal_above_revenue": (
        "Giao dịch nội bộ với thành viên lớn hơn doanh thu. Hãy kiểm tra lại hai số này.",
        "Internal transactions with members exceed revenue. Please check both figures.",
    ),
    "overdue_above_debt": (
        "Nợ quá hạn lớn hơn tổng nợ phải trả. Hãy kiểm tra lại hai số này.",
        "Overdue debt exceeds total liabilities. Please check both figures.",
    ),
    "regular_above_total_workers": (
        "Số lao động làm việc thường xuyên không thể lớn hơn tổng số lao động.",
        "Regular workers cannot outnumber all workers.",
    ),
    "manager_post_empty": (
        "Hợp tác xã đang hoạt động nhưng hôm nay không có ai giữ chức «{post}». Hãy ghi người giữ "
        "chức này ở thẻ Cán bộ quản lý.",
        "The cooperative is operating but nobody holds the post “{post}” today. Record who holds it "
        "on the Managers tab.",
    ),
    "manager_post_taken": (
        "Trong cùng thời gian, «{other}» cũng giữ chức «{post}». Hãy ghi ngày thôi giữ chức của "
        "người trước.",
        "“{other}” holds the post “{post}” during the same time. Enter the day the earlier one left it.",
    ),
    "manager_tht_leader_not_tht": (
        "Chức «Tổ trưởng tổ hợp tác» chỉ có ở tổ hợp tác. Hãy chọn chức danh khác.",
        "The post “Leader of the cooperative group” exists only in a cooperative group. Choose another post.",
    ),
    "training_who": (
        "Hãy ghi tên người học (hoặc chọn cán bộ quản lý đã học).",
        "Enter the trainee's name (or choose the manager who attended).",
    ),
    "ocop_stars_missing": (
        "Có quyết định hoặc ngày công nhận OCOP thì phải ghi hạng sao (3, 4 hoặc 5).",
        "An OCOP decision or date needs its stars (3, 4 or 5).",
    ),
    "ocop_date_missing": (
        "Chưa có ngày công nhận OCOP: không biết chứng nhận còn hạn hay không. Hãy ghi ngày công "
        "nhận và ngày hết hạn.",
        "No OCOP certification date: nobody can tell whether it is still valid. Enter the dates.",
    ),
    "interest_rate_format": (
        "Lãi suất «{value}» không đọc được. Hãy ghi số phần trăm một năm, ví dụ 6,5.",
        "Interest rate “{value}” cannot be read. Enter percent per year, e.g. 6.5.",
    ),
    "loan_outstanding_above_amount": (
        "Dư nợ lớn hơn số tiền vay. Hãy kiểm tra lại hai số này.",
        "The outstanding balance exceeds the amount lent. Please check both figures.",
    ),
    "loan_overdue_above_outstanding": (
        "Nợ quá hạn lớn hơn dư nợ. Hãy kiểm tra lại hai số này.",
        "Overdue exceeds the outstanding balance. Please check both figures.",
    ),
}


# Every catalogue registered, by area: `texts` reads them all through CATALOGUE.
CATALOGUES: dict[str, dict[str, tuple[str, str]]] = {"core": dict(CATALOGUE)}


def register(area: str, catalogue: dict[str, tuple[str, str]]) -> None:
    """Add an area's sentences (kept in `core/catalogues/`) to the one catalogue `texts` reads."""
    clash = CATALOGUE.keys() & catalogue.keys()
    assert not clash, f"message codes defined twice: {sorted(clash)}"
    CATALOGUES[area] = catalogue
    CATALOGUE.update(catalogue)


register("xlsx_import", IMPORT_MESSAGES)
register("reports", REPORT_MESSAGES)
register("sync", SYNC_MESSAGES)
register("attention", ATTENTION_MESSAGES)
register("year_report", YEAR_REPORT_MESSAGES)
register("mirror", MIRROR_MESSAGES)


def set_language(lang: str) -> None:
    """Choose the language of messages for this process (the window's setting, or --lang)."""
    global _language
    _language = "en" if lang == "en" else "vi"


def language() -> str:
    return _language


_T = TypeVar("_T")


def pick_language(pair: tuple[_T, _T], lang: str | None = None) -> _T:
    """The English half of a (Vietnamese, English) pair for "en", else the Vietnamese one;
    no `lang` means the process's language. Every bilingual table of core chooses through here."""
    return pair[1] if (lang or _language) == "en" else pair[0]


def texts(key: str, lang: str | None = None, /, **params: Any) -> str:
    """The sentence for `key` in `lang` (the process's language if None), parameters filled;
    an unknown key still says something useful."""
    pair = CATALOGUE.get(key)
    if pair is None:
        return f"{key}: {params}" if params else key
    template = pick_language(pair, lang)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template

