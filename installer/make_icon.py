#!/usr/bin/env python3
"""Draw the application icon with Qt and write resources/icons/kttt.png and kttt.ico.

    python installer/make_icon.py

The emblem: a green rounded square with a white stylised rice sheaf (a stalk bent under
its ears, two leaves and a binding band) — the collective farm, readable at 16 px.
Each size is drawn from vectors (not scaled down from 256 px) so small icons stay sharp.
Qt's ICO writer stores only one image per file, so the multi-size .ico is assembled here:
an ICO directory followed by PNG-compressed images (read by Windows Vista and later, by
PyInstaller and by Inno Setup). The outputs are committed; re-run only to change the design.
"""

from __future__ import annotations

import math
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
GREEN_TOP = QColor("#2e9d4f")
GREEN_BOTTOM = QColor("#1b6e35")
WHITE = QColor("#ffffff")


def _grain(painter: QPainter, centre: QPointF, angle: float, length: float) -> None:
    """One rice grain: an ellipse rotated along the ear."""
    painter.save()
    painter.translate(centre)
    painter.rotate(angle)
    painter.drawEllipse(QRectF(-length * 0.22, -length / 2, length * 0.44, length))
    painter.restore()


def draw(size: int) -> QImage:
    """The emblem at `size` × `size` pixels, transparent outside the rounded square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256.0, size / 256.0)  # draw on a 256-unit canvas

    # Background: rounded square with a gentle vertical gradient.
    margin = 8.0
    rect = QRectF(margin, margin, 256 - 2 * margin, 256 - 2 * margin)
    from PySide6.QtGui import QLinearGradient

    gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
    gradient.setColorAt(0.0, GREEN_TOP)
    gradient.setColorAt(1.0, GREEN_BOTTOM)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(rect, 48, 48)

    small = size < 40  # fewer, bolder strokes when tiny
    stroke = 14.0 if small else 9.0
    pen = QPen(WHITE, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)

    # Three stalks rising from the binding point and bending outwards.
    base = QPointF(128, 212)
    knot = QPointF(128, 150)
    tips = [QPointF(78, 58), QPointF(128, 40), QPointF(178, 58)] if not small \
        else [QPointF(84, 60), QPointF(172, 60)]
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(pen)
    for tip in tips:
        path = QPainterPath(base)
        control = QPointF(knot.x() + (tip.x() - knot.x()) * 0.15, knot.y() - 40)
        path.lineTo(knot)
        path.quadTo(control, tip)
        p.drawPath(path)

    # Grains along each stalk's upper part.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(WHITE)
    grain_len = 30.0 if small else 24.0
    for tip in tips:
        control = QPointF(knot.x() + (tip.x() - knot.x()) * 0.15, knot.y() - 40)
        steps = (0.55, 0.85) if small else (0.45, 0.62, 0.79, 0.96)
        for t in steps:
            # Point and tangent on the quadratic Bézier knot → control → tip.
            x = (1 - t) ** 2 * knot.x() + 2 * (1 - t) * t * control.x() + t * t * tip.x()
            y = (1 - t) ** 2 * knot.y() + 2 * (1 - t) * t * control.y() + t * t * tip.y()
            dx = 2 * (1 - t) * (control.x() - knot.x()) + 2 * t * (tip.x() - control.x())
            dy = 2 * (1 - t) * (control.y() - knot.y()) + 2 * t * (tip.y() - control.y())
            along = math.degrees(math.atan2(dy, dx)) + 90
            offset = 11.0 if not small else 13.0
            nx, ny = -dy, dx
            norm = math.hypot(nx, ny) or 1.0
            for side in (-1, 1):
                centre = QPointF(x + side * offset * nx / norm, y + side * offset * ny / norm)
                _grain(p, centre, along + side * 28, grain_len)

    # Two leaves at the foot and the binding band.
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for side in (-1, 1):
        leaf = QPainterPath(QPointF(128, 206))
        leaf.quadTo(QPointF(128 + side * 14, 170), QPointF(128 + side * 52, 128))
        p.drawPath(leaf)
    p.setPen(QPen(WHITE, stroke * 1.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(114, 184), QPointF(142, 184))
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(images: list[QImage]) -> bytes:
    """An ICO file holding each image as PNG (the ICONDIR / ICONDIRENTRY layout)."""
    payloads = [png_bytes(image) for image in images]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for image, payload in zip(images, payloads, strict=True):
        side = image.width()
        entries += struct.pack("<BBBBHHII", side % 256, side % 256, 0, 0, 1, 32, len(payload), offset)
        offset += len(payload)
    return header + entries + b"".join(payloads)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    (OUT_DIR / "kttt.png").write_bytes(png_bytes(big))
    (OUT_DIR / "kttt.ico").write_bytes(ico_bytes([draw(s) for s in ICO_SIZES]))
    print(f"wrote {OUT_DIR / 'kttt.png'} and {OUT_DIR / 'kttt.ico'} ({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
