"""`kttt indicators`: every figure the dashboard shows, on a day, as a table or as JSON.

Scripts at the upper level read the same figures the officer sees, under names that do not
change (`core.reports.indicator_list`); the date is checked as `kttt report` checks it.
"""

from __future__ import annotations

import argparse

from kttt_desktop.cli.cmd_report import report_date
from kttt_desktop.cli.common import add_db_option, open_existing, print_json
from kttt_desktop.core.messages import language
from kttt_desktop.core.plan.targets import HORIZONS
from kttt_desktop.core.reports.indicator_list import (
    ListedFigure,
    format_figure,
    list_figures,
)

_TITLE = ("Chỉ số kinh tế tập thể đến ngày {day}", "Collective economy indicators as of {day}")
_HEADERS = (("Chỉ số", "Giá trị", "Chỉ tiêu {year}"), ("Indicator", "Value", "Target {year}"))
_NOTE = ("Ghi chú", "Note")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("indicators", help="mọi chỉ số trang Báo cáo – chỉ tiêu hiển thị, đến một ngày")
    add_db_option(parser)
    parser.add_argument("--as-of", dest="as_of", metavar="NGÀY",
                        help="số liệu đến ngày này (ngày/tháng/năm; mặc định: hôm nay)")
    parser.add_argument("--json", action="store_true",
                        help="in danh sách JSON: key, label, value, unit, targets, progress (theo năm: "
                             "percent, state, baseline, baseline_counted, base_date, text, gap_points với chỉ "
                             "tiêu tỷ lệ); ở xã thêm area_targets (chỉ tiêu cấp trên, để tham khảo) và "
                             "not_allocated (các năm cấp trên có chỉ tiêu mà chưa giao cho xã)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lang = language()
    with open_existing(args) as registry:
        as_of = report_date(registry.today, None, args.as_of)
        figures = list_figures(registry, as_of, lang)
    if args.json:
        print_json([figure.as_json() for figure in figures])
    else:
        print(table(figures, _TITLE[lang == "en"].format(day=as_of.strftime("%d/%m/%Y")), lang))
    return 0


def _target_cell(figure: ListedFigure, year: int, lang: str) -> str:
    for progress in figure.progress:
        if progress.target is not None and progress.target.year == year:
            reached = f" ({progress.text(lang)})" if progress.percent is not None else ""
            return progress.target.describe(lang) + reached
    if str(year) in figure.not_allocated:
        return "No target allocated" if lang == "en" else "Chưa được giao chỉ tiêu"
    return ""


def table(figures: list[ListedFigure], title: str, lang: str = "vi") -> str:
    """A plain-text table: label, value, then each horizon's target and how far it is reached;
    notes (what a figure leaves out) below it."""
    words = _HEADERS[lang == "en"]
    header = [words[0], words[1], *(words[2].format(year=year) for year in HORIZONS)]
    rows = [[figure.label, format_figure(figure.unit, figure.value, lang),
             *(_target_cell(figure, year, lang) for year in HORIZONS)] for figure in figures]
    widths = [max(len(row[column]) for row in (header, *rows)) for column in range(len(header))]

    def line(cells: list[str]) -> str:
        text = [cells[0].ljust(widths[0]), cells[1].rjust(widths[1]),
                *(cell.ljust(width) for cell, width in zip(cells[2:], widths[2:], strict=True))]
        return "  ".join(text).rstrip()

    lines = [title, "", line(header), "  ".join("-" * width for width in widths), *map(line, rows)]
    notes = [f"{figure.label}: {figure.note}" for figure in figures if figure.note]
    if notes:
        lines += ["", f"{_NOTE[lang == 'en']}:", *(f"- {note}" for note in notes)]
    return "\n".join(lines)
