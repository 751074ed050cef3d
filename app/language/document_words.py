"""A typo's candidates weighed with the words of the text it stands in.

A writer repeats his own words: a release about planting says *menanam* again, one about
a unit names *Polres* again. A slip of such a word (*menanan*, *Polre*) is likelier to be
that word than a general word list says, so a candidate the text itself uses correctly
counts as more common — a cache model of word frequency (Kuhn and De Mori, 1990: the
recent text mixed into the general counts). The text's share of a word is weighed in at
``DOCUMENT_WEIGHT``: a common word (*bahwa*, *dalam*), which every text uses, gains
nearly nothing, a rarer one the text uses again gains much. Only the first place
changes: the suggester's own order stays for the rest.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable

DOCUMENT_WEIGHT = 0.02
"""The weight of the text's own word counts beside the general frequency list (zipf:
occurrences per billion words)."""
PER_BILLION = 1e9
MIN_TEXT_WORDS = 200
"""A text is taken to be at least this long: one sentence's share of a word says little
about its writer's words (a word once in ten is no word a tenth of all he writes)."""
UNKNOWN_ZIPF = 1.0
"""``ranking.UNKNOWN_ZIPF``: the frequency a known word the list lacks is given."""
_WORD = re.compile(r"[^\W\d_]+")
"""A word of letters."""


class DocumentWords:
    """The words of one text, counted in lower case."""

    def __init__(self, text: str) -> None:
        words = [word.lower() for word in _WORD.findall(text)]
        self.total = len(words)
        self.counts = Counter(words)

    def zipf(self, word: str, general: float) -> float:
        """``general`` (a zipf frequency) mixed with the text's own count of ``word``."""
        count = self.counts.get(word.lower(), 0)
        if not count or not self.total:
            return general
        own = DOCUMENT_WEIGHT * PER_BILLION * count / max(self.total, MIN_TEXT_WORDS)
        return math.log10(10 ** max(general, UNKNOWN_ZIPF) + own)


def prefer_document_word(word: str, suggestions: tuple[str, ...], document: DocumentWords,
                         score: Callable[[str, str], float],
                         zipf: Callable[[str], float]) -> tuple[str, ...]:
    """``suggestions`` with the likeliest candidate first once the text's own words are
    weighed in (``DocumentWords.zipf``); ``score`` is the suggester's likelihood of a
    candidate, ``zipf`` the general frequency it was read from. A candidate of two words
    (a missing space) is left where it is."""
    if len(suggestions) < 2:
        return suggestions

    def weighed(candidate: str) -> float:
        own = score(word, candidate)
        if " " not in candidate and document.counts.get(candidate.lower()):
            general = zipf(candidate)
            own += document.zipf(candidate, general) - max(general, UNKNOWN_ZIPF)
        return own

    best, best_score = 0, weighed(suggestions[0])
    above = score(word, suggestions[0])
    for place, candidate in enumerate(suggestions[1:], start=1):
        general = score(word, candidate)
        if " " not in candidate and document.counts.get(candidate.lower()):
            own = weighed(candidate)         # only the text's own words move up, past
            if own > max(best_score, above):  # every word the suggester put above them
                best, best_score = place, own
        above = max(above, general)
    if best == 0:
        return suggestions
    return (suggestions[best], *suggestions[:best], *suggestions[best + 1:])
