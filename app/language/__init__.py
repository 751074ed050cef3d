"""Indonesian spelling and EYD style checking for press releases (no Qt here).

``Checker().check(text, known_words=...)`` is the whole API the UI and the CLI need;
offsets are Python ``str`` indices. This package knows text, not releases: the words a
draft's fields supply come from :func:`app.release.known_words.words_from_release`.
"""

from __future__ import annotations

from app.language.checker import RULE_CAPITAL, RULE_SPELLING, Checker
from app.language.finding import Finding
from app.language.lexicon import Lexicon
from app.language.spelling import INSTALL_HINT, SpellBackend
from app.language.style import RULES, StyleData
from app.language.userdict import PersonalDictionary, TeamDictionary

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
]

