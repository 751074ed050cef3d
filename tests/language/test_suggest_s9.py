"""Suggestions for classes the real-context slip bench and the tuning labels showed (issue
10, session 9): a stop at the end of a syllable written as it sounds, one letter of an
Arabic *kh* left out, an acronym in the title case EYD V writes it in, an office standing
for its holder keeping its capital, the typed capital of lexicon jargon kept in the first
three, a missing space before a service word hunspell lacks, a common word mistyped where
*di*/*ke* seems joined to a noun. Every sentence is made up."""

from __future__ import annotations

import random

import pytest

from app.language import Checker
from app.language.ranking import (
    DEVOICED,
    KH_SPOKEN,
    OTHER_SWAP,
    channel_cost,
    slip_cost,
)
from bench.suggest_real_slips import SLIP_WEIGHTS, Case, release_cases, run


def suggestions(checker: Checker, text: str, word: str) -> tuple[str, ...]:
    finding = next((f for f in checker.check(text) if f.text == word), None)
    assert finding is not None, f"{word} not flagged in {text!r}"
    return finding.suggestions


# -- a stop devoiced or voiced at the end of a syllable ---------------------------------------

def test_a_stop_at_a_syllable_end_costs_a_habit_not_a_wrong_key() -> None:
    assert channel_cost("mantab", "mantap") == DEVOICED        # the end of the word
    assert channel_cost("sebap", "sebab") == DEVOICED
    assert channel_cost("tekat", "tekad") == DEVOICED
    assert channel_cost("dabat", "dapat") == OTHER_SWAP        # before a vowel: a slip
    assert channel_cost("mantab", "mantap") < channel_cost("mantax", "mantap")


@pytest.mark.parametrize(("text", "word", "meant"), [
    ("Persiapan pengamanan sudah mantab sejak pekan lalu.", "mantab", "mantap"),
    ("Tim memastikan sebap kebakaran gudang itu.", "sebap", "sebab"),
    ("Warga bertekat menjaga kebersihan kampung.", "bertekat", "bertekad"),
])
def test_the_word_said_so_comes_first(checker: Checker, text: str, word: str,
                                      meant: str) -> None:
    assert suggestions(checker, text, word)[:1] == (meant,)


# -- one letter of kh left out -----------------------------------------------------------------

def test_a_letter_of_kh_left_out_is_cheaper_than_another_consonant() -> None:
    assert channel_cost("iklas", "ikhlas") == KH_SPOKEN
    assert channel_cost("ahir", "akhir") == KH_SPOKEN
    assert channel_cost("iklas", "ikhlas") < channel_cost("ikhas", "ikhlas")


@pytest.mark.parametrize(("text", "word", "meant"), [
    ("Petugas bekerja dengan iklas membantu korban banjir.", "iklas", "ikhlas"),
    ("Pada ahir kegiatan, peserta berfoto bersama.", "ahir", "akhir"),
])
def test_the_kh_word_comes_first(checker: Checker, text: str, word: str, meant: str) -> None:
    assert suggestions(checker, text, word)[:1] == (meant,)


# -- an acronym of syllables in title case -------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "meant"), [
    ("Kehadiran Polori di tengah warga disambut baik.", "Polori", "Polri"),
    ("Anggota polori berjaga di pasar.", "polori", "Polri"),
    ("KEHADIRAN POLORI DISAMBUT WARGA\n\nWarga senang.", "POLORI", "POLRI"),
])
def test_an_acronym_comes_in_the_case_it_is_written(checker: Checker, text: str, word: str,
                                                   meant: str) -> None:
    assert suggestions(checker, text, word)[:1] == (meant,)


def test_an_initialism_and_a_capitalised_common_word_stay_as_they_are(checker: Checker) -> None:
    assert "BPBD" in checker.suggest("Bpdb")[:3]              # no title-case form of it
    assert "Di" not in checker.suggest("pdi")                 # DI is not the preposition


# -- an office standing for its holder, jargon in the case typed --------------------------------

def test_an_office_after_a_verb_of_saying_keeps_its_capital_first(checker: Checker) -> None:
    found = suggestions(checker, "Semua aman,” ucap Kapores dalam arahannya.", "Kapores")
    assert found[:2] == ("Kapolres", "kapolres")


def test_jargon_lowered_mid_sentence_keeps_the_typed_capital_second(checker: Checker) -> None:
    found = suggestions(checker, "Warga ikut mencegah Karhutlea di desa itu.", "Karhutlea")
    assert found[:2] == ("karhutla", "Karhutla")


