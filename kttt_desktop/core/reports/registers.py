"""The registers' figures (managers, training, loans, OCOP products, value-chain contracts),
named once for `kttt indicators`, the dashboard, the printed report and its Excel sheet.

The figures come from `indicators.Snapshot`; this module only names them and lays them out as
plain data (labels already in the chosen language), in total and per commune, so that every
output says the same thing in the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kttt_desktop.core import catalogs
from kttt_desktop.core.messages import pick_language
from kttt_desktop.core.plan.indicators import REGISTER_KEYS, Snapshot


@dataclass(frozen=True)
class Own:
    """A figure that is neither a plan indicator nor a headline figure, with what it counts."""

    vi: str
    en: str
    unit: str  # public unit: "count", "pct" or "vnd"
    note_vi: str = ""
    note_en: str = ""

    def label(self, lang: str = "vi") -> str:
        return pick_language((self.vi, self.en), lang)

    def note(self, lang: str = "vi") -> str:
        return pick_language((self.note_vi, self.note_en), lang)


LOANS_OUTSTANDING = Own(
    "Dư nợ vay của các tổ chức (đồng)", "Loans outstanding of the organisations (VND)", "vnd",
    "Tổng các khoản vay đã giải ngân (hỗ trợ nhóm Tín dụng đánh dấu «Là khoản vay»); chưa có sổ theo dõi "
    "trả nợ nên số đã trả chưa được trừ. Khoản vay không tính vào kinh phí hỗ trợ.",
    "The loans disbursed (Credit supports marked “Is a loan”); there is no register of repayments yet, so "
    "what was repaid is not deducted. Loans are not counted as support.")
LOANS_OUTSTANDING_REGISTER = (
    "Tổng dư nợ ghi trong sổ các khoản vay, của các khoản đã giải ngân đến ngày tính. Khoản vay không tính "
    "vào kinh phí hỗ trợ.",
    "The balances recorded in the register of loans, for the loans disbursed by the date. Loans are not "
    "counted as support.")
LOANS_OVERDUE = Own("Nợ vay quá hạn của các tổ chức (đồng)", "Overdue loans of the organisations (VND)", "vnd",
                    "Tổng nợ quá hạn ghi trong sổ các khoản vay đã giải ngân đến ngày tính.",
                    "The overdue amounts recorded in the register of loans disbursed by the date.")
MANAGERS_TRAINED = Own(
    "Cán bộ quản lý đã qua đào tạo đạt chuẩn", "Managers trained to standard", "count",
    "Người giữ chức danh quản lý của tổ chức đang hoạt động vào ngày tính, được đánh dấu đã qua đào tạo đạt "
    "chuẩn.", "People in a management post of an operating organisation on the date, marked trained to standard.")
MANAGERS_TRAINED_SHARE = Own(
    "Tỷ lệ cán bộ quản lý đạt chuẩn (%)", "Share of managers trained to standard (%)", "pct",
    "Cán bộ đạt chuẩn chia cho số người đang giữ chức danh quản lý của tổ chức đang hoạt động vào ngày tính.",
    "Managers trained to standard, divided by the people in a management post of an operating organisation "
    "on the date.")
TRAINED_THIS_YEAR = Own(
    "Lượt người được đào tạo trong năm", "People trained this year", "count",
    "Người học các khóa bắt đầu từ đầu năm đến ngày tính, mỗi người tính một lần cho mỗi nội dung.",
    "People attending courses begun from the start of the year to the date, once per topic.")
CONTRACTS_IN_FORCE = Own(
    "Hợp đồng liên kết đang có hiệu lực", "Value-chain contracts in force", "count",
    "Hợp đồng liên kết của tổ chức đang hoạt động đã ký và chưa hết hạn vào ngày tính.",
    "Value-chain contracts of operating organisations signed and not expired on the date.")
OCOP_STAR_LEVELS = (3, 4, 5)


def _ocop_stars(stars: int) -> Own:
    return Own(f"Sản phẩm OCOP {stars} sao còn hiệu lực", f"{stars}-star OCOP products in force", "count",
               "Sản phẩm có giấy chứng nhận OCOP còn hiệu lực vào ngày tính (tổ chức chưa nhập sản phẩm: theo "
               "hạng sao đã đánh dấu).",
               "Products whose OCOP certificate is valid on the date (for an organisation with no products "
               "entered, the stars it is marked with).")


OCOP_STARS = {stars: _ocop_stars(stars) for stars in OCOP_STAR_LEVELS}
OCOP_IN_FORCE = Own("Sản phẩm OCOP còn hiệu lực", "OCOP products in force", "count",
                    OCOP_STARS[3].note_vi, OCOP_STARS[3].note_en)
MANAGERS_IN_POST = Own(
    "Người giữ chức danh quản lý", "People in a management post", "count",
    "Người giữ chức danh quản lý của tổ chức đang hoạt động vào ngày tính.",
    "People in a management post of an operating organisation on the date.")

# The per-commune columns (`Snapshot.register_units`): the figure each key is, and the short
# header a table of communes gives it (money in the unit the output writes it in).
REGISTER_COLUMNS: dict[str, Own] = {
    "managers_in_post": MANAGERS_IN_POST,
    "managers_trained": MANAGERS_TRAINED,
    "trained_this_year": TRAINED_THIS_YEAR,
    "ocop_products": OCOP_IN_FORCE,
    "contracts_in_force": CONTRACTS_IN_FORCE,
    "loans_outstanding_vnd": LOANS_OUTSTANDING,
    "loans_overdue_vnd": LOANS_OVERDUE,
}
assert tuple(REGISTER_COLUMNS) == REGISTER_KEYS  # one column for every figure counted per commune
REGISTER_TEXTS: dict[str, tuple[Any, Any]] = {
    "section": ("Các sổ chuyên đề", "The registers"),
    "managers": ("Cán bộ quản lý đạt chuẩn", "Managers trained to standard"),
    "managers_line": ("{trained} / {in_post} người giữ chức danh quản lý", "{trained} of {in_post} people in post"),
    "trained": ("Lượt người được đào tạo trong năm, theo nội dung", "People trained this year, by topic"),
    "loans": ("Vốn vay theo bên cho vay", "Loans by lender"),
    "ocop": ("Sản phẩm OCOP còn hiệu lực, theo hạng sao", "OCOP products in force, by stars"),
    "contracts": ("Hợp đồng liên kết đang có hiệu lực, theo khâu", "Value-chain contracts in force, by stage"),
    "topic": ("Nội dung đào tạo", "Topic"),
    "people": ("Lượt người", "People"),
    "lender": ("Bên cho vay", "Lender"),
    "loans_count": ("Số khoản vay", "Loans"),
    "outstanding": ("Dư nợ", "Outstanding"),
    "overdue": ("Quá hạn", "Overdue"),
    "stars": ("Hạng sao", "Stars"),
    "stars_value": ("{stars} sao", "{stars} stars"),
    "products": ("Sản phẩm", "Products"),
    "stage": ("Khâu liên kết", "Stage"),
    "contracts_count": ("Hợp đồng", "Contracts"),
    "no_loan_register": (
        "Chưa có sổ các khoản vay: chưa ghi khoản vay nào nên chưa có dư nợ, nợ quá hạn theo bên cho vay.",
        "There is no register of loans yet: no loan is recorded, so there are no balances by lender."),
    "none": ("Chưa có.", "None."),
    "total": ("Tổng số", "Total"),
    "by_unit": ("Các sổ chuyên đề theo đơn vị hành chính", "The registers by administrative unit"),
    "unit_headers": (
        {"managers_in_post": "CB quản lý", "managers_trained": "CB đạt chuẩn", "trained_this_year": "Đào tạo trong năm",
         "ocop_products": "SP OCOP", "contracts_in_force": "HĐ liên kết", "loans_outstanding_vnd": "Dư nợ vay",
         "loans_overdue_vnd": "Nợ quá hạn"},
        {"managers_in_post": "Managers", "managers_trained": "Trained", "trained_this_year": "Trained this year",
         "ocop_products": "OCOP products", "contracts_in_force": "Contracts", "loans_outstanding_vnd": "Loans out",
         "loans_overdue_vnd": "Overdue"}),
}


def register_text(key: str, lang: str) -> Any:  # a text, or the headers' dictionary
    """A word of the registers' tables in `lang`."""
    return pick_language(REGISTER_TEXTS[key], lang or "vi")


