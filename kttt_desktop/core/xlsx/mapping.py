"""Which row of a sheet holds the headers, and which column holds which field.

A file the program wrote, or the template, has the headers of `sheet_layout` in row 1. An
officer's own list has a title block first and headers in their own words ("Họ tên", "Số
CCCD/CMND", "Ngày vào HTX"). The first rows are scanned and every row scored by how many
distinct fields its cells name, against the layout headers and the synonyms below; the best
row wins. The result is a `ColumnMapping` the caller may correct column by column (the
import wizard shows it as a table of drop-downs) before anything is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import column_index_from_string, get_column_letter

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.records.fields import RECORD_TYPES, FieldKind
from kttt_desktop.core.text import fold
from kttt_desktop.core.xlsx.sheet_layout import SHEET_NAMES, SheetColumn, sheet_columns
from kttt_desktop.core.xlsx.source import SourceSheet
from kttt_desktop.core.xlsx.values import is_empty, read_choice

__all__ = ["ColumnMapping", "propose_mapping", "mapping_choices", "header_keys", "HEADER_SCAN_ROWS"]

HEADER_SCAN_ROWS = 30
_MIN_FIELDS = 2  # a row naming fewer fields is not a header row
_SAMPLE_ROWS = 50  # data rows looked at to settle an ambiguous header

_PAREN = re.compile(r"\(([^)]*)\)")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")

# Headers seen in officers' own lists, as `header_keys` spells them.
_PERSON = {
    "ho va ten": "full_name", "ho ten": "full_name", "ten": "full_name", "ho va ten thanh vien": "full_name",
    "ho ten thanh vien": "full_name", "ten thanh vien": "full_name", "ho va ten nguoi lao dong": "full_name",
    "ho ten nguoi lao dong": "full_name",
    "ngay sinh": "birth_date", "ngay thang nam sinh": "birth_date", "nam sinh": "birth_date",
    "sinh ngay": "birth_date",
    "gioi tinh": "gender", "nam nu": "gender",
    "dan toc": "ethnicity_code",
    "so cccd cmnd": "id_number", "cccd cmnd": "id_number", "cccd": "id_number", "so cccd": "id_number",
    "cmnd": "id_number", "so cmnd": "id_number", "so cmnd cccd": "id_number", "cmnd cccd": "id_number",
    "so dinh danh ca nhan cccd": "id_number",
    "so dinh danh": "id_number", "so dinh danh ca nhan": "id_number", "so can cuoc": "id_number",
    "so can cuoc cong dan": "id_number", "can cuoc cong dan": "id_number",
}
_MEMBER = {
    **_PERSON,
    "ngay cap": "id_issued_on", "ngay cap cccd": "id_issued_on", "noi cap": "id_issued_by",
    "dien thoai": "phone", "so dien thoai": "phone", "sdt": "phone", "dt": "phone",
    "thon": "village", "ban": "village", "thon ban": "village", "thon to": "village",
    "noi thuong tru": "residence", "dia chi": "residence", "dia chi thuong tru": "residence",
    "noi o": "residence", "noi o hien nay": "residence", "cho o hien nay": "residence", "noi cu tru": "residence",
    "hinh thuc thanh vien": "membership", "thanh vien chinh thuc lien ket": "membership",
    "loai hinh thanh vien": "kind",
    "von gop": "capital_vnd", "so von gop": "capital_vnd", "von gop dong": "capital_vnd",
    "ngay vao htx": "joined_on", "ngay gia nhap": "joined_on", "ngay vao": "joined_on",
    "ngay ket nap": "joined_on", "ngay tham gia": "joined_on", "ngay vao tht": "joined_on",
    "ngay gia nhap htx": "joined_on",
    "ngay ra": "left_on", "ngay ra khoi": "left_on", "ngay ra khoi htx": "left_on",
    "ly do ra": "leave_reason", "ly do ra khoi": "leave_reason",
    "quoc tich": "nationality", "nguoi dai dien": "representative",
}
_WORKER = {
    **_PERSON,
    "la thanh vien": "is_member", "thanh vien htx": "is_member", "la thanh vien htx": "is_member",
    "hop dong": "contract", "loai hop dong": "contract", "hop dong lao dong": "contract", "hdld": "contract",
    "bhxh": "social_insurance", "bao hiem xa hoi": "social_insurance", "tham gia bhxh": "social_insurance",
    "ngay bat dau": "started_on", "ngay vao lam": "started_on", "ngay bat dau lam viec": "started_on",
    "ngay nghi viec": "ended_on", "ngay thoi viec": "ended_on", "ngay nghi": "ended_on",
}
_CHILD = {  # how a member, worker or support row names its organisation
    "ma so thue": "organization_code", "mst": "organization_code", "ma so htx": "organization_code",
    "ma so thue htx": "organization_code", "ma so doanh nghiep": "organization_code",
    "ten htx": "organization_name", "ten hop tac xa": "organization_name", "ten tht": "organization_name",
    "ten to hop tac": "organization_name", "thuoc htx": "organization_name", "thuoc to chuc": "organization_name",
    "htx": "organization_name", "to chuc": "organization_name", "don vi": "organization_name",
}
_ORGANIZATION = {
    "ten htx": "name", "ten hop tac xa": "name", "ten to chuc": "name", "ten tht": "name",
    "ten to hop tac": "name", "ten don vi": "name", "ten": "name",
    "loai hinh": "kind", "loai hinh to chuc": "kind", "loai": "kind",
    "ma so thue": "registration_code", "mst": "registration_code", "ma so htx": "registration_code",
    "ma so": "registration_code", "ma so doanh nghiep": "registration_code",
    "ngay dang ky": "registration_date", "ngay thanh lap": "registration_date",
    "ngay cap gcn": "registration_date", "ngay cap giay chung nhan": "registration_date",
    "so gcn": "certificate_no", "so giay chung nhan": "certificate_no", "so gcndk": "certificate_no",
    "tinh trang": "status", "tinh trang hoat dong": "status", "trang thai": "status",
    "tinh trang phap ly": "status",
    "ma xa": "commune_code",
    "thon": "village", "ban": "village", "thon ban": "village",
    "dia chi": "address", "tru so": "address", "dia chi tru so chinh": "address",
    "nguoi dai dien": "representative", "giam doc": "representative", "chu nhiem": "representative",
    "ho ten giam doc": "representative", "to truong": "representative",
    "dien thoai": "phone", "so dien thoai": "phone", "sdt": "phone",
    "linh vuc": "sector", "nganh nghe": "sector", "linh vuc hoat dong": "sector",
    "nganh nghe kinh doanh": "sector",
    "von dieu le": "charter_capital_vnd", "san pham chinh": "main_products", "san pham": "main_products",
    "san pham dich vu": "main_products", "so sao ocop": "ocop_stars", "ocop": "ocop_stars",
}
_SUPPORT = {
    "noi dung": "content", "noi dung ho tro": "content",
    "so quyet dinh": "decision_no", "so qd": "decision_no", "quyet dinh so": "decision_no",
    "ngay quyet dinh": "decision_date", "ngay qd": "decision_date", "ngay ban hanh": "decision_date",
    "co quan ho tro": "agency", "don vi ho tro": "agency", "co quan": "agency",
    "nguon von": "funding_source", "nguon kinh phi": "funding_source",
    "so tien": "amount_vnd", "kinh phi": "amount_vnd", "so tien ho tro": "amount_vnd",
    "kinh phi ho tro": "amount_vnd", "gia tri": "amount_vnd", "gia tri ho tro": "amount_vnd",
    "nhom chinh sach": "category", "loai ho tro": "category", "chinh sach": "category",
    "linh vuc ho tro": "category",
    "giai doan": "stage", "tinh trang": "stage", "hien vat": "in_kind",
    "tai san khong chia": "indivisible_asset",
    "khoan vay": "is_loan", "la khoan vay": "is_loan",
}
_ANNUAL_REPORT = {
    "nam": "year", "nam bao cao": "year",
    "so thanh vien chinh thuc": "members_official", "thanh vien chinh thuc": "members_official",
    "so thanh vien": "members_official",
    "thanh vien lien ket": "members_associate", "so thanh vien lien ket": "members_associate",
    "tong so lao dong": "workers_total", "so lao dong": "workers_total", "lao dong": "workers_total",
    "lao dong thuong xuyen": "workers_regular",
    "doanh thu": "revenue_vnd", "tong doanh thu": "revenue_vnd",
    "chi phi": "cost_vnd", "tong chi phi": "cost_vnd",
    "loi nhuan": "profit_vnd", "loi nhuan truoc thue": "profit_vnd", "lai lo": "profit_vnd",
    "thu nhap binh quan thanh vien": "avg_income_member_vnd",
    "thu nhap binh quan cua thanh vien": "avg_income_member_vnd",
    "thu nhap binh quan nguoi lao dong": "avg_income_worker_vnd",
    "thu nhap binh quan cua nguoi lao dong": "avg_income_worker_vnd",
    "tong nguon von": "total_capital_vnd", "tong von": "total_capital_vnd",
    "tong tai san": "total_assets_vnd", "tai san khong chia": "indivisible_assets_vnd",
    "giao dich noi bo": "internal_transactions_vnd", "giao dich noi bo voi thanh vien": "internal_transactions_vnd",
    "cac quy": "funds_vnd", "quy": "funds_vnd",
    "no phai tra": "debt_vnd", "tong no": "debt_vnd", "no qua han": "overdue_debt_vnd",
    "xep loai": "rating", "ket qua xep loai": "rating", "diem": "rating_score", "diem danh gia": "rating_score",
    "ngay nop": "submitted_on", "ngay nop bao cao": "submitted_on",
}
_STATUS_CHANGE = {
    "tinh trang": "status", "tinh trang phap ly": "status", "trang thai": "status",
    "ngay hieu luc": "effective_on", "co hieu luc tu ngay": "effective_on", "tu ngay": "effective_on",
    "so quyet dinh": "decision_no", "so qd": "decision_no", "so thong bao": "decision_no",
    "ngay quyet dinh": "decision_date", "ngay qd": "decision_date", "ngay ban hanh": "decision_date",
    "co quan quyet dinh": "agency", "co quan": "agency", "ly do": "reason",
}
_MANAGER = {
    **_PERSON,
    "chuc danh": "role", "chuc vu": "role", "giu chuc tu ngay": "from_on", "tu ngay": "from_on",
    "ngay bo nhiem": "from_on", "den ngay": "to_on", "ngay thoi giu chuc": "to_on",
    "trinh do": "qualification", "trinh do chuyen mon": "qualification",
    "dao tao dat chuan": "trained_to_standard", "da qua dao tao": "trained_to_standard",
}
_TRAINING = {
    "khoa hoc": "course", "ten khoa hoc": "course", "lop": "course", "ten lop": "course",
    "nguoi hoc": "full_name", "ho va ten": "full_name", "ho ten": "full_name",
    "noi dung": "topic", "linh vuc": "topic", "tu ngay": "started_on", "ngay bat dau": "started_on",
    "den ngay": "ended_on", "ngay ket thuc": "ended_on", "don vi to chuc": "organiser",
    "co quan to chuc": "organiser", "so chung chi": "certificate_no", "chung chi": "certificate_no",
}
_PRODUCT = {
    "ten san pham": "name", "san pham": "name", "hang sao": "ocop_stars", "so sao": "ocop_stars",
    "sao ocop": "ocop_stars", "hang sao ocop": "ocop_stars", "so quyet dinh ocop": "ocop_decision_no",
    "quyet dinh ocop": "ocop_decision_no", "ngay cong nhan": "ocop_certified_on",
    "ngay cong nhan ocop": "ocop_certified_on", "ngay het han": "ocop_expires_on",
    "het han": "ocop_expires_on", "chung nhan": "certification", "nhan hieu": "brand",
    "truy xuat nguon goc": "traceability", "cong nghe cao": "high_tech",
}
_LINKAGE = {
    "doi tac": "partner_name", "ten doi tac": "partner_name", "doanh nghiep lien ket": "partner_name",
    "ma so thue doi tac": "partner_tax_code", "loai doi tac": "partner_kind",
    "san pham lien ket": "product", "san pham": "product", "so hop dong": "contract_no",
    "ngay ky": "signed_on", "ngay het han": "expires_on", "het han": "expires_on",
    "khau lien ket": "stage", "khau": "stage", "san luong": "volume", "gia tri": "value_vnd",
    "gia tri hop dong": "value_vnd",
}
_LOAN = {
    "ben cho vay": "lender", "to chuc cho vay": "lender", "nguon vay": "lender",
    "so hop dong": "contract_no", "so hop dong tin dung": "contract_no", "ngay giai ngan": "disbursed_on",
    "so tien vay": "amount_vnd", "so tien": "amount_vnd", "thoi han": "term_months",
    "thoi han vay": "term_months", "lai suat": "interest_rate", "ho tro lai suat": "interest_support_vnd",
    "bao lanh": "guaranteed", "du no": "outstanding_vnd", "no qua han": "overdue_vnd",
    "tinh den ngay": "as_of",
}
_LAND = {
    "muc dich su dung": "use", "loai dat": "use", "dien tich": "area_m2", "hinh thuc": "tenure",
    "hinh thuc su dung": "tenure", "so giay chung nhan": "certificate_no", "so gcn": "certificate_no",
    "tu ngay": "from_on", "den ngay": "to_on",
}
SYNONYMS: dict[str, dict[str, str]] = {
    "organization": _ORGANIZATION,
    "member": {**_CHILD, **_MEMBER},
    "worker": {**_CHILD, **_WORKER},
    "support": {**_CHILD, **_SUPPORT},
    "annual_report": {**_CHILD, **_ANNUAL_REPORT},
    "status_change": {**_CHILD, **_STATUS_CHANGE},
    "manager": {**_CHILD, **_MANAGER},
    "training": {**_CHILD, **_TRAINING},
    "product": {**_CHILD, **_PRODUCT},
    "linkage": {**_CHILD, **_LINKAGE},
    "loan": {**_CHILD, **_LOAN},
    "land": {**_CHILD, **_LAND},
}
# Headers recognised but not imported unless the caller maps them (numbering, notes, signatures).
_IGNORED = frozenset({"stt", "tt", "so tt", "so thu tu", "ghi chu", "chu ky", "ky ten", "ky nhan",
                      "ky ghi ro ho ten"})
# One header, two possible fields, told apart by the values below it: "Loại thành viên" is the
# member kind in the program's layout, but officers write the membership under it ("Chính
# thức", "Liên kết góp vốn").
_AMBIGUOUS: dict[str, dict[str, tuple[str, ...]]] = {
    "member": {"loai thanh vien": ("kind", "membership")},
}
# Words in a sheet's name that say which records it holds, checked in this order: the
# people and support first («Thành viên liên kết» is a member list, not a contract).
_SHEET_HINTS = (("ket qua", "annual_report"), ("quyet dinh", "status_change"), ("ho tro", "support"),
                ("lao dong", "worker"), ("thanh vien", "member"), ("can bo", "manager"),
                ("dao tao", "training"), ("boi duong", "training"), ("san pham", "product"),
                ("lien ket", "linkage"), ("vay", "loan"), ("dat dai", "land"), ("mat bang", "land"),
                ("to chuc", "organization"), ("htx", "organization"), ("hop tac xa", "organization"),
                ("tht", "organization"), ("to hop tac", "organization"))
_SCALES = (("ty", 1_000_000_000), ("trieu", 1_000_000), ("tr d", 1_000_000), ("trd", 1_000_000),
           ("nghin", 1_000), ("ngan", 1_000), ("1000", 1_000), ("1 000", 1_000))


def header_keys(text: str) -> tuple[str, str]:
    """Two spellings of a header to look up: all its words, and without what is in brackets
    ("Vốn góp (đồng)" -> "von gop dong", "von gop")."""
    full = _NOT_ALNUM.sub(" ", fold(text)).strip()
    bare = _NOT_ALNUM.sub(" ", fold(_PAREN.sub(" ", text))).strip()
    return full, bare


def _scale(header: str) -> int:
    """The unit a money header states in brackets: "(triệu đồng)" is 1.000.000."""
    for inner in _PAREN.findall(header):
        words = _NOT_ALNUM.sub(" ", fold(inner)).strip()
        for word, factor in _SCALES:
            if re.search(rf"(^| ){word}( |$)", words):
                return factor
    return 1


def mapping_choices(record_type: str) -> tuple[SheetColumn, ...]:
    """What a column can be mapped to, in layout order (the choices of the wizard's drop-down)."""
    return sheet_columns(record_type)


def required_keys(record_type: str) -> list[str]:
    """Fields a sheet must map: a row cannot do without them and they have no default (names,
    support content); the organisation is a column or the import's chosen organisation."""
    rt = RECORD_TYPES[record_type]
    return [f.name for f in rt.fields if f.required and f.default is None and f.kind != FieldKind.REF]


@dataclass
class ColumnMapping:
    """How one sheet is read: its record type, header row, and the key of each column.

    Column numbers are 1-based (A = 1). `keys` holds only mapped columns; `headers` every
    header cell as written, so a wizard can show the officer's own words.
    """

    sheet: str
    record_type: str
    header_row: int
    first_data_row: int
    headers: dict[int, str] = field(default_factory=dict)
    keys: dict[int, str] = field(default_factory=dict)
    ignorable: set[int] = field(default_factory=set)  # recognised, deliberately not imported

    def columns(self) -> dict[str, SheetColumn]:
        return {column.key: column for column in sheet_columns(self.record_type)}

    def column_of(self, key: str) -> int | None:
        for column, mapped in self.keys.items():
            if mapped == key:
                return column
        return None

    def assign(self, column: int | str, key: str | None) -> None:
        """Read `column` (number or letter) as `key`, or not at all with None. A key is read
        from one column only, so it is taken off any other column."""
        number = column_index_from_string(column.upper()) if isinstance(column, str) else int(column)
        if key is None:
            self.keys.pop(number, None)
            self.ignorable.add(number)
            return
        choices = self.columns()
        if key not in choices:
            raise KtttError("import_bad_mapping_key", key=key, type=self.record_type,
                            allowed=", ".join(choices))
        for other in [c for c, k in self.keys.items() if k == key]:
            del self.keys[other]
        self.keys[number] = key
        self.ignorable.discard(number)

    def scale(self, column: int) -> int:
        """1, or 1.000 / 1.000.000 when a money column's header says it counts in those."""
        key = self.keys.get(column)
        if key is None or self.columns()[key].kind != FieldKind.MONEY:
            return 1
        return _scale(self.headers.get(column, ""))

    def missing_required(self) -> list[SheetColumn]:
        """Columns the sheet must have for any row to be saved."""
        columns = self.columns()
        mapped = set(self.keys.values())
        return [columns[name] for name in required_keys(self.record_type) if name not in mapped]

    def unknown_headers(self) -> list[tuple[int, str]]:
        """Header cells neither mapped nor recognised as notes/numbering: data left behind."""
        return [(column, text) for column, text in sorted(self.headers.items())
                if column not in self.keys and column not in self.ignorable]

    def as_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "record_type": self.record_type, "header_row": self.header_row,
                "first_data_row": self.first_data_row,
                "columns": [{"column": get_column_letter(c), "header": self.headers.get(c, ""),
                             "key": self.keys.get(c), "scale": self.scale(c)}
                            for c in sorted(set(self.headers) | set(self.keys))]}


