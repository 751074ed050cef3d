"""The warm check's second round of speed-ups (issue 10) changes no finding: the rules'
own regexes tried only where their literals occur give the matches of a whole-text
search, the haystack is shared within one check and never carried to the next, and the
line-end and doubled-word shortcuts answer as the regexes they replace."""

from __future__ import annotations

import random
import re

import pytest

from app.language import (
    capital_before_name,
    capitals,
    context,
    eyd_context,
    punctuation,
    regex_starts,
    style,
)
from app.language.checker import Checker
from app.language.regex_starts import scan, shared_haystack

_SCANNED = [
    capitals._REGULATION_RE, capitals._PLACE_WORD_RE, capitals._ADDRESS_RE,
    capitals._OFFICE_RE, style._QUOTE_OPENS_LOWER_RE, style._TIME_RE, style._SPLIT_PREFIX_RE,
    style._NASAL_MELT_RE, capital_before_name._DAY_MONTH_RE, punctuation._CLOSING_OPENS_RE,
    punctuation._MEN_WORD_RE, context._INITIALS_RE,
]
"""The module regexes ``scan`` now tries (a pattern without literals is searched whole)."""

_PIECES = ("UU Nomor 5 Tahun 2020 tentang ", "desa sukamaju ", "Kec. tanjung ", "DESA ",
           "pukul 09:30 WIB ", "di kantor ", "Bapak ", "ibu ", "bapak Kapolsek ", "“ya, ",
           "”, ", "\"kata ", "pe ngamanan ", "di lakukan ", "menkonsumsi ", "mem-pedomani ",
           "Senin, 3 maret ", "(AS) ", "berinisial RK ", "Ka. ", "\n", " ", "\t", ".", ",",
           "-", "7", "é", "İ", "ı", "◦ ", "Warga ", "warga ", "kelurahan ", "Kantor Camat ")


def _texts(count: int, seed: int) -> list[str]:
    chooser = random.Random(seed)
    return ["".join(chooser.choice(_PIECES) for _ in range(chooser.randint(1, 24)))
            for _ in range(count)]


@pytest.mark.parametrize("pattern", _SCANNED, ids=lambda pattern: pattern.pattern[:30])
def test_scan_gives_the_matches_of_the_whole_text_search(pattern: re.Pattern[str]) -> None:
    for text in _texts(400, 11):
        shared_haystack(text, fresh=True)        # as a check starts
        assert [m.span() for m in scan(pattern, text)] == \
            [m.span() for m in pattern.finditer(text)], text


def test_a_check_never_reads_the_haystack_of_the_check_before() -> None:
    text = "Warga desa sukamaju berkumpul di kantor pada pukul 09:30 WIB."
    first = shared_haystack(text, fresh=True)
    assert shared_haystack(text) is first       # the rules of one check share it
    assert shared_haystack(text, fresh=True) is not first
    assert shared_haystack(text + " ") is not first


def test_style_check_starts_a_fresh_haystack(checker: Checker) -> None:
    text = "Petugas berjaga di desa sukamaju sejak pukul 07:00 WIB."
    checker.check(text)
    used = regex_starts._SHARED.haystack
    checker.check(text)
    assert regex_starts._SHARED.haystack is not used
    assert checker.check(text) == checker.check(text)


_LINE_END_RE = re.compile(r"(\S+)[ \t]*$")


def test_last_word_of_a_line_is_what_the_regex_finds() -> None:
    chooser = random.Random(5)
    pieces = ("kata", " ", "\t", "\r", "\xa0", "(9/1/24)", ".", "”", "\u2003", "é", "")
    lines = ["", " ", "\t \t", "akhir\r", "akhir\xa0", "akhir \t", "satu dua"]
    lines += ["".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 8)))
              for _ in range(3000)]
    for line in lines:
        match = _LINE_END_RE.search(line)
        expected = None if match is None else match.start(1)
        assert eyd_context._last_word_start(line) == expected, repr(line)


def test_doubled_words_found_where_runs_repeat_and_only_there(checker: Checker) -> None:
    found = list(checker.style._doubled_words("Kami kami datang ke ke desa."))
    assert [f.text for f in found] == ["Kami kami", "ke ke"]
    assert list(checker.style._doubled_words("Kami datang ke desa, desa Sukamaju.")) == []


def test_a_literal_read_from_its_prefix_has_the_places_of_a_search() -> None:
    """*Bebernya* is looked for where *Beber* stands, *Antar-\\t* where *Antar-* does:
    the same places as ``str.find`` from every offset, overlapping ones too."""
    chooser = random.Random(9)
    pieces = ("Beber", "nya", "Antar-", " ", "\t", "aa", "a", "Ko", "mbes", "\n")
    literals = ("Beber", "Bebernya", "Antar-\t", "Antar- ", "aaa", "aa", "Kombes ",
                "Kombes", "a\t", "nyaa")
    for _ in range(300):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 30)))
        haystack = regex_starts.Haystack(text)
        for literal in chooser.sample(literals, len(literals)):   # any order of look-ups
            expected = regex_starts.positions(text, literal)[:haystack.limit + 1]
            assert haystack.positions(literal, False) == expected, (text, literal)


def test_spaced_dash_places_hold_every_match_start() -> None:
    """*program – program*: the reduplication rule is tried only at the letter run before a
    dash with a blank beside it, and finds what the whole-text search finds."""
    chooser = random.Random(13)
    pieces = ("kata", "Kata", " ", "\t", "-", "–", "—", "7", "²", "_", "é", "\n", "x")
    for _ in range(3000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 16)))
        places = style._spaced_dash_places(text)
        assert [m.span() for m in regex_starts.finditer(style._SPACED_DASH_RE, places, text)] \
            == [m.span() for m in style._SPACED_DASH_RE.finditer(text)], repr(text)
