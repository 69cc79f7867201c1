"""Tell, before openpyxl reads it, what kind of file the officer chose, so that an old .xls,
a password-protected workbook or a file of another kind is refused with what to do about it
rather than with the library's English («File is not a zip file»)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from kttt_desktop.core.errors import KtttError

__all__ = ["XLSX_SUFFIXES", "refuse_other_formats"]

XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")  # what openpyxl reads
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 files, and any workbook Excel encrypted


def refuse_other_formats(path: Path) -> None:
    """Raise the coded error that says what to do with a file that is not a plain .xlsx;
    return for a zip named like a workbook (a damaged one is told apart while reading)."""
    try:
        with path.open("rb") as file:
            head = file.read(len(_OLE2))
    except PermissionError as exc:
        raise KtttError("import_locked", path=str(path)) from exc
    suffix = path.suffix.lower()
    if head == _OLE2:
        # Excel stores a workbook with a password to open in the same container as an .xls.
        raise KtttError("import_password" if suffix in XLSX_SUFFIXES else "import_old_xls", path=str(path))
    if suffix == ".xls":
        raise KtttError("import_old_xls", path=str(path))
    if suffix not in XLSX_SUFFIXES or not zipfile.is_zipfile(path):
        raise KtttError("import_not_xlsx", path=str(path))