def managers_share(in_post: int, trained: int) -> float | None:
    """Managers trained to standard as a percentage of the people in post (None without posts)."""
    return round(100.0 * trained / in_post, 2) if in_post else None


@dataclass(frozen=True)
class RegisterFigures:
    """The registers' figures of the whole site, labels in the report's language."""

    managers_in_post: int
    managers_trained: int
    trained_by_topic: list[tuple[str, int]]  # topic label, people; most first
    loan_register: bool  # False: no loan recorded, `loans_by_lender` is empty
    loans_by_lender: list[tuple[str, int, int, int]]  # lender label, loans, outstanding, overdue VND
    ocop_by_stars: list[tuple[int, int]]  # (3, n), (4, n), (5, n)
    contracts_by_stage: list[tuple[str, int]]  # stage label, contracts; in the order of the chain
    totals: dict[str, int]  # the per-commune columns' figures for the whole site

    @property
    def managers_share(self) -> float | None:
        return managers_share(self.managers_in_post, self.managers_trained)

    @property
    def trained_this_year(self) -> int:
        return sum(people for _, people in self.trained_by_topic)

    @property
    def loans_outstanding(self) -> int:
        return sum(outstanding for _, _, outstanding, _ in self.loans_by_lender)

    @property
    def loans_overdue(self) -> int:
        return sum(overdue for *_, overdue in self.loans_by_lender)

    @property
    def contracts_in_force(self) -> int:
        return sum(count for _, count in self.contracts_by_stage)


