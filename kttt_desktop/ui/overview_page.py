"""The home "desk": what the commune's register holds, at a glance, and where to start.

Each tile is a headline figure (`core.reports.headline`) as of today, with the figures that
stand beside it: the same label, number and explanation as on the dashboard, the printed
report and its Excel sheet. They come from the indicators of today, counted on a background
thread (a province has hundreds of thousands of members); the tiles show "…" meanwhile.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core import catalogs, units
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.formats import format_money
from kttt_desktop.core.plan.indicators import Snapshot
from kttt_desktop.core.registry import Changes
from kttt_desktop.core.reports.headline import headline, headline_values
from kttt_desktop.ui import styles
from kttt_desktop.ui.background_read import BackgroundRead
from kttt_desktop.ui.figures import figure_line, figure_tooltip, format_value
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.page import Page, PageVerbs
from kttt_desktop.ui.stale_page import StalePage

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

# Each tile: its key, the headline figure it shows, the figures beside it, the list it opens.
TILES: tuple[tuple[str, str, tuple[str, ...], tuple[str, dict[str, str]]], ...] = (
    ("htx", "htx_count", ("htx_paused", "htx_registered"), ("organization", {"kind": "htx"})),
    ("tht", "tht_count", ("tht_unregistered", "tht_paused"), ("organization", {"kind": "tht"})),
    ("lhhtx", "union_count", ("union_paused",), ("organization", {"kind": "lhhtx"})),
    ("members", "members_total", ("htx_members", "tht_members"), ("member", {})),
    ("workers", "jobs", ("workers_seasonal",), ("worker", {})),
    ("supports", "support_count", ("support_amount", "loans_amount"), ("support", {})),
)

_TILE_STYLE = """
QFrame#tile { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QFrame#tile:hover { border-color: palette(highlight); }
QLabel#tileNumber { font-size: 26pt; font-weight: 600; color: palette(highlight); }
QLabel#tileCaption { font-size: 10.5pt; }
QLabel#siteName { font-size: 17pt; font-weight: 600; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; margin-top: 6px; }
""" + styles.rule("QLabel#tileNote", styles.NOTE) + styles.rule("QLabel#problem", styles.ERROR_LINE)


class Tile(QFrame):
    """A big number with its caption; clicking it opens the matching list."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(170)
        self.number = QLabel("0", self)
        self.number.setObjectName("tileNumber")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.note = QLabel("", self)
        self.note.setObjectName("tileNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def set_value(self, text: str, note: str = "") -> None:
        self.number.setText(text)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class OverviewPage(StalePage):
    """The first page the officer sees: counts, organisations by status, quick actions."""

    add_organization_requested = Signal()
    find_member_requested = Signal()
    # (record type, filters) — e.g. ("organization", {"kind": "htx"}) when a tile is clicked
    open_list_requested = Signal(str, dict)

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self._stale = True
        self.setStyleSheet(_TILE_STYLE)

        self.site_label = QLabel(self)
        self.site_label.setObjectName("siteName")
        self.site_note = QLabel(self)
        self.site_note.setWordWrap(True)

        self.add_button = QPushButton(self.tr("Thêm tổ chức"), self)
        self.add_button.setToolTip(self.tr("Nhập một hợp tác xã, tổ hợp tác hoặc liên hiệp mới (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_organization_requested)
        self.find_button = QPushButton(self.tr("Tìm thành viên"), self)
        self.find_button.setToolTip(self.tr("Tìm một người theo tên hoặc số CCCD"))
        self.find_button.clicked.connect(self.find_member_requested)
        for button in (self.add_button, self.find_button):
            button.setMinimumHeight(34)

        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        for number, (key, code, beside, target) in enumerate(TILES):
            tile = Tile(headline(code).label(lang()), self)
            tile.setToolTip(figure_tooltip([headline(c) for c in (code, *beside)]))
            tile.set_value("…")
            tile.clicked.connect(lambda t=target: self.open_list_requested.emit(t[0], dict(t[1])))
            self.tiles[key] = tile
            grid.addWidget(tile, number // 3, number % 3)
        self.snapshot: Snapshot | None = None  # the indicators the tiles show
        self._reader = BackgroundRead(registry, self)
        self._reader.answered.connect(self._show)
        self._reader.failed.connect(self._show_failure)

        self.status_title = QLabel(self.tr("Tổ chức theo tình trạng pháp lý"), self)
        self.status_title.setObjectName("sectionTitle")
        self.status_box = QGridLayout()
        self.status_box.setHorizontalSpacing(24)
        self.status_box.setColumnStretch(2, 1)
        self.empty_hint = QLabel(self.tr(
            "Sổ chưa có tổ chức nào. Bấm «Thêm tổ chức» để nhập hợp tác xã, tổ hợp tác đầu tiên."), self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()  # until the figures say so
        self.status_title.hide()
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.site_label)
        titles.addWidget(self.site_note)
        header.addLayout(titles, 1)
        header.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignTop)

        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setContentsMargins(24, 20, 24, 20)
        body.setSpacing(12)
        body.addLayout(header)
        body.addWidget(self.problem_label)
        body.addLayout(grid)
        body.addWidget(self.status_title)
        body.addLayout(self.status_box)
        body.addWidget(self.empty_hint)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def apply_changes(self, changes: Changes, origin: Page | None = None) -> None:
        """Any record may move a figure; the site's settings name it and its officer."""
        if any(changes.records.values()) or changes.site:
            self.mark_stale()

    def verbs(self) -> PageVerbs:
        return PageVerbs(can_add=True, add_tip=self.tr("Thêm tổ chức mới (Ctrl+N)"))

    def add_record(self) -> None:
        self.add_organization_requested.emit()

    def focus_search(self) -> bool:
        """Ctrl+F here looks for a member, like the «Tìm thành viên» button."""
        self.find_member_requested.emit()
        return True

    def refresh(self) -> None:
        self._stale = False
        site = self.registry.site
        if site is not None:
            self.site_label.setText(site.name)
            parts = []
            place = units.describe(site.unit_code)
            if place and place != site.name:
                parts.append(place)
            province = units.find_unit(site.province_code or "")
            if province is not None and province.code != site.unit_code:
                parts.append(province.name)
            parts.append(self.tr("mã đơn vị {code}").format(code=site.unit_code))
            if site.officer:
                parts.append(self.tr("người nhập: {officer}").format(officer=site.officer))
            self.site_note.setText(" · ".join(parts))
        self._reader.ask(lambda registry: registry.indicators())

    @property
    def busy(self) -> bool:
        """The figures are being counted; the tiles show the previous ones (or "…")."""
        return self._reader.busy

    def _show(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.problem_label.hide()
        values = headline_values(snapshot)
        for key, code, beside, _ in TILES:
            figure = headline(code)
            self.tiles[key].set_value(format_value(figure.unit, values[code]),
                                      "\n".join(figure_line(headline(c), values[c]) for c in beside))
        by_status: dict[str, int] = {}
        for (_, status), count in snapshot.organizations_by_kind_status.items():
            by_status[status] = by_status.get(status, 0) + count
        self._fill_statuses(by_status)
        self.empty_hint.setVisible(not by_status)

    def _show_failure(self, exc: BaseException) -> None:
        for tile in self.tiles.values():
            tile.set_value("—")
        message = exc.message() if isinstance(exc, KtttError) else str(exc)
        self.problem_label.setText(self.tr("Không tính được số liệu: {message}").format(message=message))
        self.problem_label.show()

    def _fill_statuses(self, by_status: dict[str, int]) -> None:
        while self.status_box.count():
            item = self.status_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        row = 0
        for value in catalogs.catalog("organization_status"):
            count = int(by_status.get(value.code, 0))
            if not count:
                continue
            name = QLabel(f'<a href="{value.code}">{html.escape(value.label(lang()))}</a>', self)
            name.setToolTip(self.tr("Xem danh sách các tổ chức này"))
            name.linkActivated.connect(
                lambda code: self.open_list_requested.emit("organization", {"status": code}))
            number = QLabel(format_money(count), self)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.status_box.addWidget(name, row, 0)
            self.status_box.addWidget(number, row, 1)
            row += 1
        self.status_title.setVisible(row > 0)
