"""Spelling classes found on text from new sites (W3A): a dinas acronym clipped as the
listed ones are, a frequent three-letter word with -nya, a name's middle word one key
from an office word, and a root-list entry that is a slip of a frequent word. Every
sentence here is made up for the test."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.agency_acronyms import field_clippings, is_office_acronym


def spelling(checker: Checker, text: str) -> list[str]:
    return [f.text for f in checker.check(text) if f.kind == "spelling"]


# -- dinas acronyms (agency_acronyms) ------------------------------------------------------

LISTED = ("Dispar", "Dinkes", "Disbudpar", "Disnakertrans", "Disnaker")


def test_field_clippings_come_from_listed_acronyms() -> None:
    clips = field_clippings(LISTED)
    assert {"par", "kes", "bud", "naker", "trans"} <= clips
    assert "ertrans" not in clips            # a clipping opens on a consonant


@pytest.mark.parametrize("word, office", [
    ("Disbud", True), ("Dinpar", True), ("Dinbudpar", True), ("Diskes", True),
    ("Disebut", False), ("Dinas", False), ("Disbut", False), ("Dinding", False),
    ("Dis-par", False), ("DisPar", False),
])
def test_office_acronym(word: str, office: bool) -> None:
    assert is_office_acronym(word, field_clippings(LISTED)) is office


def test_clipped_dinas_names_are_not_flagged(checker: Checker) -> None:
    text = "Rapat dihadiri Bappeda, Disbud, Dinsos, dan Dinpar Kabupaten Sukamaju."
    assert spelling(checker, text) == []


def test_misspelt_word_starting_like_dinas_still_flagged(checker: Checker) -> None:
    assert "Disbut" in spelling(checker, "Disbut bahwa rapat ditunda sampai pekan depan.")


# -- a frequent three-letter word with -nya ------------------------------------------------

@pytest.mark.parametrize("word", ["isunya", "busnya", "kuenya"])
def test_short_stem_with_nya_accepted(checker: Checker, word: str) -> None:
    assert spelling(checker, f"Menurut warga, {word} sudah lama dibicarakan.") == []


@pytest.mark.parametrize("word", ["dannya", "ininya", "lainya"])
def test_function_word_or_lost_n_with_nya_flagged(checker: Checker, word: str) -> None:
    assert word in spelling(checker, f"Petugas memeriksa rumah {word} di desa itu.")


# -- a name's middle word one key from an office word -------------------------------------

def test_middle_of_a_name_is_not_an_office_word(checker: Checker) -> None:
    text = "Acara dibuka oleh Sekda Drs. Bernad Dinus Fansiena di aula kantor bupati."
    assert "Dinus" not in spelling(checker, text)


# -- a root-list entry one key from a frequent word ---------------------------------------

@pytest.mark.parametrize("text", [
    "Rapat membahas rencana kerja Organisasi Perengkat Daerah (OPD) tahun depan.",
    "Perengkat desa hadir di balai pertemuan.",
])
def test_root_list_slip_flagged(checker: Checker, text: str) -> None:
    found = [f for f in checker.check(text) if f.text == "Perengkat"]
    assert found and found[0].suggestions[0] == "Perangkat"


# -- regional names of a kecamatan (pemerintahan-desa.tsv) --------------------------------

def test_kemantren_is_a_level_word(checker: Checker) -> None:
    text = "Musyawarah tingkat kemantren digelar di balai pertemuan warga."
    assert spelling(checker, text) == []
