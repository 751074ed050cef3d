"""Opening a DOCX that came back: its draft, the edits made without Track Changes, the
review (tracked changes and comments), or a draft rebuilt from the text of a foreign file.

Reading a returned file is the review stage's work; writing the draft into a DOCX, and
finding it again, is :mod:`app.render.docx_source` in the rendering stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from app.base.userfile import MAX_DOCX_BYTES, read_user_file
from app.release.model import Paragraph, Release
from app.render.docx_source import docx_paragraphs, extract_source, rendered_paragraphs
from app.review.diff import FieldDiff, align_texts
from app.review.docx_review import (
    ReturnedDocx,
    has_changes,
    import_comments,
    map_onto,
    read_returned,
)

_DATELINE = re.compile(r"^([A-Z][A-Z .,'-]{1,60}) – ")


@dataclass
class OpenedDocx:
    """What ``rilis open`` found in a DOCX: the draft, the edits made without Track Changes
    (``edits``) and the review (tracked changes and comments, ``returned``)."""

    release: Release
    embedded: bool
    edits: list[FieldDiff] = field(default_factory=list)
    note: str = ""
    returned: ReturnedDocx | None = None
    needs_choice: bool = False
    """A DOCX without a draft that holds tracked changes: accept or reject them first."""


def compare_with_source(release: Release, data: bytes) -> list[FieldDiff]:
    """What the DOCX's text says now (tracked changes accepted) against the draft it
    carries."""
    returned = read_returned(data)
    rendered = [(f"Paragraf {i + 1}", text) for i, text in enumerate(rendered_paragraphs(release))]
    current = [(f"Paragraf {n + 1}", text) for n, text in
               enumerate(t for t in (returned.final(i) for i in range(len(returned.paragraphs)))
                         if t)]
    return align_texts(rendered, current)


def import_without_source(data: bytes,
                          paragraphs: list[tuple[str, str]] | None = None) -> Release:
    """A draft rebuilt from the text alone (or from ``paragraphs``, (style, text)): title,
    dateline, paragraphs."""
    if paragraphs is None:
        paragraphs = docx_paragraphs(data)
    release = Release()
    if not paragraphs:
        return release
    titled = [text for style, text in paragraphs if style == "Title"]
    release.title = titled[0] if titled else paragraphs[0][1]
    body = [text for style, text in paragraphs if text != release.title]
    for index, text in enumerate(body):
        if index == 0:
            match = _DATELINE.match(text)
            if match:
                release.dateline = match.group(1).title()
                text = text[match.end():]
        release.body.append(Paragraph(text=text))
    return release


_FOREIGN_NOTE = ("DOCX ini tidak membawa draf Rilis: judul dan paragraf diambil dari teksnya; "
                 "pejabat, kutipan, kegiatan dan foto perlu diisi ulang.")


def open_docx(path: Path, decision: str | None = None) -> OpenedDocx:
    """Rebuild the draft of a DOCX: exactly when it carries one, from its text otherwise.

    ``decision`` (``"accept"``/``"reject"``) settles tracked changes of a DOCX without a
    draft; without it such a file comes back with ``needs_choice`` and nothing mixed."""
    data = read_user_file(path, MAX_DOCX_BYTES, "DOCX")
    release = extract_source(data)
    returned = read_returned(data)
    if release is None:
        map_onto(returned, None)
        tracked = has_changes(returned)
        if tracked and decision not in ("accept", "reject"):
            return OpenedDocx(Release(), False, note=(
                "DOCX ini tidak membawa draf Rilis dan berisi perubahan terlacak: pilih "
                "terima semua atau tolak semua sebelum diimpor."), returned=returned,
                needs_choice=True)
        keep = (lambda change: True) if decision == "accept" else (lambda change: False)
        paragraphs = [(para.style, returned.text(i, keep))
                      for i, para in enumerate(returned.paragraphs)]
        imported = import_without_source(data, [(s, t) for s, t in paragraphs if t])
        note = _FOREIGN_NOTE
        if tracked:
            note += (" Perubahan terlacak " + ("diterima." if decision == "accept"
                                               else "ditolak."))
        opened = OpenedDocx(imported, False, note=note, returned=returned)
        import_comments(imported, returned, {})
        return opened
    edits = map_onto(returned, release)
    parts = []
    if edits:
        parts.append(f"{len(edits)} bagian disunting tanpa pelacakan perubahan")
    count = sum(1 for change in returned.changes if change.paragraph >= 0)
    if count:
        parts.append(f"{count} perubahan terlacak")
    if returned.review_comments:
        parts.append(f"{len(returned.review_comments)} komentar")
    note = ("DOCX ini telah ditinjau di luar Rilis: " + ", ".join(parts) + "."
            if parts else "")
    return OpenedDocx(release, True, edits, note, returned)
