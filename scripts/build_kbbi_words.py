"""Build ``resources/bahasa/kata-kbbi-hunspell-id.txt``: current KBBI words hunspell lacks.

The bundled hunspell ``id_ID`` (Debian ``hunspell-id`` 1:7.5.0, LibreOffice's copy dated
2018.02.14) was checked against KBBI edition 3: it rejects *internet*, *rutinitas*,
*wirausaha*. Its upstream, https://github.com/shuLhan/hunspell-id, updated the word list
to KBBI daring of October 2019 (release 2.2.0, 2020) and again in 2.3.0 (2022); LGPL-3.0.
That list also holds what KBBI lists as *bentuk tidak baku* (*aktifitas*, *sekedar*,
*jaman*), proper names and acronyms, so only these of its stems are kept:

- written in lower case (a capitalised entry is a name or an acronym) and at least
  ``MIN_LENGTH`` letters long (short entries are mostly abbreviations: *yg*, *dg*, *pd*);
- rejected by the bundled hunspell and unknown to the service lexicon and the Sastrawi
  root list (``kata-dasar.txt``), i.e. a word the checker would otherwise flag;
- not a non-standard form of any of the project's tables (``tidak-baku*.tsv``,
  ``baku.tsv``): KBBI's standard form is suggested for those, whatever this list says;
- seen in Indonesian text (a word of ``frekuensi.tsv``, any frequency), or, unseen, a word
  that can hide no typo and is no variant (session 10): no known word in use lies one edit
  from it (see the next condition), it is no known word of four letters or more written
  after another part (*gotongroyong*,
  *cinderamata*: KBBI writes such compounds apart, the joined entry is its non-standard
  form; a word of five letters or fewer ending an *-asi* noun is the adapted suffix,
  *mode·rasi*, session 13), and it does not end in *-ifitas* (*konektifitas*: KBBI's
  *-ivitas* is the standard) nor add *-sitas* to a known word (*sinergisitas*: the noun
  of *sinergi* is *sinergitas*);
- not one edit (a letter deleted, added, changed or two swapped) from a word hunspell
  accepts that is at least as frequent: KBBI's non-standard spellings differ from the
  standard one by a letter (*kemaren*/*kemarin*, *mentri*/*menteri*, *putera*/*putra*), and
  a rare entry one letter from a common word would hide that word's typos (*kalu*/*kalau*).
  For an unseen entry (session 13) the neighbour must be seen in text itself, or differ from
  it in a vowel only (*salawat*/*selawat*): a dictionary word as rare as the entry is no
  likelier the word a writer meant (*bronjong*/*gronjong*, *bimtek*/*biotek*);
- not two frequent words written as one (*tandatangan*, *sepakbola*, *beritahu*): EYD V
  writes a compound apart unless KBBI writes it joined, and hunspell holds those;
- not a word of a Kemendagri region or village name (``wilayah.txt``): a lowercase place
  name (*banten*, *maros*) is a capital letter missing, not a word;
- not a word the service lexicon knows in capitals (*Polres*, *Kapolri*, *Brigjen*: KBBI
  lists the acronym in lower case, a release writes it as a name or title) nor a foreign
  word of ``asing.tsv`` (*gadget* → *gawai*: the style table decides those);
- without a spelling EYD V adapts in loanwords (*q*, *x*, *dh*, *sh*, *th*, *ph*, *dz*:
  *aqidah* → *akidah*, *wudhu* → *wudu*): KBBI lists those as non-standard forms.

Run: ``git clone https://github.com/shuLhan/hunspell-id /tmp/hunspell-id`` (the file records
the commit) and ``.venv/bin/python scripts/build_kbbi_words.py /tmp/hunspell-id``.
See ``resources/bahasa/SOURCES.md``.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.language.checker import Checker  # noqa: E402  (the project's own data decides)
from app.language.lexicon import read_table, style_dir  # noqa: E402
from app.language.vocabulary import (  # noqa: E402
    KBBI_WORDS_FILE,
    accepted_nonstandard,
    data_dir,
    edits1,
    nonstandard_variants,
)

logger = logging.getLogger("build_kbbi_words")

MIN_LENGTH = 4
COMPOUND_PART_ZIPF = 4.0
"""Both parts of a joined compound at least this frequent (*tanda* + *tangan*); a rare
first part is a bound or learned element KBBI joins (*wira* + *usaha*, *eko* + *wisata*)."""
LOWERCASE_WORD = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
FOREIGN_SPELLING = re.compile(r"q|x|dh|sh|th|ph|dz")


def stems(dic: Path) -> set[str]:
    """The stems of a hunspell ``.dic`` (first line: the count; ``stem/FLAGS``)."""
    lines = dic.read_text(encoding="utf-8").splitlines()[1:]
    return {line.split("/", 1)[0].strip() for line in lines if line.strip()}


def select(candidates: set[str], checker: Checker) -> list[str]:
    """The stems the checker needs: see the module docstring for each condition."""
    folder = data_dir()
    seen = {line.split("\t", 1)[0] for line in
            (folder / "frekuensi.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")}
    roots = set((folder / "kata-dasar.txt").read_text(encoding="utf-8").split())
    places = set((folder / "wilayah.txt").read_text(encoding="utf-8").split())
    nonstandard = set(nonstandard_variants()) | set(accepted_nonstandard())
    foreign = {row[0].lower() for row in read_table(style_dir() / "asing.tsv", columns=1)}
    return sorted(word for word in candidates
                  if LOWERCASE_WORD.match(word) and len(word) >= MIN_LENGTH
                  and not FOREIGN_SPELLING.search(word)
                  and (word in seen or unseen_admissible(word, checker))
                  and word not in roots and word not in nonstandard
                  and word.capitalize() not in places and word not in foreign
                  and not checker.lexicon.accepts(word.capitalize())
                  and not checker.lexicon.accepts(word.upper())
                  and not checker.backend.check(word) and not checker.lexicon.accepts(word)
                  and variant_of(word, checker) is None and not joined_compound(word, checker))


UNSEEN_TAIL = 4
"""The shortest known word a joined unseen entry may end in before it reads as two words."""


def unseen_admissible(word: str, checker: Checker) -> bool:
    """An entry never seen in text that is no joined compound (*gotongroyong*) nor an
    *-ifitas* spelling; its neighbours are ``variant_of``'s to judge."""
    if word.endswith("ifitas") or "-" in word:
        return "-" in word and not word.endswith("ifitas") and all(
            unseen_admissible(part, checker) or _known(part, checker)
            for part in word.split("-"))
    if word.endswith("sitas") and _known(word[:-len("sitas")], checker):
        return False                     # sinergisitas: -itas on a word in -i (sinergitas)
    return not any(_known(word[cut:], checker) and not _loan_suffix_tail(word, cut)
                   for cut in range(UNSEEN_TAIL, len(word) - UNSEEN_TAIL + 1))


