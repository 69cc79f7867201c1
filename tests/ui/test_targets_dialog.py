"""Chỉ tiêu kế hoạch: edit targets and population per unit; refused values write nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.plan.targets import MUONG_TE_DISTRICT
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui import prompts
from kttt_desktop.ui.targets_dialog import TargetsDialog, parse_number
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog left with edits is closed at the end of a test: discard them without a modal box."""
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)


@pytest.fixture
def dialog(qtbot: Any, core_registry: Registry) -> TargetsDialog:
    dialog = TargetsDialog(core_registry)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def stored(registry: Registry, unit: str) -> dict[tuple[str, int], tuple[float, str]]:
    return {(t.indicator, t.year): (t.value, t.comparison) for t in registry.targets(unit)}


@pytest.mark.parametrize("text, value", [("1.500", 1500), ("1500", 1500), ("12,5", 12.5), ("12.5", 12.5),
                                         ("5 %", 5), ("1.500,5", 1500.5), ("", None), ("  ", None)])
def test_numbers_are_read_as_officers_type_them(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_not_a_number_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_number("mười lăm")


def test_units_offered_and_the_communes_own_shown_first(dialog: TargetsDialog, core_registry: Registry) -> None:
    codes = [dialog.unit_combo.itemData(i) for i in range(dialog.unit_combo.count())]
    assert codes == ["03433", MUONG_TE_DISTRICT]
    assert "đơn vị này" in dialog.unit_combo.itemText(0)
    # the commune is measured against its own targets only; the district plan is there to read
    assert dialog.current_unit() == "03433"
    assert not dialog.allocating()  # a commune allocates to nobody: no page for it
    assert not dialog.sections.isTabVisible(dialog.sections.indexOf(dialog.allocation_box))
    assert dialog.select_unit(MUONG_TE_DISTRICT)
    assert dialog.cell("tht_count", 2030).get() == ("15", "about")
    assert dialog.cell("jobs", 2030).get() == ("1.500", "more_than")
    assert dialog.unit_note.isVisibleTo(dialog)  # set by the level above
    assert "Huyện ủy Mường Tè" in dialog.basis_edit.text()


def test_an_edited_target_is_saved(dialog: TargetsDialog, core_registry: Registry) -> None:
    assert dialog.select_unit("03433")
    assert dialog.cell("htx_count", 2030).get() == ("", "at_least")
    dialog.cell("htx_count", 2030).set("12", "more_than")
    dialog.cell("population_share", 2045).set("7,5", "at_least")
    dialog.basis_edit.setText("Kế hoạch số 12/KH-UBND")
    assert dialog.save()
    assert dialog.changes.targets
    assert stored(core_registry, "03433") == {("htx_count", 2030): (12.0, "more_than"),
                                              ("population_share", 2045): (7.5, "at_least")}
    assert {t.basis for t in core_registry.targets("03433")} == {"Kế hoạch số 12/KH-UBND"}
    assert stored(core_registry, MUONG_TE_DISTRICT)[("jobs", 2030)] == (1500.0, "more_than")  # untouched


def test_edits_of_several_units_are_kept_and_saved_together(dialog: TargetsDialog, core_registry: Registry) -> None:
    dialog.select_unit(MUONG_TE_DISTRICT)
    dialog.cell("tht_count", 2030).set("", "about")  # the district's 15 THT: removed here
    dialog.cell("jobs", 2045).set("4.200", "more_than")
    dialog.select_unit("03433")
    dialog.cell("jobs", 2030).set("300", "at_least")
    dialog.select_unit(MUONG_TE_DISTRICT)
    assert dialog.cell("jobs", 2045).get() == ("4.200", "more_than")  # still there after switching
    assert dialog.save()
    district = stored(core_registry, MUONG_TE_DISTRICT)
    assert ("tht_count", 2030) not in district
    assert district[("jobs", 2045)] == (4200.0, "more_than")
    assert district[("htx_count", 2030)] == (50.0, "at_least")
    assert stored(core_registry, "03433") == {("jobs", 2030): (300.0, "at_least")}


@pytest.mark.parametrize("key, text, code", [
    ("jobs", "-5", "bad_target_value"),
    ("population_share", "150", "bad_target_percent"),
    ("jobs", "nhiều", "bad_target_value"),
])
def test_a_refused_value_shows_the_message_and_writes_nothing(dialog: TargetsDialog, core_registry: Registry,
                                                             key: str, text: str, code: str) -> None:
    before = core_registry.targets()
    dialog.select_unit("03433")
    dialog.cell("htx_count", 2030).set("12", "at_least")  # valid, and written first: must not stay
    dialog.cell(key, 2030).set(text, "at_least")
    dialog.set_population(2025, "9.800")
    dialog.sections.setCurrentWidget(dialog.population_box)
    assert not dialog.save()
    assert dialog.isVisible()
    indicator = {"jobs": "Lao động làm việc thường xuyên",
                 "population_share": "Tỷ lệ dân số tham gia tổ chức KTTT (%)"}[key]
    expected = KtttError(code, value=text, indicator=indicator).message()
    assert dialog.problem_label.text() == expected
    assert dialog.problem_label.isVisibleTo(dialog)
    assert dialog.cell(key, 2030).value.property("invalid") is True
    assert dialog.sections.currentWidget() is dialog.targets_page
    assert core_registry.targets() == before
    assert core_registry.population() == []
    # corrected, it saves
    dialog.cell(key, 2030).set("20", "at_least")
    assert dialog.save()
    assert stored(core_registry, "03433")[(key, 2030)] == (20.0, "at_least")


def test_population_is_saved_per_unit_and_year(dialog: TargetsDialog, core_registry: Registry) -> None:
    dialog.select_unit("03433")
    assert "Xã Bum Tở" in dialog.population_box.title()
    dialog.set_population(2025, "12.500")
    dialog.set_population(2026, "12800")
    assert dialog.save()
    assert core_registry.population() == [("03433", 2025, 12500), ("03433", 2026, 12800)]
    assert dialog.changes.targets


def test_a_bad_population_is_refused(dialog: TargetsDialog, core_registry: Registry) -> None:
    dialog.select_unit("03433")
    dialog.set_population(2025, "mười nghìn")
    dialog.sections.setCurrentWidget(dialog.targets_page)
    assert not dialog.save()
    assert dialog.problem_label.text() == KtttError("bad_population", value="mười nghìn").message()
    assert dialog.sections.currentWidget() is dialog.population_box  # the page with the figure is shown
    dialog.set_population(2025, "0")
    dialog.sections.setCurrentWidget(dialog.targets_page)
    assert not dialog.save()
    assert "Dân số phải là số nguyên dương" in dialog.problem_label.text()
    assert dialog.sections.currentWidget() is dialog.population_box
    assert core_registry.population() == []


def test_a_population_row_removed_is_deleted(qtbot: Any, core_registry: Registry) -> None:
    core_registry.set_population("03433", 2024, 11000)
    dialog = TargetsDialog(core_registry)
    qtbot.addWidget(dialog)
    dialog.select_unit("03433")
    assert dialog.population_table.item(0, 1).text() == "11.000"
    dialog.population_table.setCurrentCell(0, 0)
    dialog.remove_population_button.click()
    assert dialog.save()
    assert core_registry.population() == []


def test_another_year_can_be_added(dialog: TargetsDialog, core_registry: Registry,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    dialog.select_unit("03433")
    monkeypatch.setattr(prompts, "ask_text", lambda *args, **kwargs: "2025")
    dialog.add_year_button.click()
    dialog.cell("htx_count", 2025).set("8", "at_least")
    assert dialog.save()
    assert stored(core_registry, "03433") == {("htx_count", 2025): (8.0, "at_least")}


def test_cancel_asks_before_discarding_edits(dialog: TargetsDialog, core_registry: Registry,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(reply: bool) -> Any:
        def confirm(parent: Any, title: str, text: str, yes: str | None = None) -> bool:
            asked.append(title)
            return reply
        return confirm

    dialog.cell("jobs", 2030).set("2.000", "more_than")
    monkeypatch.setattr(prompts, "confirm", answer(False))
    dialog.reject()
    assert asked and dialog.isVisible()  # kept open, edits still there
    assert dialog.cell("jobs", 2030).get() == ("2.000", "more_than")
    monkeypatch.setattr(prompts, "confirm", answer(True))
    dialog.reject()
    assert not dialog.isVisible()
    assert stored(core_registry, MUONG_TE_DISTRICT)[("jobs", 2030)] == (1500.0, "more_than")
    assert not dialog.changes.targets


def test_cancel_without_edits_asks_nothing(dialog: TargetsDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    def confirm(*args: Any, **kwargs: Any) -> bool:
        raise AssertionError("nothing to lose: no question")

    monkeypatch.setattr(prompts, "confirm", confirm)
    dialog.select_unit("03433")
    dialog.reject()
    assert not dialog.isVisible()


def test_an_upper_level_edits_the_targets_of_its_communes(qtbot: Any, tmp_path: Path) -> None:
    registry = Registry.open(tmp_path / "district.sqlite", today=lambda: TODAY)
    try:
        registry.init_site("district", "107", "Khu vực Mường Tè")
        registry.create_many("organization", [
            {"name": "HTX Bum Tở", "kind": "htx", "commune_code": "03433", "owner": "03433"},
            {"name": "THT Mường Tè", "kind": "tht", "commune_code": "03445", "owner": "03445"},
        ])
        dialog = TargetsDialog(registry)
        qtbot.addWidget(dialog)
        codes = [dialog.unit_combo.itemData(i) for i in range(dialog.unit_combo.count())]
        assert codes == ["107", "03433", "03445"]
        assert [dialog.unit_combo.itemText(i) for i in (1, 2)] == ["Xã Bum Tở – 03433", "Xã Mường Tè – 03445"]
        assert dialog.current_unit() == "107"
        assert not dialog.unit_note.isVisibleTo(dialog)  # its own plan
        dialog.select_unit("03445")
        dialog.cell("tht_count", 2030).set("3", "about")
        dialog.set_population(2026, "5.400")
        assert dialog.save()
        assert stored(registry, "03445") == {("tht_count", 2030): (3.0, "about")}
        assert registry.population() == [("03445", 2026, 5400)]
    finally:
        registry.close()
