"""Xung đột cần giải quyết: fields edited in two places with different values.

While a conflict is open the record shows one value and keeps the other; here the officer
sees both, who set each and when, and chooses. The choice (`registry.sync.resolve`) is written
as a new change, so it travels with the next package and settles the same conflict at the
other site.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core import catalogs, units
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.formats import format_date, format_money
from kttt_desktop.core.records.fields import RECORD_TYPES, FieldKind
from kttt_desktop.core.registry import Changes
from kttt_desktop.core.sync.merge import DELETED
from kttt_desktop.ui import prompts, styles
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.list_page import configure_table
from kttt_desktop.ui.models.rows import RowsTableModel
from kttt_desktop.ui.page import Page
from kttt_desktop.ui.stale_page import StalePage, table_or_empty

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

_STYLE = """
QLabel#pageTitle { font-size: 17pt; font-weight: 600; }
QLabel#emptyState { font-size: 12pt; }
QFrame#side { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QLabel#sideCaption { font-weight: 600; }
QLabel#sideValue { font-size: 14pt; font-weight: 600; }
QLabel#sideWho { color: #444444; }
""" + styles.rule("QLabel#hint", styles.NOTE) + styles.rule("QLabel#emptyState", styles.NOTE)


def format_time(at: str | None) -> str:
    """"2025-05-14T10:32:11+07:00" → "14/05/2025 10:32"."""
    if not at:
        return ""
    try:
        return datetime.fromisoformat(at).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return at


def format_value(registry: Registry, record_type: str, name: str, value: Any) -> str:
    """A stored field value as people read it (labels for codes, dd/mm/yyyy, dotted đồng)."""
    if value is None or value == "":
        return QCoreApplication.translate("ConflictsPage", "(để trống)")
    rt = RECORD_TYPES.get(record_type)
    try:
        field = rt.field(name) if rt is not None else None
    except KeyError:
        field = None
    if field is None:
        return str(value)
    try:
        if field.kind == FieldKind.DATE:
            return format_date(str(value))
        if field.kind == FieldKind.MONEY:
            return format_money(int(value), with_unit=True)
        if field.kind == FieldKind.BOOL:
            return QCoreApplication.translate("ConflictsPage", "Có") if value else \
                QCoreApplication.translate("ConflictsPage", "Không")
        if field.kind == FieldKind.CODE and field.catalog:
            return catalogs.label(field.catalog, value, lang()) or str(value)
        if field.kind == FieldKind.REF and field.ref_type:
            target = RECORD_TYPES[field.ref_type]
            return target.title_of(registry.get(field.ref_type, value)) or str(value)
    except (KtttError, KeyError, TypeError, ValueError):
        return str(value)
    if name.endswith("commune_code"):
        return units.describe(str(value)) or str(value)
    return str(value)


def deletion_text(registry: Registry, record_type: str, value: Any) -> str:
    """One side of an edit-versus-delete conflict."""
    value = value if isinstance(value, dict) else {}
    if value.get("deleted"):
        reason = value.get("reason")
        if reason:
            return QCoreApplication.translate("ConflictsPage", "Đã xóa (lý do: {reason})").format(reason=reason)
        return QCoreApplication.translate("ConflictsPage", "Đã xóa")
    edits = value.get("edit") or {}
    rt = RECORD_TYPES.get(record_type)
    shown = []
    for name, new in edits.items():
        try:
            label = rt.field(name).label(lang()) if rt is not None else name
        except KeyError:
            continue
        shown.append(f"{label}: {format_value(registry, record_type, name, new)}")
    text = QCoreApplication.translate("ConflictsPage", "Sửa sau khi bị xóa")
    return f"{text} ({'; '.join(shown)})" if shown else text


class ConflictTableModel(RowsTableModel):
    """One row per open conflict, already worded by the page."""

    RECORD, FIELD, MINE, THEIRS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Bản ghi"), self.tr("Trường"), self.tr("Giá trị của đơn vị mình"),
                         self.tr("Giá trị nhận được")]
        self._keys = ("record", "field", "mine", "theirs")

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        key = self._keys[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.get(f"{key}_tip") or row[key]
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None


class Side(QFrame):
    """One of the two values, large, with who set it, where and when."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("side")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("sideCaption")
        self.value = QLabel(self)
        self.value.setObjectName("sideValue")
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.who = QLabel(self)
        self.who.setObjectName("sideWho")
        self.who.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.who)
        layout.addStretch(1)

    def set(self, value: str, who: str) -> None:
        self.value.setText(value)
        self.who.setText(who)


