"""Capital letters, round nine (issue 10): acronyms KBBI keeps as lower-case common nouns,
initialisms written in title case, an opening prepositional phrase closed by a comma, and
a service title after a verb of saying at a sentence's end (EYD V, I.E and II.H). Every
sentence is written for this test; the names and places in it are invented."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.capital_before_name import RULE_UNIT_LOWER
from app.language.common_capitals import (
    RULE_INITIALISM,
    RULE_KBBI_LOWER,
    RULE_SENTENCE_START,
    initialisms,
    kbbi_lower_terms,
)
from app.language.rulebook import rulebook


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]


def test_the_new_rules_are_listed_as_saran_with_their_source() -> None:
    book = {rule["id"]: rule for rule in rulebook()}
    for rule in (RULE_KBBI_LOWER, RULE_INITIALISM):
        assert book[rule]["severity"] == "saran", rule
        assert "EYD V, II.H" in book[rule]["source"], rule


def test_the_kbbi_case_comes_from_the_lexicon_column() -> None:
    terms = kbbi_lower_terms()
    assert {"sajam", "narkoba", "miras", "curanmor", "sembako"} <= terms
    assert not {"musrenbang", "karhutla", "satgas", "babinsa"} & terms   # names by custom


# -- an acronym KBBI records in lower case ---------------------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Polisi menemukan dua bilah Sajam di bawah jok motor itu.", "Sajam"),
    ("Para pelajar diajak menjauhi Miras dan rokok.", "Miras"),
    ("Patroli malam digelar untuk mencegah Curanmor di parkiran pasar.", "Curanmor"),
    ("Remaja itu kedapatan membawa Senpi rakitan.", "Senpi"),
    ("“Jangan sekali-kali mencoba Narkoba, Miras, atau judi,” pesan kepala sekolah.",
     "Narkoba"),
])
def test_kbbi_lower_term_is_flagged(checker: Checker, text: str, wrong: str) -> None:
    hits = found(checker, text, RULE_KBBI_LOWER) + found(checker, text, "kapital-tengah-kalimat")
    assert (wrong, wrong.lower()) in hits


@pytest.mark.parametrize("text", [
    "Kasat Narkoba Polres Lontar memimpin penggerebekan itu.",        # a unit's name
    "Hasil Operasi Curanmor Lontar 2024 diumumkan kemarin.",          # an operation's name
    "Sasaran patroli ialah Curat, Curas dan Curanmor di kota.",       # a list of names
    "Sajam dan senpi rakitan disita dari rumah itu.",                 # sentence start
    "Polisi Sita Sajam dari Pemuda Mabuk",                            # a headline
    "Petugas menyita dua bilah sajam dari tas pemuda itu.",           # already lower case
    "Ia dijerat Undang-Undang Nomor 9 Tahun 2001 tentang Narkotika.",  # a law's title
])
def test_kbbi_lower_term_leaves_names_and_headlines(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_KBBI_LOWER) == []


# -- an initialism written in title case -------------------------------------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Lomba perahu digelar untuk memeriahkan Hut Kabupaten Lontar.", "Hut", "HUT"),
    ("Petugas memeriksa kelengkapan Stnk para pengendara.", "Stnk", "STNK"),
    ("Pemohon diminta membawa Ktp dan kartu keluarga.", "Ktp", "KTP"),
    ("Hut Bhayangkara tahun ini dirayakan dengan donor darah.", "Hut", "HUT"),
])
def test_initialism_in_title_case_is_flagged(checker: Checker, text: str, wrong: str,
                                             right: str) -> None:
    assert (wrong, right) in found(checker, text, RULE_INITIALISM)


@pytest.mark.parametrize("text", [
    "Sambutan Kapolri dibacakan oleh wakapolres.",                   # the lexicon's form
    "Surat itu ditandatangani Rudi Hartawan, S.Hut., kemarin.",       # a degree's part
    "Kegiatan selesai pukul 21.30 Wib di balai desa.",                 # the time-zone rule's
    "Tim Sar gabungan menyisir sungai sejak subuh.",                  # sar is a word
    "Peringatan HUT Kabupaten Lontar berlangsung meriah.",             # already right
])
def test_initialism_rule_leaves_other_forms(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_INITIALISM) == []


def test_initialisms_exclude_ranks_and_time_zones() -> None:
    capitals, titled = initialisms()
    assert {"HUT", "STNK", "KTP"} <= capitals
    assert "AKBP" not in capitals and "Polri" in titled


# -- an opening prepositional phrase closed by a comma ---------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Sebagai Informasi, pameran itu dibuka selama tiga hari.", "Informasi"),
    ("Dalam Kesempatan itu, camat meminta warga menjaga kebersihan.", "Kesempatan"),
])
def test_opening_phrase_before_a_comma_is_flagged(checker: Checker, text: str,
                                                  wrong: str) -> None:
    assert (wrong, wrong.lower()) in found(checker, text, RULE_SENTENCE_START)


@pytest.mark.parametrize("text", [
    "Menurut Kapolres, situasi di pasar tetap aman.",                # a title: a person
    "Dari Desa Sukamaju, rombongan berangkat pukul tujuh.",          # a place's name
    "Sebagai informasi, pameran itu dibuka selama tiga hari.",        # already right
])
def test_opening_phrase_rule_leaves_names(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_SENTENCE_START) == []


# -- a service title after a verb of saying, at a sentence's end ---------------------------

def test_service_title_after_saying_at_sentence_end(checker: Checker) -> None:
    text = "“Semua pos sudah siaga sejak sore,” jelas kapolresta.\n\nWarga pun merasa tenang."
    assert ("kapolresta", "Kapolresta") in found(checker, text, RULE_UNIT_LOWER)


def test_address_after_a_unit_word_is_still_skipped(checker: Checker) -> None:
    text = "Berita lengkap dapat dibaca di laman humas.polres.example setiap hari."
    assert found(checker, text, RULE_UNIT_LOWER) == []
