"""One organisation on paper: its full record with its members, workers and support, and
its member list alone.

Both are built from `core.reports.organization_sheet`, under the same administrative
heading as the summary report, so a commune's printed papers look alike.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from kttt_desktop.core.formats import format_money
from kttt_desktop.core.reports.organization_sheet import MemberLine, OrganizationSheet
from kttt_desktop.ui.printing.admin_page import (
    Heading,
    Markup,
    Signatures,
    esc,
    grid_table,
    heading,
    heading_html,
    make_document,
    signature_html,
    text,
    title_html,
)

_T = {
    "record_title": ("HỒ SƠ TỔ CHỨC KINH TẾ TẬP THỂ", "RECORD OF A COLLECTIVE ORGANISATION"),
    "list_title": ("DANH SÁCH THÀNH VIÊN", "LIST OF MEMBERS"),
    "as_of": ("(tính đến ngày {date})", "(as of {date})"),
    "general": ("I. Thông tin chung", "I. General information"),
    "members": ("II. Thành viên ({count} thành viên)", "II. Members ({count})"),
    "workers": ("III. Người lao động", "III. Workers"),
    "support": ("IV. Hỗ trợ của Nhà nước", "IV. State support"),
    "field": ("Thông tin", "Item"),
    "value": ("Nội dung", "Value"),
    "full_name": ("Họ và tên", "Full name"),
    "birth_date": ("Ngày sinh", "Born"),
    "gender": ("Giới tính", "Sex"),
    "ethnicity": ("Dân tộc", "Ethnic group"),
    "id_number": ("Số định danh (CCCD)", "Personal ID number"),
    "village": ("Thôn, bản", "Village"),
    "capital": ("Vốn góp (đồng)", "Capital (VND)"),
    "joined_on": ("Ngày gia nhập", "Joined"),
    "left_on": ("Ngày ra khỏi", "Left"),
    "leave_reason": ("Lý do", "Reason"),
    "former": ("Thành viên đã ra khỏi ({count} người)", "Former members ({count})"),
    "no_members": ("Chưa có thành viên nào.", "No members yet."),
    "workers_line": ("Số người lao động đang làm việc: {count}; trong đó là thành viên: {members}; "
                     "có tham gia bảo hiểm xã hội: {insured}.",
                     "Workers now: {count}; of them members: {members}; with social insurance: {insured}."),
    "contracts": ("Theo hợp đồng lao động: {parts}.", "By labour contract: {parts}."),
    "no_workers": ("Không có người lao động đang làm việc.", "No workers at present."),
    "decision": ("Quyết định", "Decision"),
    "category": ("Nội dung hỗ trợ", "Support"),
    "source": ("Nguồn kinh phí", "Funding source"),
    "stage": ("Giai đoạn", "Stage"),
    "amount": ("Số tiền (đồng)", "Amount (VND)"),
    "support_line": ("Tổng kinh phí: {total} đồng; đã giải ngân hoặc hoàn thành: {received} đồng.",
                     "Total: {total} VND; disbursed or completed: {received} VND."),
    "no_support": ("Chưa nhận hỗ trợ nào.", "No support recorded."),
    "associate": ("({membership})", "({membership})"),
}


def _t(key: str, lang: str) -> str:
    return _T[key][1 if lang == "en" else 0]


def _heading(sheet: OrganizationSheet) -> str:
    return heading_html(Heading(sheet.issuer, sheet.date_line(), lang=sheet.lang))


def _signatures(sheet: OrganizationSheet) -> str:
    return signature_html(Signatures(sheet.officer, sheet.signer_title, sheet.signer_name, sheet.issuer,
                                     sheet.lang))


def _name_cell(member: MemberLine, lang: str) -> object:
    """The name; an associate member says so under it, in italics."""
    if member.official or not member.membership:
        return member.full_name
    note = _t("associate", lang).format(membership=member.membership.lower() if lang != "en" else member.membership)
    return Markup(f"{esc(member.full_name)}<br/><i>{esc(note)}</i>")


def member_table(sheet: OrganizationSheet) -> str:
    """The current members, numbered, with the capital each contributed and the total."""
    lang = sheet.lang
    if not sheet.members:
        return f'<p class="empty">{esc(_t("no_members", lang))}</p>'
    headers = [text("number_col", lang), *(_t(key, lang) for key in (
        "full_name", "birth_date", "gender", "ethnicity", "id_number", "village", "capital", "joined_on"))]
    rows = [[number, _name_cell(member, lang), member.birth_date, member.gender, member.ethnicity, member.id_number,
             member.village, member.capital, member.joined_on]
            for number, member in enumerate(sheet.members, start=1)]
    total = ["", text("total", lang), "", "", "", "", "", format_money(sheet.capital_total), ""]
    return grid_table(headers, rows, (5, 20, 12, 6, 8, 14, 10, 13, 12),
                      ("mid", "", "mid", "mid", "", "mid", "", "num", "mid"), total=total, dense=True)


def _former_members(sheet: OrganizationSheet) -> str:
    lang = sheet.lang
    if not sheet.former_members:
        return ""
    rows = [[number, member.full_name, member.joined_on, member.left_on, member.leave_reason]
            for number, member in enumerate(sheet.former_members, start=1)]
    return (heading(3, _t("former", lang).format(count=len(sheet.former_members)))
            + grid_table([text("number_col", lang), _t("full_name", lang), _t("joined_on", lang), _t("left_on", lang),
                          _t("leave_reason", lang)], rows, (6, 30, 14, 14, 36), ("mid", "", "mid", "mid", "")))


def _general(sheet: OrganizationSheet) -> str:
    lang = sheet.lang
    rows = [[line.label, line.value] for line in sheet.fields if line.value]
    return heading(2, _t("general", lang)) + grid_table(
        [_t("field", lang), _t("value", lang)], rows, (38, 62))


def _workers(sheet: OrganizationSheet) -> str:
    lang = sheet.lang
    parts = [heading(2, _t("workers", lang))]
    if not sheet.workers:
        parts.append(f"<p>{esc(_t('no_workers', lang))}</p>")
        return "\n".join(parts)
    line = _t("workers_line", lang).format(count=sheet.workers, members=sheet.workers_members,
                                           insured=sheet.workers_insured)
    parts.append(f"<p>{esc(line)}</p>")
    if sheet.workers_by_contract:
        contract_parts = "; ".join(f"{label.lower() if lang != 'en' else label}: {count}"
                                   for label, count in sheet.workers_by_contract)
        parts.append(f"<p>{esc(_t('contracts', lang).format(parts=contract_parts))}</p>")
    return "\n".join(parts)


def _support(sheet: OrganizationSheet) -> str:
    lang = sheet.lang
    parts = [heading(2, _t("support", lang))]
    if not sheet.supports:
        parts.append(f"<p>{esc(_t('no_support', lang))}</p>")
        return "\n".join(parts)
    rows = [[number, line.decision, Markup(f"<b>{esc(line.category)}</b><br/>{esc(line.content)}"),
             line.funding_source, line.stage, format_money(line.amount) if line.amount is not None else ""]
            for number, line in enumerate(sheet.supports, start=1)]
    total = ["", text("total", lang), "", "", "", format_money(sheet.support_total)]
    parts.append(grid_table([text("number_col", lang), _t("decision", lang), _t("category", lang), _t("source", lang),
                             _t("stage", lang), _t("amount", lang)], rows, (6, 17, 35, 16, 11, 15),
                            ("mid", "", "", "", "", "num"), total=total))
    line = _t("support_line", lang).format(total=format_money(sheet.support_total),
                                           received=format_money(sheet.support_received))
    parts.append(f'<p class="note">{esc(line)}</p>')
    return "\n".join(parts)


def _as_of(sheet: OrganizationSheet) -> str:
    return _t("as_of", sheet.lang).format(date=sheet.as_of.strftime("%d/%m/%Y"))


def organization_html(sheet: OrganizationSheet) -> str:
    lang = sheet.lang
    return "\n".join([
        _heading(sheet),
        title_html(_t("record_title", lang), sheet.name, _as_of(sheet)),
        _general(sheet),
        heading(2, _t("members", lang).format(count=len(sheet.members))),
        member_table(sheet),
        _former_members(sheet),
        _workers(sheet),
        _support(sheet),
        _signatures(sheet),
    ])


def member_list_html(sheet: OrganizationSheet) -> str:
    lang = sheet.lang
    return "\n".join([
        _heading(sheet),
        title_html(_t("list_title", lang), sheet.name, _as_of(sheet)),
        '<p style="margin-top: 0px;">&nbsp;</p>',
        member_table(sheet),
        _signatures(sheet),
    ])


def organization_document(sheet: OrganizationSheet) -> QTextDocument:
    """One organisation's full record: its fields, members, workers and support."""
    return make_document(organization_html(sheet), f"{_t('record_title', sheet.lang)} – {sheet.name}")


def member_list_document(sheet: OrganizationSheet) -> QTextDocument:
    """The member list of one organisation, under the administrative heading."""
    return make_document(member_list_html(sheet), f"{_t('list_title', sheet.lang)} – {sheet.name}")
