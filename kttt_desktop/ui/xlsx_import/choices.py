"""What the officer decides per sheet: import it or not, and how it is read (`ColumnMapping`).

Built from core's proposal (`plan_workbook`); a visible sheet core did not recognise is still
listed, unticked, read from row 1 as the type its name suggests, so an officer can map an
unusual list by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kttt_desktop.core.xlsx.importer import SourceBook, plan_workbook, propose_mapping
from kttt_desktop.core.xlsx.mapping import ColumnMapping
from kttt_desktop.core.xlsx.rows import is_numbering_row
from kttt_desktop.core.xlsx.sheet_layout import SheetColumn
from kttt_desktop.core.xlsx.source import SourceSheet
from kttt_desktop.core.xlsx.values import is_empty

SAMPLE_ROWS = 30  # data rows looked at for a sample value of each column
_PARENT_KEYS = frozenset({"organization_code", "organization_name", "id"})


@dataclass
class SheetChoice:
    sheet: SourceSheet
    mapping: ColumnMapping
    included: bool
    samples: dict[int, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.samples = samples(self.sheet, self.mapping)

    @property
    def name(self) -> str:
        return self.sheet.name

    def remap(self, record_type: str, header_row: int) -> None:
        """Read the sheet again as another record type or from another header row."""
        mapping = propose_mapping(self.sheet, record_type, header_row)
        if mapping is not None:  # always one when both are given
            self.mapping = mapping
            self.samples = samples(self.sheet, mapping)

    def columns(self) -> list[int]:
        """The sheet's columns worth showing: with a header, a mapping or a value below."""
        return sorted(set(self.mapping.headers) | set(self.mapping.keys) | set(self.samples))

    def missing(self) -> list[SheetColumn]:
        return self.mapping.missing_required()

    def needs_organization(self) -> bool:
        """A member, worker or support list that names no organisation: its rows belong to
        the organisation chosen in the wizard."""
        return self.mapping.record_type != "organization" and not (_PARENT_KEYS & set(self.mapping.keys.values()))


def samples(sheet: SourceSheet, mapping: ColumnMapping) -> dict[int, Any]:
    """The first value under each column, skipping the "(1) (2) (3)" numbering row."""
    found: dict[int, Any] = {}
    last = min(sheet.max_row, mapping.first_data_row + SAMPLE_ROWS - 1)
    for row in range(mapping.first_data_row, last + 1):
        cells = sheet.rows[row - 1]
        if is_numbering_row(cells):
            continue
        for column, value in enumerate(cells, 1):
            if column not in found and not is_empty(value):
                found[column] = value
    return found


def sheet_choices(book: SourceBook) -> list[SheetChoice]:
    """Every visible sheet with data, the ones core recognised ticked."""
    planned = {mapping.sheet: mapping for mapping in plan_workbook(book)}
    choices = []
    for sheet in book.sheets:
        if sheet.reserved or sheet.hidden or sheet.max_row == 0:
            continue
        mapping = planned.get(sheet.name) or propose_mapping(sheet, None, 1)
        if mapping is not None:
            choices.append(SheetChoice(sheet, mapping, sheet.name in planned))
    return choices
