"""Words and sentences of the year's report (merged into core.messages.CATALOGUE): its
headings and columns, the names of the changes of a year, the narrative sections, and the
sentences written from the figures.

Counted words come in pairs `…_one` / `…_other`: English says "1 cooperative was dissolved",
"2 cooperatives were dissolved"; Vietnamese says both the same way. `reports.year_report`
picks the form by the number. Kept free of imports so the catalogue can load it without cycles.
"""

from __future__ import annotations

YEAR_REPORT_MESSAGES: dict[str, tuple[str, str]] = {
    # the report and its parts
    "year_title": ("Báo cáo tình hình kinh tế tập thể năm {year}", "The collective economy in {year}"),
    "year_part_figures": ("Các chỉ tiêu năm {year} so với năm {previous}",
                          "The indicators of {year} against {previous}"),
    "year_part_changes": ("Biến động tổ chức trong năm {year}", "Changes among the organisations in {year}"),
    "year_part_results": ("Kết quả sản xuất, kinh doanh năm {year}", "Business results of {year}"),
    "year_part_support": ("Hỗ trợ của Nhà nước trong năm {year}", "State support in {year}"),
    "year_part_registers": ("Đào tạo cán bộ quản lý, sản phẩm, hợp đồng liên kết",
                            "Managers trained, products certified, contracts in force"),
    "year_part_attention": ("Tổ chức cần quan tâm", "Organisations that need attention"),
    "year_part_narrative": ("Đánh giá chung", "Assessment"),
    # the sheets of the Excel summary (at most 31 characters)
    "year_sheet_figures": ("Chỉ tiêu năm", "Year figures"),
    "year_sheet_changes": ("Biến động trong năm", "Changes of the year"),
    "year_sheet_results": ("Kết quả SXKD năm", "Business results"),
    "year_sheet_support": ("Hỗ trợ trong năm", "Support of the year"),
    "year_sheet_attention": ("Tổ chức cần quan tâm", "Needing attention"),
    "year_sheet_narrative": ("Đánh giá chung", "Assessment"),
    # the columns of the figures
    "year_col_indicator": ("Chỉ tiêu", "Indicator"),
    "year_col_previous": ("Cuối năm {previous}", "End of {previous}"),
    "year_col_actual": ("Năm {year}", "{year}"),
    "year_col_change": ("Tăng (+), giảm (−)", "Change"),
    "year_col_target": ("Chỉ tiêu năm {year}", "Target for {year}"),
    "year_col_assessment": ("Đánh giá", "Assessment"),
    "year_no_year_targets": ("Chưa nhập chỉ tiêu riêng cho năm {year}.", "No target was entered for {year} itself."),
    # the changes of a year
    "year_change_registered": ("Thành lập mới", "Newly registered"),
    "year_change_converted": ("Chuyển đổi THT thành HTX", "Groups converted to cooperatives"),
    "year_change_suspended": ("Tạm ngừng kinh doanh", "Suspended"),
    "year_change_dissolved": ("Giải thể", "Dissolved"),
    "year_change_revoked": ("Thu hồi giấy chứng nhận", "Certificate revoked"),
    "year_change_bankrupt": ("Phá sản", "Bankrupt"),
    "year_col_sector": ("Lĩnh vực", "Sector"),
    "year_col_unit": ("Đơn vị", "Unit"),
    "year_col_total": ("Cộng", "Total"),
    "year_col_day": ("Ngày", "Day"),
    "year_col_name": ("Tên tổ chức", "Organisation"),
    "year_col_kind": ("Loại hình", "Kind"),
    "year_col_change_kind": ("Biến động", "Change"),
    "year_col_decision": ("Số quyết định", "Decision no."),
    "year_not_recorded": ("Chưa ghi", "Not recorded"),
    "year_no_changes_table": ("Không có biến động trong năm.", "No change during the year."),
    # the business results
    "year_results_reporting": ("Số tổ chức có kết quả hoạt động năm", "Organisations that filed yearly results"),
    "year_results_revenue_total": ("Tổng doanh thu (đồng)", "Total revenue (VND)"),
    "year_results_revenue_average": ("Doanh thu bình quân một tổ chức (đồng)",
                                     "Average revenue per organisation (VND)"),
    "year_results_profit_total": ("Tổng lợi nhuận trước thuế (đồng)", "Total profit before tax (VND)"),
    "year_results_profit_average": ("Lợi nhuận bình quân một tổ chức (đồng)", "Average profit per organisation (VND)"),
    "year_results_income_member": ("Thu nhập bình quân của thành viên (đồng/năm)",
                                   "Average income of a member (VND a year)"),
    "year_results_income_worker": ("Thu nhập bình quân của người lao động (đồng/năm)",
                                   "Average income of a worker (VND a year)"),
    "year_results_loss_making": ("Số tổ chức bị lỗ", "Organisations that made a loss"),
    "year_results_by_scale": ("Theo quy mô", "By scale"),
    "year_results_by_rating": ("Theo xếp loại", "By rating"),
    "year_col_scale": ("Quy mô", "Scale"),
    "year_col_rating": ("Xếp loại", "Rating"),
    "year_col_organizations": ("Số tổ chức", "Organisations"),
    "year_col_figure": ("Nội dung", "Figure"),
    "year_col_value": ("Số liệu", "Value"),
    # the support
    "year_support_by_category": ("Theo nhóm chính sách", "By policy"),
    "year_support_by_source": ("Theo nguồn kinh phí", "By funding source"),
    "year_support_loans": ("Khoản vay trong năm (phải hoàn trả, không tính là hỗ trợ)",
                           "Loans of the year (repaid, so not counted as support)"),
    "year_col_policy": ("Nhóm chính sách", "Policy"),
    "year_col_source": ("Nguồn kinh phí", "Funding source"),
    "year_col_lender": ("Bên cho vay, nguồn vốn", "Lender or source"),
    "year_col_count": ("Số lượt", "Count"),
    "year_col_amount": ("Số tiền (đồng)", "Amount (VND)"),
    "year_support_people": ("Số thành viên của các tổ chức được hỗ trợ (người hưởng lợi)",
                            "Members of the organisations supported (people who benefited)"),
    "year_support_interest": ("Hỗ trợ lãi suất trên các khoản vay trong năm (đồng)",
                              "Interest support on the loans of the year (VND)"),
    "year_support_note": ("Các khoản hỗ trợ có quyết định trong năm và đã giải ngân hoặc hoàn thành đến ngày {date}.",
                          "Support decided in the year and disbursed or completed by {date}."),
    "year_no_support": ("Không có khoản hỗ trợ nào trong năm.", "No support during the year."),
    "year_no_loans": ("Không có khoản vay nào trong năm.", "No loan during the year."),
    "year_no_attention": ("Không có tổ chức nào cần quan tâm.", "No organisation needs attention."),
    "year_col_reasons": ("Vấn đề", "Problem"),
    "year_col_decided": ("Đã quyết định", "What was decided"),
    # the narrative sections
    "year_section_results": ("Kết quả đạt được", "Results achieved"),
    "year_section_shortcomings": ("Tồn tại, hạn chế", "Shortcomings and limitations"),
    "year_section_causes": ("Nguyên nhân", "Causes"),
    "year_section_next_year": ("Phương hướng, nhiệm vụ năm tới", "Directions and tasks for the coming year"),
    "year_section_proposals": ("Kiến nghị, đề xuất", "Recommendations and proposals"),
    "year_officer_text": ("[Cán bộ viết nội dung phần này]", "[The officer writes this part]"),
    # counted words
    "year_count_htx_one": ("{n} HTX", "{n} cooperative"),
    "year_count_htx_other": ("{n} HTX", "{n} cooperatives"),
    "year_count_tht_one": ("{n} THT", "{n} cooperative group"),
    "year_count_tht_other": ("{n} THT", "{n} cooperative groups"),
    "year_count_lhhtx_one": ("{n} liên hiệp HTX", "{n} union of cooperatives"),
    "year_count_lhhtx_other": ("{n} liên hiệp HTX", "{n} unions of cooperatives"),
    "year_count_organization_one": ("{n} tổ chức", "{n} organisation"),
    "year_count_organization_other": ("{n} tổ chức", "{n} organisations"),
    "year_count_member_one": ("{n} thành viên", "{n} member"),
    "year_count_member_other": ("{n} thành viên", "{n} members"),
    "year_count_worker_one": ("{n} lao động làm việc thường xuyên", "{n} regular worker"),
    "year_count_worker_other": ("{n} lao động làm việc thường xuyên", "{n} regular workers"),
    "year_count_support_one": ("{n} lượt", "{n} grant"),
    "year_count_support_other": ("{n} lượt", "{n} grants"),
    "year_count_loan_one": ("{n} khoản", "{n} loan"),
    "year_count_loan_other": ("{n} khoản", "{n} loans"),
    "year_and": (" và ", " and "),
    "year_up": ("tăng {n}", "up {n}"),
    "year_down": ("giảm {n}", "down {n}"),
    "year_same": ("không đổi", "unchanged"),
    # the sentences of a year
    "year_sentence_operating": (
        "Đến ngày {date}, có {kinds} đang hoạt động, với {members} và {workers}.",
        "By {date}, {kinds} were operating, with {members} and {workers}."),
    "year_sentence_against_previous": (
        "So với cuối năm {previous}: số HTX đang hoạt động {htx}, số THT {tht}, số thành viên {members}.",
        "Against the end of {previous}: operating cooperatives {htx}, cooperative groups {tht}, members {members}."),
    "year_sentence_changes": ("Trong năm {year}, {parts}.", "In {year}, {parts}."),
    "year_sentence_no_changes": (
        "Trong năm {year}, không có tổ chức nào thành lập mới, chuyển đổi, tạm ngừng hay chấm dứt hoạt động.",
        "In {year}, no organisation was registered, converted, suspended or ended."),
    "year_phrase_registered_one": ("thành lập mới {items}", "{items} was newly registered"),
    "year_phrase_registered_other": ("thành lập mới {items}", "{items} were newly registered"),
    "year_phrase_converted_one": ("chuyển đổi {items} thành HTX", "{items} became a cooperative"),
    "year_phrase_converted_other": ("chuyển đổi {items} thành HTX", "{items} became cooperatives"),
    "year_phrase_suspended_one": ("tạm ngừng kinh doanh {items}", "{items} was suspended"),
    "year_phrase_suspended_other": ("tạm ngừng kinh doanh {items}", "{items} were suspended"),
    "year_phrase_dissolved_one": ("giải thể {items}", "{items} was dissolved"),
    "year_phrase_dissolved_other": ("giải thể {items}", "{items} were dissolved"),
    "year_phrase_revoked_one": ("thu hồi giấy chứng nhận của {items}", "{items} had its certificate revoked"),
    "year_phrase_revoked_other": ("thu hồi giấy chứng nhận của {items}", "{items} had their certificates revoked"),
    "year_phrase_bankrupt_one": ("{items} phá sản", "{items} went bankrupt"),
    "year_phrase_bankrupt_other": ("{items} phá sản", "{items} went bankrupt"),
    "year_sentence_results": (
        "{reporting} nộp kết quả hoạt động năm {year}: tổng doanh thu {revenue} đồng, tổng lợi nhuận trước thuế "
        "{profit} đồng.",
        "{reporting} filed yearly results for {year}: a total revenue of {revenue} VND and a total profit before "
        "tax of {profit} VND."),
    "year_sentence_no_results": ("Chưa có tổ chức nào nộp kết quả hoạt động năm {year}.",
                                 "No organisation has filed yearly results for {year}."),
    "year_sentence_losses_one": ("{loss} bị lỗ trong năm {year}.", "{loss} made a loss in {year}."),
    "year_sentence_losses_other": ("{loss} bị lỗ trong năm {year}.", "{loss} made a loss in {year}."),
    "year_sentence_support": (
        "Trong năm, {organizations} với {people} được Nhà nước hỗ trợ {count}, tổng số tiền {amount} đồng.",
        "During the year, {organizations} with {people} received {count} of State support, {amount} VND in all."),
    "year_sentence_loans": (
        "Ngoài ra, các tổ chức vay {count}, tổng số tiền {amount} đồng (khoản vay phải hoàn trả, không tính "
        "là hỗ trợ).",
        "Besides, the organisations borrowed {count}, {amount} VND in all (a loan is repaid, so it is not "
        "counted as support)."),
    "year_sentence_targets_reached": ("Chỉ tiêu năm {year} đã đạt: {names}.", "Targets for {year} reached: {names}."),
    "year_sentence_targets_behind": ("Chỉ tiêu năm {year} chưa đạt tiến độ: {names}.",
                                     "Targets for {year} behind schedule: {names}."),
    "year_sentence_attention_one": (
        "Có {organizations} cần quan tâm (xếp loại yếu, thua lỗ, nợ quá hạn, chưa có kết quả hoạt động, tạm ngừng "
        "kéo dài, không hoạt động tại địa chỉ đã đăng ký, thiếu thành viên): xem danh sách kèm theo.",
        "{organizations} needs attention (rated weak, loss-making, overdue debt, no yearly results, suspended too "
        "long, not at the registered address, too few members): see the list attached."),
    "year_sentence_attention_other": (
        "Có {organizations} cần quan tâm (xếp loại yếu, thua lỗ, nợ quá hạn, chưa có kết quả hoạt động, tạm ngừng "
        "kéo dài, không hoạt động tại địa chỉ đã đăng ký, thiếu thành viên): xem danh sách kèm theo.",
        "{organizations} need attention (rated weak, loss-making, overdue debt, no yearly results, suspended too "
        "long, not at the registered address, too few members): see the list attached."),
}
