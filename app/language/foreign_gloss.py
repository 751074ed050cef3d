"""A foreign word the writer glosses on the spot is left to the writer (*kata-asing*).

EYD V (III.M, tanda kurung) uses brackets for an explanation or an equivalent of the word
before them: *petugas keamanan (security)*, *politik uang (money politics)*; a writer who
pairs a foreign term with its Indonesian equivalent (*monitoring atau pemantauan*,
*pemangku kepentingan/stakeholders*) has already given the reader the word the rule would
suggest. Readers of real releases marked none of these (tuning half and full texts: 0 of 2
plus 8 uncertain), while they mark the bare foreign word.
"""

from __future__ import annotations

import re

_JOIN_AFTER = re.compile(r"\s*(?:atau|yaitu|yakni|/|\()\s*")
_JOIN_BEFORE = r"\s*(?:atau|/|\()\s*$"
WINDOW = 60
"""Characters either side searched for the equivalent."""


def glossed(text: str, start: int, end: int, equivalent: str) -> bool:
    """Whether ``text[start:end]`` stands alone in brackets after a word (a gloss of the
    word before it), or beside its Indonesian ``equivalent`` joined by *atau*, *yaitu*,
    *yakni*, a slash or a bracket."""
    if start > 1 and text[start - 1] == "(" and text[end:end + 1] == ")" and \
            text[start - 2] == " " and text[:start - 2].rstrip()[-1:].isalpha():
        return True
    key = equivalent.lower()
    if not key:
        return False
    after = text[end:end + WINDOW].lower()
    joined = _JOIN_AFTER.match(after)
    if joined is not None and after[joined.end():].startswith(key):
        return True
    before = text[max(0, start - WINDOW):start].lower()
    return re.search(re.escape(key) + _JOIN_BEFORE, before) is not None
