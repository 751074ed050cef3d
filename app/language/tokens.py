"""Splitting text into words with offsets, the same way for every part of the checker."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from app.language.module_regex import ModulePatterns

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

WORD_RE = _PATTERNS.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
"""A word: letters, optionally joined by hyphens or apostrophes (``isu-isu``, ``Jum'at``)."""

_ROMAN_RE = _PATTERNS.compile(r"^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")


class Token(NamedTuple):
    """A word and its offsets. A named tuple, not a frozen dataclass: a check makes one per
    word, and a frozen dataclass's ``__init__`` (three ``object.__setattr__`` calls) cost
    about as much as finding the words."""

    start: int
    end: int
    text: str


def tokenize(text: str) -> Iterator[Token]:
    """Every word of ``text`` with its offsets."""
    for match in WORD_RE.finditer(text):
        yield Token(match.start(), match.end(), match.group())


def word_list(text: str) -> list[str]:
    return [match.group() for match in WORD_RE.finditer(text)]


def is_roman_numeral(word: str) -> bool:
    """Small Roman numerals (``V`` in *Pangdam V*, ``XII``) are not words to spell-check."""
    return bool(word) and bool(_ROMAN_RE.match(word))


def is_capitalized(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:] == word[1:].lower()


def is_all_caps(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def match_case(template: str, replacement: str) -> str:
    """``replacement`` in the capitalisation of ``template`` (HIMBAUAN -> IMBAUAN)."""
    if not replacement:
        return replacement
    words, replacements = template.split(), replacement.split()
    if len(words) > 1 and len(words) == len(replacements):      # Kepolisian Resort
        return " ".join(match_case(w, r) for w, r in zip(words, replacements, strict=True))
    if is_all_caps(template) and not is_all_caps(replacement):
        return replacement.upper()
    if template[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement
