"""One open draft and what can be done to it, shared by the desktop app and the CLI.

Before this module the window stamped ``meta.created``/``meta.modified`` on save and the
CLI's ``status`` and ``comment`` did not, so a draft changed on the command line looked
untouched. Everything that is not a widget — creating, opening (a draft or a returned
DOCX), stamping, saving, exporting, the review transitions and comments, restoring a
crashed session's copy — happens here, once, and both front ends call it. The window keeps
widgets, questions and wiring; the CLI keeps parsing and printing.
"""

from __future__ import annotations

import datetime as _dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from app.draftfile import EXTENSION, load_draft, save_draft
from app.model import Comment, Contact, Event, Meta, Release, StatusChange
from app.recovery import RecoveredDraft, discard_orphan
from app.review import add_comment, resolve_comment, set_status
from app.settings import Settings

logger = logging.getLogger(__name__)

DEFAULT_TEMPLATE = "berita-kegiatan"


def now_stamp() -> str:
    """Local time with its offset, to the second: how drafts record when things happened."""
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")


def new_release(settings: Settings, template: str = DEFAULT_TEMPLATE) -> Release:
    """An empty release with the officer's defaults (unit, contact, author) from settings."""
    now = _dt.datetime.now().astimezone()
    return Release(
        template=template,
        unit=settings.default_unit,
        event=Event(date=now.date().isoformat()),
        contact=Contact(name=settings.contact_name, phone=settings.contact_phone,
                        email=settings.contact_email),
        meta=Meta(author=settings.author, created=now.isoformat(timespec="seconds")),
    )


def stamp(release: Release, when: str | None = None) -> str:
    """Mark the release as changed now (``created`` too when it was never set)."""
    moment = when or now_stamp()
    release.meta.modified = moment
    if not release.meta.created:
        release.meta.created = moment
    return moment


def with_extension(path: Path) -> Path:
    """``rilis-x`` → ``rilis-x.rilis``: a draft is always saved under its own extension."""
    return path if path.suffix == EXTENSION else path.with_name(path.name + EXTENSION)


@dataclass
class Session:
    """The draft being worked on, where it lives on disk, and what saving it reported.

    ``path`` is None for a draft never saved (new, pasted, or opened from a DOCX: saving
    such a draft asks for a ``.rilis`` name). ``notices`` holds what the last save said
    (e.g. old versions dropped to keep the file openable), for the front end to show."""

    release: Release
    path: Path | None = None
    notices: list[str] = field(default_factory=list)

    # ---------------------------------------------------------------- creating, opening

    @classmethod
    def new(cls, settings: Settings, template: str = DEFAULT_TEMPLATE) -> Session:
        return cls(new_release(settings, template))

    @classmethod
    def open(cls, path: Path) -> Session:
        """Load a draft file; :class:`app.errors.DraftError` (Indonesian) when unreadable."""
        release = load_draft(path)
        return cls(release, Path(path).resolve())

    @classmethod
    def recovered(cls, orphan: RecoveredDraft) -> Session:
        """A crashed session's copy, to be shown as unsaved work; the old copy is removed
        by :meth:`forget_orphan` once the caller has its own copy safe."""
        return cls(orphan.load(), orphan.source)

    @staticmethod
    def forget_orphan(orphan: RecoveredDraft) -> None:
        discard_orphan(orphan)

    # ---------------------------------------------------------------- saving

    def save(self, path: Path | None = None) -> list[str]:
        """Stamp and write the draft (to ``path``, else where it came from).

        Returns the save's notices (also kept in ``self.notices``). Raises
        :class:`app.errors.RilisError` with an Indonesian message when it cannot be
        written; the file on disk is then unchanged (the write is atomic)."""
        target = path if path is not None else self.path
        if target is None:
            raise ValueError("a draft never saved needs a path")
        stamp(self.release)
        self.notices = list(save_draft(self.release, target))
        self.path = Path(target).resolve()
        for notice in self.notices:
            logger.info("save notice for %s: %s", self.path, notice)
        return self.notices

    # ---------------------------------------------------------------- review

    def set_status(self, status: str, by: str, note: str = "") -> StatusChange:
        """A review transition (``app.review.TRANSITIONS``); the caller saves."""
        return set_status(self.release, status, by, note)

    def comment(self, text: str, by: str, block: int = -1) -> Comment:
        return add_comment(self.release, text, by, block)

    def resolve(self, comment_id: str, resolved: bool = True) -> Comment:
        return resolve_comment(self.release, comment_id, resolved)
