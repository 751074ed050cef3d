"""One writer per output format, all reading the same Document."""

from __future__ import annotations

from collections.abc import Callable

from app.document import Document
from app.writers.docx import write_docx
from app.writers.html import write_html
from app.writers.text import write_text


def _html_bytes(document: Document) -> bytes:
    return write_html(document).encode("utf-8")


def _text_bytes(document: Document) -> bytes:
    return write_text(document).encode("utf-8")


WRITERS: dict[str, Callable[[Document], bytes]] = {
    "html": _html_bytes,
    "docx": write_docx,
    "txt": _text_bytes,
}
"""Format name (also the file extension) → writer returning the file's bytes."""

FORMATS: tuple[str, ...] = tuple(WRITERS)
