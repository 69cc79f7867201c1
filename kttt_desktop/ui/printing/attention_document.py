"""The list of organisations that need attention on paper: numbered, each with its reasons
and what was decided, under the administrative heading and above the signatures, so the
commune can hand it to the meeting that decides what to do."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from kttt_desktop.core.reports.attention_sheet import AttentionSheet
from kttt_desktop.ui.printing.admin_page import (
    Heading,
    Markup,
    Signatures,
    esc,
    grid_table,
    heading_html,
    make_document,
    signature_html,
    text,
    title_html,
)

_T = {
    "title": ("DANH SÁCH TỔ CHỨC CẦN QUAN TÂM", "ORGANISATIONS THAT NEED ATTENTION"),
    "as_of": ("(tính đến ngày {date})", "(as of {date})"),
    "organization": ("Tổ chức", "Organisation"),
    "reasons": ("Lý do cần quan tâm", "Why"),
    "decided": ("Đã quyết định", "What was decided"),
    "none": ("Không có tổ chức nào cần quan tâm.", "No organisation needs attention."),
    "count": ("Tổng số: {count} tổ chức.", "In all: {count} organisations."),
}


def _t(key: str, lang: str) -> str:
    return _T[key][1 if lang == "en" else 0]


def attention_html(sheet: AttentionSheet) -> str:
    lang = sheet.lang
    parts = [heading_html(Heading(sheet.issuer, sheet.date_line(), lang=lang)),
             title_html(_t("title", lang), note=_t("as_of", lang).format(date=sheet.as_of.strftime("%d/%m/%Y"))),
             '<p style="margin-top: 0px;">&nbsp;</p>']
    if sheet.lines:
        rows = [[number, Markup(f"<b>{esc(line.name)}</b><br/>{esc(line.kind)}, {esc(line.commune)}"),
                 line.reasons, line.decided] for number, line in enumerate(sheet.lines, start=1)]
        parts.append(grid_table([text("number_col", lang), _t("organization", lang), _t("reasons", lang),
                                 _t("decided", lang)], rows, (6, 26, 34, 34), ("mid", "", "", "")))
        parts.append(f'<p class="note">{esc(_t("count", lang).format(count=len(sheet.lines)))}</p>')
    else:
        parts.append(f'<p class="empty">{esc(_t("none", lang))}</p>')
    parts.append(signature_html(Signatures(sheet.officer, sheet.signer_title, sheet.signer_name, sheet.issuer, lang)))
    return "\n".join(parts)


def attention_document(sheet: AttentionSheet) -> QTextDocument:
    """The printed list (made and painted on the GUI thread)."""
    return make_document(attention_html(sheet), document_title(sheet))


def document_title(sheet: AttentionSheet) -> str:
    return f"{_t('title', sheet.lang)} – {sheet.as_of.strftime('%d/%m/%Y')}"
