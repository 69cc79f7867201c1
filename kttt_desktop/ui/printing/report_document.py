"""The printed summary report: a Vietnamese administrative report on A4, built from `ReportData`.

Every figure comes from `core.reports.summary.build_report`, so the page, the dashboard and
the Excel sheet agree. The layout follows the habits of a commune's report to its upper
level: heading with the national motto, title, numbered sections (I. indicators against the
plan's targets; II. organisations by kind and status, and the lists; III. State support;
IV. the registers: managers, training, loans, OCOP products, contracts; V. charts),
signatures and recipients.
"""

from __future__ import annotations

from PySide6.QtGui import QImage, QTextDocument

from kttt_desktop.core.catalogues.report_words import REPORT_TEXTS, pick
from kttt_desktop.core.formats import format_money
from kttt_desktop.core.plan.indicators import REGISTER_KEYS
from kttt_desktop.core.plan.targets import HORIZONS
from kttt_desktop.core.reports.figure_text import figure_label, format_indicator, indicator_cells, indicator_headers
from kttt_desktop.core.reports.registers import register_lines, register_text
from kttt_desktop.core.reports.summary import IndicatorRow, ReportData
from kttt_desktop.ui.charts import chart_image, fitting_height, report_charts
from kttt_desktop.ui.printing.admin_page import (
    Heading,
    Signatures,
    esc,
    grid_table,
    heading,
    heading_html,
    make_document,
    pt,
    signature_html,
    text,
    title_html,
)

# Charts on the page: two side by side, sized in CSS pixels (1/96 inch), drawn sharper.
CHART_WIDTH = 300
CHART_HEIGHT = 225
CHART_SCALE = 3.5  # image pixels per CSS pixel: about 330 dpi on paper
UNIT_COLUMNS = ("htx_count", "htx_members", "tht_count", "tht_members", "jobs", "support_amount")

_T = {
    **REPORT_TEXTS,
    "section_registers": ("IV. Các sổ chuyên đề", "IV. The registers"),
    "section_charts": ("V. Biểu đồ", "V. Charts"),
    "kind_heading": ("{number}. {kind} ({count} tổ chức)", "{number}. {kind} ({count})"),
    "too_many": ("Có {count} tổ chức, quá nhiều để liệt kê ở đây; danh sách từng tổ chức hãy xuất ra Excel.",
                 "There are {count} organisations, too many to list here; export the list to Excel."),
    "number_suffix": ("BC-UBND", "BC-UBND"),
}


def _t(key: str, lang: str):  # noqa: ANN202 - a text or a tuple of texts
    return pick(_T, key, lang)


def indicator_label(row: IndicatorRow, lang: str) -> str:
    """The indicator's name; money is reported in millions, and its unit says so."""
    return figure_label(row.indicator, lang)


def _indicator_section(report: ReportData) -> str:
    lang = report.lang
    headers = [text("number_col", lang), *indicator_headers(lang)]
    rows = [[number, *indicator_cells(row, lang)] for number, row in enumerate(report.indicator_rows, start=1)]
    parts = [heading(2, _t("section_indicators", lang)),
             grid_table(headers, rows, (6, 27, 11, 12, 6, 12, 6, 20),
                        ("mid", "", "num", "num", "num", "num", "num", "mid"))]
    notes = [_t("assessment_note", lang).format(first=HORIZONS[0], last=HORIZONS[-1]), _t("counting_note", lang)]
    if report.targets_note:
        notes.insert(0, report.targets_note)
    parts += [f'<p class="note">{esc(note)}</p>' for note in notes]
    parts.append(_beside_table(report))
    return "\n".join(parts)


def _beside_table(report: ReportData) -> str:
    """The headline figures that stand beside the indicators, each with what it counts."""
    lang = report.lang
    rows = [[number, figure_label(row.figure, lang), format_indicator(row.figure.unit, row.value, lang),
             row.figure.explanation(lang)] for number, row in enumerate(report.beside_rows, start=1)]
    return "\n".join([
        heading(3, _t("beside", lang)),
        grid_table([text("number_col", lang), _t("figure", lang), _t("value", lang), _t("counted", lang)],
                   rows, (6, 34, 10, 50), ("mid", "", "num", ""), dense=True)])


