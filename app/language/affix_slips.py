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

Three more derivations a copy editor reads as slips (round ten), each a class of KBBI's
morphology checked against the dictionary and the frequency list, never a word list:
``clitic_slip`` (*palaku*: a rare *-ku*/*-mu* form beside a frequent word),
``confix_slip`` (*penambahkan*: *peN-…-kan* is no confix, *peN-…-an* is) and ``be_form``
(*berpergian*: *ber-* is *be-* before a first syllable in *-er*); and its mirror
``verb_confix_slip`` (*menyimpulan*: *meN-*/*di-* take *-kan*, not the noun suffix *-an*).
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


PERSON_CLITICS = ("ku", "mu")
"""The first and second person enclitics (KBBI: *-ku*, *-mu*)."""
CLITIC_FLOOR = 4.0
"""How frequent (zipf) the word a person-clitic slip is read as must be: a release speaks
of *pelaku* hundreds of times for every *palaku* (my nutmeg) it could mean."""


def clitic_slip(word: str, vocabulary: Vocabulary, known: Callable[[str], bool]) -> str | None:
    """The frequent word meant when ``word`` is read as a known word and *-ku*/*-mu*
    (*palaku* = *pala* + *-ku*) but is never seen in text and one keystroke from a word
    Indonesian text uses often, with the same first letter (*pelaku*). A release speaks in
    the third person: *-ku*/*-mu* stand in quotations, on words a reader would expect
    there, so a rare one beside a frequent word is a slip, not a possessive."""
    if len(word) < MIN_LENGTH or not word.isalpha() or not word.endswith(PERSON_CLITICS) \
            or known(word) or vocabulary.zipf(word) > 0.0 or word in vocabulary.roots or \
            not known(word[:-2]):
        return None
    return next((candidate for candidate, zipf in vocabulary.neighbours(word)
                 if zipf >= CLITIC_FLOOR and candidate[0] == word[0] and known(candidate)
                 and not candidate.startswith(word[:-2])), None)


BE_MARGIN = 0.5
"""How much more frequent (zipf) the *be-* form must be than the *ber-* form written."""
BE_FLOOR = 3.0
"""The *be-* form must be a word Indonesian text uses (``frekuensi.tsv`` starts here)."""
CONSONANTS = frozenset("bcdfghjklmnpqrstvwxyz")


def be_form(word: str, vocabulary: Vocabulary, known: Callable[[str], bool]) -> str | None:
    """The standard *be-* form of a *ber-* word whose root's first syllable ends in *-er*
    (*berpergian* → *bepergian*, *berkerja* → *bekerja*): KBBI and Tata Bahasa Baku drop
    the *r* of *ber-* there. Exceptions exist (*bercermin*, *berperkara*), so the data
    decides: hunspell rejects the *ber-* form, lists the *be-* form, and Indonesian text
    writes the *be-* form more often (by ``BE_MARGIN`` zipf)."""
    if len(word) < MIN_LENGTH + 1 or not word.startswith("ber") or not word.isalpha():
        return None
    rest = word[3:]
    if rest[0] not in CONSONANTS or rest[1:3] != "er" or rest[3:4] not in CONSONANTS:
        return None
    meant = "be" + rest
    zipf = vocabulary.zipf(meant)
    if zipf < BE_FLOOR or zipf < vocabulary.zipf(word) + BE_MARGIN or known(word) or \
            not known(meant):
        return None
    return meant


NOUN_PREFIXES = ("peng", "peny", "pem", "pen")
"""*peN-* with its nasal: *per-* + *-kan* is an imperative of *memper-…-kan*
(*pertahankan*), and *pe-* opens many roots."""
NOUN_FLOOR = 3.0
"""The *peN-…-an* noun must be a word Indonesian text uses often. Session 13: 3.5 →
3.0 lets *pemberlakukan* (*pemberlakuan*, zipf 3.4) through; every *peN-…-kan* form
with an *-an* noun of zipf ≥ 2 in the full texts raw11-14 is marked (4 of 4; tuning 5
of 5), so the floor only keeps the noun meant a real, common word."""
MIN_CONFIX = 9


def confix_slip(word: str, vocabulary: Vocabulary) -> str | None:
    """The *peN-…-an* noun meant by a *peN-…-kan* word (*penambahkan* → *penambahan*):
    KBBI and Tata Bahasa Baku know *peN-…-an* as a confix that makes nouns, and no
    *peN-…-kan*; *-kan* makes verbs, which take *meN-* or *di-*. hunspell's affix rules
    combine the two all the same. Not where *peN* opens the root itself (*pentingkan*,
    *pendekkan*: a KBBI root), and only where the noun is common and the form written
    is not."""
    if len(word) < MIN_CONFIX or not word.endswith("kan") or \
            not word.startswith(NOUN_PREFIXES):
        return None
    stem = word[:-3]
    noun = stem + "an"
    if stem in vocabulary.roots or vocabulary.zipf(noun) < NOUN_FLOOR or \
            vocabulary.zipf(word) >= vocabulary.zipf(noun) - BE_MARGIN:
        return None
    return noun


VERB_PREFIXES = ("me", "di")
"""*meN-* (every nasal form opens *me*), *memper-*, *di-*, *diper-*: the verb prefixes."""
VERB_FLOOR = 4.0
"""The *-kan* verb must be a word Indonesian text uses very often (``CLITIC_FLOOR``): a
release writes *menyimpulkan*, *diharapkan* in every other paragraph."""
MIN_VERB_CONFIX = 8


def verb_confix_slip(word: str, vocabulary: Vocabulary,
                     known: Callable[[str], bool]) -> str | None:
    """The *meN-…-kan* / *di-…-kan* verb meant by a *meN-…-an* / *di-…-an* word
    (*menyimpulan* → *menyimpulkan*, *diharapan* → *diharapkan*): the mirror of
    ``confix_slip``. KBBI and Tata Bahasa Baku know *-an* after *meN-* or *di-* only
    where the root itself ends in it (*menahan*, *dijalankan*), never as a suffix of a
    verb; hunspell's affix rules stack *meN-* on a noun in *-an* (*simpulan*) all the
    same, so the *k* lost from *-kan* leaves a word only hunspell knows. Read so only
    when the word (an enclitic aside) is never seen in Indonesian text and the *-kan*
    form is a dictionary word that text uses very often (``VERB_FLOOR``)."""
    if len(word) < MIN_VERB_CONFIX or not word.isalpha() or not word.startswith(VERB_PREFIXES):
        return None
    stem, enclitic = word, ""
    if word.endswith("nya"):
        stem, enclitic = word[:-3], "nya"
    if not stem.endswith("an") or stem.endswith("kan") or vocabulary.zipf(word) > 0.0 or \
            vocabulary.zipf(stem) > 0.0 or stem in vocabulary.roots:
        return None
    meant = stem[:-2] + "kan"
    if vocabulary.zipf(meant) < VERB_FLOOR or not known(meant):
        return None
    return meant + enclitic


EXAMPLES: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("Keterangan yang diperolah petugas dicatat dalam berita acara.",
     "Dari tersang itu petugas menyita dua telepon genggam."),
    ("Keterangan yang diperoleh petugas dicatat dalam berita acara.",
     "Pagar balai desa diperkuat dengan tiang besi baru.",
     "Hasil panen itu diolah menjadi keripik oleh warga."),
)
"""Wrong and right sentences (fictional), run by the tests."""