def _header_cells(sheet: SourceSheet, row: int) -> dict[int, str]:
    cells = {}
    for column, value in enumerate(sheet.rows[row - 1] if row <= sheet.max_row else [], 1):
        if isinstance(value, str) and value.strip():
            cells[column] = " ".join(value.split())
    return cells


def _type_hint(sheet_name: str) -> str | None:
    name = fold(sheet_name)
    for record_type, title in SHEET_NAMES.items():
        if name == fold(title):
            return record_type
    words = f" {_NOT_ALNUM.sub(' ', name)} "
    for hint, record_type in _SHEET_HINTS:
        if f" {hint} " in words:
            return record_type
    return None


def _match(record_type: str, cells: dict[int, str]) -> tuple[dict[int, str], set[int], list[int]]:
    """Columns whose header names a field (first column wins), recognised-but-ignored columns,
    and columns whose header could be either of two fields."""
    layout_full: dict[str, str] = {}
    layout_bare: dict[str, str] = {}
    for sheet_column in sheet_columns(record_type):
        full, bare = header_keys(sheet_column.header)
        layout_full.setdefault(full, sheet_column.key)
        layout_bare.setdefault(bare, sheet_column.key)
    synonyms = SYNONYMS[record_type]
    ambiguous = _AMBIGUOUS.get(record_type, {})
    keys: dict[int, str] = {}
    ignorable: set[int] = set()
    undecided: list[int] = []
    for column, text in cells.items():
        full, bare = header_keys(text)
        if full in ambiguous or bare in ambiguous:
            undecided.append(column)
            continue
        key = (layout_full.get(full) or synonyms.get(full) or layout_bare.get(bare) or synonyms.get(bare))
        if key is not None and key not in keys.values():
            keys[column] = key
        elif full in _IGNORED or bare in _IGNORED:
            ignorable.add(column)
    return keys, ignorable, undecided


