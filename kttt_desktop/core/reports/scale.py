"""The scale of an organisation in a year: micro, small, medium or large (Decree 113/2024).

Scale follows from the year's official members and its revenue or its total capital: an
organisation is of the largest scale whose member threshold it reaches together with either
the revenue or the capital threshold, and micro when it reaches none. The thresholds differ
by sector and are data, not code (`resources/reference/scale_thresholds.csv`), so that the
figures of another sector are added to the table, not to the program. A sector without rows
of its own uses the `default` rows. Rows whose figures have not been checked against the
decree say so (`verified` = no); the help lists them so an officer knows which scales are
provisional.

A damaged table is refused whole with a coded message, never read half-way: a scale derived
from a wrong threshold would be printed on reports without anyone noticing.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from kttt_desktop.core.catalogs import SECTORS
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.resources import resource_path

DEFAULT_SECTOR = "default"
MICRO = "micro"
# Smallest to largest; micro has no row: it is what is left.
SCALES: tuple[tuple[str, str, str], ...] = (
    (MICRO, "Siêu nhỏ", "Micro"),
    ("small", "Nhỏ", "Small"),
    ("medium", "Vừa", "Medium"),
    ("large", "Lớn", "Large"),
)
SCALE_CODES = tuple(code for code, _, _ in SCALES)
RANKED = SCALE_CODES[1:]  # the scales with thresholds
COLUMNS = ("sector", "scale", "min_official_members", "min_revenue_vnd", "min_capital_vnd", "source", "verified")
_NUMBER_COLUMNS = COLUMNS[2:5]
_VERIFIED = {"yes": True, "no": False}


@dataclass(frozen=True)
class Threshold:
    """What an organisation of `sector` must reach to be of `scale`."""

    sector: str
    scale: str
    min_official_members: int
    min_revenue_vnd: int
    min_capital_vnd: int
    source: str
    verified: bool

    def reached_by(self, official_members: int, revenue_vnd: int, capital_vnd: int) -> bool:
        return official_members >= self.min_official_members and (
            revenue_vnd >= self.min_revenue_vnd or capital_vnd >= self.min_capital_vnd)


def scale_label(code: str, lang: str = "vi") -> str:
    """"Siêu nhỏ", "Nhỏ", "Vừa", "Lớn" (or in English); an unknown code is shown as it is."""
    for known, vi, en in SCALES:
        if known == code:
            return en if lang == "en" else vi
    return code


def thresholds_path() -> Path:
    return resource_path("reference", "scale_thresholds.csv")


def read_thresholds(path: Path) -> dict[str, tuple[Threshold, ...]]:
    """Every sector's thresholds, smallest scale first; a damaged table raises a coded error
    naming the file and the line to correct."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError, csv.Error):
        raise KtttError("scale_table_unreadable", path=path.name) from None
    if not rows or tuple(cell.strip() for cell in rows[0]) != COLUMNS:
        raise KtttError("scale_table_columns", path=path.name, columns=", ".join(COLUMNS))
    by_sector: dict[str, dict[str, Threshold]] = {}
    known_sectors = {value.code for value in SECTORS} | {DEFAULT_SECTOR}
    for line, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        threshold = _row(path, line, cells, known_sectors)
        scales = by_sector.setdefault(threshold.sector, {})
        if threshold.scale in scales:
            raise KtttError("scale_table_duplicate", path=path.name, line=line, sector=threshold.sector,
                            scale=threshold.scale)
        scales[threshold.scale] = threshold
    if DEFAULT_SECTOR not in by_sector:
        raise KtttError("scale_table_incomplete", path=path.name, sector=DEFAULT_SECTOR, scales=", ".join(RANKED))
    table: dict[str, tuple[Threshold, ...]] = {}
    for sector, scales in by_sector.items():
        if set(scales) != set(RANKED):
            raise KtttError("scale_table_incomplete", path=path.name, sector=sector, scales=", ".join(RANKED))
        ordered = tuple(scales[code] for code in RANKED)
        for smaller, larger in pairwise(ordered):
            if any(getattr(larger, name) < getattr(smaller, name) for name in _NUMBER_COLUMNS):
                raise KtttError("scale_table_order", path=path.name, sector=sector)
        table[sector] = ordered
    return table


def _row(path: Path, line: int, cells: list[str], known_sectors: set[str]) -> Threshold:
    if len(cells) != len(COLUMNS):
        raise KtttError("scale_table_cells", path=path.name, line=line, found=len(cells), expected=len(COLUMNS))
    values = dict(zip(COLUMNS, (cell.strip() for cell in cells), strict=True))

    def bad(column: str) -> KtttError:
        return KtttError("scale_table_bad_value", path=path.name, line=line, column=column, value=values[column])

    if values["sector"] not in known_sectors:
        raise bad("sector")
    if values["scale"] not in RANKED:
        raise bad("scale")
    if values["verified"] not in _VERIFIED:
        raise bad("verified")
    for column in _NUMBER_COLUMNS:
        if not values[column].isascii() or not values[column].isdigit():
            raise bad(column)
    return Threshold(values["sector"], values["scale"], int(values["min_official_members"]),
                     int(values["min_revenue_vnd"]), int(values["min_capital_vnd"]), values["source"],
                     _VERIFIED[values["verified"]])


@cache
def thresholds() -> dict[str, tuple[Threshold, ...]]:
    """The shipped table, read once."""
    return read_thresholds(thresholds_path())


def thresholds_for(sector: str | None, table: dict[str, tuple[Threshold, ...]] | None = None) -> tuple[Threshold, ...]:
    """The sector's own thresholds, else the default ones."""
    table = thresholds() if table is None else table
    return table.get(sector or DEFAULT_SECTOR) or table[DEFAULT_SECTOR]


def scale_of(sector: str | None, official_members: int | None, revenue_vnd: int | None, capital_vnd: int | None,
             table: dict[str, tuple[Threshold, ...]] | None = None) -> str:
    """The scale code (`micro|small|medium|large`) of an organisation with these yearly figures;
    a figure not recorded counts as zero."""
    members, revenue, capital = official_members or 0, revenue_vnd or 0, capital_vnd or 0
    scale = MICRO
    for threshold in thresholds_for(sector, table):
        if threshold.reached_by(members, revenue, capital):
            scale = threshold.scale
    return scale


def unverified_thresholds(table: dict[str, tuple[Threshold, ...]] | None = None) -> list[Threshold]:
    """The rows not yet checked against the decree, for the help text."""
    table = thresholds() if table is None else table
    return [threshold for rows in table.values() for threshold in rows if not threshold.verified]


def provisional_sectors(table: dict[str, tuple[Threshold, ...]] | None = None) -> list[str]:
    """Sector codes whose scale rests on unverified figures: those with unverified rows of their
    own and those that fall back to unverified default rows."""
    table = thresholds() if table is None else table
    unverified = {threshold.sector for threshold in unverified_thresholds(table)}
    return [value.code for value in SECTORS
            if (value.code if value.code in table else DEFAULT_SECTOR) in unverified]


def scale_of_results(sector: str | None, results: Mapping[str, Any],
                     table: dict[str, tuple[Threshold, ...]] | None = None) -> str:
    """The scale an organisation of `sector` had in the year of its yearly results (an
    `annual_report` record): its official members with its revenue or its total capital."""
    return scale_of(sector, results.get("members_official"), results.get("revenue_vnd"),
                    results.get("total_capital_vnd"), table)
