"""The words typed into a draft's structured fields, which the checker takes as known.

Names, places and units typed in the forms are right by definition: the checker
(:mod:`app.language`, which knows text, not releases) receives them as ``known_words``.
"""

from __future__ import annotations

from app.language.tokens import word_list
from app.release.model import Release


def words_from_release(release: Release) -> set[str]:
    """The words typed into the draft's structured fields (names, places, units)."""
    return {word for value in release.known_names() for word in word_list(value)}
