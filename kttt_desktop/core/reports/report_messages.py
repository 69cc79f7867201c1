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
}
