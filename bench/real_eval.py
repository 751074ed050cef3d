"""Scores the checker on real published releases (``bench/data/real``), beside raw hunspell.

A finding is *right* when it overlaps a labelled error, *wrong* (a false alarm) when it
overlaps none, and not counted when it only touches an error the labeller marked uncertain.
A word flagged several times in one release is one finding (that is how Rilis reports it),
for both tools alike. The held-out half is the headline; the tuning half is what the rules
were fitted on.
"""

from __future__ import annotations

import difflib
import itertools
import json
import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.language import Checker, Finding
from app.language.report import group_findings
from app.language.tokens import match_case, tokenize

DATA = Path(__file__).resolve().parent / "data" / "real"
MASK = "◦"
"""A masked ordinary word in a skeleton (``bench.real_corpus``)."""
STAND_INS = ("meja", "kursi", "lemari", "piring", "gelas", "sendok", "jendela")
"""What the checker reads where a skeleton has ``MASK``: ordinary lowercase nouns that
hunspell accepts, that no rule reads as context and that no table lists — what a masked
word was. They take turns, so masks side by side never read as a repeated word. The
checker is given text, never the bench's mask sign."""
SPELLING_CLASSES = ("typo", "nonstandard")
ONE_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
"""A label that is one written word (*himbauan*, *Kanak-Kanak*, *Jum’at*)."""
ERROR_CLASSES = ("typo", "nonstandard", "eyd", "foreign")


@dataclass
class Outcome:
    findings: int = 0
    right: int = 0
    wrong: int = 0
    wrong_by_shape: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    first: int = 0
    top3: int = 0
    suggested_for: int = 0
    one_word_for: int = 0
    """Of ``suggested_for``, the labels that are one written word (``ONE_WORD``): the rest
    join words or marks (*Brosur Himbauan* → *brosur imbauan*), which one finding's
    suggestion mends only in part."""
    one_word_first: int = 0
    one_word_top3: int = 0
    wrong_examples: list[str] = field(default_factory=list)
    missed_examples: list[str] = field(default_factory=list)


@dataclass
class Split:
    name: str
    releases: list[dict[str, Any]]

    @property
    def words(self) -> int:
        return sum(int(r["words"]) for r in self.releases)

    @property
    def sites(self) -> int:
        return len({r["site"] for r in self.releases})


def load_raw_tuning(folders: list[Path]) -> Split:
    """The tuning half's releases as published (full text), from local labelled JSON that
    the repository does not hold: the unmasked check of the style rules."""
    from bench.real_corpus import error_spans, site_of

    held = {r["site"] for r in load_split("heldout").releases}
    releases = []
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            if site_of(record["url"]) in held:
                continue
            text = record["text"]
            releases.append({"id": path.stem, "site": site_of(record["url"]),
                             "words": len(re.findall(r"[^\W\d_]+", text)),
                             "skeleton": text, "errors": error_spans(text, record["errors"])})
    return Split("tuning-unmasked", releases)


def load_split(name: str) -> Split:
    path = DATA / f"{name}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return Split(name, [json.loads(line) for line in lines if line.strip()])


def shape(text: str) -> str:
    words = [t.text for t in tokenize(text)]
    if len(words) != 1:
        return "tanda baca/frasa"
    word = words[0]
    if word.islower():
        return "huruf kecil"
    if word.isupper():
        return "huruf kapital semua"
    return "berhuruf kapital"


def _fixed(error: dict[str, Any], start: int, end: int, suggestion: str) -> str:
    """The error's text with the suggestion applied to the finding's part of it; when the
    finding reaches beyond the error (*aktifitasnya* for *aktifitas*), the suggestion is
    compared over the finding's span instead (see ``_expected``)."""
    wrong: str = error["wrong"]
    a = max(0, start - error["start"])
    b = max(0, min(len(wrong), end - error["start"]))
    return wrong[:a] + suggestion + wrong[b:]


def _expected(error: dict[str, Any], text: str, start: int, end: int) -> str:
    """What the finding's span should read once the labelled error is corrected."""
    right: str = error["right"]
    if start <= error["start"] and error["end"] <= end:
        a, b = error["start"] - start, error["end"] - start
        return text[:a] + right + text[b:]
    return right


def _one_finding_right(error: dict[str, Any], start: int, end: int, found: str,
                       suggestions: tuple[str, ...]) -> tuple[bool, bool]:
    """(first, top 3) for one finding's suggestions against the labelled correction."""
    if start < error["start"] or end > error["end"]:
        fixes = list(suggestions)
        right = _expected(error, found, start, end)
    else:
        fixes = [_fixed(error, start, end, s) for s in suggestions]
        right = error["right"]
    return fixes[:1] == [right], right in fixes[:3]


