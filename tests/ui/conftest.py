"""Fixtures shared by the window's tests: a fresh database per test, isolated settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QDialog

from kttt_desktop.core.registry import Registry
from kttt_desktop.ui.forms.record_dialog import RecordDialog


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep QSettings (window sizes, language) out of the tester's own profile."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def empty_registry(tmp_path: Path) -> Registry:
    """A new database whose site is not set up yet (what the first start sees)."""
    registry = Registry.open(tmp_path / "kttt.db")
    yield registry
    registry.close()


@pytest.fixture
def registry(empty_registry: Registry) -> Registry:
    """A commune site, Xã Bum Tở (03433), with officer Lò Văn Hương."""
    empty_registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    return empty_registry


@pytest.fixture
def make_org(registry: Registry) -> Callable[..., dict[str, Any]]:
    """Create an organisation (an HTX unless told) and return its JSON record."""
    counter = iter(range(1, 10_000))

    def make(**values: Any) -> dict[str, Any]:
        values.setdefault("name", f"HTX thử nghiệm {next(counter)}")
        values.setdefault("kind", "htx")
        return registry.create("organization", values).record

    return make


# --- window fixtures (main window, lists, table models) ------------------------------------

MEMBER_NAMES = ("Nguyễn Văn Đức", "Nguyễn Văn Dũng", "Lò Thị Mai", "Đặng Thị Hoa", "Pờ Xuân Hùng")


@pytest.fixture(autouse=True)
def _test_application_names() -> None:
    """QSettings() in the window reads these; a test value keeps them apart from the real ones."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName("KTTT-test")
    QCoreApplication.setApplicationName("KTTT Desktop tests")


@pytest.fixture
def populated(registry: Registry, make_org: Callable[..., dict[str, Any]]) -> dict[str, Any]:
    """Three organisations in two villages, members with diacritics, a worker and a support.

    Returns the records by role: ``htx`` (Bản Nậm Củm, 5 members, one of whom left),
    ``tht`` (Bản Pắc Ma, 2 members), ``other`` (an HTX with no children), plus ``members``.
    """
    htx = make_org(name="HTX Nông nghiệp Bum Tở", village="Bản Nậm Củm", charter_capital_vnd=1_250_000_000,
                   registration_date="2021-03-15")
    tht = make_org(name="Tổ hợp tác Dệt thổ cẩm", kind="tht", village="Bản Pắc Ma")
    other = make_org(name="HTX Chè Shan tuyết", village="Bản Pắc Ma", status="suspended")
    members = []
    for number, name in enumerate(MEMBER_NAMES):
        values = {"organization_id": htx["id"], "full_name": name, "gender": "male" if number % 2 == 0 else "female",
                  "birth_date": f"19{70 + number}-0{number + 1}-15", "ethnicity_code": "01",
                  "village": "Bản Nậm Củm", "capital_vnd": 5_000_000 * (number + 1), "joined_on": "2022-05-01"}
        if number == 4:
            values["left_on"] = "2024-01-10"
        members.append(registry.create("member", values).record)
    for name in ("Lỳ Thị Sen", "Chu Văn Thắng"):
        members.append(registry.create("member", {"organization_id": tht["id"], "full_name": name,
                                                  "membership": "member", "village": "Bản Pắc Ma"}).record)
    worker = registry.create("worker", {"organization_id": htx["id"], "full_name": "Vàng A Dế",
                                        "is_member": True, "contract": "seasonal",
                                        "started_on": "2023-04-01"}).record
    support = registry.create("support", {"organization_id": htx["id"], "category": "training",
                                          "content": "Tập huấn kỹ thuật trồng chè", "amount_vnd": 25_000_000,
                                          "decision_date": "2024-06-12", "stage": "disbursed",
                                          "indivisible_asset": True}).record
    return {"htx": htx, "tht": tht, "other": other, "members": members, "worker": worker, "support": support}


@contextmanager
def language_installed(qapp: QCoreApplication, language: str) -> Iterator[None]:
    """The translators start-up installs for `language` ("vi" or "en"), chosen in the settings
    as Settings does; every translator removed and Vietnamese restored afterwards."""
    from kttt_desktop.core import messages
    from kttt_desktop.ui import app

    before = set(qapp.findChildren(QTranslator))
    QSettings().setValue("language", language)
    try:
        assert app.install_language(qapp) == language
        yield
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        messages.set_language("vi")
        QSettings().remove("language")


@pytest.fixture
def main_window(qtbot: Any, registry: Registry) -> Any:
    """The main window as the officer gets it: built the way the program builds it, shown and
    active (keyboard shortcuts need the active window)."""
    from kttt_desktop.ui.app import build_main_window

    window = build_main_window(registry)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(main_window: Any) -> Any:
    """The shown main window, under the name most window tests use (a module may define its own)."""
    return main_window


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every information or warning box (and of the box after a file is written),
    none really opened."""
    from kttt_desktop.ui import prompts

    messages: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda parent, title, text: messages.append(text))
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: messages.append(text))
    monkeypatch.setattr(prompts, "tell_written", lambda parent, title, text, path, readable=True, open_label=None:
                        messages.append(text))
    return messages


@pytest.fixture
def dialog_steps(monkeypatch: pytest.MonkeyPatch) -> list[Callable[[RecordDialog], None]]:
    """The officer's steps in each record dialog the window opens (shown, not run modally):
    append one function per dialog expected; each is popped when its dialog opens."""
    steps: list[Callable[[RecordDialog], None]] = []

    def run_modal(dialog: RecordDialog) -> int:
        dialog.show()
        steps.pop(0)(dialog)
        return (QDialog.DialogCode.Accepted if dialog.saved_ids else QDialog.DialogCode.Rejected).value

    monkeypatch.setattr(RecordDialog, "exec", run_modal)
    return steps
