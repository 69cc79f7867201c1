"""«Ghi quyết định về tình trạng…»: a suspension, a resumption, a dissolution or a revocation,
recorded as the dated decision it is.

An organisation's status is the latest decision in effect (core's `status_change` records), so
the officer does not type a new status on the organisation: they say what happened, from when,
and by which decision. One `Registry.create("status_change", …)` moves the status too, and one
Ctrl+Z takes both back.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core import catalogs
from kttt_desktop.core.errors import KtttError, ValidationFailed
from kttt_desktop.core.registry import Changes
from kttt_desktop.ui.forms.editors import DateEditor, MultilineTextEditor, TextEditor
from kttt_desktop.ui.i18n import QT_TRANSLATE_NOOP, lang
from kttt_desktop.ui.screen_fit import fit_to_contents
from kttt_desktop.ui.styles import ERROR, ERROR_COLOR, NOTE, banner, colored, required_mark

# What happened, as the officer says it, and the status it puts in effect.
EVENTS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("StatusDecisionDialog", "Tạm ngừng kinh doanh"), "suspended"),
    (QT_TRANSLATE_NOOP("StatusDecisionDialog", "Hoạt động trở lại"), "active"),
    (QT_TRANSLATE_NOOP("StatusDecisionDialog", "Giải thể / chấm dứt"), "dissolved"),
    (QT_TRANSLATE_NOOP("StatusDecisionDialog", "Thu hồi giấy chứng nhận"), "revoked"),
    (QT_TRANSLATE_NOOP("StatusDecisionDialog", "Không hoạt động tại địa chỉ đăng ký"), "not_at_address"),
    (QT_TRANSLATE_NOOP("StatusDecisionDialog", "Đang làm thủ tục giải thể"), "dissolving"),
    (QT_TRANSLATE_NOOP("StatusDecisionDialog", "Phá sản"), "bankrupt"),
)


class StatusDecisionDialog(QDialog):
    """What happened to one organisation, from when, by which decision. «Ghi» records it and
    closes; what core refuses is said in the dialog, which stays open with what was typed."""

    def __init__(self, registry: Any, organization_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.organization_id = organization_id
        self.changes: Changes | None = None
        organization = registry.get("organization", organization_id)
        self.setObjectName("status_decision_dialog")
        self.setWindowTitle(self.tr("Ghi quyết định về tình trạng"))

        current = organization.get("status")
        heading = QLabel(self.tr("<b>{name}</b><br>Tình trạng hiện nay: {status}").format(
            name=html.escape(organization.get("name") or ""),
            status=html.escape(catalogs.label("organization_status", current, lang()))), self)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        self.messages = QLabel(self)
        self.messages.setObjectName("decision_messages")
        self.messages.setWordWrap(True)
        self.messages.setTextFormat(Qt.TextFormat.RichText)
        self.messages.setStyleSheet(banner("QLabel#decision_messages", ERROR))
        self.messages.hide()

        self.what_happened = QComboBox(self)
        self.what_happened.setObjectName("event")
        for text, status in EVENTS:
            self.what_happened.addItem(QCoreApplication.translate("StatusDecisionDialog", text), status)
        # The likely news: an operating organisation stops, any other starts again.
        likely = "suspended" if current == "active" else "active"
        self.what_happened.setCurrentIndex(self.what_happened.findData(likely))
        self.effective_on = DateEditor(self)
        self.effective_on.setObjectName("effective_on")
        self.effective_on.set_value(registry.today.isoformat())
        self.decision_no = TextEditor(self)
        self.decision_no.setObjectName("decision_no")
        self.decision_date = DateEditor(self)
        self.decision_date.setObjectName("decision_date")
        self.agency = TextEditor(self)
        self.agency.setObjectName("agency")
        site = registry.site
        if site is not None:
            self.agency.setPlaceholderText(self.tr("ví dụ: UBND {site}").format(site=site.name))
        self.reason = MultilineTextEditor(self, lines=3)
        self.reason.setObjectName("reason")
        note = QLabel(self.tr("Tình trạng của tổ chức theo quyết định có hiệu lực muộn nhất; "
                              "Hoàn tác (Ctrl+Z) bỏ cả quyết định vừa ghi."), self)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        mark = " " + required_mark()
        self._label(form, self.tr("Việc gì xảy ra") + mark, self.what_happened)
        self._label(form, self.tr("Có hiệu lực từ ngày") + mark, self.effective_on)
        self._label(form, self.tr("Số quyết định / thông báo"), self.decision_no)
        self._label(form, self.tr("Ngày quyết định"), self.decision_date)
        self._label(form, self.tr("Cơ quan quyết định"), self.agency)
        self._label(form, self.tr("Lý do"), self.reason)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Ghi"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.messages)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 60)
        fit_to_contents(self)
        self.what_happened.setFocus()

    def _label(self, form: QFormLayout, text: str, editor: QWidget) -> None:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setBuddy(editor)
        form.addRow(label, editor)

    def values(self) -> dict[str, Any]:
        """The decision as typed, in the JSON names of `status_change`."""
        values = {"organization_id": self.organization_id, "status": self.what_happened.currentData(),
                  "effective_on": self.effective_on.value(), "decision_no": self.decision_no.value(),
                  "decision_date": self.decision_date.value(), "agency": self.agency.value(),
                  "reason": self.reason.value()}
        return {name: value for name, value in values.items() if value not in (None, "")}

    def save(self) -> bool:
        """Ghi: record the decision and close; refused, say why and stay."""
        problems = [problem for editor in (self.effective_on, self.decision_date) if (problem := editor.problem())]
        if problems:
            self._show(problems)
            return False
        try:
            result = self.registry.create("status_change", self.values())
        except ValidationFailed as exc:
            self._show([issue.message() for issue in exc.issues if issue.is_error])
            return False
        except KtttError as exc:
            self._show([exc.message()])
            return False
        self.changes = result.changes
        self.accept()
        return True

    def _show(self, texts: list[str]) -> None:
        prefix = html.escape(self.tr("Chưa ghi được:"))
        lines = "<br>".join(html.escape(text) for text in texts)
        self.messages.setText(colored(f"<b>{prefix}</b><br>{lines}", ERROR_COLOR))
        self.messages.show()


def record_status_decision(parent: QWidget | None, registry: Any, organization_id: str) -> Changes | None:
    """Run the dialog modally; what it recorded, or None if the officer cancelled."""
    dialog = StatusDecisionDialog(registry, organization_id, parent)
    try:
        dialog.exec()
        return dialog.changes
    finally:
        dialog.deleteLater()
