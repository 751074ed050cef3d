"""Suggestions for the classes the unseen rounds showed (issue 10, session 8): a pepet
dropped before *r*/*l*, a nasal heard before a consonant, the last word of a region name,
*ke-…-an* where no *ke* phrase stands, a capital kept after *dan* in a run of names, a
bound form before a clause in *-nya*, a common noun before a day name. Every sentence is
made up."""

from __future__ import annotations

import pytest

from app.language import Checker, Finding
from app.language.lexicon import Lexicon
from app.language.ranking import (
    DROPPED_VOWEL,
    NASAL_ADDED,
    SCHWA_DROPPED,
    channel_cost,
    nasal_added,
    slip_cost,
)
from app.language.refine import fit_to_context


def suggestions(checker: Checker, text: str, word: str) -> tuple[str, ...]:
    finding = next((f for f in checker.check(text) if f.text == word), None)
    assert finding is not None, f"{word} not flagged in {text!r}"
    return finding.suggestions


# -- a pepet left out before r or l -----------------------------------------------------------

def test_a_pepet_before_r_costs_less_than_another_vowel_left_out() -> None:
    assert channel_cost("sebrang", "seberang") == SCHWA_DROPPED
    assert channel_cost("sbrang", "sabrang") == DROPPED_VOWEL         # an a is no pepet
    assert channel_cost("kbaikan", "kebaikan") > SCHWA_DROPPED       # no r or l after it
    assert channel_cost("brjalan", "berjalan") > SCHWA_DROPPED       # ber- before a consonant


@pytest.mark.parametrize(("text", "word", "meant"), [
    ("Warga menyebrang sungai dengan perahu karet.", "menyebrang", "menyeberang"),
    ("Rambut pelaku kriting dan pendek.", "kriting", "keriting"),
    ("Rombongan brangkat pagi dari balai desa.", "brangkat", "berangkat"),
])
def test_the_word_with_its_pepet_comes_first(checker: Checker, text: str, word: str,
                                             meant: str) -> None:
    assert suggestions(checker, text, word)[:1] == (meant,)


# -- a nasal heard before a consonant -----------------------------------------------------------

def test_a_nasal_between_a_vowel_and_a_consonant_is_one_slip() -> None:
    assert nasal_added("semangkin", "semakin")                # ng: two letters, one sound
    assert nasal_added("kondunsif", "kondusif")
    assert not nasal_added("semanakin", "semakin")            # not before a consonant
    assert not nasal_added("snakin", "sakin")                 # not after a vowel
    assert slip_cost("semangkin", "semakin") == NASAL_ADDED


@pytest.mark.parametrize(("text", "word", "meant"), [
    ("Harga cabai semangkin naik menjelang hari raya.", "semangkin", "semakin"),
    ("Situasi di pasar tetap kondunsif sepanjang hari.", "kondunsif", "kondusif"),
])
def test_the_word_without_the_nasal_comes_first(checker: Checker, text: str, word: str,
                                                meant: str) -> None:
    assert suggestions(checker, text, word)[:1] == (meant,)


# -- the last word of a region name ------------------------------------------------------------

def test_the_word_that_completes_a_regency_comes_first(checker: Checker) -> None:
    found = suggestions(checker, "Kapolres Aceh Selata AKP Dimas hadir.", "Selata")
    assert found[:1] == ("Selatan",)


def test_two_slips_in_a_long_last_word_still_complete_the_name(checker: Checker) -> None:
    found = suggestions(checker, "Petani di Lampung Selaatn mulai panen.", "Selaatn")
    assert found[:1] == ("Selatan",)


def test_a_headline_keeps_its_capitals(checker: Checker) -> None:
    found = suggestions(checker, "PETANI ACEH SELATA PANEN RAYA\n\nPetani panen.", "SELATA")
    assert found[:1] == ("SELATAN",)


def _fitted(text: str, word: str, suggested: tuple[str, ...],
            regions: list[tuple[str, str]]) -> tuple[str, ...]:
    start = text.index(word)
    finding = Finding(start, start + len(word), word, "spelling", "ejaan",
                      f"Ejaan: “{suggested[0]}”.", suggested)
    fitted = fit_to_context(text, [finding], {}, set(), lambda w: True, Lexicon(regions))
    return fitted[0].suggestions


