"""Lower-case acronyms a release defines in brackets after their expansion.

EYD V (I.J, singkatan dan akronim) writes an acronym made of syllables of common words in
lower case (*rudal*, *tilang*), and a release introduces its own the same way it introduces
a capital one: the words first, the short form in brackets right after them — *tim
khusus (timsus)*, *satuan fungsi (satfung)*, *gerak cepat (gercep)*. Such a word is no
misspelling anywhere in that text. It is accepted only when it can be spelt from the words
before the bracket: a start of the first word it uses, then a piece of each later word in
order (a piece of at least two letters, or one initial), so a bracketed typo or an
unrelated word after a phrase is still checked.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from app.language.module_regex import ModulePatterns

logger = logging.getLogger(__name__)

_PATTERNS = ModulePatterns(__name__)
_BRACKETED_RE = _PATTERNS.compile(r"(?<=[^\W\d_] )\(([a-z]{3,12})\)")
"""A bracketed lower-case word right after a word and a space."""
_WORDS_BEFORE_RE = _PATTERNS.compile(r"(?<![^\W\d_])(?:[^\W\d_]+[ \t]+){1,6}$")
"""Up to six words ending where the bracket opens."""
LOOK_BACK = 120
"""Characters before the bracket searched for its words (six long words fit)."""
_SKIPPABLE = frozenset({"dan", "dari", "di", "ke", "untuk", "yang", "dengan", "serta", "atau"})
"""Function words an acronym leaves out (*keamanan dan ketertiban* → *kamtib*)."""
MAX_PIECE = 5
"""No syllable piece of an acronym is longer (*fung* of *fungsi*, *bimb*…)."""


def lowercase_acronyms(text: str) -> set[str]:
    """The lower-case bracketed acronyms of ``text`` spelt from the words before them."""
    found: set[str] = set()
    if "(" not in text:
        return found
    for match in _BRACKETED_RE.finditer(text):
        before = _WORDS_BEFORE_RE.search(text, max(0, match.start() - LOOK_BACK), match.start())
        if before is None:
            continue
        words = tuple(word.lower() for word in before.group(0).split())
        acronym = match.group(1)
        if acronym in words:
            continue                         # (tim): a word repeated, not an acronym
        if any(spells(acronym, words[start:]) for start in range(len(words))):
            found.add(acronym)
    return found


@lru_cache(maxsize=1024)
def spells(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether ``acronym`` is a start of ``words[0]`` followed by pieces of the later
    words, in order, every word but function words used, at least two words used."""
    if not words or words[0] in _SKIPPABLE:
        return False
    first = words[0]
    return any(_rest(acronym[size:], words[1:])
               for size in range(1, min(len(first), MAX_PIECE, len(acronym) - 1) + 1)
               if acronym.startswith(first[:size]))


def _rest(left: str, words: tuple[str, ...]) -> bool:
    """``left`` spelt by pieces of every word of ``words`` in order (function words may be
    skipped): each piece a start of its word, or a run of two letters or more inside it."""
    if not words:
        return False
    word, later = words[0], words[1:]
    if word in _SKIPPABLE and _rest(left, later):
        return True
    for size in range(1, min(len(left), MAX_PIECE) + 1):
        piece = left[:size]
        if not (word.startswith(piece) or (size >= 2 and piece in word)):
            continue
        if size == len(left):
            if not later or all(other in _SKIPPABLE for other in later):
                return True
        elif _rest(left[size:], later):
            return True
    return False
