"""Sentences of the Excel template and import (merged into core.messages.CATALOGUE).

Kept free of imports so the catalogue can load it without cycles.
"""

from __future__ import annotations

IMPORT_MESSAGES: dict[str, tuple[str, str]] = {
    # the file and its sheets
    "import_unreadable": (
        "Không đọc được tệp Excel «{path}» ({reason}). Hãy kiểm tra tệp có đúng dạng .xlsx (Excel 2007 trở "
        "lên) và không đang bị khóa; tệp .xls cũ hãy mở bằng Excel rồi lưu lại dạng .xlsx.",
        "Cannot read the Excel file “{path}” ({reason}). Check that it is an .xlsx file (Excel 2007 or "
        "later) and not locked; open an old .xls file in Excel and save it as .xlsx.",
    ),
    "import_old_xls": (
        "Tệp «{path}» là dạng Excel cũ (.xls, Excel 97-2003); chương trình chỉ nhập được tệp .xlsx. Hãy mở "
        "tệp bằng Excel, chọn Tệp → Lưu thành, ở «Kiểu tệp» chọn «Sổ làm việc Excel (*.xlsx)», lưu lại rồi "
        "nhập tệp .xlsx vừa lưu.",
        "“{path}” is an old Excel file (.xls, Excel 97-2003); only .xlsx files can be imported. Open it in "
        "Excel, choose File → Save As, pick “Excel Workbook (*.xlsx)” as the file type, save, and import the "
        "new .xlsx file.",
    ),
    "import_not_xlsx": (
        "Tệp «{path}» không phải tệp Excel .xlsx nên không nhập được. Hãy chọn đúng tệp danh sách; nếu danh "
        "sách đang ở dạng khác (.ods, .csv…), hãy mở bằng Excel hoặc LibreOffice rồi lưu lại dạng «Sổ làm "
        "việc Excel (*.xlsx)» và nhập tệp đó.",
        "“{path}” is not an Excel .xlsx file, so it cannot be imported. Choose the right list; if the list "
        "is in another format (.ods, .csv…), open it in Excel or LibreOffice, save it as “Excel Workbook "
        "(*.xlsx)” and import that file.",
    ),
    "import_damaged": (
        "Tệp Excel «{path}» bị hỏng, không đọc được (có thể chép từ USB hoặc tải về chưa xong). Hãy chép "
        "lại tệp từ nơi gửi; nếu Excel vẫn mở được tệp, hãy lưu lại thành tệp .xlsx mới rồi nhập tệp đó.",
        "The Excel file “{path}” is damaged and cannot be read (perhaps copied from a USB stick or "
        "downloaded only in part). Copy it again from the sender; if Excel still opens it, save it as a new "
        ".xlsx file and import that one.",
    ),
    "import_password": (
        "Tệp Excel «{path}» có mật khẩu mở nên không đọc được. Hãy mở tệp bằng Excel, bỏ mật khẩu (Tệp → "
        "Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nhập.",
        "The Excel file “{path}” has a password to open, so it cannot be read. Open it in Excel, remove the "
        "password (File → Info → Protect Workbook → Encrypt with Password, clear it), save and import again.",
    ),
    "import_locked": (
        "Không mở được tệp «{path}»: tệp đang bị chương trình khác giữ hoặc không được phép đọc. Hãy đóng "
        "tệp trong Excel rồi nhập lại.",
        "Cannot open “{path}”: another program holds it, or it may not be read. Close it in Excel and "
        "import again.",
    ),
    "import_file_too_large": (
        "Tệp «{path}» quá lớn để nhập ({size} MB; mỗi lần nhập tối đa {limit} MB). Hãy chia danh sách "
        "thành nhiều tệp nhỏ hơn rồi nhập lần lượt.",
        "File “{path}” is too large to import ({size} MB; at most {limit} MB at a time). Split the list "
        "into smaller files and import them one after the other.",
    ),
    "import_unpacked_too_large": (
        "Tệp «{path}» khi giải nén lớn bất thường (phần {part}: {size} MB, tối đa {limit} MB) nên không "
        "nhập. Nếu đây đúng là danh sách của đơn vị, hãy mở bằng Excel, xóa các dòng, cột thừa rồi lưu lại; "
        "danh sách lớn hãy chia thành nhiều tệp.",
        "File “{path}” unpacks to an unusually large size (part {part}: {size} MB, at most {limit} MB), so "
        "it was not imported. If it is really your list, open it in Excel, delete unused rows and columns "
        "and save it again; split a large list into several files.",
    ),
    "import_compression_suspicious": (
        "Tệp «{path}» nén bất thường (phần {part} giải nén ra gấp {ratio} lần) — dấu hiệu của tệp được làm "
        "ra để làm treo máy — nên không nhập. Hãy mở bằng Excel, lưu lại thành tệp mới rồi thử lại.",
        "File “{path}” is compressed abnormally (part {part} unpacks to {ratio} times its size), as files "
        "made to exhaust a computer are, so it was not imported. Open it in Excel, save it as a new file "
        "and try again.",
    ),
    "import_sheet_too_many_rows": (
        "Sheet «{sheet}» có dữ liệu quá {limit} dòng (thấy ở dòng {row}); mỗi lần nhập tối đa {limit} dòng "
        "một sheet. Hãy chia danh sách thành nhiều tệp, hoặc xóa các ô thừa ở phía dưới danh sách.",
        "Sheet “{sheet}” has data beyond {limit} rows (found in row {row}); an import takes at most {limit} "
        "rows per sheet. Split the list into several files, or delete stray cells below the list.",
    ),
    "import_sheet_too_many_columns": (
        "Sheet «{sheet}» có dữ liệu ở cột {column} (dòng {row}), quá {limit} cột. Hãy xóa các ô thừa bên "
        "phải danh sách rồi lưu lại.",
        "Sheet “{sheet}” has data in column {column} (row {row}), beyond {limit} columns. Delete the stray "
        "cells to the right of the list and save the file again.",
    ),
    "import_too_many_cells": (
        "Tệp «{path}» có quá nhiều ô để nhập một lần (hơn {limit} ô, tính theo các dòng và cột có dữ liệu). "
        "Hãy chia danh sách thành nhiều tệp, hoặc xóa các ô thừa xa danh sách.",
        "File “{path}” has too many cells to import at once (over {limit}, counting the rows and columns "
        "that hold data). Split the list into several files, or delete stray cells far from the list.",
    ),
    "import_unknown_sheet": (
        "Tệp không có sheet «{sheet}». Các sheet trong tệp: {sheets}. Hãy ghi đúng tên sheet.",
        "The file has no sheet “{sheet}”. Its sheets are: {sheets}. Give the exact sheet name.",
    ),
    "import_nothing_to_read": (
        "Không tìm thấy danh sách nào trong tệp «{path}»: không sheet nào có dòng tiêu đề cột nhận ra được "
        "(như «Họ và tên», «Ngày sinh», «Mã số thuế»). Hãy dùng tệp mẫu Excel của chương trình hoặc "
        "ghi tiêu đề cột ở một dòng phía trên dữ liệu.",
        "No list was found in “{path}”: no sheet has a recognisable row of column headers (such as "
        "“Họ và tên”, “Ngày sinh”, “Mã số thuế”). Use the program's Excel template or put column "
        "headers on one row above the data.",
    ),
    "import_bad_mapping_key": (
        "Không có trường «{key}» cho {type}. Hãy chọn một trong: {allowed}.",
        "There is no field “{key}” for {type}. Choose one of: {allowed}.",
    ),
    "import_column_missing": (
        "Sheet «{sheet}» không có cột «{header}», nên không hàng nào nhập được. Hãy thêm cột này, hoặc chỉ "
        "ra cột nào chứa thông tin đó khi nhập.",
        "Sheet “{sheet}” has no “{header}” column, so none of its rows can be imported. Add the column, or "
        "say which column holds it when importing.",
    ),
    "import_columns_ignored": (
        "Các cột sau không được nhập vì không nhận ra tiêu đề: {headers}. Nếu cần nhập, hãy đổi tiêu đề "
        "theo tệp mẫu hoặc chọn trường tương ứng cho từng cột.",
        "These columns are not imported because their headers were not recognised: {headers}. To import "
        "them, rename the headers as in the template or choose the matching field for each column.",
    ),
    # reading cells
    "import_excel_error": (
        "«{label}»: ô đang báo lỗi công thức {value}. Hãy sửa công thức hoặc gõ giá trị vào ô.",
        "“{label}”: the cell shows the formula error {value}. Fix the formula or type the value.",
    ),
    "import_bad_choice": (
        "«{label}»: «{value}» không có trong danh sách. Hãy ghi một trong: {allowed}.",
        "“{label}”: “{value}” is not in the list. Write one of: {allowed}.",
    ),
    "import_bad_ethnicity": (
        "«{label}»: «{value}» không có trong danh mục 54 dân tộc. Hãy ghi tên dân tộc (ví dụ Thái, Mông, "
        "Hà Nhì) hoặc mã 2 chữ số (ví dụ 35).",
        "“{label}”: “{value}” is not among the 54 ethnic groups. Write the group's name (e.g. Thái, "
        "Mông, Hà Nhì) or its 2-digit code (e.g. 35).",
    ),
    "import_year_only": (
        "«{label}»: chỉ có năm {year}, đã ghi là ngày {date}. Nếu biết ngày tháng đầy đủ, hãy sửa lại.",
        "“{label}”: only the year {year} is given; it is recorded as {date}. Correct it if the full date "
        "is known.",
    ),
    "import_date_serial": (
        "«{label}»: ô chứa số {value}, đã hiểu là ngày {date} (cách Excel đếm ngày). Hãy kiểm tra lại, và "
        "định dạng cột là ngày (dd/mm/yyyy).",
        "“{label}”: the cell holds the number {value}, read as the date {date} (Excel's day count). Check "
        "it, and format the column as a date (dd/mm/yyyy).",
    ),
    # matching rows
    "import_record_deleted": (
        "Bản ghi «{title}» đã bị xóa trong chương trình. Hãy khôi phục nó trước, hoặc xóa mã định danh ở "
        "hàng này để thêm mới.",
        "Record “{title}” was deleted in the program. Restore it first, or clear the id in this row to add "
        "it as new.",
    ),
    "import_ambiguous_match": (
        "Có {count} bản ghi đã có khớp với hàng này, không biết cập nhật bản ghi nào. Hãy ghi thêm số CCCD "
        "(hoặc mã số thuế, số quyết định) để phân biệt.",
        "{count} existing records match this row, so it is not known which to update. Add the ID number "
        "(or tax code, decision number) to tell them apart.",
    ),
    "import_duplicate_row": (
        "Hàng này trùng với hàng {row} của sheet «{sheet}» (cùng một người, tổ chức hoặc khoản hỗ trợ). "
        "Hãy gộp hai hàng làm một.",
        "This row repeats row {row} of sheet “{sheet}” (the same person, organisation or support). Merge "
        "the two rows into one.",
    ),
    # the organisation of a member, worker or support row
    "import_organization_unknown": (
        "Không có tổ chức nào có mã số thuế {value}, trong chương trình hay trong sheet tổ chức của tệp. "
        "Hãy kiểm tra lại mã số, hoặc thêm tổ chức đó vào sheet «Tổ chức».",
        "No organisation has the tax code {value}, in the program or in the file's organisation sheet. "
        "Check the code, or add the organisation to the “Tổ chức” sheet.",
    ),
    "import_organization_name_unknown": (
        "Không có tổ chức nào tên «{value}». Hãy ghi đúng tên như trong danh sách tổ chức, hoặc ghi mã số "
        "thuế của tổ chức.",
        "No organisation is named “{value}”. Write the name exactly as in the list of organisations, or "
        "give its tax code.",
    ),
    "import_organization_ambiguous": (
        "Có {count} tổ chức cùng tên «{value}». Hãy ghi mã số thuế để chỉ rõ tổ chức nào.",
        "{count} organisations are named “{value}”. Give the tax code to say which one.",
    ),
    "import_manager_unknown": (
        "Tổ chức này không có cán bộ quản lý nào tên «{value}». Hãy ghi đúng họ tên như trong sheet "
        "«Cán bộ quản lý» (hoặc trên trang tổ chức), hoặc để trống ô này và ghi họ tên vào cột «Người học».",
        "This organisation has no manager named “{value}”. Write the full name exactly as in the "
        "“Cán bộ quản lý” sheet (or on the organisation's page), or leave this cell empty and write the "
        "name in the “Người học” column.",
    ),
    "import_manager_ambiguous": (
        "Tổ chức này có {count} cán bộ quản lý cùng tên «{value}», nên chưa biết là ai. Hãy để trống ô "
        "này và ghi họ tên vào cột «Người học», rồi chọn cán bộ trên trang tổ chức.",
        "This organisation has {count} managers named “{value}”, so it is not clear who. Leave this "
        "cell empty, write the name in the “Người học” column, then choose the manager on the "
        "organisation's page.",
    ),
    "import_support_unknown": (
        "Tổ chức này không có khoản hỗ trợ nào có số quyết định hoặc nội dung «{value}». Hãy ghi đúng số "
        "quyết định (hoặc nội dung, khi không có số) như trong sheet «Hỗ trợ», hoặc để trống ô này.",
        "This organisation has no support with the decision number or content “{value}”. Write the "
        "decision number (or the content, when there is none) exactly as in the “Hỗ trợ” sheet, or "
        "leave this cell empty.",
    ),
    "import_support_ambiguous": (
        "Tổ chức này có {count} khoản hỗ trợ cùng số quyết định hoặc nội dung «{value}». Hãy ghi nội "
        "dung của khoản hỗ trợ cho rõ, hoặc để trống ô này rồi chọn trên trang tổ chức.",
        "This organisation has {count} supports with the decision number or content “{value}”. Write "
        "the support's content to say which, or leave this cell empty and choose it on the "
        "organisation's page.",
    ),
    "import_organization_row_error": (
        "Tổ chức của hàng này (sheet «{sheet}», hàng {row}) có lỗi nên chưa nhập được hàng này. Hãy sửa "
        "hàng của tổ chức trước.",
        "This row's organisation (sheet “{sheet}”, row {row}) has errors, so this row cannot be imported "
        "either. Fix the organisation's row first.",
    ),
    "import_organization_needed": (
        "Hàng này chưa ghi thuộc tổ chức nào. Hãy ghi mã số thuế hoặc tên tổ chức, hoặc chọn tổ chức khi "
        "nhập.",
        "This row does not say which organisation it belongs to. Give the tax code or name of the "
        "organisation, or choose the organisation when importing.",
    ),
    "import_organization_needed_sheet": (
        "Sheet «{sheet}» không có cột tổ chức (mã số thuế hoặc tên tổ chức). Hãy chọn tổ chức mà danh sách "
        "này thuộc về khi nhập, hoặc thêm cột «Mã số thuế của tổ chức».",
        "Sheet “{sheet}” has no organisation column (tax code or name). Choose the organisation this list "
        "belongs to when importing, or add a “Mã số thuế của tổ chức” column.",
    ),
    "import_organization_not_found": (
        "Không tìm thấy tổ chức «{value}». Hãy ghi mã định danh, mã số thuế hoặc đúng tên tổ chức như trong "
        "danh sách (lệnh «kttt records list --type organization»).",
        "Organisation “{value}” was not found. Give its id, tax code or exact name as in the list "
        "(“kttt records list --type organization”).",
    ),
    "import_organization_ambiguous_choice": (
        "Có {count} tổ chức cùng tên «{value}». Hãy chọn bằng mã số thuế hoặc mã định danh.",
        "{count} organisations are named “{value}”. Choose by tax code or id.",
    ),
    # the run as a whole
    "import_has_errors": (
        "Chưa nhập gì: tệp còn {count} lỗi. Hãy sửa các lỗi đã liệt kê rồi nhập lại, hoặc chọn bỏ qua các "
        "hàng có lỗi.",
        "Nothing was imported: the file still has {count} errors. Fix the errors listed and import again, "
        "or choose to skip the rows in error.",
    ),
    "import_cancelled": (
        "Đã dừng nhập Excel; chưa ghi gì vào sổ. Hãy nhập lại khi cần.",
        "The Excel import was stopped; nothing was written. Import again when needed.",
    ),
}
