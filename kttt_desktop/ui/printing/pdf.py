"""Putting a printed document on pages: A4, the margins of an administrative document, page
numbers from page 2; the same pages in a PDF file and on a printer (or its preview).

A document is laid out once, at a fixed resolution on a small image rather than on the
target device, and painted scaled onto each device. Line breaks therefore never depend on
the printer or the screen: the print preview shows exactly the pages of the PDF.

All of it runs on the GUI thread: a QTextDocument laid out on one thread and painted on
another crashes inside Qt. Background work gathers the figures and hands back plain data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

import kttt_desktop
from kttt_desktop.core.files import saving_next_to
from kttt_desktop.ui.printing.pagination import keep_together

LAYOUT_DPI = 300  # the resolution documents are laid out at, and the PDF's resolution
MM_PER_INCH = 25.4
# Decree 30/2020/NĐ-CP, appendix I: top and bottom 20 mm, left 30 mm, right 15 mm.
MARGINS_MM = QMarginsF(30, 20, 15, 20)
PAGE_NUMBER_POINT_SIZE = 11


@dataclass(frozen=True)
class PageGeometry:
    """The page and its text body in layout units (pixels at LAYOUT_DPI)."""

    page: QSizeF
    body: QRectF

    @classmethod
    def a4(cls) -> PageGeometry:
        size_mm = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Millimeter)
        scale = LAYOUT_DPI / MM_PER_INCH
        page = QSizeF(size_mm.width() * scale, size_mm.height() * scale)
        body = QRectF(MARGINS_MM.left() * scale, MARGINS_MM.top() * scale,
                      page.width() - (MARGINS_MM.left() + MARGINS_MM.right()) * scale,
                      page.height() - (MARGINS_MM.top() + MARGINS_MM.bottom()) * scale)
        return cls(page, body)


A4 = PageGeometry.a4()


def layout_device() -> QImage:
    """A tiny image whose resolution is LAYOUT_DPI: what documents are measured against."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_meter = round(LAYOUT_DPI / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    return image


def set_up_layout(document: QTextDocument, geometry: PageGeometry = A4) -> None:
    """Measure `document` on the layout device, in pages of `geometry`. Done before its
    content is set, the content is laid out once. The document does not own the device, so
    the device is kept on it."""
    if getattr(document, "_kttt_layout_device", None) is not None:
        return
    device = layout_device()
    document._kttt_layout_device = device  # type: ignore[attr-defined]
    document.setUseDesignMetrics(True)
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setPageSize(geometry.body.size())


def prepare(document: QTextDocument, geometry: PageGeometry = A4) -> QTextDocument:
    """Lay `document` out on pages of `geometry` and settle its page breaks (once; printing
    calls it anyway)."""
    if not getattr(document, "_kttt_paginated", False):
        set_up_layout(document, geometry)
        keep_together(document, geometry.body.height())
        document._kttt_paginated = True  # type: ignore[attr-defined]
    return document


def paint_document(document: QTextDocument, device: QPagedPaintDevice, geometry: PageGeometry = A4,
                   page_numbers: bool = True) -> int:
    """Paint every page of `document` on `device` (a QPdfWriter or a QPrinter set up with
    `set_up_device`); returns the number of pages. The painter must not be active yet."""
    prepare(document, geometry)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting on the device")
    try:
        _paint_pages(painter, document, device, geometry, page_numbers)
    finally:
        painter.end()
    return document.pageCount()


def _paint_pages(painter: QPainter, document: QTextDocument, device: QPagedPaintDevice, geometry: PageGeometry,
                 page_numbers: bool) -> None:
    scale_x = device.logicalDpiX() / LAYOUT_DPI
    scale_y = device.logicalDpiY() / LAYOUT_DPI
    # A device that still paints inside its own margins (not full-page) is shifted back.
    offset = device.pageLayout().paintRectPixels(device.logicalDpiX()).topLeft()
    body = geometry.body
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    context.palette = palette
    number_font = QFont(document.defaultFont().family())
    # In layout pixels, which the painter's scale carries to the device (a size in points
    # would be taken at the device's resolution and then scaled once more).
    number_font.setPixelSize(round(PAGE_NUMBER_POINT_SIZE * LAYOUT_DPI / 72))
    pages = document.pageCount()
    for index in range(pages):
        if index:
            device.newPage()
        painter.save()
        painter.translate(-offset.x(), -offset.y())
        painter.scale(scale_x, scale_y)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        if page_numbers and index:
            # Centred in the top margin, from page 2 (Decree 30/2020, appendix I).
            painter.setFont(number_font)
            painter.setPen(QColor("#000000"))
            painter.drawText(QRectF(body.left(), 0, body.width(), body.top()),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), str(index + 1))
        painter.translate(body.left(), body.top() - index * body.height())
        page = QRectF(0, index * body.height(), body.width(), body.height())
        painter.setClipRect(page)
        # Qt draws every line that touches the clip; the next page's first line starts a
        # hair above this page's end and would be drawn here too (hidden, yet in the text).
        context.clip = page.adjusted(0, 0.5, 0, -0.5)
        document.documentLayout().draw(painter, context)
        painter.restore()


def set_up_device(device: QPagedPaintDevice) -> None:
    """A4 portrait, the administrative margins, painted from the paper's corner."""
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM,
                         QPageLayout.Unit.Millimeter)
    layout.setMode(QPageLayout.Mode.FullPageMode)
    device.setPageLayout(layout)


def write_pdf(document: QTextDocument, path: str | os.PathLike[str], title: str | None = None,
              geometry: PageGeometry = A4) -> Path:
    """Write `document` as an A4 PDF at `path` and return the path.

    The PDF is written next to the target under a temporary name and moved into place only
    when complete, so a failure never leaves half a PDF (nor destroys an earlier one).
    Raises `export_unwritable` when the folder cannot be written or the file is locked."""
    target = Path(path)
    with saving_next_to(target) as temp:
        _write(document, temp, title, geometry)
    return target


def _write(document: QTextDocument, file: str, title: str | None, geometry: PageGeometry) -> None:
    """Paint into `file`; the writer is gone (and the file closed) when this returns."""
    writer = QPdfWriter(file)
    writer.setResolution(LAYOUT_DPI)
    writer.setCreator(f"KTTT Desktop {kttt_desktop.__version__}")
    writer.setTitle(title or document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    set_up_device(writer)
    paint_document(document, writer, geometry)


def print_document(document: QTextDocument, printer: QPagedPaintDevice) -> int:
    """Paint `document` on a printer (or a print preview's printer), the same pages as the PDF."""
    set_up_device(printer)
    return paint_document(document, printer)


