"""The warm-check speed-ups (issue 10) change no finding: each faster path gives what the
plain search it replaces gives, on fictional texts built to hit the edge cases."""

from __future__ import annotations

import random
import re

import pytest

from app.language import Checker, context, regex_starts, spelling, suggest
from app.language.context import LINK_RE, SKIP_RE, link_spans, skip_spans
from app.language.regex_starts import Haystack, finditer, literal_starts
from app.language.spans import Spans
from app.language.style import _DOUBLED_WORD_RE, StyleChecker

_PIECES = ("https://polres-contoh.id/berita", "www.contoh.com", "humas@polres.go.id",
           "#PolriPresisi", "@humaspolres", "contoh.id", "Foto: Humas", "Editor : Budi",
           "(ant/rr)", "(red)", "XII/Polres", "SUKAMAJU, Warta -- ", "–", "\n", "\n\n", " ",
           "\t", ".", "-", "warga", "Warga", "_", "7", "é", "dan", "Dan", "DAN", "'", "’")


def _texts(count: int, seed: int) -> list[str]:
    chooser = random.Random(seed)
    return ["".join(chooser.choice(_PIECES) for _ in range(chooser.randint(1, 14)))
            for _ in range(count)]


def test_line_by_line_spans_are_the_whole_text_search() -> None:
    for text in _texts(3000, 7):
        assert link_spans(text) == [m.span() for m in LINK_RE.finditer(text)], text
        assert skip_spans(text) == [m.span() for m in SKIP_RE.finditer(text)], text
        assert link_spans(text) == [m.span() for m in LINK_RE.finditer(text)], text  # cached


def test_line_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "MAX_CACHED_LINES", 10)
    for number in range(50):
        skip_spans(f"Baris nomor {number} di situs contoh{number}.id\nlagi")
    assert 0 < len(context._SKIPPED_IN_LINE) <= 10
    assert skip_spans("Baris di situs contoh3.id") == [(15, 25)]


def test_merged_spans_answer_overlaps_as_the_scan_does() -> None:
    chooser = random.Random(11)
    for _ in range(2000):
        spans = [(start, start + chooser.randint(0, 6))
                 for start in (chooser.randint(0, 60) for _ in range(chooser.randint(0, 12)))]
        for merge in (True, False):
            found = Spans(spans, merge=merge)
            for _ in range(20):
                start = chooser.randint(-2, 70)
                end = start + chooser.randint(0, 8)
                slow = next(found.overlapping(start, end), None) is not None
                assert found.overlaps(start, end) == slow, (spans, merge, start, end)


def _doubled_by_search(text: str) -> list[tuple[int, int]]:
    """The former scan: the regex at every pair of neighbouring words."""
    found, position = [], 0
    while (match := _DOUBLED_WORD_RE.search(text, position)) is not None:
        first, second = match.group(1), match.group(3)
        if first.lower() == second.lower() and (first == second or first.lower() == second):
            found.append(match.span())
            position = match.end()
        else:
            position = match.start(3)
    return found


def test_doubled_words_as_the_pairwise_search() -> None:
    texts = [*_texts(3000, 3), "dan dan dan", "Para para", "para Para", "dan-dan dan",
             "Jum'at at", "ya ya1", "di  di\tdi di"]
    for text in texts:
        fast = [(f.start, f.end) for f in StyleChecker._doubled_words(None, text)]  # type: ignore[arg-type]
        assert fast == _doubled_by_search(text), text
    assert [(f.start, f.end) for f in
            StyleChecker._doubled_words(None, "dan dan dan")] == [(0, 7)]  # type: ignore[arg-type]


@pytest.mark.parametrize("heads", [0, 2, 32, 10_000])
def test_literal_places_do_not_depend_on_the_first_character_index(
        monkeypatch: pytest.MonkeyPatch, heads: int) -> None:
    monkeypatch.setattr(regex_starts, "MAX_HEADS", heads)
    pattern = re.compile(r"(?<![\w-])(?:se|antar|pasca|Ke)[ \t]+\w+", re.MULTILINE)
    starts = literal_starts(pattern)
    assert starts is not None
    for text in [*_texts(500, 5), "Ke  rumah antar warga, pasca banjir se kota"]:
        places = Haystack(text).places(starts)
        assert [m.span() for m in finditer(pattern, places, text)] == \
            [m.span() for m in pattern.finditer(text)], text


def test_positions_stop_past_the_limit() -> None:
    assert regex_starts.positions("a a a a a", "a", 2) == [0, 2, 4]
    assert regex_starts.positions("a a a a a", "a") == [0, 2, 4, 6, 8]
    assert regex_starts.positions("aaa", "aa") == [0, 1]


def test_dictionary_and_suggestion_caches_are_bounded(monkeypatch: pytest.MonkeyPatch,
                                                      checker: Checker) -> None:
    """Every candidate a suggestion tries is a dictionary look-up: over a long day of
    typing, unbounded caches grew without end (tens of megabytes an hour). Both start over
    when full, and still answer the same."""
    monkeypatch.setattr(spelling, "MAX_CACHED_CHECKS", 300)
    monkeypatch.setattr(suggest, "MAX_CACHED_SUGGESTIONS", 5)
    chooser = random.Random(3)
    for _ in range(12):
        unknown = "".join(chooser.choice("abdegikmnprstu") for _ in range(8))
        checker.check(f"Petugas berpatroli di {unknown} bersama warga.")
        assert len(checker.backend._cache) <= 300
        assert len(checker._suggester._cache) <= 5
    first = checker.check("Petugas menghimbau wraga.")
    assert [f.suggestions for f in first] == [
        f.suggestions for f in checker.check("Petugas menghimbau wraga.")]
