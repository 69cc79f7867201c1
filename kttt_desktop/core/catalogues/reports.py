"""Sentences of indicators, targets, printed reports and Excel export (merged into
core.messages.CATALOGUE).

Kept free of imports so the catalogue can load it without cycles.
"""

from __future__ import annotations

REPORT_MESSAGES: dict[str, tuple[str, str]] = {
    # targets and population
    "unknown_indicator": (
        "Không có chỉ tiêu «{key}». Hãy dùng một trong các chỉ tiêu: {allowed}.",
        "There is no indicator “{key}”. Use one of: {allowed}.",
    ),
    "bad_target_year": (
        "Năm «{year}» không hợp lệ. Hãy nhập năm có 4 chữ số, từ 2000 đến 2100 (ví dụ 2030).",
        "“{year}” is not a valid year. Enter a 4-digit year from 2000 to 2100 (for example 2030).",
    ),
    "bad_target_comparison": (
        "Cách so sánh «{comparison}» không hợp lệ. Hãy chọn «ít nhất», «trên» hoặc «khoảng».",
        "“{comparison}” is not a valid comparison. Choose at least, more than or about.",
    ),
    "bad_target_value": (
        "Chỉ tiêu «{indicator}» phải là một số không âm; «{value}» không dùng được.",
        "The target for “{indicator}” must be a number of zero or more; “{value}” cannot be used.",
    ),
    "bad_target_percent": (
        "Chỉ tiêu «{indicator}» là tỷ lệ phần trăm, phải từ 0 đến 100; «{value}» không dùng được.",
        "The target for “{indicator}” is a percentage from 0 to 100; “{value}” cannot be used.",
    ),
    "bad_population": (
        "Dân số phải là số nguyên dương (ví dụ 12.500); «{value}» không dùng được.",
        "The population must be a positive whole number (for example 12,500); “{value}” cannot be used.",
    ),
    "bad_target_baseline": (
        "Số liệu năm gốc của chỉ tiêu «{indicator}» phải là số không âm (tỷ lệ thì từ 0 đến 100); "
        "«{value}» không dùng được. Để trống để tính từ sổ theo dõi.",
        "The baseline of “{indicator}” must be a number of zero or more (a rate from 0 to 100); "
        "“{value}” cannot be used. Leave it empty to count it from the register.",
    ),
    "bad_target_baseline_date": (
        "Ngày gốc «{value}» không đúng. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2023.",
        "The base date “{value}” is not valid. Use day/month/year, for example 31/12/2023.",
    ),
    # Excel export, printed report (PDF), template: every file the program writes for the officer
    "export_unwritable": (
        "Không ghi được tệp «{path}» ({reason}). Hãy kiểm tra thư mục có tồn tại và được phép ghi, "
        "đóng tệp nếu đang mở trong Excel hay trình xem PDF, hoặc chọn nơi lưu khác rồi xuất lại.",
        "Cannot write the file “{path}” ({reason}). Check that the folder exists and may be written to, "
        "close the file if it is open in Excel or a PDF viewer, or choose another place, then export again.",
    ),
    "export_cancelled": (
        "Đã dừng xuất Excel; chưa tạo tệp nào. Hãy xuất lại khi cần.",
        "The Excel export was stopped; no file was written. Export again when needed.",
    ),
    # printed report (PDF) and `kttt report`
    "report_bad_date": (
        "Ngày báo cáo «{value}» không đúng. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2025.",
        "The report date “{value}” is not valid. Use day/month/year, for example 31/12/2025.",
    ),
    "report_bad_year": (
        "Năm báo cáo «{year}» không dùng được. Hãy nhập năm có 4 chữ số, từ 2000 đến năm nay ({current}).",
        "The report year “{year}” cannot be used. Enter a 4-digit year from 2000 to this year ({current}).",
    ),
    "report_future_date": (
        "Ngày báo cáo {value} chưa đến. Hãy chọn một ngày từ hôm nay ({today}) trở về trước.",
        "The report date {value} is in the future. Choose a day up to today ({today}).",
    ),
    "report_bad_signing_date": (
        "Ngày ký «{value}» không đúng. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2026.",
        "The signing date “{value}” is not valid. Use day/month/year, for example 05/01/2026.",
    ),
    "report_signing_day_passed": (
        "Ngày ký {value} đã qua. Hãy để trống (văn bản ghi ngày in) hoặc chọn một ngày từ hôm nay ({today}).",
        "The signing date {value} has passed. Leave it empty (documents carry the day they are made) "
        "or choose a day from today ({today}).",
    ),
    # the table of scale thresholds shipped in resources/reference
    "scale_table_unreadable": (
        "Không đọc được bảng ngưỡng quy mô «{path}». Hãy cài lại chương trình để có lại tệp này.",
        "Cannot read the table of scale thresholds “{path}”. Reinstall the program to restore it.",
    ),
    "scale_table_columns": (
        "Bảng ngưỡng quy mô «{path}» phải có dòng tiêu đề đúng các cột: {columns}. Hãy sửa dòng đầu "
        "hoặc cài lại chương trình.",
        "The table of scale thresholds “{path}” must start with exactly these columns: {columns}. Correct "
        "the first line or reinstall the program.",
    ),
    "scale_table_cells": (
        "Bảng ngưỡng quy mô «{path}», dòng {line}: có {found} ô, cần đúng {expected} ô. Hãy sửa dòng đó.",
        "Table of scale thresholds “{path}”, line {line}: {found} cells where {expected} are needed. "
        "Correct that line.",
    ),
    "scale_table_bad_value": (
        "Bảng ngưỡng quy mô «{path}», dòng {line}: giá trị «{value}» ở cột «{column}» không dùng được "
        "(lĩnh vực theo danh mục hoặc «default»; quy mô small, medium hoặc large; ngưỡng là số nguyên "
        "không âm; verified là yes hoặc no). Hãy sửa dòng đó.",
        "Table of scale thresholds “{path}”, line {line}: the value “{value}” in column “{column}” cannot "
        "be used (a sector code or “default”; scale small, medium or large; thresholds whole numbers of "
        "zero or more; verified yes or no). Correct that line.",
    ),
    "scale_table_duplicate": (
        "Bảng ngưỡng quy mô «{path}», dòng {line}: lĩnh vực «{sector}» đã có ngưỡng quy mô «{scale}». "
        "Hãy xóa dòng trùng.",
        "Table of scale thresholds “{path}”, line {line}: sector “{sector}” already has a “{scale}” "
        "threshold. Remove the duplicate line.",
    ),
    "scale_table_incomplete": (
        "Bảng ngưỡng quy mô «{path}»: lĩnh vực «{sector}» phải có đủ một dòng cho mỗi quy mô {scales}. "
        "Hãy bổ sung các dòng còn thiếu.",
        "Table of scale thresholds “{path}”: sector “{sector}” needs one line for each of the scales "
        "{scales}. Add the missing lines.",
    ),
    "scale_table_order": (
        "Bảng ngưỡng quy mô «{path}»: ngưỡng của lĩnh vực «{sector}» phải tăng dần từ nhỏ, vừa đến lớn. "
        "Hãy kiểm tra lại các số.",
        "Table of scale thresholds “{path}”: the thresholds of sector “{sector}” must grow from small to "
        "medium to large. Check the figures.",
    ),
}
