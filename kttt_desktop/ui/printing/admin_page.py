"""The parts every printed page shares, in the form of a Vietnamese administrative document
(Decree 30/2020/NĐ-CP): the heading with the issuing body and the national motto, the place
and date, the title, bordered tables, the signatures and the recipients.

Documents are HTML in the subset QTextDocument understands (tables, a few CSS properties,
class selectors in the default style sheet). They are set in Liberation Serif, which has the
metrics of the Times New Roman the decree names. Text sizes are in points, as the decree
sets them: the issuing body and the national name 12.5 pt bold upright capitals, the motto
13 pt bold, the body, the date line and the signer 13 pt; 10 pt in tables so that they fit
an A4 portrait page. Qt reads CSS margins and paddings in pixels only, so spacing is written
in points through `pt()`. What the heading and the signatures say comes from
`core.reports.document_form`, shared with the .docx.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument

from kttt_desktop.core.catalogues.report_words import REPORT_TEXTS
from kttt_desktop.core.reports.document_form import issuer_lines, signer_lines
from kttt_desktop.ui.fonts import load_print_font
from kttt_desktop.ui.printing.columns import (
    CELL_PADDING_PT,
    CELL_PADDING_VERTICAL_PT,
    DENSE_CELL_PADDING_PT,
    column_widths,
)
from kttt_desktop.ui.printing.pagination import HEADING_STATE
from kttt_desktop.ui.printing.pdf import prepare, set_up_layout

BODY_PT = 13
NATIONAL_NAME_PT = 12.5  # the national name and the issuing body: 12–13 pt
MOTTO_PT = 13  # 13–14 pt
TABLE_PT = 10
DENSE_TABLE_PT = 9  # tables of many columns (a member list)
SMALL_PT = 11
SIGNING_ROOM_PT = 64  # left blank for the signature and the seal (about 23 mm)

_TEXTS = {
    **{key: REPORT_TEXTS[key] for key in ("republic", "motto", "total", "number_col")},
    "number": ("Số:", "No.:"),
    "prepared_by": ("NGƯỜI LẬP BIỂU", "PREPARED BY"),
    "sign": ("(Ký, ghi rõ họ tên, đóng dấu)", "(Signature, full name and seal)"),
    "sign_plain": ("(Ký, ghi rõ họ tên)", "(Signature and full name)"),
    "recipients": ("Nơi nhận:", "Recipients:"),
}


def text(key: str, lang: str) -> str:
    return _TEXTS[key][1 if lang == "en" else 0]


class Markup(str):
    """HTML written here, put into a page as it is."""


def esc(value: object) -> str:
    """Text for HTML: escaped, and never collapsing to nothing (an empty cell keeps its height)."""
    if isinstance(value, Markup):
        return value
    return html.escape(str(value)) if value not in (None, "") else "&nbsp;"


def pt(points: float) -> str:
    """A CSS length for margins and paddings, which Qt reads in pixels only (1/96 inch)."""
    return f"{points * 96 / 72:.1f}px"


STYLE_SHEET = f"""
body {{ font-size: {BODY_PT}pt; color: #000000; }}
p {{ margin-top: 0px; margin-bottom: {pt(3)}; }}
p.h1 {{ font-size: 14pt; font-weight: bold; text-align: center; margin-top: {pt(18)}; margin-bottom: {pt(2)}; }}
p.h2 {{ font-size: {BODY_PT}pt; font-weight: bold; margin-top: {pt(14)}; margin-bottom: {pt(6)}; }}
p.h3 {{ font-size: {BODY_PT - 1}pt; font-weight: bold; font-style: italic; margin-top: {pt(9)};
      margin-bottom: {pt(4)}; }}
.subtitle {{ font-size: {BODY_PT}pt; font-weight: bold; text-align: center; margin-bottom: {pt(2)}; }}
.note {{ font-size: {SMALL_PT}pt; font-style: italic; margin-top: {pt(4)}; margin-bottom: 0px; }}
.empty {{ font-size: {BODY_PT}pt; font-style: italic; }}
th {{ font-weight: bold; text-align: center; vertical-align: middle; background-color: #efefef; }}
td.num {{ text-align: right; }}
td.mid {{ text-align: center; }}
table.grid {{ font-size: {TABLE_PT}pt; border-collapse: collapse; border-color: #000000; border-style: solid; }}
table.dense {{ font-size: {DENSE_TABLE_PT}pt; border-collapse: collapse; border-color: #000000; border-style: solid; }}
table.grid td, table.grid th {{ padding-left: {pt(CELL_PADDING_PT)}; padding-right: {pt(CELL_PADDING_PT)};
      padding-top: {pt(CELL_PADDING_VERTICAL_PT)}; padding-bottom: {pt(CELL_PADDING_VERTICAL_PT)}; }}
table.dense td, table.dense th {{ padding-left: {pt(DENSE_CELL_PADDING_PT)}; padding-right: {pt(DENSE_CELL_PADDING_PT)};
      padding-top: {pt(CELL_PADDING_VERTICAL_PT)}; padding-bottom: {pt(CELL_PADDING_VERTICAL_PT)}; }}
"""


@dataclass(frozen=True)
class Heading:
    """What the heading of an administrative document says."""

    issuer: str  # upper case: "ỦY BAN NHÂN DÂN XÃ BUM TỞ"
    date_line: str  # "Bum Tở, ngày 26 tháng 11 năm 2026"
    number_suffix: str = ""  # what follows the number: "BC-UBND"; none: no number line
    lang: str = "vi"


def heading(level: int, title: str) -> str:
    """A heading (1: the title, 2: a section, 3: a subsection). Not <h1>–<h3>: Qt enlarges
    those beyond any CSS size. The block is marked so that pagination knows it for a heading."""
    return f'<p class="h{level}" style="-qt-user-state: {HEADING_STATE};">{esc(title)}</p>'


def rule(percent: int) -> str:
    """A short centred line under a heading, as the decree draws under the motto."""
    return f'<hr width="{percent}%" style="margin-top: {pt(1)}; margin-bottom: {pt(1)};"/>'


def heading_html(head: Heading) -> str:
    """The two-column heading: issuing body and number on the left; the national name, the
    motto and the place and date on the right."""
    lang = head.lang
    issuer = "<br/>".join(esc(line) for line in issuer_lines(head.issuer))
    number = ""
    if head.number_suffix:
        number = (f'<p align="center" style="margin-top: {pt(5)}; font-size: 13pt;">'
                  f'{text("number", lang)}{"&nbsp;" * 10}/{esc(head.number_suffix)}</p>')
    tight = "margin-top: 0px; margin-bottom: 0px;"
    return f"""
<table width="100%" cellspacing="0" cellpadding="0" style="font-size: 12pt;">
<tr>
<td width="38%" align="center" valign="top">
  <p align="center" style="{tight} font-weight: bold; font-size: {NATIONAL_NAME_PT}pt;">{issuer}</p>
  {rule(38)}
  {number}
</td>
<td width="62%" align="center" valign="top">
  <p align="center" style="{tight} font-weight: bold; font-size: {NATIONAL_NAME_PT}pt;">{text("republic", lang)}</p>
  <p align="center" style="{tight} font-weight: bold; font-size: {MOTTO_PT}pt;">{text("motto", lang)}</p>
  {rule(50)}
  <p align="center" style="margin-top: {pt(5)}; font-style: italic; font-size: 13pt;">{esc(head.date_line)}</p>
</td>
</tr>
</table>
"""


def title_html(title: str, subtitle: str = "", note: str = "") -> str:
    """The centred title, its subject in bold, an italic note (a date), and a short rule."""
    parts = [heading(1, title)]
    if subtitle:
        parts.append(f'<p class="subtitle">{esc(subtitle)}</p>')
    if note:
        parts.append(f'<p class="subtitle" style="font-weight: normal; font-style: italic;">{esc(note)}</p>')
    parts.append(rule(25))
    return "\n".join(parts)


def grid_table(headers: Sequence[str], rows: Iterable[Sequence[object]], weights: Sequence[float],
               classes: Sequence[str] = (), total: Sequence[object] | None = None,
               dense: bool = False) -> str:
    """A bordered table whose header row is repeated on every page.

    `classes` per column: "num" (right) and "mid" (centred) columns are as wide as their
    content; "" (left) columns share the rest by `weights`. A cell given as `Markup` is not
    escaped. `dense`: a smaller font, for many columns."""
    classes = list(classes) + [""] * (len(headers) - len(classes))
    rows = [list(row) for row in rows]
    widths = column_widths(headers, rows, weights, classes, DENSE_TABLE_PT if dense else TABLE_PT, total,
                           padding_pt=DENSE_CELL_PADDING_PT if dense else CELL_PADDING_PT)
    kind = "dense" if dense else "grid"  # Qt matches one class name only
    out = [f'<table class="{kind}" width="100%" border="1" cellspacing="0" cellpadding="0">', "<thead><tr>"]
    out += [f'<th width="{width}%">{esc(header)}</th>' for header, width in zip(headers, widths, strict=True)]
    out.append("</tr></thead>")
    for row in rows:
        out.append("<tr>" + "".join(f'<td class="{cls}">{esc(cell)}</td>'
                                    for cell, cls in zip(row, classes, strict=True)) + "</tr>")
    if total is not None:
        out.append("<tr>" + "".join(f'<td class="{cls}"><b>{esc(cell)}</b></td>'
                                    for cell, cls in zip(total, classes, strict=True)) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


@dataclass(frozen=True)
class Signatures:
    """Who signs: the officer who prepared the document and the head who approves it."""

    officer: str
    signer_title: str
    signer_name: str
    issuer: str
    lang: str = "vi"
    prepared_title: str = ""  # defaults to "NGƯỜI LẬP BIỂU"


def signature_html(signatures: Signatures, recipients: Sequence[str] = ()) -> str:
    """The signer bottom right with room to sign. With `recipients`, as the decree sets out
    an administrative document: "Nơi nhận" bottom left, beside the signer. Without (a
    record, a list), the officer who prepared it signs on the left."""
    lang = signatures.lang
    right_title = "<br/>".join(esc(line) for line in signer_lines(signatures.issuer, signatures.signer_title, lang))
    bold = 'style="margin-top: 0px; margin-bottom: 0px; font-weight: bold;"'
    note = f'style="margin-top: 0px; margin-bottom: 0px; font-style: italic; font-size: {SMALL_PT}pt;"'
    if recipients:
        lines = "<br/>".join(esc(line) for line in recipients)
        rows = [f'<tr><td width="42%" rowspan="3" valign="top">'
                f'<p style="margin-top: 0px; margin-bottom: 0px; font-size: 12pt; font-weight: bold; '
                f'font-style: italic;">{text("recipients", lang)}</p>'
                f'<p style="margin-top: 0px; margin-bottom: 0px; font-size: 11pt;">{lines}</p></td>'
                f'<td width="58%" align="center" valign="top"><p align="center" {bold}>{right_title}</p></td></tr>',
                f'<tr><td style="padding-top: {pt(SIGNING_ROOM_PT)};"></td></tr>',
                f'<tr><td align="center"><p align="center" {bold}>{esc(signatures.signer_name)}</p></td></tr>']
        return (f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: {pt(16)};">'
                + "".join(rows) + "</table>")
    prepared = signatures.prepared_title or text("prepared_by", lang)
    # Titles, room to sign, names: one row each, so that both names sit on one line. The
    # recipients are a last row of the same table, so the block is never split over pages.
    rows = [f'<tr><td width="42%" align="center" valign="top"><p align="center" {bold}>{esc(prepared)}</p>'
            f'<p align="center" {note}>{text("sign_plain", lang)}</p></td>'
            f'<td width="58%" align="center" valign="top"><p align="center" {bold}>{right_title}</p>'
            f'<p align="center" {note}>{text("sign", lang)}</p></td></tr>',
            f'<tr><td style="padding-top: {pt(SIGNING_ROOM_PT)};"></td><td></td></tr>',
            f'<tr><td align="center"><p align="center" {bold}>{esc(signatures.officer)}</p></td>'
            f'<td align="center"><p align="center" {bold}>{esc(signatures.signer_name)}</p></td></tr>']
    return (f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: {pt(16)};">'
            + "".join(rows) + "</table>")


def make_document(body_html: str, title: str, images: Mapping[str, QImage] | None = None) -> QTextDocument:
    """A document in the shipped font, laid out on A4 pages. `images` are what the HTML's
    <img src="…"> names (the charts)."""
    family = load_print_font()
    document = QTextDocument()
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    font = QFont(family)
    font.setPointSizeF(BODY_PT)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE_SHEET)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    set_up_layout(document)
    document.setHtml(f"<html><head><title>{esc(title)}</title></head>"
                     f"<body style=\"font-family: '{family}';\">{body_html}</body></html>")
    return prepare(document)

