"""Word and character counts and reading time for the status bar."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

WORDS_PER_MINUTE = 200
"""A common figure for reading Indonesian news text on screen."""
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@dataclass(frozen=True)
class TextStats:
    words: int
    characters: int
    characters_no_spaces: int
    reading_minutes: int

    def summary(self) -> str:
        """Indonesian status-bar text (the UI translates its own labels separately)."""
        minutes = "< 1 menit" if self.reading_minutes < 1 else f"{self.reading_minutes} menit"
        return f"{self.words} kata · {self.characters} karakter · baca {minutes}"


def text_stats(text: str, words_per_minute: int = WORDS_PER_MINUTE) -> TextStats:
    """Counts for ``text``; a hyphenated word (*teman-temannya*) counts once."""
    words = len(_WORD.findall(text))
    characters = len(text.strip())
    no_spaces = sum(1 for char in text if not char.isspace())
    minutes = 0 if words == 0 else math.ceil(words / max(1, words_per_minute))
    if words and words < words_per_minute // 2:
        minutes = 0
    return TextStats(words, characters, no_spaces, minutes)
