"""Excel from the window: the lists out to a workbook, the blank template, and the import wizard.

openpyxl is imported only when a workbook is made, not when the window starts. The export
of a province's lists takes a while, so it runs in the background with a progress
bar and Cancel, on a connection of its own; a cancelled or failed export leaves no file. The
import is the wizard's job (`xlsx_import`); this module only opens it and reports what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import prompts
from kttt_desktop.ui.actions import tipped_action
from kttt_desktop.ui.worker import BackgroundOp, Cancelled, Progress, run_op


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class ExcelActions(QObject):
    """The three Excel actions of the Báo cáo menu.

    `current_organization()` gives (id, name) of the organisation the officer is looking at,
    or None: the export then offers that organisation alone besides the whole register, and
    the import takes it as the organisation of a list that names none."""

    changed = Signal(object)  # the Changes an import made
    written = Signal(object)  # the path of a workbook just written

    def __init__(self, registry: Registry, window: QMainWindow,
                 current_organization: Callable[[], tuple[str, str] | None] = lambda: None) -> None:
        super().__init__(window)
        self.registry = registry
        self.window = window
        self._current_organization = current_organization
        self._op: BackgroundOp | None = None
        self.export_action = tipped_action(
            self.window, self.tr("Xuất danh sách ra Excel…"), self.export_lists,
            self.tr("Ghi danh sách tổ chức, thành viên, người lao động, hỗ trợ ra một tệp Excel"))
        self.template_action = tipped_action(
            self.window, self.tr("Tải mẫu Excel để nhập…"), self.save_template,
            self.tr("Ghi tệp mẫu có sẵn tiêu đề cột và danh mục chọn, để điền rồi nhập vào sổ"))
        self.import_action = tipped_action(
            self.window, self.tr("Nhập từ Excel…"), self.import_workbook,
            self.tr("Nhập danh sách từ tệp Excel (mẫu của chương trình hoặc danh sách sẵn có)"))

    def actions(self) -> list[QAction]:
        return [self.export_action, self.template_action, self.import_action]

    # --- export ----------------------------------------------------------------------------

    def export_lists(self) -> None:
        organization_id = self._ask_scope()
        if organization_id is False:
            return
        today = self.registry.today
        path = prompts.choose_save_file(self.window, self.tr("Lưu danh sách Excel"),
                                        f"DanhSach_KTTT_{today:%Y-%m-%d}.xlsx", self.tr("Tệp Excel (*.xlsx)"),
                                        prompts.EXCEL)
        if path is None:
            return
        path = _with_suffix(path, ".xlsx")
        registry = self.registry

        def work(other: Any, progress: Progress) -> Path:  # background thread: own connection
            from kttt_desktop.core.xlsx.export import export_workbook

            export_workbook(other, path, organization_id=organization_id or None, progress=progress)
            return path

        self._op = run_op(self.window, registry, self.tr("Đang xuất danh sách ra Excel…"), work, self._written,
                          self._failed)

    def _ask_scope(self) -> str | None | Literal[False]:
        """The organisation to export alone, None for everything, False if the officer cancelled."""
        current = self._current_organization()
        if current is None:
            return None
        organization_id, name = current
        choices = [self.tr("Toàn bộ sổ (mọi tổ chức)"),
                   self.tr("Chỉ {name} (thành viên, người lao động, hỗ trợ)").format(name=name)]
        picked = prompts.choose_item(self.window, self.tr("Xuất danh sách ra Excel"),
                                     self.tr("Xuất những gì?"), choices)
        if picked is None:
            return False
        return organization_id if picked == 1 else None

    # --- template ---------------------------------------------------------------------------

    def save_template(self) -> None:
        from kttt_desktop.core.xlsx.template import write_template

        path = prompts.choose_save_file(self.window, self.tr("Lưu mẫu Excel"), "Mau_nhap_KTTT.xlsx",
                                        self.tr("Tệp Excel (*.xlsx)"), prompts.EXCEL)
        if path is None:
            return
        try:
            written = write_template(_with_suffix(path, ".xlsx"))
        except KtttError as exc:
            self._failed(exc)
            return
        self._written(written)

    # --- import -----------------------------------------------------------------------------

    def import_workbook(self) -> None:
        from kttt_desktop.ui.xlsx_import import XlsxImportWizard

        current = self._current_organization()  # a member list opened from its organisation
        changes = XlsxImportWizard.run(self.registry, self.window, organization_id=current[0] if current else None)
        if changes is not None and not changes.empty:
            self.changed.emit(changes)

    # --- shared -----------------------------------------------------------------------------

    def _written(self, path: Path) -> None:
        self.written.emit(path)
        prompts.tell_written(self.window, self.tr("Đã ghi tệp Excel"),
                             self.tr("Đã ghi tệp:\n{path}").format(path=path), path)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.window.statusBar().showMessage(self.tr("Đã dừng xuất Excel; chưa ghi tệp nào."), 8000)
        elif isinstance(exc, KtttError):
            prompts.warn(self.window, self.tr("Chưa ghi được tệp Excel"), exc.message())
        else:
            raise exc