def _status_section(report: ReportData) -> str:
    lang = report.lang
    parts = [heading(2, _t("section_organizations", lang))]
    if not report.status_table:
        parts.append(f'<p class="empty">{esc(_t("no_organizations", lang))}</p>')
        return "\n".join(parts)
    kinds, grid, totals = report.status_grid()
    rows = [[status, *(format_money(v) for v in values), format_money(sum(values))] for status, values in grid]
    total = [text("total", lang), *(format_money(v) for v in totals), format_money(sum(totals))]
    share = (100 - 34) // (len(kinds) + 1)
    parts.append(grid_table([_t("status", lang), *kinds, _t("sum", lang)], rows,
                            (100 - share * (len(kinds) + 1), *([share] * (len(kinds) + 1))),
                            ("", *(["num"] * (len(kinds) + 1))), total=total))
    return "\n".join(parts)


def _unit_table(report: ReportData, number: int) -> str:
    lang = report.lang
    headers = [text("number_col", lang), _t("unit", lang), *_t("unit_headers", lang)]
    rows = []
    totals: dict[str, float] = dict.fromkeys(UNIT_COLUMNS, 0.0)
    for index, unit in enumerate(report.unit_rows, start=1):
        cells: list[object] = [index, unit.name]
        for key in UNIT_COLUMNS:
            value = unit.values.get(key)
            totals[key] += value or 0
            cells.append(_unit_value(key, value, lang))
        rows.append(cells)
    total = ["", text("total", lang), *(_unit_value(key, totals[key], lang) for key in UNIT_COLUMNS)]
    return "\n".join([
        heading(3, f"{number}. {_t('by_unit', lang)}"),
        grid_table(headers, rows, (6, 28, 10, 11, 10, 11, 10, 14),
                   ("mid", "", "num", "num", "num", "num", "num", "num"), total=total)])


def _unit_value(key: str, value: float | None, lang: str) -> str:
    return format_indicator("vnd" if key == "support_amount" else "count", value, lang)


def _organization_lists(report: ReportData, first_number: int) -> str:
    lang = report.lang
    parts = [heading(3, f"{first_number}. {_t('lists', lang)}")] if report.unit_rows else []
    headers = [text("number_col", lang), _t("name", lang), _t("code", lang), _t("village", lang),
               _t("status", lang), _t("members", lang), _t("workers", lang)]
    for number, (kind, lines) in enumerate(report.organizations_by_kind.items(), start=first_number):
        title = _t("kind_heading", lang).format(number=number, kind=kind, count=len(lines))
        if report.unit_rows:  # numbered under the list heading: a), b)…
            title = f"{chr(ord('a') + number - first_number)}) {kind} ({len(lines)})"
        parts.append(heading(3, title))
        rows = [[index, line.name, line.code, line.village, line.status, format_money(line.members),
                 format_money(line.workers)] for index, line in enumerate(lines, start=1)]
        weights, classes = [6, 29, 15, 14, 18, 9, 9], ["mid", "", "mid", "", "", "num", "num"]
        columns = list(range(len(headers)))
        if not any(line.code for line in lines):  # cooperative groups seldom have a code
            columns.remove(2)
        parts.append(grid_table([headers[c] for c in columns], [[row[c] for c in columns] for row in rows],
                                [weights[c] for c in columns], [classes[c] for c in columns]))
    return "\n".join(parts)


_PUBLIC_UNITS = {"pct": "percent"}  # a register figure's unit as `format_indicator` names it