def _character_edits(text: str, start: int, end: int, suggestion: str
                     ) -> list[tuple[int, int, str]]:
    """A finding's suggestion as the smallest character edits of the text it covers, so
    that two findings inside one label (a capital and a spelling) can both apply."""
    original = text[start:end]
    matcher = difflib.SequenceMatcher(None, original, suggestion, autojunk=False)
    return [(start + a, start + b, suggestion[c:d])
            for tag, a, b, c, d in matcher.get_opcodes() if tag != "equal"]


def _applied(text: str, window: tuple[int, int],
             chosen: list[tuple[int, int, str]]) -> str | None:
    """The window's text once every finding's chosen suggestion is applied; ``None`` when
    two findings want different things for the same characters."""
    edits: list[tuple[int, int, str]] = []
    for start, end, suggestion in chosen:
        edits.extend(_character_edits(text, start, end, suggestion))
    edits = sorted(set(edits))
    for before, after in itertools.pairwise(edits):
        if after[0] < before[1] or (after[0] == before[0] == before[1] == after[1]):
            return None
    out = text[window[0]:window[1]]
    for start, end, replacement in reversed(edits):
        out = out[:start - window[0]] + replacement + out[end - window[0]:]
    return out


def _together_right(error: dict[str, Any], text: str,
                    hits: list[tuple[int, int, tuple[str, ...]]]) -> tuple[bool, bool]:
    """(first, top 3) when the findings inside a label are applied together: the label
    `Karya Bhakti` → `karya bakti` needs a capital finding and a spelling finding, and a
    user who accepts both gets the correction. First: every finding's first suggestion;
    top 3: some choice among each finding's first three."""
    if len(hits) < 2 or len(hits) > 4 or not all(s for _a, _b, s in hits):
        return False, False
    window = (min([error["start"]] + [a for a, _b, _s in hits]),
              max([error["end"]] + [b for _a, b, _s in hits]))
    expected = (text[window[0]:error["start"]] + error["right"]
                + text[error["end"]:window[1]])
    firsts = [(a, b, s[0]) for a, b, s in hits]
    first = _applied(text, window, firsts) == expected
    top3 = first or any(
        _applied(text, window, [(a, b, pick) for (a, b, _s), pick in zip(hits, choice,
                                                                         strict=True)])
        == expected
        for choice in itertools.product(*(s[:3] for _a, _b, s in hits)))
    return first, top3


def _marks_only(part: str) -> bool:
    """Only punctuation and spaces: no letter or digit of a word."""
    return not any(ch.isalnum() for ch in part)


