"""Release → file: the one path every export takes (CLI, GUI, batch)."""

from __future__ import annotations

import logging
from pathlib import Path

from app.atomic import write_atomic
from app.errors import ExportError
from app.model import Release
from app.templating import render_document
from app.writers import FORMATS, WRITERS
from app.writers.text import write_text

logger = logging.getLogger(__name__)


def export_bytes(release: Release, fmt: str, template_id: str | None = None) -> bytes:
    """The exported file's content in ``fmt`` (html, docx, txt)."""
    if fmt not in WRITERS:
        choices = ", ".join(FORMATS)
        raise ExportError(f"Format '{fmt}' tidak dikenal. Pilih salah satu: {choices}.")
    return WRITERS[fmt](render_document(release, template_id), release)


def export_file(release: Release, fmt: str, out: Path, template_id: str | None = None) -> Path:
    """Render and write atomically; returns the path written."""
    data = export_bytes(release, fmt, template_id)
    out = Path(out)
    if out.parent and not out.parent.exists():
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            message = f"Folder {out.parent} tidak dapat dibuat: {error.strerror}"
            raise ExportError(message) from error
    write_atomic(out, data, keep_backup=False)
    logger.info("exported %s", out)
    return out


def release_plain_text(release: Release, template_id: str | None = None) -> str:
    """The rendered release as plain text without review notices (what the checker reads)."""
    document = render_document(release, template_id)
    document.notices = []
    return write_text(document)
