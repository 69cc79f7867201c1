"""The line under an organisation's yes/no flag once a register stands in for it.

The indicators count an organisation with value-chain contracts or products from those
entries (`core.plan.register_flags`), so a ticked box alone is no longer what counts; the line
says what the register gives on the day, so the officer sees why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kttt_desktop.core.formats import format_date
from kttt_desktop.core.plan.register_flags import RegisterFlags


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegisterNotes", text)


def note_text(flags: RegisterFlags, flag: str) -> str:
    """«Theo sổ hợp đồng liên kết: 1 hợp đồng còn hiệu lực ngày 03/12/2026 …», or '' when
    the flag still counts by itself (no entries in its register)."""
    if not flags.follows(flag):
        return ""
    day = format_date(flags.day)
    if flag == "value_chain":
        if flags.value_chain:
            return _tr("Theo sổ hợp đồng liên kết: {count} hợp đồng còn hiệu lực ngày {day} — chỉ tiêu "
                       "tính theo sổ, không theo ô đánh dấu.").format(count=flags.contracts_in_force, day=day)
        return _tr("Theo sổ hợp đồng liên kết: không hợp đồng nào còn hiệu lực ngày {day} ({count} hợp đồng "
                   "đã ghi) — chỉ tiêu tính theo sổ, không theo ô đánh dấu.").format(count=flags.contracts, day=day)
    if flag == "ocop_stars":
        if flags.ocop_stars is not None:
            return _tr("Theo sổ sản phẩm: sản phẩm tốt nhất còn hiệu lực ngày {day} đạt {stars} sao OCOP "
                       "({count} sản phẩm OCOP còn hiệu lực) — chỉ tiêu tính theo sổ.").format(
                day=day, stars=flags.ocop_stars, count=sum(flags.ocop_valid.values()))
        return _tr("Theo sổ sản phẩm: không sản phẩm nào có giấy chứng nhận OCOP còn hiệu lực ngày {day} — "
                   "chỉ tiêu tính theo sổ.").format(day=day)
    if flag == "traceability":
        if flags.traceability:
            return _tr("Theo sổ sản phẩm: {count} sản phẩm có truy xuất nguồn gốc — chỉ tiêu tính theo sổ."
                       ).format(count=flags.traceable)
        return _tr("Theo sổ sản phẩm: không sản phẩm nào có truy xuất nguồn gốc — chỉ tiêu tính theo sổ.")
    if flag == "high_tech":
        if flags.high_tech_products:
            return _tr("Theo sổ sản phẩm: {count} sản phẩm ứng dụng công nghệ cao; chỉ tiêu tính theo sổ "
                       "cùng với khai báo của tổ chức.").format(count=flags.high_tech_products)
        return _tr("Theo sổ sản phẩm: không sản phẩm nào ứng dụng công nghệ cao; chỉ tiêu chỉ tính theo "
                   "khai báo của tổ chức ở ô này.")
    return ""


__all__ = ["note_text"]
