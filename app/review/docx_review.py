"""A supervisor's review in a returned DOCX: tracked changes and comments, read and applied.

Word and LibreOffice keep a reviewer's edits as ``w:ins``/``w:del`` (and ``w:moveTo``/
``w:moveFrom``, ``w:rPrChange``) with author and date, and comments in ``word/comments.xml``
anchored by ``commentRangeStart``/``End``. Reading the paragraphs "as they were before the
review" (every change rejected) gives back the text Rilis exported, so each paragraph is
matched to the form field it shows (``docx_source.rendered_targets``) and each proposed
change lands on its field. Accepting or rejecting replays the changes onto the *field text*
(mentions like ``@kapolsek`` kept), which is what typing them into the forms would give.
"""

from __future__ import annotations

import copy
import difflib
import logging
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from app.base.errors import RilisError
from app.release.model import Block, Paragraph, Quote, Release
from app.render.docx_source import _open_zip, parse_part, read_part, rendered_targets
from app.review.diff import FieldDiff, align_texts
from app.review.workflow import add_comment

logger = logging.getLogger(__name__)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
RILIS_AUTHOR = "Rilis (pemeriksa)"
"""Author of the findings Rilis writes as Word comments; never imported back as review."""

ChangeKind = Literal["insert", "delete", "move-from", "move-to", "format"]
_KINDS: dict[str, ChangeKind] = {"ins": "insert", "del": "delete", "moveFrom": "move-from",
                                 "moveTo": "move-to"}
_REMOVES = ("delete", "move-from")
_TOKENS = re.compile(r"\w+|\s+|[^\w\s]")
_SKIPPED_STYLES = ("caption",)


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass
class TrackedChange:
    """One proposed change: ``text`` inserted or deleted (moved, reformatted) in a paragraph."""

    id: str
    kind: ChangeKind
    author: str
    date: str
    text: str
    paragraph: int = -1
    field: str = ""
    label: str = ""


@dataclass
class DocxComment:
    """A Word comment: where it is anchored (``quote`` = the words it covers) and its reply
    parent (``parent`` = the id of the comment it answers)."""

    id: str
    author: str
    date: str
    text: str
    initials: str = ""
    paragraph: int = -1
    field: str = ""
    label: str = ""
    quote: str = ""
    parent: str = ""
    done: bool = False

    @property
    def from_rilis(self) -> bool:
        return self.author == RILIS_AUTHOR


@dataclass
class _Segment:
    text: str
    change: int = -1
    """Index into ``ReturnedDocx.changes`` (-1: text that was there before the review)."""


@dataclass
class _Para:
    style: str
    segments: list[_Segment] = field(default_factory=list)
    field: str = ""
    new_after: str | None = None
    """For a paragraph the review inserted whole: the field it follows (``""`` = start)."""


@dataclass
class ReturnedDocx:
    """Everything a reviewed DOCX proposes: changes and comments, mapped onto fields."""

    paragraphs: list[_Para]
    changes: list[TrackedChange]
    comments: list[DocxComment]

    def text(self, index: int, accepted: Callable[[TrackedChange], bool]) -> str:
        """Paragraph ``index`` with the changes ``accepted`` says yes to."""
        parts = []
        for segment in self.paragraphs[index].segments:
            if segment.change < 0:
                parts.append(segment.text)
                continue
            change = self.changes[segment.change]
            removes = change.kind in _REMOVES
            if accepted(change) != removes:
                parts.append(segment.text)
        return " ".join("".join(parts).split())

    def original(self, index: int) -> str:
        return self.text(index, lambda change: False)

    def final(self, index: int) -> str:
        return self.text(index, lambda change: True)

    @property
    def review_comments(self) -> list[DocxComment]:
        """Comments a person wrote (Rilis's own findings left out)."""
        return [comment for comment in self.comments if not comment.from_rilis]


# ---------------------------------------------------------------- reading


def _style_names(archive: zipfile.ZipFile) -> dict[str, str]:
    if "word/styles.xml" not in archive.namelist():
        return {}
    root = parse_part("word/styles.xml", read_part(archive, "word/styles.xml"))
    names = {}
    for style in root.iter(_w("style")):
        name = style.find(_w("name"))
        names[style.get(_w("styleId"), "")] = (name.get(_w("val"), "") if name is not None
                                               else "")
    return names


def _change_of(element: Any, stop: Any) -> Any:
    """The nearest tracked-change ancestor of a run (below the paragraph ``stop``)."""
    node = element.getparent()
    found = []
    while node is not None and node is not stop:
        if isinstance(node.tag, str) and node.tag.startswith(f"{{{W}}}") and \
                node.tag[len(W) + 2:] in _KINDS:
            found.append(node)
        node = node.getparent()
    return found


