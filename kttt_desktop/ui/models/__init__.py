"""Qt item models over the registry: they hold ids and build rows on demand."""

from kttt_desktop.ui.models.columns import Column, columns_for
from kttt_desktop.ui.models.record_table import RECORD_ID_ROLE, RecordTableModel

__all__ = ["Column", "columns_for", "RECORD_ID_ROLE", "RecordTableModel"]
