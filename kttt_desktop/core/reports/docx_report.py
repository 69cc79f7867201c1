"""The summary report (and the year's report) as a Word document the officer finishes.

The printed PDF cannot be edited, yet every report to the upper level has parts only the
officer can write: what was achieved, what is weak and why, what comes next, what is asked
for. The .docx carries those sections with the sentences the data already allows and a
highlighted place for the officer's own text, then the same figures as the PDF as real Word
tables (an appendix after the signature, as the decree places one). It opens in Word and in
LibreOffice Writer.

The form is Decree 30/2020/NĐ-CP's, as the PDF's (`document_form` gives both the same
words): A4, margins 20/20/30/15 mm, Times New Roman; the issuing body and the national name
12.5 pt bold upright capitals, the motto 13 pt bold, the body 13 pt, the date line (the
signing date) 13 pt italic, page numbers centred at the top from page 2. Every run names its
font and size, so the document reads the same whatever the receiving PC's defaults.

No Qt: written by python-docx on any thread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from kttt_desktop.core import catalogs
from kttt_desktop.core.catalogues.report_words import REPORT_TEXTS, pick
from kttt_desktop.core.files import saving_next_to
from kttt_desktop.core.formats import format_date, format_money
from kttt_desktop.core.messages import texts
from kttt_desktop.core.plan.indicators import indicator
from kttt_desktop.core.plan.targets import HORIZONS
from kttt_desktop.core.reports.document_form import issuer_lines, signer_lines
from kttt_desktop.core.reports.figure_text import (
    figure_label,
    format_change,
    format_indicator,
    indicator_cells,
    indicator_headers,
)
from kttt_desktop.core.reports.registers import register_lines, register_text
from kttt_desktop.core.reports.summary import ReportData
from kttt_desktop.core.reports.year_report import (
    SECTION_KEYS,
    NarrativeSection,
    YearReport,
    operating_sentence,
)

__all__ = ["FONT", "write_report_docx"]

FONT = "Times New Roman"
NATIONAL_NAME_PT = 12.5  # the national name and the issuing body: 12–13 pt
MOTTO_PT = 13  # 13–14 pt
BODY_PT = 13  # 13–14 pt
TITLE_PT = 14
TABLE_PT = 10
SMALL_PT = 11
MARGINS_MM = (20, 20, 30, 15)  # top, bottom, left, right (Decree 30/2020, appendix I)
BODY_WIDTH_MM = 210 - 30 - 15
_NUMBERED = re.compile(r"^[IVX]+\.\s+")  # "I. " before a section's name in the shared words

_T: dict[str, tuple[Any, Any]] = {
    **REPORT_TEXTS,
    "number": ("Số:        /BC-UBND", "No.:        /BC-UBND"),
    "title": ("BÁO CÁO", "REPORT"),
    "recipients": ("Nơi nhận:", "Recipients:"),
    "appendix": ("PHỤ LỤC", "APPENDIX"),
    "appendix_note": ("Số liệu kèm theo báo cáo; số liệu đến ngày {date}.",
                      "Figures attached to the report, as of {date}."),
    "previous": ("Năm {year}", "{year}"),
    "change": ("Tăng, giảm", "Change"),
    "year_target": ("Chỉ tiêu năm {year}", "Target for {year}"),
    "long_term": ("Các chỉ tiêu dài hạn", "The long-term targets"),
    "registers": ("Các sổ chuyên đề", "The registers"),
    "change_kind": ("Biến động", "Change"),
    "events": ("Danh sách biến động trong năm", "The changes of the year, one by one"),
    "day": ("Ngày", "Date"),
    "decision": ("Số quyết định", "Decision no."),
    "sector": ("Ngành, lĩnh vực", "Sector"),
    "results_item": ("Nội dung", "Item"),
    "results_rows": (("Số tổ chức có kết quả hoạt động năm", "Tổng doanh thu (triệu đồng)",
                      "Doanh thu bình quân một tổ chức (triệu đồng)", "Tổng lợi nhuận (triệu đồng)",
                      "Lợi nhuận bình quân một tổ chức (triệu đồng)",
                      "Thu nhập bình quân của thành viên (triệu đồng/năm)",
                      "Thu nhập bình quân của lao động (triệu đồng/năm)", "Số tổ chức bị lỗ"),
                     ("Organisations that filed yearly results", "Total revenue (million VND)",
                      "Average revenue per organisation (million VND)", "Total profit (million VND)",
                      "Average profit per organisation (million VND)", "Average income of a member (million VND/year)",
                      "Average income of a worker (million VND/year)", "Organisations that made a loss")),
    "scale": ("Quy mô", "Scale"),
    "rating": ("Xếp loại", "Rating"),
    "organizations": ("Số tổ chức", "Organisations"),
    "support_total": ("Cộng hỗ trợ", "All support"),
    "loans": ("Vốn vay (không tính là hỗ trợ)", "Loans (not counted as support)"),
    "lender": ("Bên cho vay, nguồn vốn", "Lender, source"),
    "people": ("Thành viên của các tổ chức được hỗ trợ: {n}.", "Members of the supported organisations: {n}."),
    "interest": ("Hỗ trợ lãi suất trên các khoản vay của năm: {amount} triệu đồng.",
                 "Interest support on the year's loans: {amount} million VND."),
    "attention_reasons": ("Lý do", "Reasons"),
    "attention_decided": ("Đã quyết định", "Decided"),
    "no_attention": ("Không có tổ chức nào cần quan tâm.", "No organisation needs attention."),
    "none": ("Không có.", "None."),
}


def _t(key: str, lang: str) -> Any:
    return pick(_T, key, lang)


def write_report_docx(report: ReportData, path: Path | str, year: YearReport | None = None) -> Path:
    """Write the report as a .docx at `path` and return the path; with the year's report
    (`year`, else the one the summary carries) its sentences, changes, results, support and
    attention list go around the summary's figures.

    Written next to the target and moved into place when complete, so a failure never leaves
    half a file; `export_unwritable` when the folder cannot be written or the file is open."""
    document = report_docx(report, year)
    target = Path(path)
    with saving_next_to(target) as temp:
        document.save(temp)
    return target


def report_docx(report: ReportData, year: YearReport | None = None) -> DocxDocument:
    """The report as a python-docx document, not yet saved."""
    writer = _Writer(report, year if year is not None else report.year_report)
    writer.write()
    return writer.doc


class _Writer:
    def __init__(self, report: ReportData, year: YearReport | None) -> None:
        self.report, self.year, self.lang = report, year, report.lang
        self.doc = Document()
        self.table_number = 0

    # --- the page, the styles ------------------------------------------------------------

    def write(self) -> None:
        self._set_up()
        self._heading()
        self._title()
        self._narrative()
        self._signature()
        self._appendix()

    def _set_up(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        top, bottom, left, right = MARGINS_MM
        section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
        section.left_margin, section.right_margin = Mm(left), Mm(right)
        section.header_distance = Mm(10)
        for style_name in ("Normal", "Header", "Footer", "Heading 1", "Heading 2", "Heading 3"):
            style = self.doc.styles[style_name]
            style.font.name = FONT
            _name_font(style.element.get_or_add_rPr())
            style.font.color.rgb = None
            style.font.italic = None
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(BODY_PT)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.15
        for level, size in ((1, BODY_PT), (2, BODY_PT), (3, BODY_PT)):
            style = self.doc.styles[f"Heading {level}"]
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.italic = level == 3
            style.paragraph_format.space_before = Pt(12 if level == 1 else 6)
            style.paragraph_format.space_after = Pt(6)
            style.paragraph_format.keep_with_next = True
        # Page numbers centred in the top margin, from page 2.
        section.different_first_page_header_footer = True
        number = section.header.paragraphs[0]
        number.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_field(number)
        self.doc.core_properties.title = f"{self.report.title} – {self._subject()}"
        self.doc.core_properties.author = self.report.officer or ""

    # --- the heading and the title ---------------------------------------------------------

    def _heading(self) -> None:
        lang = self.lang
        table = self.doc.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = (Mm(BODY_WIDTH_MM * 0.38), Mm(BODY_WIDTH_MM * 0.62))
        _column_widths(table, widths)
        left, right = table.rows[0].cells
        first = left.paragraphs[0]
        for index, line in enumerate(issuer_lines(self.report.issuer)):
            paragraph = first if index == 0 else left.add_paragraph()
            _line(paragraph, line, NATIONAL_NAME_PT, bold=True)
        _rule(left.add_paragraph(), BODY_WIDTH_MM * 0.38, 0.4)
        _line(left.add_paragraph(), _t("number", lang), BODY_PT, space_before=6)  # level with the date line
        _line(right.paragraphs[0], _t("republic", lang), NATIONAL_NAME_PT, bold=True)
        _line(right.add_paragraph(), _t("motto", lang), MOTTO_PT, bold=True)
        _rule(right.add_paragraph(), BODY_WIDTH_MM * 0.62, 0.55)
        _line(right.add_paragraph(), self.report.date_line(), BODY_PT, italic=True, space_before=6)

    def _subject(self) -> str:
        if self.year is None:
            return self.report.subtitle
        title = self.year.title
        prefix = "Báo cáo "
        return title[len(prefix)].upper() + title[len(prefix) + 1:] if title.startswith(prefix) else title

    def _title(self) -> None:
        _line(self.doc.add_paragraph(), _t("title", self.lang), TITLE_PT, bold=True, space_before=18)
        _line(self.doc.add_paragraph(), self._subject(), TITLE_PT, bold=True)
        _rule(self.doc.add_paragraph(), BODY_WIDTH_MM, 0.2)

    # --- the narrative ----------------------------------------------------------------------

    def _sections(self) -> list[NarrativeSection]:
        if self.year is not None:
            return self.year.sections
        lang, report = self.lang, self.report
        operating = operating_sentence(report.snapshot, report.as_of, lang)
        placeholder = texts("year_officer_text", lang)
        return [NarrativeSection(key, texts(f"year_section_{key}", lang), [operating] if index == 0 else [],
                                 placeholder) for index, key in enumerate(SECTION_KEYS)]

    def _narrative(self) -> None:
        for number, section in enumerate(self._sections(), start=1):
            self._section_heading(1, f"{_roman(number)}. {section.title}")
            for sentence in section.sentences:
                _body(self.doc.add_paragraph(), sentence)
            marked = _body(self.doc.add_paragraph(), "")
            run = marked.add_run(section.placeholder)
            _font(run, BODY_PT, italic=True)
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW

    def _section_heading(self, level: int, text: str) -> Paragraph:
        paragraph = self.doc.add_paragraph(style=f"Heading {level}")
        run = paragraph.add_run(text)
        _font(run, BODY_PT, bold=True, italic=level == 3)
        return paragraph

    # --- the signature ---------------------------------------------------------------------

    def _signature(self) -> None:
        """"Nơi nhận" bottom left, the signer bottom right (Decree 30/2020)."""
        lang, report = self.lang, self.report
        table = self.doc.add_table(rows=1, cols=2)
        _column_widths(table, (Mm(BODY_WIDTH_MM * 0.45), Mm(BODY_WIDTH_MM * 0.55)))
        _row_flag(table.rows[0], "w:cantSplit")  # the signature is never split over two pages
        left, right = table.rows[0].cells
        heading = left.paragraphs[0]
        _line(heading, _t("recipients", lang), 12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT,
              space_before=12)
        for recipient in report.recipients:
            _line(left.add_paragraph(), recipient, SMALL_PT, align=WD_ALIGN_PARAGRAPH.LEFT)
        title = right.paragraphs[0]
        for index, line in enumerate(signer_lines(report.issuer, report.signer_title, lang)):
            _line(title if index == 0 else right.add_paragraph(), line, BODY_PT, bold=True,
                  space_before=12 if index == 0 else 0)
        for _ in range(3):  # room to sign and seal
            _line(right.add_paragraph(), "", BODY_PT)
        _line(right.add_paragraph(), report.signer_name, BODY_PT, bold=True)

    # --- the appendix: the figures ---------------------------------------------------------

    def _appendix(self) -> None:
        lang, report = self.lang, self.report
        title = _line(self.doc.add_paragraph(), _t("appendix", lang), TITLE_PT, bold=True)
        title.paragraph_format.page_break_before = True
        _line(self.doc.add_paragraph(), _t("appendix_note", lang).format(date=report.as_of.strftime("%d/%m/%Y")),
              BODY_PT, italic=True)
        if self.year is not None:
            self._year_figures()
        self._indicators()
        self._beside()
        if self.year is not None:
            self._changes()
            self._results()
            self._year_support()
        self._organizations()
        if self.year is None:
            self._support()
        self._registers()
        if self.year is not None:
            self._attention()

    def _part(self, title: str) -> None:
        self.table_number += 1
        self._section_heading(2, f"{self.table_number}. {_NUMBERED.sub('', title)}")

    def _sub(self, title: str) -> None:
        self._section_heading(3, title)

    def _note(self, text: str) -> None:
        _line(self.doc.add_paragraph(), text, SMALL_PT, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    def _empty(self, text: str) -> None:
        _body(self.doc.add_paragraph(), text, italic=True)

    def _table(self, headers: Sequence[str], rows: Iterable[Sequence[object]], weights: Sequence[float],
               numbers: Sequence[int] = (), total: Sequence[object] | None = None) -> None:
        """A bordered table, its header row repeated on every page; `numbers` are the columns
        aligned right (figures), the first column (STT) is centred."""
        rows = [list(row) for row in rows]
        table = self.doc.add_table(rows=1, cols=len(headers))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _cell_margins(table, Mm(1))
        centred = 0 if headers[0] == _t("number_col", self.lang) else -1  # the STT column
        scale = BODY_WIDTH_MM / sum(weights)
        _column_widths(table, [Mm(weight * scale) for weight in weights])
        header = table.rows[0]
        _row_flag(header, "w:tblHeader")
        for cell, text in zip(header.cells, headers, strict=True):
            _shade(cell, "EFEFEF")
            _line(cell.paragraphs[0], text, TABLE_PT, bold=True)
        body = [*rows, *([list(total)] if total is not None else [])]
        for index, values in enumerate(body):
            cells = table.add_row().cells
            bold = total is not None and index == len(body) - 1
            for column, (cell, value) in enumerate(zip(cells, values, strict=True)):
                align = (WD_ALIGN_PARAGRAPH.RIGHT if column in numbers else
                         WD_ALIGN_PARAGRAPH.CENTER if column == centred else WD_ALIGN_PARAGRAPH.LEFT)
                _line(cell.paragraphs[0], "" if value is None else str(value), TABLE_PT, bold=bold, align=align)
        _column_widths(table, [Mm(weight * scale) for weight in weights])

    def _money(self, value: float | None) -> str:
        return format_indicator("vnd", value, self.lang)

    def _count(self, value: float | None) -> str:
        return format_indicator("count", value, self.lang)

    def _year_figures(self) -> None:
        lang, year = self.lang, self.year
        assert year is not None
        self._part(year.headings["figures"])
        headers = [_t("number_col", lang), _t("indicator", lang), _t("previous", lang).format(year=year.year - 1),
                   _t("previous", lang).format(year=year.year), _t("change", lang),
                   _t("year_target", lang).format(year=year.year), _t("assessment", lang)]
        rows = []
        for number, figure in enumerate(year.figures, start=1):
            change = format_change(figure.unit, figure.change, lang)
            rows.append([number, figure_label(indicator(figure.key), lang),
                         format_indicator(figure.unit, figure.previous, lang),
                         format_indicator(figure.unit, figure.actual, lang), change,
                         figure.target_text or "—", figure.state_label])
        self._table(headers, rows, (6, 30, 12, 12, 11, 14, 15), numbers=(2, 3, 4))
        if year.targets_note:
            self._note(year.targets_note)

    def _indicators(self) -> None:
        lang, report = self.lang, self.report
        self._part(_t("long_term", lang) if self.year is not None else _t("section_indicators", lang))
        headers = [_t("number_col", lang), *indicator_headers(lang)]
        rows = [[number, *indicator_cells(row, lang)] for number, row in enumerate(report.indicator_rows, start=1)]
        self._table(headers, rows, (6, 27, 11, 12, 7, 12, 7, 18), numbers=(2, 3, 4, 5, 6))
        notes = [_t("assessment_note", lang).format(first=HORIZONS[0], last=HORIZONS[-1]), _t("counting_note", lang)]
        if report.targets_note:
            notes.insert(0, report.targets_note)
        for note in notes:
            self._note(note)

    def _beside(self) -> None:
        lang, report = self.lang, self.report
        if not report.beside_rows:
            return
        self._sub(_t("beside", lang))
        rows = [[number, figure_label(row.figure, lang), format_indicator(row.figure.unit, row.value, lang),
                 row.figure.explanation(lang)] for number, row in enumerate(report.beside_rows, start=1)]
        self._table([_t("number_col", lang), _t("figure", lang), _t("value", lang), _t("counted", lang)],
                    rows, (6, 34, 12, 48), numbers=(2,))

    def _changes(self) -> None:
        lang, year = self.lang, self.year
        assert year is not None
        changes = year.changes
        self._part(year.headings["changes"])
        kinds = [value.code for value in catalogs.catalog("organization_kind")]
        labels = [catalogs.label("organization_kind", kind, lang) for kind in kinds]
        rows = []
        for change, label in changes.change_labels.items():
            counts = changes.by_kind.get(change, {})
            rows.append([label, *(format_money(counts.get(kind, 0)) for kind in kinds),
                         format_money(sum(counts.values()))])
        self._table([_t("change_kind", lang), *labels, _t("sum", lang)], rows,
                    (40, *([60 / (len(kinds) + 1)] * (len(kinds) + 1))), numbers=tuple(range(1, len(kinds) + 2)))
        for title, column, lines in ((_t("sector", lang), _t("sector", lang), changes.by_sector),
                                     (_t("by_unit", lang), _t("unit", lang), changes.by_unit)):
            if not lines:
                continue
            self._sub(title)
            self._table([column, *changes.change_labels.values(), _t("sum", lang)],
                        [[row.label, *(format_money(row.counts[key]) for key in changes.change_labels),
                          format_money(row.total)] for row in lines],
                        (30, *([70 / (len(changes.change_labels) + 1)] * (len(changes.change_labels) + 1))),
                        numbers=tuple(range(1, len(changes.change_labels) + 2)))
        self._sub(_t("events", lang))
        if not changes.events:
            self._empty(_t("none", lang))
            return
        self._table([_t("number_col", lang), _t("day", lang), _t("change_kind", lang), _t("name", lang),
                     _t("unit", lang), _t("decision", lang)],
                    [[number, format_date(event.day), changes.change_labels[event.change],
                      f"{event.name} ({event.kind_label})", event.unit_name, event.decision_no]
                     for number, event in enumerate(changes.events, start=1)],
                    (6, 13, 17, 32, 17, 15))

    def _results(self) -> None:
        lang, year = self.lang, self.year
        assert year is not None
        results = year.results
        self._part(year.headings["results"])
        values = (self._count(results.reporting), self._money(results.revenue_total),
                  self._money(results.revenue_average), self._money(results.profit_total),
                  self._money(results.profit_average), self._money(results.income_member_average),
                  self._money(results.income_worker_average), self._count(results.loss_making))
        self._table([_t("number_col", lang), _t("results_item", lang), _t("value", lang)],
                    [[number, label, value] for number, (label, value)
                     in enumerate(zip(_t("results_rows", lang), values, strict=True), start=1)],
                    (8, 70, 22), numbers=(2,))
        for key, lines in (("scale", results.by_scale), ("rating", results.by_rating)):
            self._sub(_t(key, lang))
            self._table([_t("number_col", lang), _t(key, lang), _t("organizations", lang)],
                        [[number, label, format_money(n)] for number, (_, label, n) in enumerate(lines, start=1)],
                        (8, 70, 22), numbers=(2,),
                        total=["", _t("total", lang), format_money(sum(n for _, _, n in lines))])

    def _year_support(self) -> None:
        lang, year = self.lang, self.year
        assert year is not None
        support = year.support
        self._part(year.headings["support"])
        if not support.total.count:
            self._empty(_t("no_support", lang))
        headers = [_t("number_col", lang), "", _t("count", lang), _t("organizations", lang),
                   _t("millions", lang).format(header=_t("amount", lang).split(" (")[0])]
        for key, column, lines in (("by_category", "content", support.by_category),
                                   ("by_source", "source", support.by_source)):
            if not lines:
                continue
            self._sub(_t(key, lang))
            self._table([headers[0], _t(column, lang), *headers[2:]],
                        [[n, line.label, format_money(line.count), format_money(line.organizations),
                          self._money(line.amount_vnd)] for n, line in enumerate(lines, start=1)],
                        (7, 48, 13, 14, 18), numbers=(2, 3, 4),
                        total=["", _t("support_total", lang), format_money(support.total.count),
                               format_money(support.total.organizations), self._money(support.total.amount_vnd)])
        if support.total.count:
            _body(self.doc.add_paragraph(), _t("people", lang).format(n=format_money(support.people)))
        self._sub(_t("loans", lang))
        if not support.loans:
            self._empty(_t("none", lang))
            return
        self._table([headers[0], _t("lender", lang), *headers[2:]],
                    [[n, line.label, format_money(line.count), format_money(line.organizations),
                      self._money(line.amount_vnd)] for n, line in enumerate(support.loans, start=1)],
                    (7, 48, 13, 14, 18), numbers=(2, 3, 4),
                    total=["", _t("total", lang), format_money(support.loans_total.count),
                           format_money(support.loans_total.organizations),
                           self._money(support.loans_total.amount_vnd)])
        if support.interest_support_vnd:
            self._note(_t("interest", lang).format(amount=self._money(support.interest_support_vnd)))

    def _organizations(self) -> None:
        lang, report = self.lang, self.report
        self._part(_t("section_organizations", lang))
        if not report.status_table:
            self._empty(_t("no_organizations", lang))
            return
        kinds, grid, totals = report.status_grid()
        rows = [[status, *(format_money(v) for v in values), format_money(sum(values))] for status, values in grid]
        share = 66 / (len(kinds) + 1)
        self._table([_t("status", lang), *kinds, _t("sum", lang)], rows, (34, *([share] * (len(kinds) + 1))),
                    numbers=tuple(range(1, len(kinds) + 2)),
                    total=[_t("total", lang), *(format_money(v) for v in totals), format_money(sum(totals))])
        if report.unit_rows:
            self._sub(_t("by_unit", lang))
            keys = ("htx_count", "htx_members", "tht_count", "tht_members", "jobs", "support_amount")
            totals_by_key = {key: sum(unit.values.get(key) or 0 for unit in report.unit_rows) for key in keys}
            self._table([_t("number_col", lang), _t("unit", lang), *_t("unit_headers", lang)],
                        [[n, unit.name, *(self._unit_value(key, unit.values.get(key)) for key in keys)]
                         for n, unit in enumerate(report.unit_rows, start=1)],
                        (6, 28, 10, 11, 10, 11, 10, 14), numbers=tuple(range(2, 8)),
                        total=["", _t("total", lang), *(self._unit_value(key, totals_by_key[key]) for key in keys)])
        for kind, lines in report.organizations_by_kind.items():
            self._sub(f"{_t('lists', lang)}: {kind} ({len(lines)})")
            self._table([_t("number_col", lang), _t("name", lang), _t("code", lang), _t("village", lang),
                         _t("status", lang), _t("members", lang), _t("workers", lang)],
                        [[n, line.name, line.code, line.village, line.status, format_money(line.members),
                          format_money(line.workers)] for n, line in enumerate(lines, start=1)],
                        (6, 29, 15, 14, 18, 9, 9), numbers=(5, 6))

    def _unit_value(self, key: str, value: float | None) -> str:
        return self._money(value) if key == "support_amount" else self._count(value)

    def _support(self) -> None:
        lang, report = self.lang, self.report
        self._part(_t("section_support", lang))
        if not report.support_by_category and not report.support_by_source:
            self._empty(_t("no_support", lang))
            return
        self._note(_t("support_note", lang).format(date=report.as_of.strftime("%d/%m/%Y")))
        for key, column, lines in (("by_category", "content", report.support_by_category),
                                   ("by_source", "source", report.support_by_source)):
            self._sub(_t(key, lang))
            self._table([_t("number_col", lang), _t(column, lang), _t("count", lang), _t("amount", lang)],
                        [[n, label, format_money(count), format_money(amount)]
                         for n, (label, count, amount) in enumerate(lines, start=1)],
                        (7, 55, 13, 25), numbers=(2, 3),
                        total=["", _t("total", lang), format_money(sum(n for _, n, _ in lines)),
                               format_money(sum(a for _, _, a in lines))])

    def _registers(self) -> None:
        lang, report = self.lang, self.report
        figures = report.registers
        if figures is None:
            return
        self._part(self.year.headings["registers"] if self.year is not None else _t("registers", lang))
        units = {"pct": "percent"}
        self._table([_t("number_col", lang), _t("figure", lang), _t("value", lang), _t("counted", lang)],
                    [[n, figure_label(line.figure, lang),
                      format_indicator(units.get(line.figure.unit, line.figure.unit), line.value, lang), line.note]
                     for n, line in enumerate(register_lines(figures, lang), start=1)],
                    (6, 34, 12, 48), numbers=(2,))

        def words(key: str) -> str:
            return str(register_text(key, lang))

        for key, column, count_key, lines in (("trained", "topic", "people", figures.trained_by_topic),
                                              ("contracts", "stage", "contracts_count", figures.contracts_by_stage)):
            self._sub(words(key))
            if not lines:
                self._empty(words("none"))
                continue
            self._table([_t("number_col", lang), words(column), words(count_key)],
                        [[n, label, format_money(count)] for n, (label, count) in enumerate(lines, start=1)],
                        (8, 70, 22), numbers=(2,),
                        total=["", _t("total", lang), format_money(sum(count for _, count in lines))])
        self._sub(words("loans"))
        if not figures.loan_register:
            self._empty(words("no_loan_register"))
            return
        self._table([_t("number_col", lang), words("lender"), words("loans_count"),
                     *(_t("millions", lang).format(header=words(key)) for key in ("outstanding", "overdue"))],
                    [[n, label, format_money(count), self._money(outstanding), self._money(overdue)]
                     for n, (label, count, outstanding, overdue) in enumerate(figures.loans_by_lender, start=1)],
                    (7, 45, 14, 17, 17), numbers=(2, 3, 4),
                    total=["", _t("total", lang), format_money(sum(row[1] for row in figures.loans_by_lender)),
                           self._money(figures.loans_outstanding), self._money(figures.loans_overdue)])

    def _attention(self) -> None:
        lang, year = self.lang, self.year
        assert year is not None
        self._part(year.headings["attention"])
        if not year.attention:
            self._empty(_t("no_attention", lang))
            return
        self._table([_t("number_col", lang), _t("name", lang), _t("attention_reasons", lang),
                     _t("attention_decided", lang)],
                    [[n, f"{item.name} ({catalogs.label('organization_kind', item.kind, lang)})",
                      item.reasons_text(lang), item.decided_text(lang)]
                     for n, item in enumerate(year.attention, start=1)],
                    (6, 28, 36, 30))


# --- python-docx details --------------------------------------------------------------------


def _roman(number: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out += letters
            number -= value
    return out


def _name_font(rpr: Any) -> None:
    """Times New Roman for every script of a run or style (Vietnamese letters are "complex"
    in some Word versions), without the theme fonts that would override it."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)


