"""Letters from the wrong key set: a digit for a letter, a letter of another alphabet.

Two slips no dictionary look-up sees, because the word is no longer a word of letters:

- **A digit typed for the letter it looks like** (*Sudaryant0*, *P0lres*, *Po1res*): the
  Indonesian alphabet has 26 letters (EYD V, I.A Huruf Abjad), and a word is written in
  them; a single 0 or 1 glued to at least four letters, where O or L/I read there gives a
  word the checker knows, is that letter. Codes keep their digits (*Covid19*, *A50*,
  *B1*): two digits or fewer than four letters are left alone. So is a lowercase *l*
  typed for a capital *I* (*lndonesia*, *lbu*): no Indonesian word starts with *l* and a
  consonant, and the same word with *I* is a known one.
- **A letter of another alphabet** (*Sianțar* with Romanian ț, *Kaşim* with Turkish ş):
  EYD V, I.A lists the 26 letters and, for pronunciation only, é/è/ê (I.A.2 Huruf
  Vokal); a word that carries another mark and reads as a known word without it was typed
  with the wrong keyboard or pasted from a converter.

Both are cheap: the digit check runs only on a token glued to a digit, the letter check
only on a token that is not ASCII.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

EXAMPLES: dict[str, tuple[list[str], list[str]]] = {
    "huruf-angka": (["Hadir pula Drs. Sudaryant0, M.Si., dari dinas.",
                     "Personel P0lres Contoh berjaga di pos.",
                     "Warga lndonesia di sana pulang kampung."],
                    ["Vaksin Covid19 tiba di gudang.", "Ruang B1 dan A50 dipakai rapat."]),
    "huruf-asing": (["Warga Kota Pematang Sianțar hadir."],
                    ["Kafe itu menjual kopi."]),
}
"""Wrong and right example sentences of each kind of slip (run by the tests)."""

MIN_LETTERS = 4
"""Letters around the digit: fewer and the run is a code (*B1*, *A50*, *K9*)."""
DIGIT_LETTERS: dict[str, tuple[str, ...]] = {"0": ("o",), "1": ("l", "i")}
"""The letters each digit is mistaken for: they look alike on the page."""
VOWELS = frozenset("aeiou")
INDONESIAN_MARKS = frozenset("éèêÉÈÊ")
"""Marks EYD V allows (I.A.2: é, è, ê show how e is said)."""


@dataclass(frozen=True)
class LetterSlip:
    """A slip found: where it runs, what was written and the word meant."""

    start: int
    end: int
    written: str
    meant: str
    kind: str


MAX_RUN = 40
"""Letters and digits beyond this many in one run are no word with a slip (a pasted code,
a hash): the run is not read further, so a 100,000-character token costs no more than a
word for each of its pieces."""


def digit_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The run of letters and digits around ``text[start:end]`` (*Sudaryant0*), or None
    when it is longer than ``MAX_RUN``."""
    floor, ceiling = max(0, end - MAX_RUN - 1), min(len(text), start + MAX_RUN + 1)
    while start > floor and text[start - 1].isalnum():
        start -= 1
    while end < ceiling and text[end].isalnum():
        end += 1
    if end - start > MAX_RUN:
        return None
    return start, end


def digit_for_letter(text: str, start: int, end: int,
                     known: Callable[[str], bool]) -> LetterSlip | None:
    """A single 0 or 1 inside or at the edge of a word of letters, read as O or L/I,
    when the word so read is one ``known`` accepts."""
    bounds = digit_run(text, start, end)
    if bounds is None:
        return None
    start, end = bounds
    run = text[start:end]
    digits = [index for index, char in enumerate(run) if char.isdigit()]
    if len(digits) != 1 or run[digits[0]] not in DIGIT_LETTERS or \
            len(run) - 1 < MIN_LETTERS or not run.replace(run[digits[0]], "").isalpha():
        return None
    at = digits[0]
    neighbours = run[:at] + run[at + 1:]
    upper = neighbours.isupper() or (at == 0 and len(run) > 1 and run[1].islower())
    for letter in DIGIT_LETTERS[run[at]]:
        meant = run[:at] + (letter.upper() if upper else letter) + run[at + 1:]
        if known(meant):
            return LetterSlip(start, end, run, meant, "huruf-angka")
    return None


def l_for_capital_i(word: str, start: int,
                    known: Callable[[str], bool]) -> LetterSlip | None:
    """*lndonesia* → *Indonesia*: a word starting with *l* and a consonant, which no
    Indonesian word does, that reads as a known word with a capital *I*."""
    if len(word) < 3 or word[0] != "l" or word[1] in VOWELS or not word[1:].isalpha():
        return None
    meant = "I" + word[1:]
    return LetterSlip(start, start + len(word), word, meant, "huruf-angka") \
        if known(meant) else None


def folded(word: str) -> str | None:
    """The word without marks outside the Indonesian alphabet, or None if it has none."""
    if word.isascii():
        return None
    letters = []
    changed = False
    for char in word:
        if char.isascii() or char in INDONESIAN_MARKS or not char.isalpha():
            letters.append(char)
            continue
        base = "".join(part for part in unicodedata.normalize("NFKD", char)
                       if not unicodedata.combining(part))
        if not base.isascii() or not base.isalpha():
            return None                      # another script altogether: not a slip
        letters.append(base)
        changed = True
    return "".join(letters) if changed else None


def foreign_letter(word: str, start: int, known: Callable[[str], bool]) -> LetterSlip | None:
    """A word with a letter of another alphabet that reads as a known word without its
    mark (*Sianțar* → *Siantar*)."""
    meant = folded(word)
    if meant is None or not known(meant):
        return None
    return LetterSlip(start, start + len(word), word, meant, "huruf-asing")


MESSAGES = {
    "huruf-angka": ("“{written}” memuat angka atau huruf yang mirip di tempat huruf yang "
                    "dimaksud; maksudnya “{meant}”? (EYD V, I.A Huruf Abjad)"),
    "huruf-asing": ("“{written}” memuat huruf di luar abjad Indonesia; maksudnya “{meant}”? "
                    "(EYD V, I.A Huruf Abjad)"),
}
"""The message of each slip, with its source."""