def _run_text(run: Any) -> str:
    parts = []
    for child in run:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in (_w("t"), _w("delText")):
            parts.append(child.text or "")
        elif tag in (_w("tab"), _w("br"), _w("cr")):
            parts.append(" ")
        elif tag == _w("noBreakHyphen"):
            parts.append("-")
    return "".join(parts)


class _Reader:
    def __init__(self) -> None:
        self.changes: list[TrackedChange] = []
        self.by_element: dict[Any, int] = {}
        """Change index by its ``w:ins``/``w:del``… element. Keyed by the element itself,
        never ``id()``: lxml makes a fresh proxy for each access and frees it after, so an
        id is soon another element's (50 changes once read as 2, their texts merged)."""
        self.anchors: dict[str, int] = {}
        self.quotes: dict[str, list[str]] = {}
        self.struck: dict[str, list[str]] = {}
        """Deleted words under a comment: its quote when it covers nothing else."""

    def change_index(self, element: Any, kind: ChangeKind, paragraph: int, text: str) -> int:
        if element in self.by_element:
            index = self.by_element[element]
            self.changes[index].text += text
            return index
        self.changes.append(TrackedChange(
            id=str(len(self.changes) + 1), kind=kind, author=element.get(_w("author"), ""),
            date=element.get(_w("date"), ""), text=text, paragraph=paragraph))
        self.by_element[element] = len(self.changes) - 1
        return len(self.changes) - 1

    def paragraph(self, p: Any, index: int, style: str) -> _Para:
        para = _Para(style)
        open_ranges: set[str] = set()
        for node in p.iter():
            tag = node.tag if isinstance(node.tag, str) else ""
            if tag in (_w("commentRangeStart"), _w("commentReference")):
                comment = node.get(_w("id"), "")
                self.anchors.setdefault(comment, index)
                if tag == _w("commentRangeStart"):
                    open_ranges.add(comment)
            elif tag == _w("commentRangeEnd"):
                open_ranges.discard(node.get(_w("id"), ""))
            elif tag == _w("rPrChange") and node.getparent().getparent().tag == _w("r"):
                run = node.getparent().getparent()
                self.change_index(node, "format", index, _run_text(run))
            elif tag == _w("r"):
                text = _run_text(node)
                if not text:
                    continue
                wrappers = _change_of(node, p)
                removed = any(w.tag in (_w("del"), _w("moveFrom")) for w in wrappers)
                for comment in open_ranges:  # the words as the review leaves them
                    self.quotes.setdefault(comment, []).append("" if removed else text)
                    self.struck.setdefault(comment, []).append(text if removed else "")
                if len(wrappers) > 1:
                    continue  # inserted, then deleted in the same review: never there
                if not wrappers:
                    para.segments.append(_Segment(text))
                    continue
                kind = _KINDS[wrappers[0].tag[len(W) + 2:]]
                para.segments.append(_Segment(text, self.change_index(wrappers[0], kind,
                                                                      index, text)))
        return para


def _comments(archive: zipfile.ZipFile, anchors: dict[str, int],
              quotes: dict[str, list[str]], struck: dict[str, list[str]]
              ) -> list[DocxComment]:
    names = archive.namelist()
    if "word/comments.xml" not in names:
        return []
    root = parse_part("word/comments.xml", read_part(archive, "word/comments.xml"))
    parents: dict[str, str] = {}
    done: set[str] = set()
    if "word/commentsExtended.xml" in names:
        extended = parse_part("word/commentsExtended.xml",
                              read_part(archive, "word/commentsExtended.xml"))
        for entry in extended.iter(f"{{{W15}}}commentEx"):
            para_id = entry.get(f"{{{W15}}}paraId", "")
            if entry.get(f"{{{W15}}}paraIdParent"):
                parents[para_id] = entry.get(f"{{{W15}}}paraIdParent", "")
            if entry.get(f"{{{W15}}}done") == "1":
                done.add(para_id)
    result: list[DocxComment] = []
    by_para_id: dict[str, DocxComment] = {}
    own_para: dict[str, str] = {}
    for element in root.iter(_w("comment")):
        paragraphs = list(element.iter(_w("p")))
        text = "\n".join(" ".join("".join(_run_text(r) for r in p.iter(_w("r"))).split())
                         for p in paragraphs).strip()
        comment_id = element.get(_w("id"), "")
        comment = DocxComment(
            id=comment_id, author=element.get(_w("author"), ""),
            date=element.get(_w("date"), ""), text=text,
            initials=element.get(_w("initials"), ""), paragraph=anchors.get(comment_id, -1),
            quote=" ".join("".join(quotes.get(comment_id, [])).split())
            or " ".join("".join(struck.get(comment_id, [])).split()))
        para_ids = [p.get(f"{{{W14}}}paraId", "") for p in paragraphs]
        for para_id in para_ids:
            if para_id:
                by_para_id[para_id] = comment
        if para_ids and para_ids[-1]:
            own_para[comment_id] = para_ids[-1]
            comment.done = para_ids[-1] in done
        result.append(comment)
    for comment in result:
        parent = by_para_id.get(parents.get(own_para.get(comment.id, ""), ""))
        if parent is not None and parent is not comment:
            comment.parent = parent.id
            if comment.paragraph < 0:
                comment.paragraph = parent.paragraph
    return result


