"""PDF export and printing through Qt's own text engine (no browser engine needed).

Pages are laid out here, not by ``QTextDocument.print_``: until the release is approved
every page carries the DRAF line in its header and a DRAF watermark, so a page torn
from a printout or a PDF cut into pages still says it is a draft.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from app.base.errors import ExportError
from app.release.model import Release
from app.render.marks import draft_notice
from app.render.templating import render_document
from app.render.writers.html import write_html
from ui.preview import preview_html

logger = logging.getLogger(__name__)

PRINT_IMAGE_WIDTH = 520
SCREEN_DPI = 96
"""The document is laid out in screen pixels (as the preview) and scaled to the printer."""
HEADER_POINTS = 18
"""Height of the header band that carries the DRAF line on every page."""
WATERMARK_POINTS = 120


@dataclass
class PrintJob:
    """The release laid out for paper, and the mark every page carries (empty: none)."""

    document: QTextDocument
    mark: str
    header: str

    def print_(self, printer: QPrinter) -> int:
        """Paint every page with its header and watermark; returns the page count."""
        return print_pages(self, printer)


def print_document(release: Release) -> PrintJob:
    """The release as a QTextDocument with its photos loaded, ready for a printer."""
    images: dict[str, bytes] = {}
    rendered = render_document(release)
    html = preview_html(write_html(rendered), images, max_width=PRINT_IMAGE_WIDTH)
    document = QTextDocument()
    for key, data in images.items():
        image = QImage()
        image.loadFromData(data)
        document.addResource(QTextDocument.ResourceType.ImageResource,
                             QUrl(f"rilis-img:{key}"), image)
    document.setHtml(html)
    header = draft_notice(release)
    return PrintJob(document, rendered.mark if header else "", header)


def print_pages(job: PrintJob, printer: QPrinter) -> int:
    """Lay the document out on the printer's pages below a header band; each page gets the
    DRAF header line and a light diagonal DRAF across it while the release is a draft."""
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError("Pencetak atau berkas PDF tidak dapat dibuka untuk ditulisi.")
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        scale = printer.resolution() / SCREEN_DPI
        band = HEADER_POINTS / 72 * printer.resolution() if job.header else 0.0
        document = job.document
        document.setPageSize(QSizeF(page.width() / scale, (page.height() - band) / scale))
        pages = max(1, document.pageCount())
        body_height = (page.height() - band) / scale
        for number in range(pages):
            if number:
                printer.newPage()
            painter.save()
            painter.translate(0, band)
            painter.scale(scale, scale)
            top = number * body_height
            painter.translate(0, -top)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, top, page.width() / scale, body_height)
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            # over the text (translucent): the page's own background would hide it below
            if job.mark:
                _watermark(painter, page.width(), page.height(), job.mark)
            if job.header:
                _header(painter, page.width(), band, job.header, number + 1, pages)
        return pages
    finally:
        painter.end()


def _header(painter: QPainter, width: float, band: float, text: str, number: int,
            pages: int) -> None:
    painter.save()
    font = QFont("Liberation Sans")
    font.setPointSizeF(9)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#b42318"))
    line = f"{text} — halaman {number}/{pages}"
    painter.drawText(QRectF(0, 0, width, band * 0.7),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
    painter.drawLine(QPointF(0, band * 0.75), QPointF(width, band * 0.75))
    painter.restore()


def _watermark(painter: QPainter, width: float, height: float, mark: str) -> None:
    painter.save()
    font = QFont("Liberation Sans")
    font.setPointSizeF(WATERMARK_POINTS)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(180, 35, 24, 56))
    painter.translate(width / 2, height / 2)
    painter.rotate(-35)
    painter.drawText(QRectF(-width, -height / 4, 2 * width, height / 2),
                     int(Qt.AlignmentFlag.AlignCenter), mark)
    painter.restore()


def a4_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait,
                                      QMarginsF(20, 25, 20, 25), QPageLayout.Unit.Millimeter))
    return printer


def export_pdf(release: Release, out: Path) -> Path:
    """Write ``out`` as PDF; the previous file survives a failure (written beside, renamed)."""
    out = Path(out)
    temporary = out.with_name(f".{out.name}.tmp.pdf")
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(temporary))
    printer.setDocName(release.title or "Rilis")
    printer.setCreator("Rilis")
    print_document(release).print_(printer)
    del printer
    try:
        if not temporary.exists() or temporary.stat().st_size == 0:
            raise ExportError(f"PDF {out} tidak dapat ditulis (folder tidak dapat ditulisi?).")
        temporary.replace(out)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportError(f"PDF {out} tidak dapat disimpan: {error.strerror or error}") from error
    logger.info("exported %s", out)
    return out
