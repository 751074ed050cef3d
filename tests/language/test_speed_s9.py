"""Session 9 speed work: prefilter starts read through groups, the engine's own literal
skipping, single characters counted before they are listed — always the same matches."""

from __future__ import annotations

import re

import pytest

from app.language.regex_starts import Haystack, finditer, literal_starts, scan

TEXTS = (
    "Apel dimulai pukul 07:30 WIB di halaman Mapolres Sukamaju, lalu 12:301 bukan jam.",
    "Petugas KORAMILnya hadir; PPKnya juga. Skor 3:1, rapat 9:05 dan 24:00, 1:5.",
    "Kapolsek AKP Darmawan mengatakan, warga diminta waspada. Bripka Sutejo, S.H. hadir.",
    "Jam ١٢:٣٠ ditulis dengan angka Arab; jam 10:15 dengan angka biasa.",
    "",
    ", , ,  .  . ,a ,b",
    "Hadir dr. Sari, S.H. dan Ir.Budi, M.Si. pada 1.250.000 dan ABCDEF. ke kegiatan.",
    "a    , b   ,c ,d",
)


def _same(pattern: re.Pattern[str], text: str) -> None:
    starts = literal_starts(pattern)
    places = Haystack(text).places(starts) if starts else None
    got = [] if places == [] else [m.span() for m in finditer(pattern, places, text)]
    assert got == [m.span() for m in pattern.finditer(text)]


def test_a_run_inside_a_group_is_read_as_a_lead() -> None:
    """``(\\d{1,2}):`` starts at a colon with digits before it, not at every digit."""
    starts = literal_starts(re.compile(r"(?<![\d.:,])(\d{1,2}):(\d{2})(?![\d:])"))
    assert starts is not None
    assert starts.exact == (":",)
    assert starts.lead == "0123456789" and starts.lead_min == 1
    assert starts.digits                   # digits of other scripts: searched whole


def test_a_run_written_in_parts_of_one_class_adds_up() -> None:
    """``[A-Z][A-Z]+nya``: at least two capitals before the enclitic."""
    starts = literal_starts(re.compile(r"([A-Z][A-Z]+)(nya|ku|mu)(?![\w-])"))
    assert starts is not None
    assert starts.exact == ("ku", "mu", "nya")
    assert starts.lead_min == 2 and set(starts.lead) == set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def test_a_refusing_lookbehind_leaves_only_the_start_of_the_run() -> None:
    """``(?<![\\w.])(?:[A-Za-z]{1,5}\\.)+``: *S.H.* and *dr.* start where their letters
    start, never inside a word, and a word longer than five letters before a period
    (*kegiatan.*) is no place at all."""
    pattern = re.compile(r"(?<![\w.])(?:[A-Za-z]{1,5}\.)+(?:[A-Za-z]{1,5}\.?)?")
    starts = literal_starts(pattern)
    assert starts is not None
    assert starts.exact == (".",) and starts.lead_alone and starts.lead_max == 5
    text = "Hadir dr. Sari, S.H. di kegiatan. Lalu Ir.Budi."
    places = Haystack(text).places(starts)
    assert places == [6, 16, 18, 39, 42]
    _same(pattern, text)


def test_a_bounded_run_is_walked_back_no_further_than_its_bound() -> None:
    """``[ \\t]{1,2},`` can start one or two blanks before the comma, not further."""
    starts = literal_starts(re.compile(r"[ \t]{1,2},"))
    assert starts is not None and starts.lead_max == 2 and not starts.lead_alone
    assert Haystack("a    , b").places(starts) == [3, 4]


def test_a_single_class_keeps_its_literals() -> None:
    """``[“”]kata`` is best found by its two literals, not as a run before *kata*."""
    starts = literal_starts(re.compile(r"[“”]kata"))
    assert starts is not None
    assert starts.exact == ("“kata", "”kata") and starts.lead == ""


def test_a_literal_prefix_is_left_to_the_engine() -> None:
    """``,[ \\t]+x``: the engine skips to each comma itself; the look-up only says
    whether the text could match at all."""
    pattern = re.compile(r",[ \t]+(?=“)")
    starts = literal_starts(pattern)
    assert starts is not None and starts.engine_skips
    assert Haystack("kata, “ya”").places(starts) is None
    assert Haystack("kata, ya").places(starts) == []     # no opening quote: no search
    lookbehind = literal_starts(re.compile(r"(?<=\w),[ \t]+"))
    assert lookbehind is not None and not lookbehind.engine_skips


def test_a_character_too_frequent_is_counted_not_listed() -> None:
    """More places of a single character than the limit: search everywhere."""
    starts = literal_starts(re.compile(r"(?<=\w)[ \t]*/[ \t]*(?=\w)"))
    text = "a / b " * 200
    haystack = Haystack(text)
    assert starts is not None and "/" in starts.exact
    assert haystack.count("/", False) == 200
    assert haystack.places(starts) is None
    assert Haystack("a / b").places(starts) == [1, 2, 3]


@pytest.mark.parametrize("source", [
    r"(?<![\d.:,])(\d{1,2}):(\d{2})(?![\d:])",
    r"([A-Z][A-Z]+)(nya|ku|mu)(?![\w-])",
    r"(?<=\w)[ \t]+([,.;!?])(?=[ \t]|$)",
    r",[ \t]+(?=[a-z])",
    r"(?:[ \t]+/[ \t]*|/[ \t]+)(?=[^\W\d_]{2})",
    r"(\d+)\s*(?:ribu|juta)",
    r"((?:[A-Z]\.){2,})\s",
    r"[“”]\w+",
    r"(?<![\w.])(?:[A-Za-z]{1,5}\.)+(?:[A-Za-z]{1,5}\.?)?",
    r"[ \t]{1,2},",
    r"(?<![\w-])(?:\d{1,3}\.)+\d{3}",
])
def test_the_matches_are_those_of_a_plain_search(source: str) -> None:
    pattern = re.compile(source, re.MULTILINE)
    for text in TEXTS:
        _same(pattern, text)


def test_scan_finds_what_finditer_finds() -> None:
    pattern = re.compile(r"(?<=[^\W\d_] )(?:Jawa Timur|Jawa Tengah|Bali)(?![\w-])")
    text = "Kabupaten Malang Jawa Timur dan Badung Bali, bukan 7 Bali."
    assert [m.span() for m in scan(pattern, text)] == [m.span() for m in pattern.finditer(text)]
    assert len(list(scan(pattern, text))) == 2
