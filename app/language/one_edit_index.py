"""Whether a word is one keystroke from a word of a fixed list, without making its edits.

``any(edit in words for edit in edits1(word))`` makes some 450 strings for a ten-letter
word: about 0.13 ms, asked for most unknown words of a check (``Checker._domain_slip``:
170 times, 21 ms, in the first check of a 1,000-word real release). Instead each listed
word is indexed under itself and its one-letter deletions (the symmetric-delete idea, as
``two_edits``): a word one deletion, insertion, substitution or transposition from a
listed word shares one of these keys with it, so the word's own dozen keys find every
candidate, and each candidate is then tested exactly against what ``edits1`` makes
(some 20 µs a word in all).

Building the index costs some 10 ms, reading it back from the user cache some 3 ms (with
a ``cache_key`` naming the list): more than a check with a dozen unknown words spends on
their edits. So the first ``EDITS_FIRST`` questions are answered from the edits, and only
a process that asks more (a long or unusual text) reads or builds the index.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import cast

from app.language import data_cache
from app.language.vocabulary import ALPHABET, edits1

CACHE_FOLDER = "satu-ketik"
FORMAT = b"rilis-one-edit-index-1"
EDITS_FIRST = 16
"""Questions answered from the word's edits before the index is read or built."""

Index = dict[str, str]
"""A word or one of its one-letter deletions -> the listed words with that key,
newline-joined."""


def _keys(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}


def _build(words: Iterable[str]) -> Index:
    index: Index = {}
    for word in words:
        for key in _keys(word):
            known = index.get(key)
            index[key] = word if known is None else f"{known}\n{word}"
    return index


def is_edit(word: str, other: str) -> bool:
    """Whether ``edits1(word)`` makes ``other``: one deletion, one transposition of
    neighbours (of two like letters too, which gives the word itself), one substitution
    or insertion of a letter of ``ALPHABET``."""
    size = len(word)
    if len(other) == size - 1:
        return any(word[:i] + word[i + 1:] == other for i in range(size))
    if len(other) == size + 1:
        return any(other[i] in ALPHABET and other[:i] + other[i + 1:] == word
                   for i in range(size + 1))
    if len(other) != size:
        return False
    if other == word:
        return any(word[i] == word[i + 1] for i in range(size - 1))
    places = [i for i in range(size) if word[i] != other[i]]
    if len(places) == 1:
        return other[places[0]] in ALPHABET
    if len(places) == 2:
        first, second = places
        return second == first + 1 and word[first] == other[second] \
            and word[second] == other[first]
    return False


def _is_index(value: object) -> bool:
    """The shape the cache keeps (checked in C: the index has thousands of keys)."""
    return type(value) is dict and set(map(type, value)) <= {str} \
        and set(map(type, value.values())) <= {str}


class OneEditIndex:
    """The words ``words()`` returns (no newline in any), for :meth:`near`."""

    def __init__(self, name: str, words: Callable[[], Iterable[str]],
                 cache_key: bytes | None = None) -> None:
        """``cache_key`` names what ``words()`` returns (its data and code): the index is
        then kept in the cache (an entry per ``name``) under it; None: built anew in each
        process that needs it."""
        self._entry = data_cache.entry_file("one-edit-index", name)
        self._source = words
        self._cache_key = cache_key
        self._index: Index | None = None
        self._words: set[str] | None = None
        self._asked = 0

    def _load(self) -> Index:
        if self._index is None:
            header = None
            if self._cache_key is not None:
                header = FORMAT + b" " + hashlib.sha256(
                    self._cache_key + b"\0" + data_cache.module_bytes(__name__)
                ).hexdigest().encode() + b"\n"
                kept = data_cache.read_data(CACHE_FOLDER, self._entry, header)
                if _is_index(kept):
                    self._index = cast(Index, kept)
                    return self._index
            self._index = _build(set(self._source()))
            if header is not None:
                data_cache.write_data(CACHE_FOLDER, self._entry, header, self._index)
        return self._index

    def near(self, word: str) -> bool:
        """``any(edit in words for edit in edits1(word))``, the same answer."""
        if self._index is None and self._asked < EDITS_FIRST:
            self._asked += 1
            if self._words is None:
                self._words = set(self._source())
            words = self._words
            return any(edit in words for edit in edits1(word))
        index = self._load()
        for key in _keys(word):
            found = index.get(key)
            if found is not None and any(is_edit(word, other)
                                         for other in found.split("\n")):
                return True
        return False
