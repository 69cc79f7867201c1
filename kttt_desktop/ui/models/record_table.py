"""A table model that shows 300,000 records without reading them all.

The model holds only the local row numbers (`rid`) of the records in the list, already
filtered and sorted by SQLite. Rows are read when the view asks for them, a block at a
time, and kept in a small least-recently-used cache of blocks, so scrolling is smooth and
memory stays bounded whatever the size of the register. The STT column numbers the rows
as shown, and the totals under money and count columns are summed by SQLite (`totals`).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from kttt_desktop.core.db.queries import ListQuery
from kttt_desktop.core.formats import format_date
from kttt_desktop.ui.models.columns import Column, Kind, columns_for, enrich_rows, total_key

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

BLOCK_SIZE = 200
MAX_BLOCKS = 25  # at most 5,000 rows in memory

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored row dict (for tooltips, detail panes)
DELETED_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """The rows of one `ListQuery`, read on demand.

    `set_query` and `sort` run a new SQL query; `refresh` runs the same one again after a
    write. `record_id(row)` and `row_of(id)` translate between view rows and record ids.
    """

    query_changed = Signal()  # after every (re)query: the row count may have changed

    def __init__(self, registry: Registry, record_type: str, parent: Any = None, *,
                 within_organization: bool = False, query: ListQuery | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self.record_type = record_type
        self.columns: tuple[Column, ...] = columns_for(record_type, within_organization)
        self._query = query or ListQuery(record_type)
        self._rids: list[int] = []
        self._blocks: OrderedDict[int, list[dict[str, Any] | None]] = OrderedDict()
        self._positions: dict[int, int] | None = None  # rid -> row, built only when needed
        self._totals: dict[int, int] | None = None  # column -> sum, until the rows change
        self._rids = self._load_rids()

    # --- querying ------------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        if query.record_type != self.record_type:
            raise ValueError(f"a {self.record_type} model cannot show {query.record_type}")
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Run the query again (after a write) and forget every cached row."""
        self.beginResetModel()
        self._rids = self._load_rids()
        self._blocks.clear()
        self._positions = None
        self._totals = None
        self.endResetModel()
        self.query_changed.emit()

    def _load_rids(self) -> list[int]:
        return list(self._registry.list_rids(self._query))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask SQLite for the new order; a computed column cannot be sorted and is ignored."""
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        sort_key = self.columns[column].sort or "sort_name"
        descending = order == Qt.SortOrder.DescendingOrder
        if sort_key == self._query.sort and descending == self._query.descending:
            return
        self.layoutAboutToBeChanged.emit()
        old_rids = self._rids
        self._query = self._query.with_changes(sort=sort_key, descending=descending)
        self._rids = self._load_rids()
        self._blocks.clear()
        self._positions = None
        # Keep selections and the current row on the same records where they still exist.
        if len(old_rids) == len(self._rids):
            position = {rid: row for row, rid in enumerate(self._rids)}
            old_persistent = self.persistentIndexList()
            new_persistent = []
            for index in old_persistent:
                row = position.get(old_rids[index.row()], -1) if index.row() < len(old_rids) else -1
                new_persistent.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()
        self.query_changed.emit()

    def totals(self) -> dict[int, int]:
        """The totals row: column number -> the sum under it, for each money and count column,
        over every record the query shows. One SQL statement, kept until the query or the data
        changes (a new sort order does not change a sum)."""
        if self._totals is None:
            keys = {number: key for number, column in enumerate(self.columns)
                    if (key := total_key(column)) is not None}
            sums = self._registry.list_totals(self._query, keys.values()) if keys else {}
            self._totals = {number: sums[key] for number, key in keys.items()}
        return dict(self._totals)

    def sort_column(self) -> int:
        """The column whose sort key the query uses (-1 if none), for the header indicator."""
        for number, column in enumerate(self.columns):
            if column.sort == self._query.sort:
                return number
        return -1

    # --- ids -----------------------------------------------------------------------------

    def record_id(self, row: int) -> str:
        record = self.row_data(row)
        if record is None:
            raise IndexError(row)
        return str(record["id"])

    def row_of(self, record_id: str) -> int | None:
        """Where a record is in the list, or None if the current query does not show it.

        Cached blocks are looked at first. Otherwise the record's title is searched (an
        indexed query returning a handful of candidates) to learn its row number, so a
        record just added can be selected without reading the whole list.
        """
        for block, rows in self._blocks.items():
            for offset, record in enumerate(rows):
                if record is not None and record["id"] == record_id:
                    return block * BLOCK_SIZE + offset
        rid = self._rid_of(record_id)
        if rid is None:
            return None
        if self._positions is None:
            self._positions = {value: row for row, value in enumerate(self._rids)}
        return self._positions.get(rid)

    def _rid_of(self, record_id: str) -> int | None:
        from kttt_desktop.core.errors import KtttError
        from kttt_desktop.core.records.fields import RECORD_TYPES

        try:
            record = self._registry.get(self.record_type, record_id)
        except KtttError:
            return None
        title = RECORD_TYPES[self.record_type].title_of(record)
        candidates = self._registry.list_rids(ListQuery(self.record_type, search=title,
                                                        include_deleted=True))
        for start in range(0, len(candidates), BLOCK_SIZE):
            chunk = candidates[start:start + BLOCK_SIZE]
            for rid, row in self._registry.fetch_rows(self.record_type, chunk).items():
                if row["id"] == record_id:
                    return rid
        return None

    def row_data(self, row: int) -> dict[str, Any] | None:
        """The stored row shown at `row` (read from the database if not cached)."""
        if not 0 <= row < len(self._rids):
            return None
        block_number, offset = divmod(row, BLOCK_SIZE)
        block = self._blocks.get(block_number)
        if block is None:
            block = self._load_block(block_number)
        else:
            self._blocks.move_to_end(block_number)
        return block[offset]

    def _load_block(self, block_number: int) -> list[dict[str, Any] | None]:
        rids = self._rids[block_number * BLOCK_SIZE:(block_number + 1) * BLOCK_SIZE]
        rows = self._registry.fetch_rows(self.record_type, rids)
        enrich_rows(self._registry, self.record_type, self.columns, rows)
        # A record removed from disk since the query ran shows as an empty row until refresh.
        block = [rows.get(rid) for rid in rids]
        self._blocks[block_number] = block
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    @property
    def cached_row_count(self) -> int:
        return sum(len(block) for block in self._blocks.values())

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.ToolTipRole and column.kind == Kind.ROW_NUMBER:
                return self.tr("Số thứ tự, theo cách sắp xếp và điều kiện lọc đang chọn")
            if role == Qt.ItemDataRole.ToolTipRole and not column.sortable:
                return self.tr("Không sắp xếp được theo cột này")
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(column.alignment)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._rids):
                return section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self.columns):
            return None
        if role not in _ROLES:
            return None
        record = self.row_data(index.row())
        if record is None:
            return None
        column = self.columns[index.column()]
        deleted = bool(record.get("deleted"))
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind == Kind.ROW_NUMBER:
                return str(index.row() + 1)
            return column.display(record)
        if role == RECORD_ID_ROLE:
            return str(record["id"])
        if role == ROW_ROLE:
            return record
        if role == DELETED_ROLE:
            return deleted
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.ForegroundRole and deleted:
            return QBrush(_deleted_colour())
        if role == Qt.ItemDataRole.FontRole and deleted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _tooltip(self, record: dict[str, Any], column: Column) -> str | None:
        text = column.display(record)
        if record.get("deleted"):
            note = self.tr("Đã xóa ngày {date}").format(date=format_date((record.get("deleted_at") or "")[:10]))
            if record.get("deleted_by"):
                note += self.tr(" bởi {officer}").format(officer=record["deleted_by"])
            if record.get("delete_reason"):
                note += self.tr(". Lý do: {reason}").format(reason=record["delete_reason"])
            return f"{text}\n{note}" if text else note
        return text or None


_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, RECORD_ID_ROLE, ROW_ROLE, DELETED_ROLE,
})


def _deleted_colour() -> QColor:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return QColor("#888888")