def read_returned(data: bytes) -> ReturnedDocx:
    """The tracked changes and comments of a DOCX (no draft needed yet)."""
    with _open_zip(data) as archive:
        if "word/document.xml" not in archive.namelist():
            raise RilisError("Berkas bukan DOCX: word/document.xml tidak ada.")
        styles = _style_names(archive)
        root = parse_part("word/document.xml", read_part(archive, "word/document.xml"))
        body = root.find(_w("body"))
        reader = _Reader()
        paragraphs: list[_Para] = []
        for p in ([] if body is None else body.findall(_w("p"))):
            style_element = p.find(f"{_w('pPr')}/{_w('pStyle')}")
            style_id = style_element.get(_w("val"), "") if style_element is not None else ""
            style = styles.get(style_id, style_id)
            para = reader.paragraph(p, len(paragraphs), style)
            if style.lower() in _SKIPPED_STYLES or not "".join(
                    s.text for s in para.segments).strip():
                # a skipped paragraph's comments belong to the whole release
                for comment, where in list(reader.anchors.items()):
                    if where == len(paragraphs):
                        reader.anchors[comment] = -1
                for change in reader.changes:
                    if change.paragraph == len(paragraphs):
                        change.paragraph = -1
                continue
            paragraphs.append(para)
        comments = _comments(archive, reader.anchors, reader.quotes, reader.struck)
    number = 0
    for change in reader.changes:  # ids 1..n in reading order, for the changes shown
        if change.paragraph >= 0:
            number += 1
        change.id = str(number) if change.paragraph >= 0 else ""
    return ReturnedDocx(paragraphs, reader.changes, comments)


# ---------------------------------------------------------------- mapping onto the draft


def field_label(name: str, release: Release) -> str:
    """The Indonesian name of a field, as the forms and ``rilis diff`` call it."""
    if name == "title":
        return "Judul"
    kind, _, number = name.partition(".")
    if kind == "body" and number.isdigit():
        index = int(number)
        block = release.body[index] if index < len(release.body) else None
        what = "kutipan" if isinstance(block, Quote) else "paragraf"
        return f"Isi blok {index + 1} ({what})"
    if kind == "related" and number.isdigit():
        return f"Berita terkait {int(number) + 1}"
    if kind == "contact":
        return {"name": "Narahubung (nama)", "phone": "Narahubung (telepon)",
                "email": "Narahubung (surel)"}.get(number, "Narahubung")
    if name.startswith("new"):
        return "Paragraf baru"
    return "Teks templat"


