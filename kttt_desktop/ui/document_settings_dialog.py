"""What the site's documents say around their figures: the issuing body, the place and the
signing day of the date line, the signer's title and name, and "Nơi nhận".

Each field shows what the documents print now (the officer's own words, or the default that
fits the site's level); emptying a field goes back to the default. The printed PDF and the
Word document read the same settings (`core.reports.document_form`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.reports import document_form as form
from kttt_desktop.ui import prompts
from kttt_desktop.ui.dialogs import save_or_cancel
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.screen_fit import fit_to_contents
from kttt_desktop.ui.styles import NOTE

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry


class DocumentSettingsDialog(QDialog):
    """The heading and signature block of every printed report, as settings of the site."""

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.setWindowTitle(self.tr("Thông tin trên văn bản"))
        self.setObjectName("document_settings_dialog")
        current = form.document_form(registry, lang())
        defaults = form.default_form(registry, lang())

        def lines(text: str, rows: int, name: str, default: str) -> QPlainTextEdit:
            edit = QPlainTextEdit(text, self)
            edit.setObjectName(name)
            edit.setPlaceholderText(default)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + 14)
            return edit

        def line(text: str, name: str, default: str) -> QLineEdit:
            edit = QLineEdit(text, self)
            edit.setObjectName(name)
            edit.setPlaceholderText(default)
            return edit

        self.issuer_edit = lines(current.issuer, 2, "issuer", defaults.issuer)
        self.place_edit = line(current.place, "place", defaults.place)
        planned = form.signing_day(registry)
        self.signed_on_edit = line(planned.strftime("%d/%m/%Y") if planned != registry.today else "", "signed_on",
                                   self.tr("ngày/tháng/năm; để trống: ngày in văn bản"))
        self.signer_title_edit = lines(current.signer_title, 2, "signer_title", defaults.signer_title)
        self.signer_name_edit = line(current.signer_name, "signer_name", self.tr("Họ và tên người ký"))
        self.recipients_edit = lines("\n".join(current.recipients), 5, "recipients", "\n".join(defaults.recipients))

        fields = QFormLayout()
        fields.addRow(self.tr("Cơ quan ban hành"), self.issuer_edit)
        fields.addRow(self.tr("Địa danh"), self.place_edit)
        fields.addRow(self.tr("Ngày ký"), self.signed_on_edit)
        fields.addRow(self.tr("Chức vụ người ký"), self.signer_title_edit)
        fields.addRow(self.tr("Họ tên người ký"), self.signer_name_edit)
        fields.addRow(self.tr("Nơi nhận"), self.recipients_edit)
        note = QLabel(self.tr(
            "Theo Nghị định 30/2020/NĐ-CP. Cơ quan ban hành, chức vụ người ký: mỗi dòng một dòng in, chữ in hoa "
            "(ví dụ «TM. ỦY BAN NHÂN DÂN» rồi «CHỦ TỊCH»; với UBND, dòng «TM.» được thêm khi chưa ghi). Nơi nhận: "
            "mỗi dòng một nơi. Ngày ký (dòng địa danh, ngày tháng) dùng đến hết ngày đó, sau đó văn bản lại ghi ngày "
            "in. Để trống một ô để dùng nội dung mặc định theo cấp của đơn vị."), self)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE)

        buttons, self.ok_button = save_or_cancel(self)

        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        fit_to_contents(self)

    def accept(self) -> None:
        values = {form.ISSUER: self.issuer_edit.toPlainText(), form.PLACE: self.place_edit.text(),
                  form.SIGNER_TITLE: self.signer_title_edit.toPlainText(),
                  form.SIGNER_NAME: self.signer_name_edit.text(),
                  form.RECIPIENTS: self.recipients_edit.toPlainText()}
        try:
            form.plan_signing_day(self.registry, self.signed_on_edit.text())  # checked first: nothing half kept
            form.save_document_form(self.registry, values, lang())
        except KtttError as exc:
            prompts.warn(self, self.tr("Chưa cất được"), exc.message())
            return
        super().accept()
