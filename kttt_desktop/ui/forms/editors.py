"""One editor widget per field kind, all with the same small interface.

Every editor has a `changed` signal, `value()` (a JSON-ready value: ISO date, int đồng,
bool, code, record id, text; None when empty), `set_value(v)`, `set_read_only(flag)` and
`problem()`, which names input the editor itself cannot make sense of (core would silently
drop it). Forms are built from `core.records.fields` through `make_editor`, so no record
type needs a hand-written form.

Editors show the Vietnamese shapes people type and read (15/06/1975, 1.250.000 đ) and hand
core the stored shapes; everything in between goes through `core.formats`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractProxyModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QRegularExpressionValidator,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from kttt_desktop.core import catalogs, units
from kttt_desktop.core.formats import ImpossibleDate, format_date, format_money, parse_date, parse_money
from kttt_desktop.core.records.fields import RECORD_TYPES, Field, FieldKind
from kttt_desktop.core.text import fold
from kttt_desktop.ui import i18n

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

__all__ = [
    "FieldEditor",
    "TextEditor",
    "MultilineTextEditor",
    "DateEditor",
    "MoneyEditor",
    "IntEditor",
    "BoolEditor",
    "SearchableComboBox",
    "CodeEditor",
    "RefEditor",
    "make_editor",
    "normalise_date_text",
]

# Role holding an item's folded text, so "ha nhi" finds "35 – Hà Nhì".
FOLD_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole
# Catalogues longer than this get type-to-search (the 54 ethnic groups, organisations).
SEARCH_THRESHOLD = 15
MAX_MONEY_DIGITS = 15  # a thousand thousand billion đồng is far beyond any cooperative


class FieldEditor(Protocol):
    """What a form needs from an editor (the widgets below all provide it)."""

    changed: Signal

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...

    def set_read_only(self, read_only: bool) -> None: ...

    def problem(self) -> str | None: ...


# --- text ------------------------------------------------------------------------------------

class TextEditor(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(220)
        self.textChanged.connect(lambda _text: self.changed.emit())

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def problem(self) -> str | None:
        return None


class MultilineTextEditor(QPlainTextEdit):
    """Notes and descriptions: a few lines; Tab still moves to the next field."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumWidth(220)
        line = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        self.setFixedHeight(line * lines + 2 * int(self.document().documentMargin())
                            + margins.top() + margins.bottom() + 4)
        self.textChanged.connect(self.changed.emit)

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def problem(self) -> str | None:
        return None


# --- dates -----------------------------------------------------------------------------------

_EIGHT_DIGITS = re.compile(r"[0-9]{8}")
_BARE_YEAR = re.compile(r"[0-9]{4}")


def normalise_date_text(text: str) -> str:
    """What a typed date should read after the officer leaves the field.

    "12-3-1975", "12.3.1975" and "12031975" (day, month, year without separators) all become
    "12/03/1975"; so does a day that does not exist ("31022024" reads "31/02/2024", which core
    then calls impossible, not badly written). Text that is not a date is left as typed so the
    officer can see and fix it.
    """
    text = text.strip()
    if not text:
        return ""
    if _EIGHT_DIGITS.fullmatch(text):
        candidate = f"{text[:2]}/{text[2:4]}/{text[4:]}"
    else:
        candidate = text
    try:
        iso = parse_date(candidate)
    except ImpossibleDate as impossible:
        return str(impossible.params["value"])
    except ValueError:
        return text
    return format_date(iso) if iso else text


