"""Record forms generated from the field table: editors, the form, the add/edit dialog."""

from kttt_desktop.ui.forms.editors import make_editor
from kttt_desktop.ui.forms.record_dialog import RecordDialog, open_record_dialog
from kttt_desktop.ui.forms.record_form import RecordForm

__all__ = ["RecordDialog", "RecordForm", "make_editor", "open_record_dialog"]