def _registers_section(report: ReportData) -> str:
    """The registers' figures with what each counts, then people trained by topic, loans by
    lender and contracts by stage, and (at an upper level) the figures of each commune."""
    lang, figures = report.lang, report.registers
    if figures is None:
        return ""
    words = lambda key: str(register_text(key, lang))  # noqa: E731 - a short alias
    lines = register_lines(figures, lang)
    rows = [[number, figure_label(line.figure, lang),
             format_indicator(_PUBLIC_UNITS.get(line.figure.unit, line.figure.unit), line.value, lang), line.note]
            for number, line in enumerate(lines, start=1)]
    parts = [heading(2, _t("section_registers", lang)),
             grid_table([text("number_col", lang), _t("figure", lang), _t("value", lang), _t("counted", lang)],
                        rows, (6, 34, 10, 50), ("mid", "", "num", ""), dense=True)]
    number = 1
    for key, column, count_key, lines_of in (("trained", "topic", "people", figures.trained_by_topic),
                                             ("contracts", "stage", "contracts_count", figures.contracts_by_stage)):
        parts.append(heading(3, f"{number}. {words(key)}"))
        number += 1
        if not lines_of:
            parts.append(f'<p class="empty">{esc(words("none"))}</p>')
            continue
        parts.append(grid_table(
            [text("number_col", lang), words(column), words(count_key)],
            [[index, label, format_money(count)] for index, (label, count) in enumerate(lines_of, start=1)],
            (7, 70, 23), ("mid", "", "num"),
            total=["", text("total", lang), format_money(sum(count for _, count in lines_of))]))
    parts.append(heading(3, f"{number}. {words('loans')}"))
    number += 1
    if not figures.loan_register:
        parts.append(f'<p class="empty">{esc(words("no_loan_register"))}</p>')
    else:
        money = [_t("millions", lang).format(header=words(key)) for key in ("outstanding", "overdue")]
        parts.append(grid_table(
            [text("number_col", lang), words("lender"), words("loans_count"), *money],
            [[index, label, format_money(count), format_indicator("vnd", outstanding, lang),
              format_indicator("vnd", overdue, lang)]
             for index, (label, count, outstanding, overdue) in enumerate(figures.loans_by_lender, start=1)],
            (7, 45, 14, 17, 17), ("mid", "", "num", "num", "num"),
            total=["", text("total", lang), format_money(sum(row[1] for row in figures.loans_by_lender)),
                   format_indicator("vnd", figures.loans_outstanding, lang),
                   format_indicator("vnd", figures.loans_overdue, lang)]))
    if report.unit_rows:
        parts.append(_register_unit_table(report, number))
    return "\n".join(parts)


def _register_unit_table(report: ReportData, number: int) -> str:
    """The registers' figures of each commune, and the site's total."""
    lang = report.lang
    names = register_text("unit_headers", lang)
    headers = [text("number_col", lang), _t("unit", lang),
               *(_t("millions", lang).format(header=names[key]) if key.endswith("_vnd") else names[key]
                 for key in REGISTER_KEYS)]
    totals = report.registers.totals if report.registers is not None else {}
    rows = [[index, unit.name, *(_register_value(key, unit.registers.get(key, 0), lang) for key in REGISTER_KEYS)]
            for index, unit in enumerate(report.unit_rows, start=1)]
    total = ["", text("total", lang), *(_register_value(key, totals.get(key, 0), lang) for key in REGISTER_KEYS)]
    return "\n".join([
        heading(3, f"{number}. {register_text('by_unit', lang)}"),
        grid_table(headers, rows, (5, 23, 9, 9, 10, 9, 9, 13, 13), ("mid", "", *(["num"] * len(REGISTER_KEYS))),
                   total=total, dense=True)])


def _register_value(key: str, value: float | None, lang: str) -> str:
    return format_indicator("vnd" if key.endswith("_vnd") else "count", value, lang)


