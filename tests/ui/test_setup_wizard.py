"""The first-start wizard: setting up a unit, or a trial with demo data."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWizard

from kttt_desktop.core import units
from kttt_desktop.core.demo import loader
from kttt_desktop.ui import prompts
from kttt_desktop.ui.setup_wizard import SetupWizard
from kttt_desktop.ui.worker import Cancelled


@pytest.fixture
def wizard(qtbot, empty_registry):
    wizard = SetupWizard(empty_registry)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def finish(wizard: SetupWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_defaults_are_lai_chau_and_bum_to(wizard):
    assert wizard.choice_page.setup_radio.isChecked()
    wizard.next()
    page = wizard.unit_page
    assert page.level() == "commune"
    assert page.province_code() == "12"
    assert page.unit() == ("03433", "Xã Bum Tở")
    assert not page.isComplete()  # the officer's name is still missing
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_set_up_the_chosen_commune(qtbot, wizard, empty_registry, monkeypatch):
    monkeypatch.setattr(prompts, "warn", lambda *args: pytest.fail(f"unexpected warning {args}"))
    wizard.next()
    page = wizard.unit_page
    chosen = next(u for u in units.communes("12") if u.code != "03433")
    page.commune_combo.set_value(chosen.code)
    page.officer_edit.setText("Lò Văn Hương")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == SetupWizard.CONFIRM_PAGE
    assert chosen.name in wizard.confirm_page.summary.text()
    finish(wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.site_ready
    site = empty_registry.site
    assert (site.level, site.unit_code, site.name) == ("commune", chosen.code, chosen.name)
    assert site.officer == "Lò Văn Hương" and empty_registry.officer == "Lò Văn Hương"
    assert site.province_code == "12"


def test_commune_found_by_typing_without_diacritics(qtbot, wizard):
    wizard.next()
    combo = wizard.unit_page.commune_combo
    combo.lineEdit().setText("")
    combo.commit_text()
    assert combo.value() is None
    assert not wizard.unit_page.isComplete()
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "bum nua")
    combo.commit_text()
    assert combo.value() == next(u.code for u in units.communes("12") if u.name == "Xã Bum Nưa")


def test_another_province_lists_its_communes(wizard):
    wizard.next()
    page = wizard.unit_page
    page.province_combo.set_value("01")
    codes = {page.commune_combo.itemData(i) for i in range(page.commune_combo.count())}
    assert {u.code for u in units.communes("01")} <= codes
    assert "03433" not in codes


def test_set_up_a_district_area(qtbot, wizard, empty_registry):
    wizard.next()
    page = wizard.unit_page
    page.level_combo.setCurrentIndex(page.level_combo.findData("district"))
    assert page.unit() == ("107", "Huyện Mường Tè (khu vực)")
    page.officer_edit.setText("Vàng Thị Hoa")
    wizard.next()
    finish(wizard)
    site = empty_registry.site
    assert (site.level, site.unit_code, site.name) == ("district", "107", "Huyện Mường Tè (khu vực)")
    assert site.upper_code == "12"


def test_set_up_a_province(qtbot, wizard, empty_registry):
    wizard.next()
    page = wizard.unit_page
    page.level_combo.setCurrentIndex(page.level_combo.findData("province"))
    assert page.unit() == ("12", "Tỉnh Lai Châu")
    page.officer_edit.setText("Vàng Thị Hoa")
    wizard.next()
    finish(wizard)
    assert (empty_registry.site.level, empty_registry.site.unit_code) == ("province", "12")


def test_refusal_from_core_keeps_the_wizard_open(qtbot, wizard, empty_registry, monkeypatch):
    warned = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: warned.append(text))
    wizard.next()
    page = wizard.unit_page
    page.level_combo.setCurrentIndex(page.level_combo.findData("district"))
    page.unit_code_edit.setText("10a")
    page.officer_edit.setText("Vàng Thị Hoa")
    assert not page.isComplete()  # not digits
    page.unit_code_edit.setText("107")
    wizard.next()
    empty_registry.init_site("commune", "03433", "Xã Bum Tở", "Người khác")  # set up meanwhile
    wizard.site_ready = False
    finish(wizard)
    assert warned and "đã được thiết lập" in warned[0]
    assert wizard.isVisible()


def test_demo_fills_the_trial_commune(qtbot, wizard, empty_registry, monkeypatch):
    monkeypatch.setattr(prompts, "warn", lambda *args: pytest.fail(f"unexpected warning {args}"))
    wizard.choice_page.demo_radio.setChecked(True)
    wizard.next()
    assert wizard.currentId() == SetupWizard.DEMO_PAGE
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    finish(wizard)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=60_000)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.site_ready
    site = empty_registry.site
    assert (site.unit_code, site.officer) == ("03433", "Cán bộ dùng thử")
    assert wizard.demo_counts["organization"] > 0
    assert len(list(empty_registry.list_records("organization"))) == wizard.demo_counts["organization"]


def test_demo_runs_in_the_background_with_progress(qtbot, wizard, empty_registry, monkeypatch):
    seen = {}

    def fake_fill(registry, seed=1, scale="commune", progress=None):
        import threading

        seen["thread"] = threading.current_thread() is not threading.main_thread()
        seen["other_connection"] = registry is not empty_registry
        seen["args"] = (seed, scale)
        for done in range(1, 4):
            progress(done, 3)
        registry.create("organization", {"name": "HTX mẫu"})
        return {"organization": 1, "member": 0, "worker": 0, "support": 0}

    monkeypatch.setattr(loader, "fill_demo", fake_fill)
    wizard.choice_page.demo_radio.setChecked(True)
    wizard.next()
    finish(wizard)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert seen == {"thread": True, "other_connection": True, "args": (1, "commune")}
    assert wizard.demo_counts["organization"] == 1
    assert [o["name"] for o in empty_registry.list_records("organization")] == ["HTX mẫu"]


def test_demo_cancelled_still_leaves_a_trial_site(qtbot, wizard, empty_registry, monkeypatch):
    told = []
    monkeypatch.setattr(prompts, "inform", lambda parent, title, text: told.append(text))

    def cancelled(registry, seed=1, scale="commune", progress=None):
        raise Cancelled()

    monkeypatch.setattr(loader, "fill_demo", cancelled)
    wizard.choice_page.demo_radio.setChecked(True)
    wizard.next()
    finish(wizard)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert told and "dừng" in told[0]
    assert wizard.site_ready and empty_registry.site.unit_code == "03433"
    assert wizard.demo_counts is None
