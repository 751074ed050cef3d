"""One open draft and what can be done to it, shared by the desktop app and the CLI.

Before this module the window stamped ``meta.created``/``meta.modified`` on save and the
CLI's ``status`` and ``comment`` did not, so a draft changed on the command line looked
untouched. Everything that is not a widget — creating, opening (a draft or a returned
DOCX), stamping, saving, exporting, the review transitions and comments, restoring a
crashed session's copy — happens here, once, and both front ends call it. The window keeps
widgets, questions and wiring; the CLI keeps parsing and printing. What the desktop decides
around a session (modified state, title, tabs, how an action failed) is
:mod:`app.desk.actions`, built on this class.
"""

from __future__ import annotations

import datetime as _dt
import functools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.base.atomic import write_atomic
from app.base.errors import RilisError
from app.base.settings import Settings
from app.desk.recovery import RecoveredDraft, discard_orphan
from app.release.approval import DISETUJUI
from app.release.draftfile import EXTENSION, load_draft, save_draft
from app.release.model import Comment, Contact, Event, Meta, Release, StatusChange
from app.render.workspace import Workspace
from app.render.workspace import default as default_workspace
from app.review.workflow import add_comment, approval_blockers, resolve_comment, set_status

if TYPE_CHECKING:  # importing these costs time the CLI's fast paths do not spend
    from app.release.paste_release import ParsedRelease, SpeakerQuestion
    from app.render.locations import Locations
    from app.review.checklist import CheckItem
    from app.review.docx_open import OpenedDocx

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


def with_format(path: Path, fmt: str) -> Path:
    """``rilis-x`` → ``rilis-x.docx``: an export or report always carries its format's
    extension (compared case-blind, so ``RILIS.DOCX`` stays as typed)."""
    suffix = f".{fmt}"
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def is_docx(path: Path) -> bool:
    """A returned Word file is opened through :func:`app.review.docx_open.open_docx`."""
    return Path(path).suffix.lower() == ".docx"


REPORT_FORMATS = ("html", "docx")


@functools.cache
def _protected_role() -> re.Pattern[str]:
    from app.review.protection import ROLE_WORDS  # the checker's list: one list, not two

    words = (*ROLE_WORDS, "anak")
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")(?:nya)?\b", re.IGNORECASE)


def names_protected_role(release: Release) -> bool:
    """Does the text speak of a suspect, victim, witness or child? Then the persons to
    protect (``release.case``) can be marked whatever the release kind is. One regular
    expression over the title and body: cheap enough to ask after every edit."""
    pattern = _protected_role()
    texts = [release.title, *(str(getattr(block, "text", "") or getattr(block, "caption", ""))
                              for block in release.body)]
    return any(pattern.search(text) for text in texts if text)


