"""The warm check's second round of speed-ups (issue 10) changes no finding: the rules'
own regexes tried only where their literals occur give the matches of a whole-text
search, the haystack is shared within one check and never carried to the next, and the
line-end and doubled-word shortcuts answer as the regexes they replace."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

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
from app.language.tokens import Token, tokenize

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


def test_the_literal_index_is_the_c_extension_the_project_depends_on(checker: Checker) -> None:
    """pyahocorasick is a dependency (pyproject.toml): without it the prefilter silently
    falls back to one ``str.find`` per literal, ~10 ms slower a check."""
    import ahocorasick

    text = "Petugas berjaga di desa sukamaju sejak pukul 07:00 WIB, s/d pukul 09:00 WIB."
    checker.check(text)
    checker.check(text)                          # the literals asked for are indexed now
    known, automaton = regex_starts.INDEX.automaton(False)
    assert isinstance(automaton, ahocorasick.Automaton) and "s/d" in known


def test_the_literal_index_gives_the_places_of_str_find() -> None:
    """One Aho–Corasick pass for all literals: the same places as ``str.find`` from every
    offset (overlapping and nested literals too, non-BMP characters before them, the
    folded text), cut at the same limit, whether the index has learnt a literal or not."""
    chooser = random.Random(17)
    pieces = ("se", "Se", "SE", "antar", "pasca ", "s/d", "aa", "a", " ", "\t", "\n", "İ",
              "ı", "é", "◦", "😀", "-", ".", "di", "Di", "ke", "nya", "7")
    literals = ("se", "se ", "antar", "pasca ", "s/d", "aa", "aaa", "a a", "di", "dike",
                "nya", "ke-7", "😀a", "◦ ◦", "a", " ", "anta", "ntar")
    index = regex_starts.LiteralIndex()
    for round_ in range(3):                          # learning, then from the automaton
        for _ in range(300):
            text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 60)))
            if round_ == 2:
                text *= 40                           # past the limit of places
            haystack = regex_starts.Haystack(text, index)
            folded_text = regex_starts.fold(text)
            for literal in chooser.sample(literals, len(literals)):
                expected = regex_starts.positions(text, literal)[:haystack.limit + 1]
                assert haystack.positions(literal, False) == expected, (text, literal)
                folded = haystack.positions(literal, True)
                if folded_text is None:
                    assert folded is None
                else:
                    assert folded == regex_starts.positions(folded_text, literal)[
                        :haystack.limit + 1], (text, literal)
    assert "antar" in index.automaton(False)[0] and "a" not in index.automaton(False)[0]


def test_rule_places_are_the_same_with_and_without_the_index(checker: Checker) -> None:
    starts = [rule.starts for rule in checker.style.data.eyd_rules if rule.starts]
    pieces = (*_PIECES, "antar provinsi ", "s/d ", "di konfirmasi ", "se-Kabupaten ",
              "Kombes Pol ", "Bapak-bapak ", "ke 78 ", "atau pun ", "S. Sos ")
    chooser = random.Random(23)
    index = regex_starts.LiteralIndex()
    for _ in range(150):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(1, 80)))
        plain, indexed = regex_starts.Haystack(text, None), regex_starts.Haystack(text, index)
        assert [plain.places(s) for s in starts] == [indexed.places(s) for s in starts], text


def _appositions_token_by_token(text: str, tokens: list[Token], is_trigger: Callable[[str], bool],
                                is_common: Callable[[str], bool]) -> set[int]:
    """The apposition reading as it was written before, asking every token for its gap."""
    found: set[int] = set()
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and text[token.end:following.start] == ", " and \
                is_trigger(following.text) and token.text[:1].isupper():
            run = index
            while run >= max(0, index - 3) and tokens[run].text[:1].isupper() and \
                    not is_trigger(tokens[run].text):
                found.add(run)
                if run == 0 or text[tokens[run - 1].end:tokens[run].start] != " ":
                    break
                run -= 1
        if index and token.text[:1].isupper() and not is_common(token.text) and \
                text[tokens[index - 1].end:token.start] == ", " and \
                context._SPEAKING_AFTER.match(text, token.end):
            found.add(index)
    return found


def test_appositions_read_only_at_commas_find_what_every_token_found(checker: Checker) -> None:
    """*Bagenda Ruslan, Kepala Dinas* and *Sekretaris Daerah, Sapril mengatakan*: the names
    beside a comma, now read from the places of ``", "`` only."""
    pieces = ("Bagenda ", "Ruslan", ", ", ",", ",  ", " ", "Kepala ", "Kapolsek ", "Camat ",
              "Sapril", " mengatakan", " menjelaskan ", "warga ", "Desa ", "\n", "F. ",
              "Tim ", "Sekretaris Daerah", "pukul 9", "(34)", ".")
    chooser = random.Random(29)
    is_trigger, is_common = checker._is_person_trigger, checker._is_common
    for _ in range(800):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(1, 30)))
        tokens = list(tokenize(text))
        assert context._appositions(text, tokens, is_trigger, is_common) == \
            _appositions_token_by_token(text, tokens, is_trigger, is_common), text
    text = ("Bagenda Ruslan, Kepala Dinas Sosial, hadir. "
            "Sekretaris Daerah, Sapril mengatakan hal itu.")
    tokens = list(tokenize(text))
    named = {tokens[index].text for index in context._appositions(text, tokens, is_trigger,
                                                                   is_common)}
    assert named == {"Bagenda", "Ruslan", "Sapril"}
