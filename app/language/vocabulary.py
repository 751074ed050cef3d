"""Word frequencies and Kemendagri place words: what is common in Indonesian text.

Data (``resources/bahasa``, made by ``scripts/build_language_data.py``): the ``wordfreq``
list for Indonesian with zipf frequencies and whether hunspell accepts each word, and every
word of the Kemendagri region and village names. The checker uses them to rank
suggestions, to admit capitalised and all-caps words common in Indonesian text (names,
places), and to find the frequent word that a rare spelling is one slip away from.

A frequency never makes a lowercase word right on its own: frequent mistakes (*himbauan*,
*aktifitas*, *sebagaian*) are frequent too.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from app.base.paths import resources_dir
from app.language import data_cache
from app.language.lexicon import read_table, style_dir

logger = logging.getLogger(__name__)

ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def data_dir() -> Path:
    return resources_dir() / "bahasa"


def edits1(word: str) -> Iterator[str]:
    """Strings one deletion, transposition, substitution or insertion away (lowercase)."""
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            yield head + tail[1:]
            if len(tail) > 1:
                yield head + tail[1] + tail[0] + tail[2:]
            for letter in ALPHABET:
                if letter != tail[0]:
                    yield head + letter + tail[1:]
        for letter in ALPHABET:
            yield head + letter + tail


def _lines(path: Path) -> set[str]:
    if not path.exists():
        logger.warning("data kata tidak ada: %s", path)
        return set()
    joined = data_cache.parsed(path, "word-lines-1", _parse_lines)
    return set(joined.split("\n")) if joined else set()


def _parse_lines(text: str) -> str:
    """The file's non-comment lines, newline-joined: the compact form the cache keeps."""
    return "\n".join(line for line in text.splitlines() if line and line[0] != "#")


def _parse_frequencies(text: str) -> dict[str, str]:
    """``frekuensi.tsv`` as the cache keeps it, newline-joined columns in the file's order:
    the words, their zipf as written (``float`` of it is the same number every time), and
    the words hunspell accepts (flag ``h`` or ``a``). Strings, not a JSON object of
    floats: reading 30,000 numbers back from JSON costs more than ``float`` does."""
    words: list[str] = []
    zipfs: list[str] = []
    correct: list[str] = []
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        word, zipf, flag = line.split("\t")
        float(zipf)                          # a bad number fails here, as it always did
        words.append(word)
        zipfs.append(zipf)
        if flag in ("h", "a"):
            correct.append(word)
    return {"words": "\n".join(words), "zipf": "\n".join(zipfs),
            "correct": "\n".join(correct)}


def _column(table: dict[str, str], key: str) -> list[str]:
    return table[key].split("\n") if table[key] else []


KBBI_WORDS_FILE = "kata-kbbi-hunspell-id.txt"
"""Current KBBI words the bundled hunspell lacks (*internet*, *rutinitas*), from the
maintained hunspell-id word list (``scripts/build_kbbi_words.py``; see ``SOURCES.md``)."""
KBBI_FREQUENT_FILE = "kata-kbbi-sering.txt"
"""Frequent KBBI words and regular derivations of KBBI stems that the stricter list leaves
out (*klaster*, *asupan*; ``scripts/build_kbbi_frequent_words.py``): words only, too."""
WORLD_NAMES_FILE = "nama-negara-bahasa.txt"
"""Country and language names in Indonesian from Unicode CLDR (*Kamboja*, *Antarktika*;
``scripts/build_world_names.py``): right when capitalised, as names."""
ACCEPTED_FILE = "tidak-baku-diterima-bentuk.tsv"
NONSTANDARD_FILES = ("tidak-baku.tsv", "tidak-baku-umum.tsv", ACCEPTED_FILE)
"""The root-list exceptions, Ivan Lanin's list as the checker's data confirm it, and the
reviewed pairs hunspell accepts with the affixed forms of every pair
(``scripts/build_nonstandard_list.py``; see ``SOURCES.md``). Earlier files win."""
SOFT = "saran"
"""The reviewed decision for a form that is also a word with another meaning (*pemukiman*)."""


def accepted_nonstandard(folder: Path | None = None) -> dict[str, tuple[str, str]]:
    """The reviewed non-standard forms, hunspell-accepted ones included, with their
    affixed forms: lowercase form -> (standard form, severity ``kesalahan`` or ``saran``).
    Hunspell cannot flag these, so the style rule *bentuk-tidak-baku* does."""
    path = (folder or data_dir()) / ACCEPTED_FILE
    if not path.exists():
        logger.warning("data kata tidak ada: %s", path)
        return {}
    return {row[0].lower(): (row[1], "saran" if row[2] == SOFT else "kesalahan")
            for row in read_table(path, columns=3)}


def nonstandard_variants(folder: Path | None = None) -> dict[str, str]:
    """KBBI's non-standard spellings (*coklat* → *cokelat*): the style table of
    non-standard forms, the project's root-list exceptions (``tidak-baku.tsv``) and the
    general list (``tidak-baku-umum.tsv``); the style table wins where they differ."""
    pairs: dict[str, str] = {}
    folder = folder or data_dir()
    for path in (*(folder / name for name in reversed(NONSTANDARD_FILES)),
                 style_dir() / "baku.tsv"):
        if path.exists():
            for row in read_table(path, columns=2):
                if " " not in row[0]:
                    pairs[row[0].lower()] = row[1]
    return pairs


def _is_vocabulary(value: object) -> bool:
    """The shape :meth:`Vocabulary._read` returns (a snapshot read back is checked)."""
    kinds = (dict, set, set, set, dict, set)
    return isinstance(value, tuple) and len(value) == len(kinds) and all(
        isinstance(part, kind) for part, kind in zip(value, kinds, strict=True))


