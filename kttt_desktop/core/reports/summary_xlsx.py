"""The summary report as a formatted Excel sheet, from the same `ReportData` as the printout.

Upper levels collect these figures into their own tables, so every figure is a real number
(counts, đồng, shares) under a number format, not text: it can be summed and copied. The
layout follows the printed report: heading and national motto, title, I. indicators against
the 2030 and 2045 targets, II. organisations by kind and status (and by commune, and the
lists when they are short), III. State support, IV. the registers (in total, by topic, lender
and stage, and by commune), signatures.
Names and other text go in through `xlsx_cells.put`, so none becomes a formula.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kttt_desktop.core.catalogues.report_words import REPORT_TEXTS, pick
from kttt_desktop.core.files import saving_next_to
from kttt_desktop.core.plan.indicators import REGISTER_KEYS, indicator
from kttt_desktop.core.plan.targets import COMPARISON_WORDS, HORIZONS, Target
from kttt_desktop.core.reports.registers import register_lines, register_text
from kttt_desktop.core.reports.sheet_blocks import (
    BOLD as _BOLD,
    CENTER as _CENTER,
    COUNT_FORMAT as COUNT_FORMAT,
    SHARE_FORMAT as SHARE_FORMAT,
    TITLE as _TITLE,
    SheetWriter,
)
from kttt_desktop.core.reports.summary import IndicatorRow, ReportData
from kttt_desktop.core.xlsx.cells import put
from kttt_desktop.core.xlsx.export import MONEY_FORMAT

__all__ = ["write_summary_xlsx"]

REACHED_FORMAT = "0%"  # the share of a target reached, 0.93 shown as 93%
UNIT_COLUMNS = ("htx_count", "htx_members", "tht_count", "tht_members", "jobs", "support_amount")
# Column widths A..H: number, name, then figures.
WIDTHS = (6.0, 44.0, 14.0, 16.0, 10.0, 16.0, 10.0, 18.0)
LAST_COLUMN = len(WIDTHS)
EXPLANATION_CHARS = 75  # about as many characters fit on a line of columns D..H

_TEXTS: dict[str, tuple[Any, Any]] = {
    **REPORT_TEXTS,
    "sheet": ("Báo cáo tổng hợp", "Summary report"),
    "percent": ("Đạt % ({year})", "% reached ({year})"),
    "unit_headers": (("HTX đang hoạt động", "Thành viên HTX", "THT đang hoạt động", "Thành viên THT",
                      "Lao động thường xuyên", "Hỗ trợ (đồng)"),
                     ("Operating coops", "Coop members", "Operating groups", "Group members", "Regular workers",
                      "Support (VND)")),
    "prepared_by": ("NGƯỜI LẬP BIỂU", "PREPARED BY"),
    "section_registers": ("IV. Các sổ chuyên đề", "IV. The registers"),
    "in_vnd": ("{header} (đồng)", "{header} (VND)"),
}
# A register figure's public unit -> its number format.
_REGISTER_FORMATS = {"count": COUNT_FORMAT, "pct": SHARE_FORMAT, "vnd": MONEY_FORMAT}
REGISTER_UNIT_WIDTH = 14.0  # the table of communes' registers is one column wider than the sheet

_RIGHT = Alignment(horizontal="right", vertical="top")


def _t(key: str, lang: str) -> Any:
    return pick(_TEXTS, key, lang)


def write_summary_xlsx(report: ReportData, path: Path | str) -> Path:
    """Write `report` as one formatted sheet at `path` (replaced only once complete).

    Errors: `export_unwritable` when the file cannot be written (folder missing or read-only,
    file open in Excel)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _t("sheet", report.lang)
    _Writer(sheet, report).write()
    if report.year_report is not None:  # the year's parts, a sheet each
        from kttt_desktop.core.reports.year_xlsx import add_year_sheets

        add_year_sheets(workbook, report.year_report)
    target = Path(path)
    with saving_next_to(target) as temp:
        workbook.save(temp)
    return target


