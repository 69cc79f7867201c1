"""Regenerate the screenshots in docs/screenshots from demo data (headless).

Run from the repository root:  QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    from PySide6.QtCore import QSettings

    from kttt_desktop.core.db.queries import ListQuery
    from kttt_desktop.core.demo.loader import fill_demo
    from kttt_desktop.core.registry import Registry
    from kttt_desktop.ui.app import _application, build_main_window, use_shipped_font

    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        app = _application([])
        use_shipped_font()
        registry = Registry.open(Path(folder) / "demo.sqlite")
        registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
        fill_demo(registry, seed=1, scale="commune")
        window = build_main_window(registry)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)

        def shoot(name: str) -> None:
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(OUT / f"{name}.png"))
            print(OUT / f"{name}.png")

        while window.overview_page.snapshot is None or window.overview_page.busy:
            app.processEvents()  # the tiles are counted in the background
        shoot("overview")
        window.show_page("organization")
        shoot("main_window")
        window.show_page("member")
        page = window.list_pages["member"]
        page.search_box.setText("lo thi")
        for _ in range(50):
            app.processEvents()
        page.apply_query()
        shoot("member_search")
        biggest = max(registry.list_records("organization"),
                      key=lambda org: registry.count(ListQuery("member", organization_id=org["id"])))
        window.open_organization(biggest["id"])  # its page itself: at the small screens' sizes below
        view = window.organization_view
        view.tabs.setCurrentWidget(view.child_tabs["member"])
        shoot("organization_members")
        window.close_organization()
        window.show_page("dashboard")
        dashboard = window.dashboard_page
        while dashboard.report is None or dashboard.busy:
            app.processEvents()
        shoot("dashboard")
        shoot_import_wizard(app, registry, biggest["id"])
        shoot_report_pages(registry, Path(folder))
        most_entries = max(registry.list_records("organization"), key=lambda org: sum(
            registry.count(ListQuery(record_type, organization_id=org["id"])) for record_type in REGISTER_TABS))
        shoot_small_screens(app, window, biggest["id"], most_entries["id"])
        window.close()
        registry.close()


def shoot_report_pages(registry, folder: Path) -> None:
    """The year's report's first page as the program prints it (PDF, also larger for the
    README) and as LibreOffice shows the Word document; skipped without pdftoppm or LibreOffice."""
    import shutil
    import subprocess

    from kttt_desktop.core.reports.docx_report import write_report_docx
    from kttt_desktop.core.reports.summary import build_report
    from kttt_desktop.core.reports.year_report import build_year_report
    from kttt_desktop.ui.printing.pdf import write_pdf
    from kttt_desktop.ui.printing.report_document import report_document

    office = shutil.which("libreoffice") or shutil.which("soffice")
    if shutil.which("pdftoppm") is None or office is None:
        print("pdftoppm or LibreOffice missing: report pages not made")
        return
    year = registry.today.year
    report = build_report(registry, registry.today)
    report.year_report = build_year_report(registry, year)
    pdf = write_pdf(report_document(report), folder / "bao-cao.pdf")
    docx = write_report_docx(report, folder / "bao-cao-word.docx", report.year_report)
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(folder / "word"), str(docx)],
                   check=True, capture_output=True, timeout=180)
    for source, name, dpi in ((pdf, "report_page1", 100), (pdf, "report_pdf_page1", 60),
                              (folder / "word" / "bao-cao-word.pdf", "report_docx_page1", 60)):
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(source),
                        str(OUT / name)], check=True)
        print(OUT / f"{name}.png")


def shoot_import_wizard(app, registry, organization_id: str) -> None:
    """The Excel import wizard's preview of the messy sample list (rows with errors)."""
    from kttt_desktop.ui.xlsx_import import XlsxImportWizard

    sample = ROOT / "tests" / "core" / "xlsx" / "fixtures" / "danh_sach_thanh_vien_HTX_mau.xlsx"
    wizard = XlsxImportWizard(registry, organization_id=organization_id)
    wizard.show()

    def settle(done) -> None:
        while not done():
            app.processEvents()

    wizard.open_file(sample)
    settle(lambda: wizard.currentId() == wizard.MAPPING_PAGE and wizard.operation is None)
    wizard.next()
    settle(lambda: wizard.preview_page.preview is not None and wizard.operation is None)
    wizard.preview_page.tabs.setCurrentIndex(1)  # the errors and warnings
    for _ in range(5):
        app.processEvents()
    wizard.grab().save(str(OUT / "excel_import_preview.png"))
    print(OUT / "excel_import_preview.png")
    wizard.reject()


SMALL_SCREENS = [(1024, 700), (1366, 768)]


REGISTER_TABS = ("manager", "training", "product", "linkage", "loan", "land")


def shoot_small_screens(app, window, organization_id: str, registers_id: str) -> None:
    """Every page, an organisation's page, and the register tabs of the organisation with the
    most register entries, at the sizes of commune PCs' screens."""
    from PySide6.QtCore import Qt

    def settle() -> None:
        dashboard = window.dashboard_page
        while dashboard.busy or window.attention_page.busy:
            app.processEvents()
        for _ in range(10):
            app.processEvents()

    for width, height in SMALL_SCREENS:
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(width, height)
        for key in window._page_keys:
            window.show_page(key)
            settle()
            path = OUT / f"page_{key}_{width}x{height}.png"
            window.grab().save(str(path))
            print(path)
        window.open_organization(organization_id)
        settle()
        path = OUT / f"page_organization_view_{width}x{height}.png"
        window.grab().save(str(path))
        print(path)
        view = window.organization_view
        view.tabs.setCurrentWidget(view.child_tabs["annual_report"])  # its yearly results
        settle()
        path = OUT / f"organization_yearly_results_{width}x{height}.png"
        window.grab().save(str(path))
        print(path)
        view.tabs.setCurrentIndex(view.INFO_TAB)
        window.close_organization()
        window.open_organization(registers_id)
        settle()
        view = window.organization_view
        for record_type in REGISTER_TABS:
            view.tabs.setCurrentWidget(view.child_tabs[record_type])
            settle()
            path = OUT / f"organization_{record_type}_{width}x{height}.png"
            window.grab().save(str(path))
            print(path)
        view.tabs.setCurrentIndex(view.INFO_TAB)
        window.close_organization()


if __name__ == "__main__":
    main()