def map_onto(returned: ReturnedDocx, release: Release | None) -> list[FieldDiff]:
    """Give every paragraph, change and comment its field; returns the edits made *without*
    Track Changes (today's comparison of the DOCX's text with the draft's rendering)."""
    if release is None:
        for change in returned.changes:
            change.label = f"Paragraf {change.paragraph + 1}" if change.paragraph >= 0 else ""
        for comment in returned.comments:
            comment.label = (f"Paragraf {comment.paragraph + 1}" if comment.paragraph >= 0
                             else "Seluruh rilis")
        return []
    rendered = rendered_targets(release)
    present = [i for i in range(len(returned.paragraphs)) if returned.original(i)]
    originals = [returned.original(i) for i in present]
    matcher = difflib.SequenceMatcher(a=[text for text, _ in rendered], b=originals,
                                      autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("equal", "replace"):
            for i, j in zip(range(i1, i2), range(j1, j2), strict=False):
                returned.paragraphs[present[j]].field = rendered[i][1]
    previous = ""
    for index, para in enumerate(returned.paragraphs):
        if index in present:
            previous = para.field or previous
        else:
            para.new_after = previous
            para.field = "new"
    for change in returned.changes:
        if change.paragraph >= 0:
            change.field = returned.paragraphs[change.paragraph].field
            change.label = field_label(change.field, release)
        else:
            change.label = "Teks templat"
    for comment in returned.comments:
        comment.field = (returned.paragraphs[comment.paragraph].field
                         if comment.paragraph >= 0 else "")
        comment.label = field_label(comment.field, release) if comment.field else \
            "Seluruh rilis"
    untracked_old = [(f"Paragraf {i + 1}", text) for i, (text, _) in enumerate(rendered)]
    untracked_new = [(f"Paragraf {n + 1}", text) for n, text in enumerate(originals)]
    return align_texts(untracked_old, untracked_new)


# ---------------------------------------------------------------- applying


def apply_edit(source: str, old: str, new: str) -> str | None:
    """``source`` (a field's text, e.g. with ``@kapolsek``) changed the way its rendering
    changed from ``old`` to ``new``; None when a change touches text the template wrote."""
    if old == new:
        return source
    src, before, after = (_TOKENS.findall(text) for text in (source, old, new))
    mapping: dict[int, int] = {}
    for a, b, size in difflib.SequenceMatcher(a=before, b=src, autojunk=False) \
            .get_matching_blocks():
        for k in range(size):
            mapping[a + k] = b + k
    edits: list[tuple[int, int, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False) \
            .get_opcodes():
        if tag == "equal":
            continue
        text = "".join(after[j1:j2])
        if i1 < i2:
            span = _mapped_span(before, mapping, i1, i2, tag == "delete")
            if span is None:
                return None
            edits.append((span[0], span[1], text))
        elif i1 - 1 in mapping:
            edits.append((mapping[i1 - 1] + 1, mapping[i1 - 1] + 1, text))
        elif i1 in mapping:
            edits.append((mapping[i1], mapping[i1], text))
        else:
            return None
    for start, end, text in sorted(edits, reverse=True):
        src[start:end] = [text]
    return "".join(src).strip()


def _mapped_span(before: list[str], mapping: dict[int, int], start: int, end: int,
                 slide: bool) -> tuple[int, int] | None:
    """Where rendered tokens ``[start, end)`` are in the field text. A pure deletion may
    slide along equal tokens (``" subuh. (wns)"`` deleted as ``"subuh. "`` before a closing
    tag the field does not hold)."""
    candidates = [(start, end)]
    if slide:
        left, right = start, end
        while left > 0 and before[left - 1] == before[right - 1]:
            left, right = left - 1, right - 1
            candidates.append((left, right))
        left, right = start, end
        while right < len(before) and before[left] == before[right]:
            left, right = left + 1, right + 1
            candidates.append((left, right))
    for a, b in candidates:
        spots = [mapping.get(i) for i in range(a, b)]
        first = spots[0]
        if first is not None and spots == list(range(first, first + len(spots))):
            return first, first + len(spots)
    return None


def _get(release: Release, name: str) -> str:
    kind, _, number = name.partition(".")
    if name == "title":
        return release.title
    if kind == "body":
        block = release.body[int(number)]
        return str(getattr(block, "text", ""))
    if kind == "related":
        return release.related[int(number)].title
    if kind == "contact":
        return str(getattr(release.contact, number))
    raise KeyError(name)


def _set(release: Release, name: str, value: str) -> None:
    kind, _, number = name.partition(".")
    if name == "title":
        release.title = value
    elif kind == "body":
        block = release.body[int(number)]
        if isinstance(block, Paragraph | Quote):
            block.text = value
    elif kind == "related":
        release.related[int(number)].title = value
    elif kind == "contact":
        setattr(release.contact, number, value)


@dataclass
class Resolution:
    """The draft after deciding; ``skipped`` lists changes that could not be put into a
    form field (they touch text the template writes, such as an official's full name)."""

    release: Release
    skipped: list[TrackedChange] = field(default_factory=list)
    comments_added: int = 0


def resolve(release: Release, returned: ReturnedDocx,
            accepted: Callable[[TrackedChange], bool],
            with_comments: bool = True) -> Resolution:
    """A copy of ``release`` with the decided changes typed into its fields and the
    reviewer's comments added to its review (once: a comment already there is not added)."""
    result = copy.deepcopy(release)
    skipped: list[TrackedChange] = []
    deleted: set[int] = set()
    inserted: dict[int, list[str]] = {}
    parts: dict[str, list[int]] = {}
    for index, para in enumerate(returned.paragraphs):
        parts.setdefault(para.field, []).append(index)
    for name, indexes in parts.items():
        decided = [returned.text(i, accepted) for i in indexes]
        if name == "new":
            for i, text in zip(indexes, decided, strict=True):
                after = returned.paragraphs[i].new_after or ""
                where = int(after.split(".")[1]) if after.startswith("body.") else -1
                if text:
                    inserted.setdefault(where, []).append(text)
            continue
        changes = [c for c in returned.changes if c.paragraph in indexes]
        if not name or not changes:
            skipped += [c for c in changes if c.kind != "format" and accepted(c)
                        and returned.original(c.paragraph) != returned.text(c.paragraph,
                                                                             accepted)]
            continue
        if name.startswith("body.") and not any(decided):
            deleted.add(int(name.split(".")[1]))
            continue
        value: str | None = _get(result, name)
        for i, text in zip(indexes, decided, strict=True):
            value = apply_edit(value, returned.original(i), text) if value is not None \
                else None
        if value is None:
            skipped += [c for c in changes if c.kind != "format"]
            continue
        _set(result, name, value)
    if deleted or inserted:
        body: list[Block] = [Paragraph(text=text) for text in inserted.get(-1, [])]
        moved: dict[int, int] = {}
        for index, block in enumerate(result.body):
            if index not in deleted:
                moved[index] = len(body)
                body.append(block)
            body += [Paragraph(text=text) for text in inserted.get(index, [])]
        result.body = body
    else:
        moved = {index: index for index in range(len(result.body))}
    added = import_comments(result, returned, moved) if with_comments else 0
    if skipped:
        logger.info("%d tracked changes not mapped onto fields", len(skipped))
    return Resolution(result, skipped, added)


def import_comments(release: Release, returned: ReturnedDocx, moved: dict[int, int]) -> int:
    """Add the reviewer's comments to the draft's review; ``moved`` maps the body block
    indexes of the DOCX's draft to the draft's. Rilis's own findings and comments already
    in the draft (same author and text: exported with ``--komentar``) are not added again."""
    known = {(c.author.strip(), c.text.strip()) for c in release.review.comments}
    by_id = {comment.id: comment for comment in returned.comments}
    added = 0
    for comment in returned.review_comments:
        text = comment.text
        parent = by_id.get(comment.parent)
        if parent is not None:
            text = f"(balasan untuk {parent.author or 'komentar'}) {text}"
        if not text.strip() or (comment.author.strip(), text.strip()) in known:
            continue
        block = -1
        if comment.field.startswith("body."):
            block = moved.get(int(comment.field.split(".")[1]), -1)
        new = add_comment(release, text, comment.author or "Peninjau", block,
                          at=comment.date or None)
        new.resolved = comment.done
        known.add((new.author, new.text))
        added += 1
    return added


def accept_all(change: TrackedChange) -> bool:
    return True


def reject_all(change: TrackedChange) -> bool:
    return False


def has_changes(returned: ReturnedDocx) -> bool:
    return any(change.paragraph >= 0 for change in returned.changes)


def summary(returned: ReturnedDocx) -> dict[str, Any]:
    """The JSON shape of ``rilis open --json`` (a public contract: keys documented in the
    README)."""
    return {
        "changes": [{"id": c.id, "kind": c.kind, "author": c.author, "date": c.date,
                     "text": c.text, "field": c.field or None, "label": c.label}
                    for c in returned.changes if c.paragraph >= 0],
        "comments": [{"id": c.id, "author": c.author, "date": c.date, "text": c.text,
                      "quote": c.quote, "field": c.field or None, "label": c.label,
                      "parent": c.parent or None, "from_rilis": c.from_rilis}
                     for c in returned.comments],
    }


def reviewers(returned: ReturnedDocx, accepted: Callable[[TrackedChange], bool]) -> str:
    """Who proposed the accepted changes (the version's ``by``)."""
    return ", ".join(sorted({c.author for c in returned.changes
                             if c.paragraph >= 0 and c.author and accepted(c)}))


def draft_path_for(docx_path: Path) -> Path:
    """Where a reviewed DOCX's draft is written: beside it, never over an existing file."""
    candidate = docx_path.with_suffix(".rilis")
    number = 2
    while candidate.exists():
        candidate = docx_path.with_name(f"{docx_path.stem}-{number}.rilis")
        number += 1
    return candidate


def write_resolution(original: Release, result: Resolution, path: Path, by: str) -> list[str]:
    """Save the decided draft, its history holding the draft as sent out and as decided."""
    from app.release.draftfile import record_version, save_draft

    sent = copy.deepcopy(original)
    record_version(sent)  # the draft as it went out (if its history lacks it)
    result.release.versions = sent.versions
    return save_draft(result.release, path, by=by)
