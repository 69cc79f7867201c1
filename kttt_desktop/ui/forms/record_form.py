"""A form for any record type, built from the field table, that validates as you type.

The form never decides what is valid: after each change it asks `Registry.check` (the same
rules as saving and as the `kttt` command) and shows each issue under its field. Only input
the editors themselves cannot read (a date given as a year alone) is flagged here, because
core would quietly store nothing for it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core import units
from kttt_desktop.core.errors import KtttError, ValidationFailed
from kttt_desktop.core.plan.register_flags import FLAGS as REGISTER_FLAGS
from kttt_desktop.core.records.fields import Field, FieldKind, RecordType, record_type_named
from kttt_desktop.core.records.validation import rating_for_score
from kttt_desktop.ui import prompts
from kttt_desktop.ui.forms.editors import RefEditor, make_editor
from kttt_desktop.ui.forms.register_notes import note_text
from kttt_desktop.ui.i18n import QT_TRANSLATE_NOOP, lang
from kttt_desktop.ui.styles import ERROR_COLOR, ERROR_LINE, NOTE, WARNING_COLOR, banner, colored, required_mark

if TYPE_CHECKING:
    from kttt_desktop.core.records.validation import Issue
    from kttt_desktop.core.registry import Registry

DEBOUNCE_MS = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordForm", text)


# Where each field goes: columns of (group title, field names). Titles are wrapped in
# `_tr` when the form is built. Fields a layout forgets land in a last "Khác" group, so a
# field added to fields.py always appears.
_LAYOUTS: dict[str, list[list[tuple[str, tuple[str, ...]]]]] = {
    "organization": [
        [
            ("Thông tin chung", ("kind", "name", "registration_code", "registration_date",
                                 "certificate_no", "status")),
            ("Địa chỉ – liên hệ", ("commune_code", "village", "address", "representative", "phone")),
        ],
        [
            ("Hoạt động", ("sector", "charter_capital_vnd", "main_products", "high_tech",
                           "value_chain", "traceability", "ocop_products", "ocop_stars")),
            ("Tình hình", ("long_standing_debt", "needs_reorganisation", "notes")),
        ],
    ],
    "member": [
        [
            ("Tổ chức", ("organization_id", "kind", "membership")),
            ("Thông tin cá nhân", ("full_name", "birth_date", "gender", "ethnicity_code",
                                   "nationality", "representative")),
            ("Giấy tờ tùy thân", ("id_number", "id_issued_on", "id_issued_by")),
        ],
        [
            ("Địa chỉ – liên hệ", ("village", "residence", "phone")),
            ("Góp vốn – tham gia", ("capital_vnd", "capital_completed_on", "joined_on",
                                    "left_on", "leave_reason")),
        ],
    ],
    "worker": [
        [
            ("Tổ chức", ("organization_id",)),
            ("Thông tin cá nhân", ("full_name", "birth_date", "gender", "ethnicity_code", "id_number")),
            ("Làm việc", ("is_member", "contract", "social_insurance", "started_on", "ended_on")),
        ],
    ],
    "support": [
        [
            ("Tổ chức", ("organization_id",)),
            ("Nội dung hỗ trợ", ("category", "content", "decision_no", "decision_date", "agency")),
            ("Kinh phí", ("funding_source", "amount_vnd", "in_kind", "stage", "indivisible_asset")),
        ],
    ],
    "annual_report": [
        [
            ("Năm và tổ chức", ("organization_id", "year", "submitted_on")),
            ("Thành viên và lao động", ("members_official", "members_associate", "workers_total",
                                        "workers_regular")),
            ("Xếp loại", ("rating_score", "rating", "notes")),
        ],
        [
            ("Kết quả kinh doanh", ("revenue_vnd", "cost_vnd", "profit_vnd", "avg_income_member_vnd",
                                    "avg_income_worker_vnd", "internal_transactions_vnd")),
            ("Vốn, tài sản, nợ", ("total_capital_vnd", "total_assets_vnd", "indivisible_assets_vnd",
                                  "funds_vnd", "debt_vnd", "overdue_debt_vnd")),
        ],
    ],
    "status_change": [
        [
            ("Tổ chức", ("organization_id",)),
            ("Quyết định", ("status", "effective_on", "decision_no", "decision_date", "agency", "reason",
                            "carried_over")),
        ],
    ],
}

# The counts a new yearly result takes from the register (on 31/12 of its year) until typed.
REGISTER_COUNTS = ("members_official", "members_associate", "workers_total", "workers_regular")

# Group titles, marked so translation tools find them; translated when a form is built.
_GROUP_TITLES = (
    QT_TRANSLATE_NOOP("RecordForm", "Thông tin chung"),
    QT_TRANSLATE_NOOP("RecordForm", "Địa chỉ – liên hệ"),
    QT_TRANSLATE_NOOP("RecordForm", "Hoạt động"),
    QT_TRANSLATE_NOOP("RecordForm", "Tình hình"),
    QT_TRANSLATE_NOOP("RecordForm", "Tổ chức"),
    QT_TRANSLATE_NOOP("RecordForm", "Thông tin cá nhân"),
    QT_TRANSLATE_NOOP("RecordForm", "Giấy tờ tùy thân"),
    QT_TRANSLATE_NOOP("RecordForm", "Góp vốn – tham gia"),
    QT_TRANSLATE_NOOP("RecordForm", "Làm việc"),
    QT_TRANSLATE_NOOP("RecordForm", "Nội dung hỗ trợ"),
    QT_TRANSLATE_NOOP("RecordForm", "Kinh phí"),
    QT_TRANSLATE_NOOP("RecordForm", "Năm và tổ chức"),
    QT_TRANSLATE_NOOP("RecordForm", "Thành viên và lao động"),
    QT_TRANSLATE_NOOP("RecordForm", "Xếp loại"),
    QT_TRANSLATE_NOOP("RecordForm", "Kết quả kinh doanh"),
    QT_TRANSLATE_NOOP("RecordForm", "Vốn, tài sản, nợ"),
    QT_TRANSLATE_NOOP("RecordForm", "Quyết định"),
    QT_TRANSLATE_NOOP("RecordForm", "Khác"),
    QT_TRANSLATE_NOOP("RecordForm", "Thông tin"),
)


# Fields a saved record does not change in its form, with the hint shown under them: the
# status of an organisation moves by a dated decision, recorded by its own action.
_SET_ELSEWHERE: dict[str, dict[str, str]] = {
    "organization": {"status": QT_TRANSLATE_NOOP(
        "RecordForm", "Tình trạng đổi theo quyết định: dùng «Ghi quyết định về tình trạng…» (Ctrl+T) "
                      "trên trang tổ chức.")},
}


READ_ONLY_STYLE = ("QLineEdit:read-only, QPlainTextEdit[readOnly=\"true\"], QAbstractSpinBox:read-only"
                   " { background: palette(window); }")


def form_layout(rt: RecordType) -> list[list[tuple[str, tuple[str, ...]]]]:
    """Columns of groups for a record type; any field not placed goes to a last group."""
    columns = _LAYOUTS.get(rt.name) or [[("Thông tin", rt.field_names)]]
    placed = {name for column in columns for _title, names in column for name in names}
    columns = [[(title, tuple(n for n in names if n in rt.field_names)) for title, names in column]
               for column in columns]
    rest = tuple(n for n in rt.field_names if n not in placed)
    if rest:
        columns[-1] = [*columns[-1], ("Khác", rest)]
    return columns


@dataclass(frozen=True)
class _LocalIssue:
    """An issue found by the form itself, shaped like core's `Issue`."""

    level: str
    field: str | None
    text: str
    code: str = "form_input"

    @property
    def is_error(self) -> bool:
        return self.level == "error"

    def message(self, lang: str | None = None) -> str:
        return self.text


