"""Small dialogs of the window: the reason for a deletion, and the settings.

Deleting never destroys data (core keeps a tombstone with the reason, and it can be
restored), but the officer is still shown exactly what goes with the record and must say why.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core import catalogs, units
from kttt_desktop.core.db.queries import ListQuery
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.records.fields import CHILD_TYPES, record_type_named
from kttt_desktop.ui import prompts
from kttt_desktop.ui.i18n import QT_TRANSLATE_NOOP, lang
from kttt_desktop.ui.models.columns import count_text
from kttt_desktop.ui.screen_fit import fit_to_contents
from kttt_desktop.ui.styles import NOTE, required_mark

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

__all__ = [
    "DeleteDialog",
    "SettingsDialog",
    "ask_delete_reason",
    "delete_record",
    "deletion_detail",
    "deletion_title",
    "record_kind",
    "DELETE_REASONS",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


# Quick choices for the reason; the officer may type any other.
DELETE_REASONS = (
    QT_TRANSLATE_NOOP("dialogs", "Nhập trùng"),
    QT_TRANSLATE_NOOP("dialogs", "Nhập nhầm"),
    QT_TRANSLATE_NOOP("dialogs", "Tổ chức đã giải thể"),
    QT_TRANSLATE_NOOP("dialogs", "Thành viên ra khỏi tổ chức"),
)


def _reasons() -> list[str]:
    return [_tr(reason) for reason in DELETE_REASONS]


class DeleteDialog(QDialog):
    """Asks why a record is deleted and shows what goes with it. "Xóa" stays disabled
    until a reason is given."""

    def __init__(self, title_text: str, detail_text: str = "", parent: QWidget | None = None,
                 reasons: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xóa bản ghi"))
        self.setObjectName("delete_dialog")

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(title_text, self)
        self.title_label.setObjectName("title_label")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        self.detail_label = QLabel(detail_text, self)
        self.detail_label.setObjectName("detail_label")
        self.detail_label.setWordWrap(True)
        self.detail_label.setVisible(bool(detail_text))
        note = QLabel(self.tr("Bản ghi bị xóa vẫn được lưu lại kèm lý do và có thể khôi phục."), self)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE)

        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("reason")
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_combo.addItems(reasons if reasons is not None else _reasons())
        self.reason_combo.setCurrentIndex(-1)
        reason_line = self.reason_combo.lineEdit()
        assert reason_line is not None  # the list is editable
        reason_line.setPlaceholderText(self.tr("Chọn hoặc gõ lý do…"))
        self.reason_combo.setMinimumContentsLength(28)
        self.reason_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        reason_label = QLabel(self.tr("Lý do xóa") + " " + required_mark(), self)
        reason_label.setTextFormat(Qt.TextFormat.RichText)
        reason_label.setBuddy(self.reason_combo)

        self.buttons = QDialogButtonBox(self)
        self.delete_button = self.buttons.addButton(self.tr("Xóa"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.delete_button.setObjectName("delete_button")
        self.cancel_button = self.buttons.addButton(self.tr("Hoãn"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancel_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_combo.editTextChanged.connect(self._update_button)
        self._update_button()

        text_column = QVBoxLayout()
        text_column.addWidget(self.title_label)
        text_column.addWidget(self.detail_label)
        text_column.addWidget(note)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text_column, 1)
        form = QFormLayout()
        form.addRow(reason_label, self.reason_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        fit_to_contents(self)  # wrapped labels as tall as they are at the dialog's real width
        self.reason_combo.setFocus()

    def reason(self) -> str:
        return self.reason_combo.currentText().strip()

    def _update_button(self) -> None:
        self.delete_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:
        if not self.reason():  # Enter with an empty reason does nothing
            return
        super().accept()


def ask_delete_reason(parent: QWidget | None, title_text: str, detail_text: str = "") -> str | None:
    """The reason typed, or None if the officer cancelled (tests patch this function)."""
    dialog = DeleteDialog(title_text, detail_text, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.reason()
    return None


def record_kind(record_type: str, record: dict[str, Any]) -> str:
    """What the record is, as said inside a sentence: "hợp tác xã", "thành viên"."""
    rt = record_type_named(record_type)
    if rt.name == "organization":
        kind = catalogs.label("organization_kind", record.get("kind"), lang())
    else:
        kind = rt.label(lang())
    return kind[:1].lower() + kind[1:]


def deletion_title(registry: Registry, record_type: str, record_id: str) -> str:
    """'Xóa hợp tác xã «HTX Chè Bum Tở»?' — the question of the delete dialog."""
    rt = record_type_named(record_type)
    record = registry.get(rt.name, record_id)
    return QCoreApplication.translate("dialogs", "Xóa {kind} «{title}»?").format(
        kind=record_kind(rt.name, record), title=rt.title_of(record))


def deletion_detail(registry: Registry, record_type: str, record_id: str) -> str:
    """What goes with the record: for an organisation "Sẽ xóa cùng với 12 thành viên, 3 người lao
    động, 2 khoản hỗ trợ." (empty when nothing else is deleted)."""
    if record_type != "organization":
        return ""
    # Its status decisions are its own history, not records people add: not counted here.
    counts = [(child, registry.count(ListQuery(child, organization_id=record_id)))
              for child in CHILD_TYPES if child != "status_change"]
    parts = [count_text(child, count, grouped=False) for child, count in counts if count]
    if not parts:
        return QCoreApplication.translate(
            "dialogs", "Tổ chức này chưa có thành viên, người lao động hay khoản hỗ trợ nào.")
    return QCoreApplication.translate("dialogs", "Sẽ xóa cùng với {parts} của tổ chức này.").format(
        parts=", ".join(parts))


