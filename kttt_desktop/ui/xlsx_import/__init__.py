"""Nhập từ Excel: the wizard that reads a filled template, an exported file or an officer's
own list into the register.

Three pages follow the steps of `kttt_desktop.core.xlsx.importer`: choose the file
(read in the background), check how each sheet's columns are read (`ColumnMapping`), then
see what every row would do and import. Reading, checking and writing run in a
`BackgroundOp` with their own connection; nothing is written before «Nhập», and a
cancelled import leaves the register as it was.

`XlsxImportWizard.run(registry, parent, path=None)` is what the window calls; it returns
the `Changes` written, or None.
"""

from __future__ import annotations

from kttt_desktop.ui.xlsx_import.wizard import XlsxImportWizard

__all__ = ["XlsxImportWizard"]