class Vocabulary:
    """Frequencies (zipf, 0 = unknown) of lowercase words, and the set of place words."""

    def __init__(self, frequencies: dict[str, float] | None = None,
                 correct: set[str] | None = None, places: set[str] | None = None,
                 roots: set[str] | None = None) -> None:
        self.frequencies = frequencies or {}
        self.correct = correct or set()
        """Frequent words hunspell accepts: the words a typo is measured against."""
        self.places = places or set()
        self.roots = roots or set()
        """KBBI root words hunspell lacks (*akuntabel*, *kuliner*): words on their own."""
        self.words_only: set[str] = set()
        """Words of :attr:`roots` that are no roots for affixes (``kata-kbbi-hunspell-id.txt``)."""
        self.world_names: frozenset[str] = frozenset()
        """Country and language names, capitalised (``nama-negara-bahasa.txt``)."""
        self.nonstandard: dict[str, str] = {}
        """KBBI's non-standard spellings and the standard form (*coklat* → *cokelat*)."""
        self.fingerprint: str | None = None
        """What the tables were loaded from (``data_cache.keyed_snapshot``): the key under
        which data derived from them is kept in the cache; None for tables made by hand
        or changed after loading."""

    @classmethod
    def load(cls, folder: Path | None = None) -> Vocabulary:
        """The bundled data (or ``folder``'s); built once from the files, then read back
        whole from the user cache (``data_cache.snapshot``, keyed by the files' bytes)."""
        folder = folder or data_dir()
        sources = [folder / name for name in ("frekuensi.tsv", "wilayah.txt", "kata-dasar.txt",
                                              KBBI_WORDS_FILE, KBBI_FREQUENT_FILE,
                                              *NONSTANDARD_FILES)]
        sources.append(style_dir() / "baku.tsv")
        tables, key = data_cache.keyed_snapshot(
            "vocabulary-2", sources, lambda: cls._read(folder),
            (__name__, "app.language.lexicon", "app.language.data_cache"), _is_vocabulary)
        frequencies, correct, places, roots, variants, words_only = tables
        vocabulary = cls(frequencies, correct, places, roots)
        vocabulary.nonstandard = variants
        vocabulary.add_words_only(words_only)
        vocabulary.world_names = frozenset(_lines(folder / WORLD_NAMES_FILE))
        vocabulary.fingerprint = key
        return vocabulary

    def add_words_only(self, words: set[str]) -> None:
        """KBBI words hunspell lacks that are right as words but no root for affixes:
        as roots they would explain typos away (measured: *promoi*, *terisih*, *lindai*).
        They join :attr:`roots` (accepted, suggested) and :attr:`words_only`, which the
        affix analysis leaves out."""
        self.fingerprint = None
        fresh = words - self.roots
        self.words_only |= fresh
        self.roots = self.roots | fresh

    @classmethod
    def _read(cls, folder: Path) -> tuple[dict[str, float], set[str], set[str], set[str],
                                          dict[str, str], set[str]]:
        """The vocabulary's tables from the files themselves."""
        frequencies: dict[str, float] = {}
        correct: set[str] = set()
        path = folder / "frekuensi.tsv"
        if path.exists():                    # 30,000 rows: parsed once, then cached
            table = data_cache.parsed(path, "frequencies-2", _parse_frequencies)
            frequencies = dict(zip(_column(table, "words"), map(float, _column(table, "zipf")),
                                   strict=True))
            listed = set(_column(table, "correct"))
            # the same string objects as the keys: the snapshot then keeps each word once
            # (marshal writes a shared object once), and reading it back makes fewer strings
            correct = {word for word in frequencies if word in listed} | listed
        else:
            logger.warning("daftar frekuensi kata tidak ada: %s", path)
        places = _lines(folder / "wilayah.txt")
        variants = nonstandard_variants(folder)
        roots = _lines(folder / "kata-dasar.txt") - set(variants)
        # a non-standard form is no word, whatever a list says (hunspell-id's has *aktifitas*)
        words_only = (_lines(folder / KBBI_WORDS_FILE) | _lines(folder / KBBI_FREQUENT_FILE)) \
            - set(variants)
        return frequencies, correct, places, roots, variants, words_only

    def zipf(self, word: str) -> float:
        return self.frequencies.get(word.lower(), 0.0)

    def is_place(self, word: str) -> bool:
        return word in self.places or word.capitalize() in self.places

    @lru_cache(maxsize=4096)  # noqa: B019 - one Vocabulary per checker, kept for its life
    def neighbours(self, word: str) -> tuple[tuple[str, float], ...]:
        """Correct frequent words one edit from ``word`` (lowercased), most frequent first."""
        lowered = word.lower()
        found = {edit for edit in edits1(lowered) if edit in self.correct}
        found.discard(lowered)
        ranked = sorted(((w, self.frequencies[w]) for w in found), key=lambda p: -p[1])
        return tuple(ranked)

    def likely_slip_of(self, word: str, margin: float, floor: float) -> str | None:
        """The frequent word ``word`` is probably a slip of: one edit away, at least
        ``floor`` zipf, and ``margin`` zipf more frequent than ``word`` itself."""
        own = self.zipf(word)
        lowered = word.lower()
        for candidate, zipf in self.neighbours(word):
            if lowered.startswith(candidate) or candidate.startswith(lowered):
                continue                     # disorot/disoroti: a suffix, not a slip
            if zipf >= floor and zipf >= own + margin:
                return candidate
        return None