def _support_section(report: ReportData) -> str:
    lang = report.lang
    parts = [heading(2, _t("section_support", lang))]
    if not report.support_by_category and not report.support_by_source:
        parts.append(f'<p class="empty">{esc(_t("no_support", lang))}</p>')
        return "\n".join(parts)
    parts.append(f'<p class="note">{esc(_t("support_note", lang).format(date=report.as_of.strftime("%d/%m/%Y")))}</p>')
    for number, (key, column, lines) in enumerate((
            ("by_category", "content", report.support_by_category),
            ("by_source", "source", report.support_by_source)), start=1):
        rows = [[index, label, format_money(count), format_money(amount)]
                for index, (label, count, amount) in enumerate(lines, start=1)]
        total = ["", text("total", lang), format_money(sum(n for _, n, _ in lines)),
                 format_money(sum(a for _, _, a in lines))]
        parts.append(heading(3, f"{number}. {_t(key, lang)}"))
        parts.append(grid_table([text("number_col", lang), _t(column, lang), _t("count", lang), _t("amount", lang)],
                                rows, (7, 55, 13, 25), ("mid", "", "num", "num"), total=total))
    return "\n".join(parts)


def chart_images(report: ReportData) -> dict[str, QImage]:
    """The report's charts as images named "chart:N" (drawn with the same code as the dashboard);
    a bar chart of many long categories is made taller so that none of their names is cut."""
    return {f"chart:{number}": chart_image(spec, CHART_WIDTH, fitting_height(spec, CHART_WIDTH, CHART_HEIGHT,
                                                                             CHART_SCALE), CHART_SCALE)
            for number, spec in enumerate(report_charts(report))}


def _charts_section(report: ReportData, names: list[str], heights: dict[str, int] | None = None) -> str:
    """The charts two by two; `heights` in CSS pixels where a chart is taller than CHART_HEIGHT."""
    if not names:
        return ""
    heights = heights or {}
    cells = [f'<td width="50%" align="center" valign="top" style="padding-bottom: {pt(8)};">'
             f'<img src="{name}" width="{CHART_WIDTH}" height="{heights.get(name, CHART_HEIGHT)}"/></td>'
             for name in names]
    # One table per row of charts, so that a page break falls between rows.
    rows = [f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{"".join(cells[i:i + 2])}</tr></table>'
            for i in range(0, len(cells), 2)]
    return heading(2, _t("section_charts", report.lang)) + "".join(rows)


def report_html(report: ReportData, chart_names: list[str], chart_heights: dict[str, int] | None = None) -> str:
    lang = report.lang
    parts = [
        heading_html(Heading(report.issuer, report.date_line(), _t("number_suffix", lang), lang)),
        title_html(report.title, report.subtitle),
        _indicator_section(report),
        _status_section(report),
    ]
    number = 1
    if report.unit_rows:
        parts.append(_unit_table(report, number))
        number += 1
    if report.organizations_by_kind:
        parts.append(_organization_lists(report, number))
    elif report.status_table and not report.unit_rows:
        count = sum(sum(counts.values()) for _, counts in report.status_table)
        parts.append(f'<p class="note">{esc(_t("too_many", lang).format(count=format_money(count)))}</p>')
    parts.append(_support_section(report))
    parts.append(_registers_section(report))
    parts.append(_charts_section(report, chart_names, chart_heights))
    if report.year_report is not None:
        from kttt_desktop.ui.printing.year_sections import year_sections_html  # it builds on this module

        parts.append(year_sections_html(report.year_report))
    parts.append(signature_html(
        Signatures(report.officer, report.signer_title, report.signer_name, report.issuer, lang),
        report.recipients))
    return "\n".join(parts)


def report_document(report: ReportData, charts: bool = True) -> QTextDocument:
    """The summary report as a paginated document (A4, administrative margins).

    Made on the GUI thread, which lays it out and paints it: Qt's painting classes must not
    cross threads."""
    images = chart_images(report) if charts else {}
    heights = {name: round(image.height() / CHART_SCALE) for name, image in images.items()}
    title = f"{report.title} – {report.subtitle}"
    return make_document(report_html(report, list(images), heights), title, images)
