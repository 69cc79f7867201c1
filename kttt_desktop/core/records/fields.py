"""The one description of every record type and its fields.

Schema, validation, JSON, list columns, forms and Excel all read this table, so a field is
added in one place. Field names are the JSON keys of CLI.md (plus the extra facts that
DOMAIN.md asks for); storage types follow the habits: ISO dates, integer VND, 0/1 flags.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cached_property
from typing import Any, TypeGuard

from kttt_desktop.core import catalogs

TEXT_MAX_LENGTH = 500
"""Longest one-line text a field keeps: a cooperative's full name or an address is far shorter."""
MULTILINE_MAX_LENGTH = 5000
"""Longest note or support content: a few paragraphs."""
MONEY_MAX_VND = 10**15 - 1
"""Largest amount of đồng (15 digits, as the money editor allows): far beyond any cooperative,
and well inside what SQLite and a spreadsheet hold exactly."""
INT_MAX = 2**31 - 1
"""Largest whole number a count field keeps."""
RECORD_ID = re.compile(r"[0-9a-f]{32}")
"""A record's id: a random UUID in 32 lowercase hex digits, made where the record was created."""


def is_record_id(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and RECORD_ID.fullmatch(value) is not None


class FieldKind(str, Enum):  # noqa: UP042 - StrEnum would change str() of members, which text and storage may rely on
    TEXT = "text"
    DATE = "date"  # ISO YYYY-MM-DD in storage and JSON
    MONEY = "money"  # integer VND
    INT = "int"
    BOOL = "bool"  # 0/1 in storage, true/false in JSON
    CODE = "code"  # a value of `catalog`
    REF = "ref"  # the id of a record of `ref_type`


@dataclass(frozen=True)
class Field:
    name: str
    kind: FieldKind
    vi: str
    en: str
    catalog: str | None = None
    ref_type: str | None = None
    required: bool = False
    default: object = None
    searchable: bool = False  # folded into the diacritic-free search text
    multiline: bool = False
    signed: bool = False  # money that may be below zero (a profit that is a loss)
    minimum: int | None = None  # bounds of a whole number (a year, a score)
    maximum: int | None = None

    def label(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi

    @property
    def max_length(self) -> int:
        """The most characters a text of this field may hold, typed or received."""
        return MULTILINE_MAX_LENGTH if self.multiline else TEXT_MAX_LENGTH


@dataclass(frozen=True)
class RecordType:
    name: str  # also the table name
    vi: str
    en: str
    fields: tuple[Field, ...]
    title_field: str  # the field lists are ordered by, and that names a record unless `title` does
    title: Callable[[Mapping[str, Any]], str] | None = None  # a record's name in messages and lists

    def title_of(self, record: Mapping[str, Any]) -> str:
        """How a record is named to people ("Năm 2025", a person's name)."""
        if self.title is not None:
            return self.title(record)
        value = record.get(self.title_field)
        return "" if value is None else str(value)

    def field(self, name: str) -> Field:
        return self._by_name[name]

    @cached_property
    def _by_name(self) -> dict[str, Field]:
        return {field.name: field for field in self.fields}

    @cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(field.name for field in self.fields)

    @cached_property
    def searchable_fields(self) -> tuple[str, ...]:
        return tuple(field.name for field in self.fields if field.searchable)

    @cached_property
    def bool_fields(self) -> frozenset[str]:
        return frozenset(field.name for field in self.fields if field.kind == FieldKind.BOOL)

    def label(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi


# One letter per kind keeps the field tables below readable; `I` is the integer kind.
T, D, M, I, B, C, R = (  # noqa: E741
FieldKind.TEXT, FieldKind.DATE, FieldKind.MONEY, FieldKind.INT,
                       FieldKind.BOOL, FieldKind.CODE, FieldKind.REF)

ORGANIZATION = RecordType(
    "organization", "Tổ chức kinh tế tập thể", "Organisation",
    (
        Field("kind", C, "Loại hình", "Kind", catalog="organization_kind", required=True, default="htx"),
        Field("name", T, "Tên tổ chức", "Name", required=True, searchable=True),
        Field("registration_code", T, "Mã số HTX / mã số thuế", "Registration (tax) code",
              searchable=True),
        Field("registration_date", D, "Ngày đăng ký", "Registration date"),
        Field("certificate_no", T, "Số giấy chứng nhận", "Certificate number"),
        Field("status", C, "Tình trạng pháp lý", "Legal status", catalog="organization_status",
              required=True, default="active"),
        Field("commune_code", T, "Mã xã", "Commune code"),
        Field("village", T, "Thôn / bản", "Village"),
        Field("address", T, "Địa chỉ trụ sở", "Head-office address"),
        Field("representative", T, "Người đại diện theo pháp luật", "Legal representative",
              searchable=True),
        Field("phone", T, "Điện thoại", "Phone", searchable=True),
        Field("sector", C, "Lĩnh vực", "Sector", catalog="sector", default="agriculture"),
        Field("charter_capital_vnd", M, "Vốn điều lệ (đồng)", "Charter capital (VND)"),
        Field("main_products", T, "Sản phẩm, dịch vụ chính", "Main products"),
        Field("high_tech", B, "Ứng dụng công nghệ cao", "Applies high technology", default=False),
        Field("value_chain", B, "Liên kết chuỗi giá trị", "In a value chain", default=False),
        Field("traceability", B, "Truy xuất nguồn gốc", "Traceability", default=False),
        Field("ocop_products", T, "Sản phẩm OCOP", "OCOP products"),
        Field("ocop_stars", I, "Số sao OCOP cao nhất", "Highest OCOP stars"),
        Field("contract_no", T, "Số hợp đồng hợp tác (tổ hợp tác)", "Cooperation contract no. (group)"),
        Field("contract_signed_on", D, "Ngày ký hợp đồng hợp tác", "Cooperation contract signed on"),
        Field("contract_term_months", I, "Thời hạn hợp đồng hợp tác (tháng)", "Cooperation contract term (months)",
              minimum=0, maximum=1200),
        Field("long_standing_debt", B, "Có nợ đọng kéo dài", "Long-standing debt", default=False),
        Field("needs_reorganisation", B, "Cần tổ chức lại", "Needs reorganisation", default=False),
        Field("notes", T, "Ghi chú", "Notes", multiline=True),
    ),
    title_field="name",
)

MEMBER = RecordType(
    "member", "Thành viên", "Member",
    (
        Field("organization_id", R, "Tổ chức", "Organisation", ref_type="organization", required=True),
        Field("kind", C, "Loại thành viên", "Member kind", catalog="member_kind", required=True,
              default="individual"),
        Field("membership", C, "Hình thức thành viên", "Membership", catalog="membership",
              required=True, default="official"),
        Field("full_name", T, "Họ và tên", "Full name", required=True, searchable=True),
        Field("birth_date", D, "Ngày sinh", "Date of birth"),
        Field("gender", C, "Giới tính", "Sex", catalog="gender"),
        Field("nationality", T, "Quốc tịch", "Nationality", default="Việt Nam"),
        Field("ethnicity_code", C, "Dân tộc", "Ethnic group", catalog="ethnicity"),
        Field("id_number", T, "Số định danh cá nhân (CCCD)", "Personal ID number (citizen ID)", searchable=True),
        Field("id_issued_on", D, "Ngày cấp", "ID issued on"),
        Field("id_issued_by", T, "Nơi cấp", "ID issued by"),
        Field("phone", T, "Điện thoại", "Phone", searchable=True),
        Field("village", T, "Thôn / bản", "Village"),
        Field("residence", T, "Nơi cư trú", "Residence"),
        Field("representative", T, "Người đại diện (hộ, tổ chức)", "Representative (household, entity)"),
        Field("member_organization_id", R, "Là tổ chức trong sổ", "Is this organisation in the register",
              ref_type="organization"),
        Field("capital_vnd", M, "Vốn góp (đồng)", "Capital contributed (VND)"),
        Field("capital_completed_on", D, "Ngày hoàn thành góp vốn", "Contribution completed on"),
        Field("joined_on", D, "Ngày gia nhập", "Joined on"),
        Field("left_on", D, "Ngày ra khỏi", "Left on"),
        Field("leave_reason", T, "Lý do ra khỏi", "Reason for leaving"),
    ),
    title_field="full_name",
)

WORKER = RecordType(
    "worker", "Người lao động", "Worker",
    (
        Field("organization_id", R, "Tổ chức", "Organisation", ref_type="organization", required=True),
        Field("full_name", T, "Họ và tên", "Full name", required=True, searchable=True),
        Field("birth_date", D, "Ngày sinh", "Date of birth"),
        Field("gender", C, "Giới tính", "Sex", catalog="gender"),
        Field("ethnicity_code", C, "Dân tộc", "Ethnic group", catalog="ethnicity"),
        Field("id_number", T, "Số định danh cá nhân (CCCD)", "Personal ID number (citizen ID)", searchable=True),
        Field("is_member", B, "Là thành viên", "Is a member", default=False),
        Field("contract", C, "Hợp đồng lao động", "Labour contract", catalog="contract", default="none"),
        Field("social_insurance", C, "Bảo hiểm xã hội", "Social insurance", catalog="social_insurance",
              default="none"),
        Field("started_on", D, "Ngày bắt đầu làm việc", "Started on"),
        Field("ended_on", D, "Ngày thôi việc", "Ended on"),
    ),
    title_field="full_name",
)

SUPPORT = RecordType(
    "support", "Hỗ trợ của Nhà nước", "State support",
    (
        Field("organization_id", R, "Tổ chức", "Organisation", ref_type="organization", required=True),
        Field("category", C, "Nhóm chính sách", "Policy category", catalog="support_category",
              required=True, default="training"),
        Field("content", T, "Nội dung hỗ trợ", "Content", required=True, searchable=True, multiline=True),
        Field("decision_no", T, "Số quyết định", "Decision number", searchable=True),
        Field("decision_date", D, "Ngày quyết định", "Decision date"),
        Field("agency", T, "Cơ quan hỗ trợ", "Supporting agency"),
        Field("funding_source", C, "Nguồn kinh phí", "Funding source", catalog="funding_source",
              default="provincial_budget"),
        Field("amount_vnd", M, "Số tiền (đồng)", "Amount (VND)"),
        Field("in_kind", T, "Hỗ trợ bằng hiện vật", "In kind"),
        Field("stage", C, "Giai đoạn", "Stage", catalog="support_stage", required=True,
              default="requested"),
        Field("indivisible_asset", B, "Tạo tài sản không chia", "Created an indivisible asset",
              default=False),
        Field("is_loan", B, "Là khoản vay (phải hoàn trả)", "Is a loan (to be repaid)", default=False),
    ),
    title_field="content",
)

def _annual_report_title(record: Mapping[str, Any]) -> str:
    year = record.get("year")
    return f"Năm {year}" if year is not None else ""


ANNUAL_REPORT = RecordType(
    "annual_report", "Kết quả hoạt động năm", "Yearly results",
    (
        Field("organization_id", R, "Tổ chức", "Organisation", ref_type="organization", required=True),
        Field("year", I, "Năm", "Year", required=True, minimum=1990, maximum=2100),
        Field("members_official", I, "Thành viên chính thức", "Official members", minimum=0),
        Field("members_associate", I, "Thành viên liên kết", "Associate members", minimum=0),
        Field("workers_total", I, "Tổng số lao động", "Workers, total", minimum=0),
        Field("workers_regular", I, "Lao động làm việc thường xuyên", "Regular workers", minimum=0),
        Field("revenue_vnd", M, "Doanh thu (đồng)", "Revenue (VND)"),
        Field("cost_vnd", M, "Chi phí (đồng)", "Costs (VND)"),
        Field("profit_vnd", M, "Lợi nhuận trước thuế (đồng)", "Profit before tax (VND)", signed=True),
        Field("avg_income_member_vnd", M, "Thu nhập bình quân của thành viên (đồng/năm)",
              "Average income per member (VND/year)"),
        Field("avg_income_worker_vnd", M, "Thu nhập bình quân của người lao động (đồng/năm)",
              "Average income per worker (VND/year)"),
        Field("total_capital_vnd", M, "Tổng nguồn vốn (đồng)", "Total capital (VND)"),
        Field("total_assets_vnd", M, "Tổng tài sản (đồng)", "Total assets (VND)"),
        Field("indivisible_assets_vnd", M, "Tài sản không chia (đồng)", "Indivisible assets (VND)"),
        Field("internal_transactions_vnd", M, "Giao dịch nội bộ với thành viên (đồng)",
              "Internal transactions with members (VND)"),
        Field("funds_vnd", M, "Các quỹ (đồng)", "Funds (VND)"),
        Field("debt_vnd", M, "Nợ phải trả (đồng)", "Liabilities (VND)"),
        Field("overdue_debt_vnd", M, "Nợ quá hạn (đồng)", "Overdue debt (VND)"),
        Field("rating", C, "Xếp loại", "Rating", catalog="rating"),
        Field("rating_score", I, "Điểm đánh giá (0–100)", "Rating score (0–100)", minimum=0, maximum=100),
        Field("submitted_on", D, "Ngày nộp báo cáo", "Submitted on"),
        Field("notes", T, "Ghi chú", "Notes", multiline=True),
    ),
    title_field="year",
    title=_annual_report_title,
)


def _status_change_title(record: Mapping[str, Any]) -> str:
    status = catalogs.label("organization_status", record.get("status"))
    day = record.get("effective_on")
    if not day:
        return status
    return f"{status} ({day[8:10]}/{day[5:7]}/{day[:4]})" if len(day) == 10 else f"{status} ({day})"


STATUS_CHANGE = RecordType(
    "status_change", "Quyết định về tình trạng", "Status decision",
    (
        Field("organization_id", R, "Tổ chức", "Organisation", ref_type="organization", required=True),
        Field("status", C, "Tình trạng", "Status", catalog="organization_status", required=True),
        Field("effective_on", D, "Có hiệu lực từ ngày", "In effect from", required=True),
        Field("decision_no", T, "Số quyết định / thông báo", "Decision or notice number", searchable=True),
        Field("decision_date", D, "Ngày quyết định", "Decision date"),
        Field("agency", T, "Cơ quan quyết định", "Deciding agency"),
        Field("reason", T, "Lý do", "Reason", multiline=True, searchable=True),
        Field("carried_over", B, "Chuyển từ sổ cũ", "Carried over from the old register", default=False),
    ),
    title_field="effective_on",
    title=_status_change_title,
)

MANAGER = RecordType(
    "manager", "Cán bộ quản lý", "Manager",
    (
        Field("organization_id", R, "Tổ chức", "Organisation", ref_type="organization", required=True),
        Field("full_name", T, "Họ và tên", "Full name", required=True, searchable=True),
        Field("role", C, "Chức danh", "Post", catalog="manager_role", required=True, default="director"),
        Field("from_on", D, "Giữ chức từ ngày", "In post from"),
        Field("to_on", D, "Đến ngày", "In post until"),
        Field("birth_date", D, "Ngày sinh", "Date of birth"),
        Field("gender", C, "Giới tính", "Sex", catalog="gender"),
        Field("ethnicity_code", C, "Dân tộc", "Ethnic group", catalog="ethnicity"),
        Field("id_number", T, "Số định danh cá nhân (CCCD)", "Personal ID number (citizen ID)", searchable=True),
        Field("qualification", C, "Trình độ chuyên môn", "Qualification", catalog="qualification"),
        Field("trained_to_standard", B, "Đã qua đào tạo đạt chuẩn", "Trained to standard", default=False),
        Field("phone", T, "Điện thoại", "Phone", searchable=True),
    ),
    title_field="full_name",
)

TRAINING = RecordType(
    "training", "Đào tạo, bồi dưỡng", "Training",
    (
        Field("organization_id", R, "Tổ chức", "Organisation", ref_type="organization", required=True),
        Field("course", T, "Khóa học", "Course", required=True, searchable=True),
        Field("full_name", T, "Người học", "Trainee", searchable=True),
        Field("manager_id", R, "Cán bộ quản lý", "Manager", ref_type="manager"),
        Field("topic", C, "Nội dung", "Topic", catalog="training_topic", required=True, default="management"),
        Field("started_on", D, "Từ ngày", "From"),
        Field("ended_on", D, "Đến ngày", "To"),
        Field("organiser", T, "Đơn vị tổ chức", "Organiser"),
        Field("certificate_no", T, "Số chứng chỉ", "Certificate no."),
        Field("support_id", R, "Khoản hỗ trợ chi trả", "Paid by support", ref_type="support"),
    ),
    title_field="course",
)

PRODUCT = RecordType(
    "product", "Sản phẩm", "Product",
    (
        Field("organization_id", R, "Tổ chức", "Organisation", ref_type="organization", required=True),
        Field("name", T, "Tên sản phẩm", "Product name", required=True, searchable=True),
        Field("ocop_stars", I, "Hạng sao OCOP", "OCOP stars", minimum=3, maximum=5),
        Field("ocop_decision_no", T, "Số quyết định công nhận OCOP", "OCOP decision no.", searchable=True),
        Field("ocop_certified_on", D, "Ngày công nhận OCOP", "OCOP certified on"),
        Field("ocop_expires_on", D, "OCOP hết hạn ngày", "OCOP expires on"),
        Field("certification", C, "Chứng nhận chất lượng", "Quality certification", catalog="product_certification"),
        Field("brand", T, "Nhãn hiệu, nhãn hiệu tập thể", "Trademark or collective mark"),
        Field("traceability", B, "Có truy xuất nguồn gốc", "Traceable", default=False),
        Field("high_tech", B, "Ứng dụng công nghệ cao", "Applies high technology", default=False),
    ),
    title_field="name",
)

LINKAGE = RecordType(
    "linkage", "Hợp đồng liên kết", "Value-chain contract",
    (
        Field("organization_id", R, "Tổ chức", "Organisation", ref_type="organization", required=True),
        Field("partner_name", T, "Đối tác liên kết", "Partner", required=True, searchable=True),
        Field("partner_tax_code", T, "Mã số thuế đối tác", "Partner's tax code", searchable=True),
        Field("partner_kind", C, "Loại đối tác", "Partner kind", catalog="partner_kind", default="enterprise"),
        Field("product", T, "Sản phẩm liên kết", "Product", searchable=True),
        Field("contract_no", T, "Số hợp đồng", "Contract no.", searchable=True),
        Field("signed_on", D, "Ngày ký", "Signed on"),
        Field("expires_on", D, "Ngày hết hạn", "Expires on"),
        Field("stage", C, "Khâu liên kết", "Stage", catalog="chain_stage", default="consumption"),
        Field("volume", T, "Sản lượng", "Volume"),
        Field("value_vnd", M, "Giá trị hợp đồng (đồng)", "Contract value (VND)"),
    ),
    title_field="partner_name",
)


def _loan_title(record: Mapping[str, Any]) -> str:
    lender = catalogs.label("lender", record.get("lender"))
    number = record.get("contract_no")
    return f"{lender} – {number}" if number else lender


LOAN = RecordType(
    "loan", "Khoản vay", "Loan",
    (
        Field("organization_id", R, "Tổ chức", "Organisation", ref_type="organization", required=True),
        Field("lender", C, "Bên cho vay", "Lender", catalog="lender", required=True,
              default="cooperative_fund_provincial"),
        Field("contract_no", T, "Số hợp đồng tín dụng", "Loan contract no.", searchable=True),
        Field("disbursed_on", D, "Ngày giải ngân", "Disbursed on"),
        Field("amount_vnd", M, "Số tiền vay (đồng)", "Amount (VND)"),
        Field("term_months", I, "Thời hạn (tháng)", "Term (months)", minimum=0, maximum=600),
        Field("interest_rate", T, "Lãi suất (%/năm)", "Interest rate (%/year)"),
        Field("interest_support_vnd", M, "Hỗ trợ lãi suất (đồng)", "Interest support (VND)"),
        Field("guaranteed", B, "Được bảo lãnh tín dụng", "Guaranteed", default=False),
        Field("outstanding_vnd", M, "Dư nợ (đồng)", "Outstanding (VND)"),
        Field("overdue_vnd", M, "Nợ quá hạn (đồng)", "Overdue (VND)"),
        Field("as_of", D, "Số dư tính đến ngày", "Balances as of"),
    ),
    title_field="contract_no",
    title=_loan_title,
)


def _land_title(record: Mapping[str, Any]) -> str:
    use = catalogs.label("land_use", record.get("use"))
    area = record.get("area_m2")
    return f"{use}, {area:,} m²".replace(",", ".") if isinstance(area, int) else use


LAND = RecordType(
    "land", "Đất đai, mặt bằng", "Land",
    (
        Field("organization_id", R, "Tổ chức", "Organisation", ref_type="organization", required=True),
        Field("use", C, "Mục đích sử dụng", "Use", catalog="land_use", required=True, default="agriculture"),
        Field("area_m2", I, "Diện tích (m²)", "Area (m²)", minimum=0),
        Field("tenure", C, "Hình thức sử dụng", "Tenure", catalog="land_tenure"),
        Field("certificate_no", T, "Số giấy chứng nhận / hợp đồng thuê", "Certificate or lease no."),
        Field("from_on", D, "Từ ngày", "From"),
        Field("to_on", D, "Đến ngày", "Until"),
    ),
    title_field="use",
    title=_land_title,
)

RECORD_TYPES: dict[str, RecordType] = {
    rt.name: rt for rt in (ORGANIZATION, MEMBER, WORKER, SUPPORT, ANNUAL_REPORT, STATUS_CHANGE,
                           MANAGER, TRAINING, PRODUCT, LINKAGE, LOAN, LAND)
}

# The record types that belong to an organisation (deleted and restored with it, shown in
# its tabs), in the order of the table above: read off the table so a new type joins them.
CHILD_TYPES: tuple[str, ...] = tuple(
    name for name, rt in RECORD_TYPES.items() if "organization_id" in rt.field_names)

# Columns every record carries besides its own fields (identity, ownership, tombstone).
SYSTEM_FIELDS: tuple[str, ...] = (
    "id", "owner", "version", "created_at", "created_by", "updated_at", "updated_by",
    "deleted", "deleted_at", "deleted_by", "delete_reason", "deleted_with",
)


def record_type_named(name: str) -> RecordType:
    """Look a record type up by its CLI name; unknown names raise a coded error."""
    from kttt_desktop.core.errors import KtttError

    try:
        return RECORD_TYPES[name]
    except KeyError:
        raise KtttError("unknown_record_type", type=name) from None
