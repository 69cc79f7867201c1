"""The columns of each list: what officers see, and the SQL sort key behind each header.

A column formats one value of a stored row (ISO dates, integer VND, codes, 0/1 flags) into
what people read, so the table model stays generic. Headers are kept untranslated here and
translated when shown (`QT_TRANSLATE_NOOP` lets the translation tools find them).
Sorting is always done by SQLite: `sort` names the `ListQuery.sort` key of a column, or is
None for a computed column that cannot be sorted without reading every row.
Every list starts with STT, the row's number in the order shown (as on paper, MISA and HTKK),
and money and count columns have a total under them (`total_key`), summed by SQLite.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from kttt_desktop.core import catalogs, units
from kttt_desktop.core.db.queries import ACTIVE_MEMBERS
from kttt_desktop.core.formats import format_date, format_money
from kttt_desktop.core.reports.scale import scale_label
from kttt_desktop.ui.i18n import QT_TRANSLATE_NOOP, lang

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

CONTEXT = "columns"
CHECK_MARK = "✓"

# Key of the computed member count that `enrich_rows` adds to organisation rows.
MEMBER_COUNT_KEY = "_member_count"
# Key of the scale (from the latest yearly results) that `enrich_rows` adds to organisation rows.
SCALE_KEY = "_scale"


class Kind(str, Enum):  # noqa: UP042 - StrEnum would change str() of members, which text and storage may rely on
    TEXT = "text"
    DATE = "date"
    MONEY = "money"
    CODE = "code"  # a catalogue code, shown by its label
    UNIT = "unit"  # an administrative unit code, shown by its name
    FLAG = "flag"  # 0/1, shown as a tick
    COUNT = "count"  # a whole number, right-aligned
    YEAR = "year"  # a year: 2025, never "2.025"
    ROW_NUMBER = "row_number"  # STT: the row's place in the list as shown, not a stored value


@dataclass(frozen=True)
class Column:
    header: str  # untranslated (Vietnamese source text)
    key: str  # key of the row dict from `Registry.fetch_rows`
    kind: Kind = Kind.TEXT
    catalog: str | None = None
    sort: str | None = None  # ListQuery.sort key; None: not sortable
    width: int = 120  # default width in pixels before the officer resizes it
    summed: bool = True  # whether the totals row adds it up (an average is not added up)

    @property
    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.header)

    @property
    def sortable(self) -> bool:
        return self.sort is not None

    @property
    def alignment(self) -> Qt.AlignmentFlag:
        if self.kind in (Kind.MONEY, Kind.COUNT):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if self.kind in (Kind.FLAG, Kind.DATE, Kind.ROW_NUMBER, Kind.YEAR):
            return Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def display(self, row: dict[str, Any]) -> str:
        """The text of this column for one stored row."""
        value = row.get(self.key)
        if value is None or value == "":
            return ""
        formatter = _FORMATTERS[self.kind]
        return formatter(self, value)


def _text(column: Column, value: Any) -> str:
    return str(value)


def _date(column: Column, value: Any) -> str:
    return format_date(str(value))


def _money(column: Column, value: Any) -> str:
    return format_money(int(value))


def _code(column: Column, value: Any) -> str:
    return catalogs.label(column.catalog or "", str(value), lang())


def _unit(column: Column, value: Any) -> str:
    return units.describe(str(value))


def _flag(column: Column, value: Any) -> str:
    return CHECK_MARK if value else ""


def _count(column: Column, value: Any) -> str:
    return format_money(int(value))


_FORMATTERS: dict[Kind, Callable[[Column, Any], str]] = {
    Kind.TEXT: _text, Kind.DATE: _date, Kind.MONEY: _money, Kind.CODE: _code,
    Kind.UNIT: _unit, Kind.FLAG: _flag, Kind.COUNT: _count, Kind.ROW_NUMBER: _text, Kind.YEAR: _text,
}


def _c(header: str, key: str, kind: Kind = Kind.TEXT, catalog: str | None = None,
       sort: str | None = "", width: int = 120, summed: bool = True) -> Column:
    """A column sorted by its own field unless told otherwise (`sort=None`: not sortable)."""
    return Column(header, key, kind, catalog, key if sort == "" else sort, width, summed)



COLUMNS: dict[str, tuple[Column, ...]] = {
    "organization": (
        _c(QT_TRANSLATE_NOOP("columns", "Tên tổ chức"), "name", sort="sort_name", width=250),
        _c(QT_TRANSLATE_NOOP("columns", "Loại hình"), "kind", Kind.CODE, "organization_kind", width=140),
        _c(QT_TRANSLATE_NOOP("columns", "Mã số"), "registration_code", width=100),
        _c(QT_TRANSLATE_NOOP("columns", "Tình trạng"), "status", Kind.CODE, "organization_status", width=150),
        _c(QT_TRANSLATE_NOOP("columns", "Thôn/bản"), "village", width=110),
        _c(QT_TRANSLATE_NOOP("columns", "Xã"), "commune_code", Kind.UNIT, width=110),
        _c(QT_TRANSLATE_NOOP("columns", "Thành viên"), MEMBER_COUNT_KEY, Kind.COUNT, sort=None, width=85),
        _c(QT_TRANSLATE_NOOP("columns", "Quy mô (năm)"), SCALE_KEY, sort=None, width=110),
        _c(QT_TRANSLATE_NOOP("columns", "Vốn điều lệ (đ)"), "charter_capital_vnd", Kind.MONEY, width=125),
        _c(QT_TRANSLATE_NOOP("columns", "Ngày đăng ký"), "registration_date", Kind.DATE, width=100),
    ),
    "member": (
        _c(QT_TRANSLATE_NOOP("columns", "Họ và tên"), "full_name", sort="sort_name", width=190),
        _c(QT_TRANSLATE_NOOP("columns", "Ngày sinh"), "birth_date", Kind.DATE, width=95),
        _c(QT_TRANSLATE_NOOP("columns", "Giới tính"), "gender", Kind.CODE, "gender", width=70),
        _c(QT_TRANSLATE_NOOP("columns", "Dân tộc"), "ethnicity_code", Kind.CODE, "ethnicity", width=90),
        _c(QT_TRANSLATE_NOOP("columns", "Số định danh (CCCD)"), "id_number", width=140),
        _c(QT_TRANSLATE_NOOP("columns", "Tổ chức"), "organization_name", sort="organization_name", width=220),
        _c(QT_TRANSLATE_NOOP("columns", "Hình thức"), "membership", Kind.CODE, "membership", width=160),
        _c(QT_TRANSLATE_NOOP("columns", "Thôn/bản"), "village", width=120),
        _c(QT_TRANSLATE_NOOP("columns", "Vốn góp (đ)"), "capital_vnd", Kind.MONEY, width=110),
        _c(QT_TRANSLATE_NOOP("columns", "Ngày gia nhập"), "joined_on", Kind.DATE, width=100),
        _c(QT_TRANSLATE_NOOP("columns", "Ngày ra khỏi"), "left_on", Kind.DATE, width=100),
    ),
    "worker": (
        _c(QT_TRANSLATE_NOOP("columns", "Họ và tên"), "full_name", sort="sort_name", width=190),
        _c(QT_TRANSLATE_NOOP("columns", "Ngày sinh"), "birth_date", Kind.DATE, width=95),
        _c(QT_TRANSLATE_NOOP("columns", "Giới tính"), "gender", Kind.CODE, "gender", width=70),
        _c(QT_TRANSLATE_NOOP("columns", "Dân tộc"), "ethnicity_code", Kind.CODE, "ethnicity", width=90),
        _c(QT_TRANSLATE_NOOP("columns", "Số định danh (CCCD)"), "id_number", width=140),
        _c(QT_TRANSLATE_NOOP("columns", "Tổ chức"), "organization_name", sort="organization_name", width=220),
        _c(QT_TRANSLATE_NOOP("columns", "Là thành viên"), "is_member", Kind.FLAG, width=90),
        _c(QT_TRANSLATE_NOOP("columns", "Hợp đồng"), "contract", Kind.CODE, "contract", width=160),
        _c(QT_TRANSLATE_NOOP("columns", "BHXH"), "social_insurance", Kind.CODE, "social_insurance", width=100),
        _c(QT_TRANSLATE_NOOP("columns", "Ngày bắt đầu"), "started_on", Kind.DATE, width=100),
        _c(QT_TRANSLATE_NOOP("columns", "Ngày thôi việc"), "ended_on", Kind.DATE, width=100),
    ),
    "support": (
        _c(QT_TRANSLATE_NOOP("columns", "Nội dung"), "content", sort="sort_name", width=260),
        _c(QT_TRANSLATE_NOOP("columns", "Tổ chức"), "organization_name", sort="organization_name", width=200),
        _c(QT_TRANSLATE_NOOP("columns", "Nhóm chính sách"), "category", Kind.CODE, "support_category", width=170),
        _c(QT_TRANSLATE_NOOP("columns", "Nguồn kinh phí"), "funding_source", Kind.CODE, "funding_source",
           width=150),
        _c(QT_TRANSLATE_NOOP("columns", "Số tiền (đ)"), "amount_vnd", Kind.MONEY, width=120),
        _c(QT_TRANSLATE_NOOP("columns", "Giai đoạn"), "stage", Kind.CODE, "support_stage", width=110),
        _c(QT_TRANSLATE_NOOP("columns", "Số quyết định"), "decision_no", width=110),
        _c(QT_TRANSLATE_NOOP("columns", "Ngày quyết định"), "decision_date", Kind.DATE, width=105),
        _c(QT_TRANSLATE_NOOP("columns", "Tài sản không chia"), "indivisible_asset", Kind.FLAG, width=80),
    ),
    "annual_report": (
        _c(QT_TRANSLATE_NOOP("columns", "Năm"), "year", Kind.YEAR, sort="sort_name", width=60),
        _c(QT_TRANSLATE_NOOP("columns", "Tổ chức"), "organization_name", sort="organization_name", width=220),
        _c(QT_TRANSLATE_NOOP("columns", "Doanh thu (đ)"), "revenue_vnd", Kind.MONEY, width=130),
        _c(QT_TRANSLATE_NOOP("columns", "Lợi nhuận (đ)"), "profit_vnd", Kind.MONEY, width=120),
        _c(QT_TRANSLATE_NOOP("columns", "Thu nhập BQ thành viên (đ)"), "avg_income_member_vnd", Kind.MONEY,
           width=185, summed=False),
        _c(QT_TRANSLATE_NOOP("columns", "Thành viên chính thức"), "members_official", Kind.COUNT, width=145),
        _c(QT_TRANSLATE_NOOP("columns", "Lao động thường xuyên"), "workers_regular", Kind.COUNT, width=165),
        _c(QT_TRANSLATE_NOOP("columns", "Xếp loại"), "rating", Kind.CODE, "rating", width=100),
        _c(QT_TRANSLATE_NOOP("columns", "Điểm"), "rating_score", Kind.COUNT, width=55),
        _c(QT_TRANSLATE_NOOP("columns", "Nợ quá hạn (đ)"), "overdue_debt_vnd", Kind.MONEY, width=120),
    ),
    "status_change": (
        _c(QT_TRANSLATE_NOOP("columns", "Có hiệu lực từ"), "effective_on", Kind.DATE, sort="sort_name",
           width=105),
        _c(QT_TRANSLATE_NOOP("columns", "Tổ chức"), "organization_name", sort="organization_name", width=220),
        _c(QT_TRANSLATE_NOOP("columns", "Tình trạng"), "status", Kind.CODE, "organization_status", width=190),
        _c(QT_TRANSLATE_NOOP("columns", "Số quyết định"), "decision_no", width=110),
        _c(QT_TRANSLATE_NOOP("columns", "Ngày quyết định"), "decision_date", Kind.DATE, width=105),
        _c(QT_TRANSLATE_NOOP("columns", "Cơ quan quyết định"), "agency", width=160),
        _c(QT_TRANSLATE_NOOP("columns", "Lý do"), "reason", width=220),
        _c(QT_TRANSLATE_NOOP("columns", "Chuyển từ sổ cũ"), "carried_over", Kind.FLAG, width=80),
    ),
    "manager": (
        _c(QT_TRANSLATE_NOOP("columns", "Họ và tên"), "full_name", sort="sort_name", width=190),
        _c(QT_TRANSLATE_NOOP("columns", "Tổ chức"), "organization_name", sort="organization_name", width=220),
        _c(QT_TRANSLATE_NOOP("columns", "Chức danh"), "role", Kind.CODE, "manager_role", width=170),
        _c(QT_TRANSLATE_NOOP("columns", "Từ ngày"), "from_on", Kind.DATE, width=95),
        _c(QT_TRANSLATE_NOOP("columns", "Đến ngày"), "to_on", Kind.DATE, width=95),
        _c(QT_TRANSLATE_NOOP("columns", "Trình độ"), "qualification", Kind.CODE, "qualification", width=110),
        _c(QT_TRANSLATE_NOOP("columns", "Đào tạo đạt chuẩn"), "trained_to_standard", Kind.FLAG, width=90),
        _c(QT_TRANSLATE_NOOP("columns", "Điện thoại"), "phone", width=110),
    ),
    "training": (
        _c(QT_TRANSLATE_NOOP("columns", "Khóa học"), "course", sort="sort_name", width=220),
        _c(QT_TRANSLATE_NOOP("columns", "Người học"), "full_name", width=170),
        _c(QT_TRANSLATE_NOOP("columns", "Tổ chức"), "organization_name", sort="organization_name", width=200),
        _c(QT_TRANSLATE_NOOP("columns", "Nội dung"), "topic", Kind.CODE, "training_topic", width=140),
        _c(QT_TRANSLATE_NOOP("columns", "Từ ngày"), "started_on", Kind.DATE, width=95),
        _c(QT_TRANSLATE_NOOP("columns", "Đến ngày"), "ended_on", Kind.DATE, width=95),
        _c(QT_TRANSLATE_NOOP("columns", "Đơn vị tổ chức"), "organiser", width=160),
    ),
    "product": (
        _c(QT_TRANSLATE_NOOP("columns", "Sản phẩm"), "name", sort="sort_name", width=200),
        _c(QT_TRANSLATE_NOOP("columns", "Tổ chức"), "organization_name", sort="organization_name", width=200),
        _c(QT_TRANSLATE_NOOP("columns", "Sao OCOP"), "ocop_stars", Kind.COUNT, width=70),
        _c(QT_TRANSLATE_NOOP("columns", "OCOP hết hạn"), "ocop_expires_on", Kind.DATE, width=100),
        _c(QT_TRANSLATE_NOOP("columns", "Chứng nhận"), "certification", Kind.CODE, "product_certification", width=110),
        _c(QT_TRANSLATE_NOOP("columns", "Nhãn hiệu"), "brand", width=140),
        _c(QT_TRANSLATE_NOOP("columns", "Truy xuất nguồn gốc"), "traceability", Kind.FLAG, width=80),
        _c(QT_TRANSLATE_NOOP("columns", "Công nghệ cao"), "high_tech", Kind.FLAG, width=80),
    ),
    "linkage": (
        _c(QT_TRANSLATE_NOOP("columns", "Đối tác"), "partner_name", sort="sort_name", width=220),
        _c(QT_TRANSLATE_NOOP("columns", "Tổ chức"), "organization_name", sort="organization_name", width=200),
        _c(QT_TRANSLATE_NOOP("columns", "Sản phẩm"), "product", width=140),
        _c(QT_TRANSLATE_NOOP("columns", "Khâu"), "stage", Kind.CODE, "chain_stage", width=120),
        _c(QT_TRANSLATE_NOOP("columns", "Số hợp đồng"), "contract_no", width=110),
        _c(QT_TRANSLATE_NOOP("columns", "Ngày ký"), "signed_on", Kind.DATE, width=95),
        _c(QT_TRANSLATE_NOOP("columns", "Hết hạn"), "expires_on", Kind.DATE, width=95),
        _c(QT_TRANSLATE_NOOP("columns", "Giá trị (đ)"), "value_vnd", Kind.MONEY, width=120),
    ),
    "loan": (
        _c(QT_TRANSLATE_NOOP("columns", "Bên cho vay"), "lender", Kind.CODE, "lender", width=220),
        _c(QT_TRANSLATE_NOOP("columns", "Tổ chức"), "organization_name", sort="organization_name", width=200),
        _c(QT_TRANSLATE_NOOP("columns", "Số hợp đồng"), "contract_no", sort="sort_name", width=110),
        _c(QT_TRANSLATE_NOOP("columns", "Ngày giải ngân"), "disbursed_on", Kind.DATE, width=100),
        _c(QT_TRANSLATE_NOOP("columns", "Số tiền vay (đ)"), "amount_vnd", Kind.MONEY, width=120),
        _c(QT_TRANSLATE_NOOP("columns", "Dư nợ (đ)"), "outstanding_vnd", Kind.MONEY, width=120),
        _c(QT_TRANSLATE_NOOP("columns", "Nợ quá hạn (đ)"), "overdue_vnd", Kind.MONEY, width=120),
        _c(QT_TRANSLATE_NOOP("columns", "Hỗ trợ lãi suất (đ)"), "interest_support_vnd", Kind.MONEY, width=120),
    ),
    "land": (
        _c(QT_TRANSLATE_NOOP("columns", "Mục đích sử dụng"), "use", Kind.CODE, "land_use", sort="sort_name",
           width=180),
        _c(QT_TRANSLATE_NOOP("columns", "Tổ chức"), "organization_name", sort="organization_name", width=200),
        _c(QT_TRANSLATE_NOOP("columns", "Diện tích (m²)"), "area_m2", Kind.COUNT, width=100),
        _c(QT_TRANSLATE_NOOP("columns", "Hình thức"), "tenure", Kind.CODE, "land_tenure", width=130),
        _c(QT_TRANSLATE_NOOP("columns", "Số giấy chứng nhận"), "certificate_no", width=130),
        _c(QT_TRANSLATE_NOOP("columns", "Từ ngày"), "from_on", Kind.DATE, width=95),
        _c(QT_TRANSLATE_NOOP("columns", "Đến ngày"), "to_on", Kind.DATE, width=95),
    ),
}

# STT, first in every list: numbered by the model from the row, so it follows any sort and filter.
ROW_NUMBER = Column(QT_TRANSLATE_NOOP("columns", "STT"), "_row_number", Kind.ROW_NUMBER, width=52)

# In an organisation's own tabs the organisation column would repeat one name on every row.
_HIDDEN_IN_ORGANIZATION = {"organization_name"}


def columns_for(record_type: str, within_organization: bool = False) -> tuple[Column, ...]:
    """The list columns of a record type: STT, then its own (without the organisation
    column inside one)."""
    columns = COLUMNS[record_type]
    if within_organization:
        columns = tuple(c for c in columns if c.key not in _HIDDEN_IN_ORGANIZATION)
    return (ROW_NUMBER, *columns)


def total_key(column: Column) -> str | None:
    """What the totals row adds up under a column (a key of core's `queries.totals`): the
    money, and the members still in the listed organisations; None for other columns."""
    if column.kind == Kind.MONEY and column.summed:
        return column.key
    if column.key == MEMBER_COUNT_KEY:
        return ACTIVE_MEMBERS
    return None


def enrich_rows(registry: Registry, record_type: str, columns: tuple[Column, ...],
                rows: dict[int, dict[str, Any]]) -> None:
    """Add computed values (member counts, scale) to freshly fetched rows, one block at a time.

    One grouped query for the rows of the block the view is showing, so a long list never
    counts members of organisations nobody scrolls to.
    """
    if record_type != "organization":
        return
    keys = {c.key for c in columns}
    if MEMBER_COUNT_KEY in keys:
        counts = registry.active_member_counts(row["id"] for row in rows.values())
        for row in rows.values():
            row[MEMBER_COUNT_KEY] = counts[row["id"]]
    if SCALE_KEY in keys:
        scales = registry.scales(row["id"] for row in rows.values())
        for row in rows.values():
            found = scales.get(row["id"])
            row[SCALE_KEY] = f"{scale_label(found[1], lang())} ({found[0]})" if found else ""


def noun_for(record_type: str) -> str:
    """What one record of this type is called in running text: "thành viên"."""
    return QCoreApplication.translate(CONTEXT, _NOUNS[record_type])


_NOUNS = {
    "organization": QT_TRANSLATE_NOOP("columns", "tổ chức"),
    "member": QT_TRANSLATE_NOOP("columns", "thành viên"),
    "worker": QT_TRANSLATE_NOOP("columns", "người lao động"),
    "support": QT_TRANSLATE_NOOP("columns", "khoản hỗ trợ"),
    "annual_report": QT_TRANSLATE_NOOP("columns", "kết quả năm"),
    "status_change": QT_TRANSLATE_NOOP("columns", "quyết định về tình trạng"),
    "manager": QT_TRANSLATE_NOOP("columns", "cán bộ quản lý"),
    "training": QT_TRANSLATE_NOOP("columns", "lượt đào tạo"),
    "product": QT_TRANSLATE_NOOP("columns", "sản phẩm"),
    "linkage": QT_TRANSLATE_NOOP("columns", "hợp đồng liên kết"),
    "loan": QT_TRANSLATE_NOOP("columns", "khoản vay"),
    "land": QT_TRANSLATE_NOOP("columns", "thửa đất, mặt bằng"),
}


class Counts(QObject):
    """Counted records ("12.345 thành viên"). Through `tr` with the number, so a language
    with plurals gets the right form ("1 member", "2 members"); Vietnamese has one form."""

    def text(self, record_type: str, count: int, grouped: bool = True) -> str:
        if record_type == "organization":
            template = self.tr("{count} tổ chức", "", count)
        elif record_type == "member":
            template = self.tr("{count} thành viên", "", count)
        elif record_type == "worker":
            template = self.tr("{count} người lao động", "", count)
        elif record_type == "annual_report":
            template = self.tr("{count} kết quả năm", "", count)
        elif record_type == "status_change":
            template = self.tr("{count} quyết định về tình trạng", "", count)
        elif record_type == "manager":
            template = self.tr("{count} cán bộ quản lý", "", count)
        elif record_type == "training":
            template = self.tr("{count} lượt đào tạo", "", count)
        elif record_type == "product":
            template = self.tr("{count} sản phẩm", "", count)
        elif record_type == "linkage":
            template = self.tr("{count} hợp đồng liên kết", "", count)
        elif record_type == "loan":
            template = self.tr("{count} khoản vay", "", count)
        elif record_type == "land":
            template = self.tr("{count} thửa đất, mặt bằng", "", count)
        else:
            template = self.tr("{count} khoản hỗ trợ", "", count)
        return template.format(count=format_money(count) if grouped else str(count))


def count_text(record_type: str, count: int, grouped: bool = True) -> str:
    """"12.345 thành viên": a number of records of one type, as the officer reads it
    (`grouped=False`: without dots between thousands)."""
    return Counts().text(record_type, count, grouped)
