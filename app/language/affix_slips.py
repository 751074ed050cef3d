"""A derived word whose root is itself a slip (*diperolah*, *tersang*): issue 10.

Rilis's affix analysis accepts derived words the dictionary lacks (*kesiapan*,
*pastikan*), so a typo that happens to leave a known root under a prefix gets through:
*diperolah* is *diper-* + *olah*, but *diperoleh* was meant. A copy editor reads such a
word against the derivations the language has (KBBI; Tata Bahasa Baku Bahasa Indonesia:
a root takes a prefix as one of a family — *di-*/*meN-*/*ter-*, *memper-*/*diper-*/*per-*,
*ber-*, *peN-…-an* beside *meN-*, *ke-…-an*, *se-*). Here a lowercase word is read as a
slip when all of these hold:

- hunspell ``id_ID`` rejects it and only the affix analysis explains it (no enclitic on
  a dictionary word: that is another path);
- it is never seen in Indonesian text (``frekuensi.tsv``, wordfreq);
- hunspell's affix data derives no word of the same family from that root (*memperoleh*
  is a word, *memperolah* is not; *memperkuat* is, so *perkuatan* is left alone);
- one keystroke away, after the same first three letters (the prefix is intact, the slip
  is in the root), is a word hunspell accepts and Indonesian text uses often (zipf
  ``FLOOR``).

The answer depends on the word alone and is kept per word.
"""

from __future__ import annotations

from collections.abc import Callable

from app.language.affixes import men_form
from app.language.vocabulary import Vocabulary

FLOOR = 3.5
"""How frequent (zipf) the word meant must be: the floor of a common word (the checker's
``COMMON_ZIPF``); the family test, not the frequency, keeps regular derivations."""
MIN_LENGTH = 6
"""Shorter derived words (*diam*, *teras*) sit one keystroke from too many others."""
SAME_START = 3
"""Letters kept at the start: a prefix's own letters (*di-*, *ter*, *per*)."""
ENCLITICS = ("nya", "lah", "pun", "ku", "mu")
SUFFIXES = ("", "kan", "i", "an")


def family(word: str, root: str) -> set[str]:
    """The derivations of ``root`` with the suffix ``word`` has and the prefixes that
    partner its own (KBBI; Tata Bahasa Baku: *diper-* beside *memper-*, *di-*/*ter-*
    beside *meN-*, *peN-…-an* beside *meN-*): the forms a dictionary would list if it
    knew the word's derivation. hunspell's data lists a regular derivation's partners
    (*memperkuat* for *perkuatan*); a slip's partners are words of no one
    (*memperolah* for *diperolah*)."""
    at, size = word.find(root, 1), len(root)
    if at <= 0:                              # the root's first letter melted: meN-/peN-
        at, size = word.find(root[1:], 2), size - 1
    head, tail = (word[:at], word[at + size:]) if at > 0 else (word[:2], "")
    for enclitic in ENCLITICS:
        if tail.endswith(enclitic):
            tail = tail[:-len(enclitic)]
            break
    men = men_form(root)
    tails: tuple[str, ...]
    if head in ("diper", "memper", "per"):
        tails = ("", "kan", "i") if tail == "an" else (tail,)
        heads = {"memper" + root, "diper" + root}
    elif head in ("ber", "bel", "be"):
        tails = ("", tail)
        heads = {head + root}
    elif head.startswith("pe"):
        tails = ("", "kan", "i", tail)
        heads = {men, "pe" + men[2:]}
    elif head == "ke":
        tails = ("", tail)
        heads = {"ke" + root, "ber" + root, men, "ter" + root}
    elif head == "se":
        tails = (tail,)
        heads = {"se" + root}
    else:                                    # di-, meN-, ter- or a suffix alone
        tails = (tail,)
        heads = {men, "di" + root, "ter" + root}
    return {form + end for form in heads for end in tails} - {word}


def root_slip(word: str, root: str | None, vocabulary: Vocabulary,
              known: Callable[[str], bool]) -> str | None:
    """The word meant when ``word`` (lowercase, accepted only through the affix analysis
    that found ``root``) is a slip of a frequent word (see the module), else None.
    ``known`` is hunspell's verdict."""
    if root is None or len(word) < MIN_LENGTH or not word.isalpha() or known(word) or \
            vocabulary.zipf(word) > 0.0 or word in vocabulary.roots:
        return None
    for enclitic in ENCLITICS:               # pengamannya: a known word and -nya
        if word.endswith(enclitic) and known(word[:-len(enclitic)]):
            return None
    meant = next((candidate for candidate, zipf in vocabulary.neighbours(word)
                  if zipf >= FLOOR and candidate[:SAME_START] == word[:SAME_START]
                  and known(candidate)), None)
    if meant is None or any(known(form) for form in family(word, root)):
        return None
    return meant


EXAMPLES: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("Keterangan yang diperolah petugas dicatat dalam berita acara.",
     "Dari tersang itu petugas menyita dua telepon genggam."),
    ("Keterangan yang diperoleh petugas dicatat dalam berita acara.",
     "Pagar balai desa diperkuat dengan tiang besi baru.",
     "Hasil panen itu diolah menjadi keripik oleh warga."),
)
"""Wrong and right sentences (fictional), run by the tests."""
