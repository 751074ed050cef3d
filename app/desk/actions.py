"""What the desk does with the open draft, decided once and without a screen.

``app.desk.session`` holds the draft and its file; this module holds what the desktop window
used to decide for itself around it: whether the draft counts as modified, the window
title, which tabs a kind of release shows, what an open, save, export, copy, report,
paste, starter, review move or recovery did and how it failed, what the settings dialog's
changes mean. The window (``ui/``) only asks its questions, shows the answers and wires
signals; a script or the CLI can drive the same :class:`Desk` headless.

A failure comes back as an :class:`Outcome` naming *what* failed (``OPEN``, ``SAVE``, …)
with the Indonesian detail from ``app``; the front end chooses the title in its own UI
language. Nothing here imports Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.base.errors import DraftError, RilisError
from app.base.settings import Settings, acting_person, remember_acting_person, save_settings
from app.desk.presenters import propose_id, status_line
from app.desk.recent import RecentFiles
from app.desk.recovery import RecoveredDraft
from app.desk.session import Session, is_docx, names_protected_role
from app.release.approval import LABELS
from app.release.draftfile import EXTENSION
from app.release.filenames import draft_name, export_name
from app.release.model import Release

if TYPE_CHECKING:
    from app.library.catalog import Entry
    from app.release.paste_release import ParsedRelease, SpeakerQuestion
    from app.review.checklist import CheckItem
    from app.review.docx_open import OpenedDocx

logger = logging.getLogger(__name__)

CASE_TEMPLATE = "pengungkapan-kasus"
"""The release kind whose *Kasus* tab is always shown."""
ADVISORY_TEMPLATE = "imbauan"
"""The release kind whose *Imbauan* tab is always shown."""

# What failed, for the front end to title in its own language.
OPEN = "open"
DOCX = "docx"
SAVE = "save"
EXPORT = "export"
COPY = "copy"
REPORT = "report"
STATUS = "status"
COMMENT = "comment"
RESOLVE = "resolve"
STARTER_SAVE = "starter-save"
STARTER = "starter"
RECOVERY = "recovery"
PRINT = "print"
FAILURES = (OPEN, DOCX, SAVE, EXPORT, COPY, REPORT, STATUS, COMMENT, RESOLVE, STARTER_SAVE,
            STARTER, RECOVERY, PRINT)


@dataclass
class Outcome:
    """What one action did. ``failure`` is empty on success; ``cancelled`` when a question
    was declined (nothing changed, nothing to explain)."""

    failure: str = ""
    message: str = ""
    """Indonesian detail of a failure (the :class:`app.base.errors.RilisError` text)."""
    notices: list[str] = field(default_factory=list)
    session: Session | None = None
    """A draft to show now (opened, started from a starter, recovered)."""
    opened: OpenedDocx | None = None
    path: Path | None = None
    """What was written (export, report, starter) or opened."""
    text: str = ""
    """What to put on the clipboard."""
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failure and not self.cancelled


def failed(kind: str, error: Exception) -> Outcome:
    logger.info("%s failed: %s", kind, error)
    return Outcome(failure=kind, message=str(error))


@dataclass(frozen=True)
class KindTabs:
    """Which of the optional tabs the release shows."""

    case: bool
    points: bool


@dataclass(frozen=True)
class SettingsChange:
    """What a settings edit changed that the window must act on (the file is saved)."""

    library: bool
    dictionary: bool
    language: bool


class Desk:
    """The open draft as the desktop works on it: the session, whether it has unsaved
    work the undo history does not show (``forced_dirty``: recovered, read from a DOCX),
    review mode, the reviewer a script named, and the recent-files list."""

    def __init__(self, settings: Settings, recent: RecentFiles | None = None,
                 session: Session | None = None) -> None:
        self.settings = settings
        self.recent = recent or RecentFiles()
        self.session = session or Session.new(settings)
        self.forced_dirty = False
        self.review_mode = False
        self.reviewer = ""

    @property
    def release(self) -> Release:
        return self.session.release

    @property
    def path(self) -> Path | None:
        return self.session.path

    def follow(self, release: Release, path: Path | None, modified: bool = False) -> None:
        """Another draft in the same workspace; ``modified`` when it holds unsaved work."""
        self.session = self.session.follow(release, path)
        self.forced_dirty = modified

    # ---------------------------------------------------------------- what the window shows

    def is_modified(self, history_clean: bool) -> bool:
        return self.forced_dirty or not history_clean

    def title(self, untitled: str, review_word: str, name: str | None = None) -> str:
        """``kegiatan.rilis[*] · Diajukan · Mode tinjauan — Rilis`` (``[*]`` is where a
        window shows its modified mark); ``untitled`` and ``review_word`` in the UI's
        language, ``name`` instead of the draft's own (a DOCX just opened)."""
        shown_name = name or (self.path.name if self.path else untitled)
        status = self.release.review.status
        shown = f" · {LABELS.get(status, status)}" if status != "draf" else ""
        mode = f" · {review_word}" if self.review_mode and not name else ""
        return f"{shown_name}[*]{shown if not name else ''}{mode} — Rilis"

    def status_text(self) -> str:
        return status_line(self.release)

    def kind_tabs(self) -> KindTabs:
        """*Kasus* and *Imbauan* only for their release kinds (or when already filled);
        *Kasus* also as soon as the text names a suspect, victim, witness or child, so
        such a person can be marked protected in any kind of release."""
        release = self.release
        return KindTabs(
            case=(release.template == CASE_TEMPLATE or not release.case.is_empty()
                  or names_protected_role(release)),
            points=release.template == ADVISORY_TEMPLATE or bool(release.points))

    def folder(self) -> Path | None:
        """Where file questions start: the draft's own folder."""
        return self.path.parent if self.path else None

    def draft_suggestion(self) -> str:
        return draft_name(self.release)

    def export_suggestion(self, fmt: str) -> str:
        return export_name(self.release, fmt)

    def report_suggestion(self, fmt: str) -> str:
        return f"{Path(export_name(self.release, fmt)).stem}-tinjauan.{fmt}"

    # ---------------------------------------------------------------- files

    def open(self, path: Path,
             decide: Callable[[], str | None] | None = None) -> Outcome:
        """A draft, or a returned DOCX (``decide`` answers accept/reject when its tracked
        changes must be settled first). The current draft is untouched: show
        ``outcome.session`` when ``ok``."""
        path = Path(path)
        if is_docx(path):
            return self._open_docx(path, decide)
        try:
            session = Session.open(path)
        except DraftError as error:
            return failed(OPEN, error)
        self.recent.add(path)
        return Outcome(session=session, path=path)

    def _open_docx(self, path: Path, decide: Callable[[], str | None] | None) -> Outcome:
        try:
            session, opened = Session.from_docx(path)
            if opened.needs_choice:  # no draft inside, tracked changes: never mixed
                decision = decide() if decide is not None else None
                if decision is None:
                    return Outcome(cancelled=True)
                session, opened = Session.from_docx(path, decision)
        except RilisError as error:
            return failed(DOCX, error)
        return Outcome(session=session, opened=opened, path=path)

    def drafts_among(self, names: list[str]) -> list[Path]:
        """The draft files among dropped local files (a drop opens the first)."""
        return [Path(name) for name in names if name.endswith(EXTENSION)]

    def save(self, path: Path) -> Outcome:
        """Stamp and write through the session (as the CLI does); clean afterwards."""
        try:
            notices = self.session.save(path)
        except RilisError as error:
            return failed(SAVE, error)
        self.forced_dirty = False
        self.recent.add(Path(path).resolve())
        return Outcome(notices=list(notices), path=path)

    def recover(self, orphan: RecoveredDraft) -> Outcome:
        """A crashed session's copy, to show as unsaved work; the caller copies it to its
        own recovery slot, then :meth:`forget`\\ s the orphan."""
        try:
            return Outcome(session=Session.recovered(orphan))
        except DraftError as error:
            return failed(RECOVERY, error)

    @staticmethod
    def forget(orphan: RecoveredDraft) -> None:
        Session.forget_orphan(orphan)

    # ---------------------------------------------------------------- export and copy

    def export(self, fmt: str, path: Path,
               pdf: Callable[[Release, Path], object] | None = None) -> Outcome:
        """Through the session; PDF through ``pdf`` (the front end's print engine)."""
        try:
            if fmt == "pdf":
                if pdf is None:
                    raise RilisError("PDF dibuat oleh aplikasi desktop (mesin cetaknya).")
                pdf(self.release, path)
            else:
                self.session.export(fmt, path)
        except RilisError as error:
            return failed(EXPORT, error)
        return Outcome(path=path)

    def copy_text(self) -> Outcome:
        try:
            return Outcome(text=self.session.copy_text())
        except RilisError as error:
            return failed(COPY, error)

    def print_with(self, printer: Callable[[Release], object]) -> Outcome:
        try:
            printer(self.release)
        except RilisError as error:
            return failed(PRINT, error)
        return Outcome()

    def report(self, fmt: str, path: Path, items: list[CheckItem] | None = None) -> Outcome:
        try:
            return Outcome(path=self.session.report(fmt, path, items))
        except RilisError as error:
            return failed(REPORT, error)

    # ---------------------------------------------------------------- review

    def acting_person(self, ask: Callable[[], str | None]) -> str | None:
        """Who comments or moves the status: ``reviewer`` when a script set it, else the
        settings' acting person — asked (``ask``) once when empty, then stored."""
        if self.reviewer:
            return self.reviewer
        name = acting_person(self.settings)
        if not name:
            asked = ask()
            if not asked:
                return None
            remember_acting_person(self.settings, asked)
            name = acting_person(self.settings)
        return name or None

    def set_status(self, status: str, by: str, note: str,
                   open_items: list[str] | None = None) -> Outcome:
        try:
            self.session.set_status(status, by, note, open_items)
        except RilisError as error:
            return failed(STATUS, error)
        return Outcome()

    def comment(self, text: str, by: str, block: int = -1) -> Outcome:
        try:
            self.session.comment(text, by, block)
        except RilisError as error:
            return failed(COMMENT, error)
        return Outcome()

    def resolve(self, comment_id: str, resolved: bool = True) -> Outcome:
        try:
            self.session.resolve(comment_id, resolved)
        except RilisError as error:
            return failed(RESOLVE, error)
        return Outcome()

    # ---------------------------------------------------------------- editing

    def can_edit(self) -> bool:
        """Review mode makes every field read-only: no block added, nothing pasted."""
        return not self.review_mode

    def pastes_whole_release(self, text: str) -> bool:
        """A release pasted into the headline of an empty draft fills the whole draft."""
        from app.release.paste_release import is_blank_draft, split_paragraphs

        return (self.can_edit() and is_blank_draft(self.release)
                and len(split_paragraphs(text)) >= 2)

    def paste(self, text: str,
              answer: Callable[[SpeakerQuestion], str | None] | None = None,
              ) -> ParsedRelease | None:
        """A pasted release into this draft; None (nothing changed) when the text holds
        no release. The commands that paste check :meth:`can_edit` first."""
        return self.session.paste(text, answer)

    # ---------------------------------------------------------------- library and starters

    def starters(self) -> list[Entry]:
        from app.library.catalog import STARTER, Library

        return Library(self.session.places()).entries(STARTER)

    def starter_suggestion(self) -> str:
        """The name offered for a new starter: the unit, else the headline."""
        return self.release.unit or self.release.title

    def starter_id(self, name: str) -> str:
        """An id for a starter named ``name`` that no starter has yet."""
        return propose_id(name, {entry.id for entry in self.starters()})

    def save_starter(self, entry_id: str, name: str, description: str = "") -> Outcome:
        try:
            return Outcome(path=self.session.save_starter(entry_id, name, description))
        except RilisError as error:
            return failed(STARTER_SAVE, error)

    def from_starter(self, entry_id: str) -> Outcome:
        try:
            return Outcome(session=Session.from_starter(entry_id, self.session.places()))
        except RilisError as error:
            return failed(STARTER, error)

    def library_problems(self) -> list[str]:
        return list(self.session.places().problems)

    # ---------------------------------------------------------------- settings

    def team_dictionary(self) -> Path | None:
        folder = self.settings.team_dictionary.strip()
        return Path(folder).expanduser() if folder else None

    def apply_settings(self, edited: Settings, path: Path | None = None) -> SettingsChange:
        """Keep and save ``edited``; a change of team folders re-reads the library now."""
        old = self.settings
        self.settings = edited
        save_settings(edited, path)
        change = SettingsChange(library=edited.team_folders != old.team_folders,
                                dictionary=edited.team_dictionary != old.team_dictionary,
                                language=edited.language != old.language)
        if change.library:
            self.session.workspace.refresh()
        return change
