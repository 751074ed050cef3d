"""PDF export and printing through Qt's own text engine (no browser engine needed)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from app.errors import ExportError
from app.model import Release
from app.templating import render_document
from app.writers.html import write_html
from ui.preview import preview_html

logger = logging.getLogger(__name__)

PRINT_IMAGE_WIDTH = 520


def print_document(release: Release) -> QTextDocument:
    """The release as a QTextDocument with its photos loaded, ready for a printer."""
    images: dict[str, bytes] = {}
    html = preview_html(write_html(render_document(release)), images,
                         max_width=PRINT_IMAGE_WIDTH)
    document = QTextDocument()
    for key, data in images.items():
        image = QImage()
        image.loadFromData(data)
        document.addResource(QTextDocument.ResourceType.ImageResource,
                             QUrl(f"rilis-img:{key}"), image)
    document.setHtml(html)
    return document


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
