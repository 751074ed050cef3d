"""Release → file: the one path every export takes (CLI, GUI, batch)."""

from __future__ import annotations

import logging
from pathlib import Path

from app.base.atomic import write_atomic
from app.base.errors import ExportError
from app.release.model import Release
from app.render.templating import render_document
from app.render.workspace import Workspace
from app.render.writers import FORMATS, WRITERS
from app.render.writers.text import write_text

logger = logging.getLogger(__name__)

WHATSAPP = "wa"
"""``rilis render -f wa``: a folder, not a file, so not one of the ``WRITERS``."""


def export_bytes(release: Release, fmt: str, template_id: str | None = None,
                 reference: Path | None = None, space: Workspace | None = None) -> bytes:
    """The exported file's content in ``fmt`` (html, docx, txt); a DOCX takes the
    reference document that applies (``reference`` first, see ``app.render.references``).
    ``space``: the caller's workspace (templates searched), the process's own when None."""
    if fmt not in WRITERS:
        choices = ", ".join(FORMATS)
        raise ExportError(f"Format '{fmt}' tidak dikenal. Pilih salah satu: {choices}.")
    if fmt == "docx":
        from app.render.references import find_reference
        from app.render.writers.docx import write_docx

        return write_docx(render_document(release, template_id, space=space), release,
                          find_reference(release, template_id, reference))
    if fmt == "html":
        from app.render.layout_form import layout_css
        from app.render.writers.html import write_html

        css = layout_css(template_id or release.template)
        return write_html(render_document(release, template_id, space=space),
                          extra_css=css).encode("utf-8")
    return WRITERS[fmt](render_document(release, template_id, space=space), release)


def export_file(release: Release, fmt: str, out: Path, template_id: str | None = None,
                reference: Path | None = None, short: bool = False,
                space: Workspace | None = None) -> Path:
    """Render and write atomically; returns the path written. ``wa`` writes a folder of
    chat messages and photos (``app.render.wa_export``; ``short``: the *versi singkat*)."""
    if fmt == WHATSAPP:
        from app.render.wa_export import export_whatsapp

        export_whatsapp(release, Path(out), short, template_id)
        return Path(out)
    data = export_bytes(release, fmt, template_id, reference, space)
    out = Path(out)
    if out.parent and not out.parent.exists():
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            message = f"Folder {out.parent} tidak dapat dibuat: {error.strerror}"
            raise ExportError(message) from error
    write_atomic(out, data, keep_backup=False, durable=False)
    logger.info("exported %s", out)
    return out


def release_plain_text(release: Release, template_id: str | None = None,
                       space: Workspace | None = None) -> str:
    """The rendered release as plain text without review notices (what the checker reads)."""
    document = render_document(release, template_id, space=space)
    document.notices = []
    return write_text(document)


def release_copy_text(release: Release, template_id: str | None = None,
                      space: Workspace | None = None) -> str:
    """The plain text *Salin sebagai teks* puts on the clipboard: what the text export
    writes, with its DRAF line until the release is approved (never without it)."""
    return write_text(render_document(release, template_id, space=space))
