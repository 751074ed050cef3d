"""Review written into the DOCX as Word comments (``rilis render -f docx --komentar``).

A supervisor who never opens Rilis still sees, in Word's margin, the draft's open review
comments (with their own author and date) and the checker's and checklist's findings
(author :data:`~app.review.docx_review.RILIS_AUTHOR`, dated at export) anchored to their words:
"*himbauan* → *imbauan* (KBBI)". Reading the file back recognises Rilis's own comments
(``app.review.docx_review``), so they never come back as new review comments.
"""

from __future__ import annotations

import copy
import datetime
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn
from docx.text.run import Run as DocxRun

from app.base.atomic import write_atomic
from app.base.errors import ExportError
from app.release.model import Release
from app.render.docx_source import rendered_targets
from app.review.docx_review import RILIS_AUTHOR
from app.review.workflow import comment_block, open_comments

logger = logging.getLogger(__name__)

RILIS_INITIALS = "RL"
_SKIPPED_STYLES = ("Caption",)


@dataclass(frozen=True)
class Note:
    """One comment to write: paragraph index, character span (None = whole paragraph)."""

    paragraph: int
    start: int | None
    end: int | None
    text: str
    author: str
    date: str


def _utc_now() -> str:
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat() \
        .replace("+00:00", "Z")


def finding_text(text: str, suggestions: tuple[str, ...], message: str) -> str:
    """``himbauan → imbauan (KBBI)`` when there is a suggestion, else the message."""
    if suggestions:
        source = " (KBBI)" if "KBBI" in message else ""
        return f"{text} → {suggestions[0]}{source}"
    return f"{text}: {message}"


def _paragraph_runs(paragraph: Any) -> list[tuple[Any, int, int]]:
    """(w:r element, start, end) in reading order, hyperlink runs included."""
    result = []
    position = 0
    for child in paragraph._p:
        elements = [child] if child.tag == qn("w:r") else \
            list(child.iter(qn("w:r"))) if child.tag == qn("w:hyperlink") else []
        for element in elements:
            text = DocxRun(element, paragraph).text
            result.append((element, position, position + len(text)))
            position += len(text)
    return result


def _split(element: Any, paragraph: Any, offset: int) -> Any:
    """Cut a plain-text run in two at ``offset``; returns the second half."""
    run = DocxRun(element, paragraph)
    text = run.text
    second = copy.deepcopy(element)
    element.addnext(second)
    run.text = text[:offset]
    DocxRun(second, paragraph).text = text[offset:]
    return second


def _plain(element: Any) -> bool:
    return all(child.tag in (qn("w:rPr"), qn("w:t")) for child in element)


def _anchor(paragraph: Any, start: int | None, end: int | None) -> list[Any]:
    """Runs covering exactly ``[start, end)`` (runs split where needed)."""
    runs = _paragraph_runs(paragraph)
    if start is None or end is None:
        return [DocxRun(element, paragraph) for element, _, _ in runs] or []
    chosen = []
    for element, a, b in runs:
        if b <= start or a >= end:
            continue
        if _plain(element) and a < start:
            element = _split(element, paragraph, start - a)
            a = start
        if _plain(element) and b > end:
            _split(element, paragraph, end - a)
        chosen.append(DocxRun(element, paragraph))
    return chosen


def _notes(release: Release, texts: list[str], with_findings: bool, now: str) -> list[Note]:
    targets = [target for _, target in rendered_targets(release)]
    title = targets.index("title") if "title" in targets else 0
    notes = []
    for comment in open_comments(release):
        block = comment_block(release, comment)
        where = targets.index(f"body.{block}") if f"body.{block}" in targets else title
        notes.append(Note(where, None, None, comment.text, comment.author or "Peninjau",
                          comment.at or now))
    if not with_findings:
        return notes
    from app.language.checker import Checker
    from app.release.known_words import words_from_release
    from app.review.checklist import run_checklist

    checker = Checker()
    try:
        known = words_from_release(release)
        for index, text in enumerate(texts):
            for finding in checker.check(text, known, release.kata_diabaikan):
                notes.append(Note(index, finding.start, finding.end, finding_text(
                    finding.text, finding.suggestions, finding.message), RILIS_AUTHOR, now))
        for item in run_checklist(release, with_language=False):
            if item.status != "pass" and item.id != "komentar":
                notes.append(Note(title, None, None, f"Daftar periksa – {item.label}: "
                                                     f"{item.reason}", RILIS_AUTHOR, now))
    finally:
        checker.close()
    return notes


def add_review_comments(data: bytes, release: Release, with_findings: bool = True,
                        now: str | None = None) -> bytes:
    """The DOCX ``data`` (an export of ``release``) with its review as Word comments."""
    document = docx.Document(io.BytesIO(data))
    paragraphs = [p for p in document.paragraphs
                  if " ".join(p.text.split()) and
                  (p.style is None or p.style.name not in _SKIPPED_STYLES)]
    notes = _notes(release, [p.text for p in paragraphs], with_findings, now or _utc_now())
    # splitting a run keeps every character's offset, so the order is only the margin's
    for note in sorted(notes, key=lambda n: (n.paragraph, n.start or 0)):
        if not 0 <= note.paragraph < len(paragraphs):
            continue
        runs = _anchor(paragraphs[note.paragraph], note.start, note.end)
        if not runs:
            continue
        initials = RILIS_INITIALS if note.author == RILIS_AUTHOR else \
            "".join(word[0] for word in note.author.split())[:4]
        comment = document.add_comment(runs, note.text, note.author, initials)
        comment._comment_elm.set(qn("w:date"), note.date)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def comment_file(path: Path, release: Release, with_findings: bool = True) -> None:
    """Add the review comments to an exported DOCX file in place (atomically)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ExportError(f"{path} tidak dapat dibaca: {error.strerror}") from error
    write_atomic(Path(path), add_review_comments(data, release, with_findings),
                 keep_backup=False)
