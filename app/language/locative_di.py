"""*di* joined to a noun of place or direction that the affix analysis reads as a verb.

EYD V, II.F: the preposition *di* is written apart from the word after it. The style rule
``kata-depan-serangkai`` finds most joined forms, but it leaves a word alone when a *meN-*
form of its root is attested (*memuncak*, *memojokkan*, *menyudutkan*), since *di* + root
may then be a passive. For a locative noun (KBBI: a noun of place or direction, the head of
a place phrase: *puncak*, *pojok*, *sudut*, *lereng*, *permukaan*) that reading does not
exist: *dipuncak* is *di puncak*. Only *balik* makes a real passive (*dibalik* 'turned
over'), so *dibalik* counts as the preposition only before a word that opens a noun phrase
(*dibalik musibah*, *dibalik layar*), not before *oleh*, a conjunction or a full stop.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.language.finding import Finding
from app.language.module_regex import ModulePatterns

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE = "kata-depan-serangkai"
"""The style rule's own id: the same slip, found where that rule steps back."""

LOCATIVES = ("puncak", "pojok", "sudut", "lereng", "permukaan", "muka", "pangkal", "hulu",
             "hilir", "balik")
"""KBBI nouns of place or direction whose *di-* form the affix data can take for a verb
(through *memuncak*, *memojokkan*, *menyudutkan*, *melereng*, *memukakan*…)."""
SUFFIX_ONLY_ROOTS = ("lain", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
                     "sembilan", "sepuluh")
"""Roots whose passive always carries a suffix (*dilainkan*, *diduakan*, *ditigakan*), so
bare *di* + root is the preposition before a noun phrase: *dilain kesempatan* → *di lain
kesempatan*, *didua titik* → *di dua titik* (EYD V, II.F). Session 13: full texts raw11-14
2 of 2 marked, tuning 2 of 2; the style rule steps back from them through *melainkan*,
*menduakan*."""
_VERB_CONTEXT = frozenset({
    "oleh", "dan", "atau", "agar", "supaya", "untuk", "sehingga", "hingga", "lalu",
    "kemudian", "lagi", "kembali", "ke", "menjadi", "dengan", "secara", "sebelum", "setelah",
    "sesudah", "saat", "ketika", "karena", "maka", "pula", "juga", "sudah", "telah", "akan",
    "arah", "posisi", "sebanyak", "berkali-kali", "tetapi", "namun", "sedangkan", "serta"})
"""Words after *dibalik* that show the verb 'turned over' (*dibalik oleh*, *dibalik agar*)."""

_JOINED_RES = {noun: _PATTERNS.compile(r"(?<![\w-])([Dd]i)(" + noun + r")(nya)?(?![\w-])")
               for noun in (*LOCATIVES, *SUFFIX_ONLY_ROOTS)}
"""One pattern per noun, tried only where ``str.find`` sees the joined form."""
_NEXT_WORD_RE = _PATTERNS.compile(r"[ \t]+([^\W\d_][\w-]*)")


def joined_locatives(text: str) -> Iterator[Finding]:
    """*dipuncak acara* → *di puncak acara*; *dibalik musibah* → *di balik musibah*;
    *dilain kesempatan* → *di lain kesempatan*."""
    matches = [match for noun, pattern in _JOINED_RES.items()
               if "di" + noun in text or "Di" + noun in text
               for match in pattern.finditer(text)]
    for match in sorted(matches, key=lambda found: found.start()):
        head, noun, enclitic = match.group(1), match.group(2), match.group(3) or ""
        if noun == "balik":
            if enclitic:
                continue                     # dibaliknya: 'turned over' as often as not
            after = _NEXT_WORD_RE.match(text, match.end())
            if after is None or after.group(1).lower() in _VERB_CONTEXT:
                continue
        fixed = f"{head} {noun}{enclitic}"
        yield Finding(match.start(), match.end(), match.group(), "style", RULE,
                      f"Kata depan di ditulis terpisah: “{fixed}”.", (fixed,))
