"""Chỉ tiêu kế hoạch through the window's menu: an upper level allocates a target to its
communes and sees the sum against its own figure; each target has its starting figure."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import prompts
from kttt_desktop.ui.targets_dialog import TargetsDialog


@pytest.fixture
def registry(empty_registry: Registry) -> Registry:
    """An area site (107) with an organisation in each of two communes."""
    empty_registry.init_site("district", "107", "Khu vực Mường Tè", "Cán bộ khu vực")
    empty_registry.create_many("organization", [
        {"name": "HTX Bum Tở", "kind": "htx", "commune_code": "03433", "owner": "03433"},
        {"name": "THT Mường Tè", "kind": "tht", "commune_code": "03445", "owner": "03445"},
    ])
    return empty_registry


def drive(monkeypatch: pytest.MonkeyPatch, steps: Any) -> list[TargetsDialog]:
    """Open the real dialog from the menu, let `steps` work in it, and return it."""
    opened: list[TargetsDialog] = []

    def run(dialog: TargetsDialog) -> int:
        opened.append(dialog)
        steps(dialog)
        return int(dialog.result())

    monkeypatch.setattr(TargetsDialog, "exec", run)
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)
    return opened


def test_an_area_allocates_a_target_and_sees_the_sum_against_its_own(
        window: Any, registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    sums: list[tuple[str, bool]] = []

    def steps(dialog: TargetsDialog) -> None:
        assert dialog.current_unit() == "107" and dialog.allocating()
        assert dialog.sections.isTabVisible(dialog.sections.indexOf(dialog.allocation_box))
        dialog.cell("htx_count", 2030).set("20", "at_least")
        dialog.baseline_edit("htx_count").setText("2")
        dialog.base_date_edit.setText("30/06/2024")
        dialog.choose_allocation("htx_count", 2030)
        for code, text in (("03433", "8"), ("03445", "7")):
            dialog.set_allocation(code, text)
        sums.append((dialog.allocation_sum.text(), dialog.allocation_sum.property("warn")))
        dialog.set_allocation("03445", "15")
        sums.append((dialog.allocation_sum.text(), dialog.allocation_sum.property("warn")))
        dialog.set_allocation("03445", "12")
        sums.append((dialog.allocation_sum.text(), dialog.allocation_sum.property("warn")))
        dialog.cell("htx_count", 2030).set("25", "at_least")  # the own figure changes: so does the sum
        sums.append((dialog.allocation_sum.text(), dialog.allocation_sum.property("warn")))
        dialog.select_unit("03445")  # the allocation is that commune's own target
        assert dialog.cell("htx_count", 2030).get() == ("12", "at_least")
        assert not dialog.sections.isTabVisible(dialog.sections.indexOf(dialog.allocation_box))  # a commune's
        dialog.select_unit("107")
        assert dialog.sections.isTabVisible(dialog.sections.indexOf(dialog.allocation_box))
        assert dialog.save()

    opened = drive(monkeypatch, steps)
    window.dashboard_page._stale = False
    window.targets_action.trigger()
    assert len(opened) == 1 and opened[0].result() == QDialog.DialogCode.Accepted
    short, over, equal, changed = sums
    assert "còn thiếu 5" in short[0] and "(20)" in short[0] and short[1] is True
    assert "vượt 3" in over[0] and over[1] is True
    assert "bằng chỉ tiêu" in equal[0] and equal[1] is False
    assert "còn thiếu 5" in changed[0] and "(25)" in changed[0] and changed[1] is True
    own = next(t for t in registry.targets("107") if (t.indicator, t.year) == ("htx_count", 2030))
    assert (own.value, own.baseline, own.baseline_on) == (25.0, 2.0, date(2024, 6, 30))
    assert {t.unit_code: t.value for t in registry.targets() if t.unit_code != "107"} == {"03433": 8.0, "03445": 12.0}
    assert window.dashboard_page._stale  # what was saved reaches the dashboard
    assert window.statusBar().currentMessage() == "Đã cất chỉ tiêu kế hoạch và số dân."  # and is said


def test_a_refused_baseline_or_base_date_writes_nothing(
        window: Any, registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    problems: list[str] = []
    before = registry.targets()

    def steps(dialog: TargetsDialog) -> None:
        dialog.cell("htx_count", 2030).set("20", "at_least")
        dialog.baseline_edit("htx_count").setText("mười")
        assert not dialog.save()
        problems.append(dialog.problem_label.text())
        dialog.baseline_edit("htx_count").setText("")  # counted from the register
        dialog.base_date_edit.setText("31/02/2024")
        assert not dialog.save()
        problems.append(dialog.problem_label.text())
        dialog.reject()

    drive(monkeypatch, steps)
    window.targets_action.trigger()
    baseline, base_date = problems
    assert "năm gốc" in baseline and "«mười»" in baseline
    assert "«31/02/2024»" in base_date and "ngày/tháng/năm" in base_date
    assert registry.targets() == before