class _Writer(SheetWriter):
    """Fills the sheet top to bottom; `row` is the next free row."""

    def __init__(self, sheet: Worksheet, report: ReportData) -> None:
        super().__init__(sheet, LAST_COLUMN)
        self.report = report
        self.lang = report.lang

    def write(self) -> None:
        for index, width in enumerate(WIDTHS, 1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        self._heading()
        self._indicators()
        self._organizations()
        self._support()
        self._registers()
        self._signatures()
        setup = self.sheet.page_setup
        setup.paperSize = self.sheet.PAPERSIZE_A4
        setup.orientation = "portrait"
        setup.fitToWidth, setup.fitToHeight = 1, 0
        self.sheet.sheet_properties.pageSetUpPr.fitToPage = True

    # --- sections --------------------------------------------------------------------------

    def _heading(self) -> None:
        r, lang = self.report, self.lang
        top = self.row
        put(self.sheet, top, 1, r.issuer).font = _BOLD
        self.sheet.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=3)
        self.sheet.cell(top, 1).alignment = _CENTER
        for offset, (text, font) in enumerate(((_t("republic", lang), _BOLD), (_t("motto", lang), _BOLD),
                                               (r.date_line(), Font(italic=True)))):
            cell = put(self.sheet, top + offset, 4, text)
            cell.font = font
            cell.alignment = Alignment(horizontal="center")
            self.sheet.merge_cells(start_row=top + offset, start_column=4, end_row=top + offset,
                                   end_column=LAST_COLUMN)
        self.row = top + 4
        self.line(r.title, _TITLE, align="center", height=20.0)
        self.line(r.subtitle, _BOLD, align="center")
        self.row += 1

    def _indicators(self) -> None:
        lang = self.lang
        self.line(_t("section_indicators", lang), _BOLD)
        headers = [_t("number_col", lang), _t("indicator", lang), _t("actual", lang)]
        formats: list[str | None] = [None, None, None]
        for year in HORIZONS:
            headers += [_t("target", lang).format(year=year), _t("percent", lang).format(year=year)]
            formats += [None, REACHED_FORMAT]
        headers.append(_t("assessment", lang))
        formats.append(None)
        states = _t("states", lang)
        rows = []
        for number, row in enumerate(self.report.indicator_rows, start=1):
            values: list[Any] = [number, row.indicator.label(lang), _actual(row)]
            for year in HORIZONS:
                progress = row.by_horizon[year]
                values.append(_target_value(progress.target) if progress.target else "—")
                # A rate's progress is in points (as the PDF and the window say it), not a share of
                # its target: 33.3 % against 30 % is reached, not "115 %".
                values.append(progress.text(lang) if progress.is_rate and progress.ratio is not None
                              else progress.ratio)
            values.append(states.get(row.assessed.state, ""))
            rows.append(values)
        self.table(headers, rows, formats)
        # The actual figure's format depends on the indicator (count, share, money).
        first = self.row - 1 - len(rows)
        for offset, row in enumerate(self.report.indicator_rows):
            self.sheet.cell(first + offset, 3).number_format = _indicator_format(row.indicator.unit)
            for column, year in zip((4, 6), HORIZONS, strict=True):  # a target is a number that reads "trên 1.500"
                target = row.by_horizon[year].target
                cell = self.sheet.cell(first + offset, column)
                cell.alignment = _RIGHT
                if target is not None:
                    cell.number_format = target_format(target, lang)
        if self.report.targets_note:
            self.note(self.report.targets_note)
        self.note(_t("assessment_note", lang).format(first=HORIZONS[0], last=HORIZONS[-1]))
        self.note(_t("counting_note", lang))
        self.row += 1
        self._beside()

    def _beside(self) -> None:
        """The headline figures that stand beside the indicators, each with what it counts."""
        lang = self.lang
        self.line(_t("beside", lang), _BOLD)
        rows = [[number, row.figure.label(lang), _whole(row.value), row.figure.explanation(lang)]
                for number, row in enumerate(self.report.beside_rows, start=1)]
        self.table([_t("number_col", lang), _t("figure", lang), _t("value", lang), _t("counted", lang)], rows,
                    [None, None, COUNT_FORMAT, None], spans=[1, 1, 1, LAST_COLUMN - 3])
        first = self.row - 1 - len(rows)
        for offset, row in enumerate(self.report.beside_rows):
            # Excel does not grow a row of merged cells to its wrapped text.
            explanation = row.figure.explanation(lang)
            self.sheet.row_dimensions[first + offset].height = 15.0 * (1 + len(explanation) // EXPLANATION_CHARS)

    def _organizations(self) -> None:
        lang, report = self.lang, self.report
        self.line(_t("section_organizations", lang), _BOLD)
        if not report.status_table:
            self.note(_t("no_organizations", lang))
        else:
            kinds, grid, totals = report.status_grid()
            rows = [[status, *values, sum(values)] for status, values in grid]
            width = len(kinds) + 2
            self.table([_t("status", lang), *kinds, _t("sum", lang)], rows,
                        [None, *([COUNT_FORMAT] * (len(kinds) + 1))],
                        total=[_t("total", lang), *totals, sum(totals)],
                        spans=[LAST_COLUMN - width + 1, *([1] * (width - 1))])
        number = 1
        if report.unit_rows:
            self.line(f"{number}. {_t('by_unit', lang)}", _BOLD)
            unit_rows: list[list[Any]] = []
            unit_totals = dict.fromkeys(UNIT_COLUMNS, 0.0)
            for index, unit in enumerate(report.unit_rows, start=1):
                unit_values: list[Any] = [index, unit.name]
                for key in UNIT_COLUMNS:
                    value = unit.values.get(key)
                    unit_totals[key] += value or 0
                    unit_values.append(_whole(value))
                unit_rows.append(unit_values)
            self.table([_t("number_col", lang), _t("unit", lang), *_t("unit_headers", lang)], unit_rows,
                        [None, None, *([COUNT_FORMAT] * len(UNIT_COLUMNS))],
                        total=["", _t("total", lang), *(_whole(unit_totals[key]) for key in UNIT_COLUMNS)])
            number += 1
        if report.organizations_by_kind:
            self.line(f"{number}. {_t('lists', lang)}", _BOLD)
            # zip(strict=False): more letters than there are kinds.
            for letter, (kind, lines) in zip("abcdefgh", report.organizations_by_kind.items(), strict=False):
                self.line(f"{letter}) {kind} ({len(lines)})", _BOLD)
                rows = [[index, line.name, line.code, line.village, line.status, line.members, line.workers]
                        for index, line in enumerate(lines, start=1)]
                self.table([_t("number_col", lang), _t("name", lang), _t("code", lang), _t("village", lang),
                             _t("status", lang), _t("members", lang), _t("workers", lang)], rows,
                            [None, None, None, None, None, COUNT_FORMAT, COUNT_FORMAT],
                            spans=[1, 1, 1, 1, 2, 1, 1])

    def _support(self) -> None:
        lang, report = self.lang, self.report
        self.line(_t("section_support", lang), _BOLD)
        if not report.support_by_category and not report.support_by_source:
            self.note(_t("no_support", lang))
            return
        self.note(_t("support_note", lang).format(date=report.as_of.strftime("%d/%m/%Y")))
        for number, (key, column, lines) in enumerate((
                ("by_category", "content", report.support_by_category),
                ("by_source", "source", report.support_by_source)), start=1):
            self.line(f"{number}. {_t(key, lang)}", _BOLD)
            rows = [[index, label, count, amount] for index, (label, count, amount) in enumerate(lines, start=1)]
            self.table([_t("number_col", lang), _t(column, lang), _t("count", lang), _t("amount", lang)], rows,
                        [None, None, COUNT_FORMAT, MONEY_FORMAT],
                        total=["", _t("total", lang), sum(n for _, n, _ in lines), sum(a for _, _, a in lines)],
                        spans=[1, 3, 2, 2])

    def _registers(self) -> None:
        """The registers' figures with what each counts, their breakdowns, and each commune's."""
        lang, figures = self.lang, self.report.registers
        if figures is None:
            return
        self.line(_t("section_registers", lang), _BOLD)
        lines = register_lines(figures, lang)
        self.table([_t("number_col", lang), _t("figure", lang), _t("value", lang), _t("counted", lang)],
                    [[number, line.figure.label(lang), line.value, line.note]
                     for number, line in enumerate(lines, start=1)],
                    [None, None, None, None], spans=[1, 1, 1, LAST_COLUMN - 3])
        first = self.row - 1 - len(lines)
        for offset, line in enumerate(lines):
            self.sheet.cell(first + offset, 3).number_format = _REGISTER_FORMATS[line.figure.unit]
            self.sheet.row_dimensions[first + offset].height = 15.0 * (1 + len(line.note) // EXPLANATION_CHARS)
        number = 1
        for key, column, count_key, rows in (("trained", "topic", "people", figures.trained_by_topic),
                                             ("contracts", "stage", "contracts_count", figures.contracts_by_stage)):
            self.line(f"{number}. {register_text(key, lang)}", _BOLD)
            number += 1
            if not rows:
                self.note(register_text("none", lang))
                continue
            self.table([_t("number_col", lang), register_text(column, lang), register_text(count_key, lang)],
                        [[index, label, count] for index, (label, count) in enumerate(rows, start=1)],
                        [None, None, COUNT_FORMAT], total=["", _t("total", lang), sum(count for _, count in rows)],
                        spans=[1, 3, 2])
        self.line(f"{number}. {register_text('loans', lang)}", _BOLD)
        number += 1
        if not figures.loan_register:
            self.note(register_text("no_loan_register", lang))
        else:
            loans = figures.loans_by_lender
            self.table([_t("number_col", lang), register_text("lender", lang), register_text("loans_count", lang),
                         *(_t("in_vnd", lang).format(header=register_text(key, lang))
                           for key in ("outstanding", "overdue"))],
                        [[index, *values] for index, values in enumerate(loans, start=1)],
                        [None, None, COUNT_FORMAT, MONEY_FORMAT, MONEY_FORMAT],
                        total=["", _t("total", lang), sum(row[1] for row in loans), figures.loans_outstanding,
                               figures.loans_overdue],
                        spans=[1, 3, 1, 2, 1])
        if self.report.unit_rows:
            self.line(f"{number}. {register_text('by_unit', lang)}", _BOLD)
            names = register_text("unit_headers", lang)
            self.sheet.column_dimensions[get_column_letter(LAST_COLUMN + 1)].width = REGISTER_UNIT_WIDTH
            self.table([_t("number_col", lang), _t("unit", lang),
                         *(_t("in_vnd", lang).format(header=names[key]) if key.endswith("_vnd") else names[key]
                           for key in REGISTER_KEYS)],
                        [[index, unit.name, *(unit.registers.get(key, 0) for key in REGISTER_KEYS)]
                         for index, unit in enumerate(self.report.unit_rows, start=1)],
                        [None, None,
                         *(MONEY_FORMAT if key.endswith("_vnd") else COUNT_FORMAT for key in REGISTER_KEYS)],
                        total=["", _t("total", lang), *(figures.totals.get(key, 0) for key in REGISTER_KEYS)])

    def _signatures(self) -> None:
        r = self.report
        self.row += 1
        top = self.row
        for column, last, lines in ((1, 3, (_t("prepared_by", self.lang), r.officer)),
                                    (5, LAST_COLUMN, (r.signer_title, r.signer_name))):
            for offset, text in enumerate(lines):
                row = top + (0 if offset == 0 else 5)  # room for the signature and the seal
                cell = put(self.sheet, row, column, text)
                cell.font = _BOLD
                cell.alignment = Alignment(horizontal="center")
                self.sheet.merge_cells(start_row=row, start_column=column, end_row=row, end_column=last)
        self.row = top + 6


def _actual(row: IndicatorRow) -> float | int | None:
    if row.actual is None:
        return None
    if row.indicator.unit == "percent":
        return round(row.actual, 2)
    return _whole(row.actual)


def _target_value(target: Target) -> float | int:
    """A target as the number it is (15, 2.5), so a spreadsheet can compare and add it."""
    return int(target.value) if float(target.value).is_integer() else target.value


def target_format(target: Target, lang: str) -> str:
    """The number format that shows a target's number as the plan words it: "trên 1.500",
    "khoảng 15", "5 %"; the words are a format, the cell holds the number."""
    words = COMPARISON_WORDS[target.comparison][1 if lang == "en" else 0]
    number = "#,##0" if float(target.value).is_integer() else "#,##0.0#"
    suffix = '" %"' if indicator(target.indicator).unit == "percent" else ""
    return (f'"{words}"' if words else "") + number + suffix


def _whole(value: float | None) -> int | None:
    return None if value is None else int(round(value))


def _indicator_format(unit: str) -> str:
    return SHARE_FORMAT if unit == "percent" else MONEY_FORMAT if unit == "vnd" else COUNT_FORMAT
