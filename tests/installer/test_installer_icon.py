"""The application icon drawn by installer/make_icon.py and committed in resources/icons."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def load_make_icon():
    spec = importlib.util.spec_from_file_location("kttt_installer_make_icon", ROOT / "installer" / "make_icon.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def ico_sizes(data: bytes) -> list[int]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        entry = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        width, _height, _colours, _r, _planes, _bits, length, offset = entry
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.append(width or 256)
    return sizes


def test_committed_icons_exist_in_the_right_sizes(qapp) -> None:
    png = QImage(str(ICONS / "kttt.png"))
    assert (png.width(), png.height()) == (256, 256)
    assert ico_sizes((ICONS / "kttt.ico").read_bytes()) == [16, 24, 32, 48, 64, 128, 256]


def test_icon_is_green_with_a_transparent_corner(qapp) -> None:
    module = load_make_icon()
    for size in (16, 256):
        image = module.draw(size)
        assert image.pixelColor(0, 0).alpha() == 0
        middle_left = image.pixelColor(size // 8, size // 2)
        assert middle_left.green() > middle_left.red() and middle_left.alpha() == 255
    ico = module.ico_bytes([module.draw(16), module.draw(256)])
    assert ico_sizes(ico) == [16, 256]
