"""The record table model: Qt's model contract, SQL sorting, deleted rows, on-demand reading."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from kttt_desktop.core.db.queries import ListQuery
from kttt_desktop.core.records.fields import RECORD_TYPES as ALL_TYPES
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui.models.columns import CHECK_MARK, columns_for, total_key
from kttt_desktop.ui.models.record_table import BLOCK_SIZE, MAX_BLOCKS, RECORD_ID_ROLE, RecordTableModel

RECORD_TYPES = tuple(ALL_TYPES)  # every list the window shows
REGISTER_SAMPLES: dict[str, dict[str, Any]] = {
    "annual_report": {"year": 2025, "revenue_vnd": 900_000_000, "profit_vnd": -5_000_000, "rating": "weak"},
    "manager": {"full_name": "Lò Văn Pọm", "role": "director", "from_on": "2021-03-15"},
    "training": {"course": "Kế toán HTX", "full_name": "Lò Thị Mai", "started_on": "2024-03-01"},
    "product": {"name": "Chè shan tuyết", "ocop_stars": 3, "ocop_certified_on": "2023-05-01"},
    "linkage": {"partner_name": "Công ty CP Chè Lai Châu", "signed_on": "2024-01-10", "value_vnd": 8_000_000},
    "loan": {"lender": "social_policy_bank", "contract_no": "01/HĐTD", "amount_vnd": 100_000_000},
    "land": {"use": "agriculture", "area_m2": 12_500, "tenure": "leased"},
}


def column_number(model: RecordTableModel, key: str) -> int:
    return next(n for n, column in enumerate(model.columns) if column.key == key)


def shown(model: RecordTableModel, key: str) -> list[str]:
    column = column_number(model, key)
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


class CountingRegistry:
    """Wraps a registry and counts `fetch_rows` calls and the rows they read."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry
        self.fetch_calls = 0
        self.rows_fetched = 0

    def fetch_rows(self, record_type: str, rids: Any) -> dict[int, dict[str, Any]]:
        rids = list(rids)
        self.fetch_calls += 1
        self.rows_fetched += len(rids)
        return self._registry.fetch_rows(record_type, rids)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._registry, name)


@pytest.mark.parametrize("record_type", RECORD_TYPES)
def test_model_passes_qtmodeltester_with_data(qtmodeltester, registry: Registry, populated: dict,
                                              record_type: str) -> None:
    registry.delete("member", populated["members"][1]["id"], "Nhập trùng")
    if record_type in REGISTER_SAMPLES:  # the registers the shared fixture leaves empty
        registry.create(record_type, {"organization_id": populated["htx"]["id"], **REGISTER_SAMPLES[record_type]})
    model = RecordTableModel(registry, record_type, query=ListQuery(record_type, include_deleted=True))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


@pytest.mark.parametrize("record_type", RECORD_TYPES)
def test_model_passes_qtmodeltester_when_empty(qtmodeltester, registry: Registry, record_type: str) -> None:
    model = RecordTableModel(registry, record_type)
    assert model.rowCount() == 0
    assert model.columnCount() == len(columns_for(record_type))
    qtmodeltester.check(model)


def test_model_inside_an_organisation_passes_qtmodeltester(qtmodeltester, registry: Registry,
                                                           populated: dict) -> None:
    model = RecordTableModel(registry, "member", within_organization=True,
                             query=ListQuery("member", organization_id=populated["tht"]["id"]))
    assert model.rowCount() == 2
    assert "organization_name" not in [c.key for c in model.columns]
    qtmodeltester.check(model)


