"""Starting the window: application set-up, one window per database, first-run set-up.

Start-up does only what must happen before the first paint (fonts, language, the lock,
opening the database); the lists are read when their pages are first shown.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

import kttt_desktop
from kttt_desktop.core import messages, paths
from kttt_desktop.core.backup.service import daily_backup, latest_backup, restore
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.locks import acquire_db_lock
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.resources import resource_path
from kttt_desktop.ui import prompts
from kttt_desktop.ui.background_read import BackgroundRead, wait_for_reads
from kttt_desktop.ui.crash import install_excepthook, setup_logging, trace_native_crashes
from kttt_desktop.ui.fonts import FAMILY as FONT_FAMILY, load_fonts
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.win_mutex import hold_running_mutex

ORGANIZATION_NAME = "KTTT"
APPLICATION_NAME = "KTTT Desktop"
FONT_POINT_SIZE = 10

log = logging.getLogger(__name__)



def use_shipped_font() -> str:
    """Make the shipped Vietnamese font (`fonts.load_fonts`) the font of the whole window;
    returns the family in use."""
    family = load_fonts()
    if family == FONT_FAMILY:
        QApplication.setFont(QFont(FONT_FAMILY, FONT_POINT_SIZE))
    return family


def install_language(app: QCoreApplication) -> str:
    """English if the officer chose it in Settings, else Vietnamese (the source language)."""
    language = "en" if QSettings().value("language") == "en" else "vi"
    messages.set_language(language)
    if language == "en":
        install_shipped_translation(app, "kttt_en.qm")
        qt_translator = QTranslator(app)
        if qt_translator.load(QLocale(QLocale.Language.English), "qtbase", "_",
                              QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_translator)
    else:
        # Qt ships no Vietnamese for its own dialogs (file dialogs, Yes/No/Cancel, the print
        # preview): the program carries it.
        install_shipped_translation(app, "qtbase_vi.qm")
    return language


def install_shipped_translation(app: QCoreApplication, name: str) -> QTranslator | None:
    """Install `resources/translations/<name>`; None when the file is missing or unreadable."""
    qm = resource_path("translations", name) if _has_resources() else None
    translator = QTranslator(app)
    if qm is not None and qm.is_file() and translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    log.warning("translation %s not loaded", name)
    translator.deleteLater()
    return None


def _has_resources() -> bool:
    try:
        resource_path()
        return True
    except FileNotFoundError:
        return False


def _application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv)
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    QCoreApplication.setApplicationVersion(kttt_desktop.__version__)
    assert isinstance(app, QApplication)
    icon = resource_path("icons", "kttt.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_main_window(registry: Registry) -> MainWindow:
    """The window for an open, set-up registry (also what tests use)."""
    window = MainWindow(registry)
    return window


def open_or_recover(path: Path) -> Registry | None:
    """Open the database; if the file is damaged, offer the newest good backup as the way
    out (the damaged file is kept aside by the restore). None when it cannot be opened."""
    try:
        return Registry.open(path)
    except KtttError as exc:
        title = QCoreApplication.translate("app", "Không mở được dữ liệu")
        newest = latest_backup(path) if exc.code == "db_not_a_database" else None
        if newest is None:
            prompts.warn(None, title, exc.message())
            return None
        question = QCoreApplication.translate(
            "app", "{problem}\n\nKhôi phục từ bản sao lưu gần nhất ({backup})? Tệp hỏng được giữ lại "
                   "trong thư mục sao lưu.").format(problem=exc.message(), backup=newest.name)
        if not prompts.confirm(None, title, question, QCoreApplication.translate("app", "Khôi phục")):
            return None
        try:
            restore(path, newest)
            return Registry.open(path)
        except KtttError as again:
            prompts.warn(None, title, again.message())
            return None


def start_of_day_backup(registry: Registry) -> BackgroundRead | None:
    """The day's first automatic backup, in the background on a connection of its own, so a
    province-sized file never delays the window; a restore waits for it (`wait_for_reads`).
    A failure is logged, not shown: the officer's work is not blocked by a backup that can be
    made again tomorrow."""
    if registry.path is None:
        return None
    job = BackgroundRead(registry)
    job.failed.connect(lambda exc: log.error("start-of-day backup failed", exc_info=exc))
    job.ask(lambda other: daily_backup(other.conn, other.path))
    return job


def main(argv: list[str] | None = None, db_path: str | Path | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    app = _application(argv)
    use_shipped_font()
    install_language(app)
    windows: list[MainWindow] = []
    install_excepthook(lambda: windows[0] if windows else QApplication.activeWindow())
    hold_running_mutex()  # the Windows setup refuses to upgrade while this runs

    path = Path(db_path) if db_path is not None else paths.default_db_path()
    # The same lock as `kttt restore`'s (core.locks): one program at a time replaces the file.
    lock = acquire_db_lock(path)
    if lock is None:
        prompts.warn(None, QCoreApplication.translate("app", "KTTT Desktop đang mở"),
                     KtttError("db_locked").message())
        return 1
    log_file = setup_logging()  # after the lock: a refused second window leaves the log alone
    log.info("KTTT Desktop %s starting; log %s", kttt_desktop.__version__, log_file)
    trace_native_crashes()
    try:
        while True:  # again after a restore, on the restored database
            registry = open_or_recover(path)
            if registry is None:
                return 1
            try:
                if registry.site is None:
                    from kttt_desktop.ui.setup_wizard import SetupWizard

                    wizard = SetupWizard(registry, None)
                    wizard.exec()
                    if not getattr(wizard, "site_ready", False) or registry.site is None:
                        return 0
                backup = start_of_day_backup(registry)
                window = build_main_window(registry)
                windows[:] = [window]
                window.show()
                status = int(app.exec())
            finally:
                registry.close()
            if window.pending_restore is None:
                return status
            # Every connection to the file must be closed before it is replaced (Windows
            # refuses to replace or delete an open file): the day's backup and the pages'
            # reads run on threads of their own.
            if backup is not None:
                backup.wait()
            wait_for_reads()
            finish_restore(path, window.pending_restore)
    finally:
        lock.release()


def finish_restore(path: Path, source: Path) -> bool:
    """Restore with the database closed, and say what happened; the caller reopens."""
    title = QCoreApplication.translate("app", "Khôi phục từ bản sao lưu")
    try:
        info, kept = restore(path, source)
    except KtttError as exc:
        prompts.warn(None, title, exc.message())
        return False
    prompts.inform(None, title, QCoreApplication.translate(
        "app", "Đã khôi phục {name} từ {file}. Dữ liệu trước khi khôi phục được giữ tại:\n{kept}").format(
            name=info["name"], file=source.name, kept=kept))
    return True


if __name__ == "__main__":
    sys.exit(main())
