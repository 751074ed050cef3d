"""The domain lexicon: plain TSV data files under ``resources/lexicon``.

Each line is ``entry<TAB>category``; ``#`` starts a comment. Capitalisation is part of
the entry: *Polres* is accepted as written or in capitals (headlines), never as *polres*.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from app.base.paths import resources_dir
from app.language import data_cache
from app.language.tokens import is_all_caps, is_capitalized, word_list

logger = logging.getLogger(__name__)


def lexicon_dir() -> Path:
    return resources_dir() / "lexicon"


def style_dir() -> Path:
    return resources_dir() / "style"


def listed(categories: Mapping[str, Collection[str]], form: str) -> bool:
    """Whether the lexicon lists ``form``, as written, under any of its categories."""
    return any(form in entries for entries in categories.values())


def read_table(path: Path, columns: int = 2) -> Iterator[tuple[str, ...]]:
    """Rows of a TSV data file, padded to ``columns``; bad lines are logged and skipped.
    A large file is parsed once and then read back from the cache (``data_cache``)."""
    table = data_cache.parsed(path, "tsv-2", _parse_table)
    for number in table["bad"]:
        logger.warning("%s:%d: baris tanpa entri dilewati", path, number)
    return _rows(table, columns)


def _rows(table: dict[str, Any], columns: int) -> Iterator[tuple[str, ...]]:
    rows = table["rows"]
    pad = ("",) * columns
    for row in rows.split("\n") if rows else ():
        cells = tuple(row.split("\t"))
        yield cells if len(cells) == columns else (cells + pad)[:columns]


def _parse_table(text: str) -> dict[str, Any]:
    """The stripped cells of every entry line (tab-joined, one line each: the compact form
    the cache keeps), and the numbers of lines with no entry."""
    rows: list[str] = []
    bad: list[int] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if not cells[0]:
            bad.append(number)
            continue
        rows.append("\t".join(cells))
    return {"rows": "\n".join(rows), "bad": bad}


def _is_state(value: Any) -> bool:
    """The shape :meth:`Lexicon._read` returns (a snapshot read back is checked)."""
    if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], list)):
        return False
    state = value[0]
    kinds = (dict, set, set, dict, set, dict)
    return isinstance(state, tuple) and len(state) == len(kinds) and all(
        isinstance(part, kind) for part, kind in zip(state, kinds, strict=True))


class CaseAwareWords:
    """A set of words that respects capitalisation the way Indonesian spelling does.

    A lowercase entry is also accepted capitalised (sentence start, title case) and in
    capitals; an entry with capitals only as written or in full capitals.
    """

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._exact: set[str] = set()
        self._lower: set[str] = set()
        self._forms: dict[str, list[str]] = {}
        """Every written form of a lowercase word, in the order added (files are read
        in a fixed order, so the answer is the same every run)."""
        for word in words:
            self.add(word)

    def add(self, word: str) -> None:
        if word not in self._exact:
            self._forms.setdefault(word.lower(), []).append(word)
        self._exact.add(word)
        self._lower.add(word.lower())

    def __len__(self) -> int:
        return len(self._exact)

    def __iter__(self) -> Iterator[str]:
        return iter(self._exact)

    def accepts(self, word: str) -> bool:
        if word in self._exact:
            return True
        if is_all_caps(word):
            return word.lower() in self._lower
        if is_capitalized(word):
            return word.lower() in self._exact
        return False

    def proper_form(self, word: str) -> str | None:
        """The entry as written when ``word`` differs only in case (*polres* -> *Polres*)."""
        lowered = word.lower()
        if lowered not in self._lower:
            return None
        for candidate in (word.capitalize(), word.upper()):
            if candidate in self._exact:
                return candidate
        forms = self._forms.get(lowered, [])
        return min(forms) if forms else None


class Lexicon:
    """Domain words by category, with case-aware look-up of single words."""

    def __init__(self, entries: Iterable[tuple[str, str]] = ()) -> None:
        self.categories: dict[str, set[str]] = {}
        self.words = CaseAwareWords()
        self.abbreviations: set[str] = set()
        self._word_category: dict[str, str] = {}
        self.fingerprint: str | None = None
        """What :meth:`load` read (``data_cache.keyed_snapshot``); None for a lexicon made
        by hand or changed after loading."""
        for entry, category in entries:
            self.add(entry, category)

    @classmethod
    def load(cls, folder: Path | None = None) -> Lexicon:
        """All ``*.tsv`` files of the folder (the bundled lexicon by default)."""
        folder = folder or lexicon_dir()
        paths = sorted(folder.glob("*.tsv"))
        (state, bad), key = data_cache.keyed_snapshot(
            "lexicon-1", paths, lambda: cls._read(paths),
            (__name__, "app.language.tokens", "app.language.data_cache"), _is_state)
        for path, number in bad:               # the same warnings, built or read back
            logger.warning("%s:%d: baris tanpa entri dilewati", path, number)
        lexicon = cls()
        (lexicon.categories, words, lower, forms, lexicon.abbreviations,
         lexicon._word_category) = state
        lexicon.words._exact, lexicon.words._lower, lexicon.words._forms = words, lower, forms
        lexicon.fingerprint = key
        logger.debug("lexicon: %d words from %s", len(lexicon.words), folder)
        return lexicon

    @classmethod
    def _read(cls, paths: list[Path]) -> tuple[tuple[Any, ...], list[tuple[str, int]]]:
        """The lexicon's sets and tables built from the files, and their lines with no
        entry: plain data, which ``data_cache.snapshot`` keeps for the next start."""
        lexicon = cls()
        bad: list[tuple[str, int]] = []
        for path in paths:
            table = data_cache.parsed(path, "tsv-2", _parse_table)
            bad += [(str(path), number) for number in table["bad"]]
            for entry, category in _rows(table, 2):
                lexicon.add(entry, category or path.stem)
        words = lexicon.words
        return ((lexicon.categories, words._exact, words._lower, words._forms,
                 lexicon.abbreviations, lexicon._word_category), bad)

    def add(self, entry: str, category: str) -> None:
        self.fingerprint = None
        self.categories.setdefault(category, set()).add(entry)
        if "." in entry:
            self.abbreviations.add(entry)
            self.abbreviations.add(entry.rstrip("."))
        words = word_list(entry)
        for word in words:
            if len(words) > 1 and word.islower():
                continue                    # "dan" in "Pangkajene dan Kepulauan"
            self.words.add(word)
            self._word_category.setdefault(word, category)

    def accepts(self, word: str) -> bool:
        return self.words.accepts(word)

    def category(self, word: str) -> str | None:
        """The category of the entry the word belongs to (exact case first)."""
        if word in self._word_category:
            return self._word_category[word]
        proper = self.words.proper_form(word)
        if proper is not None and self.words.accepts(word):
            return self._word_category.get(proper)
        return None

    def entries(self, category: str) -> set[str]:
        return set(self.categories.get(category, set()))
