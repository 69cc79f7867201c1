"""Printing and exporting from the window: the summary report (print preview, PDF, Excel),
one organisation's record and its member list.

Gathering the summary reads every member of a province, and laying out a long member list
takes seconds, so all of it runs in the background on a connection of its own: the
QTextDocument, its chart images and the QPdfWriter are made on that thread (Qt allows it:
no widget is touched, and the fonts are registered on the GUI thread beforehand). A
document for the print preview is then handed over to the GUI thread, which shows it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.reports.organization_sheet import organization_sheet
from kttt_desktop.core.reports.summary import ReportData, build_report
from kttt_desktop.ui import prompts
from kttt_desktop.ui.actions import tipped_action
from kttt_desktop.ui.fonts import load_fonts
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.worker import BackgroundOp, Progress


def show_print_preview(parent: QWidget | None, document: QTextDocument, title: str) -> None:
    """The print preview of `document`: the very pages of its PDF, on the chosen printer."""
    from kttt_desktop.ui.printing.pdf import print_document, set_up_device

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    set_up_device(printer)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda device: print_document(document, device))
    dialog.resize(900, 1000)
    dialog.exec()


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
        self.organization_action = action(self.tr("In hồ sơ tổ chức…"), self.print_organization,
                                          self.tr("Xem trước và in hồ sơ đầy đủ của tổ chức đang chọn"))
        self.members_action = action(self.tr("In danh sách thành viên…"), self.print_member_list,
                                     self.tr("Xem trước và in danh sách thành viên của tổ chức đang chọn"))
        self.update_actions()

    def actions(self) -> list[QAction]:
        """All five, in menu order (the summary report's three, then the organisation's two)."""
        return [self.print_action, self.pdf_action, self.xlsx_action, self.organization_action,
                self.members_action]

    def update_actions(self) -> None:
        """Enable the organisation's two actions only while an organisation is chosen."""
        chosen = self._current_organization_id() is not None
        self.organization_action.setEnabled(chosen)
        self.members_action.setEnabled(chosen)

    # --- the summary report -------------------------------------------------------------

    def _report_work(self) -> Callable[[Progress], ReportData]:
        registry, as_of, language = self.registry, self._as_of() or self.registry.today, lang()

        def work(progress: Progress) -> ReportData:  # background thread: own connection
            other = registry.sibling()
            try:
                return build_report(other, as_of, language)
            finally:
                other.close()
        return work

    def _run(self, label: str, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        load_fonts()  # before any worker draws text
        self._op = BackgroundOp(self.window, label, work, done, self._failed, cancellable=False)
        self._op.start()

    def preview_report(self) -> None:
        gather = self._report_work()

        def work(progress: Progress) -> tuple[QTextDocument, str]:
            from kttt_desktop.ui.printing.report_document import report_document

            report = gather(progress)
            return _handed_over(report_document(report)), f"{report.title} – {report.subtitle}"

        self._run(self.tr("Đang tổng hợp báo cáo…"), work, self._preview)

    def _preview(self, result: tuple[QTextDocument, str]) -> None:
        document, title = result
        self.document_ready.emit(document)
        show_print_preview(self.window, document, title)

    def _ask_path(self, title: str, suffix: str, pattern: str) -> Path | None:
        as_of = self._as_of() or self.registry.today
        suggested = prompts.documents_folder() / f"BaoCao_KTTT_{as_of:%Y-%m-%d}{suffix}"
        return prompts.choose_save_file(self.window, title, suggested, pattern)

    def export_pdf(self) -> None:
        path = self._ask_path(self.tr("Lưu báo cáo PDF"), ".pdf", self.tr("Tệp PDF (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        gather = self._report_work()

        def work(progress: Progress) -> Path:  # background thread: only Qt classes safe there
            from kttt_desktop.ui.printing.pdf import write_pdf
            from kttt_desktop.ui.printing.report_document import report_document

            return write_pdf(report_document(gather(progress)), path)

        self._run(self.tr("Đang xuất báo cáo PDF…"), work, self._written)

    def export_xlsx(self) -> None:
        path = self._ask_path(self.tr("Lưu báo cáo Excel"), ".xlsx", self.tr("Tệp Excel (*.xlsx)"))
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        gather = self._report_work()

        def work(progress: Progress) -> Path:
            from kttt_desktop.core.reports.summary_xlsx import write_summary_xlsx

            return write_summary_xlsx(gather(progress), path)

        self._run(self.tr("Đang xuất báo cáo Excel…"), work, self._written)

    def _written(self, path: Path) -> None:
        self.written.emit(path)
        prompts.inform(self.window, self.tr("Đã xuất báo cáo"), self.tr("Đã ghi tệp:\n{path}").format(path=path))

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

        def work(progress: Progress) -> tuple[QTextDocument, str]:
            from kttt_desktop.ui.printing.organization_document import member_list_document, organization_document

            other = registry.sibling()
            try:
                sheet = organization_sheet(other, organization_id, language)
            finally:
                other.close()
            make = member_list_document if member_list else organization_document
            return _handed_over(make(sheet)), sheet.name

        self._run(self.tr("Đang chuẩn bị trang in…"), work, self._preview)

    def print_organization(self) -> None:
        self._print_organization(member_list=False)

    def print_member_list(self) -> None:
        self._print_organization(member_list=True)


def _handed_over(document: QTextDocument) -> QTextDocument:
    """A document made on a worker thread, given to the GUI thread that will show it."""
    application = QCoreApplication.instance()
    if application is not None and document.thread() is not application.thread():
        document.moveToThread(application.thread())
    return document
