"""Known words two slips from a typo (*kpolisin* → *kepolisian*, *sekran* → *sekarang*).

One-edit candidates come from trying every edit of the typo against the word sets; two
edits that way are hundreds of thousands of strings. Instead each known word is indexed
under itself and its one-letter deletions (the symmetric-delete idea of SymSpell), and the
typo's own one-edit strings and two-letter deletions are looked up there. That finds every
word two slips away where one of the slips is a letter left out or typed extra — the
commonest slips, and so the commonest pairs — in a few hundred dictionary look-ups; two
wrong keys in one word are left to hunspell.

The deletion keys miss two slips that leave the length as it is: a letter moved two or
three places (*kesetahan* for *kesehatan*) and two pairs swapped (*pelyaanna* for
*pelayanan*). Both keep the word's letters, so each bucket also keys its words by their
letters sorted (one key a word); a typo with the same letters is a moved letter or two
swaps away. Two wrong keys in one word (*kamtobnas* for *kamtibmas*) are looked
for only in a smaller word list (``substitutions``: the service vocabulary and the common
words), by comparing the typo with its words of the same length and first letter, letter
by letter.

The index is built per word length and first letter, the first time a typo of a nearby
length with that first letter needs it (a millisecond or two each), so a check that never
needs two edits never pays for it. The first letter is the one a writer least often gets
wrong (``ranking.FIRST_LETTER``): a typo is compared with the words that start like it.
Grouping the word lists by length and first letter walks tens of thousands of words (some
25 ms, the largest cost of a ``rilis check`` with a typo in it); given a ``cache_key`` that
names the lists' source, the groups are kept in the user cache folder and read back whole,
and so is each bucket's index once built (one entry a bucket: a process reads only those
its typos need).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import cast

from app.language import data_cache
from app.language.vocabulary import edits1

logger = logging.getLogger(__name__)

CACHE_FOLDER = "dua-ketik"
FORMAT = b"rilis-two-edit-groups-1"

Groups = dict[tuple[int, str], str]
"""Lowercase words by (length, first letter), newline-joined: the compact form the cache
keeps (one string a group reads back in one step)."""

MIN_LENGTH = 5
"""Shorter typos are two slips from too many words to say which was meant."""
MAX_LENGTH = 25
"""The longest Indonesian words (*ketidakbertanggungjawaban*)."""


@lru_cache(maxsize=256)
def one_edit(word: str) -> frozenset[str]:
    """Strings one slip from ``word`` (itself excluded), kept for the few words being
    suggested for: each candidate source of a word walks the same set."""
    return frozenset(edits1(word)) - {word}


def osa_within(a: str, b: str, limit: int) -> bool:
    """Whether the optimal string alignment distance of ``a`` and ``b`` is at most
    ``limit`` (a banded table: cells farther than ``limit`` off the diagonal never are)."""
    if abs(len(a) - len(b)) > limit:
        return False
    big = limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [big] * len(b)
        low, high = max(1, i - limit), min(len(b), i + limit)
        for j in range(low, high + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, previous2[j - 2] + 1)
            current[j] = min(best, big)
        if min(current[max(0, low - 1):high + 1]) > limit:
            return False
        previous2, previous = previous, current
    return previous[len(b)] <= limit


MAX_MOVE = 3
"""A letter moved farther than this is no longer one slip of the hand."""


def moved_letter(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter taken out and put back two or three places
    away, or with two letters one apart exchanged (one slip: a finger early or late;
    *kesetahan* for *kesehatan*). A move of one place is a transposition."""
    if len(a) != len(b) or a == b:
        return False
    start = next(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
    end = len(a) - next(i for i, (x, y) in enumerate(zip(a[::-1], b[::-1], strict=True))
                        if x != y)
    left, right = a[start:end], b[start:end]
    if not 3 <= len(left) <= MAX_MOVE + 1:
        return False
    return right in (left[1:] + left[0], left[-1] + left[:-1]) or (
        len(left) == 3 and right == left[::-1])


def hamming_within(a: str, b: str, limit: int) -> bool:
    """Whether ``a`` and ``b``, of one length, differ in at most ``limit`` places."""
    differences = 0
    for x, y in zip(a, b, strict=True):
        if x != y:
            differences += 1
            if differences > limit:
                return False
    return True


_ENTRY = data_cache.entry_file("two-edit-groups")


def _grouped(words: Iterable[str]) -> Groups:
    """The lowercase alphabetic ``words`` by length and first letter (see ``Groups``)."""
    lists: dict[tuple[int, str], list[str]] = {}
    for word in words:
        if word.isalpha() and word.islower():
            lists.setdefault((len(word), word[0]), []).append(word)
    return {key: "\n".join(members) for key, members in lists.items()}


def _is_groups_pair(value: object) -> bool:
    """The shape the cache keeps (what is read back is checked before use)."""
    return isinstance(value, tuple) and len(value) == 2 and all(
        isinstance(groups, dict) and all(
            isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], int)
            and isinstance(key[1], str) and isinstance(members, str)
            for key, members in groups.items())
        for groups in value)


