"""The year's report in the Excel summary: one sheet per part, after the summary's own sheet.

The same content as the printed year's sections (`reports.year_report.YearReport`): the
indicators against last year and the year's targets, the changes of the year (by sector, by
commune, one line per organisation), the business results, the support with the loans apart,
the organisations that need attention, and the narrative sections. Every figure is a number
under a number format, so an upper level can add the communes' sheets up; the sheets look
like the summary's (`sheet_blocks`).
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from kttt_desktop.core.catalogues.report_words import REPORT_TEXTS, pick
from kttt_desktop.core.formats import format_date
from kttt_desktop.core.messages import texts
from kttt_desktop.core.reports.sheet_blocks import (
    BOLD,
    COUNT_FORMAT,
    HEADER_HEIGHT,
    NOTE,
    SHARE_FORMAT,
    TITLE,
    SheetWriter,
)
from kttt_desktop.core.reports.year_report import CHANGE_KINDS, ChangeRow, SupportLine, YearReport
from kttt_desktop.core.xlsx.export import MONEY_FORMAT

WIDTHS = (6.0, 40.0, 15.0, 15.0, 15.0, 15.0, 15.0, 15.0)


def _format(unit: str) -> str:
    return SHARE_FORMAT if unit == "percent" else MONEY_FORMAT if unit == "vnd" else COUNT_FORMAT


def _change_format(unit: str, lang: str) -> str:
    """The change column's format: a rate's change in points ("+4,10 điểm %"), as the printed
    report writes it (`figure_text.format_change`); other figures as their own column."""
    if unit != "percent":
        return _format(unit)
    points = f'" {pick(REPORT_TEXTS, "points", lang)}"'
    return f'"+"#,##0.00{points};"−"#,##0.00{points};0{points}'


def add_year_sheets(workbook: Workbook, report: YearReport) -> None:
    """Add the year's sheets to `workbook`, in the order of the printed sections."""
    for part, fill in (("figures", _figures), ("changes", _changes), ("results", _results),
                       ("support", _support), ("attention", _attention), ("narrative", _narrative)):
        sheet = workbook.create_sheet(texts(f"year_sheet_{part}", report.lang))
        for index, width in enumerate(WIDTHS, 1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        writer = SheetWriter(sheet, len(WIDTHS))
        writer.line(report.title, TITLE)
        writer.line(report.headings[part], BOLD)
        writer.row += 1
        fill(writer, report)


def _no(lang: str) -> str:
    return str(pick(REPORT_TEXTS, "number_col", lang))


def _figures(w: SheetWriter, report: YearReport) -> None:
    lang, year = report.lang, report.year
    headers = [_no(lang), texts("year_col_indicator", lang), texts("year_col_previous", lang, previous=year - 1),
               texts("year_col_actual", lang, year=year), texts("year_col_change", lang),
               texts("year_col_target", lang, year=year), texts("year_col_assessment", lang)]
    spans = [1] * len(headers)
    w.sheet.row_dimensions[w.row].height = HEADER_HEIGHT
    w.table_row(headers, [None] * len(headers), spans, header=True)
    for number, f in enumerate(report.figures, start=1):  # each indicator has its own unit
        w.table_row([number, f.label, f.previous, f.actual, f.change, f.target,
                     f.state_label if f.target is not None else None],
                    [None, None, _format(f.unit), _format(f.unit), _change_format(f.unit, lang), _format(f.unit),
                     None], spans)
    w.row += 1
    if report.targets_note:
        w.line(report.targets_note, NOTE)


def _change_table(w: SheetWriter, report: YearReport, first: str, rows: Sequence[ChangeRow]) -> None:
    lang, labels = report.lang, report.changes.change_labels
    w.table([_no(lang), first, *(labels[c] for c in CHANGE_KINDS)],
             [[n, row.label, *(row.counts[c] for c in CHANGE_KINDS)] for n, row in enumerate(rows, start=1)],
             [None, None, *([COUNT_FORMAT] * len(CHANGE_KINDS))],
             total=["", texts("year_col_total", lang), *(sum(r.counts[c] for r in rows) for c in CHANGE_KINDS)])


def _changes(w: SheetWriter, report: YearReport) -> None:
    lang, changes = report.lang, report.changes
    if not changes.events:
        w.line(texts("year_no_changes_table", lang), NOTE)
        return
    w.line(texts("year_col_sector", lang), BOLD)
    _change_table(w, report, texts("year_col_sector", lang), changes.by_sector)
    if changes.by_unit:
        w.line(texts("year_col_unit", lang), BOLD)
        _change_table(w, report, texts("year_col_unit", lang), changes.by_unit)
    w.line(texts("year_col_name", lang), BOLD)
    w.table([_no(lang), texts("year_col_name", lang), texts("year_col_day", lang), texts("year_col_kind", lang),
              texts("year_col_change_kind", lang), texts("year_col_sector", lang), texts("year_col_unit", lang),
              texts("year_col_decision", lang)],
             [[n, e.name, format_date(e.day), e.kind_label, changes.change_labels[e.change], e.sector_label,
               e.unit_name, e.decision_no] for n, e in enumerate(changes.events, start=1)],
             [None] * 8)


def _results(w: SheetWriter, report: YearReport) -> None:
    lang, r = report.lang, report.results
    lines: list[tuple[str, float | int | None]] = [
        ("year_results_reporting", r.reporting), ("year_results_revenue_total", r.revenue_total),
        ("year_results_revenue_average", r.revenue_average), ("year_results_profit_total", r.profit_total),
        ("year_results_profit_average", r.profit_average), ("year_results_income_member", r.income_member_average),
        ("year_results_income_worker", r.income_worker_average), ("year_results_loss_making", r.loss_making)]
    w.table([_no(lang), texts("year_col_figure", lang), texts("year_col_value", lang)],
             [[n, texts(key, lang), value] for n, (key, value) in enumerate(lines, start=1)],
             [None, None, MONEY_FORMAT])
    for key, column, counts in (("year_results_by_scale", "year_col_scale", r.by_scale),
                                ("year_results_by_rating", "year_col_rating", r.by_rating)):
        w.line(texts(key, lang), BOLD)
        w.table([_no(lang), texts(column, lang), texts("year_col_organizations", lang)],
                 [[n, label, count] for n, (_, label, count) in enumerate(counts, start=1)],
                 [None, None, COUNT_FORMAT], total=["", texts("year_col_total", lang), sum(c for *_, c in counts)])


def _support_table(w: SheetWriter, lang: str, column: str, lines: Sequence[SupportLine], total: SupportLine) -> None:
    w.table([_no(lang), texts(column, lang), texts("year_col_count", lang), texts("year_col_organizations", lang),
              texts("year_col_amount", lang)],
             [[n, line.label, line.count, line.organizations, line.amount_vnd] for n, line in enumerate(lines, 1)],
             [None, None, COUNT_FORMAT, COUNT_FORMAT, MONEY_FORMAT],
             total=["", texts("year_col_total", lang), total.count, total.organizations, total.amount_vnd])


def _support(w: SheetWriter, report: YearReport) -> None:
    lang, s = report.lang, report.support
    w.line(texts("year_support_note", lang, date=format_date(report.as_of.isoformat())), NOTE)
    w.line(texts("year_support_by_category", lang), BOLD)
    _support_table(w, lang, "year_col_policy", s.by_category, s.total)
    w.line(texts("year_support_by_source", lang), BOLD)
    _support_table(w, lang, "year_col_source", s.by_source, s.total)
    w.table([_no(lang), texts("year_col_figure", lang), texts("year_col_value", lang)],
             [[1, texts("year_support_people", lang), s.people],
              [2, texts("year_support_interest", lang), s.interest_support_vnd]],
             [None, None, MONEY_FORMAT])
    w.line(texts("year_support_loans", lang), BOLD)
    _support_table(w, lang, "year_col_lender", s.loans, s.loans_total)


def _attention(w: SheetWriter, report: YearReport) -> None:
    lang = report.lang
    if not report.attention:
        w.line(texts("year_no_attention", lang), NOTE)
        return
    w.table([_no(lang), texts("year_col_name", lang), texts("year_col_reasons", lang),
              texts("year_col_decided", lang)],
             [[n, a.name, a.reasons_text(lang), a.decided_text(lang)] for n, a in enumerate(report.attention, 1)],
             [None] * 4, spans=[1, 1, 3, 3])


def _narrative(w: SheetWriter, report: YearReport) -> None:
    for number, section in enumerate(report.sections, start=1):
        w.line(f"{number}. {section.title}", BOLD)
        for sentence in section.sentences:
            w.line(sentence, height=15.0 * (1 + len(sentence) // 110))
        w.line(section.placeholder, NOTE)
        w.row += 1

