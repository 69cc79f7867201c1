"""The organisation page says, under its yes/no flags, when the registers stand in for them:
value chain from the contracts in force, OCOP from the best valid product, traceability and
high technology from the products (high technology with the organisation's declaration)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from kttt_desktop.core.formats import format_date
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui.main_window import MainWindow

FLAGS = ("value_chain", "ocop_stars", "traceability", "high_tech")


def open_organization(window: MainWindow, organization_id: str) -> Any:
    window.open_organization(organization_id)
    return window.organization_view


def note(view: Any, flag: str) -> Any:
    return view.form.findChild(type(view.form.field_label(flag)), f"{flag}__registers")


def shown(view: Any, flag: str) -> str | None:
    """The note under `flag` as the officer sees it, or None when its row is hidden."""
    label = note(view, flag)
    return label.text() if label.isVisibleTo(view) else None


def test_flags_without_entries_have_no_note(qtbot, window: MainWindow,
                                            make_org: Callable[..., dict[str, Any]]) -> None:
    org = make_org(name="HTX Chè Shan tuyết", value_chain=True, traceability=True, ocop_stars=3)
    view = open_organization(window, org["id"])
    assert view.form.editor("value_chain").value() is True
    assert all(shown(view, flag) is None for flag in FLAGS)


def test_entries_replace_the_flags_and_the_page_says_so(qtbot, window: MainWindow, registry: Registry,
                                                       make_org: Callable[..., dict[str, Any]]) -> None:
    today = registry.today
    day = format_date(today.isoformat())
    org = make_org(name="HTX Nông nghiệp Bum Tở", value_chain=False, traceability=False, ocop_stars=5,
                   high_tech=True)
    past, future = (today - timedelta(days=400)).isoformat(), (today + timedelta(days=300)).isoformat()
    expired = (today - timedelta(days=1)).isoformat()
    registry.create("linkage", {"organization_id": org["id"], "partner_name": "Công ty Chè Mộc Châu",
                                "signed_on": past, "expires_on": future})
    registry.create("linkage", {"organization_id": org["id"], "partner_name": "Công ty Gạo Tây Bắc",
                                "signed_on": past, "expires_on": expired})
    registry.create("product", {"organization_id": org["id"], "name": "Chè Shan tuyết", "ocop_stars": 4,
                                "ocop_certified_on": past, "ocop_expires_on": future, "traceability": True})
    registry.create("product", {"organization_id": org["id"], "name": "Thảo quả sấy", "ocop_stars": 5,
                                "ocop_certified_on": past, "ocop_expires_on": expired})

    view = open_organization(window, org["id"])
    assert shown(view, "value_chain") == (
        f"Theo sổ hợp đồng liên kết: 1 hợp đồng còn hiệu lực ngày {day} — chỉ tiêu tính theo sổ, "
        "không theo ô đánh dấu.")
    # The expired 5-star certificate no longer counts: the flag's 5 stars give way to 4.
    assert shown(view, "ocop_stars") == (
        f"Theo sổ sản phẩm: sản phẩm tốt nhất còn hiệu lực ngày {day} đạt 4 sao OCOP "
        "(1 sản phẩm OCOP còn hiệu lực) — chỉ tiêu tính theo sổ.")
    assert shown(view, "traceability") == "Theo sổ sản phẩm: 1 sản phẩm có truy xuất nguồn gốc — chỉ tiêu tính theo sổ."
    assert shown(view, "high_tech") == ("Theo sổ sản phẩm: không sản phẩm nào ứng dụng công nghệ cao; chỉ tiêu chỉ "
                                        "tính theo khai báo của tổ chức ở ô này.")
    # Nothing entered is changed: the flags keep what the officer ticked.
    assert view.form.editor("ocop_stars").value() == 5
    assert view.form.editor("value_chain").value() is False

    # Editing the organisation (F2) keeps the notes beside the flags.
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.editing)
    assert view.form.editor("value_chain").isEnabled()
    assert shown(view, "value_chain").startswith("Theo sổ hợp đồng liên kết: 1 hợp đồng")
    view.cancel_editing()


def test_a_product_added_on_its_tab_updates_the_note(qtbot, window: MainWindow, registry: Registry,
                                                     make_org: Callable[..., dict[str, Any]]) -> None:
    org = make_org(name="HTX Thảo quả Bum Tở", traceability=True)
    view = open_organization(window, org["id"])
    assert shown(view, "traceability") is None
    changes = registry.create("product", {"organization_id": org["id"], "name": "Thảo quả khô",
                                          "high_tech": True}).changes
    window.apply_changes(changes)
    assert shown(view, "traceability") == (
        "Theo sổ sản phẩm: không sản phẩm nào có truy xuất nguồn gốc — chỉ tiêu tính theo sổ.")
    assert shown(view, "high_tech") == ("Theo sổ sản phẩm: 1 sản phẩm ứng dụng công nghệ cao; chỉ tiêu tính theo "
                                        "sổ cùng với khai báo của tổ chức.")
    assert shown(view, "value_chain") is None  # no contracts: the flag still counts
