"""Headless helpers behind the desktop's review, version and library dialogs.

The dialogs in ``ui/`` only arrange widgets; what they show (version labels, the review
status line, ids proposed for a new starter, tags typed as one line) is decided here so
it can be tested without a screen and reused by scripts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app.base.errors import DraftError, RilisError
from app.release import indonesian as ind
from app.release.approval import LABELS, approval, changed_since_approval
from app.release.draftfile import release_from_dict
from app.release.model import Release, Version
from app.review.workflow import TRANSITIONS

_SEPARATORS = re.compile(r"[,;\n]")


def parse_tags(text: str) -> list[str]:
    """``polres, lalu lintas;  patroli`` → ``["polres", "lalu lintas", "patroli"]``
    (order kept, duplicates and empty parts dropped)."""
    tags: list[str] = []
    for part in _SEPARATORS.split(text):
        tag = " ".join(part.split())
        if tag and tag.lower() not in (t.lower() for t in tags):
            tags.append(tag)
    return tags


def tags_text(tags: list[str]) -> str:
    return ", ".join(tags)


def propose_id(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A library id from a human name: ``Polsek Sukamaju (rutin)`` → ``polsek-sukamaju-rutin``;
    a number is added when the id is already taken."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:56] or "starter"
    if not base[0].isalnum():
        base = "s-" + base
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def when_text(stamp: str) -> str:
    """``2026-11-20T08:30:00+07:00`` → ``20 November 2026 08.30`` (the stamp if unreadable)."""
    try:
        day = ind.long_date(stamp[:10], with_day=False)
    except ValueError:
        return stamp
    clock = stamp[11:16].replace(":", ".")
    return f"{day} {clock}".strip()


@dataclass
class VersionChoice:
    """One entry of *Bandingkan versi*: a label and the release it stands for."""

    label: str
    version: Version | None
    """None for the draft as it is now in the editor."""


def version_choices(release: Release) -> list[VersionChoice]:
    """The saved versions, oldest first, then the current state of the draft."""
    choices = []
    for number, version in enumerate(release.versions, start=1):
        who = f" · {version.by}" if version.by else ""
        choices.append(VersionChoice(f"Versi {number} · {when_text(version.at)}{who}", version))
    choices.append(VersionChoice("Sekarang (di editor)", None))
    return choices


def version_release(version: Version, base_dir: Path | None = None) -> Release:
    """Rebuild the release a stored version describes."""
    try:
        return release_from_dict({"version": 2, **version.content}, base_dir)
    except DraftError as error:
        raise RilisError(f"Versi {when_text(version.at)} tidak dapat dibaca: {error}") from error


def status_line(release: Release) -> str:
    """What the window shows about the review: ``Disetujui · Kasi Humas, 20 November …``."""
    status = release.review.status
    label = LABELS.get(status, status)
    change = approval(release)
    if change is not None:
        text = f"{label} · {change.by}, {when_text(change.at)}" if change.by else label
        if changed_since_approval(release):
            text += " · diubah sesudah disetujui"
        return text
    last = release.review.history[-1] if release.review.history else None
    if last is not None and last.status == status and last.by:
        return f"{label} · {last.by}, {when_text(last.at)}"
    return label


def allowed_moves(release: Release) -> list[tuple[str, str]]:
    """``(status, label)`` the reviewer may move to from here, in workflow order."""
    return [(status, LABELS[status]) for status in TRANSITIONS.get(release.review.status, ())]
