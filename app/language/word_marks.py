"""Marks left inside one word: a hyphen from a line break, a typographic apostrophe.

- A hyphen splits a word that is one word when joined (*menyerah-kan*, *meneri-ma*,
  *pengelolaan-nya*, *Karangwu-ngu*): a line-break hyphen copied from a printed page or a
  narrow column. EYD V, III.E uses the hyphen for a word cut at a line's end only; in running
  text the word is written whole. A reduplication (*Fak-fak*, *kupu-kupu*) and a bound form
  with its hyphen (*se-*, *non-*, … — the bound-form rules judge those) are left alone.
- A form the non-standard table lists with a straight apostrophe (*do'a* → *doa*), typed
  with the typographic apostrophe (*Do’a*), is the same non-standard form; the table's
  look-up missed it and the spelling rule leaves such forms to the table. (Other words with
  an apostrophe, *ma'af*, *Jema'at*, are the spelling rule's: it offers *maaf*, *Jemaat*.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from app.language.finding import Finding
from app.language.module_regex import ModulePatterns
from app.language.tokens import match_case

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_BROKEN_WORD = "tanda-hubung-dalam-kata"
RULE_NONSTANDARD = "bentuk-tidak-baku"
"""The non-standard table's rule: a curly apostrophe only hid the form from it."""

DESCRIPTIONS: dict[str, str] = {
    RULE_BROKEN_WORD: "Kata yang utuh tidak dipenggal tanda hubung di tengah kalimat "
                      "(menyerahkan, bukan menyerah-kan)",
}
SOURCES: dict[str, str] = {
    RULE_BROKEN_WORD: "EYD V, III.E Tanda Hubung (menyambung suku kata yang terpisah oleh "
                      "pergantian baris saja); kata utuh menurut kamus hunspell id_ID (dari "
                      "KBBI) dan daftar wilayah Kemendagri",
}
SOFT_RULES: frozenset[str] = frozenset()
"""The rule is sure: the joined word is in the dictionary and the parts are no
reduplication."""
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_BROKEN_WORD: (
        ("Bupati Sukamaju menyerah-kan paket sembako kepada warga.",
         "Warga yang meneri-ma bantuan tercatat di kantor desa.",
         "Tata cara pengelolaan-nya diatur peraturan bupati."),
        ("Bupati Sukamaju menyerahkan paket sembako kepada warga.",
         "Anak-anak bermain kupu-kupu di halaman.",
         "Lomba se-kecamatan dan kegiatan non-formal digelar.",
         "Ia berangkat pukul 08.00-selesai.")),
}
"""Wrong and right examples, run by ``tests/language/test_punctuation_s10.py``."""

_HYPHEN_RE = _PATTERNS.compile(r"-(?<=[A-Za-z]{2}-)([a-z]+)(?![\w-])")
"""A hyphen between letters and a lowercase run that ends the word; the pattern opens with
the hyphen, which the engine finds fast, and the first part is read back from the text."""
_FIRST_PART_RE = _PATTERNS.compile(r"(?<![\w-])[A-Za-z]{2,}\Z")
_BOUND_FORMS = frozenset({
    "se", "ke", "non", "pra", "pasca", "anti", "antar", "eks", "pro", "kontra", "sub",
    "super", "multi", "semi", "inter", "intra", "swa", "tuna", "maha", "pan", "ultra",
    "de", "re", "ko", "bi", "mono", "neo", "pseudo", "trans", "ekstra", "infra"})
"""Bound forms and prefixes written with a hyphen before a name or a number
(*se-Kabupaten*, *non-ASN*, *pasca-Covid*): the bound-form rules (EYD V, II.B) judge them."""


def _reduplicated(left: str, right: str) -> bool:
    """Whether the two parts repeat one another, whole or in part (*Fak-fak*,
    *kemerah-merahan*, *bermain-main*, *sayur-mayur*): a reduplication keeps its hyphen."""
    left = left.lower()
    return (right == left or right.startswith(left[-3:]) or left.endswith(right[:3])
            or left[-2:] == right[-2:])


def broken_words(text: str, is_word: Callable[[str], bool], is_place: Callable[[str], bool],
                 nonstandard: Callable[[str], bool]) -> Iterator[Finding]:
    """*menyerah-kan* → *menyerahkan*: a hyphen inside what the dictionary knows as one
    word (a capitalised one as a place, *Karangwu-ngu* → *Karangwungu*). A joined form the
    non-standard table lists (*kerjasama*) is no fix."""
    if "-" not in text:
        return
    for match in _HYPHEN_RE.finditer(text):
        first = _FIRST_PART_RE.search(text, max(0, match.start() - 30), match.start())
        if first is None:
            continue
        left, right = first.group(), match.group(1)
        if left.lower() in _BOUND_FORMS or _reduplicated(left, right):
            continue
        if left.isupper() and len(left) > 1:
            continue                         # an acronym and a word: BBM-nya, KTP-el
        joined = left + right
        if left[:1].isupper() and not left[1:].islower():
            continue
        known = is_word(joined.lower()) if left.islower() else \
            is_word(joined.lower()) or is_place(joined)
        if not known or nonstandard(joined.lower()):
            continue
        yield Finding(first.start(), match.end(), text[first.start():match.end()], "style",
                      RULE_BROKEN_WORD,
                      f"Kata ini utuh; tanda hubung di tengahnya dihapus: “{joined}”.",
                      (joined,))


_CURLY_APOSTROPHE_RE = _PATTERNS.compile(r"’(?<=[A-Za-z]’)[a-z]+(?![\w’'])")
"""A typographic apostrophe between letters (the pattern opens with the mark, which the
engine finds fast); the letters before it are read back from the text."""
_LETTERS_BEFORE_RE = _PATTERNS.compile(r"(?<![\w’'])[A-Za-z]+\Z")


def curly_apostrophes(text: str, nonstandard: Mapping[str, str]) -> Iterator[Finding]:
    """*Do’a* → *Doa*: a form the non-standard table lists with a straight apostrophe
    (*do'a*), typed with the typographic one that word processors put in. The table's own
    entries with ’ (*jum’at*) are found by the table rule itself."""
    if "’" not in text:
        return
    for match in _CURLY_APOSTROPHE_RE.finditer(text):
        head = _LETTERS_BEFORE_RE.search(text, max(0, match.start() - 20), match.start())
        if head is None:
            continue
        written = text[head.start():match.end()]
        key = written.lower()
        if key in nonstandard:
            continue                         # listed as typed: the table rule's finding
        right = nonstandard.get(key.replace("’", "'"))
        if right is None:
            continue
        fixed = match_case(written, right)
        yield Finding(head.start(), match.end(), written, "style", RULE_NONSTANDARD,
                      f"Bentuk tidak baku; bentuk baku menurut KBBI: “{fixed}”.", (fixed,))