def _label_edits(error: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """The label's correction as separate edits (start, end in the label, what was written,
    what is right), the smallest character edits between its two texts."""
    wrong, right = error["wrong"], error["right"]
    matcher = difflib.SequenceMatcher(None, wrong, right, autojunk=False)
    edits: list[tuple[int, int, str, str]] = []
    for tag, a, b, c, d in matcher.get_opcodes():
        if tag != "equal":
            edits.extend(_marks_apart(a, wrong[a:b], right[c:d]))
    return edits


def _marks_apart(start: int, written: str, meant: str) -> list[tuple[int, int, str, str]]:
    """One edit as its letters and the marks after them, when both sides end in marks
    of their own (*Voly.* → *Voli*: a letter and a full stop, two errors)."""
    cut_w = len(written.rstrip(_MARKS))
    cut_m = len(meant.rstrip(_MARKS))
    if written[cut_w:] == meant[cut_m:] or not (written[:cut_w] or meant[:cut_m]):
        return [(start, start + len(written), written, meant)]
    return [(start, start + cut_w, written[:cut_w], meant[:cut_m]),
            (start + cut_w, start + len(written), written[cut_w:], meant[cut_m:])]


_MARKS = " .,;:!?\"'“”‘’()-–—/"


def _finding_part(edits: list[tuple[int, int, str, str]], wrong: str, start: int, end: int
                  ) -> tuple[str, set[int]] | None:
    """What the label says the finding's letters (``start:end``, label offsets) should read,
    and which of the label's edits that takes; ``None`` when an edit reaches across the
    finding's edge (the reader corrected more than the word, or rewrote it) or none is
    the finding's. A mark inserted right at its edge (*Jumat* + *,*) is not the word's."""
    inside: set[int] = set()
    for k, (a, b, _written, meant) in enumerate(edits):
        if a == b and a in (start, end):
            if not _marks_only(meant):
                inside.add(k)                # a letter added at the word's end is its own
        elif start <= a and b <= end:
            inside.add(k)
        elif a < end and start < b:
            return None
    if not inside:
        return None
    out = wrong[start:end]
    for k in sorted(inside, reverse=True):
        a, b, _written, meant = edits[k]
        out = out[:a - start] + meant + out[b - start:]
    return out, inside


def _parts_right(error: dict[str, Any], hits: list[tuple[int, int, tuple[str, ...]]]
                 ) -> tuple[bool, bool]:
    """(first, top 3) when a reader's label also holds punctuation or spacing of its own
    (*supir angkot, serta* → *sopir angkot serta*): marks between words are never part of
    a word's spelling (EYD V, III: tanda baca) but errors of their own, which a finding
    about the word need not mend. Each finding inside the label is judged on the edits
    that fall within its letters, every letter edit of the label must be some finding's,
    and only edits of marks and spaces may be left to nobody. Never credited: a finding
    reaching outside the label, an edit across a finding's edge, a capital left unmended
    (the label `Gotong Royongg` → `gotong royong` needs its capital too)."""
    edits = _label_edits(error)
    if not hits or not edits:
        return False, False
    covered: set[int] = set()
    first = top3 = True
    for start, end, suggestions in hits:
        a, b = start - error["start"], end - error["start"]
        if a < 0 or b > len(error["wrong"]):
            return False, False
        part = _finding_part(edits, error["wrong"], a, b)
        if part is None:
            return False, False
        expected, taken = part
        covered |= taken
        first = first and suggestions[:1] == (expected,)
        top3 = top3 and expected in suggestions[:3]
    left = [edit for k, edit in enumerate(edits) if k not in covered]
    if not left or not all(_marks_only(written + meant) for _a, _b, written, meant in left):
        return False, False                  # nothing left over: the other readings judge
    return first, top3


COMMA_LABELS = "eyd_comma"
"""The EYD labels whose whole correction is a comma put in or taken out (*tersebut,
karena* → *tersebut karena*): counted apart as well, because readers mark them
unevenly (bench/data/real/README.md)."""


def comma_only(wrong: str, right: str) -> bool:
    """Whether ``right`` differs from ``wrong`` only by commas (and the spaces beside them)."""
    def bare(text: str) -> str:
        return re.sub(r"[,\s]", "", text)
    return wrong.count(",") != right.count(",") and bare(wrong) == bare(right)


def score(groups: list[tuple[str, str, list[tuple[int, int]], tuple[str, ...]]],
          release: dict[str, Any], outcome: Outcome) -> None:
    """``groups``: (rule, text, spans, suggestions) — one reported finding each.

    A spelling-class error counts as rightly suggested when one finding's suggestion gives
    its correction, or when the findings inside it, applied together, do, or when they
    give its letters and only punctuation or spacing the reader put in the same label is
    left (``_parts_right``)."""
    errors = release["errors"]
    certain = [e for e in errors if not e["uncertain"]]
    caught_by: dict[int, list[tuple[int, int, tuple[str, ...], str]]] = {}
    for _rule, text, spans, suggestions in groups:
        hits = [i for i, e in enumerate(errors)
                for s, t in spans if s < e["end"] and e["start"] < t]
        certain_hits = [i for i in hits if not errors[i]["uncertain"]]
        if hits and not certain_hits:
            continue
        outcome.findings += 1
        if certain_hits:
            outcome.right += 1
            for i in dict.fromkeys(certain_hits):
                s, t = next((s, t) for s, t in spans
                            if s < errors[i]["end"] and errors[i]["start"] < t)
                caught_by.setdefault(i, []).append((s, t, suggestions, text))
        else:
            outcome.wrong += 1
            outcome.wrong_by_shape[shape(text)] += 1
            outcome.wrong_examples.append(f"{release['id']}: {text!r} ({_rule})")
    for i, error in enumerate(errors):
        if error["uncertain"]:
            continue
        outcome.errors[error["class"]] += 1
        comma = error["class"] == "eyd" and comma_only(error["wrong"], error["right"])
        outcome.errors[COMMA_LABELS] += comma
        if i in caught_by:
            outcome.caught[error["class"]] += 1
            outcome.caught[COMMA_LABELS] += comma
            if error["class"] in SPELLING_CLASSES:
                outcome.suggested_for += 1
                alone = [_one_finding_right(error, s, t, found, suggestions)
                         for s, t, suggestions, found in caught_by[i]]
                together = _together_right(
                    error, release["skeleton"],
                    [(s, t, suggestions) for s, t, suggestions, _f in caught_by[i]])
                parts = _parts_right(
                    error, [(s, t, suggestions) for s, t, suggestions, _f in caught_by[i]])
                first = any(f for f, _t in alone) or together[0] or parts[0]
                top3 = any(t for _f, t in alone) or together[1] or parts[1]
                outcome.first += first
                outcome.top3 += top3
                if ONE_WORD.fullmatch(error["wrong"]):
                    outcome.one_word_for += 1
                    outcome.one_word_first += first
                    outcome.one_word_top3 += top3
        else:
            outcome.missed_examples.append(
                f"{release['id']}: {error['wrong']!r} -> {error['right']!r} ({error['class']})")
    assert len(certain) == sum(1 for e in errors if not e["uncertain"])


def unmasked(skeleton: str) -> tuple[str, list[int]]:
    """The skeleton with each ``MASK`` replaced by a stand-in word, and for every offset of
    that text (and its end) the skeleton offset it came from; a stand-in's inner offsets
    fall on its mask."""
    pieces: list[str] = []
    back: list[int] = []
    turn = 0
    for offset, char in enumerate(skeleton):
        if char == MASK:
            word = STAND_INS[turn % len(STAND_INS)]
            turn += 1
            pieces.append(word)
            back.extend([offset] * len(word))
        else:
            pieces.append(char)
            back.append(offset)
    back.append(len(skeleton))
    return "".join(pieces), back


def rilis_groups(checker: Checker, skeleton: str
                 ) -> list[tuple[str, str, list[tuple[int, int]], tuple[str, ...]]]:
    """Rilis's findings on a skeleton, checked with its masks read as ordinary words and
    placed back on the skeleton's offsets."""
    text, back = unmasked(skeleton)
    findings = checker.check(text)

    def placed(start: int, end: int) -> tuple[int, int]:
        first = back[start]
        last = back[end - 1] + 1 if end > start else back[end]
        return first, last

    return [(f.rule, skeleton[placed(f.start, f.end)[0]:placed(f.start, f.end)[1]],
             [placed(a, b) for a, b in spans], f.suggestions)
            for f, spans in group_findings(findings)]


def raw_groups(dictionary: Any, text: str
               ) -> list[tuple[str, str, list[tuple[int, int]], tuple[str, ...]]]:
    by_word: dict[str, list[tuple[int, int]]] = {}
    for token in tokenize(text):
        if not dictionary.check(token.text):
            by_word.setdefault(token.text, []).append((token.start, token.end))
    return [("hunspell", word, spans, tuple(str(s) for s in dictionary.suggest(word)[:3]))
            for word, spans in by_word.items()]


def evaluate(split: Split, checker: Checker, dictionary: Any) -> dict[str, Outcome]:
    result = {"rilis": Outcome(), "raw": Outcome()}
    for release in split.releases:
        score(rilis_groups(checker, release["skeleton"]), release, result["rilis"])
        score(raw_groups(dictionary, release["skeleton"]), release, result["raw"])
    return result


def figures(outcome: Outcome, words: int) -> dict[str, float]:
    caught = sum(outcome.caught[c] for c in ("typo", "nonstandard", "eyd"))
    errors = sum(outcome.errors[c] for c in ("typo", "nonstandard", "eyd"))
    return {
        "false_alarms_per_1000": 1000 * outcome.wrong / max(1, words),
        "precision": 100 * outcome.right / max(1, outcome.findings),
        "caught": 100 * caught / max(1, errors),
        **{f"caught_{c}": 100 * outcome.caught[c] / max(1, outcome.errors[c])
           for c in ERROR_CLASSES},
        "caught_eyd_comma": 100 * outcome.caught[COMMA_LABELS] / max(
            1, outcome.errors[COMMA_LABELS]),
        "caught_eyd_other": 100 * (outcome.caught["eyd"] - outcome.caught[COMMA_LABELS]) / max(
            1, outcome.errors["eyd"] - outcome.errors[COMMA_LABELS]),
        "errors_eyd_comma": outcome.errors[COMMA_LABELS],
        "first": 100 * outcome.first / max(1, outcome.suggested_for),
        "top3": 100 * outcome.top3 / max(1, outcome.suggested_for),
        "top3_one_word": 100 * outcome.one_word_top3 / max(1, outcome.one_word_for),
        "top3_more": 100 * (outcome.top3 - outcome.one_word_top3) / max(
            1, outcome.suggested_for - outcome.one_word_for),
        "suggested_for": outcome.suggested_for, "one_word_for": outcome.one_word_for,
        "findings": outcome.findings, "wrong": outcome.wrong, "right": outcome.right,
        **{f"errors_{c}": outcome.errors[c] for c in ERROR_CLASSES},
    }


def timing_1000(checker: Checker, split: Split) -> float:
    """Median ms to check 1,000 words of the split's text (warm checker)."""
    text = ""
    for release in split.releases:
        text += unmasked(release["skeleton"])[0] + "\n\n"
        if len(re.findall(r"\w+", text)) >= 1000:
            break
    checker.check(text)
    runs = []
    for _ in range(7):
        begin = time.perf_counter()
        checker.check(text)
        group_findings(checker.check(text))
        runs.append((time.perf_counter() - begin) * 1000 / 2)
    return statistics.median(runs)


def match_shape(word: str, candidate: str) -> str:
    return match_case(word, candidate)


__all__ = ["Finding", "Outcome", "Split", "evaluate", "figures", "load_split", "timing_1000"]
