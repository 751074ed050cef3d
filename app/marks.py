"""What an export shows about the review: the *DRAF* mark, the approval, the embargo.

Added to every document whatever the template, so no layout can forget it: a release that
is not approved cannot leave Rilis looking final.
"""

from __future__ import annotations

from app import indonesian as ind
from app.document import Document
from app.model import Release
from app.review import LABELS, approval, changed_since_approval

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


def apply_marks(document: Document, release: Release) -> Document:
    """Set ``document.mark`` and ``document.notices`` from the review state and embargo."""
    approved = approval(release)
    notices: list[str] = []
    if approved is not None and changed_since_approval(release):
        document.mark = DRAFT_MARK
        notices.append("DRAF — isi diubah setelah disetujui; perlu persetujuan ulang")
    elif approved is None:
        document.mark = DRAFT_MARK
        status = LABELS.get(release.review.status, release.review.status)
        notices.append(f"DRAF — belum disetujui untuk dipublikasikan (status: {status})")
    else:
        document.mark = ""
        who = f" oleh {approved.by}" if approved.by else ""
        notices.append(f"Disetujui{who}, {_date_of(approved.at)}")
    line = embargo_line(release)
    if line and not any(line in block.text for block in document.text_blocks()):
        notices.append(line)
    document.notices = notices
    return document