def test_sorting_by_a_column_reorders_in_sql(registry: Registry, populated: dict) -> None:
    model = RecordTableModel(registry, "member", query=ListQuery("member", organization_id=populated["htx"]["id"]))
    birth = column_number(model, "birth_date")

    model.sort(birth, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "birth_date" and not model.query.descending
    ascending = shown(model, "birth_date")
    model.sort(birth, Qt.SortOrder.DescendingOrder)
    descending = shown(model, "birth_date")

    assert ascending[0] == "15/01/1970"
    assert descending == list(reversed(ascending))
    assert model.query.descending


def test_sorting_by_organisation_uses_the_organisation_name(registry: Registry, populated: dict) -> None:
    model = RecordTableModel(registry, "member")
    model.sort(column_number(model, "organization_name"), Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "organization_name"
    assert shown(model, "organization_name")[0] == "Tổ hợp tác Dệt thổ cẩm"


def test_sorting_keeps_the_selected_record_selected(qtbot, registry: Registry, populated: dict) -> None:
    from PySide6.QtWidgets import QTableView

    model = RecordTableModel(registry, "member")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectRow(0)
    selected = model.record_id(0)
    model.sort(column_number(model, "birth_date"), Qt.SortOrder.DescendingOrder)
    assert model.record_id(view.currentIndex().row()) == selected


def test_a_computed_column_is_not_sorted(registry: Registry, populated: dict) -> None:
    model = RecordTableModel(registry, "organization")
    count_column = column_number(model, "_member_count")
    before = [model.record_id(row) for row in range(model.rowCount())]
    model.sort(count_column, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "sort_name"
    assert [model.record_id(row) for row in range(model.rowCount())] == before


def test_deleted_rows_are_hidden_unless_asked_for(registry: Registry, populated: dict) -> None:
    victim = populated["members"][0]
    registry.delete("member", victim["id"], "Nhập trùng")

    model = RecordTableModel(registry, "member")
    assert model.row_of(victim["id"]) is None
    assert len(populated["members"]) - 1 == model.rowCount()

    model.set_query(ListQuery("member", include_deleted=True))
    row = model.row_of(victim["id"])
    assert row is not None
    index = model.index(row, 0)
    font = model.data(index, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert "Nhập trùng" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Lò Văn Hương" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    live = model.index(model.row_of(populated["members"][1]["id"]), 0)
    assert model.data(live, Qt.ItemDataRole.FontRole) is None


def test_cells_are_formatted_for_people(registry: Registry, populated: dict) -> None:
    organizations = RecordTableModel(registry, "organization")
    row = organizations.row_of(populated["htx"]["id"])
    cell = {c.key: organizations.data(organizations.index(row, n)) for n, c in enumerate(organizations.columns)}
    assert cell["name"] == "HTX Nông nghiệp Bum Tở"
    assert cell["kind"] == "Hợp tác xã"
    assert cell["status"] == "Đang hoạt động"
    assert cell["commune_code"] == "Xã Bum Tở"
    assert cell["charter_capital_vnd"] == "1.250.000.000"
    assert cell["registration_date"] == "15/03/2021"
    assert cell["_member_count"] == "4"  # one of five has left
    money = organizations.index(row, column_number(organizations, "charter_capital_vnd"))
    assert organizations.data(money, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight

    support = RecordTableModel(registry, "support")
    cells = {c.key: support.data(support.index(0, n)) for n, c in enumerate(support.columns)}
    assert cells["category"] == "Nhân lực – đào tạo"
    assert cells["stage"] == "Giải ngân"
    assert cells["amount_vnd"] == "25.000.000"
    assert cells["decision_date"] == "12/06/2024"
    assert cells["indivisible_asset"] == CHECK_MARK
    assert cells["organization_name"] == "HTX Nông nghiệp Bum Tở"

    members = RecordTableModel(registry, "member", query=ListQuery("member", search="Lo Thi Mai"))
    cells = {c.key: members.data(members.index(0, n)) for n, c in enumerate(members.columns)}
    assert cells["ethnicity_code"] == "Kinh"
    assert cells["gender"] == "Nam"
    assert cells["membership"] == "Thành viên chính thức"


def test_user_role_gives_the_record_id(registry: Registry, populated: dict) -> None:
    model = RecordTableModel(registry, "worker")
    assert model.data(model.index(0, 3), RECORD_ID_ROLE) == populated["worker"]["id"]
    assert model.record_id(0) == populated["worker"]["id"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "STT"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Họ và tên"


def test_row_of_finds_a_record_added_after_the_rows_were_read(registry: Registry, populated: dict) -> None:
    model = RecordTableModel(registry, "member")
    model.data(model.index(0, 0))  # read the first block
    added = registry.create("member", {"organization_id": populated["tht"]["id"], "full_name": "Giàng Thị Dợ",
                                       "membership": "member"}).record
    model.refresh()
    model.data(model.index(0, 0))
    row = model.row_of(added["id"])
    assert row is not None and model.record_id(row) == added["id"]
    assert model.row_of("no-such-id") is None


def test_rows_are_read_on_demand_in_blocks(registry: Registry, make_org) -> None:
    org = make_org(name="HTX Rất Đông")
    registry.create_many("member", ({"organization_id": org["id"], "full_name": f"Thành viên {n:05d}",
                                     "membership": "official"} for n in range(5_000)),
                         validate_records=False)
    counting = CountingRegistry(registry)

    model = RecordTableModel(counting, "member")
    assert model.rowCount() == 5_000
    assert counting.fetch_calls == 0  # building the model reads ids only

    name = column_number(model, "full_name")
    assert model.data(model.index(4_321, name)) == "Thành viên 04321"
    assert counting.fetch_calls == 1 and counting.rows_fetched == BLOCK_SIZE
    model.data(model.index(4_322, 3))
    model.data(model.index(4_300, 1), Qt.ItemDataRole.ToolTipRole)
    assert counting.fetch_calls == 1  # same block: served from the cache

    for block in range(MAX_BLOCKS + 3):
        model.data(model.index(block * BLOCK_SIZE, 0))
    assert model.cached_row_count <= MAX_BLOCKS * BLOCK_SIZE
    assert counting.rows_fetched < 5_000 + 4 * BLOCK_SIZE


def test_set_query_rejects_another_record_type(registry: Registry) -> None:
    model = RecordTableModel(registry, "member")
    with pytest.raises(ValueError):
        model.set_query(ListQuery("worker"))


def test_invalid_indexes_give_nothing(registry: Registry, populated: dict) -> None:
    model = RecordTableModel(registry, "organization")
    assert model.data(QModelIndex()) is None
    assert model.row_data(99) is None
    with pytest.raises(IndexError):
        model.record_id(99)


def test_stt_numbers_the_rows_and_is_not_sortable(registry: Registry, populated: dict) -> None:
    model = RecordTableModel(registry, "member")
    assert model.columns[0].title == "STT" and not model.columns[0].sortable
    assert shown(model, "_row_number") == [str(n) for n in range(1, model.rowCount() + 1)]
    first = model.record_id(0)
    model.sort(column_number(model, "birth_date"), Qt.SortOrder.DescendingOrder)
    assert model.record_id(0) != first  # another record is now number 1
    assert shown(model, "_row_number")[0] == "1"
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).startswith("Số thứ tự")


def test_totals_are_summed_in_sql_once_per_query(registry: Registry, populated: dict) -> None:
    calls: list[tuple[Any, list[str]]] = []

    class Counting(CountingRegistry):
        def list_totals(self, query: ListQuery, keys: Any) -> dict[str, int]:
            calls.append((query, list(keys)))
            return self._registry.list_totals(query, keys)

    model = RecordTableModel(Counting(registry), "member")
    capital = column_number(model, "capital_vnd")
    assert model.totals() == {capital: 75_000_000}
    assert calls[0][1] == ["capital_vnd"]
    model.sort(column_number(model, "birth_date"), Qt.SortOrder.DescendingOrder)
    assert model.totals() == {capital: 75_000_000} and len(calls) == 1  # an order does not change a sum
    model.set_query(ListQuery("member", search="nguyen van"))
    assert model.totals() == {capital: 15_000_000} and len(calls) == 2
    assert RecordTableModel(registry, "worker").totals() == {}


def test_a_year_reads_as_a_year_and_an_average_is_not_added_up(registry: Registry, populated: dict) -> None:
    registry.create("annual_report", {"organization_id": populated["htx"]["id"], "year": 2025,
                                      "revenue_vnd": 900_000_000, "avg_income_member_vnd": 42_000_000})
    results = RecordTableModel(registry, "annual_report")
    assert shown(results, "year") == ["2025"]
    assert shown(results, "avg_income_member_vnd") == ["42.000.000"]
    totals = {c.key: total_key(c) for c in results.columns}
    assert totals["revenue_vnd"] == "revenue_vnd" and totals["avg_income_member_vnd"] is None


def test_an_organisation_shows_its_scale_of_its_latest_year(registry: Registry, populated: dict) -> None:
    htx = populated["htx"]["id"]
    registry.create("annual_report", {"organization_id": htx, "year": 2024, "members_official": 60,
                                      "revenue_vnd": 2_500_000_000})
    registry.create("annual_report", {"organization_id": htx, "year": 2025, "members_official": 8,
                                      "revenue_vnd": 900_000_000})
    organizations = RecordTableModel(registry, "organization")
    scale = dict(zip((r["name"] for r in registry.list_records("organization")), [""] * 3, strict=True))
    column = column_number(organizations, "_scale")
    for row in range(organizations.rowCount()):
        name = organizations.data(organizations.index(row, column_number(organizations, "name")))
        scale[name] = organizations.data(organizations.index(row, column))
    assert scale["HTX Nông nghiệp Bum Tở"] == "Siêu nhỏ (2025)"  # the latest year, not the larger 2024
    assert scale["HTX Chè Shan tuyết"] == ""  # no yearly results
