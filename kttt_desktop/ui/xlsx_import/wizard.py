"""The import wizard: its pages, and the background work behind them (reading the file,
checking every row, writing). Work runs on its own connection (`Registry.sibling`) and
touches no widget; the pages wait behind the progress dialog, whose «Hủy» rolls the work
back."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from kttt_desktop.core import messages
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Changes
from kttt_desktop.core.xlsx.importer import (
    ImportPreview,
    ImportResult,
    apply_import,
    open_workbook,
    preview_import,
)
from kttt_desktop.core.xlsx.mapping import ColumnMapping
from kttt_desktop.core.xlsx.source import SourceBook
from kttt_desktop.ui import prompts
from kttt_desktop.ui.screen_fit import fit_to_screen
from kttt_desktop.ui.worker import BackgroundOp, Cancelled, Progress, on_own_connection
from kttt_desktop.ui.xlsx_import import texts
from kttt_desktop.ui.xlsx_import.choices import SheetChoice, sheet_choices
from kttt_desktop.ui.xlsx_import.file_page import FilePage
from kttt_desktop.ui.xlsx_import.mapping_page import MappingPage
from kttt_desktop.ui.xlsx_import.preview_page import PreviewPage

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry


def _was_cancelled(exc: BaseException) -> bool:
    return isinstance(exc, Cancelled)


def _read(path: Path) -> tuple[SourceBook, list[SheetChoice]]:
    """The file and its sheets (core refuses a damaged file with its «cannot read» sentence)."""
    book = open_workbook(path)
    return book, sheet_choices(book)


class XlsxImportWizard(QWizard):
    """«Nhập từ Excel». After `exec()` returns Accepted, `changes` holds what was written
    (empty when every row was already in the register) and `import_result` core's result;
    `applied(Changes)` is emitted just before the wizard closes."""

    FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE = 0, 1, 2
    applied = Signal(object)

    def __init__(self, registry: Registry, parent: QWidget | None = None, organization_id: str | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.book: SourceBook | None = None
        self.book_path: Path | None = None  # the file `book` was read from
        self.choices: list[SheetChoice] = []
        self.default_organization_id = organization_id
        self.operation: BackgroundOp | None = None
        self.import_result: ImportResult | None = None
        self.changes: Changes | None = None
        self.setObjectName("xlsx_import_wizard")
        self.setWindowTitle(self.tr("Nhập từ Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Nhập"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.setPage(self.FILE_PAGE, self.file_page)
        self.setPage(self.MAPPING_PAGE, self.mapping_page)
        self.setPage(self.PREVIEW_PAGE, self.preview_page)
        self.setMinimumSize(920, 640)  # the mapping table readable; less on a small screen
        fit_to_screen(self, QSize(920, 640))

    @classmethod
    def run(cls, registry: Registry, parent: QWidget | None = None, path: Path | str | None = None,
            organization_id: str | None = None) -> Changes | None:
        """Open the wizard (reading `path` at once when given); the `Changes` written, or None
        if the officer cancelled. `organization_id` presets the organisation of a list that
        names none (the wizard opened from an organisation's page)."""
        wizard = cls(registry, parent, organization_id)
        if path is not None:
            QTimer.singleShot(0, lambda: wizard.open_file(path))
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        changes = wizard.changes if accepted else None
        wizard.deleteLater()
        return changes

    def open_file(self, path: Path | str) -> None:
        """Put `path` on the first page and read it, as if chosen and «Tiếp» pressed."""
        self.file_page.set_path(path)
        if self.currentId() == self.FILE_PAGE:
            self.next()

    def mappings(self) -> list[ColumnMapping]:
        """The included sheets' mappings, copied for the background work."""
        return [copy.deepcopy(choice.mapping) for choice in self.choices if choice.included]

    # --- background work -------------------------------------------------------------

    def _run(self, label: str, work: Callable[[Progress], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None], cancellable: bool = True) -> None:
        def succeeded(result: Any) -> None:
            self._op_over(operation)
            done(result)

        def went_wrong(exc: BaseException) -> None:
            self._op_over(operation)
            failed(exc)

        operation = BackgroundOp(self, label, work, succeeded, went_wrong, cancellable)
        self.operation = operation
        self.preview_page.completeChanged.emit()
        operation.start()

    def _op_over(self, operation: BackgroundOp) -> None:
        if self.operation is operation:
            self.operation = None
        operation.dialog.deleteLater()
        operation.deleteLater()
        self.preview_page.completeChanged.emit()

    def _report(self, title: str, exc: BaseException) -> None:
        """Say why work stopped, in core's words; a programming error is raised as such."""
        if _was_cancelled(exc):
            prompts.inform(self, title, messages.texts("import_cancelled"))
        elif isinstance(exc, KtttError):
            prompts.warn(self, title, exc.message())
        elif isinstance(exc, OSError):
            prompts.warn(self, title, self.tr("Không đọc, ghi được tệp: {error}").format(error=exc))
        else:
            raise exc

    # --- 1. reading the file ---------------------------------------------------------

    def start_open(self, path: Path) -> None:
        if self.operation is not None:
            return

        def work(progress: Progress) -> tuple[SourceBook, list[SheetChoice]]:
            return _read(path)  # no registry needed: nothing is checked yet

        def done(result: tuple[SourceBook, list[SheetChoice]]) -> None:
            book, choices = result
            if not choices:
                prompts.warn(self, self.tr("Không nhập được tệp này"), self.tr(
                    "Không tìm thấy danh sách nào trong tệp «{path}»: các sheet đều trống. Hãy chọn đúng tệp "
                    "đã điền.").format(path=path))
                return
            self.book, self.book_path, self.choices = book, path, choices
            if self.currentId() == self.FILE_PAGE:
                self.next()

        # Reading cannot be interrupted half-way, so there is no «Hủy» to press.
        self._run(self.tr("Đang đọc tệp Excel…"), work, done,
                  lambda exc: self._report(self.tr("Không đọc được tệp"), exc), cancellable=False)

    # --- 2. preview ------------------------------------------------------------------

    def start_preview(self) -> None:
        if self.operation is not None or self.book is None:
            return
        registry, book, mappings = self.registry, self.book, self.mappings()
        organization_id = self.default_organization_id

        def work(progress: Progress) -> ImportPreview:
            return on_own_connection(registry, lambda other: preview_import(
                other, book, mappings, default_organization_id=organization_id, progress=progress))

        def failed(exc: BaseException) -> None:
            if self.currentId() == self.PREVIEW_PAGE:
                self.back()
            if not _was_cancelled(exc):  # «Hủy» was the officer's own choice: just go back
                self._report(self.tr("Chưa xem trước được"), exc)

        self._run(self.tr("Đang đọc và kiểm tra các hàng…"), work, self.preview_page.show_preview, failed)

    # --- 3. writing ------------------------------------------------------------------

    def start_apply(self) -> bool:
        """«Nhập»: True once written (the wizard may close), else start writing and say False."""
        if self.import_result is not None:
            return True
        if self.operation is not None or self.book is None or self.preview_page.preview is None:
            return False
        registry, book, mappings = self.registry, self.book, self.mappings()
        organization_id = self.default_organization_id
        skip_errors = self.preview_page.skip_box.isChecked()

        def work(progress: Progress) -> ImportResult:
            return on_own_connection(registry, lambda other: apply_import(
                other, book, mappings, default_organization_id=organization_id, skip_errors=skip_errors,
                progress=progress))

        def failed(exc: BaseException) -> None:
            self._report(self.tr("Chưa nhập được"), exc)
            if not _was_cancelled(exc):
                self.start_preview()  # the register changed since the preview: show it as it is now

        self._run(self.tr("Đang nhập vào sổ…"), work, self._applied, failed)
        return False

    def _applied(self, result: ImportResult) -> None:
        self.import_result = result
        self.changes = result.changes
        if not result.changes.empty:
            self.registry.forget_undo()  # Ctrl+Z must not reach back across the import
        prompts.inform(self, self.tr("Đã nhập xong"), self.summary(result))
        self.applied.emit(result.changes)
        self.accept()

    def summary(self, result: ImportResult) -> str:
        """"Đã nhập tệp «…». Thành viên: tạo mới 5, cập nhật 0, không đổi 0, lỗi 1." """
        headers = texts.count_headers()
        lines = [self.tr("Đã nhập tệp «{name}».").format(name=self.book_path.name if self.book_path else "")]
        for record_type, counts in result.counts().items():
            parts = ", ".join(f"{headers[key].lower()} {counts.get(key, 0)}" for key in headers)
            lines.append(f"{texts.record_type_label(record_type)}: {parts}.")
        if result.changes.empty:
            lines.append(self.tr("Sổ không thay đổi: mọi hàng đã có như trong tệp."))
        elif result.backup is not None:
            lines.append(self.tr("Sổ trước khi nhập được sao lưu tại:\n{path}").format(path=result.backup))
            lines.append(self.tr("Lần nhập này không hoàn tác được bằng Ctrl+Z: muốn bỏ nó, hãy khôi phục "
                                 "bản sao lưu trên (Tệp → Khôi phục từ bản sao lưu…)."))
        return "\n".join(lines)

    def reject(self) -> None:
        if self.operation is not None:  # cancel through the progress dialog instead
            return
        super().reject()
