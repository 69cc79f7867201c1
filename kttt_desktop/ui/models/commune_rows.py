"""A table of communes at an upper level: one row per commune, then the site's total in bold.

The dashboard shows two such tables (the indicators, the registers); they differ only in
their columns, so the rows' shape, the total's look and the header's alignment live here once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from kttt_desktop.ui.models.rows import RowsTableModel

# A row: (unit code, or None on the total row; name; the figures under their keys).
CommuneRow = tuple[str | None, str, dict[str, Any]]


class CommuneTableModel(RowsTableModel):
    """The commune's name, then one figure per column; a subclass says how a figure reads
    (`figure`) and what a column's header explains (`header_tooltip`)."""

    CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the unit code, None on the total row

    def figure(self, values: dict[str, Any], column: int) -> str:
        raise NotImplementedError

    def header_tooltip(self, column: int) -> str | None:
        return None

    def set_communes(self, rows: list[CommuneRow], total_label: str, totals: dict[str, Any]) -> None:
        """Each commune, then the total (code None); no rows at all without communes."""
        self.set_rows(rows + [(None, total_label, totals)] if rows else [])

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.ToolTipRole and section > 0:
                return self.header_tooltip(section)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int((Qt.AlignmentFlag.AlignRight if section else Qt.AlignmentFlag.AlignLeft)
                           | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def cell(self, row: CommuneRow, column: int, role: int) -> Any:
        code, name, values = row
        if role == self.CODE_ROLE:
            return code
        if role == Qt.ItemDataRole.FontRole and code is None:
            font = QFont()
            font.setBold(True)
            return font
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return name
            if role == Qt.ItemDataRole.ToolTipRole and code:
                return f"{name} ({code})"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.figure(values, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