def _settle(sheet: SourceSheet, record_type: str, column: int, header: str, keys: dict[int, str],
            first_data_row: int) -> str | None:
    """Pick the field of an ambiguous header: a free one, or the one its values read as."""
    full, bare = header_keys(header)
    options = _AMBIGUOUS[record_type].get(full) or _AMBIGUOUS[record_type][bare]
    free = [key for key in options if key not in keys.values()]
    if len(free) <= 1:
        return free[0] if free else None
    columns = {c.key: c for c in sheet_columns(record_type)}
    samples = [sheet.value(row, column) for row in range(first_data_row, first_data_row + _SAMPLE_ROWS)]
    samples = [value for value in samples if not is_empty(value)]

    def readable(key: str) -> int:
        catalog = columns[key].catalog
        return sum(1 for value in samples if catalog and read_choice(catalog, value) is not None)

    return max(free, key=lambda key: (readable(key), -free.index(key)))


def propose_mapping(sheet: SourceSheet, record_type: str | None = None,
                    header_row: int | None = None) -> ColumnMapping | None:
    """The best reading of a sheet: record type (unless given), header row (unless given) and
    the column of each field. None when no row of the first `HEADER_SCAN_ROWS` names at
    least two fields (a cover page, notes, an empty sheet)."""
    types = [record_type] if record_type else list(SHEET_NAMES)
    for name in types:
        if name not in RECORD_TYPES:
            raise KtttError("unknown_record_type", type=name)
    hint = _type_hint(sheet.name)
    rows = [header_row] if header_row else range(1, min(HEADER_SCAN_ROWS, sheet.max_row) + 1)
    best: tuple[float, int, str] | None = None
    for row in rows:
        cells = _header_cells(sheet, row)
        for name in types:
            keys, ignorable, undecided = _match(name, cells)
            found = len(keys) + len(undecided)
            if found < _MIN_FIELDS and header_row is None:
                continue
            score = found + 0.25 * len(ignorable) + (0.5 if name == hint else 0.0)
            # Equal scores (a header merged over two rows reads the same in both): the first.
            if best is None or score > best[0]:
                best = (score, row, name)
    if best is None:
        return None
    _score, row, name = best
    cells = _header_cells(sheet, row)
    keys, ignorable, undecided = _match(name, cells)
    bottom = max([sheet.merged_bottom(row, column) for column in cells] + [row])
    mapping = ColumnMapping(sheet.name, name, row, bottom + 1, cells, keys, ignorable)
    for column in undecided:
        key = _settle(sheet, name, column, cells[column], mapping.keys, mapping.first_data_row)
        if key is not None:
            mapping.keys[column] = key
    return mapping