class ConflictsPage(StalePage):
    """«Xung đột cần giải quyết». `changed(Changes)` reports each resolution; `count_changed`
    gives the number still open (the window shows it beside the navigation entry)."""

    open_requested = Signal(str, str)

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.conflicts: list[dict[str, Any]] = []
        self._stale = True
        self.setStyleSheet(_STYLE)

        self.title = QLabel(self.tr("Xung đột cần giải quyết"), self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self.tr(
            "Cùng một trường đã được sửa ở hai nơi với giá trị khác nhau. Trong lúc chờ, bản ghi tạm hiện một "
            "giá trị và giữ giá trị kia; hãy chọn giá trị đúng. Lựa chọn được gửi đi cùng gói đồng bộ tiếp theo."),
            self)
        self.subtitle.setWordWrap(True)

        self.model = ConflictTableModel(self)
        self.view = QTableView(self)
        configure_table(self.view)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionsMovable(False)
        # Two lines a row: the value, then who set it and when.
        self.view.verticalHeader().setDefaultSectionSize(2 * self.view.fontMetrics().lineSpacing() + 14)
        for column, width in enumerate((230, 215, 300)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.view.doubleClicked.connect(lambda _index: self.open_current())
        self.stack, self.empty_label = table_or_empty(self, self.view, self.tr("Không có xung đột nào."))

        self.detail_title = QLabel(self)
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        self.mine_side = Side(self.tr("Giá trị của đơn vị mình"), self)
        self.theirs_side = Side(self.tr("Giá trị nhận được"), self)
        sides = QHBoxLayout()
        sides.setSpacing(12)
        sides.addWidget(self.mine_side, 1)
        sides.addWidget(self.theirs_side, 1)
        self.keep_button = QPushButton(self.tr("Giữ giá trị của đơn vị mình"), self)
        self.keep_button.clicked.connect(lambda: self.resolve_current("mine"))
        self.take_button = QPushButton(self.tr("Lấy giá trị nhận được"), self)
        self.take_button.clicked.connect(lambda: self.resolve_current("theirs"))
        self.open_button = QPushButton(self.tr("Mở bản ghi"), self)
        self.open_button.setToolTip(self.tr("Xem toàn bộ bản ghi (Enter hoặc nhấp đúp)"))
        self.open_button.clicked.connect(self.open_current)
        for button in (self.keep_button, self.take_button):
            button.setMinimumHeight(34)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        self.detail = QWidget(self)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addLayout(sides)
        detail_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.detail)

    # --- reading -------------------------------------------------------------------------

    def open_count(self) -> int:
        return len(self.registry.sync.conflicts())

    def update_count(self) -> None:
        self.count_changed.emit(self.open_count())

    def apply_changes(self, changes: Changes, origin: Page | None = None) -> None:
        """Any write may open or settle a conflict; hidden, only the count is taken."""
        self.mark_stale()
        if not self.isVisible():
            self.update_count()

    def refresh(self) -> None:
        self._stale = False
        selected = self.current_conflict()
        self.conflicts = self.registry.sync.conflicts() if self.registry.site is not None else []
        self.model.set_rows([self._row(c) for c in self.conflicts])
        self.stack.setCurrentWidget(self.view if self.conflicts else self.empty_label)
        if self.conflicts:
            row = self.model.row_of(selected["id"]) if selected else None
            self.view.selectRow(row if row is not None else 0)
        self._show_current()
        self.count_changed.emit(len(self.conflicts))

    def _unit_name(self, code: str | None) -> str:
        site = self.registry.site
        if site is not None and code == site.unit_code:
            return site.name
        found = self.registry.sync.peer(code) if code else None
        return found.name if found else (units.describe(code) or code or "")

    def _describe(self, conflict: dict[str, Any], head: dict[str, Any] | None) -> tuple[str, str]:
        """(value, where, who and when) of one side; "where" is left out for this site's own edits."""
        if head is None:
            return "—", ""
        if conflict["field"] == DELETED:
            value = deletion_text(self.registry, conflict["record_type"], head.get("value"))
        else:
            value = format_value(self.registry, conflict["record_type"], conflict["field"], head.get("value"))
        site = self.registry.site
        origin = head.get("origin")
        unit = "" if site is not None and origin == site.unit_code else self._unit_name(origin)
        who = " · ".join(p for p in (unit, head.get("officer") or "", format_time(head.get("at"))) if p)
        return value, who

    def _field_label(self, conflict: dict[str, Any]) -> str:
        if conflict["field"] == DELETED:
            return self.tr("Xóa hay giữ bản ghi")
        rt = RECORD_TYPES.get(conflict["record_type"])
        try:
            return rt.field(conflict["field"]).label(lang()) if rt is not None else conflict["label"]
        except KeyError:
            return conflict["label"]

    def _row(self, conflict: dict[str, Any]) -> dict[str, Any]:
        rt = RECORD_TYPES.get(conflict["record_type"])
        kind = rt.label(lang()) if rt is not None else conflict["record_type"]
        mine, mine_who = self._describe(conflict, conflict["mine"])
        theirs, theirs_who = self._describe(conflict, conflict["theirs"])
        title = conflict["title"] or "—"
        return {"id": conflict["id"], "record": f"{title}\n{kind}", "title": title, "kind": kind,
                "field": self._field_label(conflict),
                "mine": f"{mine}\n{mine_who}" if mine_who else mine,
                "theirs": f"{theirs}\n{theirs_who}" if theirs_who else theirs,
                "mine_value": mine, "mine_who": mine_who, "theirs_value": theirs, "theirs_who": theirs_who}

    def current_conflict(self) -> dict[str, Any] | None:
        selection = self.view.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if not rows or not 0 <= rows[0].row() < len(self.conflicts):
            return None
        conflict_id = self.model.row(rows[0].row())["id"]
        return next((c for c in self.conflicts if c["id"] == conflict_id), None)

    def _show_current(self) -> None:
        conflict = self.current_conflict()
        self.detail.setVisible(conflict is not None)
        if conflict is None:
            return
        row = self._row(conflict)
        self.detail_title.setText(self.tr("<b>{field}</b> của <b>{record}</b> ({kind})").format(
            field=html.escape(row["field"]), record=html.escape(row["title"]), kind=html.escape(row["kind"].lower())))
        self.mine_side.set(row["mine_value"], row["mine_who"])
        self.theirs_side.set(row["theirs_value"], row["theirs_who"])
        self.keep_button.setEnabled(conflict["mine"] is not None)
        self.take_button.setEnabled(conflict["theirs"] is not None)

    # --- resolving -----------------------------------------------------------------------

    def resolve_current(self, take: str) -> bool:
        """Keep this site's value ("mine") or take the incoming one ("theirs"), after asking."""
        conflict = self.current_conflict()
        if conflict is None:
            return False
        row = self._row(conflict)
        value = row["mine_value"] if take == "mine" else row["theirs_value"]
        question = (self.tr("Giữ giá trị của đơn vị mình cho «{field}» của {record}?")
                    if take == "mine" else
                    self.tr("Lấy giá trị nhận được cho «{field}» của {record}?")).format(
            field=row["field"], record=row["title"])
        text = question + "\n\n" + self.tr("Giá trị sẽ dùng: {value}").format(value=value) + "\n\n" + self.tr(
            "Lựa chọn được ghi như một lần sửa và gửi đi cùng gói đồng bộ tiếp theo.")
        yes = self.tr("Giữ giá trị của đơn vị mình") if take == "mine" else self.tr("Lấy giá trị nhận được")
        if not prompts.confirm(self, self.tr("Giải quyết xung đột"), text, yes=yes):
            return False
        number = self.model.row_of(conflict["id"]) or 0
        try:
            changes = self.registry.sync.resolve(conflict["id"], take)
        except KtttError as exc:
            prompts.warn(self, self.tr("Chưa giải quyết được"), exc.message())
            self.refresh()
            return False
        self.view.clearSelection()
        self.refresh()
        if self.conflicts:
            self.view.selectRow(min(number, len(self.conflicts) - 1))
        self.changed.emit(changes)
        return True

    def open_current(self) -> None:
        conflict = self.current_conflict()
        if conflict is not None:
            self.open_requested.emit(conflict["record_type"], conflict["record_id"])


def badge_text(count: int) -> str:
    """The navigation entry: "Xung đột", or "Xung đột (2)" while some are open."""
    if count:
        return QCoreApplication.translate("ConflictsPage", "Xung đột ({count})").format(count=count)
    return QCoreApplication.translate("ConflictsPage", "Xung đột")


__all__ = ["ConflictTableModel", "ConflictsPage", "badge_text", "format_value"]
