"""Suggestions as classes of slip, not single words: two slips in one word, a missing space
after a preposition or before a derived word, the case carried over, and the standard form
first for every non-standard form of the style table."""

from __future__ import annotations

import random

import pytest

from app.language import Checker
from app.language.ranking import SECOND_SLIP, slip_cost
from app.language.suggest import distance
from app.language.two_edits import TwoEditIndex, osa_within


def test_banded_distance_agrees_with_the_full_table() -> None:
    rng = random.Random(3)
    for _ in range(3000):
        a = "".join(rng.choice("abkn") for _ in range(rng.randint(0, 7)))
        b = "".join(rng.choice("abkn") for _ in range(rng.randint(0, 7)))
        for limit in (1, 2):
            assert osa_within(a, b, limit) == (distance(a, b) <= limit), (a, b, limit)


def test_index_finds_words_two_slips_away_and_no_farther() -> None:
    index = TwoEditIndex(lambda: ["keamanan", "kegiatan", "ketertiban", "kemanan", "pemuda"])
    assert "ketertiban" in index.near("ktrtiban")        # two letters left out
    assert "keamanan" in index.near("kemaanan")          # swapped, then doubled
    assert "kegiatan" not in index.near("kgtn")          # too short to guess
    assert "ketertiban" not in index.near("ktrtbn")      # four slips


def test_index_builds_only_the_buckets_a_typo_needs() -> None:
    calls: list[int] = []

    def words() -> list[str]:
        calls.append(1)
        return ["kegiatan", "pemuda", "pemudi"]

    index = TwoEditIndex(words)
    assert calls == []                                   # nothing built before a typo
    assert index.near("kegiatn") == {"kegiatan"}
    assert calls == [1]
    assert index.near("pemda") == {"pemuda", "pemudi"}
    assert calls == [1]                                  # the word list is read once


def test_two_slips_cost_more_than_their_sum() -> None:
    # one letter left out and a neighbouring key: a second slip is rarer than the first
    one = slip_cost("kegiatn", "kegiatan")
    two = slip_cost("kegiqtn", "kegiatan")
    assert two >= one + SECOND_SLIP


@pytest.mark.parametrize(("typo", "meant"), [
    ("ktrtiban", "ketertiban"),          # two letters left out
    ("kpolisin", "kepolisian"),          # two vowels left out
    ("sekran", "sekarang"),              # the end left out
    ("jarinaggnnya", "jaringannya"),     # a letter doubled, another swapped
    ("pembanguann", "pembangunan"),
    ("perencaan", "perencanaan"),        # a syllable skipped by the eye
])
def test_two_slip_typos_get_the_word_in_the_first_three(checker: Checker, typo: str,
                                                        meant: str) -> None:
    assert meant in checker.suggest(typo)[:3]


@pytest.mark.parametrize(("typo", "meant"), [
    ("KTRTIBAN", "KETERTIBAN"), ("Ktrtiban", "Ketertiban"), ("Kpolisin", "Kepolisian"),
])
def test_two_slip_suggestions_keep_the_case(checker: Checker, typo: str, meant: str) -> None:
    assert checker.suggest(typo)[0] == meant


def test_one_slip_still_beats_a_more_common_word_two_slips_away(checker: Checker) -> None:
    assert checker.suggest("kegiatn")[0] == "kegiatan"
    assert checker.suggest("keamnan")[0] == "keamanan"
    assert checker.suggest("dimasukan")[0] == "dimasukkan"


@pytest.mark.parametrize(("typo", "meant"), [
    ("terusdigencarkan", "terus digencarkan"),   # the second word is a derived form
    ("akandisiagakan", "akan disiagakan"),
    ("didaratan", "di daratan"),                 # di before a noun is written apart
    ("dipasaran", "di pasaran"),
])
def test_missing_space_before_a_derived_word_or_after_di(checker: Checker, typo: str,
                                                         meant: str) -> None:
    assert meant in checker.suggest(typo)[:3]


def test_a_verb_with_di_is_not_split(checker: Checker) -> None:
    # the passive verb one slip away is far more likely than di + a noun
    assert checker.suggest("dilaksnakan")[0] == "dilaksanakan"


def _findings_at(checker: Checker, text: str, start: int, end: int) -> list[str] | None:
    for finding in checker.check(text):
        if finding.start == start and finding.end == end:
            return list(finding.suggestions)
    return None


def test_every_nonstandard_word_gets_its_standard_form_first(checker: Checker) -> None:
    frame = "Petugas melihat {} di lokasi itu."
    start = frame.index("{}")
    wrong_first: list[str] = []
    checked = 0
    for wrong, right in sorted(checker.style.data.nonstandard.items()):
        if " " in wrong or wrong != wrong.lower() or right != right.lower():
            continue
        suggestions = _findings_at(checker, frame.format(wrong), start, start + len(wrong))
        if suggestions is None:
            continue                         # a bound form joined to the next word: EYD rule
        checked += 1
        if suggestions[:1] != [right]:
            wrong_first.append(f"{wrong} -> {suggestions[:2]}")
    assert checked > 100
    assert wrong_first == []


@pytest.mark.parametrize(("typo", "meant"), [
    ("antarrwarga", "antarwarga"),       # a bound form written joined (EYD V, II.E)
    ("pascabencnaa", "pascabencana"),
    ("nonpemerintha", "nonpemerintah"),
])
def test_a_slip_after_a_bound_form_keeps_the_bound_form(checker: Checker, typo: str,
                                                        meant: str) -> None:
    assert checker.suggest(typo)[0] == meant


def test_a_short_rare_word_is_no_side_of_a_missing_space(checker: Checker) -> None:
    # a part the frequency list lacks must be a long derived word, not a rare root
    assert not any(" " in suggestion for suggestion in checker.suggest("keraiaman"))