LOAN_SUFFIX = "asi"
LOAN_SUFFIX_TAIL = 5
"""The longest known word at the end of an *-asi* entry that is still its suffix's syllables."""


def _loan_suffix_tail(word: str, cut: int) -> bool:
    """A short known word ending an *-asi* noun (*mode·rasi*, *konte·stasi*): EYD V adapts
    *-ation* as *-asi* (*moderation* → *moderasi*), so those letters are the suffix, not a
    second word joined; a joined compound ends in a whole noun (*gotong·royong*). Session 13:
    the rule had kept *kontestasi* and *moderasi* out (full text: 3 false alarms)."""
    return word.endswith(LOAN_SUFFIX) and len(word) - cut <= LOAN_SUFFIX_TAIL


def _known(word: str, checker: Checker) -> bool:
    return bool(checker.backend.check(word)) or checker.lexicon.accepts(word)


def variant_of(word: str, checker: Checker) -> str | None:
    """A known word one edit from ``word`` and at least as frequent, if any. For an entry
    never seen in text (session 13), only a neighbour seen in text (``frekuensi.tsv``), or one
    that differs from it in a vowel alone, counts: a typo comes from a word in use, and a
    dictionary word as rare as the entry is no likelier the word meant (*bronjong* beside the
    rare *gronjong*, *haflah* beside *gaflah*), while a vowel apart is how KBBI's variant
    spellings differ (*salawat*/*selawat*, *klobot*/*kelobot*)."""
    zipf = checker.vocabulary.zipf
    own = zipf(word)
    for edit in set(edits1(word)) - {word}:
        if zipf(edit) >= own and (own > 0.0 or zipf(edit) > 0.0 or
                                  _vowel_apart(word, edit)) and _known(edit, checker):
            return edit
    return None


VOWELS = frozenset("aiueo")


def _vowel_apart(word: str, other: str) -> bool:
    """One edit apart, and that edit a vowel: changed for another vowel, added or dropped."""
    if len(word) == len(other):
        diff = [(a, b) for a, b in zip(word, other, strict=True) if a != b]
        return len(diff) == 1 and diff[0][0] in VOWELS and diff[0][1] in VOWELS
    longer, shorter = (word, other) if len(word) > len(other) else (other, word)
    if len(longer) != len(shorter) + 1:
        return False
    return any(longer[:cut] + longer[cut + 1:] == shorter and longer[cut] in VOWELS
               for cut in range(len(longer)))


def joined_compound(word: str, checker: Checker) -> bool:
    """Two frequent known words of 3+ letters written as one (*tandatangan*)."""
    zipf = checker.vocabulary.zipf
    return any(_known(word[:cut], checker) and _known(word[cut:], checker)
               and min(zipf(word[:cut]), zipf(word[cut:])) >= COMPOUND_PART_ZIPF
               for cut in range(3, len(word) - 2))


def commit_of(checkout: Path) -> str:
    """The checkout's commit (``unknown`` when it is no git work tree)."""
    try:
        return subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"], check=True,
                              capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if len(argv) != 1:
        logger.error("pakai: build_kbbi_words.py FOLDER_HUNSPELL_ID")
        return 2
    checkout = Path(argv[0])
    dic = checkout / "id_ID.dic"
    if not dic.exists():
        logger.error("id_ID.dic tidak ada di %s", checkout)
        return 2
    checker = Checker()
    words = select(stems(dic), checker)
    header = (
        "# Current KBBI words the bundled hunspell id_ID rejects, from hunspell-id\n"
        f"# (https://github.com/shuLhan/hunspell-id, commit {commit_of(checkout)}, word list\n"
        "# updated to KBBI daring October 2019; LGPL-3.0-only): lowercase stems of 4+ letters\n"
        "# seen in frekuensi.tsv (or unseen with no known word in use, nor a vowel variant,\n"
        "# one edit away), not in kata-dasar.txt, the lexicon or a non-standard table.\n"
        "# Generated by scripts/build_kbbi_words.py; see SOURCES.md.\n")
    out = data_dir() / KBBI_WORDS_FILE
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    logger.info("%s: %d words", out.name, len(words))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
