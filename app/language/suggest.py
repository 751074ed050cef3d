"""Suggestions ranked for press releases: the closest spelling first, domain words first.

Candidates are every known word one edit away (our own acceptance: dictionary, lexicon,
affixes) plus hunspell's own suggestions; they are ordered by edit distance, then by
whether the lexicon knows them, then by hunspell's order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from app.language import vocabulary
from app.language.tokens import is_all_caps, is_capitalized, match_case

logger = logging.getLogger(__name__)

MAX_SUGGESTIONS = 5


def edits1(word: str) -> set[str]:
    """All strings one deletion, transposition, substitution or insertion away."""
    return set(vocabulary.edits1(word)) - {word}


def distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein without re-edits)."""
    a, b = a.lower(), b.lower()
    rows = len(a) + 1
    cols = len(b) + 1
    table = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        table[i][0] = i
    for j in range(cols):
        table[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, table[i - 2][j - 2] + 1)
            table[i][j] = best
    return table[-1][-1]


class Suggester:
    """Ranks candidates for one misspelt word."""

    def __init__(
        self,
        accepts: Callable[[str], bool],
        hunspell_suggest: Callable[[str], list[str]],
        is_domain: Callable[[str], bool],
        frequent: Iterable[str] = (),
        index: Callable[[str], dict[str, float]] | None = None,
    ) -> None:
        self._accepts = accepts
        self._hunspell = hunspell_suggest
        self._is_domain = is_domain
        self._frequent = {word.lower(): rank for rank, word in enumerate(frequent)}
        self._index = index
        """Known words one edit away with their zipf frequency, from in-memory sets: the
        fast path. hunspell's own suggestions (tens of ms each) are asked only when it
        finds nothing."""
        self._cache: dict[str, tuple[str, ...]] = {}

    def suggest(self, word: str) -> tuple[str, ...]:
        cached = self._cache.get(word)
        if cached is None:
            cached = self._compute(word)
            self._cache[word] = cached
        return cached

    def clear(self) -> None:
        self._cache.clear()

    def _known_form(self, candidate: str) -> str | None:
        """The candidate in the capitalisation the dictionaries accept it in."""
        for form in (candidate, candidate.capitalize(), candidate.upper()):
            if self._accepts(form):
                return form
        return None

    def _compute(self, word: str) -> tuple[str, ...]:
        lowered = word.lower()
        candidates: dict[str, int] = {}
        zipf: dict[str, float] = {}
        if self._index is not None and len(lowered) <= 30:
            zipf = self._index(word)
            if len(zipf) >= MAX_SUGGESTIONS - 2:
                return self._ranked(word, {candidate: 100 for candidate in zipf}, zipf)
            candidates.update({candidate: 100 for candidate in zipf})
        for rank, hint in enumerate(self._hunspell(word)):
            if hint.lower() == lowered or ("-" in hint and "-" not in word):
                continue
            if " " in hint and (hint.replace(" ", "").lower() != lowered
                                or min(len(part) for part in hint.split()) < 3):
                continue                     # only a missing space: terimakasih
            candidates.setdefault(hint, rank)
        if len(lowered) <= 30:
            for edit in sorted(edits1(lowered)):
                form = self._known_form(edit)
                if form is not None:
                    candidates.setdefault(form, 100)
        proper = self._known_form(lowered)
        if proper is not None and proper != word:
            candidates[proper] = -1          # only the case is wrong: polres -> Polres
        return self._ranked(word, candidates, zipf)

    def _ranked(self, word: str, candidates: dict[str, int],
                zipf: dict[str, float]) -> tuple[str, ...]:
        lowered = word.lower()
        lowercase_word = word.islower()

        def score(item: tuple[str, int]) -> tuple[int, int, float, int, int, int, int]:
            candidate, rank = item
            frequent = self._frequent.get(candidate.lower(), 10_000)
            # a lowercase typo is rarely a misspelt acronym or name (yan -> yang, not Jan)
            case_mismatch = int(lowercase_word and not candidate.islower() and rank != -1)
            # the first letter is rarely the slip (menaikan -> menaikkan, not kenaikan)
            first_changed = int(candidate[:1].lower() != lowered[:1])
            return (
                distance(lowered, candidate) + case_mismatch,
                first_changed,
                -zipf.get(candidate, 0.0),
                0 if frequent < 10_000 else 1,
                0 if self._is_domain(candidate) else 1,
                frequent,
                rank,
            )

        ranked = [candidate for candidate, _ in sorted(candidates.items(), key=score)]
        shaped = [self._shape(word, candidate) for candidate in ranked]
        unique: list[str] = []
        for candidate in shaped:
            if candidate not in unique:
                unique.append(candidate)
        return tuple(unique[:MAX_SUGGESTIONS])

    @staticmethod
    def _shape(word: str, candidate: str) -> str:
        """Keep the user's capitals (headline words) unless the case itself was the error."""
        if is_all_caps(word):
            return candidate.upper()
        if is_capitalized(word) or word[:1].isupper():
            return match_case(word, candidate)
        return candidate
