"""Printing and exporting from the window: the summary report (print preview, PDF, Excel),
one organisation's record and its member list.

Gathering the summary reads every member of a province, so the figures are gathered in
the background on a connection of their own and handed back as plain data. Everything Qt
paints with (the QTextDocument, its chart images, the QPdfWriter, the printer) is made,
laid out and painted on the GUI thread: a document built on a worker thread and painted on
the GUI thread crashes Qt's text layout in native code, which no exception handler sees.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.reports.organization_sheet import OrganizationSheet, organization_sheet
from kttt_desktop.core.reports.summary import ReportData, build_report
from kttt_desktop.core.reports.year_report import build_year_report, report_day
from kttt_desktop.ui import prompts
from kttt_desktop.ui.actions import tipped_action
from kttt_desktop.ui.busy import busy_cursor
from kttt_desktop.ui.fonts import load_fonts
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.screen_fit import fit_to_screen
from kttt_desktop.ui.worker import BackgroundOp, Progress, on_own_connection


def show_print_preview(parent: QWidget | None, document: QTextDocument, title: str) -> None:
    """The print preview of `document`: the very pages of its PDF, on the chosen printer."""
    from kttt_desktop.ui.printing.pdf import print_document, set_up_device

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    set_up_device(printer)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda device: print_document(document, device))
    fit_to_screen(dialog, QSize(900, 1000))
    try:
        dialog.exec()
    finally:
        # The dialog keeps painting on `printer`, which dies with this function: it must not
        # outlive it as a child of the window.
        dialog.deleteLater()

YEAR_REPORT_FIRST = 2000  # the earliest year a report is made for (as `kttt report --year` allows)
YEAR_REPORT_CHOICES = 10  # how many years back the choice offers


class ReportActions(QObject):
    """The menu actions; the window adds them to its menus (and toolbar) where it likes.

    `current_organization_id()` names the organisation the officer is looking at (None if
    none); `as_of()` the date the report counts up to (None: today)."""

    written = Signal(object)  # the path of a PDF or Excel file just written
    document_ready = Signal(object)  # the QTextDocument about to be previewed

    def __init__(self, registry: Registry, window: QWidget,
                 current_organization_id: Callable[[], str | None] = lambda: None,
                 as_of: Callable[[], date | None] = lambda: None) -> None:
        super().__init__(window)
        self.registry = registry
        self.window = window
        self._current_organization_id = current_organization_id
        self._as_of = as_of
        self._op: BackgroundOp | None = None

        def action(text: str, slot: Callable[[], None], tip: str) -> QAction:
            return tipped_action(window, text, slot, tip)

        self.print_action = action(self.tr("In báo cáo tổng hợp…"), self.preview_report,
                                   self.tr("Xem trước và in báo cáo tổng hợp (khổ A4)"))
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.pdf_action = action(self.tr("Xuất báo cáo PDF…"), self.export_pdf,
                                 self.tr("Ghi báo cáo tổng hợp ra tệp PDF để gửi hoặc in sau"))
        self.xlsx_action = action(self.tr("Xuất báo cáo Excel…"), self.export_xlsx,
                                  self.tr("Ghi báo cáo tổng hợp ra tệp Excel"))
        self.docx_action = action(self.tr("Xuất báo cáo Word…"), self.export_docx,
                                  self.tr("Ghi báo cáo ra tệp Word (.docx) có sẵn các phần đánh giá để viết tiếp "
                                          "rồi trình ký"))
        self.document_settings_action = action(
            self.tr("Thông tin trên văn bản…"), self.edit_document_settings,
            self.tr("Cơ quan ban hành, địa danh, người ký và nơi nhận in trên báo cáo"))
        self.year_action = action(self.tr("Báo cáo năm…"), self.year_report,
                                  self.tr("Báo cáo tình hình kinh tế tập thể của một năm: so với năm trước, biến "
                                          "động, kết quả sản xuất kinh doanh, hỗ trợ và các phần đánh giá"))
        self.organization_action = action(self.tr("In hồ sơ tổ chức…"), self.print_organization,
                                          self.tr("Xem trước và in hồ sơ đầy đủ của tổ chức đang chọn"))
        self.members_action = action(self.tr("In danh sách thành viên…"), self.print_member_list,
                                     self.tr("Xem trước và in danh sách thành viên của tổ chức đang chọn"))
        self.update_actions()

    def actions(self) -> list[QAction]:
        """All six, in menu order (the summary report's three and the year's report, then the
        organisation's two)."""
        return [self.print_action, self.pdf_action, self.xlsx_action, self.year_action, self.organization_action,
                self.members_action]

    def update_actions(self) -> None:
        """Enable the organisation's two actions only while an organisation is chosen."""
        chosen = self._current_organization_id() is not None
        self.organization_action.setEnabled(chosen)
        self.members_action.setEnabled(chosen)

    # --- the summary report -------------------------------------------------------------

    def _report_work(self, year: int | None = None) -> Callable[[Progress], ReportData]:
        """The gathering of the summary on the chosen day, or of the year's report of `year`
        (the summary up to its 31/12, today for the current year, then the year's sections)."""
        registry, as_of, language = self.registry, self._as_of() or self.registry.today, lang()
        if year is not None:
            as_of = report_day(registry.today, year)

        def gather(other: Registry) -> ReportData:
            report = build_report(other, as_of, language)
            if year is not None:
                report.year_report = build_year_report(other, year, language, report.snapshot)
            return report

        def work(progress: Progress) -> ReportData:  # background thread: own connection
            return on_own_connection(registry, gather)
        return work

    def _run(self, label: str, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        load_fonts()  # the documents made when the figures arrive are laid out in these fonts
        self._op = BackgroundOp(self.window, label, work, done, self._failed, cancellable=False)
        self._op.start()

    def preview_report(self) -> None:
        self._run(self.tr("Đang tổng hợp báo cáo…"), self._report_work(), self._preview_report)

    def year_report(self) -> None:
        """Ask the year, then what to make of its report: the print preview, a PDF or an Excel file."""
        today = self.registry.today
        years = list(range(today.year, max(YEAR_REPORT_FIRST, today.year - YEAR_REPORT_CHOICES) - 1, -1))
        chosen = prompts.choose_item(self.window, self.tr("Báo cáo năm"), self.tr("Năm báo cáo:"),
                                     [str(year) for year in years])
        if chosen is None:
            return
        year = years[chosen]
        outputs = [self.tr("Xem trước và in"), self.tr("Ghi tệp PDF"), self.tr("Ghi tệp Excel"),
                   self.tr("Ghi tệp Word để viết tiếp")]
        output = prompts.choose_item(self.window, self.tr("Báo cáo năm {year}").format(year=year),
                                     self.tr("Báo cáo năm {year} (số liệu đến {day}):").format(
                                         year=year, day=report_day(today, year).strftime("%d/%m/%Y")), outputs)
        if output == 0:
            self._run(self.tr("Đang tổng hợp báo cáo năm…"), self._report_work(year), self._preview_report)
        elif output == 1:
            self._export_pdf(year)
        elif output == 2:
            self._export_xlsx(year)
        elif output == 3:
            self._export_docx(year)

    def _preview_report(self, report: ReportData) -> None:
        from kttt_desktop.ui.printing.report_document import report_document

        with busy_cursor():
            document = report_document(report)
        self._preview(document, f"{report.title} – {report.subtitle}")

    def _preview(self, document: QTextDocument, title: str) -> None:
        """Show `document` (made on this, the GUI thread) in the print preview."""
        self.document_ready.emit(document)
        show_print_preview(self.window, document, title)

    def _ask_path(self, title: str, suffix: str, pattern: str, year: int | None = None) -> Path | None:
        """Where to write the report, ending in `suffix` even if the officer typed a bare name."""
        as_of = self._as_of() or self.registry.today
        purpose = prompts.EXCEL if suffix == ".xlsx" else prompts.PDF  # a .docx goes with the PDFs
        name = f"BaoCao_KTTT_nam_{year}{suffix}" if year is not None else f"BaoCao_KTTT_{as_of:%Y-%m-%d}{suffix}"
        path = prompts.choose_save_file(self.window, title, name, pattern, purpose)
        if path is not None and path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        return path

    def export_pdf(self) -> None:
        self._export_pdf(None)

    def _export_pdf(self, year: int | None) -> None:
        path = self._ask_path(self.tr("Lưu báo cáo PDF"), ".pdf", self.tr("Tệp PDF (*.pdf)"), year)
        if path is None:
            return
        self._run(self.tr("Đang xuất báo cáo PDF…"), self._report_work(year),
                  lambda report: self._write_pdf(report, path))

    def _write_pdf(self, report: ReportData, path: Path) -> None:
        """Lay out and paint the gathered report into `path`, here on the GUI thread."""
        from kttt_desktop.ui.printing.pdf import write_pdf
        from kttt_desktop.ui.printing.report_document import report_document

        try:
            with busy_cursor():
                written = write_pdf(report_document(report), path)
        except KtttError as exc:
            self._failed(exc)
        else:
            self._written(written)

    def export_xlsx(self) -> None:
        self._export_xlsx(None)

    def _export_xlsx(self, year: int | None) -> None:
        path = self._ask_path(self.tr("Lưu báo cáo Excel"), ".xlsx", self.tr("Tệp Excel (*.xlsx)"), year)
        if path is None:
            return
        gather = self._report_work(year)

        def work(progress: Progress) -> Path:
            from kttt_desktop.core.reports.summary_xlsx import write_summary_xlsx

            return write_summary_xlsx(gather(progress), path)

        self._run(self.tr("Đang xuất báo cáo Excel…"), work, self._written)

    def export_docx(self) -> None:
        self._export_docx(None)

    def _export_docx(self, year: int | None) -> None:
        """The report as a Word document, gathered and written in the background (python-docx
        needs no Qt); with `year`, the year's report."""
        path = self._ask_path(self.tr("Lưu báo cáo Word"), ".docx", self.tr("Tệp Word (*.docx)"), year)
        if path is None:
            return
        gather = self._report_work(year)

        def work(progress: Progress) -> Path:
            from kttt_desktop.core.reports.docx_report import write_report_docx

            return write_report_docx(gather(progress), path)

        self._run(self.tr("Đang xuất báo cáo Word…"), work, self._written_docx)

    def _written_docx(self, path: Path) -> None:
        self.written.emit(path)
        prompts.tell_written(self.window, self.tr("Đã xuất báo cáo"), self.tr(
            "Đã ghi tệp:\n{path}\n\nHãy viết tiếp các phần được tô vàng, rồi in và trình ký.").format(path=path),
            path, open_label=self.tr("Mở bằng Word/LibreOffice"))

    def edit_document_settings(self) -> None:
        from kttt_desktop.ui.document_settings_dialog import DocumentSettingsDialog

        dialog = DocumentSettingsDialog(self.registry, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _written(self, path: Path) -> None:
        self.written.emit(path)
        prompts.tell_written(self.window, self.tr("Đã xuất báo cáo"),
                             self.tr("Đã ghi tệp:\n{path}").format(path=path), path)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KtttError):
            prompts.warn(self.window, self.tr("Chưa in hoặc xuất được"), exc.message())
        else:
            raise exc

    # --- one organisation ---------------------------------------------------------------

    def _print_organization(self, member_list: bool) -> None:
        organization_id = self._current_organization_id()
        if organization_id is None:
            prompts.inform(self.window, self.tr("Chưa chọn tổ chức"),
                           self.tr("Hãy chọn một tổ chức trong danh sách rồi in lại."))
            return
        registry, language = self.registry, lang()

        def work(progress: Progress) -> OrganizationSheet:  # background thread: own connection
            return on_own_connection(registry, lambda other: organization_sheet(other, organization_id, language))

        def show(sheet: OrganizationSheet) -> None:
            from kttt_desktop.ui.printing.organization_document import member_list_document, organization_document

            make = member_list_document if member_list else organization_document
            with busy_cursor():
                document = make(sheet)
            self._preview(document, sheet.name)

        self._run(self.tr("Đang chuẩn bị trang in…"), work, show)

    def print_organization(self) -> None:
        self._print_organization(member_list=False)

    def print_member_list(self) -> None:
        self._print_organization(member_list=True)

