"""Build ``resources/bahasa/kata-kbbi-sering.txt``: frequent KBBI words the checker flags.

``build_kbbi_words.py`` keeps from hunspell-id 2.3.0 (KBBI daring, October 2019) only
stems no at-least-as-frequent known word lies one edit from, and no stem that ends in a
known word: a rare KBBI entry one letter from a common word would hide its typos. That
also drops frequent, current words whose neighbour is merely a little more frequent
(*klaster*/*blaster*, *kontestasi*). This list takes them back, and the derived forms of
hunspell-id stems (*asupan* = *asup* + -an), under stricter conditions:

- a lowercase word of 4+ letters the checker flags today (hunspell ``id_ID``, the
  lexicon, the other word lists and the affix analysis all reject it);
- either a hunspell-id 2.3.0 stem, or a regular affixed form (the project's own affix
  analysis, ``AffixAnalyzer``) of a hunspell-id stem of 4+ letters;
- common in Indonesian text: at least ``MIN_ZIPF`` in ``frekuensi.tsv`` (wordfreq), so
  the frequency supports the dictionary, never stands in for it;
- no known word one edit from it ``MARGIN`` zipf or more frequent (a typo of a much more
  common word is far more likely than a rare word: *kemaren*/*kemarin*);
- no non-standard form of any table, no place word, no ``asing.tsv`` word, no loanword
  spelling EYD V adapts (*q*, *x*, *dh*, *sh*, *th*, *ph*, *dz*), and not in ``REVIEWED_OUT``
  (read against KBBI VI: non-standard or informal forms the tables do not yet hold).

Like ``kata-kbbi-hunspell-id.txt``, the words are right as words, never roots for affixes.

Run: ``git clone https://github.com/shuLhan/hunspell-id /tmp/hunspell-id`` and
``.venv/bin/python scripts/build_kbbi_frequent_words.py /tmp/hunspell-id``.
See ``resources/bahasa/SOURCES.md``.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.language.affixes import AffixAnalyzer  # noqa: E402
from app.language.checker import ACCEPT, Checker  # noqa: E402
from app.language.lexicon import read_table, style_dir  # noqa: E402
from app.language.vocabulary import (  # noqa: E402
    KBBI_FREQUENT_FILE,
    accepted_nonstandard,
    data_dir,
    edits1,
    nonstandard_variants,
)
from scripts.build_kbbi_words import (  # noqa: E402
    FOREIGN_SPELLING,
    LOWERCASE_WORD,
    commit_of,
    joined_compound,
    stems,
)

logger = logging.getLogger("build_kbbi_frequent_words")

MIN_LENGTH = 4
MIN_ZIPF = 3.0
"""Seen in wordfreq's Indonesian list (``frekuensi.tsv`` starts at 3.0)."""
MARGIN = 1.0
"""A known neighbour this much more frequent (zipf) makes the word a likely typo of it."""
ROOT_LENGTH = 4
ENCLITICS = ("nya", "ku", "mu", "lah", "pun")
REVIEWED_OUT = frozenset({
    # KBBI VI gives these as bentuk tidak baku (the standard form after the slash)
    "berjamaah", "onta", "majlis", "mujizat", "horisontal", "hembuskan", "infantri",
    "pelembab", "penghisap", "selebritis", "memasukan", "menggerakan", "tunjukan",
    "meminimalisir", "menetralisir", "mengakomodir", "mentolerir", "isteriku",
    # informal (cak) words a press release does not use as written
    "kepo", "ribet", "ultah", "komen", "tajir", "gowes", "pojokan", "mading", "internetan", "resto",
    "gak", "nggak", "enggak", "pake", "kalo", "udah", "emang", "banget",
    # English words and names that happen to be hunspell-id stems
    "belong", "lines", "lone", "port", "spot", "spin", "sage", "viper", "weber", "foil",
    "palm", "prem", "joker", "hentai", "indian", "indo", "alien", "porter", "blur",
    "blunder", "albani", "ananta", "dinda", "kumala", "melinda", "salwa", "santana",
    "sergei", "taufan", "yuri", "unyil", "perindo", "nabawi", "bobotoh", "balado",
    # acronyms a release writes in capitals or as a name (Dikti, Kesra, Munas, Raker)
    "dikti", "kesra", "munas", "raker", "rusun", "jubir", "ramen", "feminis",
})
"""Read against KBBI VI daring: stems and forms of hunspell-id's list that are no standard
lowercase word of a release (non-standard spellings, informal words, English words,
names and acronyms); the list is dirtier than KBBI."""


def select(dictionary: set[str], checker: Checker) -> list[str]:
    """The words the checker needs: see the module docstring for each condition."""
    vocabulary = checker.vocabulary
    nonstandard = set(nonstandard_variants()) | set(accepted_nonstandard())
    foreign = {row[0].lower() for row in read_table(style_dir() / "asing.tsv", columns=1)}
    stems_ = {word for word in dictionary if LOWERCASE_WORD.match(word) and len(word) >= MIN_LENGTH}
    analyzer = AffixAnalyzer(lambda root: root in stems_ and len(root) >= ROOT_LENGTH)
    chosen = []
    for word, zipf in sorted(vocabulary.frequencies.items()):
        if zipf < MIN_ZIPF or len(word) < MIN_LENGTH or not LOWERCASE_WORD.match(word):
            continue
        if word in nonstandard or word in foreign or word in REVIEWED_OUT or \
                FOREIGN_SPELLING.search(word) or vocabulary.is_place(word.capitalize()):
            continue
        if checker.lexicon.accepts(word.capitalize()) or checker.lexicon.accepts(word.upper()):
            continue                     # polres, brigjen: a name or title, not a word
        if checker._verdict_uncached(word) == ACCEPT or joined_compound(word, checker):
            continue
        if word not in stems_:
            root = analyzer.explain(word)
            if root is None or root == word or not _derived_only(word, root):
                continue
        if any(vocabulary.zipf(edit) >= zipf + MARGIN and checker.backend.check(edit)
               for edit in set(edits1(word)) - {word}):
            continue
        chosen.append(word)
    return chosen


def _derived_only(word: str, root: str) -> bool:
    """A derivation by prefix or suffix (*asupan*), not an enclitic on a stem (*isteriku*,
    *responnya*): enclitics already join any known word."""
    return not word.endswith(ENCLITICS) and word != root


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if len(argv) != 1:
        logger.error("pakai: build_kbbi_frequent_words.py FOLDER_HUNSPELL_ID")
        return 2
    checkout = Path(argv[0])
    dic = checkout / "id_ID.dic"
    if not dic.exists():
        logger.error("id_ID.dic tidak ada di %s", checkout)
        return 2
    out = data_dir() / KBBI_FREQUENT_FILE
    out.write_text("", encoding="utf-8")     # the checker must judge without this list
    checker = Checker()
    words = select(stems(dic), checker)
    header = (
        "# Frequent KBBI words the checker would flag, from hunspell-id\n"
        f"# (https://github.com/shuLhan/hunspell-id, commit {commit_of(checkout)}, word list\n"
        "# updated to KBBI daring October 2019; LGPL-3.0-only): its lowercase stems, and\n"
        "# regular affixed forms of its stems, of zipf >= 3 in frekuensi.tsv (wordfreq) with\n"
        "# no known word one edit away that is 1 zipf more frequent.\n"
        "# Generated by scripts/build_kbbi_frequent_words.py; see SOURCES.md.\n")
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    logger.info("%s: %d words", out.name, len(words))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