def test_a_common_word_lowered_mid_sentence_gets_no_capital_back(checker: Checker) -> None:
    found = suggestions(checker, "Warga membawa Sampahh ke tempat itu.", "Sampahh")
    assert found[:1] == ("sampah",)
    assert "Sampah" not in found


# -- a missing space before a service word hunspell lacks ----------------------------------------

@pytest.mark.parametrize(("text", "word", "meant"), [
    ("Petugas mendata jumlahbalita di posyandu desa.", "jumlahbalita", "jumlah balita"),
    ("Warga menerima bantuansembako dari polsek.", "bantuansembako", "bantuan sembako"),
])
def test_a_lexicon_word_may_stand_on_one_side_of_a_missing_space(
        checker: Checker, text: str, word: str, meant: str) -> None:
    assert suggestions(checker, text, word)[:1] == (meant,)


def test_a_slip_in_a_service_word_is_still_the_word(checker: Checker) -> None:
    assert checker.suggest("sembakoo")[:1] == ("sembako",)


# -- di/ke read as joined to a noun, a common word mistyped ---------------------------------------

@pytest.mark.parametrize(("text", "word", "split", "meant"), [
    ("Hal itu sudah dikanal warga sejak lama.", "dikanal", "di kanal", "dikenal"),
    ("Mereka menyerahkan laporan kepadi kami kemarin.", "kepadi", "ke padi", "kepada"),
])
def test_the_common_word_comes_after_the_split(checker: Checker, text: str, word: str,
                                               split: str, meant: str) -> None:
    assert suggestions(checker, text, word)[:2] == (split, meant)


@pytest.mark.parametrize(("text", "word"), [
    ("Warga berkumpul dijalan desa.", "dijalan"),        # dijalani: rarer than jalan
    ("Petugas berjaga disini sejak pagi.", "disini"),
])
def test_a_plain_joined_preposition_gets_only_its_split(checker: Checker, text: str,
                                                       word: str) -> None:
    assert suggestions(checker, text, word) == (f"{word[:2]} {word[2:]}",)


# -- the real-context slip bench ------------------------------------------------------------------

def test_the_slip_bench_puts_each_slip_in_its_own_paragraph(checker: Checker) -> None:
    text = ("Kapolres Ngawi meninjau pos pengamanan di perbatasan desa.\n\n"
            "Petugas gabungan menjaga keamanan pasar tradisional sepanjang malam.")
    cases = release_cases(text, [], checker, random.Random(3))
    assert cases
    paragraphs = text.split("\n\n")
    for case in cases:
        assert case.text[case.start:case.end] == case.wrong
        restored = case.text[:case.start] + case.right + case.text[case.end:]
        assert restored in paragraphs
        assert case.wrong.lower() != case.right.lower() and case.kind in SLIP_WEIGHTS


def test_the_slip_bench_scores_the_word_meant(checker: Checker) -> None:
    text = "Petugas memeriksa kendaraan di pos pengamanan."
    typo = "kendaran"
    start = text.index("kendaraan")
    slipped = text.replace("kendaraan", typo)
    tallies = run(checker, [Case("ganda-jadi-tunggal", "kecil", slipped, start,
                                 start + len(typo), typo, "kendaraan")])
    assert (tallies["ALL"].flagged, tallies["ALL"].first, tallies["ALL"].top3) == (1, 1, 1)
    wrong = run(checker, [Case("ganda-jadi-tunggal", "kecil", slipped, start,
                               start + len(typo), typo, "kendaraan-kendaraan")])
    assert (wrong["ALL"].flagged, wrong["ALL"].first) == (1, 0)


def test_slip_cost_of_the_devoiced_office_beats_a_neighbouring_key() -> None:
    assert slip_cost("Wabub", "Wabup") < slip_cost("Wabub", "Wagub")


def test_a_context_slip_ranks_by_the_slips_cost_too(checker: Checker) -> None:
    """*Wabub* before a name: *Wabup* (a devoiced final stop) before the more frequent
    *Wagub* (a letter in the middle changed)."""
    found = [f for f in checker.check("Acara dibuka oleh Wabub Viktor Manuhutu di aula.")
             if f.text == "Wabub"]
    assert found and found[0].suggestions[:2] == ("Wabup", "Wagub")