@dataclass
class Session:
    """The draft being worked on, where it lives on disk, and what saving it reported.

    ``path`` is None for a draft never saved (new, pasted, or opened from a DOCX: saving
    such a draft asks for a ``.rilis`` name). ``notices`` holds what the last save said
    (e.g. old versions dropped to keep the file openable), for the front end to show.
    ``workspace`` is where this session finds its templates and starters (the process's
    own unless given); its exports render through it."""

    release: Release
    path: Path | None = None
    notices: list[str] = field(default_factory=list)
    workspace: Workspace = field(default_factory=default_workspace, repr=False,
                                 compare=False)

    def places(self) -> Locations:
        """The user, team and built-in places of this session's workspace."""
        return self.workspace.locations()

    def follow(self, release: Release, path: Path | None = None) -> Session:
        """Another draft in the same workspace (opening or starting anew in one window)."""
        return Session(release, path, workspace=self.workspace)

    # ---------------------------------------------------------------- creating, opening

    @classmethod
    def new(cls, settings: Settings, template: str = DEFAULT_TEMPLATE) -> Session:
        return cls(new_release(settings, template))

    @classmethod
    def open(cls, path: Path) -> Session:
        """Load a draft file; :class:`app.base.errors.DraftError` (Indonesian) when unreadable."""
        release = load_draft(path)
        return cls(release, Path(path).resolve())

    @classmethod
    def from_docx(cls, path: Path, decision: str | None = None) -> tuple[Session, OpenedDocx]:
        """A returned DOCX: its embedded draft exactly, or its text. The session has no
        path (saving asks for a ``.rilis`` name: the DOCX is never overwritten). When
        ``needs_choice`` is set on what comes back, ask accept/reject and call again."""
        from app.review.docx_open import open_docx

        opened = open_docx(Path(path), decision)
        return cls(opened.release), opened

    @classmethod
    def from_starter(cls, entry_id: str, places: Locations | None = None) -> Session:
        """*Baru dari starter*: a copy of the starter dated today, never saved yet."""
        from app.library.catalog import Library

        return cls(Library(places).new_from_starter(entry_id))

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
        :class:`app.base.errors.RilisError` with an Indonesian message when it cannot be
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

    def save_starter(self, entry_id: str, name: str, description: str = "",
                     places: Locations | None = None) -> Path:
        """*Simpan sebagai starter*: this draft, minus dates and history, for next time."""
        from app.library.catalog import Library

        return Library(places or self.places()).save_starter(self.release, entry_id, name,
                                                             description)

    # ---------------------------------------------------------------- export

    def export(self, fmt: str, path: Path) -> Path:
        """Write the release as ``fmt`` (html, docx, txt, wa) through :mod:`app.render.export`.

        PDF is not here: it is printed by the desktop app's print engine."""
        from app.render.export import export_file

        return export_file(self.release, fmt, path, space=self.workspace)

    def copy_text(self) -> str:
        """What *Salin sebagai teks* puts on the clipboard."""
        from app.render.export import release_copy_text

        return release_copy_text(self.release, space=self.workspace)

    def report(self, fmt: str, path: Path, items: list[CheckItem] | None = None) -> Path:
        """The one-page review report (checklist, status history, comments) as html/docx;
        ``items`` are checklist results already at hand (else it is run, spelling aside)."""
        from app.review.checklist import run_checklist
        from app.review.report import report_docx, report_html

        if fmt not in REPORT_FORMATS:
            raise RilisError("Laporan harus berakhiran .html atau .docx.")
        if items is None:
            items = run_checklist(self.release, with_language=False)
        data = (report_html(self.release, items).encode("utf-8") if fmt == "html"
                else report_docx(self.release, items))
        write_atomic(path, data, keep_backup=False)
        return path

    # ---------------------------------------------------------------- pasting

    def paste(self, text: str,
              answer: Callable[[SpeakerQuestion], str | None] | None = None,
              ) -> ParsedRelease | None:
        """A whole release pasted as text becomes title, dateline, closing and body.

        Quotes whose speaker is uncertain go to ``answer`` (a speaker id, or None to keep
        the paragraph). Returns None, changing nothing, when the text holds no release."""
        from app.release.paste_release import parse_release

        parsed = parse_release(text, self.release.officials)
        if not parsed.blocks and not parsed.title:
            return None
        for question in parsed.questions:
            parsed.resolve(question, answer(question) if answer is not None else None)
        release = self.release
        if parsed.title:
            release.title = parsed.title
        if parsed.dateline:
            release.dateline = parsed.dateline
        if parsed.closing:
            release.closing = parsed.closing
        release.body = parsed.blocks
        return parsed

    # ---------------------------------------------------------------- review

    def approval_blockers(self) -> list[str]:
        """What stands in the way of approving: open comments and failed checklist items
        (spelling never blocks). Empty when approval needs no override."""
        from app.review.checklist import run_checklist

        return approval_blockers(self.release, run_checklist(self.release, with_language=False))

    def set_status(self, status: str, by: str, note: str = "",
                   open_items: list[str] | None = None) -> StatusChange:
        """A review transition (``app.review.workflow.TRANSITIONS``); the caller saves.

        ``open_items`` are the blockers (:meth:`blockers_for`) the person chose to approve
        over: the change records them as an override."""
        return set_status(self.release, status, by, note, open_items=open_items or [])

    def blockers_for(self, status: str) -> list[str]:
        """The approval blockers when ``status`` is *disetujui*, else none."""
        return self.approval_blockers() if status == DISETUJUI else []

    def comment(self, text: str, by: str, block: int = -1) -> Comment:
        return add_comment(self.release, text, by, block)

    def resolve(self, comment_id: str, resolved: bool = True) -> Comment:
        return resolve_comment(self.release, comment_id, resolved)
