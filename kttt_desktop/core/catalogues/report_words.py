"""The words the summary report uses on paper (PDF) and in Excel, in Vietnamese and English.

Kept in one place so that the printed report and its spreadsheet name every heading, column
and assessment the same way. Each entry is (Vietnamese, English).
"""

from __future__ import annotations

from typing import Any

from kttt_desktop.core.messages import pick_language

REPORT_TEXTS: dict[str, tuple[Any, Any]] = {
    # the heading of an administrative document (Decree 30/2020)
    "republic": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
    "motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "number_col": ("STT", "No."),
    "total": ("Tổng số", "Total"),
    # money in the printed and Word reports is in millions of đồng
    "millions": ("{header} (triệu đồng)", "{header} (million VND)"),
    "percent": ("Đạt %", "% reached"),
    "unit_headers": (("HTX đang hoạt động", "Thành viên HTX", "THT đang hoạt động", "Thành viên THT",
                      "Lao động thường xuyên", "Hỗ trợ (triệu đồng)"),
                     ("Operating coops", "Coop members", "Operating groups", "Group members", "Regular workers",
                      "Support (million VND)")),
    "section_indicators": ("I. Kết quả thực hiện các chỉ tiêu", "I. Indicators against the targets"),
    "section_organizations": ("II. Tổ chức theo loại hình và tình trạng", "II. Organisations by kind and status"),
    "section_support": ("III. Hỗ trợ của Nhà nước", "III. State support"),
    "indicator": ("Chỉ tiêu", "Indicator"),
    "actual": ("Thực hiện", "Actual"),
    "target": ("Mục tiêu {year}", "Target {year}"),
    "assessment": ("Đánh giá", "Assessment"),
    "assessment_note": (
        "Đánh giá so với mục tiêu năm {first}; chỉ tiêu chưa có mục tiêu năm {first} thì so với năm {last}. "
        "«Đạt %»: phần đã đi được từ số liệu gốc (tại ngày gốc, mặc định 31/12/2023) đến mục tiêu; "
        "«Đúng tiến độ»: phần đó không thấp hơn phần thời gian kế hoạch đã qua kể từ ngày gốc. "
        "Chỉ tiêu tỷ lệ ghi tỷ lệ hiện có và số điểm % còn thiếu.",
        "Assessed against the {first} target; where there is none, against {last}. “% reached”: the share of "
        "the way from the baseline (on the base date, 31/12/2023 unless set) to the target; “On track”: that "
        "share is at least the share of the plan period gone by since the base date. A rate target shows the "
        "rate and the points still missing."),
    "upper_target": ("cấp trên", "upper level"),
    # a rate's change over the year: points, not a per cent of the rate ("+4,1 điểm %")
    "points": ("điểm %", "points"),
    "states": ({"reached": "Đã đạt", "on_track": "Đúng tiến độ", "behind": "Chậm tiến độ",
                "no_target": "Chưa có chỉ tiêu", "not_allocated": "Chưa được giao chỉ tiêu",
                "no_data": "Chưa có số liệu"},
               {"reached": "Reached", "on_track": "On track", "behind": "Behind",
                "no_target": "No target", "not_allocated": "No target allocated", "no_data": "No data"}),
    "counting_note": (
        "Tổ chức được tính vào chỉ tiêu khi đang hoạt động; tổ chức tạm ngừng kinh doanh, không hoạt động tại "
        "địa chỉ đã đăng ký, đang làm thủ tục giải thể được báo cáo riêng ở bảng sau, không tính vào chỉ tiêu. "
        "Thành viên và lao động được tính theo các tổ chức đang hoạt động.",
        "An organisation counts towards the plan while operating; suspended ones, those not at their "
        "registered address and dissolving ones are reported in the next table, not counted towards the plan. "
        "Members and workers are counted with the operating organisations."),
    "beside": ("Số liệu báo cáo kèm theo", "Figures reported beside the indicators"),
    "figure": ("Số liệu", "Figure"),
    "value": ("Số lượng", "Number"),
    "counted": ("Cách tính", "What is counted"),
    "status": ("Tình trạng", "Status"),
    "sum": ("Cộng", "Total"),
    "no_organizations": ("Chưa có tổ chức kinh tế tập thể nào được đăng ký đến ngày báo cáo.",
                         "No organisation was registered by the date of the report."),
    "by_unit": ("Theo đơn vị hành chính", "By administrative unit"),
    "unit": ("Đơn vị", "Unit"),
    "lists": ("Danh sách tổ chức", "List of organisations"),
    "name": ("Tên tổ chức", "Name"),
    "code": ("Mã số", "Code"),
    "village": ("Thôn, bản", "Village"),
    "members": ("Thành viên", "Members"),
    "workers": ("Lao động", "Workers"),
    "by_category": ("Theo nội dung hỗ trợ", "By category"),
    "by_source": ("Theo nguồn kinh phí", "By funding source"),
    "content": ("Nội dung", "Category"),
    "source": ("Nguồn kinh phí", "Funding source"),
    "count": ("Số lượt", "Count"),
    "amount": ("Số tiền (đồng)", "Amount (VND)"),
    "support_note": ("Các khoản hỗ trợ đã giải ngân hoặc đã hoàn thành đến ngày {date}.",
                     "Support disbursed or completed by {date}."),
    "no_support": ("Chưa có khoản hỗ trợ nào được giải ngân đến ngày báo cáo.",
                   "No support was disbursed by the date of the report."),
}


def pick(texts: dict[str, tuple[Any, Any]], key: str, lang: str) -> Any:
    """The text of `key` in `lang` ("en", anything else is Vietnamese), chosen as `texts` does."""
    return pick_language(texts[key], lang or "vi")
