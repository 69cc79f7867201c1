"""The conflicts page: both values with who and when, resolving, the navigation badge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kttt_desktop.core.registry import Registry
from kttt_desktop.core.sync import service
from kttt_desktop.ui import prompts
from kttt_desktop.ui.app import build_main_window
from kttt_desktop.ui.conflicts_page import ConflictsPage, ConflictTableModel
from kttt_desktop.ui.main_window import MainWindow


@pytest.fixture
def sites(tmp_path: Path):
    """A district (107) and Xã Bum Tở (03433) that already share one organisation."""
    for name in ("district", "commune", "packages"):
        (tmp_path / name).mkdir()
    district = Registry.open(tmp_path / "district" / "kttt.db")
    district.init_site("district", "107", "Khu vực Mường Tè", "Cán bộ huyện")
    setup = tmp_path / "setup-03433.json"
    service.write_setup_file(district, "03433", "Xã Bum Tở", setup)
    commune = Registry.open(tmp_path / "commune" / "kttt.db")
    service.init_from_setup_file(commune, setup, officer="Lò Văn Hương")
    org = commune.create("organization", {"name": "HTX Chè Shan tuyết Bum Tở", "kind": "htx"}).record
    service.import_files(district, [service.export_package(commune, tmp_path / "packages").path])
    yield district, commune, org, tmp_path / "packages"
    district.close()
    commune.close()


def same_field_conflict(district: Registry, commune: Registry, org: dict, folder: Path) -> None:
    """Both sides change the phone number; the district then receives the commune's edit."""
    district.update("organization", org["id"], {"phone": "0912345678"})
    commune.update("organization", org["id"], {"phone": "0987654321"})
    [result] = service.import_files(district, [service.export_package(commune, folder).path])
    assert result.counts.as_json()["organization"]["conflicts"] == 1


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def confirm(parent, title, text, yes=None) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "warn", lambda *args: pytest.fail(f"unexpected warning {args}"))
    return asked


def open_window(qtbot, registry: Registry) -> MainWindow:
    window = build_main_window(registry)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def badge(window: MainWindow) -> str:
    return window.sync_navigation.item(1).text()


def test_taking_the_received_value_resolves_the_conflict(qtbot, qtmodeltester, sites,
                                                         confirmations: list[str]) -> None:
    district, commune, org, folder = sites
    same_field_conflict(district, commune, org, folder)
    window = open_window(qtbot, district)
    assert badge(window) == "Xung đột (1)"

    window.show_page("conflicts")
    page = window.conflicts_page
    model = page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    texts = [model.index(0, c).data() for c in range(4)]
    assert "HTX Chè Shan tuyết Bum Tở" in texts[ConflictTableModel.RECORD]
    assert texts[ConflictTableModel.FIELD] == "Điện thoại"
    assert "0912345678" in texts[ConflictTableModel.MINE] and "Cán bộ huyện" in texts[ConflictTableModel.MINE]
    theirs = texts[ConflictTableModel.THEIRS]
    assert "0987654321" in theirs and "Xã Bum Tở" in theirs and "Lò Văn Hương" in theirs
    assert page.mine_side.value.text() == "0912345678"
    assert page.theirs_side.value.text() == "0987654321"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Bản ghi", "Trường", "Giá trị của đơn vị mình", "Giá trị nhận được"]

    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    assert len(confirmations) == 1 and "0987654321" in confirmations[0]
    assert model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == "Không có xung đột nào."
    assert not page.detail.isVisible()
    assert district.get("organization", org["id"])["phone"] == "0987654321"
    assert service.open_conflicts(district) == []
    assert badge(window) == "Xung đột"
    qtmodeltester.check(model)


def test_declining_the_confirmation_changes_nothing(qtbot, sites, monkeypatch: pytest.MonkeyPatch) -> None:
    district, commune, org, folder = sites
    same_field_conflict(district, commune, org, folder)
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes=None: False)
    page = ConflictsPage(district)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 1
    shown_phone = district.get("organization", org["id"])["phone"]
    page.keep_button.click()
    assert page.model.rowCount() == 1
    assert district.get("organization", org["id"])["phone"] == shown_phone


def test_edit_against_deletion_shows_both_sides(qtbot, qtmodeltester, sites, confirmations: list[str]) -> None:
    district, commune, org, folder = sites
    district.delete("organization", org["id"], "Nhập trùng")
    commune.update("organization", org["id"], {"phone": "0987654321"})
    service.import_files(district, [service.export_package(commune, folder).path])
    page = ConflictsPage(district)
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    assert page.model.index(0, ConflictTableModel.FIELD).data() == "Xóa hay giữ bản ghi"
    assert page.mine_side.value.text() == "Đã xóa (lý do: Nhập trùng)"
    assert page.theirs_side.value.text().startswith("Sửa sau khi bị xóa")
    assert "0987654321" in page.theirs_side.value.text()
    page.take_button.click()
    record = district.get("organization", org["id"])
    assert record["deleted"] is False and record["phone"] == "0987654321"
    assert page.model.rowCount() == 0


def test_no_conflicts_shows_the_empty_state(qtbot, sites) -> None:
    district, *_ = sites
    page = ConflictsPage(district)
    qtbot.addWidget(page)
    page.show()
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.isVisible() and page.empty_label.text() == "Không có xung đột nào."


def test_an_import_with_a_conflict_updates_the_badge(qtbot, sites, monkeypatch: pytest.MonkeyPatch) -> None:
    district, commune, org, folder = sites
    district.update("organization", org["id"], {"phone": "0912345678"})
    commune.update("organization", org["id"], {"phone": "0987654321"})
    package = service.export_package(commune, folder).path
    informed: list[str] = []
    monkeypatch.setattr(prompts, "choose_open_files", lambda parent, title, filter, purpose: [package])
    monkeypatch.setattr(prompts, "inform", lambda parent, title, text: informed.append(text))
    window = open_window(qtbot, district)
    assert badge(window) == "Xung đột"
    window.import_action.trigger()
    page = window.sync_page
    qtbot.waitUntil(lambda: page.preview is not None and page.operation is None, timeout=10_000)
    assert page.preview.files[0].model.count("organization", "conflicts") == 1
    page.preview.import_button.click()
    qtbot.waitUntil(lambda: page.operation is None and bool(informed), timeout=10_000)
    assert "xung đột" in informed[-1]
    assert badge(window) == "Xung đột (1)"
