"""`kttt report`: the summary report as a PDF (the printed A4 report), an Excel sheet or a
Word document the officer completes (with `--year`, the year's report).

The PDF is drawn by Qt, so the command starts a windowless Qt application when it needs
one; on a server without a display it draws off screen.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from kttt_desktop.cli.common import add_db_option, open_existing, print_json
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.formats import parse_date
from kttt_desktop.core.messages import language
from kttt_desktop.core.reports.document_form import signing_date

_application: Any = None  # kept alive for the whole command


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("report", help="báo cáo tổng hợp ra tệp PDF (để in), Excel hoặc Word (để viết tiếp)")
    add_db_option(parser)
    output = parser.add_mutually_exclusive_group(required=True)
    output.add_argument("--pdf", type=Path, metavar="TỆP", help="ghi báo cáo PDF khổ A4")
    output.add_argument("--xlsx", type=Path, metavar="TỆP", help="ghi báo cáo Excel")
    output.add_argument("--docx", type=Path, metavar="TỆP",
                        help="ghi báo cáo Word (.docx) có sẵn các phần để cán bộ viết tiếp")
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--year", type=int, metavar="NĂM",
                      help="số liệu đến 31/12 của năm này (năm nay: đến hôm nay)")
    when.add_argument("--as-of", dest="as_of", metavar="NGÀY", help="số liệu đến ngày này (ngày/tháng/năm)")
    parser.add_argument("--signed-on", dest="signed_on", metavar="NGÀY",
                        help="ngày ký ghi ở dòng địa danh, ngày tháng (mặc định: hôm nay)")
    parser.add_argument("--json", action="store_true", help="in đường dẫn tệp đã ghi dạng JSON")
    parser.set_defaults(run=run)


def report_date(today: date, year: int | None = None, as_of: str | None = None) -> date:
    """The date the report counts up to: 31/12 of `year` (today for the current year), the
    day given, or today. Refuses a malformed date and a date still to come."""
    if year is not None:
        if not 2000 <= year <= today.year:
            raise KtttError("report_bad_year", year=year, current=today.year)
        return today if year == today.year else date(year, 12, 31)
    if as_of is not None:
        try:
            iso = parse_date(as_of)
        except ValueError:
            iso = None
        if iso is None:
            raise KtttError("report_bad_date", value=as_of)
        day = date.fromisoformat(iso)
        if day > today:
            raise KtttError("report_future_date", value=day.strftime("%d/%m/%Y"), today=today.strftime("%d/%m/%Y"))
        return day
    return today


def ensure_gui_application() -> Any:
    """A Qt application to draw with: the running one, else a new windowless one (drawing
    off screen where there is no display)."""
    global _application
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "kttt"])
    return _application


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.core.reports.summary import build_report

    with open_existing(args) as registry:
        as_of = report_date(registry.today, args.year, args.as_of)
        signed_on = signing_date(args.signed_on) if args.signed_on is not None else None
        report = build_report(registry, as_of, language(), signed_on)
        if args.year is not None:  # the year's own sections follow the summary
            from kttt_desktop.core.reports.year_report import build_year_report

            report.year_report = build_year_report(registry, args.year, language(), report.snapshot)
    if args.docx is not None:
        from kttt_desktop.core.reports.docx_report import write_report_docx

        written = write_report_docx(report, args.docx)
    elif args.pdf is not None:
        ensure_gui_application()
        from kttt_desktop.ui.printing.pdf import write_pdf
        from kttt_desktop.ui.printing.report_document import report_document

        written = write_pdf(report_document(report), args.pdf)
    else:
        from kttt_desktop.core.reports.summary_xlsx import write_summary_xlsx

        written = write_summary_xlsx(report, args.xlsx)
    if args.json:
        print_json({"file": str(written), "as_of": as_of.isoformat()})
    else:
        print(written)
    return 0
