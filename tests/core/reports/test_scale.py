"""The scale of an organisation from the shipped thresholds (Decree 113/2024), and a damaged
table refused with a message saying which line to correct."""

from __future__ import annotations

from pathlib import Path

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.reports.scale import (
    COLUMNS,
    provisional_sectors,
    read_thresholds,
    scale_label,
    scale_of,
    thresholds,
    thresholds_for,
    thresholds_path,
    unverified_thresholds,
)

BN = 1_000_000_000
HEADER = ",".join(COLUMNS)


def test_the_shipped_table_is_found_and_valid():
    # resources/ is shipped whole by the installer; the lookup that finds it must find this file
    assert thresholds_path().parts[-2:] == ("reference", "scale_thresholds.csv")
    assert {"agriculture", "default"} <= set(thresholds())


@pytest.mark.parametrize("members, revenue, capital, expected", [
    (49, 100 * BN, 100 * BN, "micro"),  # money is not enough without the members
    (50, 2 * BN, 0, "small"),
    (50, 2 * BN - 1, 0, "micro"),
    (50, 0, 1 * BN, "small"),  # capital instead of revenue
    (50, 0, 1 * BN - 1, "micro"),
    (199, 10 * BN, 5 * BN, "small"),
    (200, 10 * BN, 0, "medium"),
    (200, 10 * BN - 1, 0, "small"),
    (200, 0, 5 * BN, "medium"),
    (200, 0, 5 * BN - 1, "small"),
    (299, 50 * BN, 10 * BN, "medium"),
    (300, 50 * BN, 0, "large"),
    (300, 50 * BN - 1, 0, "medium"),
    (300, 0, 10 * BN, "large"),
    (300, 0, 10 * BN - 1, "medium"),
    (300, 10 * BN - 1, 5 * BN - 1, "small"),
    (0, 0, 0, "micro"),
    (None, None, None, "micro"),  # nothing recorded yet
])
def test_agriculture_on_both_sides_of_each_threshold(members, revenue, capital, expected):
    assert scale_of("agriculture", members, revenue, capital) == expected


def test_a_sector_without_rows_of_its_own_uses_the_default_rows():
    assert thresholds_for("trade_services") == thresholds()["default"]
    assert thresholds_for(None) == thresholds()["default"]
    assert scale_of("trade_services", 50, 2 * BN, 0) == "small"
    assert scale_of(None, 300, 0, 10 * BN) == "large"


def test_the_unverified_thresholds_are_listed_for_the_help():
    unverified = unverified_thresholds()
    assert unverified and all(not row.verified for row in unverified)
    assert {row.sector for row in unverified} == {"default"}
    assert "agriculture" not in provisional_sectors()
    assert {"forestry", "trade_services", "other"} <= set(provisional_sectors())


def test_labels_in_both_languages():
    assert [scale_label(code) for code in ("micro", "small", "medium", "large")] == ["Siêu nhỏ", "Nhỏ", "Vừa", "Lớn"]
    assert scale_label("large", "en") == "Large"


def _table(tmp_path: Path, *lines: str, header: str = HEADER) -> Path:
    path = tmp_path / "scale_thresholds.csv"
    path.write_text("\n".join((header, *lines)) + "\n", encoding="utf-8")
    return path


_GOOD = (
    "default,small,50,2000000000,1000000000,x,no",
    "default,medium,200,10000000000,5000000000,x,no",
    "default,large,300,50000000000,10000000000,x,no",
)


def test_a_new_sector_is_added_as_data(tmp_path):
    table = read_thresholds(_table(tmp_path, *_GOOD, "transport,small,10,1,1,y,yes", "transport,medium,20,2,2,y,yes",
                                   "transport,large,30,3,3,y,yes"))
    assert scale_of("transport", 20, 0, 2, table) == "medium"
    assert scale_of("transport", 19, 0, 2, table) == "small"
    assert scale_of("agriculture", 20, 0, 2, table) == "micro"  # no rows of its own here: default


@pytest.mark.parametrize("lines, header, code, words", [
    (_GOOD, "sector,scale,members", "scale_table_columns", "phải có dòng tiêu đề"),
    ((_GOOD[0], "default,medium,200,mười tỷ,5000000000,x,no", _GOOD[2]), HEADER, "scale_table_bad_value",
     "dòng 3: giá trị «mười tỷ» ở cột «min_revenue_vnd»"),
    ((*_GOOD, "default,small,-5,0,0,x,no"), HEADER, "scale_table_bad_value", "cột «min_official_members»"),
    ((*_GOOD[:2], "default,huge,300,1,1,x,no"), HEADER, "scale_table_bad_value", "cột «scale»"),
    ((*_GOOD, "nong_nghiep,small,1,1,1,x,no"), HEADER, "scale_table_bad_value", "cột «sector»"),
    ((*_GOOD[:2], "default,large,300,1,1,x,maybe"), HEADER, "scale_table_bad_value", "cột «verified»"),
    ((*_GOOD, "default,small,50,1,1,x"), HEADER, "scale_table_cells", "dòng 5: có 6 ô"),
    ((*_GOOD, _GOOD[0]), HEADER, "scale_table_duplicate", "dòng 5"),
    (_GOOD[:2], HEADER, "scale_table_incomplete", "«default»"),
    (("agriculture,small,50,1,1,x,yes",), HEADER, "scale_table_incomplete", "«default»"),
    ((_GOOD[0], "default,medium,20,10000000000,5000000000,x,no", _GOOD[2]), HEADER, "scale_table_order",
     "tăng dần"),
])
def test_a_broken_table_is_refused_with_a_coded_message(tmp_path, lines, header, code, words):
    with pytest.raises(KtttError) as caught:
        read_thresholds(_table(tmp_path, *lines, header=header))
    assert caught.value.code == code
    assert words in caught.value.message("vi") and "scale_thresholds.csv" in caught.value.message("vi")
    assert caught.value.message("en") != caught.value.message("vi")


def test_a_missing_or_undecodable_table_is_refused(tmp_path):
    with pytest.raises(KtttError) as caught:
        read_thresholds(tmp_path / "scale_thresholds.csv")
    assert caught.value.code == "scale_table_unreadable"
    path = tmp_path / "latin.csv"
    path.write_bytes(HEADER.encode() + b"\ndefault,small,50,1,1,\xe9,no\n")
    with pytest.raises(KtttError, match="Không đọc được bảng ngưỡng quy mô"):
        read_thresholds(path)
