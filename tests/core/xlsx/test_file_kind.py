"""Files that are not a plain .xlsx are refused with a coded error saying what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.xlsx.source import open_workbook

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)  # Excel 97-2003, or an encrypted workbook


def _workbook(path: Path) -> Path:
    book = Workbook()
    book.active.append(["Họ và tên"])
    book.save(path)
    return path


@pytest.mark.parametrize("name,content,code", [
    ("danh_sach.xls", OLE2, "import_old_xls"),
    ("danh_sach.xls", b"", "import_old_xls"),
    ("co_mat_khau.xlsx", OLE2, "import_password"),
    ("danh_sach.csv", "Họ và tên\nLò Thị Mai\n".encode(), "import_not_xlsx"),
    ("doi_duoi.xlsx", b"%PDF-1.4", "import_not_xlsx"),
    ("danh_sach.ods", None, "import_not_xlsx"),
])
def test_other_formats_are_refused_with_what_to_do(tmp_path, name, content, code):
    path = tmp_path / name
    if content is None:
        _workbook(tmp_path / "goc.xlsx").rename(path)
    else:
        path.write_bytes(content)
    with pytest.raises(KtttError) as caught:
        open_workbook(path)
    assert caught.value.code == code
    for language in ("vi", "en"):
        text = caught.value.message(language)
        assert name in text and ".xlsx" in text and "zip" not in text


def test_a_plain_workbook_is_read(tmp_path):
    book = open_workbook(_workbook(tmp_path / "danh_sach.xlsx"))
    assert book.sheets[0].rows[0][0] == "Họ và tên"