def register_figures(snapshot: Snapshot, lang: str = "vi") -> RegisterFigures:
    """The registers' figures of `snapshot`, named in `lang`."""
    lenders = {value.code: index for index, value in enumerate(catalogs.catalog("lender"))}
    stages = {value.code: index for index, value in enumerate(catalogs.catalog("chain_stage"))}
    loans = sorted(snapshot.loans_by_lender.items(), key=lambda item: (lenders.get(item[0], len(lenders)), item[0]))
    contracts = sorted(snapshot.contracts_by_stage.items(),
                       key=lambda item: (stages.get(item[0], len(stages)), item[0]))
    figures = RegisterFigures(
        managers_in_post=snapshot.managers_in_post,
        managers_trained=snapshot.managers_trained,
        trained_by_topic=sorted(((catalogs.label("training_topic", code, lang), people)
                                 for code, people in snapshot.trained_by_topic.items() if people),
                                key=lambda row: -row[1]),
        loan_register=snapshot.loan_register,
        loans_by_lender=[(catalogs.label("lender", code, lang), *figures) for code, figures in loans],
        ocop_by_stars=[(stars, snapshot.ocop_products_by_stars.get(stars, 0)) for stars in OCOP_STAR_LEVELS],
        contracts_by_stage=[(catalogs.label("chain_stage", code, lang), count) for code, count in contracts if count],
        totals={},
    )
    figures.totals.update({
        "managers_in_post": figures.managers_in_post, "managers_trained": figures.managers_trained,
        "trained_this_year": figures.trained_this_year,
        "ocop_products": sum(snapshot.ocop_products_by_stars.values()),
        "contracts_in_force": figures.contracts_in_force,
        "loans_outstanding_vnd": figures.loans_outstanding, "loans_overdue_vnd": figures.loans_overdue})
    return figures


@dataclass(frozen=True)
class RegisterLine:
    """One figure of the registers' section: what it is, its value (None: not known) and what
    it counts, in the report's language."""

    figure: Own
    value: int | float | None
    note: str


def register_lines(figures: RegisterFigures, lang: str = "vi") -> list[RegisterLine]:
    """The registers' figures one per line, as every output lists them. Without a register of
    loans there are no balances: the loans' lines say so rather than show a zero."""
    no_register = str(register_text("no_loan_register", lang))
    outstanding_note = pick_language(LOANS_OUTSTANDING_REGISTER, lang) if figures.loan_register else no_register
    return [
        RegisterLine(MANAGERS_TRAINED, figures.managers_trained, MANAGERS_TRAINED.note(lang)),
        RegisterLine(MANAGERS_TRAINED_SHARE, figures.managers_share, MANAGERS_TRAINED_SHARE.note(lang)),
        RegisterLine(TRAINED_THIS_YEAR, figures.trained_this_year, TRAINED_THIS_YEAR.note(lang)),
        RegisterLine(LOANS_OUTSTANDING, figures.loans_outstanding if figures.loan_register else None,
                     outstanding_note),
        RegisterLine(LOANS_OVERDUE, figures.loans_overdue if figures.loan_register else None,
                     LOANS_OVERDUE.note(lang) if figures.loan_register else no_register),
        *(RegisterLine(OCOP_STARS[stars], count, OCOP_STARS[stars].note(lang))
          for stars, count in figures.ocop_by_stars),
        RegisterLine(CONTRACTS_IN_FORCE, figures.contracts_in_force, CONTRACTS_IN_FORCE.note(lang)),
    ]
