"""Suggestions fitted to where the word stands: what a copy editor writes in its place.

Each rule sees one word; the place decides the rest. Three general corrections:

- a suggestion is never a non-standard form itself: *meng himbau* joined is *menghimbau*,
  which the KBBI table writes *mengimbau*, so that is what is offered;
- a misspelt or non-standard common word written with a capital in mid-sentence gets its
  correction in lower case (EYD V, huruf kapital: common nouns are not capitalised), so
  one click fixes both slips (*orang Personil yakni* → *personel*, not *Personel*);
- a finding the corrected one already covers is dropped (*himbau* inside *meng himbau*).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from typing import Protocol

from app.language.finding import Finding
from app.language.style import RULE_CAPITAL_MIDDLE, RULE_FOREIGN, RULE_NONSTANDARD
from app.language.tokens import is_capitalized, match_case

RULE_SPELLING = "ejaan"
"""``checker.RULE_SPELLING`` (the checker imports this module, not the other way round)."""
WORD_RULES = frozenset({RULE_SPELLING, RULE_NONSTANDARD, RULE_FOREIGN})
"""Rules about the word itself: their suggestion may also mend its case."""

_BEFORE_MIDDLE = re.compile(r"(?:(?<![\w-])[a-z][a-z-]*|◦)(?: ◦)*(?: \d+(?:[.,]\d+)?)?,? $")
"""A lowercase word (``◦``: one masked in the real-text bench), perhaps a number (*6
Personil*) or a comma, then one space: the word after it stands in mid-sentence."""
_AFTER_COMMON = re.compile(r"(?: (?:[a-z]|◦)|[.,;:!?)])")
"""A lowercase word or punctuation next: the capitalised word does not start a name."""
LOOK_BACK = 60


class Terms(Protocol):
    """The lexicon (``lexicon.Lexicon``): its entries by category."""

    @property
    def categories(self) -> Mapping[str, Collection[str]]: ...


def fit_to_context(text: str, findings: list[Finding], standard: Mapping[str, str],
                   established: Collection[str], is_word: Callable[[str], bool],
                   terms: Terms) -> list[Finding]:
    """``findings`` with suggestions in their standard form and the case the place needs.

    ``standard``: the KBBI table of non-standard → standard forms (lower case keys);
    ``established``: the lexicon's ordinary words (*personel*, *kamtibmas*) that follow
    EYD although a unit or office is written with them capitalised; ``is_word``: whether a
    lowercase word is correct; ``terms``: the lexicon, to keep the capital of an office or
    unit it lists as a word of its own (*Bupati*, *Bhabinkamtibmas*)."""
    fitted: list[Finding] = []
    normalised: list[tuple[int, int]] = []
    lowered: list[tuple[int, int]] = []
    for finding in findings:
        suggestions = _standard_forms(finding.suggestions, standard)
        if suggestions != finding.suggestions:
            normalised.append((finding.start, finding.end))
        if finding.rule in WORD_RULES and is_capitalized(finding.text) and \
                _in_mid_sentence(text, finding):
            cased = tuple(dict.fromkeys(
                _lowered(s, established, is_word, terms) for s in suggestions))
            if cased != suggestions:
                lowered.append((finding.start, finding.end))
            suggestions = cased
        if suggestions != finding.suggestions:
            message = finding.message
            if finding.suggestions and suggestions:
                message = message.replace(f"“{finding.suggestions[0]}”", f"“{suggestions[0]}”")
            finding = replace(finding, suggestions=suggestions, message=message)
        fitted.append(finding)
    return [finding for finding in fitted
            if not _mended_by_another(finding, normalised, lowered)]


def _standard_forms(suggestions: tuple[str, ...], standard: Mapping[str, str]
                    ) -> tuple[str, ...]:
    """Each suggestion in its standard form, when the KBBI table lists it as non-standard."""
    forms = []
    for suggestion in suggestions:
        right = standard.get(suggestion.lower())
        forms.append(match_case(suggestion, right) if right else suggestion)
    return tuple(dict.fromkeys(forms))


def _in_mid_sentence(text: str, finding: Finding) -> bool:
    """A capitalised word between a lowercase word and a lowercase word or punctuation,
    as a common noun stands; not before another capitalised word, where it may head a
    name (*dari Kementrian Dalam Negeri*)."""
    before = text[max(0, finding.start - LOOK_BACK):finding.start]
    return bool(_BEFORE_MIDDLE.search(before)) and bool(_AFTER_COMMON.match(text, finding.end))


def _lowered(suggestion: str, established: Collection[str], is_word: Callable[[str], bool],
             terms: Terms) -> str:
    """The suggestion in lower case when every word of it is a common word: not an office,
    unit or name the lexicon lists capitalised as an entry of its own (*Bupati*,
    *Bhabinkamtibmas*; not *Bakti*, which is only part of *Bakti TNI*), unless the lexicon
    also keeps it as an established ordinary word (*kamtibmas*)."""
    if not is_capitalized(suggestion.split(" ", 1)[0]):
        return suggestion
    lowered = suggestion.lower()
    for word in lowered.split():
        capitalised = word.capitalize()
        capitalised_term = word not in established and any(
            capitalised in entries for entries in terms.categories.values())
        if capitalised_term or not is_word(word):
            return suggestion
    return lowered


def _mended_by_another(finding: Finding, normalised: list[tuple[int, int]],
                      lowered: list[tuple[int, int]]) -> bool:
    """A non-standard word inside a longer finding now corrected to the standard form
    (*himbau* in *meng himbau*), or a mid-sentence capital on a word whose correction is
    now in lower case: the other finding mends both."""
    span = (finding.start, finding.end)
    if finding.rule == RULE_NONSTANDARD:
        return any(start <= finding.start and finding.end <= end and (start, end) != span
                   for start, end in normalised)
    return finding.rule == RULE_CAPITAL_MIDDLE and span in lowered
