"""The first-start wizard: setting up a unit, or a trial with demo data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QRadioButton, QWidget, QWizard

from kttt_desktop.core import catalogs, messages, units
from kttt_desktop.core.demo import loader
from kttt_desktop.ui import prompts
from kttt_desktop.ui.forms.editors import fold
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


def type_in(qtbot, combo, text: str) -> None:
    """What the officer does: click into the field, clear it, type, press Enter (typing
    without diacritics, as QTest types only ASCII; the search ignores them anyway)."""
    line = combo.lineEdit()
    combo.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def next_enabled(wizard: SetupWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def commune_named(province: str, name: str) -> units.Unit:
    return next(u for u in units.communes(province) if u.name == name)


def test_nothing_is_chosen_in_advance(qtbot, wizard):
    assert wizard.choice_page.setup_radio.isChecked()
    wizard.next()
    page = wizard.unit_page
    assert page.level() == "commune"
    assert page.province_code() is None and page.province_combo.lineEdit().text() == ""
    assert page.commune_combo.value() is None and not page.commune_combo.isEnabled()
    assert page.commune_combo.lineEdit().placeholderText() == "Chọn tỉnh / thành phố trước"
    assert page.unit() == ("", "")
    page.officer_edit.setText("Lò Văn Hương")
    assert not next_enabled(wizard)  # clicking through registers nothing
    for level in ("district", "province"):
        page.level_combo.setCurrentIndex(page.level_combo.findData(level))
        assert page.unit() == ("", "")
        assert not next_enabled(wizard)


def test_typed_unknown_commune_is_said_next_to_the_field(qtbot, wizard):
    wizard.next()
    page = wizard.unit_page
    page.officer_edit.setText("Lò Văn Hương")
    type_in(qtbot, page.province_combo, "lai chau")
    assert page.province_code() == "12" and page.commune_combo.isEnabled()
    assert wizard.currentPage() is page  # Enter chose; it did not press «Tiếp»
    type_in(qtbot, page.commune_combo, "bum nua")
    assert page.commune_combo.value() == commune_named("12", "Xã Bum Nưa").code
    assert wizard.currentId() == SetupWizard.UNIT_PAGE  # Enter picked the commune, nothing more
    assert next_enabled(wizard)

    type_in(qtbot, page.commune_combo, "Xa Khong Co")
    assert page.commune_problem.isVisible()
    assert page.commune_problem.text() == ("Không có xã «Xa Khong Co» trong tỉnh Lai Châu; "
                                           "hãy chọn trong danh sách.")
    assert page.commune_combo.lineEdit().text() == "Xa Khong Co"  # kept as typed, not reverted
    assert page.commune_combo.value() is None  # and Bum Nưa is not silently kept
    assert not next_enabled(wizard)

    qtbot.keyClick(page.commune_combo.lineEdit(), Qt.Key.Key_Backspace)
    assert not page.commune_problem.isVisible()  # typing again takes the message away
    type_in(qtbot, page.commune_combo, "bum to")
    assert page.commune_combo.value() == "03433" and not page.commune_problem.isVisible()
    assert next_enabled(wizard)


def test_typed_unknown_province_is_said_too(qtbot, wizard):
    wizard.next()
    page = wizard.unit_page
    type_in(qtbot, page.province_combo, "Tinh Muong Te")
    assert page.province_problem.isVisible()
    assert page.province_problem.text() == "Không có tỉnh, thành phố «Tinh Muong Te»; hãy chọn trong danh sách."
    assert page.province_code() is None and not page.commune_combo.isEnabled()
    type_in(qtbot, page.province_combo, "ha noi")
    assert page.province_code() == "01" and not page.province_problem.isVisible()


def test_set_up_the_chosen_commune(qtbot, wizard, empty_registry, monkeypatch):
    monkeypatch.setattr(prompts, "warn", lambda *args: pytest.fail(f"unexpected warning {args}"))
    wizard.next()
    page = wizard.unit_page
    type_in(qtbot, page.province_combo, "dien bien")
    chosen = units.communes(page.province_code())[3]
    type_in(qtbot, page.commune_combo, f"{fold(chosen.name)} {chosen.code}")
    page.officer_edit.setText("Lò Văn Hương")
    assert next_enabled(wizard)
    wizard.next()
    assert wizard.currentId() == SetupWizard.CONFIRM_PAGE
    confirm = wizard.confirm_page
    assert chosen.name in confirm.summary.text() and "Điện Biên" in confirm.summary.text()
    assert confirm.for_good.isVisible()
    assert (f"cơ sở dữ liệu này thuộc về {chosen.name} và không đổi sang đơn vị khác được nữa"
            in confirm.for_good.text())
    assert "«Quay lại»" in confirm.for_good.text()
    finish(wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.site_ready
    site = empty_registry.site
    assert (site.level, site.unit_code, site.name) == ("commune", chosen.code, chosen.name)
    assert site.officer == "Lò Văn Hương" and empty_registry.officer == "Lò Văn Hương"
    assert site.province_code == chosen.province_code != "12"


def test_commune_found_by_typing_without_diacritics(qtbot, wizard):
    wizard.next()
    page = wizard.unit_page
    type_in(qtbot, page.province_combo, "lai chau")
    combo = page.commune_combo
    type_in(qtbot, combo, "")
    assert combo.value() is None and not page.commune_problem.isVisible()
    assert not page.isComplete()
    type_in(qtbot, combo, "bum nua")
    assert combo.value() == commune_named("12", "Xã Bum Nưa").code


def test_another_province_lists_its_communes(qtbot, wizard):
    wizard.next()
    page = wizard.unit_page
    type_in(qtbot, page.province_combo, "lai chau")
    type_in(qtbot, page.commune_combo, "bum to")
    type_in(qtbot, page.province_combo, "ha noi")
    codes = {page.commune_combo.itemData(i) for i in range(page.commune_combo.count())}
    assert {u.code for u in units.communes("01")} <= codes
    assert "03433" not in codes
    assert page.commune_combo.value() is None  # Bum Tở does not follow into Hà Nội


def test_area_level_fits_two_tier_government(qtbot, wizard):
    wizard.next()
    page = wizard.unit_page
    labels = [page.level_combo.itemText(i) for i in range(page.level_combo.count())]
    assert labels == ["Xã / phường", "Khu vực (gộp nhiều xã)", "Tỉnh"]
    area = page.level_combo.findData("district")
    tip = page.level_combo.itemData(area, Qt.ItemDataRole.ToolTipRole)
    assert "chỉ còn hai cấp: tỉnh và xã" in tip and "gộp số liệu của nhiều xã" in tip
    assert not page.area_hint.isVisible()
    page.level_combo.setCurrentIndex(area)
    assert page.area_hint.isVisible() and page.area_hint.text() == tip
    assert page.level_combo.toolTip() == tip
    assert catalogs.label("site_level", "district") == "Khu vực (gộp nhiều xã)"
    assert "khu vực (gộp nhiều xã)" in messages.texts("setup_not_upper", "vi", name="Xã Bum Tở")
    shown = [w.text() for w in wizard.findChildren(QLabel) + wizard.findChildren(QRadioButton)]
    shown += [w.toolTip() for w in wizard.findChildren(QWidget)] + labels
    assert not [text for text in shown if "huyện" in text.lower().replace("huyện cũ", "")]


def test_set_up_an_area(qtbot, wizard, empty_registry):
    wizard.next()
    page = wizard.unit_page
    page.level_combo.setCurrentIndex(page.level_combo.findData("district"))
    type_in(qtbot, page.province_combo, "lai chau")
    assert page.unit() == ("", "")  # the area is named by the officer
    qtbot.keyClicks(page.unit_code_edit, "107")
    page.unit_name_edit.setText("Khu vực Mường Tè")
    page.officer_edit.setText("Vàng Thị Hoa")
    assert next_enabled(wizard)
    wizard.next()
    assert "Khu vực (gộp nhiều xã)" in wizard.confirm_page.summary.text()
    finish(wizard)
    site = empty_registry.site
    assert (site.level, site.unit_code, site.name) == ("district", "107", "Khu vực Mường Tè")
    assert site.upper_code == "12"


def test_set_up_a_province(qtbot, wizard, empty_registry):
    wizard.next()
    page = wizard.unit_page
    page.level_combo.setCurrentIndex(page.level_combo.findData("province"))
    assert page.unit() == ("", "")
    type_in(qtbot, page.province_combo, "lai chau")
    assert page.unit() == ("12", "Tỉnh Lai Châu")
    page.level_combo.setCurrentIndex(page.level_combo.findData("district"))
    assert page.unit() == ("", "")  # the province's name is not left as an area's
    page.level_combo.setCurrentIndex(page.level_combo.findData("province"))
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
    type_in(qtbot, page.province_combo, "lai chau")
    page.unit_name_edit.setText("Khu vực Mường Tè")
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
            progress.report(done, 3)
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


def test_tab_goes_from_the_province_to_the_commune_then_the_officer(qtbot, wizard):
    """The officer's keys: type the province, Down, Enter, then Tab lands in «Xã / phường»,
    and the next Tab in «Cán bộ nhập liệu»."""
    wizard.next()
    page = wizard.unit_page
    line = page.province_combo.lineEdit()
    page.province_combo.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, "lai chau")
    popup = line.completer().popup()
    assert popup.isVisible()  # the suggestions take the keys while shown
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.province_code() == "12" and page.commune_combo.isEnabled()
    assert wizard.currentPage() is page  # Enter chose; it did not press «Tiếp»

    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    focused = wizard.focusWidget()
    assert focused is page.commune_combo or page.commune_combo.isAncestorOf(focused), focused.objectName()
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    focused = wizard.focusWidget()
    assert focused is page.officer_edit, focused.objectName()
