"""Review workflow: *Draf* → *Diajukan* → *Perlu revisi* / *Disetujui*, and comments.

Every change of status is kept in the draft's history with who and when, so the unit knows
which version was approved. Approval belongs to the content it saw: editing the body of an
approved release is the UI's cue to send it back to *Draf* (``content_changed_since``).
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from app.base.errors import RilisError
from app.release.approval import DIAJUKAN, DISETUJUI, DRAF, LABELS, PERLU_REVISI, content_hash
from app.release.model import Comment, Release, StatusChange

if TYPE_CHECKING:
    from app.review.checklist import CheckItem

TRANSITIONS: dict[str, tuple[str, ...]] = {
    DRAF: (DIAJUKAN,),
    DIAJUKAN: (PERLU_REVISI, DISETUJUI, DRAF),
    PERLU_REVISI: (DIAJUKAN, DRAF),
    DISETUJUI: (DRAF, PERLU_REVISI),
}
"""Allowed moves. An approved release goes back to Draf (edited) or Perlu revisi (recalled)."""


def now_iso() -> str:
    return datetime.datetime.now().astimezone().isoformat(timespec="seconds")


def set_status(release: Release, status: str, by: str, note: str = "",
               at: str | None = None, open_items: list[str] | None = None) -> StatusChange:
    """Move the release to ``status``; refuses moves the workflow does not allow.

    ``open_items`` is what was still open (failed checklist items, open comments) when
    the person confirmed an approval anyway: the change records it as overridden."""
    current = release.review.status
    if status not in LABELS:
        raise RilisError(f"Status '{status}' tidak dikenal ({', '.join(LABELS)}).")
    if status not in TRANSITIONS.get(current, ()):
        raise RilisError(f"Status tidak dapat berpindah dari {LABELS.get(current, current)} "
                         f"ke {LABELS[status]}.")
    if status in (PERLU_REVISI, DISETUJUI) and not by.strip():
        raise RilisError("Nama peninjau wajib diisi untuk menyetujui atau meminta revisi.")
    if not by.strip():
        raise RilisError("Nama yang mengubah status wajib diisi (Pengaturan, atau --oleh NAMA).")
    overridden = status == DISETUJUI and bool(open_items)
    change = StatusChange(status=status, by=by.strip(), at=at or now_iso(), note=note.strip(),
                          content_hash=content_hash(release) if status == DISETUJUI else "",
                          overridden=overridden,
                          open_items=list(open_items or []) if overridden else [])
    release.review.status = status
    release.review.history.append(change)
    return change


def approval_blockers(release: Release, items: list[CheckItem]) -> list[str]:
    """What stands against approving now: failed checklist items and open comments, one
    line each (Indonesian), for the confirmation question and the history."""
    blockers = [f"Gagal: {item.label} — {item.reason}" for item in items
                if item.status == "fail"]
    blockers += [f"Komentar terbuka: {comment.text[:80]}" for comment in open_comments(release)]
    return blockers


def _excerpt(release: Release, block: int) -> str:
    if 0 <= block < len(release.body):
        item = release.body[block]
        text = getattr(item, "text", "") or getattr(item, "caption", "")
        return str(text)[:60]
    return ""


def add_comment(release: Release, text: str, author: str, block: int = -1,
                at: str | None = None) -> Comment:
    """A comment on body block ``block`` (or the whole release with -1)."""
    if not text.strip():
        raise RilisError("Komentar kosong tidak disimpan.")
    if block >= len(release.body) or block < -1:
        raise RilisError(f"Blok {block + 1} tidak ada di isi rilis.")
    import uuid  # not at the top: every render imports this module, few add comments

    comment = Comment(id=uuid.uuid4().hex[:12], text=text.strip(), author=author.strip(),
                      at=at or now_iso(), block=block, excerpt=_excerpt(release, block))
    release.review.comments.append(comment)
    return comment


def resolve_comment(release: Release, comment_id: str, resolved: bool = True) -> Comment:
    for comment in release.review.comments:
        if comment.id == comment_id:
            comment.resolved = resolved
            return comment
    raise RilisError(f"Komentar {comment_id} tidak ditemukan.")


def comment_block(release: Release, comment: Comment) -> int:
    """Where a comment's block is now: its index if the text still matches, else the block
    whose text starts with its excerpt, else -1 (the block was deleted)."""
    if comment.block < 0:
        return -1
    if _excerpt(release, comment.block) == comment.excerpt:
        return comment.block
    for index in range(len(release.body)):
        if comment.excerpt and _excerpt(release, index).startswith(comment.excerpt[:30]):
            return index
    return comment.block if comment.block < len(release.body) else -1


def open_comments(release: Release) -> list[Comment]:
    return [comment for comment in release.review.comments if not comment.resolved]
