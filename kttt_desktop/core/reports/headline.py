"""The headline figures: the few numbers an officer reads out or reports, each defined once.

The home page's tiles, the dashboard, the printed summary and its Excel sheet name and
compute every figure here, from one `indicators.Snapshot`, so two screens can no longer
show two numbers for one thing. A figure that is a plan indicator (operating cooperatives,
their members, regular workers, support disbursed) is that indicator, label and all; the
others stand beside them: the organisations that are registered but not counted
(suspended, not at their registered address, dissolving), every cooperative whatever its
status, the members of all operating organisations, seasonal workers, how many
supports were disbursed, and the loans disbursed (kept apart from support: a loan is repaid).
"""

from __future__ import annotations

from dataclasses import dataclass

from kttt_desktop.core.plan.indicators import (
    INDICATOR_KEYS,
    PAUSED_STATUSES,
    SEASONAL_CONTRACT,
    UNREGISTERED_STATUS,
    Indicator,
    Snapshot,
    indicator,
)

_PAUSED_VI = ("Tình trạng «Tạm ngừng kinh doanh», «Không hoạt động tại địa chỉ đã đăng ký» hoặc «Đang làm thủ tục "
              "giải thể» vào ngày tính; báo cáo bên cạnh, không tính vào số đang hoạt động và chỉ tiêu.")
_PAUSED_EN = ("Status “Temporarily suspended”, “Not at registered address” or “Dissolving” on the date; reported "
              "beside the operating ones, not counted in them nor towards the plan.")

# The figures that are not plan indicators, in the words every output uses.
BESIDE: tuple[Indicator, ...] = (
    Indicator("htx_paused", "HTX tạm ngừng, không ở địa chỉ đăng ký, đang giải thể",
              "Cooperatives suspended, not at their address or dissolving", "count", _PAUSED_VI, _PAUSED_EN),
    Indicator("htx_registered", "HTX đã đăng ký, mọi tình trạng", "Cooperatives registered, any status", "count",
              "Mọi HTX trong sổ đăng ký đến ngày tính, ở bất kỳ tình trạng nào, kể cả đã giải thể, bị thu hồi "
              "giấy chứng nhận, phá sản; không tính bản ghi đã xóa.",
              "Every cooperative in the register registered by the date, in any status, dissolved, revoked "
              "and bankrupt ones too; deleted records are not counted."),
    Indicator("tht_unregistered", "Trong đó THT chưa đăng ký", "Of which groups not registered", "count",
              "Tổ hợp tác đang hoạt động mà chưa đăng ký (tình trạng «Chưa đăng ký») vào ngày tính: đã tính trong "
              "số THT đang hoạt động (tổ hợp tác được hoạt động khi chưa đăng ký); bảng tổ chức theo tình trạng "
              "liệt kê riêng «Đang hoạt động» và «Chưa đăng ký».",
              "Operating cooperative groups not registered (status “Not registered”) on the date: counted among "
              "the operating groups (a group may operate unregistered); the table by status lists “Active” and "
              "“Not registered” apart."),
    Indicator("tht_paused", "THT tạm ngừng, không ở địa chỉ đăng ký, đang giải thể",
              "Cooperative groups suspended, not at their address or dissolving", "count", _PAUSED_VI, _PAUSED_EN),
    Indicator("union_paused", "LHHTX tạm ngừng, không ở địa chỉ đăng ký, đang giải thể",
              "Unions suspended, not at their address or dissolving", "count", _PAUSED_VI, _PAUSED_EN),
    Indicator("members_total", "Thành viên của các tổ chức đang hoạt động", "Members of operating organisations",
              "people",
              "Thành viên chính thức và liên kết của các HTX, THT, liên hiệp đang hoạt động, đã vào và chưa ra "
              "vào ngày tính; một người ở hai tổ chức được tính hai lần.",
              "Official and associate members of the operating cooperatives, groups and unions who had joined "
              "and not left on the date; a person in two organisations is counted twice."),
    Indicator("workers_seasonal", "Lao động thời vụ", "Seasonal workers", "people",
              "Lao động có hợp đồng thời vụ đang làm việc cho các tổ chức đang hoạt động vào ngày tính; không "
              "tính vào lao động làm việc thường xuyên.",
              "Workers on a seasonal contract working for the operating organisations on the date; not "
              "counted among the regular workers."),
    Indicator("support_count", "Lượt hỗ trợ đã giải ngân", "Supports disbursed", "count",
              "Khoản hỗ trợ của Nhà nước có quyết định đến ngày tính, đã giải ngân hoặc hoàn thành, cho tổ chức "
              "ở mọi tình trạng; cộng lại thành kinh phí hỗ trợ đã giải ngân.",
              "State supports decided by the date and disbursed or completed, for organisations in any "
              "status; their amounts add up to the support disbursed."),
    Indicator("loans_amount", "Khoản vay đã giải ngân (đồng)", "Loans disbursed (VND)", "vnd",
              "Tổng số tiền các khoản vay đã giải ngân đến ngày tính, cho tổ chức ở mọi tình trạng: lấy từ sổ "
              "theo dõi khoản vay (thẻ «Vốn vay») khi sổ đã có khoản vay; khi chưa có, lấy từ các khoản hỗ trợ "
              "nhóm Tín dụng đánh dấu «Là khoản vay» (như vay Quỹ hỗ trợ phát triển HTX hoặc ngân hàng) đã giải "
              "ngân hoặc hoàn thành. Khoản vay phải hoàn trả nên không tính vào kinh phí hỗ trợ; chỉ hỗ trợ lãi "
              "suất, phí bảo lãnh mới là hỗ trợ.",
              "The amount of the loans disbursed by the date, for organisations in any status: from the "
              "register of loans (the “Loans” tab) once it has loans; until then, from the Credit supports "
              "marked “Is a loan” (such as loans of the Cooperative Development Support Fund or a bank) that "
              "were disbursed or completed. Loans are repaid, so they are not counted as support; only "
              "interest support and guarantee fees are support."),
)
_BESIDE = {figure.key: figure for figure in BESIDE}

