"""One writer per output format, all reading the same Document.

Each writer module is imported on first use: ``rilis render -f html`` never pays for
python-docx and lxml (about 60 ms of a 0.1 s start), ``-f docx`` never for the others.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.release.model import Release
    from app.render.document import Document


def _html_bytes(document: Document, source: Release | None = None) -> bytes:
    from app.render.writers.html import write_html

    return write_html(document).encode("utf-8")


def _docx_bytes(document: Document, source: Release | None = None) -> bytes:
    from app.render.writers.docx import write_docx

    return write_docx(document, source)


def _text_bytes(document: Document, source: Release | None = None) -> bytes:
    from app.render.writers.text import write_text

    return write_text(document).encode("utf-8")


Writer = Callable[["Document", "Release | None"], bytes]
WRITERS: dict[str, Writer] = {
    "html": _html_bytes,
    "docx": _docx_bytes,
    "txt": _text_bytes,
}
"""Format name (also the file extension) → writer returning the file's bytes; the release
is passed along for formats that carry their source (DOCX)."""

FORMATS: tuple[str, ...] = tuple(WRITERS)
