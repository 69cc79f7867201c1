"""The main window: a navigation pane, the pages, and the toolbar verbs officers already know.

The verbs are those of the public-sector programs used at commune level (MISA, HTKK):
Thêm, Sửa, Xóa, Nạp, with the same keys. Every write returns `Changes`; the window passes
them to each page, and a page re-reads only if the change touches what it shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import kttt_desktop
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Changes
from kttt_desktop.core.sync import service
from kttt_desktop.ui import prompts
from kttt_desktop.ui.backup_actions import BackupActions
from kttt_desktop.ui.conflicts_page import ConflictsPage, badge_text
from kttt_desktop.ui.dashboard_page import DashboardPage
from kttt_desktop.ui.deleted_records import TableContextMenu, restore_record, selection_deleted
from kttt_desktop.ui.duplicates_page import DuplicatesPage
from kttt_desktop.ui.duplicates_page import badge_text as duplicates_badge_text
from kttt_desktop.ui.excel_actions import ExcelActions
from kttt_desktop.ui.list_page import ListPage, delete_record, open_record_dialog
from kttt_desktop.ui.models.columns import noun_for
from kttt_desktop.ui.organization_view import OrganizationView
from kttt_desktop.ui.overview_page import OverviewPage
from kttt_desktop.ui.report_actions import ReportActions
from kttt_desktop.ui.screen_fit import fit_to_screen, keep_on_screen
from kttt_desktop.ui.sync_page import SyncPage

OVERVIEW = "overview"
DASHBOARD = "dashboard"
ORGANIZATION_VIEW = "organization_view"
SYNC = "sync"
CONFLICTS = "conflicts"
DUPLICATES = "duplicates"
LIST_TYPES = ("organization", "member", "worker", "support")
SETTINGS_GROUP = "main_window"
# A member change alters an organisation's member count and warnings, so the organisation
# list and the detail view listen to their children too.
_LIST_DEPENDS_ON = {
    "organization": ("organization", "member"),
    "member": ("member", "organization"),
    "worker": ("worker", "organization"),
    "support": ("support", "organization"),
}


class MainWindow(QMainWindow):
    """The program's one window. Pages are built at start but read nothing until shown."""

    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.setObjectName("MainWindow")
        self.setMinimumSize(QSize(900, 560))

        self.overview_page = OverviewPage(registry, self)
        self.list_pages: dict[str, ListPage] = {t: ListPage(registry, t, self) for t in LIST_TYPES}
        self._organization_view: OrganizationView | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.overview_page)
        for page in self.list_pages.values():
            self.stack.addWidget(page)
            page.open_requested.connect(lambda record_id, p=page: self.open_record(p.record_type, record_id))
            page.selection_changed.connect(self._update_actions)
        self.overview_page.add_organization_requested.connect(lambda: self.add_record("organization"))
        self.overview_page.find_member_requested.connect(self.find_member)
        self.overview_page.open_list_requested.connect(self._open_filtered_list)
        self.sync_page = SyncPage(registry, self)
        self.sync_page.changed.connect(self.apply_changes)
        self.sync_page.synced.connect(self._after_sync)
        self.conflicts_page = ConflictsPage(registry, self)
        self.conflicts_page.changed.connect(self.apply_changes)
        self.conflicts_page.count_changed.connect(self._show_conflict_count)
        self.conflicts_page.open_requested.connect(self.open_record)
        self.duplicates_page = DuplicatesPage(registry, self)
        self.duplicates_page.changed.connect(self.apply_changes)
        self.duplicates_page.count_changed.connect(self._show_duplicate_count)
        self.duplicates_page.open_requested.connect(self.open_record)
        self.dashboard_page = DashboardPage(registry, self)
        self.dashboard_page.edit_targets_requested.connect(self.edit_targets)
        self.stack.addWidget(self.dashboard_page)
        self.stack.addWidget(self.sync_page)
        self.stack.addWidget(self.conflicts_page)
        self.stack.addWidget(self.duplicates_page)

        # The navigation pane: the register's pages, then (below a rule) the sync pages.
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.sync_navigation = QListWidget(self)
        self.sync_navigation.setObjectName("syncNavigation")
        self._nav_keys: list[str] = [OVERVIEW, *LIST_TYPES, DASHBOARD]
        self._sync_nav_keys: list[str] = [SYNC, CONFLICTS, DUPLICATES]
        self._page_keys: list[str] = [*self._nav_keys, *self._sync_nav_keys]
        self._page_titles = {
            OVERVIEW: self.tr("Tổng quan"),
            "organization": self.tr("Tổ chức"),
            "member": self.tr("Thành viên"),
            "worker": self.tr("Người lao động"),
            "support": self.tr("Hỗ trợ"),
            DASHBOARD: self.tr("Báo cáo – chỉ tiêu"),
            SYNC: self.tr("Đồng bộ"),
            CONFLICTS: badge_text(0),
            DUPLICATES: duplicates_badge_text(0),
        }
        for number, key in enumerate(self._page_keys, start=1):
            target = self.navigation if key in self._nav_keys else self.sync_navigation
            item = QListWidgetItem(self._page_titles[key], target)
            item.setToolTip(self.tr("{title} (Ctrl+{number})").format(title=self._page_titles[key], number=number))
        # Pages follow the selected entry. The list not in use keeps a current entry with nothing
        # selected: a list with no current entry would make its first entry current (and open
        # that page) as soon as it got the keyboard focus.
        self.navigation.itemSelectionChanged.connect(
            lambda: self._navigation_changed(self._selected_row(self.navigation)))
        self.sync_navigation.itemSelectionChanged.connect(
            lambda: self._sync_navigation_changed(self._selected_row(self.sync_navigation)))
        self.sync_navigation.blockSignals(True)
        self.sync_navigation.setCurrentRow(0)
        self.sync_navigation.clearSelection()
        self.sync_navigation.blockSignals(False)
        self.nav_pane = QWidget(self)
        self.nav_pane.setObjectName("navigationPane")
        self.nav_pane.setMinimumWidth(150)
        self.nav_pane.setStyleSheet(
            "QWidget#navigationPane { background: palette(window); }"
            "QListWidget { font-size: 11pt; border: none; background: palette(window); }"
            "QListWidget::item { padding: 9px 10px; }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); border-radius: 4px; }")
        rule = QFrame(self.nav_pane)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        pane_layout = QVBoxLayout(self.nav_pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.setSpacing(4)
        pane_layout.addWidget(self.navigation)
        pane_layout.addWidget(rule)
        pane_layout.addWidget(self.sync_navigation)
        pane_layout.addStretch(1)
        for nav in (self.navigation, self.sync_navigation):
            nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            nav.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            self._fit_navigation(nav)
        # Wide enough for the longest page name ("Báo cáo – chỉ tiêu"): never elided.
        widest = max(nav.sizeHintForColumn(0) for nav in (self.navigation, self.sync_navigation))
        self.nav_pane.setMinimumWidth(max(150, widest + 2 * self.navigation.frameWidth() + 12))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav_pane)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([180, 1100])
        self.setCentralWidget(self.splitter)

        self.pending_restore: Path | None = None
        self.backups = BackupActions(registry, self)
        self.backups.restore_requested.connect(self._restore_requested)
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self._update_title()
        self.restore_settings()
        self.navigation.setCurrentRow(0)
        self._update_sync_actions()
        self._update_conflict_badge()
        self._update_duplicate_badge()
        self._update_actions()

    def _fit_navigation(self, nav: QListWidget) -> None:
        """A navigation list as tall as its entries, so the two lists sit one under the other."""
        nav.ensurePolished()
        rows = sum(max(nav.sizeHintForRow(r), nav.fontMetrics().height() + 18) for r in range(nav.count())
                   if not nav.item(r).isHidden())
        nav.setFixedHeight(rows + 2 * nav.frameWidth() + 4)

    # --- building ------------------------------------------------------------------------

    def _action(self, text: str, shortcuts: list[QKeySequence | str] | None = None,
                slot: Any = None, tip: str = "", icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even where the toolbar is hidden
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.add_action = self._action(
            self.tr("Thêm"), ["Ctrl+N"], lambda: self.add_record(),
            self.tr("Thêm bản ghi mới vào danh sách đang xem (Ctrl+N)"), sp.SP_FileIcon)
        self.edit_action = self._action(
            self.tr("Sửa"), ["F2"], self.edit_current,
            self.tr("Mở bản ghi đang chọn để xem, sửa (Enter hoặc F2)"), sp.SP_FileDialogDetailedView)
        self.delete_action = self._action(
            self.tr("Xóa"), [QKeySequence(QKeySequence.StandardKey.Delete)], self.delete_current,
            self.tr("Xóa bản ghi đang chọn, có ghi lý do (Delete)"), sp.SP_TrashIcon)
        self.restore_action = self._action(
            self.tr("Khôi phục"), [], self.restore_current,
            self.tr("Khôi phục bản ghi đã xóa đang chọn, cùng những gì bị xóa cùng nó"),
            sp.SP_DialogResetButton)
        self.open_organization_action = self._action(
            self.tr("Mở hồ sơ tổ chức"), [], self.open_selected_organization,
            self.tr("Mở trang của tổ chức mà bản ghi đang chọn thuộc về"), sp.SP_DirOpenIcon)
        self.reload_action = self._action(
            self.tr("Nạp"), ["F5"], self.reload_current,
            self.tr("Đọc lại dữ liệu từ sổ (F5)"), sp.SP_BrowserReload)
        self.undo_action = self._action(
            self.tr("Hoàn tác"), ["Ctrl+Z"], self.undo, self.tr("Hoàn tác thao tác vừa làm (Ctrl+Z)"),
            sp.SP_ArrowBack)
        self.undo_action.setIconText(self.tr("Hoàn tác"))
        self.find_action = self._action(
            self.tr("Tìm"), ["Ctrl+F"], self.focus_search,
            self.tr("Tìm theo tên, mã số, CCCD (Ctrl+F)"), sp.SP_FileDialogContentsView)
        self.escape_action = self._action(self.tr("Thoát tìm kiếm / trở về"), ["Esc"], self.escape)
        self.settings_action = self._action(self.tr("Cài đặt…"), [], self.open_settings,
                                            self.tr("Người nhập liệu, sao lưu, ngôn ngữ"))
        self.quit_action = self._action(self.tr("Thoát"), ["Ctrl+Q"], self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = self._action(self.tr("Giới thiệu"), [], self.show_about)
        self.help_action = self._action(self.tr("Hướng dẫn và phím tắt"), ["F1"], self.show_help,
                                        self.tr("Cách làm các việc thường ngày và danh sách phím tắt (F1)"))
        self.page_actions: list[QAction] = []
        for number, key in enumerate(self._page_keys, start=1):
            text = self._page_titles[key]
            action = self._action(text, [f"Ctrl+{number}"], lambda checked=False, k=key: self.show_page(k))
            self.page_actions.append(action)
        # Đồng bộ: the same verbs as the buttons of the sync page, which they open first.
        self.export_action = self._action(
            self.tr("Xuất gói gửi cấp trên…"), ["Ctrl+E"], lambda: self._sync_verb(self.sync_page.export_to_upper),
            self.tr("Ghi các thay đổi cấp trên chưa xác nhận vào một tệp gói (Ctrl+E)"))
        self.import_action = self._action(
            self.tr("Nhập gói hoặc biên nhận…"), ["Ctrl+I"], lambda: self._sync_verb(self.sync_page.import_packages),
            self.tr("Xem trước rồi nhập gói, gói điều chỉnh hoặc biên nhận (Ctrl+I)"))
        self.export_lower_action = self._action(
            self.tr("Gửi điều chỉnh, chỉ tiêu cho cấp dưới…"), [],
            lambda: self._sync_verb(self.sync_page.export_to_lower))
        self.setup_file_action = self._action(
            self.tr("Tạo tệp thiết lập cho cấp dưới…"), [],
            lambda: self._sync_verb(self.sync_page.create_setup_file))
        self.join_action = self._action(
            self.tr("Tham gia cấp trên bằng tệp thiết lập…"), [],
            lambda: self._sync_verb(self.sync_page.join_upper))
        # Báo cáo: the dashboard's figures, printed and in Excel, and Excel lists in and out.
        self.targets_action = self._action(
            self.tr("Chỉ tiêu kế hoạch và số dân…"), [], self.edit_targets,
            self.tr("Xem, sửa chỉ tiêu năm 2030, 2045 và số dân"))
        self.reports = ReportActions(self.registry, self, current_organization_id=self.current_organization_id,
                                     as_of=lambda: self.dashboard_page.as_of)
        for action in self.reports.actions():
            self.addAction(action)  # Ctrl+P works on every page
        for action in (self.reports.print_action, self.reports.pdf_action, self.reports.xlsx_action):
            self.dashboard_page.add_action_button(action)
        self.excel = ExcelActions(self.registry, self, current_organization=self._current_organization)
        self.excel.changed.connect(self.apply_changes)

    def _build_menus_and_toolbar(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&Tệp"))
        self.sync_menu = file_menu.addMenu(self.tr("Đồng &bộ"))
        for action in (self.export_action, self.import_action):
            self.sync_menu.addAction(action)
        self.sync_menu.addSeparator()
        for action in (self.export_lower_action, self.setup_file_action, self.join_action):
            self.sync_menu.addAction(action)
        self.sync_menu.addSeparator()
        self.sync_menu.addAction(self.page_actions[self._page_keys.index(SYNC)])
        self.sync_menu.addAction(self.page_actions[self._page_keys.index(CONFLICTS)])
        self.sync_menu.addAction(self.page_actions[self._page_keys.index(DUPLICATES)])
        self.sync_menu.aboutToShow.connect(self._update_sync_actions)
        file_menu.addSeparator()
        file_menu.addAction(self.backups.backup_action)
        file_menu.addAction(self.backups.encrypted_backup_action)
        file_menu.addAction(self.backups.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu_bar.addMenu(self.tr("&Sửa"))
        for action in (self.add_action, self.edit_action, self.delete_action, self.restore_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = menu_bar.addMenu(self.tr("&Xem"))
        for action in self.page_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.reload_action)
        report_menu = menu_bar.addMenu(self.tr("&Báo cáo"))
        report_menu.addAction(self.page_actions[self._page_keys.index(DASHBOARD)])
        report_menu.addAction(self.targets_action)
        report_menu.addSeparator()
        actions = self.reports.actions()
        for action in actions[:3]:
            report_menu.addAction(action)
        report_menu.addSeparator()
        for action in actions[3:]:
            report_menu.addAction(action)
        report_menu.addSeparator()
        for action in self.excel.actions():
            report_menu.addAction(action)
        help_menu = menu_bar.addMenu(self.tr("Trợ &giúp"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self.tr("Thanh công cụ"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        for action in (self.add_action, self.edit_action, self.delete_action, self.restore_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.reload_action)
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.find_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        # Right-click on a list: the toolbar's own verbs.
        verbs = [self.add_action, self.edit_action, self.delete_action, self.restore_action, None]
        for page in self.list_pages.values():
            TableContextMenu(page.view, [*verbs, self.open_organization_action, None, self.reload_action],
                             self._update_actions)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setStyleSheet("QStatusBar::item { border: none; }"
                          "QStatusBar QLabel { padding: 0 8px; border-left: 1px solid palette(mid); }")
        self.site_status = QLabel(self)
        self.officer_status = QLabel(self)
        self.path_status = QLabel(self)
        self.path_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addPermanentWidget(self.site_status)
        bar.addPermanentWidget(self.officer_status)
        bar.addPermanentWidget(self.path_status)
        self._update_status()

    def _update_status(self) -> None:
        site = self.registry.site
        self.site_status.setText(site.name if site else self.tr("Chưa thiết lập đơn vị"))
        officer = self.registry.officer or (site.officer if site else None)
        self.officer_status.setText(self.tr("Người nhập: {officer}").format(
            officer=officer or self.tr("(chưa ghi)")))
        path = self.registry.path
        self.path_status.setText(self.tr("Dữ liệu: {path}").format(path=Path(path).name if path else ":memory:"))
        self.path_status.setToolTip(str(path) if path else "")

    def _update_title(self) -> None:
        site = self.registry.site
        self.setWindowTitle(f"KTTT Desktop — {site.name}" if site else "KTTT Desktop")

    # --- pages ---------------------------------------------------------------------------

    @property
    def organization_view(self) -> OrganizationView:
        """Built on first use: most sessions open a list before any organisation."""
        if self._organization_view is None:
            view = OrganizationView(self.registry, self)
            view.back_requested.connect(self.close_organization)
            view.previous_requested.connect(lambda: self._step_organization(-1))
            view.next_requested.connect(lambda: self._step_organization(1))
            view.changed.connect(self._changes_from_organization_view)
            view.tabs.currentChanged.connect(lambda _index: self._update_actions())
            view.editing_changed.connect(lambda _editing: self._update_actions())
            for tab in view.child_tabs.values():
                tab.selection_changed.connect(self._update_actions)
                TableContextMenu(tab.view, [self.add_action, self.edit_action, self.delete_action,
                                            self.restore_action, None, self.reload_action], self._update_actions)
            self.stack.addWidget(view)
            self._organization_view = view
        return self._organization_view

    def current_key(self) -> str:
        widget = self.stack.currentWidget()
        if widget is self.overview_page:
            return OVERVIEW
        if widget is self.dashboard_page:
            return DASHBOARD
        if widget is self._organization_view:
            return ORGANIZATION_VIEW
        if widget is self.sync_page:
            return SYNC
        if widget is self.conflicts_page:
            return CONFLICTS
        if widget is self.duplicates_page:
            return DUPLICATES
        for record_type, page in self.list_pages.items():
            if page is widget:
                return record_type
        return OVERVIEW

    def current_list_page(self) -> ListPage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ListPage) else None

    def show_page(self, key: str) -> bool:
        """Show the overview or a list; False if the officer stayed to keep unsaved edits."""
        if self.current_key() == ORGANIZATION_VIEW and not self.organization_view.can_leave():
            self._sync_navigation()
            return False
        pages: dict[str, QWidget] = {OVERVIEW: self.overview_page, DASHBOARD: self.dashboard_page,
                                     SYNC: self.sync_page,
                                     CONFLICTS: self.conflicts_page, DUPLICATES: self.duplicates_page}
        widget = pages.get(key) or self.list_pages[key]
        self.stack.setCurrentWidget(widget)
        self._sync_navigation()
        self._update_actions()
        return True

    def _navigation_changed(self, row: int) -> None:
        if 0 <= row < len(self._nav_keys):
            key = self._nav_keys[row]
            if key == "organization" and self.current_key() == ORGANIZATION_VIEW:
                return
            if key != self.current_key():
                self.show_page(key)

    @staticmethod
    def _selected_row(nav: QListWidget) -> int:
        rows = nav.selectedIndexes()
        return rows[0].row() if rows else -1

    def _sync_navigation_changed(self, row: int) -> None:
        if 0 <= row < len(self._sync_nav_keys) and self._sync_nav_keys[row] != self.current_key():
            self.show_page(self._sync_nav_keys[row])

    def _sync_navigation(self) -> None:
        """Select the current page's entry in whichever list holds it, and nothing in the other."""
        key = self.current_key()
        nav_key = "organization" if key == ORGANIZATION_VIEW else key
        for nav, keys in ((self.navigation, self._nav_keys), (self.sync_navigation, self._sync_nav_keys)):
            nav.blockSignals(True)
            if nav_key in keys:
                nav.setCurrentRow(keys.index(nav_key))
            else:
                nav.clearSelection()
            nav.blockSignals(False)

    def _open_filtered_list(self, record_type: str, filters: dict) -> None:
        if not self.show_page(record_type):
            return
        self.list_pages[record_type].set_filters(filters)

    def find_member(self) -> None:
        if self.show_page("member"):
            self.list_pages["member"].focus_search()

    def open_record(self, record_type: str, record_id: str) -> None:
        """Open a record: an organisation in its own page, anything else in the record dialog."""
        if record_type == "organization":
            self.open_organization(record_id)
            return
        changes = open_record_dialog(self, self.registry, record_type, record_id=record_id)
        self.apply_changes(changes)

    def open_organization(self, organization_id: str) -> None:
        view = self.organization_view
        if self.current_key() == ORGANIZATION_VIEW and view.organization_id != organization_id \
                and not view.can_leave():
            return
        view.show_organization(organization_id)
        self.stack.setCurrentWidget(view)
        self._sync_navigation()
        self._update_navigation_buttons()
        self._update_actions()

    def close_organization(self) -> None:
        """Back to the organisation list, with the organisation just seen selected."""
        organization_id = self._organization_view.organization_id if self._organization_view else None
        if self.show_page("organization") and organization_id:
            page = self.list_pages["organization"]
            page.ensure_loaded()
            page.select_record(organization_id)
            page.view.setFocus()

    def _step_organization(self, delta: int) -> None:
        """Trước/Sau: the neighbouring organisation in the organisation list as filtered."""
        page = self.list_pages["organization"]
        page.ensure_loaded()
        view = self.organization_view
        if page.model is None or view.organization_id is None:
            return
        row = page.model.row_of(view.organization_id)
        if row is None:
            return
        target = row + delta
        if 0 <= target < page.model.rowCount():
            page.select_row(target)
            view.show_organization(page.model.record_id(target))
            self._update_navigation_buttons()

    def _update_navigation_buttons(self) -> None:
        page = self.list_pages["organization"]
        page.ensure_loaded()  # an organisation opened from the home page still has neighbours
        view = self.organization_view
        row = page.model.row_of(view.organization_id) if page.model and view.organization_id else None
        if row is None:
            view.set_navigation(False, False)
        else:
            view.set_navigation(row > 0, row + 1 < page.model.rowCount())

    def current_organization_id(self) -> str | None:
        """The organisation the officer is looking at: the one open, or the one chosen in its list."""
        key = self.current_key()
        if key == ORGANIZATION_VIEW:
            return self.organization_view.organization_id
        if key == "organization":
            return self.list_pages["organization"].current_record_id()
        return None

    def _current_organization(self) -> tuple[str, str] | None:
        organization_id = self.current_organization_id()
        if organization_id is None:
            return None
        return organization_id, self.registry.get("organization", organization_id).get("name") or ""

    # --- the verbs -----------------------------------------------------------------------

    def add_record(self, record_type: str | None = None) -> None:
        """Thêm: a new record of the kind the officer is looking at."""
        key = self.current_key()
        if record_type is None and key == ORGANIZATION_VIEW:
            self.organization_view.add_record()
            self._update_actions()
            return
        if record_type is None and key in (DASHBOARD, SYNC, CONFLICTS, DUPLICATES):
            return
        if record_type is None:
            record_type = "organization" if key == OVERVIEW else key
        changes = open_record_dialog(self, self.registry, record_type)
        if changes is None:
            return
        self.apply_changes(changes)
        new_ids = changes.records.get(record_type) or set()
        if len(new_ids) != 1:
            return
        new_id = next(iter(new_ids))
        if record_type == "organization":
            self.open_organization(new_id)  # next: its members
        elif self.current_key() == record_type:
            self.list_pages[record_type].select_record(new_id)

    def edit_current(self) -> None:
        key = self.current_key()
        if key == ORGANIZATION_VIEW:
            self.organization_view.edit_record()
            return
        page = self.current_list_page()
        if page is None:
            return
        record_id = page.current_record_id()
        if record_id:
            self.open_record(page.record_type, record_id)

    def delete_current(self) -> None:
        key = self.current_key()
        if key == ORGANIZATION_VIEW:
            self.organization_view.delete_record()
            self._update_actions()
            return
        page = self.current_list_page()
        if page is None:
            return
        record_id = page.current_record_id()
        if not record_id:
            return
        row = page.model.row_of(record_id) if page.model else None
        changes = delete_record(self, self.registry, page.record_type, record_id)
        if changes is None:
            return
        self.apply_changes(changes)
        self.statusBar().showMessage(self.tr("Đã xóa. Bấm Ctrl+Z để hoàn tác."), 8000)
        if row is not None and page.model is not None and page.model.rowCount():
            page.select_row(min(row, page.model.rowCount() - 1))

    def restore_current(self) -> None:
        """Khôi phục: the selected deleted record (an organisation with what went with it)."""
        if self.current_key() == ORGANIZATION_VIEW:
            self.organization_view.restore_record()
            self._update_actions()
            return
        page = self.current_list_page()
        record_id = page.current_record_id() if page is not None else None
        if page is None or not record_id:
            return
        changes = restore_record(self, self.registry, page.record_type, record_id)
        if changes is None:
            return
        self.apply_changes(changes)
        self.statusBar().showMessage(self.tr("Đã khôi phục. Bấm Ctrl+Z để hoàn tác."), 8000)

    def open_selected_organization(self) -> None:
        """Mở hồ sơ tổ chức: the selected organisation, or the one the selected record belongs to."""
        page = self.current_list_page()
        record_id = page.current_record_id() if page is not None else None
        if page is None or not record_id:
            return
        if page.record_type != "organization":
            try:
                record_id = self.registry.get(page.record_type, record_id)["organization_id"]
            except KtttError as exc:
                prompts.warn(self, self.tr("Không mở được"), exc.message())
                return
        self.open_organization(record_id)

    def reload_current(self) -> None:
        key = self.current_key()
        if key == OVERVIEW:
            self.overview_page.refresh()
        elif key == ORGANIZATION_VIEW:
            view = self.organization_view
            for tab in view.child_tabs.values():
                tab.refresh()
            view.reload()
        elif key == DASHBOARD:
            self.dashboard_page.refresh()
        elif key == SYNC:
            self.sync_page.refresh()
        elif key == CONFLICTS:
            self.conflicts_page.refresh()
        elif key == DUPLICATES:
            self.duplicates_page.refresh()
        else:
            self.list_pages[key].refresh()
        self._update_status()
        self.statusBar().showMessage(self.tr("Đã nạp lại dữ liệu."), 3000)

    def undo(self) -> None:
        description = self.registry.undo_description
        if description is None:
            return
        try:
            changes = self.registry.undo()
        except KtttError as exc:
            prompts.warn(self, self.tr("Không hoàn tác được"), exc.message())
            self._update_actions()
            return
        self.apply_changes(changes)
        self.statusBar().showMessage(self.tr("Đã hoàn tác: {action}").format(action=description), 8000)

    def focus_search(self) -> None:
        page = self.current_list_page()
        if page is None:
            if not self.show_page("member" if self.current_key() == OVERVIEW else "organization"):
                return
            page = self.current_list_page()
        if page is not None:
            page.ensure_loaded()
            page.focus_search()

    def escape(self) -> None:
        """Esc: leave the organisation page, or clear the search, whichever applies."""
        if self.current_key() == ORGANIZATION_VIEW:
            view = self.organization_view
            if view.editing:
                view.can_leave()  # Hoãn, asking first if something was typed
            else:
                self.close_organization()
            return
        page = self.current_list_page()
        if page is not None:
            page.clear_search()

    def edit_targets(self) -> None:
        """The plan's targets and the population, in their dialog."""
        from kttt_desktop.ui.targets_dialog import TargetsDialog

        self.apply_changes(TargetsDialog.edit(self.registry, self))

    def _restore_requested(self, source: Path) -> None:
        """The application restores once this window (and its database) is closed."""
        self.pending_restore = source
        self.close()

    def open_settings(self) -> None:
        from kttt_desktop.ui.dialogs import SettingsDialog

        dialog = SettingsDialog(self.registry, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self._update_status()
        self._update_title()
        self.overview_page.mark_stale()
        self.dashboard_page.mark_stale()  # the site's name, the report's issuer

    def show_help(self) -> None:
        from kttt_desktop.ui.help_dialog import HelpDialog

        dialog = HelpDialog(self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def show_about(self) -> None:
        site = self.registry.site
        text = self.tr(
            "KTTT Desktop, phiên bản {version}\n\n"
            "Sổ theo dõi kinh tế tập thể cấp xã: hợp tác xã, tổ hợp tác, liên hiệp hợp tác xã, "
            "thành viên, người lao động và hỗ trợ của Nhà nước.\n\n"
            "Đơn vị: {site}\nTệp dữ liệu: {path}").format(
                version=kttt_desktop.__version__, site=site.name if site else "—",
                path=str(self.registry.path or ":memory:"))
        prompts.inform(self, self.tr("Giới thiệu KTTT Desktop"), text)

    # --- after a write -------------------------------------------------------------------

    def apply_changes(self, changes: Changes | None) -> None:
        """Refresh the pages whose records a write touched (and the Undo item)."""
        if changes is not None and not changes.empty:
            self._refresh_pages(changes, include_organization_view=True)
            self._after_records_changed(changes)
        self._update_actions()

    def _changes_from_organization_view(self, changes: Changes) -> None:
        # The detail view has already refreshed itself.
        self._refresh_pages(changes, include_organization_view=False)
        self._after_records_changed(changes)
        view = self.organization_view
        if changes.touches("organization") and view.record and view.record.get("deleted"):
            self.close_organization()
        self._update_actions()

    def _after_records_changed(self, changes: Changes) -> None:
        """Sync views: a write may open or settle conflicts, and is not sent yet."""
        self.sync_page.mark_stale()
        self.conflicts_page.mark_stale()
        if not self.conflicts_page.isVisible():
            self._update_conflict_badge()
        if changes.touches("organization") or changes.touches("member"):
            # Another tax code or citizen ID may now be shared, or a copy was deleted.
            self.duplicates_page.mark_stale()
            if not self.duplicates_page.isVisible():
                self._update_duplicate_badge()
        if changes.site:
            self._update_sync_actions()

    # --- sync --------------------------------------------------------------------------------

    def _sync_verb(self, verb: Any) -> None:
        """A sync action from the menu or its key: shown on the sync page, where its result stays."""
        if self.show_page(SYNC):
            verb()

    def _after_sync(self) -> None:
        """A package went out or came in: sync states, conflicts and menu items may change."""
        self._update_sync_actions()
        self._update_conflict_badge()
        self.duplicates_page.mark_stale()  # an imported package may bring another commune's copy
        if not self.duplicates_page.isVisible():
            self._update_duplicate_badge()
        if self._organization_view is not None and self._organization_view.organization_id is not None:
            self._organization_view.update_sync_state()

    def _update_sync_actions(self) -> None:
        site = self.registry.site
        upper_level = site is not None and site.level != "commune"
        has_upper = service.upper_peer(self.registry) is not None
        self.export_lower_action.setVisible(upper_level)
        self.setup_file_action.setVisible(upper_level)
        self.join_action.setVisible(not has_upper and site is not None and site.level != "province")

    def _update_conflict_badge(self) -> None:
        self._show_conflict_count(self.conflicts_page.open_count())

    def _show_conflict_count(self, count: int) -> None:
        self._show_badge(CONFLICTS, badge_text(count), count)

    def _update_duplicate_badge(self) -> None:
        self._show_duplicate_count(self.duplicates_page.group_count())

    def _show_duplicate_count(self, count: int) -> None:
        self._show_badge(DUPLICATES, duplicates_badge_text(count), count)

    def _show_badge(self, key: str, text: str, count: int) -> None:
        """A sync page's entry with its count. A commune rarely has conflicts or likely
        duplicates (they arise where packages of several communes meet), so there the entry
        shows only while it has something to show."""
        item = self.sync_navigation.item(self._sync_nav_keys.index(key))
        item.setText(text)
        number = self._page_keys.index(key) + 1
        item.setToolTip(self.tr("{title} (Ctrl+{number})").format(title=text, number=number))
        site = self.registry.site
        hidden = count == 0 and site is not None and site.level == "commune"
        if item.isHidden() != hidden:
            item.setHidden(hidden)
            self._fit_navigation(self.sync_navigation)

    def _refresh_pages(self, changes: Changes, include_organization_view: bool) -> None:
        if changes.site:
            self._update_status()
            self._update_title()
        if any(changes.records.values()):
            self.overview_page.mark_stale()
        if any(changes.records.values()) or changes.targets:
            self.dashboard_page.mark_stale()
        for record_type, page in self.list_pages.items():
            if any(changes.touches(t) for t in _LIST_DEPENDS_ON[record_type]):
                page.mark_stale()
        if include_organization_view and self._organization_view is not None \
                and self._organization_view.organization_id is not None:
            self._organization_view.apply_changes(changes)
        if self.current_key() == ORGANIZATION_VIEW:
            self._update_navigation_buttons()

    def _update_actions(self) -> None:
        key = self.current_key()
        if key == ORGANIZATION_VIEW:
            view = self.organization_view
            child = view.current_child_type()
            add_tip = self.tr("Thêm {noun} vào tổ chức này (Ctrl+N)").format(noun=noun_for(child or "member"))
            has_selection = view.has_selection() and not view.editing
            deleted = has_selection and view.selection_deleted()
            can_add = not view.editing and not (view.record and view.record.get("deleted"))
        elif key == OVERVIEW:
            add_tip = self.tr("Thêm tổ chức mới (Ctrl+N)")
            has_selection = deleted = False
            can_add = True
        elif key in (DASHBOARD, SYNC, CONFLICTS, DUPLICATES):
            add_tip = self.tr("Mở một danh sách để thêm bản ghi")
            has_selection = deleted = False
            can_add = False
        else:
            add_tip = self.tr("Thêm {noun} mới (Ctrl+N)").format(noun=noun_for(key))
            has_selection = self.list_pages[key].current_record_id() is not None
            deleted = has_selection and selection_deleted(self.list_pages[key].view)
            can_add = True
        self.add_action.setEnabled(can_add)
        self.add_action.setToolTip(add_tip)
        self.add_action.setStatusTip(add_tip)
        # A deleted record is not edited or deleted again: it is opened read-only or restored.
        self.edit_action.setEnabled(has_selection and not deleted)
        self.delete_action.setEnabled(has_selection and not deleted)
        self.restore_action.setEnabled(deleted)
        self.open_organization_action.setEnabled(has_selection and key in LIST_TYPES)
        self.find_action.setEnabled(True)
        description = self.registry.undo_description
        self.undo_action.setEnabled(description is not None)
        if description:
            self.undo_action.setText(self.tr("Hoàn tác: {action}").format(action=description))
            self.undo_action.setToolTip(self.tr("Hoàn tác: {action} (Ctrl+Z)").format(action=description))
        else:
            self.undo_action.setText(self.tr("Hoàn tác"))
            self.undo_action.setToolTip(self.tr("Chưa có thao tác nào để hoàn tác"))
        self.undo_action.setIconText(self.tr("Hoàn tác"))
        self.reports.update_actions()

    # --- remembered layout ---------------------------------------------------------------

    def restore_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        geometry = settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry):
            keep_on_screen(self)
        else:
            fit_to_screen(self, QSize(1280, 800))
        state = settings.value("state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value("splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        settings.endGroup()

    def save_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        settings.setValue("splitter", self.splitter.saveState())
        settings.endGroup()
        for page in self.list_pages.values():
            page.save_state(settings)
        if self._organization_view is not None:
            self._organization_view.save_state(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.current_key() == ORGANIZATION_VIEW and not self.organization_view.can_leave():
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)
