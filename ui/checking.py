"""Inline checking for the form fields, and the whole-release check for *Periksa*.

The checker (``app.language.Checker``) runs in one worker thread, never on the typing
path: a field is checked a moment after the officer stops typing, and the findings are
applied only if the field still holds the text that was checked. Words typed into the
structured fields (officials, places, units) are known automatically; *Abaikan* ignores a
word in this draft (kept in its ``kata_diabaikan``, so saved with it), *Tambahkan ke kamus*
adds it to the personal dictionary.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu

from app.release.model import Paragraph, Photo, Quote, Release
from ui.spell_highlighter import SpellHighlighter
from ui.widgets import CheckedField, Span, TextEdit

logger = logging.getLogger(__name__)

CONTEXT = "Checking"
FIELD_DELAY_MS = 250
MAX_SUGGESTIONS = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class PlacedFinding:
    """A finding of the whole release, with the field it belongs to."""

    path: str
    place: str
    finding: Any  # app.language.Finding


def checkable_texts(release: Release) -> list[tuple[str, str, str]]:
    """``(path, place label, text)`` of every free-text field the checker reads: the ones
    ``rilis check`` reads in the rendered release (advisory points and the case's modus
    too), each with the form field that edits it."""
    items: list[tuple[str, str, str]] = [
        ("title", _tr("Judul"), release.title),
        ("event.name", _tr("Acara"), release.event.name),
    ]
    for index, block in enumerate(release.body, start=0):
        number = index + 1
        if isinstance(block, Paragraph):
            items.append((f"body.{index}.text", _tr("Paragraf {n}").format(n=number),
                          block.text))
        elif isinstance(block, Quote):
            items.append((f"body.{index}.text", _tr("Kutipan {n}").format(n=number),
                          block.text))
        elif isinstance(block, Photo):
            items.append((f"body.{index}.caption",
                          _tr("Keterangan foto {n}").format(n=number), block.caption))
    for index, point in enumerate(release.points):
        items.append((f"points.{index}", _tr("Butir imbauan {n}").format(n=index + 1), point))
    items.append(("case.modus", _tr("Modus"), release.case.modus))
    for index, story in enumerate(release.related):
        items.append((f"related.{index}.title",
                      _tr("Berita terkait {n}").format(n=index + 1), story.title))
    return [item for item in items if item[2].strip()]


def shifted(findings: list[Any], replaced: Any, replacement: str) -> list[Any]:
    """The field's other findings after ``replaced`` became ``replacement``: the ones after
    it move by the change in length, so the next occurrence of the same word can be fixed
    at once, before the field is checked again; any that overlapped it are dropped."""
    delta = len(replacement) - (replaced.end - replaced.start)
    kept: list[Any] = []
    for finding in findings:
        if finding.end <= replaced.start:
            kept.append(finding)
        elif finding.start >= replaced.end:
            kept.append(dataclasses.replace(finding, start=finding.start + delta,
                                            end=finding.end + delta))
    return kept


class _Bridge(QObject):
    done = Signal(object, object)


class CheckService(QObject):
    """Owns the checker and its thread; fields attach to it, the panel asks it."""

    fieldChecked = Signal(object)
    replacing = Signal()
    """Before a suggestion is put in: the window makes it an undo step of its own."""
    releaseChecked = Signal(list)
    dictionaryChanged = Signal()
    ignoredChanged = Signal()
    """*Abaikan* wrote a word into the draft: the window marks it modified."""
    ready = Signal()

    def __init__(self, release_provider: Callable[[], Release],
                 team_dictionary: Path | None = None,
                 personal_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._release = release_provider
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rilis-check")
        self._bridge = _Bridge()
        self._bridge.done.connect(self._deliver)
        self._checker: Any = None
        self.problem = ""
        self.ignored: set[str] = set(release_provider().kata_diabaikan)
        """The current draft's ignored words; ``keep_ignored`` puts them back into a
        release an undo step brought back from before the *Abaikan*."""
        self.review_ignored: set[str] = set()
        """Words a reviewer chose to *Abaikan* in review mode: hidden in this window only.
        Review mode never changes the officer's draft, so they are not written into it."""
        self.read_only = False
        """Review mode: *Abaikan* hides a word for this session instead of saving it."""
        self._fields: list[CheckedField] = []
        self._timers: dict[int, QTimer] = {}
        self._seen: dict[int, str] = {}
        self._closed = False
        self._future = self._pool.submit(self._create, team_dictionary, personal_path)
        self._future.add_done_callback(lambda _f: self._bridge.done.emit(self._on_ready, None))

    # ------------------------------------------------------------ worker side

    def _create(self, team: Path | None, personal: Path | None) -> None:
        try:
            from app.language import Checker, PersonalDictionary, TeamDictionary
        except ImportError as error:  # the checker is optional for the editor
            self.problem = _tr("Pemeriksa bahasa tidak tersedia: {e}").format(e=error)
            return
        self._checker = Checker(personal=PersonalDictionary(personal),
                                team=TeamDictionary(team) if team else None)
        warnings = list(self._checker.warnings)
        self.problem = "\n".join(warnings)

    @property
    def available(self) -> bool:
        return self._checker is not None

    @property
    def checker(self) -> Any:
        """The loaded checker (None while loading or when unavailable); use it only inside
        jobs given to ``submit``, which run on the checker's own thread."""
        return self._checker

    def wait_ready(self, timeout: float = 30.0) -> None:
        self._future.result(timeout)

    def _on_ready(self, _payload: object) -> None:
        self.ready.emit()
        for field in self._fields:
            self.schedule(field, 0)

    def _submit(self, job: Callable[[], object], deliver: Callable[[object], None]) -> None:
        if self._closed:
            return

        def done(future: Future[object]) -> None:
            try:
                result = future.result()
            except Exception:
                logger.exception("check failed")
                return
            self._bridge.done.emit(deliver, result)

        self._pool.submit(job).add_done_callback(done)

    def submit(self, job: Callable[[], object], deliver: Callable[[object], None]) -> None:
        """Run ``job`` in the checker's own thread (pyenchant is not thread-safe, so
        anything that spells, such as the review checklist, queues here) and hand its
        result to ``deliver`` on the UI thread."""
        self._submit(job, deliver)

    @Slot(object, object)
    def _deliver(self, deliver: Callable[[object], None], result: object) -> None:
        if not self._closed:
            deliver(result)

    # ------------------------------------------------------------ fields

    def attach(self, field: CheckedField) -> None:
        """Check ``field`` as it is edited; give it the spelling entries of its menu."""
        self._fields.append(field)
        field.menu_provider = self.populate_menu
        if isinstance(field, TextEdit):
            field.highlighter = SpellHighlighter(field.document())
            field.textChanged.connect(partial(self._text_changed, field))
        else:
            field.textChanged.connect(  # type: ignore[attr-defined]
                lambda _text, f=field: self._text_changed(f))

    def _text_changed(self, field: CheckedField) -> None:
        """Underlining also emits textChanged: only a real change of text is checked."""
        text = field.plain()
        if self._seen.get(id(field)) != text:
            self._seen[id(field)] = text
            self.schedule(field)

    def schedule(self, field: CheckedField, delay: int = FIELD_DELAY_MS) -> None:
        timer = self._timers.get(id(field))
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(partial(self.check_field, field))
            self._timers[id(field)] = timer
        timer.start(delay)

    def check_field(self, field: CheckedField) -> None:
        if self._checker is None:
            return
        text = field.plain()
        known = self._known_words()
        ignored = self.all_ignored()
        checker = self._checker

        def job() -> object:
            found = checker.check(text, known, ignored) if text.strip() else []
            return field, text, found

        self._submit(job, self._apply_field)

    def _apply_field(self, result: object) -> None:
        assert isinstance(result, tuple)
        field: CheckedField = result[0]
        text: str = result[1]
        findings: list[Span] = result[2]
        if field.plain() != text:
            return  # typed on since: a newer check is already scheduled
        field.set_findings(findings)
        self.fieldChecked.emit(field)

    def _known_words(self) -> set[str]:
        from app.release.known_words import words_from_release

        return words_from_release(self._release())

    def recheck_all(self) -> None:
        for field in self._fields:
            self.schedule(field, 0)

    # ------------------------------------------------------------ whole release

    def check_release(self) -> None:
        """Check every free-text field; ``releaseChecked(list[PlacedFinding])`` follows."""
        if self._checker is None:
            self.releaseChecked.emit([])
            return
        texts = checkable_texts(self._release())
        known = self._known_words()
        ignored = self.all_ignored()
        checker = self._checker

        def job() -> object:
            found: list[PlacedFinding] = []
            for path, place, text in texts:
                found += [PlacedFinding(path, place, finding)
                          for finding in checker.check(text, known, ignored)]
            return found

        self._submit(job, lambda result: self.releaseChecked.emit(result))

    # ------------------------------------------------------------ menu

    def finding_at(self, field: CheckedField, index: int) -> Span | None:
        """The finding under ``index`` that still matches the field's text: between an edit
        and the next check an old offset may point elsewhere, and a menu offering a fix
        that then does nothing is worse than no menu."""
        text = field.plain()
        for finding in field.findings:
            if (finding.start <= index <= finding.end
                    and text[finding.start:finding.end] == getattr(finding, "text", None)):
                return finding
        return None

    def populate_menu(self, field: CheckedField, menu: QMenu, index: int) -> None:
        """Suggestions, *Tambahkan ke kamus*, *Abaikan* above the standard entries."""
        finding: Any = self.finding_at(field, index)
        if finding is None:
            return
        first = menu.actions()[0] if menu.actions() else None
        entries: list[QAction] = []
        suggestions = list(finding.suggestions)[:MAX_SUGGESTIONS]
        for suggestion in suggestions:
            action = menu.addAction(suggestion)
            bold = QFont(action.font())
            bold.setBold(True)
            action.setFont(bold)
            action.triggered.connect(partial(self.accept, field, finding, suggestion))
            entries.append(action)
        if not suggestions:
            empty = menu.addAction(_tr("(tidak ada saran)"))
            empty.setEnabled(False)
            entries.append(empty)
        message = menu.addAction(finding.message)
        message.setEnabled(False)
        entries.insert(0, message)
        if finding.kind == "spelling":
            add = menu.addAction(_tr("Tambahkan ke kamus"))
            add.triggered.connect(partial(self.add_to_dictionary, finding.text))
            entries.append(add)
        ignore = menu.addAction(_tr("Abaikan"))
        ignore.triggered.connect(partial(self.ignore, finding.text))
        entries.append(ignore)
        separator = menu.addSeparator()
        entries.append(separator)
        for action in entries:
            menu.removeAction(action)
            if first is not None:
                menu.insertAction(first, action)
            else:
                menu.addAction(action)

    def accept(self, field: CheckedField, finding: Any, suggestion: str) -> None:
        """Replace the word (an ordinary edit: it goes through undo and the preview)."""
        if field.plain()[finding.start:finding.end] != finding.text:
            return
        others = [f for f in field.findings if f is not finding]
        self.replacing.emit()
        field.replace_span(finding.start, finding.end, suggestion)
        field.set_findings(shifted(others, finding, suggestion))

    def add_to_dictionary(self, word: str) -> None:
        """Saved by the worker thread, so it never races a check in progress."""
        def job() -> object:  # runs after the checker was created (one FIFO worker)
            if self._checker is not None:
                self._checker.add_to_personal(word)
            return word

        self._submit(job, self._dictionary_changed)

    def _dictionary_changed(self, _result: object) -> None:
        self.dictionaryChanged.emit()
        self.recheck_all()

    def ignore(self, word: str) -> None:
        """*Abaikan*: the word goes into the draft's ``kata_diabaikan`` (saved and
        autosaved with it, honoured by ``rilis check`` and the checklist too)."""
        word = word.strip() or word
        if self.read_only:
            self.review_ignored.add(word)
            self.dictionaryChanged.emit()
            self.recheck_all()
            return
        self.ignored.add(word)
        release = self._release()
        if word not in release.kata_diabaikan:
            release.kata_diabaikan.append(word)
            self.ignoredChanged.emit()
        self.dictionaryChanged.emit()
        self.recheck_all()

    def keep_ignored(self, release: Release) -> None:
        """Undo restores a snapshot taken before an *Abaikan*; the word stays ignored
        (undo is for the text, not for what the officer dismissed)."""
        for word in sorted(self.ignored - set(release.kata_diabaikan)):
            release.kata_diabaikan.append(word)

    def switch_draft(self, release: Release) -> None:
        """Another draft is shown: its own ignored words, none of the previous one's."""
        self.ignored = set(release.kata_diabaikan)
        self.review_ignored = set()

    def all_ignored(self) -> frozenset[str]:
        """What the checks leave out: the draft's words and this review session's."""
        return frozenset(self.ignored | self.review_ignored)

    def set_team_dictionary(self, location: Path | None) -> None:
        def job() -> object:  # runs after the checker was created (one FIFO worker)
            if self._checker is not None:
                self._checker.set_team(location)
            return location

        self._submit(job, self._dictionary_changed)

    def shutdown(self) -> None:
        self._closed = True
        for timer in self._timers.values():
            timer.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)
