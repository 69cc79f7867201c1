"""Coded values and their Vietnamese (and English) names.

Storage, JSON and packages use the stable codes of CLI.md; people see the names. Keeping
both in one table means the window, the Excel files and the `kttt` command can never
disagree about what a code means.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from kttt_desktop.core.messages import pick_language
from kttt_desktop.core.resources import resource_path


@dataclass(frozen=True)
class CodedValue:
    code: str
    vi: str
    en: str

    def label(self, lang: str = "vi") -> str:
        return pick_language((self.vi, self.en), lang)


def _values(*rows: tuple[str, str, str]) -> tuple[CodedValue, ...]:
    return tuple(CodedValue(*row) for row in rows)


ORGANIZATION_KINDS = _values(
    ("htx", "Hợp tác xã", "Cooperative"),
    ("tht", "Tổ hợp tác", "Cooperative group"),
    ("lhhtx", "Liên hiệp hợp tác xã", "Union of cooperatives"),
)

ORGANIZATION_STATUSES = _values(
    ("active", "Đang hoạt động", "Active"),
    ("suspended", "Tạm ngừng kinh doanh", "Temporarily suspended"),
    ("not_at_address", "Không hoạt động tại địa chỉ đã đăng ký", "Not at registered address"),
    ("dissolving", "Đang làm thủ tục giải thể", "Dissolving"),
    ("dissolved", "Đã giải thể / chấm dứt", "Dissolved / terminated"),
    ("revoked", "Bị thu hồi giấy chứng nhận", "Certificate revoked"),
    ("bankrupt", "Phá sản", "Bankrupt"),
    ("unregistered", "Chưa đăng ký", "Not registered"),
)

SECTORS = _values(
    ("agriculture", "Nông nghiệp", "Agriculture"),
    ("forestry", "Lâm nghiệp", "Forestry"),
    ("fishery", "Thủy sản", "Fishery"),
    ("industry_construction", "Công nghiệp – xây dựng", "Industry and construction"),
    ("trade_services", "Thương mại – dịch vụ", "Trade and services"),
    ("transport", "Vận tải", "Transport"),
    ("credit", "Tín dụng", "Credit"),
    ("other", "Khác", "Other"),
)

MEMBER_KINDS = _values(
    ("individual", "Cá nhân", "Individual"),
    ("household", "Hộ gia đình", "Household"),
    ("legal_entity", "Pháp nhân", "Legal entity"),
    ("group", "Tổ hợp tác / tổ chức không có tư cách pháp nhân", "Group without legal personality"),
    ("foreign_investor", "Nhà đầu tư nước ngoài", "Foreign investor"),
)

MEMBERSHIPS = _values(
    ("official", "Thành viên chính thức", "Official member"),
    ("associate_capital", "Liên kết góp vốn", "Associate, contributing capital"),
    ("associate_no_capital", "Liên kết không góp vốn", "Associate, no capital"),
    ("member", "Thành viên (tổ hợp tác)", "Member (cooperative group)"),
)

GENDERS = _values(
    ("male", "Nam", "Male"),
    ("female", "Nữ", "Female"),
)

CONTRACTS = _values(
    ("indefinite", "Không xác định thời hạn", "Indefinite term"),
    ("fixed_term", "Xác định thời hạn", "Fixed term"),
    ("seasonal", "Thời vụ", "Seasonal"),
    ("none", "Không có hợp đồng", "No contract"),
)

SOCIAL_INSURANCE = _values(
    ("mandatory", "Bắt buộc", "Mandatory"),
    ("voluntary", "Tự nguyện", "Voluntary"),
    ("none", "Không tham gia", "None"),
)

SUPPORT_CATEGORIES = _values(
    ("training", "Nhân lực – đào tạo", "Training and human resources"),
    ("land", "Đất đai", "Land"),
    ("finance_tax", "Tài chính – thuế", "Finance and tax"),
    ("credit", "Tín dụng", "Credit"),
    ("science_technology", "Khoa học – công nghệ, chuyển đổi số", "Science, technology, digital"),
    ("market_trade", "Thông tin thị trường – xúc tiến thương mại", "Market information, trade promotion"),
    ("infrastructure", "Kết cấu hạ tầng", "Infrastructure"),
    ("social_insurance", "Bảo hiểm xã hội", "Social insurance"),
    ("establishment", "Thành lập mới – tổ chức lại", "Establishment, reorganisation"),
    ("ocop", "OCOP", "OCOP"),
    ("other", "Khác", "Other"),
)

FUNDING_SOURCES = _values(
    ("central_budget", "Ngân sách trung ương", "Central budget"),
    ("provincial_budget", "Ngân sách tỉnh", "Provincial budget"),
    ("commune_budget", "Ngân sách xã", "Commune budget"),
    ("national_target_program", "Chương trình mục tiêu quốc gia", "National target programme"),
    ("cooperative_fund", "Quỹ hỗ trợ phát triển HTX", "Cooperative Development Support Fund"),
    ("sponsor", "Tài trợ", "Sponsorship"),
    ("other", "Khác", "Other"),
)

SUPPORT_STAGES = _values(
    ("requested", "Đăng ký nhu cầu", "Need registered"),
    ("approved", "Phê duyệt", "Approved"),
    ("disbursed", "Giải ngân", "Disbursed"),
    ("completed", "Hoàn thành", "Completed"),
    ("recovered", "Thu hồi", "Recovered"),
)

RATINGS = _values(
    # Yearly rating bands (Circular 01/2020/TT-BKHĐT): Tốt 80–100, Khá 65–<80,
    # Trung bình 50–<65, Yếu <50; an organisation operating under 12 months is not rated.
    ("good", "Tốt", "Good"),
    ("fair", "Khá", "Fair"),
    ("average", "Trung bình", "Average"),
    ("weak", "Yếu", "Weak"),
    ("not_rated", "Chưa xếp loại", "Not rated"),
)

MANAGER_ROLES = _values(
    ("chair", "Chủ tịch Hội đồng quản trị", "Chair of the board"),
    ("director", "Giám đốc", "Director"),
    ("deputy_director", "Phó Giám đốc", "Deputy director"),
    ("accountant", "Kế toán trưởng / kế toán", "Chief accountant / accountant"),
    ("controller", "Kiểm soát viên", "Controller"),
    ("tht_leader", "Tổ trưởng tổ hợp tác", "Leader of the cooperative group"),
)

QUALIFICATIONS = _values(
    ("none", "Chưa qua đào tạo", "No training"),
    ("primary", "Sơ cấp", "Elementary vocational"),
    ("intermediate", "Trung cấp", "Intermediate"),
    ("college", "Cao đẳng", "College"),
    ("university", "Đại học", "University"),
    ("postgraduate", "Sau đại học", "Postgraduate"),
)

TRAINING_TOPICS = _values(
    ("management", "Quản trị, quản lý", "Management"),
    ("accounting", "Kế toán, tài chính", "Accounting and finance"),
    ("technical", "Kỹ thuật sản xuất", "Production techniques"),
    ("digital", "Chuyển đổi số", "Digital skills"),
    ("marketing", "Thị trường, tiêu thụ", "Marketing and sales"),
    ("other", "Khác", "Other"),
)

PRODUCT_CERTIFICATIONS = _values(
    ("vietgap", "VietGAP", "VietGAP"),
    ("organic", "Hữu cơ", "Organic"),
    ("globalgap", "GlobalGAP", "GlobalGAP"),
    ("other", "Chứng nhận khác", "Other certification"),
)

PARTNER_KINDS = _values(
    ("enterprise", "Doanh nghiệp", "Enterprise"),
    ("state_enterprise", "Doanh nghiệp nhà nước", "State enterprise"),
    ("cooperative", "Hợp tác xã", "Cooperative"),
    ("other", "Khác", "Other"),
)

CHAIN_STAGES = _values(
    ("input_supply", "Cung ứng đầu vào", "Input supply"),
    ("production", "Sản xuất", "Production"),
    ("processing", "Chế biến", "Processing"),
    ("consumption", "Tiêu thụ sản phẩm", "Sales"),
)

LENDERS = _values(
    ("cooperative_fund_central", "Quỹ hỗ trợ phát triển HTX Trung ương", "Central Cooperative Development Fund"),
    ("cooperative_fund_provincial", "Quỹ hỗ trợ phát triển HTX tỉnh", "Provincial Cooperative Development Fund"),
    ("social_policy_bank", "Ngân hàng Chính sách xã hội", "Vietnam Bank for Social Policies"),
    ("commercial_bank", "Ngân hàng thương mại", "Commercial bank"),
    ("other", "Khác", "Other"),
)

LAND_USES = _values(
    ("agriculture", "Đất nông nghiệp", "Agricultural land"),
    ("forestry", "Đất lâm nghiệp", "Forest land"),
    ("aquaculture", "Đất nuôi trồng thủy sản", "Aquaculture"),
    ("production_facility", "Cơ sở sản xuất, kinh doanh", "Production facility"),
    ("office", "Trụ sở", "Office"),
    ("other", "Khác", "Other"),
)

LAND_TENURES = _values(
    ("allocated", "Được giao", "Allocated"),
    ("leased", "Thuê", "Leased"),
    ("contributed_by_members", "Thành viên góp", "Contributed by members"),
    ("other", "Khác", "Other"),
)

SITE_LEVELS = _values(
    ("commune", "Xã / phường", "Commune"),
    # Since 01/7/2025 local government has two tiers; an area adds up several communes and
    # exists only where users define one (often the ground of a former district).
    ("district", "Khu vực (gộp nhiều xã)", "Area (several communes)"),
    ("province", "Tỉnh", "Province"),
)


@cache
def ethnic_groups() -> tuple[CodedValue, ...]:
    """The 54 official ethnic groups, codes 01–54 (names are the same in both languages)."""
    with resource_path("reference", "ethnic_groups.csv").open(encoding="utf-8") as fh:
        return tuple(CodedValue(row["code"], row["name"], row["name"]) for row in csv.DictReader(fh))


_STATIC_CATALOGS: dict[str, tuple[CodedValue, ...]] = {
    "organization_kind": ORGANIZATION_KINDS,
    "organization_status": ORGANIZATION_STATUSES,
    "sector": SECTORS,
    "member_kind": MEMBER_KINDS,
    "membership": MEMBERSHIPS,
    "gender": GENDERS,
    "contract": CONTRACTS,
    "social_insurance": SOCIAL_INSURANCE,
    "support_category": SUPPORT_CATEGORIES,
    "funding_source": FUNDING_SOURCES,
    "support_stage": SUPPORT_STAGES,
    "site_level": SITE_LEVELS,
    "rating": RATINGS,
    "manager_role": MANAGER_ROLES,
    "qualification": QUALIFICATIONS,
    "training_topic": TRAINING_TOPICS,
    "product_certification": PRODUCT_CERTIFICATIONS,
    "partner_kind": PARTNER_KINDS,
    "chain_stage": CHAIN_STAGES,
    "lender": LENDERS,
    "land_use": LAND_USES,
    "land_tenure": LAND_TENURES,
}


def catalog(name: str) -> tuple[CodedValue, ...]:
    """All values of one catalogue, in display order."""
    if name == "ethnicity":
        return ethnic_groups()
    return _STATIC_CATALOGS[name]


@cache
def _index(name: str) -> dict[str, CodedValue]:
    return {value.code: value for value in catalog(name)}


def is_code(name: str, code: str) -> bool:
    return code in _index(name)


def label(name: str, code: str | None, lang: str = "vi") -> str:
    """Display name of a code; an unknown code is shown as itself so nothing is hidden."""
    if code is None or code == "":
        return ""
    value = _index(name).get(code)
    return value.label(lang) if value else code
