"""The list's row numbers, read back as one text: every matching record once, in the order
asked for, whatever the sort, its direction, a search or a filter."""

from __future__ import annotations

from typing import Any

import pytest

from kttt_desktop.core.db.queries import ListQuery
from kttt_desktop.core.demo.loader import fill_demo
from kttt_desktop.core.registry import Registry


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Registry:
    registry = Registry.open(tmp_path_factory.mktemp("rids") / "demo.sqlite")
    registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    fill_demo(registry, seed=3, scale="commune")
    yield registry
    registry.close()


def _key(value: Any) -> tuple[int, Any]:
    """SQLite's ascending order: NULL first, then the values."""
    return (0, 0) if value is None else (1, value)


@pytest.mark.parametrize("record_type, sort", [
    ("member", "sort_name"), ("member", "birth_date"), ("member", "joined_on"), ("member", "capital_vnd"),
    ("organization", "sort_name"), ("organization", "registration_date"), ("support", "amount_vnd"),
])
@pytest.mark.parametrize("descending", [False, True])
def test_every_record_once_in_the_order_asked(demo: Registry, record_type: str, sort: str, descending: bool) -> None:
    query = ListQuery(record_type, sort=sort, descending=descending)
    rids = demo.list_rids(query)
    assert len(rids) == len(set(rids)) == demo.count(query) > 10
    rows = demo.fetch_rows(record_type, rids)
    column = "collation_key" if sort == "sort_name" else sort
    keys = [_key(rows[rid][column]) for rid in rids]
    if sort != "sort_name":  # other columns break ties by row number
        keys = [(key, rid) for key, rid in zip(keys, rids, strict=True)]
    assert keys == sorted(keys, reverse=descending)


def test_a_search_and_a_filter_keep_their_order(demo: Registry) -> None:
    everyone = demo.list_rids(ListQuery("member", sort="birth_date"))
    chosen = demo.list_rids(ListQuery("member", sort="birth_date", filters={"organization.kind": "htx"}))
    assert chosen and set(chosen) < set(everyone)
    assert chosen == [rid for rid in everyone if rid in set(chosen)]
    assert demo.list_rids(ListQuery("member", search="khong co ai ten nay")) == []
