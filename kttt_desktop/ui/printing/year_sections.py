"""The year's sections of the printed report: what follows the summary when a year is chosen.

Built from `core.reports.year_report.YearReport` (every figure and sentence comes from there,
so the page, the Excel sheets and the Word document agree): the year's indicators against last
year and the year's own targets, the changes of the year, the business results, the support
with the loans apart, the organisations that need attention, and the narrative sections with
the sentences the data allows and the place where the officer writes. The registers of the
day are already in the summary's own section, so they are not repeated here.
"""

from __future__ import annotations

from kttt_desktop.core.formats import format_date, format_money
from kttt_desktop.core.messages import texts
from kttt_desktop.core.plan.indicators import indicator
from kttt_desktop.core.reports.figure_text import format_change
from kttt_desktop.core.reports.year_report import CHANGE_KINDS, ChangeRow, SupportLine, YearReport
from kttt_desktop.ui.printing.admin_page import esc, grid_table, heading, text
from kttt_desktop.ui.printing.report_document import figure_label, format_indicator

# The summary's own sections run from I to V: the year's follow.
_NUMERALS = ("VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _money(value: float | None) -> str:
    return "—" if value is None else format_money(round(value))


def _figures(report: YearReport) -> list[str]:
    lang, year = report.lang, report.year
    headers = [text("number_col", lang), texts("year_col_indicator", lang),
               texts("year_col_previous", lang, previous=year - 1), texts("year_col_actual", lang, year=year),
               texts("year_col_change", lang), texts("year_col_target", lang, year=year),
               texts("year_col_assessment", lang)]
    rows = []
    for number, f in enumerate(report.figures, start=1):
        label = figure_label(indicator(f.key), lang)
        rows.append([number, label, format_indicator(f.unit, f.previous, lang),
                     format_indicator(f.unit, f.actual, lang), format_change(f.unit, f.change, lang),
                     f.target_text or "—",
                     f.state_label if f.target is not None else "—"])
    parts = [grid_table(headers, rows, (6, 34, 11, 11, 11, 12, 15), ("mid", "", "num", "num", "num", "num", "mid"))]
    if report.targets_note:
        parts.append(f'<p class="note">{esc(report.targets_note)}</p>')
    return parts


def _change_table(rows: list[ChangeRow], first_header: str, report: YearReport) -> str:
    lang = report.lang
    labels = report.changes.change_labels
    totals = [sum(row.counts[change] for row in rows) for change in CHANGE_KINDS]
    return grid_table(
        [text("number_col", lang), first_header, *(labels[change] for change in CHANGE_KINDS)],
        [[number, row.label, *(row.counts[change] for change in CHANGE_KINDS)]
         for number, row in enumerate(rows, start=1)],
        (6, 28, *([11] * len(CHANGE_KINDS))), ("mid", "", *(["num"] * len(CHANGE_KINDS))),
        total=["", texts("year_col_total", lang), *totals], dense=True)


def _changes(report: YearReport) -> list[str]:
    lang, changes = report.lang, report.changes
    if not changes.events:
        return [f'<p class="empty">{esc(texts("year_no_changes_table", lang))}</p>']
    parts = [heading(3, f"1. {texts('year_col_sector', lang)}"),
             _change_table(changes.by_sector, texts("year_col_sector", lang), report)]
    number = 2
    if changes.by_unit:
        parts += [heading(3, f"{number}. {texts('year_col_unit', lang)}"),
                  _change_table(changes.by_unit, texts("year_col_unit", lang), report)]
        number += 1
    parts.append(heading(3, f"{number}. {texts('year_col_name', lang)}"))
    parts.append(grid_table(
        [text("number_col", lang), texts("year_col_day", lang), texts("year_col_name", lang),
         texts("year_col_kind", lang), texts("year_col_change_kind", lang), texts("year_col_decision", lang)],
        [[index, format_date(e.day), e.name, e.kind_label, changes.change_labels[e.change], e.decision_no]
         for index, e in enumerate(changes.events, start=1)],
        (6, 12, 32, 16, 18, 16), ("mid", "mid", "", "", "", ""), dense=True))
    return parts


def _results(report: YearReport) -> list[str]:
    lang, r = report.lang, report.results
    lines = [("year_results_reporting", format_money(r.reporting)),
             ("year_results_revenue_total", format_money(r.revenue_total)),
             ("year_results_revenue_average", _money(r.revenue_average)),
             ("year_results_profit_total", format_money(r.profit_total)),
             ("year_results_profit_average", _money(r.profit_average)),
             ("year_results_income_member", _money(r.income_member_average)),
             ("year_results_income_worker", _money(r.income_worker_average)),
             ("year_results_loss_making", format_money(r.loss_making))]
    parts = [grid_table([text("number_col", lang), texts("year_col_figure", lang), texts("year_col_value", lang)],
                        [[n, texts(key, lang), value] for n, (key, value) in enumerate(lines, start=1)],
                        (7, 68, 25), ("mid", "", "num"))]
    if r.reporting:
        for number, (key, column, counts) in enumerate((("year_results_by_scale", "year_col_scale", r.by_scale),
                                                        ("year_results_by_rating", "year_col_rating", r.by_rating)),
                                                       start=1):
            parts.append(heading(3, f"{number}. {texts(key, lang)}"))
            parts.append(grid_table(
                [text("number_col", lang), texts(column, lang), texts("year_col_organizations", lang)],
                [[index, label, n] for index, (_, label, n) in enumerate(counts, start=1)],
                (7, 68, 25), ("mid", "", "num"), total=["", texts("year_col_total", lang), sum(n for *_, n in counts)]))
    return parts


def _support_lines(report: YearReport, column: str, lines: list[SupportLine], total: SupportLine) -> str:
    lang = report.lang
    return grid_table(
        [text("number_col", lang), texts(column, lang), texts("year_col_count", lang),
         texts("year_col_organizations", lang), texts("year_col_amount", lang)],
        [[index, line.label, format_money(line.count), format_money(line.organizations), format_money(line.amount_vnd)]
         for index, line in enumerate(lines, start=1)],
        (7, 48, 12, 13, 20), ("mid", "", "num", "num", "num"),
        total=["", texts("year_col_total", lang), format_money(total.count), format_money(total.organizations),
               format_money(total.amount_vnd)])


def _support(report: YearReport) -> list[str]:
    lang, s = report.lang, report.support
    parts: list[str] = []
    if s.total.count:
        note = texts("year_support_note", lang, date=format_date(report.as_of.isoformat()))
        parts.append(f'<p class="note">{esc(note)}</p>')
        parts += [heading(3, f"1. {texts('year_support_by_category', lang)}"),
                  _support_lines(report, "year_col_policy", s.by_category, s.total),
                  heading(3, f"2. {texts('year_support_by_source', lang)}"),
                  _support_lines(report, "year_col_source", s.by_source, s.total),
                  f"<p>{esc(texts('year_support_people', lang))}: {esc(format_money(s.people))}</p>"]
    else:
        parts.append(f'<p class="empty">{esc(texts("year_no_support", lang))}</p>')
    parts.append(heading(3, f"{3 if s.total.count else 1}. {texts('year_support_loans', lang)}"))
    if s.loans_total.count:
        parts.append(_support_lines(report, "year_col_lender", s.loans, s.loans_total))
        parts.append(f"<p>{esc(texts('year_support_interest', lang))}: {esc(format_money(s.interest_support_vnd))}</p>")
    else:
        parts.append(f'<p class="empty">{esc(texts("year_no_loans", lang))}</p>')
    return parts


def _attention(report: YearReport) -> list[str]:
    lang = report.lang
    if not report.attention:
        return [f'<p class="empty">{esc(texts("year_no_attention", lang))}</p>']
    return [grid_table(
        [text("number_col", lang), texts("year_col_name", lang), texts("year_col_reasons", lang),
         texts("year_col_decided", lang)],
        [[index, a.name, a.reasons_text(lang), a.decided_text(lang)] for index, a in enumerate(report.attention, 1)],
        (6, 24, 35, 35), ("mid", "", "", ""), dense=True)]


def _narrative(report: YearReport) -> list[str]:
    parts = []
    for number, section in enumerate(report.sections, start=1):
        parts.append(heading(3, f"{number}. {section.title}"))
        parts += [f"<p>{esc(sentence)}</p>" for sentence in section.sentences]
        parts.append(f'<p class="empty">{esc(section.placeholder)}</p>')
    return parts


def year_sections_html(report: YearReport) -> str:
    """The year's sections, numbered on from the summary's (VI, VII…)."""
    parts: list[str] = []
    for numeral, (part, body) in zip(_NUMERALS, (
            ("figures", _figures), ("changes", _changes), ("results", _results), ("support", _support),
            ("attention", _attention), ("narrative", _narrative)), strict=False):
        parts.append(heading(2, f"{numeral}. {report.headings[part]}"))
        parts += body(report)
    return "\n".join(parts)