def test_no_region_head_leaves_the_order_as_it_was() -> None:
    regions = [("Aceh Selatan", "kabupaten")]
    assert _fitted("Kapolres Aceh Selata hadir.", "Selata", ("Selat", "Selatan"),
                   regions)[:1] == ("Selatan",)
    assert _fitted("Kapolres Baru Selata hadir.", "Selata", ("Selat", "Selatan"),
                   regions) == ("Selat", "Selatan")


def test_a_head_with_two_near_endings_leaves_the_order_as_it_was() -> None:
    regions = [("Sumba Barat", "kabupaten"), ("Sumba Baray", "kota")]
    assert _fitted("Warga Sumba Bara datang.", "Bara", ("Bara", "Barat"),
                   regions) == ("Bara", "Barat")


# -- ke-…-an where no ke phrase stands -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kesetara itu penting bagi warga.",                 # a sentence opens
    "Warga menjaga persatuan dan kebersama di desa.",  # after a conjunction
    "Hal itu tampak dalam kebersama warga.",           # after a preposition
])
def test_the_ke_an_noun_comes_first_where_no_ke_phrase_stands(checker: Checker,
                                                              text: str) -> None:
    word = next(w for w in text.replace(".", "").split() if w.lower().startswith("ke"))
    found = suggestions(checker, text, word)
    assert found[0].lower().endswith("an") and " " not in found[0], found
    assert any(" " in s for s in found[:3]), found


def test_after_a_verb_the_ke_phrase_stays_first(checker: Checker) -> None:
    found = suggestions(checker, "Petugas melihat kesetara di lokasi.", "kesetara")
    assert found[:2] == ("ke setara", "kesetaraan")


def test_di_before_ke_still_drops_the_ke(checker: Checker) -> None:
    found = suggestions(checker, "Mobil itu jatuh di kedalam jurang.", "kedalam")
    assert found[:1] == ("dalam",)


# -- a capital kept after dan in a run of names ------------------------------------------------

def test_a_word_after_capital_and_dan_keeps_its_capital_first(checker: Checker) -> None:
    text = "Warga ingin desa Aman, Damai dan Nnyaman, kata camat."
    assert suggestions(checker, text, "Nnyaman")[:2] == ("Nyaman", "nyaman")


def test_after_a_lowercase_word_the_capital_is_still_lowered(checker: Checker) -> None:
    text = "Lima orang Personil yang berjaga di pos."
    assert suggestions(checker, text, "Personil")[:1] == ("personel",)


# -- a bound form before a clause in -nya --------------------------------------------------------

def test_a_bound_form_before_a_nya_clause_offers_it_apart_second(checker: Checker) -> None:
    text = "Paska hilangnya sepeda itu, warga meronda."
    assert suggestions(checker, text, "Paska hilangnya") == ("Pascahilangnya",
                                                            "Pasca hilangnya")


def test_a_bound_form_before_a_noun_is_only_joined(checker: Checker) -> None:
    text = "Warga bergotong royong paska banjir di desa."
    assert suggestions(checker, text, "paska banjir") == ("pascabanjir",)


# -- a common noun before a day name -----------------------------------------------------------

def test_a_common_noun_before_a_day_name_is_lowered_first(checker: Checker) -> None:
    text = "Warga berkumpul usai pelaksanaan Sholat Jumat di masjid."
    assert suggestions(checker, text, "Sholat")[:2] == ("salat", "Salat")


def test_an_established_common_noun_before_a_unit_is_lowered_first(checker: Checker) -> None:
    text = "Warga hadir bersama Personil Polsek di masjid."
    assert suggestions(checker, text, "Personil")[:2] == ("personel", "Personel")


def test_another_word_before_a_name_keeps_its_capital_first(checker: Checker) -> None:
    text = "Warga mendengar Nasehat Kapolsek di balai."
    assert suggestions(checker, text, "Nasehat")[:2] == ("Nasihat", "nasihat")


def test_a_nasal_in_a_short_word_is_an_ordinary_extra_letter() -> None:
    assert not nasal_added("ranta", "rata")                   # rantai as likely
