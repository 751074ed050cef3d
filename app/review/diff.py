"""Word-by-word comparison of two releases (versions, drafts, or a DOCX against its source).

Fields are compared one by one and body blocks are aligned first (a moved or inserted
paragraph is not reported as every later paragraph changing), so a supervisor sees exactly
which words changed where.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Literal

from app.release.model import Official, Photo, Quote, Release

OpKind = Literal["same", "delete", "insert"]
_TOKENS = re.compile(r"\s+|[^\s]+")
MAX_WORD_CELLS = 1_000_000
"""Largest changed region (words before × words after, once the common start and end are
set aside) compared word by word at once. A larger one is first aligned sentence by
sentence, then each changed sentence (or run of sentences) word by word."""
MAX_DIFF_CELLS = 10_000_000
"""Word-by-word work allowed for one field (the sum of words × words over its changed
pieces); once spent, remaining changed pieces are shown removed and added whole. This keeps
``rilis diff`` of two 2 MB drafts to seconds instead of hours."""
_CALL_COST = 1_000
"""Budget charged for each word-level comparison on top of its size (setting one up costs
about as much as comparing a thousand word pairs)."""
_SENTENCE_END = frozenset(".!?…:;")
_CLOSERS = "'\"”’)"


@dataclass(frozen=True)
class WordOp:
    kind: OpKind
    text: str


@dataclass
class FieldDiff:
    """One field or block that differs: its label, both texts and the word operations."""

    label: str
    old: str
    new: str
    ops: list[WordOp] = field(default_factory=list)

    @property
    def deleted(self) -> list[str]:
        return [word for op in self.ops if op.kind == "delete" for word in op.text.split()]

    @property
    def inserted(self) -> list[str]:
        return [word for op in self.ops if op.kind == "insert" for word in op.text.split()]


def diff_words(old: str, new: str) -> list[WordOp]:
    """Operations turning ``old`` into ``new``, word by word (spaces kept for display)."""
    left = _TOKENS.findall(old)
    right = _TOKENS.findall(new)
    start = 0
    limit = min(len(left), len(right))
    while start < limit and left[start] == right[start]:
        start += 1
    end = 0
    while end < limit - start and left[-1 - end] == right[-1 - end]:
        end += 1
    differ = _Differ()
    differ.same(left[:start])
    differ.middle(left[start:len(left) - end], right[start:len(right) - end])
    differ.same(left[len(left) - end:])
    return _merged(differ.ops)


class _Differ:
    """The operations of one ``diff_words``, and what is left of its word-level budget."""

    def __init__(self) -> None:
        self.ops: list[WordOp] = []
        self.budget = MAX_DIFF_CELLS

    def same(self, tokens: Sequence[str]) -> None:
        if tokens:
            self.ops.append(WordOp("same", "".join(tokens)))

    def whole(self, left: Sequence[str], right: Sequence[str]) -> None:
        if left:
            self.ops.append(WordOp("delete", "".join(left)))
        if right:
            self.ops.append(WordOp("insert", "".join(right)))

    def middle(self, left: list[str], right: list[str]) -> None:
        """The changed region: word by word when small enough, else by sentences first."""
        if not left or not right:
            self.whole(left, right)
        elif len(left) * len(right) <= MAX_WORD_CELLS:
            self.words(left, right)
        else:
            self.sentences(left, right)

    def words(self, left: Sequence[str], right: Sequence[str]) -> None:
        cells = len(left) * len(right) + _CALL_COST
        if cells > min(self.budget, MAX_WORD_CELLS):
            self.whole(left, right)
            return
        self.budget -= cells
        matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                self.same(left[i1:i2])
            else:
                self.whole(left[i1:i2], right[j1:j2])

    def sentences(self, left: list[str], right: list[str]) -> None:
        """Sentences aligned first (``autojunk``: a sentence repeated everywhere is not
        used as an anchor, which keeps the alignment near-linear); changed pairs word by
        word while the budget lasts."""
        old, new = _sentences(left), _sentences(right)
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=True)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            before = [token for chunk in old[i1:i2] for token in chunk]
            if tag == "equal":
                self.same(before)
            elif i2 - i1 == j2 - j1:
                for pair in zip(old[i1:i2], new[j1:j2], strict=True):
                    self.words(*pair)
            else:
                self.words(before, [token for chunk in new[j1:j2] for token in chunk])


def _sentences(tokens: list[str]) -> list[tuple[str, ...]]:
    chunks: list[tuple[str, ...]] = []
    current: list[str] = []
    for token in tokens:
        current.append(token)
        if token.rstrip(_CLOSERS)[-1:] in _SENTENCE_END or len(current) >= 200:
            chunks.append(tuple(current))
            current = []
    if current:
        chunks.append(tuple(current))
    return chunks


def _merged(ops: list[WordOp]) -> list[WordOp]:
    """Neighbouring operations of the same kind joined (as one matcher would give them)."""
    runs: list[tuple[OpKind, list[str]]] = []
    for op in ops:
        if runs and runs[-1][0] == op.kind:
            runs[-1][1].append(op.text)
        else:
            runs.append((op.kind, [op.text]))
    return [WordOp(kind, "".join(texts)) for kind, texts in runs]


def _field(label: str, old: str, new: str) -> FieldDiff | None:
    if old == new:
        return None
    return FieldDiff(label, old, new, diff_words(old, new))


def _official_text(person: Official) -> dict[str, str]:
    return {"pangkat": person.rank, "nama": person.name, "nama singkat": person.short_name,
            "jabatan": person.position, "gelar": ", ".join(person.degrees)}


def _block_label(index: int, block: object) -> str:
    kind = "kutipan" if isinstance(block, Quote) else "foto" if isinstance(block, Photo) \
        else "paragraf"
    return f"Isi blok {index + 1} ({kind})"


def _block_text(block: object) -> str:
    if isinstance(block, Quote):
        return f"{block.text} [{block.verb} @{block.speaker}]"
    if isinstance(block, Photo):
        return f"{block.caption} ({block.credit}) {block.path}"
    return str(getattr(block, "text", ""))


def align_texts(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> list[FieldDiff]:
    """Differences between two sequences of (label, text), aligned like lines in diff(1);
    a changed item is compared word by word, an added or removed one whole."""
    # Many blocks and many alike (empty paragraphs): repeated ones are not used as anchors.
    matcher = difflib.SequenceMatcher(a=[text for _, text in old], b=[text for _, text in new],
                                      autojunk=len(old) * len(new) > MAX_WORD_CELLS)
    result: list[FieldDiff] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        pairs = list(zip(range(i1, i2), range(j1, j2), strict=False)) if tag == "replace" else []
        for i, j in pairs:
            found = _field(new[j][0], old[i][1], new[j][1])
            if found:
                result.append(found)
        for i in range(i1 + len(pairs), i2):
            result.append(FieldDiff(f"{old[i][0]} (dihapus)", old[i][1], "",
                                    diff_words(old[i][1], "")))
        for j in range(j1 + len(pairs), j2):
            result.append(FieldDiff(f"{new[j][0]} (baru)", "", new[j][1],
                                    diff_words("", new[j][1])))
    return result


def compare_releases(old: Release, new: Release) -> list[FieldDiff]:
    """Every field and block that differs between two releases, in reading order."""
    found: list[FieldDiff | None] = [
        _field("Templat", old.template, new.template),
        _field("Judul", old.title, new.title),
        _field("Dateline", old.dateline, new.dateline),
        _field("Satuan", old.unit, new.unit),
        _field("Nomor", old.number, new.number),
    ]
    people_old = {p.id: _official_text(p) for p in old.officials}
    people_new = {p.id: _official_text(p) for p in new.officials}
    for person_id in [*people_old, *(i for i in people_new if i not in people_old)]:
        before = people_old.get(person_id, {})
        after = people_new.get(person_id, {})
        for key in ("pangkat", "nama", "nama singkat", "jabatan", "gelar"):
            found.append(_field(f"Pejabat {person_id}: {key}", before.get(key, ""),
                                after.get(key, "")))
    for key, label in (("name", "Kegiatan: nama"), ("date", "Kegiatan: tanggal"),
                       ("time", "Kegiatan: jam"), ("timezone", "Kegiatan: zona waktu"),
                       ("place", "Kegiatan: tempat")):
        found.append(_field(label, getattr(old.event, key), getattr(new.event, key)))
    result = [item for item in found if item]
    result += align_texts([(_block_label(i, b), _block_text(b)) for i, b in enumerate(old.body)],
                          [(_block_label(i, b), _block_text(b)) for i, b in enumerate(new.body)])
    result += align_texts([(f"Poin {i + 1}", p) for i, p in enumerate(old.points)],
                          [(f"Poin {i + 1}", p) for i, p in enumerate(new.points)])
    result += align_texts(
        [(f"Berita terkait {i + 1}", f"{r.title} {r.url}".strip())
         for i, r in enumerate(old.related)],
        [(f"Berita terkait {i + 1}", f"{r.title} {r.url}".strip())
         for i, r in enumerate(new.related)])
    tail = [
        _field("Kasus: modus", old.case.modus, new.case.modus),
        _field("Kasus: barang bukti", "; ".join(old.case.evidence), "; ".join(new.case.evidence)),
        _field("Kasus: pasal", "; ".join(old.case.articles), "; ".join(new.case.articles)),
        _field("Kasus: ancaman", old.case.penalty, new.case.penalty),
        _field("Kasus: tersangka",
               "; ".join(f"{s.initials} {s.age} {s.role}" for s in old.case.suspects),
               "; ".join(f"{s.initials} {s.age} {s.role}" for s in new.case.suspects)),
        _field("Penutup", old.closing, new.closing),
        _field("Narahubung", f"{old.contact.name} {old.contact.phone} {old.contact.email}",
               f"{new.contact.name} {new.contact.phone} {new.contact.email}"),
        _field("Embargo", f"{old.embargo.date} {old.embargo.time} {old.embargo.timezone}",
               f"{new.embargo.date} {new.embargo.time} {new.embargo.timezone}"),
    ]
    return result + [item for item in tail if item]


def diff_lines(diffs: list[FieldDiff]) -> list[str]:
    """Human lines: ``Judul: -lama +baru`` with only the changed words."""
    lines = []
    for item in diffs:
        parts = [f"-{word}" for word in item.deleted] + [f"+{word}" for word in item.inserted]
        lines.append(f"{item.label}: {' '.join(parts)}")
    return lines


_REPORT_CSS = """
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; margin: 2em; }
h1 { font-size: 16pt; } table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.4em 0.6em; vertical-align: top; text-align: left; }
th.label { width: 16%; background: #f4f4f4; } td { width: 42%; }
del { background: #fbd3d0; color: #7b1d14; } ins { background: #d4f4d2; color: #14511c;
  text-decoration: none; } p.none { color: #555; }
"""


def _side(ops: list[WordOp], keep: OpKind, tag: str) -> str:
    parts = []
    for op in ops:
        if op.kind == "same":
            parts.append(escape(op.text))
        elif op.kind == keep:
            parts.append(f"<{tag}>{escape(op.text)}</{tag}>")
    return "".join(parts)


def diff_report_html(diffs: list[FieldDiff], old_name: str, new_name: str) -> str:
    """A standalone HTML page: old and new side by side, deleted and inserted words marked."""
    rows = "\n".join(
        f'<tr><th class="label">{escape(item.label)}</th>'
        f'<td>{_side(item.ops, "delete", "del")}</td>'
        f'<td>{_side(item.ops, "insert", "ins")}</td></tr>' for item in diffs)
    body = (f"<table><thead><tr><th>Bagian</th><th>{escape(old_name)}</th>"
            f"<th>{escape(new_name)}</th></tr></thead><tbody>\n{rows}\n</tbody></table>"
            if diffs else '<p class="none">Tidak ada perbedaan.</p>')
    return ('<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
            f"<title>Perbandingan: {escape(old_name)} ↔ {escape(new_name)}</title>\n"
            f"<style>{_REPORT_CSS}</style>\n</head>\n<body>\n"
            f"<h1>Perbandingan versi</h1>\n<p>{len(diffs)} bagian berubah.</p>\n{body}\n"
            "</body>\n</html>\n")
