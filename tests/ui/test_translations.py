"""The English translation: complete, up to date with the code, compiled, and really shown."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from kttt_desktop.core.registry import Registry
from kttt_desktop.core.resources import resource_path
from kttt_desktop.ui.forms.record_dialog import RecordDialog
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.models.columns import count_text
from tests.ui.conftest import language_installed

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("translations", "kttt_en.ts")
QM = resource_path("translations", "kttt_en.qm")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%L?[0-9]")


def find_tool(name: str) -> str | None:
    """pyside6-lupdate / pyside6-lrelease beside this Python, on PATH, or inside PySide6."""
    import PySide6

    for candidate in (shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)),
                      shutil.which(f"pyside6-{name}"),
                      shutil.which(name, path=str(Path(PySide6.__file__).parent))):
        if candidate:
            return candidate
    return None


def messages_of(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def test_every_message_is_translated() -> None:
    root = ET.parse(TS).getroot()
    assert root.get("sourcelanguage") == "vi" and root.get("language") == "en"
    found = messages_of(TS)
    assert len(found) > 200
    for (context, source), message in found.items():
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        assert translation is not None, where
        assert translation.get("type") is None, f"{translation.get('type')} {where}"
        if message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.iter("numerusform")]
            assert len(texts) == 2, where  # English: singular and plural
        else:
            texts = [translation.text or ""]
        for text in texts:
            assert text.strip(), where
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            assert text.count("&") == source.count("&"), where  # menu accelerators kept


def test_the_ts_file_has_every_string_of_the_code(tmp_path: Path) -> None:
    lupdate = find_tool("lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate not found")
    fresh = tmp_path / "kttt_en.ts"
    subprocess.run([lupdate, "-extensions", "py", "kttt_desktop/ui", "-source-language", "vi",
                    "-target-language", "en", "-ts", str(fresh)],
                   cwd=ROOT, check=True, capture_output=True)
    in_code = set(messages_of(fresh))
    shipped = set(messages_of(TS))
    assert not in_code - shipped, "run lupdate (resources/translations/README.md)"
    assert not shipped - in_code, "obsolete strings: run lupdate with -no-obsolete"


def assert_compiled(ts: Path, qm: Path, folder: Path) -> None:
    """`qm` is what lrelease makes of `ts` now (skipped where lrelease is missing)."""
    lrelease = find_tool("lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease not found")
    compiled = folder / qm.name
    subprocess.run([lrelease, str(ts), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == qm.read_bytes(), "run lrelease (resources/translations/README.md)"


def test_the_qm_file_is_compiled_from_the_ts_file(tmp_path: Path) -> None:
    assert_compiled(TS, QM, tmp_path)


@pytest.fixture
def english(qapp):
    """The English translator as the program installs it; everything put back afterwards."""
    with language_installed(qapp, "en"):
        yield
    assert QCoreApplication.translate("MainWindow", "Thêm") == "Thêm"


def test_the_window_speaks_english(english, qtbot, registry: Registry) -> None:
    org = registry.create("organization", {"name": "HTX Nông nghiệp Bum Tở", "kind": "htx"}).record
    registry.create("member", {"organization_id": org["id"], "full_name": "Lò Thị Mai"})
    window = MainWindow(registry)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert window.add_action.text() == "Add"
    assert window.undo_action.iconText() == "Undo"
    assert [window.navigation.item(row).text() for row in range(window.navigation.count())] == [
        "Overview", "Organisations", "Members", "Workers", "Support", "Reports – targets", "Needs attention",
        "Yearly results", "Status decisions", "Registers"]
    assert [action.text() for action in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Reports",
                                                                          "&Help"]
    assert window.overview_page.tiles["htx"].caption.text() == "Operating cooperatives"

    window.show_page("member")
    page = window.list_pages["member"]
    assert page.count_label.text() == "1 member"
    assert [page.model.headerData(n, Qt.Orientation.Horizontal) for n in (0, 1)] == ["No.", "Full name"]
    assert count_text("member", 2) == "2 members"

    window.open_organization(org["id"])
    view = window.organization_view
    assert view.tabs.tabText(0) == "General"
    assert view.tabs.tabText(1) == "Members (1)"
    assert "Name" in view.form.field_label("name").text()
    assert view.form.editor("kind").currentText() == "Cooperative"
    assert "Cooperative" in view.subtitle_label.text()

    dialog = RecordDialog(registry, "member", preset={"organization_id": org["id"]}, parent=window)
    assert dialog.windowTitle() == "Add member"
    assert "Full name" in dialog.form.field_label("full_name").text()
    assert dialog.form.editor("membership").currentText() == "Official member"
    assert dialog.save_button.text() == "Save" and dialog.cancel_button.text() == "Cancel"
    dialog.deleteLater()
