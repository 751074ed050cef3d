"""What an export shows about the review: the *DRAF* mark, the approval, the embargo.

Added to every document whatever the template, so no layout can forget it: a release that
is not approved cannot leave Rilis looking final.
"""

from __future__ import annotations

from app.release import indonesian as ind
from app.release.approval import LABELS, approval, is_approved
from app.release.model import Release
from app.render.blur import protect_images
from app.render.document import Document

DRAFT_MARK = "DRAF"


def _date_of(stamp: str) -> str:
    try:
        return ind.long_date(stamp[:10])
    except ValueError:
        return stamp


def embargo_line(release: Release) -> str:
    embargo = release.embargo
    if not embargo.date:
        return ""
    return "Embargo sampai " + ind.format_moment(embargo.date, embargo.time, embargo.timezone)


def draft_notice(release: Release) -> str:
    """The DRAF line every route out carries until the release is approved; "" once it is
    (``is_approved``: approved, and not edited since)."""
    if is_approved(release):
        return ""
    if approval(release) is not None:
        return "DRAF — isi diubah setelah disetujui; perlu persetujuan ulang"
    status = LABELS.get(release.review.status, release.review.status)
    return f"DRAF — belum disetujui untuk dipublikasikan (status: {status})"


def apply_marks(document: Document, release: Release) -> Document:
    """Set ``document.mark`` and ``document.notices`` from the review state and embargo,
    and point protected photos at their blurred copies (``app.render.blur``): every writer
    starts from this document, so neither can be forgotten by a route out."""
    protect_images(document, release)
    approved = approval(release)
    notices: list[str] = []
    draft = draft_notice(release)
    if draft or approved is None:
        document.mark = DRAFT_MARK
        notices.append(draft)
    else:
        document.mark = ""
        who = f" oleh {approved.by}" if approved.by else ""
        notices.append(f"Disetujui{who}, {_date_of(approved.at)}")
    line = embargo_line(release)
    if line and not any(line in block.text for block in document.text_blocks()):
        notices.append(line)
    document.notices = notices
    return document