class RecordForm(QWidget):
    """Editors for every field of one record type, grouped, with messages under each field.

    `load()` a record (or None for a new one), let the officer type, then `save()`.
    """

    dirty_changed = Signal(bool)
    validity_changed = Signal(bool)
    issues_changed = Signal()
    saved = Signal(object)  # WriteResult

    def __init__(self, registry: Registry, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.record_type: RecordType = record_type_named(record_type)
        # Each editor is a QWidget that also has FieldEditor's methods; no one type says both.
        self._editors: dict[str, Any] = {}
        self._labels: dict[str, QLabel] = {}
        self._messages: dict[str, QLabel] = {}
        self._hints: dict[str, tuple[QFormLayout, QLabel]] = {}
        # Under the organisation's flags a register stands in for: what the register says.
        self._register_notes: dict[str, tuple[QFormLayout, QLabel]] = {}
        self._message_rows: dict[str, tuple[QFormLayout, int]] = {}
        self._record: dict[str, Any] | None = None
        self._preset: dict[str, Any] = {}
        self._initial: dict[str, Any] = {}
        self._touched: set[str] = set()
        self._issues: list[Any] = []
        self._show_all = False
        self._dirty = False
        self._valid = True
        self._read_only = False
        self._loading = False
        self._check_when_shown = False
        self._suggested_rating: str | None = None
        self.last_result: Any = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.revalidate)

        self._build()
        self.load(None)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # A field that cannot be typed into looks like it: the window's grey, not white.
        self.setStyleSheet(READ_ONLY_STYLE)
        self._banner = QLabel(self)
        self._banner.setObjectName("form_messages")
        self._banner.setWordWrap(True)
        self._banner.setTextFormat(Qt.TextFormat.RichText)
        self._banner.setStyleSheet(banner("QLabel#form_messages"))
        self._banner.hide()
        outer.addWidget(self._banner)

        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(8)
        outer.addLayout(self._grid)
        outer.addStretch(1)
        self._columns: list[list[QGroupBox]] = []
        self._box_labels: dict[QGroupBox, list[QLabel]] = {}
        for column in form_layout(self.record_type):
            boxes: list[QGroupBox] = []
            for title, names in column:
                if not names:
                    continue
                box = QGroupBox(_tr(title), self)
                form = QFormLayout(box)
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                form.setVerticalSpacing(6)
                self._box_labels[box] = [self._add_row(form, self.record_type.field(name))
                                         for name in names]
                boxes.append(box)
            self._columns.append(boxes)
        self._column_count = 0
        self.set_column_count(len(self._columns))
        # The width the groups need side by side; below it they stack in one column.
        self._wide_width: int | None = self.minimumSizeHint().width() if len(self._columns) > 1 else None
        self._viewport: QWidget | None = None

    def max_column_count(self) -> int:
        """How many columns of groups the layout of this record type has."""
        return len(self._columns)

    def column_count(self) -> int:
        return self._column_count

    def set_column_count(self, count: int) -> None:
        """Lay the groups out in `count` columns (1 on narrow screens). Tab order is the same
        either way: down the first column, then the next."""
        count = max(1, min(count, len(self._columns)))
        if count == self._column_count:
            return
        self._column_count = count
        while self._grid.count():
            item = self._grid.takeAt(0)
            old_column = item.layout() if item is not None else None
            if old_column is not None:
                while old_column.count():
                    old_column.takeAt(0)  # frees the group boxes for their new column
                old_column.setParent(None)
                old_column.deleteLater()
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        if count == 1:
            arranged = [[box for column in self._columns for box in column]]
        else:
            arranged = self._columns
        for index, boxes in enumerate(arranged):
            column_layout = QVBoxLayout()
            column_layout.setSpacing(8)
            for box in boxes:
                column_layout.addWidget(box)
            column_layout.addStretch(1)
            self._grid.addLayout(column_layout, 0, index)
            self._grid.setColumnStretch(index, 1)
            # Labels line up across the groups of one column.
            labels = [label for box in boxes for label in self._box_labels[box]]
            for label in labels:
                label.setMinimumWidth(0)
            width = max((label.sizeHint().width() for label in labels), default=0)
            for label in labels:
                label.setMinimumWidth(width)
        self._grid.invalidate()
        own_layout = self.layout()
        assert own_layout is not None  # set in __init__
        own_layout.activate()

    def _note_row(self, form: QFormLayout, name: str, text: str = "") -> QLabel:
        """A grey line under the editor just added (a hint, or what a register gives)."""
        note = QLabel(text, self)
        note.setObjectName(name)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE)
        form.addRow(QLabel("", self), note)
        return note

    def _add_row(self, form: QFormLayout, field: Field) -> QLabel:
        editor: Any = make_editor(field, self.registry, self, lang())  # a QWidget with FieldEditor's methods
        editor.changed.connect(lambda name=field.name: self._on_changed(name))
        self._editors[field.name] = editor
        if field.kind == FieldKind.BOOL:
            label = QLabel("", self)  # the check box carries its own text
        else:
            text = html.escape(field.label(lang()))
            if field.required:
                text += " " + required_mark()
            label = QLabel(text, self)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setBuddy(editor)
        label.setObjectName(f"{field.name}__label")
        self._labels[field.name] = label
        form.addRow(label, editor)
        hint_text = _SET_ELSEWHERE.get(self.record_type.name, {}).get(field.name)
        if hint_text:
            self._hints[field.name] = (form, self._note_row(form, f"{field.name}__hint", _tr(hint_text)))
        if self.record_type.name == "organization" and field.name in REGISTER_FLAGS:
            note = self._note_row(form, f"{field.name}__registers")
            form.setRowVisible(note, False)
            self._register_notes[field.name] = (form, note)
        message = QLabel(self)
        message.setObjectName(f"{field.name}__message")
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.RichText)
        message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        form.addRow(QLabel("", self), message)
        # PySide6's stub says object; Qt gives the (row, role) pair.
        row, _role = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(message))
        form.setRowVisible(row, False)
        self._messages[field.name] = message
        self._message_rows[field.name] = (form, row)
        return label

    # --- access ----------------------------------------------------------------------------

    def editor(self, name: str) -> QWidget:
        return self._editors[name]

    def message_label(self, name: str) -> QLabel:
        return self._messages[name]

    def field_label(self, name: str) -> QLabel:
        return self._labels[name]

    def top_message_label(self) -> QLabel:
        return self._banner

    @property
    def record_id(self) -> str | None:
        return self._record["id"] if self._record else None

    @property
    def record(self) -> dict[str, Any] | None:
        """The record as loaded (or as last saved); None for a new one."""
        return self._record

    @property
    def preset(self) -> dict[str, Any]:
        return dict(self._preset)

    @property
    def is_new(self) -> bool:
        return self._record is None

    def is_dirty(self) -> bool:
        return self._dirty

    def has_errors(self) -> bool:
        return any(issue.is_error for issue in self._issues)

    def issues(self) -> list[Any]:
        """The issues of the last check (errors and warnings, core's and the form's own)."""
        return list(self._issues)

    def title(self) -> str:
        """What the record is called (its name field as typed)."""
        value = self._editors[self.record_type.title_field].value()
        return str(value) if value else ""

    # --- loading and values ----------------------------------------------------------------

    def load(self, record: dict[str, Any] | None, preset: dict[str, Any] | None = None) -> None:
        """Show a record (JSON shape, from `Registry.get`), or defaults for a new one.

        `preset` values are filled in and cannot be changed (the organisation of a member
        added from that organisation's page)."""
        self._timer.stop()
        self._loading = True
        self._record = dict(record) if record else None
        self._preset = dict(preset or {})
        self._suggested_rating = None
        for field in self.record_type.fields:
            editor = self._editors[field.name]
            if isinstance(editor, RefEditor):
                editor.refresh()
            if field.name in self._preset:
                value = self._preset[field.name]
            elif record is not None:
                value = record.get(field.name)
            else:
                value = self._default(field)
            editor.set_value(value)
        self._lock_fields()
        self._loading = False
        self._apply_dependent_defaults()
        self._initial = self._current_values()
        self._touched = set()
        self._show_all = not self.is_new
        self._set_dirty(False)
        self.show_register_flags()
        self.revalidate()

    def show_register_flags(self) -> None:
        """Say under each flag the registers stand in for what they give today (a saved
        organisation with contracts or products); read again when those registers change."""
        if not self._register_notes:
            return
        flags = None
        if self._record is not None and self._record.get("id"):
            try:
                flags = self.registry.register_flags(self._record["id"])
            except KtttError:
                flags = None
        for name, (form, note) in self._register_notes.items():
            text = note_text(flags, name) if flags is not None else ""
            note.setText(text)
            form.setRowVisible(note, bool(text))

    def _default(self, field: Field) -> Any:
        if field.name == "commune_code" and self.record_type.name == "organization":
            site = self.registry.site
            if site is not None and units.is_current_commune(site.unit_code):
                return site.unit_code
        if field.name == "year" and self.record_type.name == "annual_report":
            return self.registry.today.year - 1  # results are reported after the year ends
        return field.default

    def _set_quietly(self, name: str, value: Any) -> None:
        """Fill an editor for the officer (a default that follows another field): not typed."""
        editor = self._editors[name]
        if editor.value() != value:
            was_loading, self._loading = self._loading, True
            editor.set_value(value)
            self._loading = was_loading

    def _apply_dependent_defaults(self) -> None:
        """A new member of a tổ hợp tác is a plain "member", of an HTX an official one,
        unless the officer chose otherwise. A new yearly result counts members and workers
        as the register has them on 31/12 of its year, until the officer types them. A course's
        manager and support are chosen among the chosen organisation's own."""
        organization = self._editors.get("organization_id")
        for name, editor in self._editors.items():
            if name != "organization_id" and isinstance(editor, RefEditor):
                editor.limit_to_organization(organization.value() if organization is not None else None)
        if self.is_new and self.record_type.name == "annual_report":
            self._fill_register_counts()
        if not self.is_new or "membership" not in self._editors or "organization_id" not in self._editors:
            return
        if "membership" in self._touched or "membership" in self._preset:
            return
        ref = self._editors["organization_id"]
        org = ref.record(ref.value()) if isinstance(ref, RefEditor) else None
        if org is None:
            return
        self._set_quietly("membership", "member" if org.get("kind") == "tht" else "official")

    def _fill_register_counts(self) -> None:
        organization_id = self._editors["organization_id"].value()
        year = self._editors["year"].value()
        field = self.record_type.field("year")
        if not organization_id or year is None or not field.minimum <= year <= field.maximum:
            return
        counts = self.registry.register_counts(organization_id, year)
        for name in REGISTER_COUNTS:
            if name not in self._touched and name not in self._preset:
                self._set_quietly(name, counts[name])

    def _suggest_rating(self) -> None:
        """A score typed with no rating chosen: the band it falls in (Tốt from 80…), which
        follows the score until the officer picks a rating."""
        score = self._editors["rating_score"].value()
        rating = self._editors["rating"].value()
        if "rating" in self._touched or score is None or not 0 <= score <= 100:
            return
        if rating is None or rating == self._suggested_rating:
            self._suggested_rating = rating_for_score(score)
            self._set_quietly("rating", self._suggested_rating)

    def _current_values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self._editors.items()}

    def values(self) -> dict[str, Any]:
        """What to send to core: for a record being edited only what the officer changed,
        for a new one everything that has a value (and anything cleared on purpose)."""
        current = self._current_values()
        if self.is_new:
            out = {name: value for name, value in current.items()
                   if value not in (None, "") or self._initial.get(name) not in (None, "")}
        else:
            out = {name: value for name, value in current.items() if value != self._initial.get(name)}
        out.update({k: v for k, v in self._preset.items() if k in self.record_type.field_names})
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill editors as if typed (imports, tests, "copy from previous")."""
        for name, value in values.items():
            self._editors[name].set_value(value)

    # --- reacting to input -----------------------------------------------------------------

    def _on_changed(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        if name == "organization_id" or (name == "year" and self.record_type.name == "annual_report"):
            self._apply_dependent_defaults()
        if name == "rating_score" and self.record_type.name == "annual_report":
            self._suggest_rating()
        self._set_dirty(self._current_values() != self._initial)
        self._timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def revalidate(self) -> None:
        """Ask core about the record as typed and show what it says (runs ~200 ms after typing)."""
        self._timer.stop()
        self._check_when_shown = False
        issues: list[Any] = []
        local_bad: set[str] = set()
        for name, editor in self._editors.items():
            problem = editor.problem()
            if problem:
                issues.append(_LocalIssue("error", name, problem))
                local_bad.add(name)
        values = {k: v for k, v in self.values().items() if k not in local_bad}
        try:
            core_issues: list[Issue] | list[_LocalIssue] = self.registry.check(self.record_type.name, values,
                                                                               self.record_id)
        except KtttError as exc:  # e.g. the record vanished: say so at the top
            core_issues = [_LocalIssue("error", None, exc.message())]
        issues += [i for i in core_issues if i.field not in local_bad]
        self._set_issues(issues)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        # A closed or hidden form does not query the database; it catches up when shown.
        if self._timer.isActive():
            self._timer.stop()
            self._check_when_shown = True
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._follow_scroll_area()
        if self._check_when_shown:
            self._check_when_shown = False
            self.revalidate()

    # fitting the width it is given

    def fit_width(self, width: int) -> None:
        """As many columns of groups as fit in `width` pixels, one at the least: on a small
        screen the groups stack and the form scrolls down, never sideways, so no field (and
        no figure in it) is cut at the right edge."""
        if self._wide_width is None:
            return
        self.set_column_count(len(self._columns) if width >= self._wide_width else 1)

    def _follow_scroll_area(self) -> None:
        """Inside a scroll area (the organisation page, the record dialog), refit whenever
        the area is resized."""
        if self._viewport is not None:
            return
        ancestor = self.parentWidget()
        while ancestor is not None and not isinstance(ancestor, QScrollArea):
            ancestor = ancestor.parentWidget()
        if ancestor is None:
            return
        self._viewport = ancestor.viewport()
        self._viewport.installEventFilter(self)
        self.fit_width(self._viewport.width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit_width(self._viewport.width())
        return super().eventFilter(watched, event)

    def pending_check(self) -> bool:
        """True while a check is scheduled but not yet run (tests wait on it)."""
        return self._timer.isActive()

    def _set_issues(self, issues: list[Any]) -> None:
        self._issues = issues
        self._render_issues()
        valid = not self.has_errors()
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        self.issues_changed.emit()

    def _visible(self, issue: Any) -> bool:
        # A new form does not shout "must not be empty" at fields nobody has reached yet,
        # and an untouched new form shows nothing at all.
        if self._show_all:
            return True
        if not self._touched:
            return False
        if issue.field is None:
            return True
        if getattr(issue, "code", "") == "required" and issue.field not in self._touched:
            return False
        return True

    def _render_issues(self) -> None:
        by_field: dict[str | None, list[Any]] = {}
        for issue in self._issues:
            if not self._visible(issue):
                continue
            key = issue.field if issue.field in self._editors else None
            by_field.setdefault(key, []).append(issue)
        for name, label in self._messages.items():
            shown = by_field.get(name, [])
            label.setText(_issues_html(shown))
            form, row = self._message_rows[name]
            form.setRowVisible(row, bool(shown))
            has_error = any(i.is_error for i in shown)
            self._labels[name].setStyleSheet(ERROR_LINE if has_error else "")
        top = by_field.get(None, [])
        self._banner.setText(_issues_html(top))
        self._banner.setVisible(bool(top))

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> Any:
        """Create or update the record. Returns the `WriteResult`, or None when nothing was
        saved (the reasons are shown in the form, or in a message for other errors)."""
        if self._read_only:
            return None
        self.revalidate()
        self._show_all = True
        self._render_issues()
        if self.has_errors():
            self.focus_first_issue()
            return None
        values = self.values()
        try:
            if self.is_new:
                result = self.registry.create(self.record_type.name, values)
            else:
                assert self._record is not None
                result = self.registry.update(self.record_type.name, self._record["id"], values,
                                              expected_version=self._record.get("version"))
        except ValidationFailed as exc:
            self._set_issues(list(exc.issues))
            self.focus_first_issue()
            return None
        except KtttError as exc:
            prompts.warn(self, self.tr("Chưa cất được"), exc.message())
            return None
        self.last_result = result
        self.load(result.record, self._preset)
        self.saved.emit(result)
        return result

    def focus_first_issue(self) -> None:
        for field in self.record_type.fields:
            if any(i.is_error and i.field == field.name for i in self._issues):
                self._editors[field.name].setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def focus_first_field(self) -> None:
        """Put the cursor in the first field the officer can change."""
        for field in self.record_type.fields:
            if field.name not in self._preset:
                self._editors[field.name].setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # --- read-only -------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """Show without allowing changes (a deleted record, another commune's data)."""
        self._read_only = read_only
        self._lock_fields()

    def _lock_fields(self) -> None:
        """Editors read-only where the form is, where preset, and where a saved record's
        value is set by another action (its hint then says which)."""
        elsewhere = _SET_ELSEWHERE.get(self.record_type.name, {}) if not self.is_new else {}
        for name, editor in self._editors.items():
            editor.set_read_only(self._read_only or name in self._preset or name in elsewhere)
        for name, (form, hint) in self._hints.items():
            form.setRowVisible(hint, name in elsewhere)

    def is_read_only(self) -> bool:
        return self._read_only


def _issues_html(issues: list[Any]) -> str:
    lines = []
    for issue in issues:
        if issue.is_error:
            prefix, color = QCoreApplication.translate("RecordForm", "Lỗi:"), ERROR_COLOR
        else:
            prefix, color = QCoreApplication.translate("RecordForm", "Lưu ý:"), WARNING_COLOR
        lines.append(colored(f"<b>{html.escape(prefix)}</b> {html.escape(issue.message())}", color))
    return "<br>".join(lines)