Bucket = tuple[dict[str, str], dict[str, str]]
"""The index of the words of one length and first letter: each word and each of its
one-letter deletions -> the words it stands for, and each word's letters sorted -> the
words spelt with them (space-separated: no list per key, so a bucket is built in a few
ms)."""


def _indexed(words: list[str]) -> Bucket:
    keys: dict[str, str] = {}
    letters: dict[str, str] = {}
    get = keys.get
    for word in words:
        for key in {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}:
            known = get(key)
            keys[key] = word if known is None else f"{known} {word}"
        spelt = "".join(sorted(word))
        known = letters.get(spelt)
        letters[spelt] = word if known is None else f"{known} {word}"
    return keys, letters


def _is_bucket(value: object) -> bool:
    """The shape the cache keeps (checked in C: a bucket has thousands of keys)."""
    return isinstance(value, tuple) and len(value) == 2 and all(
        type(table) is dict and set(map(type, table)) <= {str}
        and set(map(type, table.values())) <= {str} for table in value)


class TwoEditIndex:
    """Words of ``words`` (lowercase) within two slips of a typo."""

    def __init__(self, words: Callable[[], Iterable[str]],
                 substitutions: Callable[[], Iterable[str]] = tuple,
                 cache_key: bytes | None = None) -> None:
        """``cache_key`` names what ``words`` and ``substitutions`` return (the data and
        the code that derive them): the groups are then kept in the cache under it. None:
        they are grouped anew in each process."""
        self._source = words
        self._substitution_source = substitutions
        self._cache_key = cache_key
        self._groups: Groups | None = None
        self._small: Groups | None = None
        """The ``substitutions`` words by length and first letter."""
        self._header: bytes | None = None
        self._buckets: dict[tuple[int, str], Bucket] = {}
        """Per word length and first letter: the index of its words (see ``Bucket``)."""

    def _kept_header(self) -> bytes | None:
        """The header of this index's cache entries (None: nothing is kept)."""
        if self._header is None and self._cache_key is not None:
            self._header = FORMAT + b" " + hashlib.sha256(
                self._cache_key + b"\0" + data_cache.module_bytes(__name__)
            ).hexdigest().encode() + b"\n"
        return self._header

    def _load(self) -> tuple[Groups, Groups]:
        """Both word lists grouped, from the cache when it holds them for this key."""
        if self._groups is None or self._small is None:
            header = self._kept_header()
            if header is not None:
                kept = data_cache.read_data(CACHE_FOLDER, _ENTRY, header)
                if _is_groups_pair(kept):
                    self._groups, self._small = cast(tuple[Groups, Groups], kept)
                    return self._groups, self._small
            self._groups = _grouped(self._source())
            self._small = _grouped(set(self._substitution_source()))
            if header is not None:
                data_cache.write_data(CACHE_FOLDER, _ENTRY, header, (self._groups, self._small))
        return self._groups, self._small

    def _bucket(self, length: int, first: str) -> Bucket:
        """The index of the words of this length and first letter: kept in the cache
        with the groups (building one walks a few hundred words, some 2 ms; reading it
        back a third of that)."""
        bucket = self._buckets.get((length, first))
        if bucket is None:
            header = self._kept_header()
            entry = data_cache.entry_file("two-edit-bucket", str(length), first)
            kept = data_cache.read_data(CACHE_FOLDER, entry, header) \
                if header is not None else None
            if _is_bucket(kept):
                bucket = cast(Bucket, kept)
            else:
                group = self._load()[0].get((length, first))
                bucket = _indexed(group.split("\n") if group else [])
                if header is not None:
                    data_cache.write_data(CACHE_FOLDER, entry, header, bucket)
            self._buckets[(length, first)] = bucket
        return bucket

    def _substitutes(self, typo: str) -> set[str]:
        """Words of the small list two wrong keys from ``typo`` (same length)."""
        group = self._load()[1].get((len(typo), typo[0]))
        return {word for word in group.split("\n")
                if word != typo and hamming_within(typo, word, 2)} if group else set()

    def near(self, typo: str) -> set[str]:
        """Known words one or two slips from ``typo`` (lowercase), itself excluded."""
        lowered = typo.lower()
        size = len(lowered)
        if not MIN_LENGTH <= size <= MAX_LENGTH or not lowered.isalpha():
            return set()
        buckets = [self._bucket(length, lowered[0]) for length in range(size - 2, size + 3)]
        queries = set(one_edit(lowered))
        for i in range(size):
            shorter = lowered[:i] + lowered[i + 1:]
            queries.update(shorter[:j] + shorter[j + 1:] for j in range(len(shorter)))
        found: set[str] = set()
        for keys, _letters in buckets:
            for query in queries & keys.keys():
                found.update(keys[query].split(" "))
        moved = set((buckets[2][1].get("".join(sorted(lowered))) or "").split())
        found.discard(lowered)
        moved.discard("")
        moved.discard(lowered)
        near = {word for word in found if word[0] == lowered[0] and osa_within(lowered, word, 2)}
        near.update(word for word in moved if word[0] == lowered[0] and (
            moved_letter(lowered, word) or osa_within(lowered, word, 2)))
        return near | self._substitutes(lowered)
