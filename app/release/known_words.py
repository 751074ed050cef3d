"""The words typed into a draft's structured fields, which the checker takes as known.

Names, places and units typed in the forms are right by definition: the checker
(:mod:`app.language`, which knows text, not releases) receives them as ``known_words``.
"""

from __future__ import annotations

from app.language.tokens import word_list
from app.release.model import Release


def words_from_release(release: Release) -> set[str]:
    """The words typed into the draft's structured fields (names, places, units), and each
    value of several words whole (an event's name): the checker leaves the capitals of a
    name the officer typed as it stands wherever the text repeats it."""
    values = release.known_names()
    return {word for value in values for word in word_list(value)} | {
        value.strip() for value in values if len(word_list(value)) > 1}
