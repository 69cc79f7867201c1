"""The demo's dated status decisions: how an organisation came to the status it has today.

A demo organisation that is suspended, dissolved or revoked today did not start that way: it
was registered operating, and a decision with its number, agency and date moved it later (a
dissolution passes through "dissolving" first; a few operating cooperatives were suspended for
a while and resumed). Counting on a past date reads these dates, so the demo shows the counts
changing over the years the way a real register does.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass
from typing import Any

from kttt_desktop.core.demo.places import CommuneInfo

REFORM_DAY = datetime.date(2025, 7, 1).toordinal()  # communes register cooperatives from then on
ENDED = frozenset({"dissolved", "revoked", "bankrupt"})
_RESUMED_SHARE = 0.05  # operating cooperatives that were suspended once and resumed

_REASONS: dict[str, tuple[str, ...]] = {
    "suspended": ("HTX thông báo tạm ngừng kinh doanh do thiếu vốn lưu động",
                  "Tạm ngừng kinh doanh để củng cố, tổ chức lại theo Luật HTX năm 2023",
                  "Tạm ngừng kinh doanh do mất mùa, thiệt hại thiên tai"),
    "active": ("HTX thông báo hoạt động trở lại trước thời hạn",
               "Hoạt động trở lại sau khi củng cố bộ máy quản lý"),
    "not_at_address": ("Kiểm tra thực tế không có trụ sở tại địa chỉ đã đăng ký",),
    "dissolving": ("Đại hội thành viên quyết định giải thể tự nguyện",
                   "Không hoạt động nhiều năm, thuộc diện phải giải thể"),
    "dissolved": ("Hoàn tất thủ tục giải thể, xóa tên trong sổ đăng ký",),
    "revoked": ("Thu hồi giấy chứng nhận đăng ký do ngừng hoạt động quá thời hạn luật định",),
    "bankrupt": ("Tòa án tuyên bố phá sản theo đơn của chủ nợ",),
}


@dataclass(frozen=True)
class Decision:
    """One decision as the generator made it (ordinal days); `record` gives the record."""

    status: str
    effective: int
    decided: int
    number: str
    agency: str
    reason: str

    def record(self, record_id: str, owner: str, organization_id: str) -> dict[str, Any]:
        return {"id": record_id, "owner": owner, "organization_id": organization_id,
                "status": self.status, "effective_on": _iso(self.effective),
                "decision_no": self.number, "decision_date": _iso(self.decided),
                "agency": self.agency, "reason": self.reason}


def _iso(ordinal: int) -> str:
    return datetime.date.fromordinal(ordinal).isoformat()


def _agency(rng: random.Random, info: CommuneInfo, status: str, day: int) -> tuple[str, str]:
    """(agency, decision number) of a decision taken on `day`."""
    if status == "bankrupt":
        return f"Tòa án nhân dân tỉnh {info.province.name}", f"{rng.randint(1, 40):02d}/QĐ-TA"
    if day >= REFORM_DAY:
        return info.authority, f"{rng.randint(1, 400)}/QĐ-UBND"
    district = f"huyện {info.former_district}" if info.former_district else "cấp huyện"
    notice = status in ("suspended", "active", "not_at_address")
    return (f"Phòng Tài chính – Kế hoạch {district}",
            f"{rng.randint(1, 300)}/{'TB' if notice else 'QĐ'}-TCKH")


def _decision(rng: random.Random, info: CommuneInfo, status: str, effective: int, earliest: int) -> Decision:
    decided = max(earliest, effective - rng.randint(0, 10))
    agency, number = _agency(rng, info, status, decided)
    return Decision(status, effective, decided, number, agency, rng.choice(_REASONS[status]))


def decisions_for(rng: random.Random, info: CommuneInfo, kind: str, status: str, start: int,
                  today: int) -> list[Decision]:
    """The decisions after registration (on `start`) that lead to `status` by `today`, oldest
    first; none for an organisation operating since it was registered."""
    if status in ("active", "unregistered"):
        if kind != "htx" or today - start < 3 * 365 or rng.random() >= _RESUMED_SHARE:
            return []
        suspended = rng.randint(start + 365, today - 400)
        resumed = suspended + rng.randint(90, 330)
        return [_decision(rng, info, "suspended", suspended, start),
                _decision(rng, info, "active", resumed, suspended)]
    # Troubles come after a first year; a suspension is mostly recent (the law allows a year).
    low = min(today - 30, start + 365)
    low = min(today, max(low, today - (400 if status == "suspended" else 5 * 365), start + 1))
    high = min(today, max(low, today - (30 if status != "dissolved" else 120)))
    effective = rng.randint(low, high)
    if status != "dissolved":
        return [_decision(rng, info, status, effective, start)]
    dissolved = min(today, effective + rng.randint(60, 180))
    return [_decision(rng, info, "dissolving", effective, start),
            _decision(rng, info, "dissolved", dissolved, effective)]


def ended_on(decisions: list[Decision]) -> int | None:
    """The day the organisation ceased to exist (dissolved, revoked, bankrupt), if it did."""
    return next((d.effective for d in decisions if d.status in ENDED), None)