# Every headline figure in the order the pages show them: each kind of organisation with
# what stands beside it, then people, then support.
HEADLINE_KEYS: tuple[str, ...] = (
    "htx_count", "htx_paused", "htx_registered", "tht_count", "tht_unregistered", "tht_paused", "union_count",
    "union_paused", "members_total", "htx_members", "tht_members", "jobs", "workers_seasonal", "support_count",
    "support_amount", "loans_amount")


def headline(key: str) -> Indicator:
    """The headline figure with this key (a plan indicator or one that stands beside them)."""
    return _BESIDE[key] if key in _BESIDE else indicator(key)


HEADLINES: tuple[Indicator, ...] = tuple(headline(key) for key in HEADLINE_KEYS)


def is_plan_indicator(key: str) -> bool:
    """True for the figures measured against the plan's targets (the indicator table)."""
    return key in INDICATOR_KEYS


def _by_status(snapshot: Snapshot, kind: str, statuses: frozenset[str] | None = None) -> int:
    return sum(count for (k, status), count in snapshot.organizations_by_kind_status.items()
               if k == kind and (statuses is None or status in statuses))


def loans_disbursed(snapshot: Snapshot) -> int:
    """The loans disbursed by the day: from the register of loans once it has entries (an
    officer who keeps it records there the loans the support records also mark, so adding both
    would count a loan twice), else from the supports marked as loans."""
    if snapshot.loan_register:
        return snapshot.loans_disbursed_vnd
    return sum(amount for _, amount in snapshot.loans_by_source.values())


def headline_values(snapshot: Snapshot) -> dict[str, float | None]:
    """Every headline figure of the snapshot's total (the whole site), by key."""
    beside: dict[str, float | None] = {
        "htx_paused": _by_status(snapshot, "htx", PAUSED_STATUSES),
        "htx_registered": _by_status(snapshot, "htx"),
        "tht_unregistered": _by_status(snapshot, "tht", frozenset({UNREGISTERED_STATUS})),
        "tht_paused": _by_status(snapshot, "tht", PAUSED_STATUSES),
        "union_paused": _by_status(snapshot, "lhhtx", PAUSED_STATUSES),
        "members_total": sum(snapshot.memberships.values()),
        "workers_seasonal": snapshot.workers_by_contract.get(SEASONAL_CONTRACT, 0),
        "support_count": sum(count for count, _ in snapshot.support_by_category.values()),
        "loans_amount": loans_disbursed(snapshot),
    }
    return {key: beside[key] if key in beside else snapshot.total.get(key) for key in HEADLINE_KEYS}


@dataclass(frozen=True)
class HeadlineRow:
    """One headline figure with its value: what every output shows for it."""

    figure: Indicator
    value: float | None

    @property
    def key(self) -> str:
        return self.figure.key


def headline_rows(snapshot: Snapshot) -> list[HeadlineRow]:
    values = headline_values(snapshot)
    return [HeadlineRow(figure, values[figure.key]) for figure in HEADLINES]