def _calendar_icon(color: QColor) -> QIcon:
    """A small drawn calendar, so the button needs no image file and follows the palette."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 1.2))
    painter.drawRoundedRect(QRectF(1.5, 2.5, 13, 12), 1.5, 1.5)
    painter.fillRect(2, 3, 12, 3, color)
    for row in range(2):
        for col in range(3):
            painter.fillRect(4 + col * 3, 8 + row * 3, 2, 2, color)
    painter.end()
    return QIcon(pixmap)


class _CalendarPopup(QCalendarWidget):
    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) if i18n.lang() == "en"
                       else QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setMinimumDate(QDate(1900, 1, 1))
        self.clicked.connect(self._pick)
        self.activated.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


class DateEditor(QWidget):
    """A line for dd/mm/yyyy with a calendar button (also opened by Alt+Down or F4)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(QCoreApplication.translate("editors", "ngày/tháng/năm"))
        self.line_edit.setMaxLength(20)
        metrics = self.line_edit.fontMetrics()
        width = max(metrics.horizontalAdvance("00/00/00000"),
                    metrics.horizontalAdvance(self.line_edit.placeholderText())) + 20
        self.line_edit.setMinimumWidth(width)
        self.line_edit.setMaximumWidth(width + 40)
        self.line_edit.setToolTip(QCoreApplication.translate(
            "editors", "Nhập ngày/tháng/năm, ví dụ 15/06/1975 hoặc 15061975. Alt+↓ mở lịch."))
        self.button = QToolButton(self)
        self.button.setIcon(_calendar_icon(self.palette().color(QPalette.ColorRole.ButtonText)))
        self.button.setToolTip(QCoreApplication.translate("editors", "Chọn ngày trên lịch (Alt+↓)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line_edit)
        self._calendar: _CalendarPopup | None = None
        self.line_edit.textChanged.connect(lambda _text: self.changed.emit())
        self.line_edit.editingFinished.connect(self.normalise)
        for keys in ("Alt+Down", "F4"):
            shortcut = QShortcut(QKeySequence(keys), self.line_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_calendar)

    def text(self) -> str:
        return self.line_edit.text()

    def normalise(self) -> None:
        """Rewrite what was typed as dd/mm/yyyy when it is a readable date."""
        text = self.line_edit.text()
        normal = normalise_date_text(text)
        if normal != text:
            self.line_edit.setText(normal)

    def value(self) -> str | None:
        """ISO date; anything else is returned as typed (a day that does not exist as dd/mm/yyyy)
        so core can name the problem."""
        text = self.line_edit.text().strip()
        if not text:
            return None
        normal = normalise_date_text(text)
        try:
            iso = parse_date(normal)
        except ValueError:
            return normal
        return iso or text

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.line_edit.setText("")
            return
        text = str(value)
        try:
            iso = parse_date(text)
        except ValueError:
            iso = None
        self.line_edit.setText(format_date(iso) if iso else text)

    def set_read_only(self, read_only: bool) -> None:
        self.line_edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    def problem(self) -> str | None:
        if _BARE_YEAR.fullmatch(self.line_edit.text().strip()):
            return QCoreApplication.translate(
                "editors", "Hãy nhập đủ ngày/tháng/năm (ví dụ 01/01/{year}); chỉ có năm thì chưa lưu được.").format(
                year=self.line_edit.text().strip())
        return None

    @property
    def calendar_popup(self) -> QCalendarWidget | None:
        """The calendar, once it has been opened."""
        return self._calendar

    def open_calendar(self) -> None:
        if self.line_edit.isReadOnly():
            return
        if self._calendar is None:
            self._calendar = _CalendarPopup(self)
            self._calendar.picked.connect(self._picked)
        value = self.value()
        day = QDate.fromString(value, "yyyy-MM-dd") if value else QDate.currentDate()
        if not day.isValid():
            day = QDate.currentDate()
        self._calendar.setSelectedDate(day)
        self._calendar.adjustSize()
        self._calendar.move(self.line_edit.mapToGlobal(QPoint(0, self.line_edit.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.line_edit.setText(day.toString("dd/MM/yyyy"))
        self.line_edit.setFocus()


# --- numbers ---------------------------------------------------------------------------------

class MoneyEditor(QLineEdit):
    """Whole đồng, right-aligned, dots between thousands as you type, "đ" drawn at the end.
    A `signed` one (a profit, which may be a loss) keeps a leading minus."""

    changed = Signal()
    SUFFIX = "đ"

    def __init__(self, parent: QWidget | None = None, signed: bool = False) -> None:
        super().__init__(parent)
        self._signed = signed
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.fontMetrics()
        self._suffix_width = metrics.horizontalAdvance(" " + self.SUFFIX) + 6
        self.setTextMargins(0, 0, self._suffix_width, 0)
        self.setMinimumWidth(metrics.horizontalAdvance("000.000.000.000") + self._suffix_width + 16)
        self.textEdited.connect(self._regroup)
        self.textChanged.connect(lambda _text: self.changed.emit())

    def _regroup(self, text: str) -> None:
        cursor = self.cursorPosition()
        digits_before = sum(ch.isdigit() for ch in text[:cursor])
        try:
            amount = parse_money(text)
        except ValueError:
            amount = None
        if amount is not None and amount >= 0:
            digits = str(amount)
        else:
            digits = "".join(ch for ch in text if "0" <= ch <= "9")
        digits = digits[:MAX_MONEY_DIGITS]
        stripped = digits.lstrip("0")
        if digits and not stripped:
            stripped = "0"
        digits_before = max(0, digits_before - (len(digits) - len(stripped)))
        new_text = format_money(int(stripped)) if stripped else ""
        if self._signed and text.lstrip().startswith("-"):
            new_text = "-" + new_text
        if new_text == text:
            return
        position = len(new_text)
        seen = 0
        if digits_before == 0:
            position = 1 if new_text.startswith("-") else 0
        else:
            for index, ch in enumerate(new_text):
                if ch.isdigit():
                    seen += 1
                    if seen == digits_before:
                        position = index + 1
                        break
        self.setText(new_text)
        self.setCursorPosition(position)

    def value(self) -> int | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_money(text)
        except ValueError:
            return None

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.setText("")
            return
        try:
            amount = parse_money(value)
        except ValueError:
            self.setText(str(value))
            return
        self.setText(format_money(amount))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def problem(self) -> str | None:
        return None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        painter = QPainter(self)
        color = self.palette().color(QPalette.ColorGroup.Disabled if not self.isEnabled()
                                     else QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        color.setAlpha(150)
        painter.setPen(color)
        rect = self.rect().adjusted(0, 0, -8, 0)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self.SUFFIX)
        painter.end()


class IntEditor(QLineEdit):
    """A whole number that may be left empty (a spin box cannot say "not recorded").
    Up/Down step by one, as in a spin box."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, minimum: int = 0, maximum: int = 999_999_999) -> None:
        super().__init__(parent)
        self._minimum, self._maximum = minimum, maximum
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,9}"), self))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000000") + 24)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00000") + 24)
        self.textChanged.connect(lambda _text: self.changed.emit())

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text.isdigit() else None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None or value == "" else str(int(value)))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def problem(self) -> str | None:
        return None

    def step(self, delta: int) -> None:
        if self.isReadOnly():
            return
        current = self.value()
        new = self._minimum if current is None else min(self._maximum, max(self._minimum, current + delta))
        self.setText(str(new))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Up:
            self.step(1)
        elif event.key() == Qt.Key.Key_Down:
            self.step(-1)
        else:
            super().keyPressEvent(event)


# --- yes/no ----------------------------------------------------------------------------------

class BoolEditor(QCheckBox):
    changed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(lambda _on: self.changed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def problem(self) -> str | None:
        return None


# --- choices ---------------------------------------------------------------------------------

class _FoldedFilter(QSortFilterProxyModel):
    """Keeps the rows whose folded text contains every folded word typed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        if index.data(CODE_ROLE) is None:  # the empty entry is not a match
            return False
        haystack = index.data(FOLD_ROLE) or ""
        return all(word in haystack for word in self._words)


class SearchableComboBox(QComboBox):
    """A choice list; long lists can be searched by typing any part of a name, with or
    without diacritics ("ha nhi", "35", "bum to"). The value is the current item's code.

    When searchable, the typed text is only a filter: Enter or leaving the field picks the
    matching item (the first one listed), and text that matches nothing is put back to the
    current item.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, searchable: bool = False,
                 allow_empty: bool = True) -> None:
        super().__init__(parent)
        self._allow_empty = allow_empty
        self._searchable = searchable
        self._read_only = False
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.setMaxVisibleItems(15)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no value changes by a stray wheel
        if searchable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self._filter = _FoldedFilter(self)
            self._filter.setSourceModel(self.model())
            completer = QCompleter(self)
            completer.setModel(self._filter)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setMaxVisibleItems(12)
            self.setCompleter(completer)
            completer.activated[QModelIndex].connect(  # type: ignore[index]  # PySide6's stub has no signal overloads
                self._completion_chosen)
            self.search_line().textEdited.connect(self._search)
            self.search_line().editingFinished.connect(self.commit_text)
            self.search_line().setPlaceholderText(QCoreApplication.translate("editors", "Gõ để tìm…"))
        self.currentIndexChanged.connect(lambda _index: self.changed.emit())

    # items

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        """(code, label) pairs in display order; the current value is kept when still listed."""
        items = list(items)
        current = self.value()
        if current not in {code for code, _text in items}:
            current = None
        self.blockSignals(True)
        self.clear()
        if self._allow_empty:
            self.addItem("", None)
            self.setItemData(0, "", FOLD_ROLE)
        for code, text in items:
            self.addItem(text, code)
            self.setItemData(self.count() - 1, fold(text) + " " + fold(code), FOLD_ROLE)
        self.blockSignals(False)
        self._select(current, emit=False)

    def value(self) -> str | None:
        if self.currentIndex() < 0:
            return None
        return self.currentData(CODE_ROLE)

    def set_value(self, value: Any) -> None:
        self._select(None if value in (None, "") else str(value), emit=True)

    def _select(self, code: str | None, emit: bool) -> None:
        if code is None:
            index = 0 if self._allow_empty else -1
        else:
            index = self.findData(code, CODE_ROLE)
            if index < 0:  # a code the list does not know (old data): show it, hide nothing
                self.blockSignals(True)
                self.addItem(code, code)
                self.setItemData(self.count() - 1, fold(code), FOLD_ROLE)
                self.blockSignals(False)
                index = self.count() - 1
        if not emit:
            self.blockSignals(True)
        self.setCurrentIndex(index)
        line = self.lineEdit()
        if self._searchable and line is not None:
            line.setText(self.itemText(index) if index >= 0 else "")
        if not emit:
            self.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setEnabled(not read_only)

    def problem(self) -> str | None:
        return None

    # searching

    def search_line(self) -> QLineEdit:
        """The line typed in; only a searchable list has one (it is editable)."""
        line = self.lineEdit()
        assert line is not None
        return line

    def _search_completer(self) -> QCompleter:
        completer = self.completer()
        assert completer is not None  # set up with the searchable list
        return completer


    def _search(self, text: str) -> None:
        self._filter.set_needle(text)
        completer = self._search_completer()
        if not text.strip():
            popup = completer.popup()
            assert popup is not None  # a completer always has its popup
            popup.hide()
            return
        completer.complete()  # no row is highlighted: that would replace the typed text

    def _completion_chosen(self, index: QModelIndex) -> None:
        # The index belongs to the completer's own proxy over the filter, not to the filter.
        completion_model = self._search_completer().completionModel()
        if isinstance(completion_model, QAbstractProxyModel):
            index = completion_model.mapToSource(index)
        if index.model() is not self._filter:
            return
        source = self._filter.mapToSource(index)
        if source.isValid():
            self.setCurrentIndex(source.row())
            self.search_line().setText(self.itemText(source.row()))

    def commit_text(self) -> None:
        """Turn what was typed into a choice: an exact match, else the first match; text that
        matches nothing puts the current choice back."""
        if not self._searchable:
            return
        text = self.search_line().text()
        folded = fold(text)
        if not folded:
            if self._allow_empty:
                self.setCurrentIndex(0)
            self.search_line().setText(self.currentText() if self.currentIndex() > 0 or not self._allow_empty
                                    else "")
            return
        matches = []
        for row in range(self.count()):
            if self.itemData(row, CODE_ROLE) is None:
                continue
            if fold(self.itemText(row)) == folded:
                matches = [row]
                break
            haystack = self.itemData(row, FOLD_ROLE) or ""
            if all(word in haystack for word in folded.split()):
                matches.append(row)
        if matches:  # the exact match, the only one, or the first of several (as listed)
            self.setCurrentIndex(matches[0])
        self.search_line().setText(self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else "")

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        # Scrolling the form must not change a choice the pointer happens to pass over.
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


def catalog_items(catalog: str, lang: str = "vi") -> list[tuple[str, str]]:
    """(code, label) pairs of a catalogue; ethnic groups show their code: "35 – Hà Nhì"."""
    values = catalogs.catalog(catalog)
    if catalog == "ethnicity":
        return [(v.code, f"{v.code} – {v.label(lang)}") for v in values]
    return [(v.code, v.label(lang)) for v in values]


class CodeEditor(SearchableComboBox):
    """A coded value shown by its Vietnamese name."""

    def __init__(self, catalog: str, required: bool = False, has_default: bool = False,
                 parent: QWidget | None = None, lang: str = "vi") -> None:
        items = catalog_items(catalog, lang)
        super().__init__(parent, searchable=len(items) > SEARCH_THRESHOLD,
                         allow_empty=not (required and has_default))
        self.catalog = catalog
        self.set_items(items)
        self._select(None, emit=False)


def organization_label(record: dict[str, Any]) -> str:
    """How an organisation is named in a choice list: "HTX Chè Bum Tở (6200000015)"."""
    name = record.get("name") or ""
    code = record.get("registration_code")
    return f"{name} ({code})" if code else name


def reference_label(ref_type: str, record: dict[str, Any]) -> str:
    """How a referenced record is named in a choice list: an organisation with its code, any
    other record by its type's title (a manager's full name, a support's content) on one line."""
    if ref_type == "organization":
        return organization_label(record)
    return " ".join(RECORD_TYPES[ref_type].title_of(record).split())


class RefEditor(SearchableComboBox):
    """The record a field points to: the organisation a member, worker or support record
    belongs to, the manager a course trained or the support that paid for it.

    Lists the records of `ref_type` through the registry, each named by `reference_label`;
    `fix(id)` pins a preset choice (the form of a member opened from an organisation's page).
    A reference to another organisation's records (a course's manager or support) lists only
    those of the organisation chosen in the form (`limit_to_organization`)."""

    def __init__(self, registry: Registry, ref_type: str = "organization", parent: QWidget | None = None) -> None:
        super().__init__(parent, searchable=True, allow_empty=True)
        self.setMinimumContentsLength(28)
        self._registry = registry
        self._ref_type = ref_type
        self._records: dict[str, dict[str, Any]] = {}
        self._organization: str | None = None
        self.refresh()

    def refresh(self) -> None:
        """Reload the list (after organisations were added elsewhere)."""
        records = list(self._registry.list_records(self._ref_type)) if self._registry else []
        self._records = {r["id"]: r for r in records}
        self._list()

    def limit_to_organization(self, organization_id: str | None) -> None:
        """List only the records of this organisation (all of them for None). A value already
        chosen stays shown even if it is another organisation's: validation says so."""
        if self._ref_type == "organization" or organization_id == self._organization:
            return
        self._organization = organization_id
        current = self.value()
        self._list()
        record = self._records.get(current) if current is not None else None
        if record is not None and self.value() != current:
            self._add_choice(record)
            self._select(current, emit=False)

    def _list(self) -> None:
        wanted = self._organization
        self.set_items((r["id"], reference_label(self._ref_type, r)) for r in self._records.values()
                       if wanted is None or r.get("organization_id") == wanted)

    def record(self, record_id: str | None) -> dict[str, Any] | None:
        """The listed record with this id (its kind decides the member's default membership)."""
        if record_id is None:
            return None
        if record_id not in self._records and self._registry is not None:
            try:
                self._records[record_id] = self._registry.get(self._ref_type, record_id)
            except Exception:  # noqa: BLE001 - a missing record is reported by validation
                return None
        return self._records.get(record_id)

    def _add_choice(self, record: dict[str, Any]) -> None:
        """Show a record the list leaves out, by its name (not its id)."""
        self.blockSignals(True)
        label = reference_label(self._ref_type, record)
        self.addItem(label, record["id"])
        self.setItemData(self.count() - 1, fold(label), FOLD_ROLE)
        self.blockSignals(False)

    def set_value(self, value: Any) -> None:
        if value and (value not in self._records or self.findData(str(value), CODE_ROLE) < 0):
            record = self.record(str(value))
            if record is not None:  # a deleted organisation, another organisation's manager: its name
                self._add_choice(record)
        super().set_value(value)


# --- the factory -----------------------------------------------------------------------------

class UnitEditor(SearchableComboBox):
    """A commune, chosen by name from the catalogue: the communes of the site's province
    (all provinces when the site's is unknown), then the former units, which old records
    still name ("Xã Kan Hồ (cũ, nay thuộc xã Bum Tở)")."""

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent, searchable=True, allow_empty=True)
        self.setMinimumContentsLength(24)
        site = registry.site if registry is not None else None
        provinces = [site.province_code] if site is not None and site.province_code else \
            [p.code for p in units.provinces()]
        current = [u for code in provinces for u in units.communes(code)]
        self.set_items([(u.code, f"{u.name} ({u.code})") for u in current] +
                       [(u.code, f"{units.describe(u.code)} ({u.code})") for u in units.former_units()
                        if not units.is_current_commune(u.code)])
        self._select(None, emit=False)


def make_editor(field: Field, registry: Registry | None = None, parent: QWidget | None = None,
                lang: str = "vi") -> QWidget:
    """The editor for one field; its objectName is the field name (tests and styles use it)."""
    editor: QWidget
    if field.name == "commune_code":
        assert registry is not None  # the commune list is the site's
        editor = UnitEditor(registry, parent)
    elif field.kind == FieldKind.TEXT:
        editor = MultilineTextEditor(parent) if field.multiline else TextEditor(parent)
    elif field.kind == FieldKind.DATE:
        editor = DateEditor(parent)
    elif field.kind == FieldKind.MONEY:
        editor = MoneyEditor(parent, signed=field.signed)
    elif field.kind == FieldKind.INT:
        editor = IntEditor(parent)
    elif field.kind == FieldKind.BOOL:
        editor = BoolEditor(field.label(lang), parent)
    elif field.kind == FieldKind.CODE:
        editor = CodeEditor(field.catalog or "", field.required, field.default is not None, parent, lang)
    elif field.kind == FieldKind.REF:
        assert registry is not None  # a reference lists the registry's records
        editor = RefEditor(registry, field.ref_type or "organization", parent)
    else:  # pragma: no cover - a new kind must get an editor here
        raise ValueError(f"no editor for {field.kind}")
    editor.setObjectName(field.name)
    editor.setAccessibleName(field.label(lang))
    return editor


def editor_widgets(editor: QWidget) -> list[QWidget]:
    """The widgets that take keyboard focus inside an editor, in tab order."""
    if isinstance(editor, DateEditor):
        return [editor.line_edit]
    return [editor]

