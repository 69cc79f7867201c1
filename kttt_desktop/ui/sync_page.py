"""Đồng bộ: the packages a site exchanges with its upper level and the sites below it.

The page shows the site's key fingerprints (read aloud over the phone to check a set-up
file), one row per peer (packages sent, confirmed, received, held, missing) and the
actions: export a package, import packages and receipts (after a preview), prepare a
set-up file for a site below, join an upper level. All of it goes through
the registry's sync manager (`registry.sync`); exports, imports and previews run in a `BackgroundOp`
with their own connection, so the window stays responsive and Hủy leaves the database
as it was.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core import catalogs, units
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.mirror.driver import mirror_service
from kttt_desktop.core.records.fields import RECORD_TYPES
from kttt_desktop.core.registry import Changes
from kttt_desktop.core.sync.manager import ExportResult, ImportResult
from kttt_desktop.core.sync.merge import OUTCOMES
from kttt_desktop.ui import prompts, styles
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.list_page import configure_table
from kttt_desktop.ui.mirror_dialog import MirrorDialog
from kttt_desktop.ui.models.rows import RowsTableModel
from kttt_desktop.ui.page import Page
from kttt_desktop.ui.screen_fit import fit_to_contents, fit_to_screen
from kttt_desktop.ui.stale_page import StalePage
from kttt_desktop.ui.worker import BackgroundOp, Cancelled, Progress, on_own_connection

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

RECEIPT_DIR_KEY = "sync/receipt_dir"

_STYLE = """
QLabel#pageTitle { font-size: 17pt; font-weight: 600; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; margin-top: 6px; }
QFrame#fingerprintBox { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QLabel#fingerprintCaption { font-weight: 600; }
QLabel#fingerprintDigits { font-size: 22pt; font-weight: 600; color: palette(highlight); letter-spacing: 1px; }
QLabel#resultBanner { background: #e8f1fb; border: 1px solid #9fc1e6; border-radius: 4px; padding: 8px 12px; }
""" + styles.rule("QLabel#hint", styles.NOTE) + styles.banner('QLabel#resultBanner[problem="true"]', padded=False)

_GOOD = QColor(styles.DONE_COLOR)
_WARN = QColor(styles.WARNING_COLOR)
_BAD = QColor(styles.ERROR_COLOR)
_MUTED = QColor(styles.MUTED_COLOR)


def record_type_label(record_type: str) -> str:
    rt = RECORD_TYPES.get(record_type)
    return rt.label(lang()) if rt is not None else record_type


def outcome_headers() -> dict[str, str]:
    """The import outcomes as the preview and the summary name them."""
    return {"new": QCoreApplication.translate("SyncPage", "Mới"),
            "updated": QCoreApplication.translate("SyncPage", "Cập nhật"),
            "unchanged": QCoreApplication.translate("SyncPage", "Không đổi"),
            "deleted": QCoreApplication.translate("SyncPage", "Xóa"),
            "conflicts": QCoreApplication.translate("SyncPage", "Xung đột"),
            "rejected": QCoreApplication.translate("SyncPage", "Từ chối")}


def kind_label(kind: str) -> str:
    return {"changes": QCoreApplication.translate("SyncPage", "Gói thay đổi"),
            "correction": QCoreApplication.translate("SyncPage", "Gói điều chỉnh"),
            "snapshot": QCoreApplication.translate("SyncPage", "Gói toàn bộ"),
            "receipt": QCoreApplication.translate("SyncPage", "Biên nhận"),
            }.get(kind, QCoreApplication.translate("SyncPage", "Không rõ"))


def _numbers(values: list[int]) -> str:
    return ", ".join(str(v) for v in values)


def _folder_link(path: Path) -> str:
    url = QUrl.fromLocalFile(str(path.parent if path.suffix else path)).toString()
    text = QCoreApplication.translate("SyncPage", "Mở thư mục")
    return f'<a href="{html.escape(url)}">{html.escape(text)}</a>'


# --- table models --------------------------------------------------------------------------

class PeerTableModel(RowsTableModel):
    """One row per peer, from `registry.sync.status()`."""

    NAME, CODE, ROLE, FINGERPRINT, SENT, ACKNOWLEDGED, RECEIVED, HELD, MISSING = range(9)
    _NUMBERS = (SENT, ACKNOWLEDGED, RECEIVED)

    key = "unit_code"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Đơn vị"), self.tr("Mã"), self.tr("Vai trò"), self.tr("Mã vân tay"),
                         self.tr("Đã gửi"), self.tr("Đã được xác nhận"), self.tr("Đã nhận"), self.tr("Đang giữ"),
                         self.tr("Còn thiếu")]
        self._header_tips = [
            "", "", "",
            self.tr("Mã vân tay khóa của đơn vị kia; đọc qua điện thoại để đối chiếu"),
            self.tr("Số gói đã xuất gửi đơn vị này"),
            self.tr("Số gói đơn vị này đã gửi biên nhận xác nhận"),
            self.tr("Số gói nhận từ đơn vị này đã nhập"),
            self.tr("Gói nhận từ đơn vị này đang giữ lại, chờ gói còn thiếu"),
            self.tr("Gói chưa tới nơi: đơn vị kia báo thiếu, hoặc ở đây còn thiếu"),
        ]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in self._NUMBERS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.MISSING and (row["missing"] or row["missing_here"]):
                return QBrush(_WARN)
            if column == self.HELD and row["held"]:
                return QBrush(_WARN)
            if column == self.ACKNOWLEDGED and row["sent"] and row["acknowledged"] < row["sent"]:
                return QBrush(_WARN)
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row["unit_code"]
        return None

    def _display(self, row: dict[str, Any], column: int) -> str:
        if column == self.NAME:
            return row["name"]
        if column == self.CODE:
            return row["unit_code"]
        if column == self.ROLE:
            return self.tr("Cấp trên") if row["role"] == "upper" else self.tr("Cấp dưới")
        if column == self.FINGERPRINT:
            return row["fingerprint"]
        if column == self.SENT:
            return str(row["sent"])
        if column == self.ACKNOWLEDGED:
            return str(row["acknowledged"])
        if column == self.RECEIVED:
            return str(row["received"])
        if column == self.HELD:
            return self.tr("gói số {numbers}").format(numbers=_numbers(row["held"])) if row["held"] else "—"
        parts = []
        if row["missing"]:
            parts.append(self.tr("bên kia thiếu gói số {numbers}").format(numbers=_numbers(row["missing"])))
        if row["missing_here"]:
            parts.append(self.tr("ở đây thiếu gói số {numbers}").format(numbers=_numbers(row["missing_here"])))
        return "; ".join(parts) or "—"

    def _tooltip(self, row: dict[str, Any], column: int) -> str | None:
        if column == self.FINGERPRINT:
            return self.tr("Mã vân tay của {name}: {theirs}\n"
                           "Mã vân tay của đơn vị này, như {name} biết: {mine}").format(
                name=row["name"], theirs=row["fingerprint"], mine=row["my_fingerprint"])
        if column == self.MISSING and row["missing"]:
            return self.tr("{name} báo chưa nhận được gói số {numbers}. Gói xuất tiếp theo sẽ tự gửi lại "
                           "các thay đổi đó.").format(name=row["name"], numbers=_numbers(row["missing"]))
        if column == self.MISSING and row["missing_here"]:
            return self.tr("Chưa nhận được gói số {numbers} của {name}; các gói sau nó đang được giữ lại. "
                           "Hãy đề nghị {name} xuất gói mới.").format(name=row["name"],
                                                                        numbers=_numbers(row["missing_here"]))
        if column == self.HELD and row["held"]:
            return self.tr("Các gói này sẽ tự được nhập khi gói còn thiếu tới.")
        return None


class CountsTableModel(QAbstractTableModel):
    """Per record type, what an import does (or would do): new, updated… rejected."""

    def __init__(self, counts: dict[str, dict[str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        order = list(RECORD_TYPES)
        self._types = sorted(counts, key=lambda t: (order.index(t) if t in order else len(order), t))
        self._counts = counts
        names = outcome_headers()
        self._headers = [self.tr("Loại bản ghi")] + [names[o] for o in OUTCOMES]

    def count(self, record_type: str, outcome: str) -> int:
        return int(self._counts.get(record_type, {}).get(outcome, 0))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._types)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if section == 0:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._types) \
                or not 0 <= index.column() < len(self._headers):
            return None
        record_type = self._types[index.row()]
        column = index.column()
        outcome = OUTCOMES[column - 1] if column else None
        value = self.count(record_type, outcome) if outcome else 0
        if role == Qt.ItemDataRole.DisplayRole:
            return record_type_label(record_type) if outcome is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if outcome is None:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and outcome is not None:
            if not value:
                return QBrush(_MUTED)
            if outcome == "conflicts":
                return QBrush(_WARN)
            if outcome == "rejected":
                return QBrush(_BAD)
            return None
        return None


def _fit_table(view: QTableView) -> None:
    """A small table shown whole: as tall as its rows, no scroll bar."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    height = header.sizeHint().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    view.setFixedHeight(height)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


