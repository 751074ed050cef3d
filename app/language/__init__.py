"""Indonesian spelling and EYD style checking for press releases (no Qt here).

``Checker().check(text, known_words=words_from_release(release))`` is the whole API the
UI and the CLI need; offsets are Python ``str`` indices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.language.checker import RULE_CAPITAL, RULE_SPELLING, Checker
from app.language.finding import Finding
from app.language.lexicon import Lexicon
from app.language.spelling import INSTALL_HINT, SpellBackend
from app.language.style import RULES, StyleData
from app.language.tokens import word_list
from app.language.userdict import PersonalDictionary, TeamDictionary

if TYPE_CHECKING:
    from app.model import Release

__all__ = [
    "INSTALL_HINT",
    "RULES",
    "RULE_CAPITAL",
    "RULE_SPELLING",
    "Checker",
    "Finding",
    "Lexicon",
    "PersonalDictionary",
    "SpellBackend",
    "StyleData",
    "TeamDictionary",
    "words_from_release",
]


def words_from_release(release: Release) -> set[str]:
    """The words typed into the draft's structured fields (names, places, units)."""
    return {word for value in release.known_names() for word in word_list(value)}
