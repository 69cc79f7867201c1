"""Backup to a USB stick and restore from a file, from the window's Tệp menu.

A backup runs in the background (a province file is large) with its own connection; a
backup for a USB stick can be encrypted under a password typed twice. A restore cannot happen
under an open database, so the window only checks the file (an encrypted one is first
decrypted, in the background, with the password asked for), asks, and hands the chosen file
to the application, which closes the database, restores (the current one is kept aside) and
opens the window again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from kttt_desktop.core.backup.crypto import check_password, is_encrypted
from kttt_desktop.core.backup.service import check_backup, decrypt_backup, make_backup
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import prompts
from kttt_desktop.ui.worker import BackgroundOp, Progress, run_op


class BackupActions(QObject):
    """The menu actions; `restore_requested(file)` asks the application to restore."""

    restore_requested = Signal(object)
    backup_written = Signal(object)

    def __init__(self, registry: Registry, window: QWidget) -> None:
        super().__init__(window)
        self.registry = registry
        self.window = window
        self.backup_action = QAction(self.tr("Sao lưu ra USB / thư mục…"), window)
        self.backup_action.setShortcut("Ctrl+Shift+B")
        self.backup_action.setToolTip(self.tr("Ghi một bản sao lưu đầy đủ vào thư mục chọn (ví dụ ổ USB)"))
        self.backup_action.triggered.connect(lambda: self.back_up())
        self.encrypted_backup_action = QAction(self.tr("Sao lưu có mật khẩu (mã hóa)…"), window)
        self.encrypted_backup_action.setToolTip(self.tr(
            "Bản sao lưu chỉ mở được bằng mật khẩu: nên dùng khi mang dữ liệu đi bằng USB"))
        self.encrypted_backup_action.triggered.connect(lambda: self.back_up(encrypt=True))
        self.restore_action = QAction(self.tr("Khôi phục từ bản sao lưu…"), window)
        self.restore_action.setToolTip(self.tr("Thay dữ liệu bằng một bản sao lưu (bản hiện tại được giữ lại)"))
        self.restore_action.triggered.connect(self.restore)
        self._op: BackgroundOp | None = None

    def back_up(self, encrypt: bool = False) -> None:
        folder = prompts.choose_folder(self.window, self.tr("Chọn nơi ghi bản sao lưu"), prompts.BACKUPS)
        if folder is None:
            return
        password = self._new_password() if encrypt else None
        if encrypt and password is None:
            return
        registry = self.registry

        def work(other: Registry, progress: Progress) -> Path:  # background thread: no widgets
            assert other.path is not None  # the window always works on a file
            return make_backup(other.conn, other.path, folder, password=password)

        self._op = run_op(self.window, registry, self.tr("Đang sao lưu…"), work, self._written, self._failed,
                          cancellable=False)

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
                                          self.tr("Bản sao lưu KTTT (*.sqlite *.enc);;Mọi tệp (*)"), prompts.BACKUPS)
        if not files:
            return
        source = files[0]
        if is_encrypted(source):
            self._decrypt(source)
        else:
            self._ask_restore(source, source)

    def _new_password(self) -> str | None:
        """The password for an encrypted backup, typed twice; None if cancelled or refused."""
        title = self.tr("Sao lưu có mật khẩu")
        password = prompts.ask_password(self.window, title, self.tr(
            "Đặt mật khẩu cho bản sao lưu (ít nhất 8 ký tự). Hãy ghi mật khẩu ở nơi an toàn, tách khỏi "
            "USB: quên mật khẩu thì không ai mở lại được bản sao lưu này."), confirm=True)
        if password is None:
            return None
        try:
            return check_password(password)
        except KtttError as exc:
            prompts.warn(self.window, title, exc.message())
            return None

    def _decrypt(self, source: Path) -> None:
        """Ask the password of an encrypted backup and decrypt it in the background into the
        backups folder; the restore then goes on from the decrypted copy."""
        password = prompts.ask_password(self.window, self.tr("Bản sao lưu có mật khẩu"), self.tr(
            "Nhập mật khẩu đã đặt khi sao lưu {file}.").format(file=source.name))
        if password is None:
            return
        db_path = self.registry.path
        assert db_path is not None  # the window always works on a file

        def work(progress: Any) -> Path:  # background thread: files only, no widgets
            return decrypt_backup(source, password, db_path)

        self._op = BackgroundOp(self.window, self.tr("Đang giải mã bản sao lưu…"), work,
                                lambda decrypted: self._ask_restore(source, decrypted), self._not_restored,
                                cancellable=False)
        self._op.start()

    def _not_restored(self, exc: BaseException) -> None:
        if isinstance(exc, KtttError):
            prompts.warn(self.window, self.tr("Không khôi phục được"), exc.message())
        else:
            raise exc

    def _ask_restore(self, chosen: Path, source: Path) -> None:
        """Check `source` (the chosen file, or its decrypted copy) against this site, ask, and
        hand it to the application."""
        assert self.registry.path is not None  # the window always works on a file
        try:
            info = check_backup(self.registry.path, source)
        except KtttError as exc:
            prompts.warn(self.window, self.tr("Không khôi phục được"), exc.message())
            return
        question = self.tr(
            "Thay toàn bộ dữ liệu của {name} bằng bản sao lưu {file}?\n\n"
            "Dữ liệu hiện tại được giữ lại trong thư mục sao lưu; chương trình sẽ mở lại sau khi khôi phục."
        ).format(name=info["name"], file=chosen.name)
        if not info["checksum"]:
            question += "\n\n" + KtttError("backup_unverified", path=chosen.name).message()
        if prompts.confirm(self.window, self.tr("Khôi phục từ bản sao lưu"), question, self.tr("Khôi phục")):
            self.restore_requested.emit(source)