# --- small dialogs -------------------------------------------------------------------------

class LowerUnitDialog(QDialog):
    """Code, name and level of a site below, for its set-up file."""

    def __init__(self, site_level: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tạo tệp thiết lập cho cấp dưới"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("unit_code")
        self.code_edit.setMaxLength(5)
        self.code_edit.setPlaceholderText(self.tr("Ví dụ: 03433"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("unit_name")
        self.level_combo = QComboBox(self)
        levels = ("commune", "district") if site_level == "province" else ("commune",)
        for code in levels:
            self.level_combo.addItem(catalogs.label("site_level", code, lang()), code)
        self.level_combo.setEnabled(len(levels) > 1)
        hint = QLabel(self.tr("Với xã, phường: gõ mã đơn vị hành chính, tên được điền sẵn."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Cấp"), self.level_combo)
        form.addRow(self.tr("Mã đơn vị"), self.code_edit)
        form.addRow(self.tr("Tên đơn vị"), self.name_edit)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Tiếp tục…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.code_edit.textChanged.connect(self._code_changed)
        self.name_edit.textChanged.connect(lambda _text: self._update())
        self._auto_name = ""
        self._update()
        self.setMinimumWidth(420)
        fit_to_contents(self)

    def _code_changed(self, code: str) -> None:
        unit = units.find_unit(code) if len(code.strip()) == 5 else None
        if unit is not None and self.name_edit.text() in ("", self._auto_name):
            self._auto_name = unit.name
            self.name_edit.setText(unit.name)
        self._update()

    def _update(self) -> None:
        code = self.code_edit.text().strip()
        self.ok_button.setEnabled(code.isdigit() and bool(self.name_edit.text().strip()))

    def values(self) -> tuple[str, str, str]:
        return self.code_edit.text().strip(), self.name_edit.text().strip(), self.level_combo.currentData()


def ask_lower_unit(parent: QWidget | None, site_level: str) -> tuple[str, str, str] | None:
    """(unit code, name, level) of the site below, or None if cancelled (tests patch this)."""
    dialog = LowerUnitDialog(site_level, parent)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted.value else None
    finally:
        dialog.deleteLater()


class FilePreview(QFrame):
    """One file of an import: who sent it, what it is, what importing it does."""

    def __init__(self, result: ImportResult, sender_name: str, preview: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filePreview")
        self.result = result
        self.title = QLabel(f"<b>{html.escape(Path(result.file).name)}</b>", self)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setToolTip(result.file)
        self.sender_label = QLabel(sender_name, self)
        self.kind_label = QLabel(kind_label(result.kind) if result.kind else "—", self)
        self.status_label = QLabel(status_text(result, preview), self)
        self.status_label.setWordWrap(True)
        colour = {"applied": _GOOD, "already_imported": _MUTED, "held": _WARN}.get(result.status, _BAD)
        self.status_label.setStyleSheet(f"color: {colour.name()}; font-weight: 600;")
        self.reason_label = QLabel(result.reason or "", self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setVisible(bool(result.reason))
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(1, 1)
        for row, (caption, widget) in enumerate(((self.tr("Nơi gửi"), self.sender_label),
                                                 (self.tr("Loại"), self.kind_label),
                                                 (self.tr("Kết quả"), self.status_label))):
            grid.addWidget(QLabel(caption, self), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, row, 1)
        grid.addWidget(self.reason_label, 3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        counts = result.counts.as_json()
        self.model: CountsTableModel | None = None
        self.table: QTableView | None = None
        if counts:
            self.model = CountsTableModel(counts, self)
            self.table = QTableView(self)
            configure_table(self.table)
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.table.horizontalHeader().setSectionsMovable(False)
            self.table.setModel(self.model)
            self.table.horizontalHeader().setStretchLastSection(False)
            _fit_table(self.table)
            self.table.setColumnWidth(0, max(self.table.columnWidth(0), 190))
            for column in range(1, self.model.columnCount()):
                self.table.setColumnWidth(column, max(self.table.columnWidth(column), 84))
            width = sum(self.table.columnWidth(c) for c in range(self.model.columnCount()))
            self.table.setFixedWidth(width + 2 * self.table.frameWidth())
            layout.addWidget(self.table)
        elif result.status in ("applied", "held") and result.kind != "receipt":
            empty = QLabel(self.tr("Gói không có thay đổi nào."), self)
            empty.setObjectName("hint")
            layout.addWidget(empty)


def status_text(result: ImportResult, preview: bool) -> str:
    """What happens (preview) or happened to one file."""
    if result.status == "applied":
        if result.kind == "receipt":
            return (QCoreApplication.translate("SyncPage", "Sẽ ghi nhận biên nhận") if preview
                    else QCoreApplication.translate("SyncPage", "Đã ghi nhận biên nhận"))
        return (QCoreApplication.translate("SyncPage", "Sẽ nhập") if preview
                else QCoreApplication.translate("SyncPage", "Đã nhập"))
    if result.status == "already_imported":
        return (QCoreApplication.translate("SyncPage", "Đã nhập trước đó, sẽ bỏ qua") if preview
                else QCoreApplication.translate("SyncPage", "Đã nhập trước đó, bỏ qua"))
    if result.status == "held":
        return (QCoreApplication.translate("SyncPage", "Sẽ giữ lại, chờ gói còn thiếu") if preview
                else QCoreApplication.translate("SyncPage", "Đang giữ lại, chờ gói còn thiếu"))
    return QCoreApplication.translate("SyncPage", "Không nhập được")


class ImportPreviewDialog(QDialog):
    """What the chosen files hold and what importing them would do; nothing is written yet.

    Shown with `open()` (window-modal, not blocking); `accepted` means «Nhập».
    """

    def __init__(self, results: list[ImportResult], sender_names: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Xem trước khi nhập"))
        self.results = results
        intro = QLabel(self.tr("Chưa có gì được ghi vào sổ. Kiểm tra nội dung các tệp dưới đây rồi bấm «Nhập»; "
                               "trước khi nhập, chương trình tự sao lưu dữ liệu."), self)
        intro.setWordWrap(True)
        self.summary = QLabel(self._summary(), self)
        self.summary.setObjectName("previewSummary")
        self.summary.setStyleSheet("font-weight: 600;")
        self.files: list[FilePreview] = []
        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        for result in results:
            view = FilePreview(result, sender_names.get(result.sender, result.sender or self.tr("Không rõ")),
                               True, content)
            view.setFrameShape(QFrame.Shape.StyledPanel)
            self.files.append(view)
            body.addWidget(view)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.receipt_label = QLabel(self)
        self.receipt_label.setWordWrap(True)
        self.receipt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_button = QPushButton(self.tr("Chọn thư mục khác…"), self)
        self.receipt_button.clicked.connect(self.choose_receipt_dir)
        self.default_receipt_button = QPushButton(self.tr("Dùng thư mục mặc định"), self)
        self.default_receipt_button.clicked.connect(self.use_default_receipt_dir)
        receipt_row = QHBoxLayout()
        receipt_row.addWidget(self.receipt_label, 1)
        receipt_row.addWidget(self.receipt_button)
        receipt_row.addWidget(self.default_receipt_button)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        importable = bool(self.importable_files())
        self.import_button.setEnabled(importable)
        (self.import_button if importable else self.cancel_button).setDefault(True)
        if not importable:
            self.import_button.setToolTip(self.tr("Không có tệp nào nhập được"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addLayout(receipt_row)
        layout.addWidget(self.buttons)
        self._show_receipt_dir()
        fit_to_screen(self, QSize(820, max(360, min(720, 200 + 260 * len(results)))))

    def _summary(self) -> str:
        """"3 tệp: 1 sẽ nhập, 1 đã nhập trước đó, 1 không nhập được"."""
        counts: dict[str, int] = {}
        for result in self.results:
            counts[result.status] = counts.get(result.status, 0) + 1
        names = {"applied": self.tr("{count} sẽ nhập"), "held": self.tr("{count} sẽ giữ lại"),
                 "already_imported": self.tr("{count} đã nhập trước đó"),
                 "rejected": self.tr("{count} không nhập được")}
        parts = [names[s].format(count=counts[s]) for s in names if counts.get(s)]
        return self.tr("{count} tệp: {parts}").format(count=len(self.results), parts=", ".join(parts))

    def importable_files(self) -> list[Path]:
        """Files that the import will read: neither refused nor imported before."""
        return [Path(r.file) for r in self.results if r.status in ("applied", "held")]

    @property
    def receipt_dir(self) -> Path | None:
        value = QSettings().value(RECEIPT_DIR_KEY)
        return Path(str(value)) if value else None

    def choose_receipt_dir(self) -> None:
        folder = prompts.choose_folder(self, self.tr("Chọn thư mục đặt biên nhận"), prompts.PACKAGES)
        if folder is not None:
            QSettings().setValue(RECEIPT_DIR_KEY, str(folder))
            self._show_receipt_dir()

    def use_default_receipt_dir(self) -> None:
        QSettings().remove(RECEIPT_DIR_KEY)
        self._show_receipt_dir()

    def _show_receipt_dir(self) -> None:
        folder = self.receipt_dir
        if folder is None:
            text = self.tr("Biên nhận gửi lại nơi gửi sẽ được đặt trong thư mục mặc định (cạnh tệp dữ liệu).")
        else:
            text = self.tr("Biên nhận gửi lại nơi gửi sẽ được đặt trong: {folder}").format(folder=folder)
        self.receipt_label.setText(text)
        self.default_receipt_button.setVisible(folder is not None)


# --- the page --------------------------------------------------------------------------------

class FingerprintBox(QFrame):
    """The site's fingerprint toward one side, in large digits, to read over the phone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprintBox")
        self.caption = QLabel(self)
        self.caption.setObjectName("fingerprintCaption")
        self.caption.setWordWrap(True)
        self.digits = QLabel(self)
        self.digits.setObjectName("fingerprintDigits")
        self.digits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.other = QLabel(self)
        self.other.setObjectName("hint")
        self.other.setWordWrap(True)
        self.other.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.digits)
        layout.addWidget(self.hint)
        layout.addWidget(self.other)

    def set(self, caption: str, digits: str, hint: str, other: str = "") -> None:
        self.caption.setText(caption)
        self.digits.setText(digits)
        self.hint.setText(hint)
        self.other.setText(other)
        self.other.setVisible(bool(other))


PEER_ROWS_SHOWN = 4  # the table of units keeps room for this many rows; the page scrolls for more


class SyncPage(StalePage):
    """«Đồng bộ». `changed(Changes)` reports records an import wrote; `synced` says that
    sync state changed (a package went out, a receipt came in) so views can update."""

    changed = Signal(object)
    synced = Signal()

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.operation: BackgroundOp | None = None
        self.preview: ImportPreviewDialog | None = None
        self.mirror_dialog: MirrorDialog | None = None
        self.last_results: list[ImportResult] = []
        self.last_exports: list[ExportResult] = []
        self.last_mirror: Any = None  # the last run's MirrorResult (core.mirror.service)
        self.setStyleSheet(_STYLE)

        self.title = QLabel(self.tr("Đồng bộ"), self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self.tr(
            "Trao đổi gói dữ liệu với cấp trên và cấp dưới bằng tệp (USB, thư điện tử). Gói được ký và mã hóa: "
            "chỉ đơn vị nhận mở được."), self)
        self.subtitle.setWordWrap(True)

        self.upper_box = FingerprintBox(self)
        self.lower_box = FingerprintBox(self)
        self.alone_hint = QLabel(self)
        self.alone_hint.setWordWrap(True)
        boxes = QHBoxLayout()
        boxes.setSpacing(12)
        boxes.addWidget(self.upper_box, 1)
        boxes.addWidget(self.lower_box, 1)

        def button(text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
            b = QPushButton(text, self)
            b.setToolTip(tip)
            b.setMinimumHeight(32)
            b.clicked.connect(slot)
            return b

        self.export_button = button(self.tr("Xuất gói gửi cấp trên…"),
                                    self.tr("Ghi các thay đổi cấp trên chưa xác nhận vào một tệp gói (Ctrl+E)"),
                                    self.export_to_upper)
        self.import_button = button(self.tr("Nhập gói hoặc biên nhận…"),
                                    self.tr("Xem trước rồi nhập gói, gói điều chỉnh hoặc biên nhận nhận được (Ctrl+I)"),
                                    self.import_packages)
        self.join_button = button(self.tr("Tham gia cấp trên bằng tệp thiết lập…"),
                                  self.tr("Mở tệp thiết lập do cấp trên chuẩn bị cho đơn vị này"), self.join_upper)
        self.correction_button = button(self.tr("Gửi điều chỉnh, chỉ tiêu cho cấp dưới…"),
                                        self.tr("Gửi cho cấp dưới các điều chỉnh, xung đột đã giải quyết, "
                                                "chỉ tiêu kế hoạch và dân số"),
                                        self.export_to_lower)
        self.setup_button = button(self.tr("Tạo tệp thiết lập cho cấp dưới…"),
                                   self.tr("Chuẩn bị tệp để một xã (hoặc khu vực) bắt đầu đồng bộ với đơn vị này"),
                                   self.create_setup_file)
        self.mirror_button = button(self.tr("Đồng bộ lên máy chủ dữ liệu…"),
                                    self.tr("Ghi sổ đã gộp lên cơ sở dữ liệu PostgreSQL dùng chung của các cơ quan "
                                            "cấp trên; lần sau chỉ gửi phần đã thay đổi"), self.mirror_to_server)
        self.export_button.setDefault(True)
        actions = QHBoxLayout()
        for b in (self.export_button, self.import_button, self.join_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.lower_caption = QLabel(self.tr("Với cấp dưới:"), self)
        lower_actions = QHBoxLayout()
        lower_actions.addWidget(self.lower_caption)
        lower_actions.addWidget(self.correction_button)
        lower_actions.addWidget(self.setup_button)
        lower_actions.addStretch(1)
        # Beside the packages, not instead of them: the offices above read the mirror.
        self.server_caption = QLabel(self.tr("Với máy chủ dữ liệu:"), self)
        server_actions = QHBoxLayout()
        server_actions.addWidget(self.server_caption)
        server_actions.addWidget(self.mirror_button)
        server_actions.addStretch(1)
        caption_width = max(c.sizeHint().width() for c in (self.lower_caption, self.server_caption))
        for caption in (self.lower_caption, self.server_caption):
            caption.setMinimumWidth(caption_width)  # the two rows' buttons line up

        self.result_banner = QLabel(self)
        self.result_banner.setObjectName("resultBanner")
        self.result_banner.setWordWrap(True)
        self.result_banner.setTextFormat(Qt.TextFormat.RichText)
        self.result_banner.setOpenExternalLinks(True)
        self.result_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.result_banner.hide()

        self.peers_title = QLabel(self.tr("Các đơn vị đồng bộ"), self)
        self.peers_title.setObjectName("sectionTitle")
        # A lower site that sent what it may not: said here, not only to whoever imported it.
        self.refusal_banner = QLabel(self)
        self.refusal_banner.setObjectName("resultBanner")
        self.refusal_banner.setProperty("problem", True)
        self.refusal_banner.setWordWrap(True)
        self.refusal_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal_banner.hide()
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("hint")
        self.empty_hint.setWordWrap(True)
        self.model = PeerTableModel(self)
        self.view = QTableView(self)
        configure_table(self.view)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionsMovable(False)
        digits = self.view.fontMetrics().horizontalAdvance("0000-0000-0000-0000-0000") * 11 // 10 + 16
        for column, width in enumerate((160, 60, 80, digits, 65, 125, 65, 80)):
            self.view.setColumnWidth(column, width)

        # The page scrolls rather than squeezing its parts: at 1024×700, after an import, the
        # fingerprint, the banners and the table of units would each be cut.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(boxes)
        layout.addWidget(self.alone_hint)
        layout.addLayout(actions)
        layout.addLayout(lower_actions)
        layout.addLayout(server_actions)
        layout.addWidget(self.result_banner)
        layout.addWidget(self.peers_title)
        layout.addWidget(self.refusal_banner)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view, 1)
        layout.addStretch(0)
        rows = self.view.verticalHeader().defaultSectionSize()
        self.view.setMinimumHeight(self.view.horizontalHeader().sizeHint().height() + PEER_ROWS_SHOWN * rows
                                   + self.view.horizontalScrollBar().sizeHint().height() + 2 * self.view.frameWidth())
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.scroll_area)
        self._lower_widgets = (self.lower_caption, self.correction_button, self.setup_button)
        self._stale = True

    # --- reading -------------------------------------------------------------------------

    def apply_changes(self, changes: Changes, origin: Page | None = None) -> None:
        """A write is not sent yet, and may settle a conflict. Sync state changes only by what
        this page does, and it reads again itself after each of those."""
        if any(changes.records.values()) or changes.site or changes.targets:
            self.mark_stale()

    def is_upper_level(self) -> bool:
        site = self.registry.site
        return site is not None and site.level != "commune"

    def refresh(self) -> None:
        """Read the fingerprints and every peer's state again."""
        self._stale = False
        site = self.registry.site
        if site is None:
            return
        upper = self.registry.sync.upper_peer()
        rows = self.registry.sync.status()
        self.model.set_rows(rows)
        refusals = self.registry.sync.refusal_lines()
        self.refusal_banner.setText("\n".join(refusals))
        self.refusal_banner.setVisible(bool(refusals))
        if upper is not None:
            self.upper_box.set(
                self.tr("Mã vân tay của đơn vị này với cấp trên ({name})").format(name=upper.name),
                self.registry.sync.fingerprint(),
                self.tr("Đọc mã này qua điện thoại để cấp trên đối chiếu."),
                self.tr("Mã vân tay của {name}: {fingerprint}").format(name=upper.name,
                                                                        fingerprint=upper.fingerprint))
        self.upper_box.setVisible(upper is not None)
        upper_level = self.is_upper_level()
        if upper_level:
            lowers = [r for r in rows if r["role"] == "lower"]
            self.lower_box.set(
                self.tr("Mã vân tay của đơn vị này với cấp dưới"),
                self.registry.sync.site_keys().public().fingerprint(),
                self.tr("Đọc mã này qua điện thoại để cấp dưới đối chiếu."),
                self.tr("Mã này có trong mọi tệp thiết lập mà đơn vị này tạo ({count} đơn vị cấp dưới).").format(
                    count=len(lowers)))
        self.lower_box.setVisible(upper_level)
        can_join = upper is None and site.level != "province"
        self.alone_hint.setText(self.tr(
            "Đơn vị này chưa kết nối với cấp trên. Hãy nhận tệp thiết lập do cấp trên chuẩn bị (trao tay bằng USB), "
            "rồi bấm «Tham gia cấp trên bằng tệp thiết lập…»."))
        self.alone_hint.setVisible(can_join and not upper_level)
        self.join_button.setVisible(can_join)
        self.export_button.setEnabled(upper is not None)
        for widget in self._lower_widgets:
            widget.setVisible(upper_level)
        for widget in (self.server_caption, self.mirror_button):
            widget.setVisible(upper_level)  # a commune's register is mirrored by its upper level
        self.correction_button.setEnabled(any(r["role"] == "lower" for r in rows))
        self.view.setVisible(bool(rows))
        if rows:
            self.empty_hint.hide()
        else:
            self.empty_hint.setText(
                self.tr("Chưa có đơn vị nào. Bấm «Tạo tệp thiết lập cho cấp dưới…» để thêm một xã.")
                if upper_level else self.tr("Chưa có đơn vị nào để đồng bộ."))
            self.empty_hint.show()
        self._update_busy()

    def _update_busy(self) -> None:
        busy = self.operation is not None
        for b in (self.import_button, self.join_button, self.setup_button, self.mirror_button):
            b.setEnabled(not busy)
        if busy:
            self.export_button.setEnabled(False)
            self.correction_button.setEnabled(False)

    def _show_result(self, text: str, problem: bool = False) -> None:
        self.result_banner.setProperty("problem", problem)
        self.result_banner.style().unpolish(self.result_banner)
        self.result_banner.style().polish(self.result_banner)
        self.result_banner.setText(text)
        self.result_banner.show()

    def _peer_names(self) -> dict[str, str]:
        names = {p.unit_code: f"{p.name} ({p.unit_code})" for p in self.registry.sync.peers()}
        site = self.registry.site
        if site is not None:
            names[site.unit_code] = f"{site.name} ({site.unit_code})"
        return names

    # --- background work -----------------------------------------------------------------

    def _run(self, label: str, work: Callable[[Any], Any], on_success: Callable[[Any], None],
             failure_title: str) -> None:
        def done(result: Any) -> None:
            self._op_over(operation)
            on_success(result)

        def failed(exc: BaseException) -> None:
            self._op_over(operation)
            self._report_failure(failure_title, exc)

        operation = BackgroundOp(self, label, work, done, failed)
        self.operation = operation
        self._update_busy()
        operation.start()

    def _op_over(self, operation: BackgroundOp) -> None:
        if self.operation is operation:
            self.operation = None
        operation.dialog.deleteLater()
        operation.deleteLater()
        self.refresh()

    def _report_failure(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            text = self.tr("Đã dừng theo yêu cầu. Phần đang làm dở không được ghi; dữ liệu vẫn như trước.")
            self._show_result(html.escape(text), problem=True)
            prompts.inform(self, title, text)
        elif isinstance(exc, KtttError):
            self._show_result(html.escape(exc.message()), problem=True)
            prompts.warn(self, title, exc.message())
        elif isinstance(exc, OSError):
            text = self.tr("Không đọc, ghi được tệp: {error}").format(error=exc)
            self._show_result(html.escape(text), problem=True)
            prompts.warn(self, title, text)
        else:
            raise exc

    # --- export --------------------------------------------------------------------------

    def export_to_upper(self) -> None:
        """«Xuất gói gửi cấp trên…»: every change the upper level has not confirmed yet."""
        if self.operation is not None:
            return
        upper = self.registry.sync.upper_peer()
        if upper is None:
            prompts.warn(self, self.tr("Chưa có cấp trên"), self.tr(
                "Đơn vị này chưa kết nối với cấp trên. Hãy nhận tệp thiết lập từ cấp trên rồi bấm "
                "«Tham gia cấp trên bằng tệp thiết lập…» trên trang Đồng bộ."))
            return
        folder = prompts.choose_folder(self, self.tr("Chọn thư mục để lưu gói gửi {name} (ví dụ: USB)").format(
            name=upper.name), prompts.PACKAGES)
        if folder is not None:
            self._start_export(folder, [None])

    def export_to_lower(self) -> None:
        """«Gửi điều chỉnh, chỉ tiêu cho cấp dưới…»: corrections, targets and population for
        one site below, or for all of them."""
        if self.operation is not None:
            return
        lowers = [p for p in self.registry.sync.peers() if p.role == "lower"]
        if not lowers:
            prompts.warn(self, self.tr("Chưa có cấp dưới"), self.tr(
                "Đơn vị này chưa có đơn vị cấp dưới nào. Hãy tạo tệp thiết lập cho cấp dưới trước."))
            return
        items = [f"{p.name} ({p.unit_code})" for p in lowers]
        if len(lowers) > 1:
            items.append(self.tr("Tất cả đơn vị cấp dưới ({count})").format(count=len(lowers)))
        index = prompts.choose_item(self, self.tr("Xuất gói điều chỉnh"), self.tr("Gửi cho đơn vị:"), items)
        if index is None:
            return
        targets: list[str | None] = [p.unit_code for p in lowers] if index >= len(lowers) \
            else [lowers[index].unit_code]
        folder = prompts.choose_folder(self, self.tr("Chọn thư mục để lưu gói điều chỉnh"), prompts.PACKAGES)
        if folder is not None:
            self._start_export(folder, targets)

    def _start_export(self, folder: Path, targets: list[str | None]) -> None:
        registry = self.registry

        def work(progress: Progress) -> list[ExportResult]:
            # Background thread: its own connection, no widgets.
            return on_own_connection(registry, lambda other: [
                other.sync.export(folder, to=code, progress=progress) for code in targets])

        self._run(self.tr("Đang xuất gói…"), work, self._export_done, self.tr("Chưa xuất được gói"))

    def _export_done(self, results: list[ExportResult]) -> None:
        self.last_exports = results
        lines_html = []
        lines_text = []
        for result in results:
            manifest = result.manifest
            total = sum(sum(ops.values()) for ops in manifest.get("counts", {}).values())
            receiver = manifest["receiver"]["name"]
            changes = self.tr("{count} thay đổi").format(count=total) if total \
                else self.tr("không có thay đổi mới")
            head = self.tr("Gói số {number} gửi {receiver} ({changes})").format(
                number=manifest["package_no"], receiver=receiver, changes=changes)
            lines_html.append(f"<b>{html.escape(head)}</b><br>{html.escape(str(result.path))} "
                              f"&nbsp;{_folder_link(result.path)}")
            lines_text.append(f"{head}:\n{result.path}")
        advice = self.tr("Chép tệp này sang USB hoặc gửi qua thư điện tử. Khi nơi nhận gửi lại biên nhận, "
                         "hãy nhập biên nhận để biết gói đã tới.")
        self._show_result("<br>".join(lines_html) + f"<br>{html.escape(advice)}")
        self.synced.emit()
        prompts.tell_written(self, self.tr("Đã xuất gói"), "\n\n".join(lines_text) + "\n\n" + advice,
                             results[0].path, readable=False)

    # --- import --------------------------------------------------------------------------

    def import_packages(self) -> None:
        """«Nhập gói hoặc biên nhận…»: choose files, preview them, then import on «Nhập»."""
        if self.operation is not None or self.preview is not None:
            return
        files = prompts.choose_open_files(self, self.tr("Chọn gói hoặc biên nhận để nhập"),
                                          self.tr("Gói đồng bộ KTTT (*.kttt);;Mọi tệp (*)"), prompts.PACKAGES)
        if not files:
            return
        registry = self.registry

        def work(progress: Progress) -> list[ImportResult]:
            return on_own_connection(registry, lambda other: other.sync.preview(
                list(files), remember_refusals=True, progress=progress))

        self._run(self.tr("Đang đọc và kiểm tra gói…"), work, self._show_preview, self.tr("Chưa xem trước được"))

    def _show_preview(self, results: list[ImportResult]) -> None:
        if any(r.status == "rejected" for r in results):
            self.refresh()  # a lower site's refused package is named above its row
        dialog = ImportPreviewDialog(results, self._peer_names(), self)
        self.preview = dialog

        def finished(code: int) -> None:
            self.preview = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted.value:
                self._start_import(dialog.importable_files(), dialog.receipt_dir)

        dialog.finished.connect(finished)
        dialog.open()

    def _start_import(self, files: list[Path], receipt_dir: Path | None) -> None:
        if not files:
            return
        registry = self.registry

        def work(progress: Progress) -> list[ImportResult]:
            return on_own_connection(registry, lambda other: other.sync.import_files(
                files, receipt_dir=receipt_dir, progress=progress))

        self._run(self.tr("Đang nhập gói (đã sao lưu dữ liệu trước khi nhập)…"), work, self._import_done,
                  self.tr("Chưa nhập được"))

    def _import_done(self, results: list[ImportResult]) -> None:
        self.last_results = results
        changes = Changes()
        for result in results:
            changes.merge(result.changes)
        names = self._peer_names()
        headers = outcome_headers()
        parts_html, parts_text = [], []
        conflicts = 0
        for result in results:
            sender = names.get(result.sender, result.sender or self.tr("Không rõ"))
            line = f"{Path(result.file).name} — {sender}: {status_text(result, preview=False)}"
            details = []
            if result.reason:
                details.append(result.reason)
            by_type = result.counts.as_json()
            order = list(RECORD_TYPES)
            per_type = []
            for rtype in sorted(by_type, key=lambda t: order.index(t) if t in order else len(order)):
                counts = by_type[rtype]
                shown = ", ".join(f"{headers[o].lower()} {counts[o]}" for o in OUTCOMES if counts.get(o))
                if shown:
                    per_type.append(f"{record_type_label(rtype)}: {shown}")
                conflicts += counts.get("conflicts", 0)
            if per_type:
                details.append(" · ".join(per_type))
            if result.changes.targets:
                details.append(self.tr("Đã cập nhật chỉ tiêu kế hoạch và dân số do cấp trên gửi."))
            if result.receipt:
                details.append(self.tr("Biên nhận gửi lại: {path}").format(path=result.receipt))
            parts_text.append("\n".join([line, *(f"  {d}" for d in details)]))
            receipt_html = f" &nbsp;{_folder_link(result.receipt)}" if result.receipt else ""
            parts_html.append(f"<b>{html.escape(line)}</b>" + "".join(
                f"<br>&nbsp;&nbsp;{html.escape(d)}" for d in details) + (receipt_html if details else ""))
        advice = []
        if any(r.receipt for r in results):
            advice.append(self.tr("Hãy gửi biên nhận cho nơi gửi (USB, thư điện tử) để họ biết gói đã tới."))
        if conflicts:
            advice.append(self.tr("Có {count} xung đột cần giải quyết: xem trang «Xung đột».").format(count=conflicts))
        if not changes.empty:
            advice.append(self.tr("Lần nhập gói không hoàn tác được bằng Ctrl+Z: muốn bỏ nó, hãy khôi phục bản sao "
                                  "lưu tự động «…truoc-nhap-…» lập ngay trước khi nhập (Tệp → Khôi phục từ bản "
                                  "sao lưu…)."))
        problem = any(r.status == "rejected" for r in results)
        self._show_result("<br>".join(parts_html) + "".join(f"<br>{html.escape(a)}" for a in advice), problem)
        if not changes.empty:
            self.registry.forget_undo()  # Ctrl+Z must not reach back across the import
            self.changed.emit(changes)
        self.synced.emit()
        prompts.inform(self, self.tr("Kết quả nhập"), "\n\n".join(parts_text + advice))

    # --- the mirror on the data server ---------------------------------------------------

    def mirror_to_server(self) -> None:
        """«Đồng bộ lên máy chủ dữ liệu…» (an upper-level site): the address and password,
        then the run in the background."""
        if self.operation is not None or self.mirror_dialog is not None or not self.is_upper_level():
            return
        dialog = MirrorDialog(self)
        self.mirror_dialog = dialog

        def finished(code: int) -> None:
            self.mirror_dialog = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted.value:
                self._start_mirror(dialog.address(), dialog.password())

        dialog.finished.connect(finished)
        dialog.open()

    def _start_mirror(self, address: str, password: str) -> None:
        registry = self.registry

        def work(progress: Progress) -> Any:
            service = mirror_service()
            return on_own_connection(registry, lambda other: service.mirror(
                other.conn, address, progress, password or None))

        self._run(self.tr("Đang đồng bộ lên máy chủ dữ liệu…"), work, self._mirror_done,
                  self.tr("Chưa đồng bộ được lên máy chủ"))

    def _mirror_done(self, result: Any) -> None:
        if result.unchanged:
            text = self.tr("Không có gì thay đổi kể từ lần đồng bộ trước: máy chủ dữ liệu giữ nguyên.")
        else:
            names = {name: record_type_label(name) for name in RECORD_TYPES}
            names.update(target=self.tr("Chỉ tiêu kế hoạch"), population=self.tr("Dân số"))
            lines = [self.tr("Đã đồng bộ lên {address}.").format(address=result.address)]
            for name, counts in result.tables.items():
                if counts.changed:
                    line = self.tr("{table}: {new} mới, {updated} sửa").format(
                        table=names.get(name, name), new=counts.new, updated=counts.updated)
                    if counts.deleted:
                        line += self.tr(", {deleted} bỏ").format(deleted=counts.deleted)
                    lines.append(line)
            text = "\n".join(lines)
        self.last_mirror = result
        self._show_result(html.escape(text).replace("\n", "<br>"))
        prompts.inform(self, self.tr("Kết quả đồng bộ lên máy chủ"), text)

    # --- set-up files --------------------------------------------------------------------

    def create_setup_file(self) -> None:
        """«Tạo tệp thiết lập cho cấp dưới…»: identity and keys for a site below."""
        site = self.registry.require_site()
        if site.level == "commune":
            return
        answer = ask_lower_unit(self, site.level)
        if answer is None:
            return
        code, name, level = answer
        existing = self.registry.sync.peer(code)
        if existing is not None and not prompts.confirm(
                self, self.tr("Tạo lại tệp thiết lập"),
                self.tr("{name} ({code}) đã có tệp thiết lập. Tạo lại sẽ thay khóa cũ: tệp thiết lập cũ và các gói "
                        "làm bằng nó sẽ không dùng được nữa. Tiếp tục?").format(name=existing.name, code=code),
                yes=self.tr("Tạo lại")):
            return
        out = prompts.choose_save_file(self, self.tr("Lưu tệp thiết lập cho {name}").format(name=name),
                                       f"kttt-thiet-lap-{code}.json", self.tr("Tệp thiết lập KTTT (*.json)"),
                                       prompts.PACKAGES)
        if out is None:
            return
        try:
            lower = self.registry.sync.write_setup_file(code, name, out, level=level)
        except KtttError as exc:
            prompts.warn(self, self.tr("Chưa tạo được tệp thiết lập"), exc.message())
            return
        except OSError as exc:
            prompts.warn(self, self.tr("Chưa tạo được tệp thiết lập"),
                         self.tr("Không đọc, ghi được tệp: {error}").format(error=exc))
            return
        mine = self.registry.sync.site_keys().public().fingerprint()
        fingerprints = self.tr("Mã vân tay của {name}: {lower}\nMã vân tay của đơn vị này: {mine}").format(
            name=lower.name, lower=lower.fingerprint, mine=mine)
        warning = self.tr("Tệp này chứa khóa bí mật của {name}. Hãy trao tận tay (USB) hoặc qua kênh an toàn, "
                          "không gửi qua nhóm chat hay thư điện tử công cộng. Khi {name} đã mở tệp, hai bên gọi "
                          "điện đọc cho nhau hai mã vân tay trên để đối chiếu.").format(name=lower.name)
        self.refresh()
        self._show_result(
            html.escape(self.tr("Đã tạo tệp thiết lập: {path}").format(path=out)) + f" &nbsp;{_folder_link(out)}"
            + "<br>" + html.escape(fingerprints).replace("\n", "<br>") + f"<br><b>{html.escape(warning)}</b>",
            problem=True)
        prompts.inform(self, self.tr("Đã tạo tệp thiết lập"),
                       self.tr("Đã tạo tệp thiết lập: {path}").format(path=out) + "\n\n" + fingerprints
                       + "\n\n" + warning)

    def join_upper(self) -> None:
        """«Tham gia cấp trên bằng tệp thiết lập…»: a site that started alone joins its upper level."""
        if self.operation is not None:
            return
        files = prompts.choose_open_files(self, self.tr("Chọn tệp thiết lập nhận từ cấp trên"),
                                          self.tr("Tệp thiết lập KTTT (*.json);;Mọi tệp (*)"), prompts.PACKAGES)
        if not files:
            return
        try:
            self.registry.sync.init_from_setup_file(files[0])
        except KtttError as exc:
            prompts.warn(self, self.tr("Chưa tham gia được cấp trên"), exc.message())
            return
        upper = self.registry.sync.upper_peer()
        self.refresh()
        text = self.tr("Đã kết nối với {name}.\n\nMã vân tay của đơn vị này: {mine}\nMã vân tay của {name}: {upper}"
                       "\n\nGọi điện cho {name} và đọc cho nhau hai mã này để đối chiếu.").format(
            name=upper.name if upper else "", mine=self.registry.sync.fingerprint(),
            upper=upper.fingerprint if upper else "")
        self._show_result(html.escape(text).replace("\n", "<br>"))
        self.changed.emit(Changes(site=True))
        self.synced.emit()
        prompts.inform(self, self.tr("Đã tham gia cấp trên"), text)


__all__ = ["CountsTableModel", "ImportPreviewDialog", "PeerTableModel", "SyncPage", "ask_lower_unit"]