def delete_record(parent: QWidget | None, registry: Registry, record_type: str, record_id: str) -> Any:
    """Ask for the reason and delete; the `WriteResult`, or None if cancelled or refused.
    A record already deleted is not asked about again: the officer is pointed to Khôi phục."""
    try:
        record = registry.get(record_type, record_id)
        if record.get("deleted"):
            title = record_type_named(record_type).title_of(record)
            raise KtttError("record_already_deleted", title=title)
        title = deletion_title(registry, record_type, record_id)
        detail = deletion_detail(registry, record_type, record_id)
    except KtttError as exc:
        prompts.warn(parent, QCoreApplication.translate("dialogs", "Không xóa được"), exc.message())
        return None
    reason = ask_delete_reason(parent, title, detail)
    if not reason:
        return None
    try:
        return registry.delete(record_type, record_id, reason)
    except KtttError as exc:
        prompts.warn(parent, QCoreApplication.translate("dialogs", "Không xóa được"), exc.message())
        return None


LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


def save_or_cancel(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """The «Cất» (the default, Enter) and «Hoãn» (Esc) buttons of a settings dialog, wired to
    accept and reject it; the box and its «Cất» button."""
    buttons = QDialogButtonBox(dialog)
    save = buttons.addButton(QCoreApplication.translate("SaveOrCancel", "Cất"), QDialogButtonBox.ButtonRole.AcceptRole)
    save.setDefault(True)
    buttons.addButton(QCoreApplication.translate("SaveOrCancel", "Hoãn"), QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, save


class SettingsDialog(QDialog):
    """The officer's name (written in the audit log), the language, and which site this is."""

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.changes: Any = None  # core `Changes` when the officer was changed
        self.language_changed = False
        self.setWindowTitle(self.tr("Cài đặt"))  # as the menu names it
        self.setObjectName("settings_dialog")

        self.officer_edit = QLineEdit(registry.officer or "", self)
        self.officer_edit.setObjectName("officer")
        self.officer_edit.setPlaceholderText(self.tr("Họ và tên cán bộ nhập liệu"))
        self.officer_edit.setMinimumWidth(280)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self._language = str(QSettings().value("language", "vi") or "vi")
        index = self.language_combo.findData(self._language)
        self.language_combo.setCurrentIndex(max(index, 0))

        work = QGroupBox(self.tr("Người dùng"), self)
        work_form = QFormLayout(work)
        work_form.addRow(self.tr("Cán bộ nhập liệu"), self.officer_edit)
        work_form.addRow(self.tr("Ngôn ngữ"), self.language_combo)
        language_note = QLabel(self.tr("Ngôn ngữ mới được áp dụng khi mở lại chương trình."), self)
        language_note.setWordWrap(True)
        language_note.setStyleSheet(NOTE)
        work_form.addRow("", language_note)

        site_box = QGroupBox(self.tr("Đơn vị sử dụng"), self)
        site_form = QFormLayout(site_box)
        site = registry.site
        if site is not None:
            level = catalogs.label("site_level", site.level, lang())
            province = units.describe(site.province_code) if site.province_code else ""
            rows = [
                (self.tr("Cấp"), level),
                (self.tr("Đơn vị"), f"{site.name} ({site.unit_code})"),
            ]
            if province and site.level != "province":
                rows.append((self.tr("Tỉnh"), province))
            if site.upper_code:
                rows.append((self.tr("Cấp trên"), units.describe(site.upper_code)))
        else:
            rows = [(self.tr("Đơn vị"), self.tr("(chưa thiết lập)"))]
        rows.append((self.tr("Tệp dữ liệu"), str(registry.path or ":memory:")))
        self.site_labels: dict[str, QLabel] = {}
        for caption, value in rows:
            label = QLabel(html.escape(value), self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            label.setMinimumWidth(280)
            site_form.addRow(caption, label)
            self.site_labels[caption] = label

        buttons, self.ok_button = save_or_cancel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(work)
        layout.addWidget(site_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        fit_to_contents(self)

    def accept(self) -> None:
        officer = self.officer_edit.text().strip()
        if not officer:
            prompts.warn(self, self.tr("Cài đặt"),
                         self.tr("Hãy ghi họ và tên cán bộ nhập liệu; tên này được ghi vào nhật ký thay đổi."))
            self.officer_edit.setFocus()
            return
        try:
            if officer != (self.registry.officer or ""):
                self.changes = self.registry.set_officer(officer)
        except KtttError as exc:
            prompts.warn(self, self.tr("Chưa cất được"), exc.message())
            return
        language = self.language_combo.currentData()
        if language != self._language:
            QSettings().setValue("language", language)
            self.language_changed = True
            prompts.inform(self, self.tr("Ngôn ngữ"),
                           self.tr("Ngôn ngữ mới sẽ được áp dụng khi mở lại chương trình."))
        super().accept()
