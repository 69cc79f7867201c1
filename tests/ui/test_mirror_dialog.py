"""«Đồng bộ lên máy chủ dữ liệu…» on an upper-level site, through the real window against a real
PostgreSQL server: a refused password said in one line with nothing written, a run with its
counts, a second run that finds nothing new, the address remembered and the password not;
a commune is not offered it."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from kttt_desktop.core.mirror import service
from kttt_desktop.core.records.fields import RECORD_TYPES
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import prompts
from kttt_desktop.ui.app import build_main_window
from kttt_desktop.ui.mirror_dialog import ADDRESS_KEY, MirrorDialog
from tests.core.factories import htx

PASSWORD = "mat-khau-khu-vuc"


@pytest.fixture
def registry(empty_registry: Registry) -> Registry:
    """An area (107) whose merged register holds two cooperatives of Xã Bum Tở."""
    empty_registry.init_site("district", "107", "Khu vực Mường Tè", "Cán bộ khu vực")
    for name in ("HTX Chè Shan tuyết Bum Tở", "HTX Sâm Bum Tở"):
        empty_registry.create("organization", htx(name=name, commune_code="03433"))
    return empty_registry


@pytest.fixture
def address(registry: Registry, mirror_db: Any) -> str:
    """The area's own account on the server, set up by the administrator, with its password."""
    role = f"kttt_test_area_{uuid.uuid4().hex[:8]}"
    service.setup_source(registry.conn, mirror_db.admin_url, role)
    mirror_db.set_password(role, PASSWORD)
    return str(mirror_db.url(role))


def open_dialog(qtbot: Any, window: Any) -> MirrorDialog:
    window.mirror_action.trigger()
    page = window.sync_page
    qtbot.waitUntil(lambda: page.mirror_dialog is not None and page.mirror_dialog.isVisible())
    assert window.current_page() is page
    return page.mirror_dialog


def run(qtbot: Any, window: Any, told: list[str], address: str, password: str,
        progress: list[int] | None = None) -> str:
    """Fill the dialog, press «Đồng bộ», and wait for the one message the run ends with;
    `progress` gets the progress dialog's maximum as the run ends (closed, the dialog has
    reset its value)."""
    dialog = open_dialog(qtbot, window)
    dialog.address_edit.setText(address)
    dialog.password_edit.setText(password)
    before = len(told)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    operation = window.sync_page.operation
    assert operation is not None  # the run is in the background, the window free
    if progress is not None:
        tell = prompts.inform

        def informed(parent: Any, title: str, text: str) -> None:
            progress.append(operation.dialog.maximum())
            tell(parent, title, text)

        prompts.inform = informed
    try:
        qtbot.waitUntil(lambda: len(told) > before and window.sync_page.operation is None)
    finally:
        if progress is not None:
            prompts.inform = tell
    assert len(told) == before + 1
    return told[-1]


def organizations_mirrored(mirror_db: Any) -> int:
    return int(mirror_db.query("SELECT count(*) FROM kttt.organization WHERE source_site = '107'")[0][0])


def test_a_refused_password_then_a_run_then_nothing_new(qtbot, main_window, told, address, mirror_db, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    window, page = main_window, main_window.sync_page
    window.show_page("sync")
    assert page.mirror_button.isVisible() and page.mirror_button.isEnabled()

    refused = run(qtbot, window, told, address, "sai-mat-khau")
    assert "từ chối tài khoản" in refused and "Hãy nhập lại mật khẩu" in refused and "\n" not in refused
    assert page.result_banner.isVisible() and page.result_banner.property("problem")
    assert organizations_mirrored(mirror_db) == 0

    progress: list[int] = []
    done = run(qtbot, window, told, address, PASSWORD, progress)
    records = sum(counts.new for name, counts in page.last_mirror.tables.items() if name in RECORD_TYPES)
    assert progress == [records] and records >= 2  # the run reported its records to the dialog
    assert done.startswith("Đã đồng bộ lên ") and "Tổ chức kinh tế tập thể: 2 mới, 0 sửa" in done
    assert PASSWORD not in done
    assert organizations_mirrored(mirror_db) == 2
    assert page.last_mirror is not None and page.last_mirror.full
    assert not page.result_banner.property("problem")

    again = run(qtbot, window, told, address, PASSWORD)
    assert again == "Không có gì thay đổi kể từ lần đồng bộ trước: máy chủ dữ liệu giữ nguyên."
    assert organizations_mirrored(mirror_db) == 2


def test_the_address_is_remembered_and_the_password_is_not(qtbot, main_window, told, address, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    run(qtbot, main_window, told, address, PASSWORD)
    assert QSettings().value(ADDRESS_KEY) == address
    QSettings().sync()
    settings_file = Path(QSettings().fileName())
    assert PASSWORD not in settings_file.read_text(encoding="utf-8", errors="replace")
    dialog = open_dialog(qtbot, main_window)
    assert dialog.address_edit.text() == address and dialog.password_edit.text() == ""
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    dialog.reject()


def test_a_wrong_address_is_said_in_the_dialog_which_stays_open(qtbot, main_window, told):
    dialog = open_dialog(qtbot, main_window)
    dialog.address_edit.setText("http://máy-chủ/kttt")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "postgresql://" in dialog.error_label.text()
    dialog.address_edit.setText("postgresql://kttt_tinh:mat-khau@máy-chủ/kttt")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "ô «Mật khẩu»" in dialog.error_label.text()
    assert QSettings().value(ADDRESS_KEY) in (None, "")
    dialog.address_edit.clear()
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: main_window.sync_page.mirror_dialog is None)
    assert told == [] and main_window.sync_page.operation is None


def test_a_commune_is_not_offered_the_data_server(qtbot, tmp_path):
    commune = Registry.open(tmp_path / "commune.sqlite")
    commune.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    try:
        window = build_main_window(commune)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.sync_menu.aboutToShow.emit()
        assert not window.mirror_action.isVisible()
        window.show_page("sync")
        assert not window.sync_page.mirror_button.isVisible()
        window.sync_page.mirror_to_server()
        assert window.sync_page.mirror_dialog is None
    finally:
        window.close()
        commune.close()
