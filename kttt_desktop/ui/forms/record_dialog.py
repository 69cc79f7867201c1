"""The dialog in which one record is added or edited, with the verbs officers already know
from MISA and HTKK: Cất (save, Ctrl+S), Hoãn (cancel, Esc), and for new records "Cất và
thêm tiếp" (Ctrl+Shift+S), so the five founding members of an HTX go in one after another.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.records.fields import record_type_named
from kttt_desktop.ui import prompts
from kttt_desktop.ui.deleted_records import DeletedBanner, restore_record
from kttt_desktop.ui.forms.record_form import RecordForm
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.screen_fit import fit_to_screen, keep_on_screen
from kttt_desktop.ui.styles import DONE_COLOR, WARNING_COLOR, colored

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry


def _lower_first(text: str) -> str:
    """"Thành viên" → "thành viên", but "Hỗ trợ của Nhà nước" keeps its capital N."""
    return text[:1].lower() + text[1:]


class RecordDialog(QDialog):
    """Add (`record_id` None) or edit one record of `record_type`.

    After `exec()`, `result_value` is the last `WriteResult` and `saved_ids` lists every
    record saved while the dialog was open (several with "Cất và thêm tiếp"), even when the
    officer finally closed it with Hoãn. `saved` is emitted after each save.
    """

    saved = Signal(object)  # WriteResult

    # How long a save with warnings keeps the dialog open so the warnings can be read.
    WARNING_LINGER_MS = 2500

    def __init__(self, registry: Registry, record_type: str, record_id: str | None = None,
                 preset: dict[str, Any] | None = None, parent: QWidget | None = None,
                 read_only: bool = False) -> None:
        super().__init__(parent)
        self.registry = registry
        self.record_type = record_type_named(record_type)
        self.preset = dict(preset or {})
        self.result_value: Any = None
        self.saved_ids: list[str] = []
        self._closing = False
        self.setObjectName(f"record_dialog_{self.record_type.name}")
        self.setSizeGripEnabled(True)

        self.form = RecordForm(registry, self.record_type.name, self)
        self._read_only = read_only
        record = registry.get(self.record_type.name, record_id) if record_id else None
        if read_only or (record is not None and record.get("deleted")):
            self.form.set_read_only(True)  # a deleted record is shown, not edited
        self.form.load(record, self.preset)
        # A deleted record says who deleted it, when and why, and offers to bring it back.
        self.deleted_banner = DeletedBanner(self)
        self.deleted_banner.show_record(registry, self.record_type.name, record_id)
        self.deleted_banner.restore_requested.connect(self.restore)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(2, 2, 8, 2)
        inner_layout.addWidget(self.form)
        scroll.setWidget(inner)
        self._scroll = scroll

        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.hide()

        self.save_button = QPushButton(self.tr("Cất"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.setToolTip(self.tr("Cất bản ghi và đóng (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_and_close)
        self.save_next_button = QPushButton(self.tr("Cất và thêm tiếp"), self)
        self.save_next_button.setObjectName("save_next_button")
        self.save_next_button.setToolTip(self.tr("Cất rồi mở ô trống để nhập bản ghi tiếp theo (Ctrl+Shift+S)"))
        self.save_next_button.clicked.connect(self.save_and_next)
        self.cancel_button = QPushButton(self.tr("Hoãn"), self)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setToolTip(self.tr("Thôi sửa, bỏ những gì chưa cất (Esc)"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_next_button.setAutoDefault(False)
        for button in (self.save_button, self.save_next_button, self.cancel_button):
            button.setMinimumWidth(button.sizeHint().width() + 16)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_next_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.deleted_banner)
        layout.addWidget(scroll, 1)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        save_shortcut.activated.connect(self.save_and_close)
        next_shortcut = QShortcut(QKeySequence("Ctrl+Shift+S"), self)
        next_shortcut.activated.connect(self.save_and_next)
        self._next_shortcut = next_shortcut

        self.form.dirty_changed.connect(self._update_title)
        self._update_buttons()
        self._update_title()
        self._restore_size()
        self._shown_once = False

    # --- appearance ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.form.focus_first_field()

    def _update_buttons(self) -> None:
        new = self.form.is_new
        read_only = self.form.is_read_only()
        self.save_next_button.setVisible(new and not read_only)
        self._next_shortcut.setEnabled(new and not read_only)
        self.save_button.setVisible(not read_only)
        self.cancel_button.setText(self.tr("Đóng") if read_only else self.tr("Hoãn"))

    def _update_title(self) -> None:
        kind = _lower_first(self.record_type.label(lang()))
        if self.form.is_new:
            title = self.tr("Thêm {kind}").format(kind=kind)
        elif self.form.is_read_only():
            title = self.tr("Xem {kind} «{title}»").format(kind=kind, title=self.form.title())
        else:
            title = self.tr("Sửa {kind} «{title}»").format(kind=kind, title=self.form.title())
        if self.form.is_dirty():
            title += " *"
        self.setWindowTitle(title)

    def _settings_key(self) -> str:
        return f"record_dialog/{self.record_type.name}/geometry"

    def _restore_size(self) -> None:
        """The size it had last time, else the form's own; never beyond the screen (the form
        stacks its groups in one column when the dialog is narrow)."""
        geometry = QSettings().value(self._settings_key())
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            keep_on_screen(self)
            return
        hint = self.form.sizeHint()
        chrome_w, chrome_h = 70, 180  # margins, scroll bar, buttons, room for messages
        fit_to_screen(self, QSize(max(hint.width() + chrome_w, 520), max(hint.height() + chrome_h, 360)))

    def _remember_size(self) -> None:
        QSettings().setValue(self._settings_key(), self.saveGeometry())

    def show_status(self, text: str, warning: bool = False) -> None:
        self.status_label.setText(colored(text, WARNING_COLOR if warning else DONE_COLOR))
        self.status_label.show()

    # --- the verbs -------------------------------------------------------------------------

    def _save(self) -> Any:
        if self._closing:
            return None
        result = self.form.save()
        if result is None:
            return None
        self.result_value = result
        self.saved_ids.append(result.record["id"])
        self.saved.emit(result)
        return result

    def _saved_text(self, result: Any) -> str:
        title = result.record.get(self.record_type.title_field) or ""
        text = html.escape(self.tr("Đã cất «{title}».").format(title=title))
        if result.warnings:
            text += " <b>" + html.escape(self.tr("Lưu ý:")) + "</b> " + html.escape(
                " ".join(w.message() for w in result.warnings))
        return text

    def save_and_close(self) -> bool:
        """Cất: save and close; warnings stay on screen for a moment, without a question."""
        if self.form.is_read_only():
            return False
        result = self._save()
        if result is None:
            return False
        if result.warnings and self.WARNING_LINGER_MS > 0:
            self._closing = True
            self.show_status(self._saved_text(result), warning=True)
            self.form.set_read_only(True)
            for button in (self.save_button, self.save_next_button):
                button.setEnabled(False)
            QTimer.singleShot(self.WARNING_LINGER_MS, self, self._accept_now)
        else:
            self._accept_now()
        return True

    def _accept_now(self) -> None:
        self._closing = False
        self._remember_size()
        super().accept()

    def save_and_next(self) -> bool:
        """Cất và thêm tiếp: save, then an empty form with the same preset (organisation)."""
        if not self.form.is_new or self.form.is_read_only():
            return False
        result = self._save()
        if result is None:
            return False
        self.form.load(None, self.preset)
        self.show_status(self._saved_text(result), warning=bool(result.warnings))
        self._update_buttons()
        self._update_title()
        self._scroll.verticalScrollBar().setValue(0)
        self.form.focus_first_field()
        return True

    def restore(self) -> bool:
        """Khôi phục a deleted record after asking; it can then be edited here at once."""
        record = self.form.record
        if not record or not record.get("deleted"):
            return False
        changes = restore_record(self, self.registry, self.record_type.name, record["id"])
        if changes is None:
            return False
        self.saved_ids.append(record["id"])  # the window refreshes what a save would
        restored = self.registry.get(self.record_type.name, record["id"])
        self.form.set_read_only(self._read_only)
        self.form.load(restored, self.preset)
        self.deleted_banner.show_record(self.registry, self.record_type.name, record["id"])
        self._update_buttons()
        self._update_title()
        self.show_status(html.escape(self.tr("Đã khôi phục «{title}». Bấm Ctrl+Z ở cửa sổ chính để hoàn tác.")
                                     .format(title=self.form.title())))
        return True

    def accept(self) -> None:  # Enter on the default button and QDialog's own paths
        self.save_and_close()

    def reject(self) -> None:
        """Hoãn (Esc, the window's close button): ask before throwing typed data away."""
        if self._closing:
            self._accept_now()
            return
        if self.form.is_dirty() and not self.form.is_read_only():
            if not prompts.confirm(
                    self, self.tr("Thay đổi chưa cất"),
                    self.tr("Những gì vừa nhập chưa được cất. Bỏ các thay đổi này và đóng cửa sổ?"),
                    yes=self.tr("Bỏ thay đổi")):
                return
        self._remember_size()
        super().reject()


def open_record_dialog(parent: QWidget | None, registry: Registry, record_type: str,
                       record_id: str | None = None, preset: dict[str, Any] | None = None) -> RecordDialog | None:
    """Run the dialog modally; None if the record could not be opened (message shown)."""
    try:
        dialog = RecordDialog(registry, record_type, record_id, preset, parent)
    except KtttError as exc:
        prompts.warn(parent, QCoreApplication.translate("RecordDialog", "Không mở được"), exc.message())
        return None
    dialog.exec()
    return dialog
