"""The main window: a navigation pane, the pages, and the toolbar verbs officers already know.

The verbs are those of the public-sector programs used at commune level (MISA, HTKK):
Thêm, Sửa, Xóa, Nạp, with the same keys. Every write returns `Changes`; the window passes
them to each page, and a page re-reads only if the change touches what it shows. The window
knows its pages only as a list (`_build_pages`): what a page refreshes and which verbs it
offers is the page's own business (`ui/page.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from kttt_desktop.ui import prompts
from kttt_desktop.ui.attention_page import AttentionPage
from kttt_desktop.ui.backup_actions import BackupActions
from kttt_desktop.ui.conflicts_page import ConflictsPage, badge_text
from kttt_desktop.ui.dashboard_page import DashboardPage
from kttt_desktop.ui.deleted_records import TableContextMenu
from kttt_desktop.ui.duplicates_page import DuplicatesPage, badge_text as duplicates_badge_text
from kttt_desktop.ui.excel_actions import ExcelActions
from kttt_desktop.ui.list_page import ListPage, open_record_dialog
from kttt_desktop.ui.organization_view import OrganizationView
from kttt_desktop.ui.overview_page import OverviewPage
from kttt_desktop.ui.page import Page
from kttt_desktop.ui.register_lists_page import RegisterListsPage
from kttt_desktop.ui.report_actions import ReportActions
from kttt_desktop.ui.screen_fit import fit_to_screen, keep_on_screen
from kttt_desktop.ui.sync_page import SyncPage

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

OVERVIEW = "overview"
DASHBOARD = "dashboard"
ATTENTION = "attention"
ORGANIZATION_VIEW = "organization_view"
SYNC = "sync"
CONFLICTS = "conflicts"
DUPLICATES = "duplicates"
LIST_TYPES = ("organization", "member", "worker", "support", "annual_report", "status_change")
# Lists reached from the navigation without a Ctrl+number of their own: the keys 1–9 stay
# with the pages that have always had them.
UNNUMBERED_LISTS = ("annual_report", "status_change")
# The registers behind the plan's flags share one page («Các sổ chuyên đề»), one list at a time.
REGISTER_LISTS = ("manager", "training", "product", "linkage", "loan", "land")
REGISTERS = "registers"
REGISTER = "register"  # the navigation list of the register's pages
SYNC_PAGES = "sync"  # the navigation list below the rule
SETTINGS_GROUP = "main_window"


@dataclass(frozen=True)
class PageEntry:
    """One page of the window. `key` names it for `show_page`; `title` is its entry in the
    navigation list `group` (Ctrl+1… follow the entries' order), or with no group the page is
    reached from another and its entry is that of `under` (an organisation's own page stays
    under «Tổ chức»). `badge`, for a page that counts something, words its entry with the count.
    `numbered` entries get Ctrl+1… in their order; Ctrl+9 is the last there is."""

    key: str
    title: str
    page: Page
    group: str | None = REGISTER
    under: str | None = None
    badge: Callable[[int], str] | None = None
    numbered: bool = True


class MainWindow(QMainWindow):
    """The program's one window. Pages are built at start but read nothing until shown."""

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        site = registry.site
        # A site's level is set once, at set-up: read once, not each time a count arrives.
        self._at_commune = site is not None and site.level == "commune"
        self.setObjectName("MainWindow")
        self.setMinimumSize(QSize(900, 560))

        self._organization_view: OrganizationView | None = None
        self.stack = QStackedWidget(self)
        self._entries: list[PageEntry] = []
        for entry in self._build_pages():
            self._add_page(entry)

        # The navigation pane: the register's pages, then (below a rule) the sync pages.
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.sync_navigation = QListWidget(self)
        self.sync_navigation.setObjectName("syncNavigation")
        self._nav_keys: list[str] = [e.key for e in self._entries if e.group == REGISTER]
        self._sync_nav_keys: list[str] = [e.key for e in self._entries if e.group == SYNC_PAGES]
        self._page_keys: list[str] = [*self._nav_keys, *self._sync_nav_keys]
        self._page_titles = {e.key: e.title for e in self._entries}
        numbered = [key for key in self._page_keys if next(e for e in self._entries if e.key == key).numbered]
        self._page_numbers: dict[str, int] = {key: number for number, key in enumerate(numbered[:9], start=1)}
        self._nav_items: dict[str, QListWidgetItem] = {}
        for key in self._page_keys:
            target = self.navigation if key in self._nav_keys else self.sync_navigation
            item = QListWidgetItem(self._page_titles[key], target)
            item.setToolTip(self._page_tip(key, self._page_titles[key]))
            self._nav_items[key] = item
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
        for entry in self._entries:
            if entry.badge is not None:
                entry.page.update_count()
        self._update_actions()

    def _build_pages(self) -> list[PageEntry]:
        """The navigation list: every page, in the order of its entries, with the requests
        peculiar to each (opening a record, a filtered list, the targets dialog)."""
        registry = self.registry
        self.overview_page = OverviewPage(registry, self)
        self.overview_page.find_member_requested.connect(self.find_member)
        self.overview_page.open_list_requested.connect(self._open_filtered_list)
        self.list_pages: dict[str, ListPage] = {t: ListPage(registry, t, self) for t in LIST_TYPES + REGISTER_LISTS}
        for page in self.list_pages.values():
            page.open_requested.connect(lambda record_id, p=page: self.open_record(p.record_type, record_id))
            page.organization_requested.connect(self.open_organization)
        self.overview_page.add_organization_requested.connect(self.list_pages["organization"].add_record)
        self.dashboard_page = DashboardPage(registry, self)
        self.dashboard_page.edit_targets_requested.connect(self.edit_targets)
        self.attention_page = AttentionPage(registry, self)
        self.attention_page.organization_requested.connect(self.open_organization)
        self.sync_page = SyncPage(registry, self)
        self.sync_page.synced.connect(lambda: self.apply_changes(Changes(sync=True), self.sync_page))
        self.conflicts_page = ConflictsPage(registry, self)
        self.conflicts_page.open_requested.connect(self.open_record)
        self.duplicates_page = DuplicatesPage(registry, self)
        self.duplicates_page.open_requested.connect(self.open_record)
        list_titles = {"organization": self.tr("Tổ chức"), "member": self.tr("Thành viên"),
                       "worker": self.tr("Người lao động"), "support": self.tr("Hỗ trợ"),
                       "annual_report": self.tr("Kết quả hằng năm"),
                       "status_change": self.tr("Quyết định về tình trạng")}
        register_titles = {"manager": self.tr("Cán bộ quản lý"), "training": self.tr("Đào tạo, bồi dưỡng"),
                           "product": self.tr("Sản phẩm, OCOP"), "linkage": self.tr("Hợp đồng liên kết"),
                           "loan": self.tr("Khoản vay"), "land": self.tr("Đất đai, mặt bằng")}
        self.register_lists_page = RegisterListsPage({t: self.list_pages[t] for t in REGISTER_LISTS},
                                                     register_titles, self)
        return [
            PageEntry(OVERVIEW, self.tr("Tổng quan"), self.overview_page),
            *(PageEntry(t, list_titles[t], self.list_pages[t]) for t in LIST_TYPES if t not in UNNUMBERED_LISTS),
            PageEntry(DASHBOARD, self.tr("Báo cáo – chỉ tiêu"), self.dashboard_page),
            PageEntry(ATTENTION, self.tr("Cần quan tâm"), self.attention_page, numbered=False),
            *(PageEntry(t, list_titles[t], self.list_pages[t], numbered=False) for t in UNNUMBERED_LISTS),
            PageEntry(REGISTERS, self.tr("Các sổ chuyên đề"), self.register_lists_page, numbered=False),
            PageEntry(SYNC, self.tr("Đồng bộ"), self.sync_page, SYNC_PAGES),
            PageEntry(CONFLICTS, badge_text(0), self.conflicts_page, SYNC_PAGES, badge=badge_text),
            PageEntry(DUPLICATES, duplicates_badge_text(0), self.duplicates_page, SYNC_PAGES,
                      badge=duplicates_badge_text),
        ]

    def _add_page(self, entry: PageEntry) -> None:
        """Put a page in the stack, hearing its writes, its verbs and its notes."""
        page = entry.page
        self.stack.addWidget(page)
        page.changed.connect(lambda changes, p=page: self.apply_changes(changes, p))
        page.verbs_changed.connect(self._update_actions)
        page.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        if entry.badge is not None:
            page.count_changed.connect(
                lambda count, key=entry.key, badge=entry.badge: self._show_badge(key, badge(count), count))
        self._entries.append(entry)

    def _page_tip(self, key: str, title: str) -> str:
        """A navigation entry's tip: its title, with its Ctrl+number if it has one."""
        number = self._page_numbers.get(key)
        return self.tr("{title} (Ctrl+{number})").format(title=title, number=number) if number else title

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
        self.status_decision_action = self._action(
            self.tr("Ghi quyết định về tình trạng…"), ["Ctrl+T"], self.record_status_decision,
            self.tr("Ghi quyết định tạm ngừng, hoạt động trở lại, giải thể… của tổ chức đang xem (Ctrl+T)"))
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
        for key in self._page_keys:
            text = self._page_titles[key]
            number = self._page_numbers.get(key)
            action = self._action(text, [f"Ctrl+{number}"] if number else [],
                                  lambda checked=False, k=key: self.show_page(k))
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
        self.mirror_action = self._action(
            self.tr("Đồng bộ lên máy chủ dữ liệu…"), [], lambda: self._sync_verb(self.sync_page.mirror_to_server),
            self.tr("Ghi sổ đã gộp lên cơ sở dữ liệu PostgreSQL dùng chung của các cơ quan cấp trên"))
        # Báo cáo: the dashboard's figures, printed and in Excel, and Excel lists in and out.
        self.targets_action = self._action(
            self.tr("Chỉ tiêu kế hoạch và số dân…"), [], self.edit_targets,
            self.tr("Xem, sửa chỉ tiêu năm 2030, 2045 và số dân"))
        self.reports = ReportActions(self.registry, self, current_organization_id=self.current_organization_id,
                                     as_of=lambda: self.dashboard_page.as_of)
        for action in self.reports.actions():
            self.addAction(action)  # Ctrl+P works on every page
        for action in (self.reports.print_action, self.reports.pdf_action, self.reports.docx_action,
                       self.reports.xlsx_action):
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
        for action in (self.export_lower_action, self.setup_file_action, self.join_action, self.mirror_action):
            self.sync_menu.addAction(action)
        self.sync_menu.addSeparator()
        for key in self._sync_nav_keys:
            self.sync_menu.addAction(self.page_actions[self._page_keys.index(key)])
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
        edit_menu.addAction(self.status_decision_action)
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
        report_menu.addAction(self.reports.document_settings_action)
        report_menu.addSeparator()
        actions = self.reports.actions()
        for action in actions[:4]:
            report_menu.addAction(action)
        report_menu.addAction(self.reports.docx_action)
        report_menu.addSeparator()
        for action in actions[4:]:
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
            for tab in view.child_tabs.values():
                TableContextMenu(tab.view, [self.add_action, self.edit_action, self.delete_action,
                                            self.restore_action, None, self.reload_action], self._update_actions)
            self._add_page(PageEntry(ORGANIZATION_VIEW, "", view, group=None, under="organization"))
            self._organization_view = view
        return self._organization_view

    def _entry(self, widget: QWidget | None) -> PageEntry | None:
        return next((e for e in self._entries if e.page is widget), None)

    def current_page(self) -> Page:
        """The page shown (the overview while none is yet)."""
        entry = self._entry(self.stack.currentWidget())
        return entry.page if entry is not None else self.overview_page

    def current_key(self) -> str:
        entry = self._entry(self.stack.currentWidget())
        return entry.key if entry is not None else OVERVIEW

    def _current_entry_key(self) -> str:
        """The navigation entry of the page shown (an organisation's page: «Tổ chức»)."""
        entry = self._entry(self.stack.currentWidget())
        return (entry.under or entry.key) if entry is not None else OVERVIEW

    def current_list_page(self) -> ListPage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ListPage) else None

    def show_page(self, key: str) -> bool:
        """Show a page of the navigation (or a register's list, on «Các sổ chuyên đề»); False
        if the officer stayed to keep unsaved edits."""
        if not self.current_page().can_leave():
            self._sync_navigation()
            return False
        if key in REGISTER_LISTS:
            self.register_lists_page.show_type(key)
            key = REGISTERS
        self.stack.setCurrentWidget(next(e.page for e in self._entries if e.key == key))
        self._sync_navigation()
        self._update_actions()
        return True

    def _navigation_changed(self, row: int) -> None:
        if 0 <= row < len(self._nav_keys) and self._nav_keys[row] != self._current_entry_key():
            self.show_page(self._nav_keys[row])

    @staticmethod
    def _selected_row(nav: QListWidget) -> int:
        rows = nav.selectedIndexes()
        return rows[0].row() if rows else -1

    def _sync_navigation_changed(self, row: int) -> None:
        if 0 <= row < len(self._sync_nav_keys) and self._sync_nav_keys[row] != self._current_entry_key():
            self.show_page(self._sync_nav_keys[row])

    def _sync_navigation(self) -> None:
        """Select the current page's entry in whichever list holds it, and nothing in the other."""
        nav_key = self._current_entry_key()
        for nav, keys in ((self.navigation, self._nav_keys), (self.sync_navigation, self._sync_nav_keys)):
            nav.blockSignals(True)
            if nav_key in keys:
                nav.setCurrentRow(keys.index(nav_key))
            else:
                nav.clearSelection()
            nav.blockSignals(False)

    def _open_filtered_list(self, record_type: str, filters: dict[str, Any]) -> None:
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
        staying = self.current_page() is view and view.organization_id == organization_id
        if not staying and not self.current_page().can_leave():
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
        model = page.model
        row = model.row_of(view.organization_id) if model and view.organization_id else None
        if model is None or row is None:
            view.set_navigation(False, False)
        else:
            view.set_navigation(row > 0, row + 1 < model.rowCount())

    def current_organization_id(self) -> str | None:
        """The organisation the officer is looking at: the one open, or the one chosen in its list."""
        return self.current_page().current_organization_id()

    def _current_organization(self) -> tuple[str, str] | None:
        organization_id = self.current_organization_id()
        if organization_id is None:
            return None
        return organization_id, self.registry.get("organization", organization_id).get("name") or ""

    # --- the verbs -----------------------------------------------------------------------
    # Each is the shown page's own (`verbs()` says which apply); called by other ways than the
    # toolbar, a page still refuses what does not apply, with its reason.

    def add_record(self) -> None:
        """Thêm: a new record of the kind the officer is looking at."""
        self.current_page().add_record()
        self._update_actions()

    def edit_current(self) -> None:
        self.current_page().edit_record()

    def delete_current(self) -> None:
        self.current_page().delete_record()
        self._update_actions()

    def restore_current(self) -> None:
        """Khôi phục: the selected deleted record (an organisation with what went with it)."""
        self.current_page().restore_record()
        self._update_actions()

    def record_status_decision(self) -> None:
        """Ghi quyết định về tình trạng (Ctrl+T): on the organisation being looked at, on its
        own page (opened first from its list), where the new status and decision show."""
        organization_id = self.current_organization_id()
        if organization_id is None:
            return
        if self.current_page() is not self.organization_view:
            self.open_organization(organization_id)
            if self.current_page() is not self.organization_view:
                return
        self.organization_view.record_status_decision()
        self._update_actions()

    def open_selected_organization(self) -> None:
        """Mở hồ sơ tổ chức: the selected organisation, or the one the selected record belongs to."""
        self.current_page().open_selected_organization()

    def reload_current(self) -> None:
        self.current_page().refresh()
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
        """Tìm: the page's own search, or (on a page with none) the organisation list's."""
        if not self.current_page().focus_search() and self.show_page("organization"):
            self.list_pages["organization"].focus_search()

    def escape(self) -> None:
        """Esc: leave the organisation page, or clear the search, whichever applies."""
        self.current_page().escape()

    def edit_targets(self) -> None:
        """The plan's targets and the population, in their dialog."""
        from kttt_desktop.ui.targets_dialog import TargetsDialog

        changes = TargetsDialog.edit(self.registry, self)
        self.apply_changes(changes)
        if changes is not None:
            self.statusBar().showMessage(
                self.tr("Đã cất chỉ tiêu kế hoạch và số dân.") if changes.targets
                else self.tr("Không có gì thay đổi: chỉ tiêu và số dân giữ như cũ."), 8000)

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
        self.apply_changes(Changes(site=True))  # the officer, the site's name, the report's issuer

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

    def apply_changes(self, changes: Changes | None, origin: Page | None = None) -> None:
        """Tell every page what a write (made on `origin`, if on a page) changed: each reads
        again only what it must. Then the window's own parts: title, status bar, menus, verbs."""
        if changes is not None and not changes.empty:
            if changes.site:
                self._update_status()
                self._update_title()
            for entry in list(self._entries):
                entry.page.apply_changes(changes, origin)
            if self.current_key() == ORGANIZATION_VIEW:
                self._update_navigation_buttons()  # its neighbours in the list may have moved
            if changes.site or changes.sync:
                self._update_sync_actions()
        self._update_actions()

    # --- sync --------------------------------------------------------------------------------

    def _sync_verb(self, verb: Any) -> None:
        """A sync action from the menu or its key: shown on the sync page, where its result stays."""
        if self.show_page(SYNC):
            verb()

    def _update_sync_actions(self) -> None:
        site = self.registry.site
        upper_level = site is not None and site.level != "commune"
        has_upper = self.registry.sync.upper_peer() is not None
        self.export_lower_action.setVisible(upper_level)
        self.setup_file_action.setVisible(upper_level)
        self.mirror_action.setVisible(upper_level)
        self.join_action.setVisible(not has_upper and site is not None and site.level != "province")

    def _show_badge(self, key: str, text: str, count: int) -> None:
        """A page's entry with its count. A commune rarely has conflicts or likely duplicates
        (they arise where packages of several communes meet), so there such an entry shows
        only while it has something to show."""
        item = self._nav_items[key]
        item.setText(text)
        item.setToolTip(self._page_tip(key, text))
        hidden = count == 0 and self._at_commune

        if item.isHidden() != hidden:
            item.setHidden(hidden)
            self._fit_navigation(item.listWidget())

    def _update_actions(self) -> None:
        """The toolbar's verbs as the shown page offers them for its selection."""
        verbs = self.current_page().verbs()
        add_tip = verbs.add_tip or self.tr("Mở một danh sách để thêm bản ghi")
        self.add_action.setEnabled(verbs.can_add)
        self.add_action.setToolTip(add_tip)
        self.add_action.setStatusTip(add_tip)
        self.edit_action.setEnabled(verbs.can_edit)
        self.delete_action.setEnabled(verbs.can_delete)
        self.restore_action.setEnabled(verbs.can_restore)
        self.open_organization_action.setEnabled(verbs.can_open_organization)
        self.find_action.setEnabled(True)
        self.status_decision_action.setEnabled(self.current_organization_id() is not None)
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
        for entry in self._entries:
            entry.page.save_state(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.current_page().can_leave():
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)
