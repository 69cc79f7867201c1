"""Sentences of the list of organisations that need attention (merged into
core.messages.CATALOGUE): why each is listed and what was decided.

Kept free of imports so the catalogue can load it without cycles. Too few members is said
with the sentences validation already uses (`htx_few_members`…).
"""

from __future__ import annotations

ATTENTION_MESSAGES: dict[str, tuple[str, str]] = {
    # why an organisation is listed
    "attention_rated_weak": (
        "Xếp loại Yếu năm {year}.",
        "Rated weak in {year}.",
    ),
    "attention_loss_two_years": (
        "Lỗ hai năm liền: năm {previous} lỗ {previous_loss} đồng, năm {year} lỗ {loss} đồng.",
        "Loss-making two years running: a loss of {previous_loss} VND in {previous} and {loss} VND in {year}.",
    ),
    "attention_overdue_debt": (
        "Có nợ quá hạn {amount} đồng (kết quả năm {year}).",
        "Overdue debt of {amount} VND (results of {year}).",
    ),
    "attention_no_results": (
        "Đang hoạt động nhưng chưa có kết quả hoạt động năm {year}.",
        "Operating, but no yearly results for {year}.",
    ),
    "attention_suspended_too_long": (
        "Tạm ngừng kinh doanh từ {since}, đã hơn {months} tháng (mỗi lần thông báo tạm ngừng không quá "
        "12 tháng).",
        "Suspended since {since}, for over {months} months (a notice of suspension covers at most 12 months).",
    ),
    "attention_not_at_address": (
        "Không hoạt động tại địa chỉ đã đăng ký (từ {since}).",
        "Not operating at the registered address (since {since}).",
    ),
    "attention_not_at_address_undated": (
        "Không hoạt động tại địa chỉ đã đăng ký.",
        "Not operating at the registered address.",
    ),
    # what was decided
    "attention_decision": (
        "{status} từ {effective_on}",
        "{status} from {effective_on}",
    ),
    "attention_decision_no": (
        "số {number}",
        "no. {number}",
    ),
    "attention_decision_date": (
        "ngày {date}",
        "of {date}",
    ),
    "attention_no_decision": (
        "Chưa có quyết định về tình trạng.",
        "No status decision yet.",
    ),
    "attention_decided_after": (
        "quyết định sau khi phát sinh vấn đề ({since})",
        "decided after the problem arose ({since})",
    ),
    "attention_not_decided_since": (
        "chưa có quyết định nào từ khi phát sinh vấn đề ({since})",
        "no decision since the problem arose ({since})",
    ),
    "attention_support": (
        "Hỗ trợ quyết định trong 12 tháng qua: {count} lượt, {amount} đồng.",
        "Support decided in the last 12 months: {count}, {amount} VND.",
    ),
}
