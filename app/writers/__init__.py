"""One writer per output format, all reading the same Document."""

from __future__ import annotations

from collections.abc import Callable

from app.document import Document
from app.model import Release
from app.writers.docx import write_docx
from app.writers.html import write_html
from app.writers.text import write_text


def _html_bytes(document: Document, source: Release | None = None) -> bytes:
    return write_html(document).encode("utf-8")


def _text_bytes(document: Document, source: Release | None = None) -> bytes:
    return write_text(document).encode("utf-8")


Writer = Callable[[Document, Release | None], bytes]
WRITERS: dict[str, Writer] = {
    "html": _html_bytes,
    "docx": write_docx,
    "txt": _text_bytes,
}
"""Format name (also the file extension) → writer returning the file's bytes; the release
is passed along for formats that carry their source (DOCX)."""

FORMATS: tuple[str, ...] = tuple(WRITERS)