def _font(run: Any, size: float, bold: bool = False, italic: bool = False) -> None:
    run.font.name = FONT
    _name_font(run._element.get_or_add_rPr())
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic


def _line(paragraph: Paragraph, text: str, size: float, bold: bool = False, italic: bool = False,
          align: Any = WD_ALIGN_PARAGRAPH.CENTER, space_before: float = 0) -> Paragraph:
    """One line of a heading, a title or a table cell: no indent, no space after."""
    paragraph.alignment = align
    layout = paragraph.paragraph_format
    layout.space_before, layout.space_after, layout.first_line_indent = Pt(space_before), Pt(0), Cm(0)
    layout.line_spacing = 1.0
    if text:
        _font(paragraph.add_run(text), size, bold, italic)
    return paragraph


def _body(paragraph: Paragraph, text: str, italic: bool = False) -> Paragraph:
    """A paragraph of the body: justified, its first line indented 1 cm (Decree 30/2020)."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph.paragraph_format.first_line_indent = Cm(1)
    paragraph.paragraph_format.space_after = Pt(6)
    if text:
        _font(paragraph.add_run(text), BODY_PT, italic=italic)
    return paragraph


def _rule(paragraph: Paragraph, width_mm: float, share: float) -> None:
    """A short centred line (as under the issuer and the motto): the bottom border of an
    empty paragraph indented to `share` of `width_mm`."""
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = Mm(width_mm * (1 - share) / 2)
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.space_before = Pt(3)
    paragraph.paragraph_format.line_spacing = Pt(2)
    properties = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    # Word refuses properties out of the schema's order: the borders go before these.
    properties.insert_element_before(borders, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                                     "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                                     "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                                     "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                                     "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                                     "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _column_widths(table: Table, widths: Sequence[Any]) -> None:
    """Fixed column widths, which Word reads from the cells and LibreOffice from the grid."""
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(int(width.twips)))


def _cell_margins(table: Table, side: Any) -> None:
    """The room left and right of the text in every cell of `table`."""
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        margin = OxmlElement(f"w:{edge}")
        margin.set(qn("w:w"), str(int(side.twips)))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription",
                                           "w:tblPrChange")


def _row_flag(row: Any, tag: str) -> None:
    """Set a row's flag: "w:tblHeader" (repeated on every page), "w:cantSplit"."""
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement(tag)
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shading.set(qn(key), value)
    cell._tc.get_or_add_tcPr().append(shading)


def _page_field(paragraph: Paragraph) -> None:
    """The page number, as a field Word and Writer fill in."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), str(SMALL_PT * 2))
    properties.append(size)
    run.append(properties)
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
