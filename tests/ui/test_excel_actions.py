"""Excel from the window: the lists exported in the background, the template, the import wizard."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMainWindow

from kttt_desktop.core.registry import Changes
from kttt_desktop.ui import prompts
from kttt_desktop.ui.excel_actions import ExcelActions


@pytest.fixture
def window(qtbot) -> QMainWindow:
    widget = QMainWindow()
    qtbot.addWidget(widget)
    return widget


def save_to(monkeypatch, path: Path | None) -> None:
    monkeypatch.setattr(prompts, "choose_save_file", lambda parent, title, name, pattern, purpose: path)


def data_rows(path: Path) -> list[int]:
    """Per sheet in order, the rows under the header."""
    book = load_workbook(path, read_only=True)
    try:
        return [sum(1 for row in ws.iter_rows(min_row=2, values_only=True) if any(v is not None for v in row))
                for ws in book.worksheets]
    finally:
        book.close()


def test_the_three_actions(window, registry) -> None:
    texts = [action.text() for action in ExcelActions(registry, window).actions()]
    assert texts == ["Xuất danh sách ra Excel…", "Tải mẫu Excel để nhập…", "Nhập từ Excel…"]


def test_the_lists_are_exported_in_the_background(qtbot, window, registry, populated, tmp_path, monkeypatch,
                                                  told) -> None:
    save_to(monkeypatch, tmp_path / "danh sach")  # the suffix is added
    actions = ExcelActions(registry, window)
    with qtbot.waitSignal(actions.written, timeout=20_000) as written:
        actions.export_action.trigger()
    path = written.args[0]
    assert path == tmp_path / "danh sach.xlsx" and path.exists()
    assert told == [f"Đã ghi tệp:\n{path}"]
    assert data_rows(path)[:2] == [3, len(populated["members"])]


def test_the_open_organisation_alone_can_be_exported(qtbot, window, registry, populated, tmp_path,
                                                     monkeypatch, told) -> None:
    htx = populated["htx"]
    asked: list[list[str]] = []

    def choose(parent, title, label, items, current=0):
        asked.append(items)
        return 1

    monkeypatch.setattr(prompts, "choose_item", choose)
    save_to(monkeypatch, tmp_path / "htx.xlsx")
    actions = ExcelActions(registry, window, current_organization=lambda: (htx["id"], htx["name"]))
    with qtbot.waitSignal(actions.written, timeout=20_000):
        actions.export_action.trigger()
    assert asked == [["Toàn bộ sổ (mọi tổ chức)",
                      "Chỉ HTX Nông nghiệp Bum Tở (thành viên, người lao động, hỗ trợ)"]]
    assert data_rows(tmp_path / "htx.xlsx")[:2] == [1, 5]  # that organisation, its members only


def test_cancelling_the_choice_or_the_file_writes_nothing(window, registry, populated, tmp_path, monkeypatch,
                                                          told) -> None:
    htx = populated["htx"]
    monkeypatch.setattr(prompts, "choose_item", lambda *args, **kwargs: None)
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: pytest.fail("no file asked once cancelled"))
    ExcelActions(registry, window, current_organization=lambda: (htx["id"], htx["name"])).export_lists()
    save_to(monkeypatch, None)
    ExcelActions(registry, window).export_lists()
    assert list(tmp_path.glob("*.xlsx")) == [] and told == []


def test_an_unwritable_place_gets_a_clear_message(qtbot, window, registry, populated, tmp_path, monkeypatch,
                                                  told) -> None:
    save_to(monkeypatch, tmp_path / "no such folder" / "ds.xlsx")
    actions = ExcelActions(registry, window)
    actions.export_lists()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert told[0].startswith("Không ghi được tệp") and "no such folder" in told[0]
    assert not (tmp_path / "no such folder").exists()


def test_the_template_is_saved(window, registry, tmp_path, monkeypatch, told) -> None:
    save_to(monkeypatch, tmp_path / "mau")
    ExcelActions(registry, window).template_action.trigger()
    assert len(data_rows(tmp_path / "mau.xlsx")) >= 5  # one sheet per record type and the instructions
    assert told == [f"Đã ghi tệp:\n{tmp_path / 'mau.xlsx'}"]


def test_the_import_reports_what_the_wizard_changed(window, registry, monkeypatch) -> None:
    from kttt_desktop.ui import xlsx_import

    made = Changes(records={"member": {"m1"}})
    opened: list[str | None] = []

    def run(cls, registry, parent, organization_id=None):
        opened.append(organization_id)
        return made if len(opened) == 1 else None

    monkeypatch.setattr(xlsx_import.XlsxImportWizard, "run", classmethod(run))
    current: list[tuple[str, str]] = []
    actions = ExcelActions(registry, window, current_organization=lambda: current[0] if current else None)
    received: list[Changes] = []
    actions.changed.connect(received.append)
    actions.import_action.trigger()
    current.append(("org-1", "HTX Chè"))
    actions.import_action.trigger()  # cancelled: nothing to report
    assert received == [made]
    assert opened == [None, "org-1"]  # the organisation in view is the list's organisation
