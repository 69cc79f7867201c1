"""Backup to a USB stick and restore from a file, from the window's Tệp menu.

A backup runs in the background (a province file is large) with its own connection. A
restore cannot happen under an open database, so the window only checks the file, asks,
and hands the chosen file to the application, which closes the database, restores (the
current one is kept aside) and opens the window again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from kttt_desktop.core.backups import inspect_backup, make_backup
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import prompts
from kttt_desktop.ui.worker import BackgroundOp


class BackupActions(QObject):
    """The two menu actions; `restore_requested(file)` asks the application to restore."""

    restore_requested = Signal(object)
    backup_written = Signal(object)

    def __init__(self, registry: Registry, window: QWidget) -> None:
        super().__init__(window)
        self.registry = registry
        self.window = window
        self.backup_action = QAction(self.tr("Sao lưu ra USB / thư mục…"), window)
        self.backup_action.setShortcut("Ctrl+Shift+B")
        self.backup_action.setToolTip(self.tr("Ghi một bản sao lưu đầy đủ vào thư mục chọn (ví dụ ổ USB)"))
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("Khôi phục từ bản sao lưu…"), window)
        self.restore_action.setToolTip(self.tr("Thay dữ liệu bằng một bản sao lưu (bản hiện tại được giữ lại)"))
        self.restore_action.triggered.connect(self.restore)
        self._op: BackgroundOp | None = None

    def back_up(self) -> None:
        folder = prompts.choose_folder(self.window, self.tr("Chọn nơi ghi bản sao lưu"), prompts.BACKUPS)
        if folder is None:
            return
        registry = self.registry

        def work(progress: Any) -> Path:  # background thread: its own connection, no widgets
            other = registry.sibling()
            try:
                return make_backup(other.conn, other.path, folder)
            finally:
                other.close()

        self._op = BackgroundOp(self.window, self.tr("Đang sao lưu…"), work, self._written, self._failed,
                                cancellable=False)
        self._op.start()

    def _written(self, path: Path) -> None:
        prompts.tell_written(self.window, self.tr("Đã sao lưu"),
                             self.tr("Đã ghi bản sao lưu:\n{path}").format(path=path), path, readable=False)
        self.backup_written.emit(path)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KtttError):
            prompts.warn(self.window, self.tr("Chưa sao lưu được"), exc.message())
        else:
            raise exc

    def restore(self) -> None:
        files = prompts.choose_open_files(self.window, self.tr("Chọn bản sao lưu"),
                                          self.tr("Bản sao lưu KTTT (*.sqlite);;Mọi tệp (*)"), prompts.BACKUPS)
        if not files:
            return
        source = files[0]
        try:
            info = inspect_backup(source)
        except KtttError as exc:
            prompts.warn(self.window, self.tr("Không khôi phục được"), exc.message())
            return
        site = self.registry.require_site()
        if info["unit_code"] != site.unit_code:
            prompts.warn(self.window, self.tr("Không khôi phục được"),
                         KtttError("backup_other_site", code=info["unit_code"], name=info["name"],
                                   own=site.name).message())
            return
        question = self.tr(
            "Thay toàn bộ dữ liệu của {name} bằng bản sao lưu {file}?\n\n"
            "Dữ liệu hiện tại được giữ lại trong thư mục sao lưu; chương trình sẽ mở lại sau khi khôi phục."
        ).format(name=info["name"], file=source.name)
        if prompts.confirm(self.window, self.tr("Khôi phục từ bản sao lưu"), question, self.tr("Khôi phục")):
            self.restore_requested.emit(source)
