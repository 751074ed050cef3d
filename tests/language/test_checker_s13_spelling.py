"""Spelling false alarms of session 13 (F1): rare KBBI words whose only neighbour is an
equally rare dictionary word, service offices written as clippings, and initials listed
after *berinisial*. Every sentence here is invented."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest

from app.base.paths import resources_dir
from app.language import Checker
from tests.language.conftest import flagged


def _build_script() -> ModuleType:
    path = resources_dir().parent / "scripts" / "build_kbbi_words.py"
    spec = importlib.util.spec_from_file_location("build_kbbi_words_s13", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_vowel_apart_is_a_vowel_changed_added_or_dropped() -> None:
    build = _build_script()
    assert build._vowel_apart("klobot", "kelobot")       # a schwa dropped
    assert build._vowel_apart("salawat", "selawat")      # a vowel for a vowel
    assert not build._vowel_apart("bimtek", "biotek")    # a consonant for a vowel
    assert not build._vowel_apart("haflah", "gaflah")    # a consonant for a consonant
    assert not build._vowel_apart("abc", "abcde")        # two letters apart


def test_unseen_entry_yields_only_to_a_neighbour_in_use_or_a_vowel_variant(
        checker: Checker) -> None:
    """A rare dictionary neighbour (*gaflah*, *biotek*) no longer keeps an unseen KBBI
    entry out; a neighbour seen in text (*kemarin*) or one vowel apart (*selawat*) still
    does: KBBI's variant spellings differ in a vowel."""
    build = _build_script()
    assert build.variant_of("haflah", checker) is None
    assert build.variant_of("bimtek", checker) is None
    assert build.variant_of("salawat", checker) == "selawat"
    assert build.variant_of("kemaren", checker) == "kemarin"


def test_a_short_word_ending_an_asi_noun_is_its_suffix_not_a_second_word(
        checker: Checker) -> None:
    """*mode·rasi*: EYD V adapts *-ation* as *-asi*; a joined compound still is one
    (*gotongroyong*, *cinderamata*: a whole word at the end, no *-asi* noun)."""
    build = _build_script()
    assert build.unseen_admissible("moderasi", checker)
    assert build.unseen_admissible("kontestasi", checker)
    assert not build.unseen_admissible("gotongroyong", checker)
    assert not build.unseen_admissible("cinderamata", checker)


@pytest.mark.parametrize("text, word", [
    ("Peserta bimtek mendapat sertifikat dari panitia kecamatan.", "bimtek"),
    ("Pengurus masjid menggelar haflah akbar bersama para santri.", "haflah"),
    ("Menjelang kontestasi pemilihan kepala desa, polisi meningkatkan patroli.",
     "kontestasi"),
    ("Seminar itu membahas moderasi beragama di kalangan pelajar.", "moderasi"),
])
def test_rare_kbbi_words_pass(checker: Checker, text: str, word: str) -> None:
    assert word in checker.vocabulary.words_only
    assert word not in flagged(checker.check(text))


def test_a_typo_beside_a_new_list_word_is_still_found(checker: Checker) -> None:
    assert "bimtak" in flagged(checker.check("Peserta bimtak mendapat sertifikat baru."))


@pytest.mark.parametrize("text, word", [
    ("Kaban Kesbangpol membuka rapat koordinasi di aula kantor.", "Kaban"),
    ("Wadan Lantamal meninjau dermaga baru di pesisir utara.", "Wadan"),
    ("Pawas Polres memimpin patroli malam di pusat kota.", "Pawas"),
])
def test_service_clippings_before_a_unit_pass(checker: Checker, text: str, word: str) -> None:
    assert word not in flagged(checker.check(text))


def test_initials_listed_after_berinisial_pass(checker: Checker) -> None:
    text = "Polisi menahan tiga pemuda berinisial Sl, Ei, dan Ur di pos jaga."
    assert flagged(checker.check(text)) == []
    text = "Petugas mengamankan dua pria berinisial AS (31) dan Bd (25) di terminal."
    assert "Bd" not in flagged(checker.check(text))


def test_the_same_short_words_without_berinisial_are_still_read(checker: Checker) -> None:
    found = flagged(checker.check("Polisi menahan tiga pemuda bersama Sl, Ei, dan Ur di pos."))
    assert "Sl" in found and "Ei" in found


@pytest.mark.parametrize("text", [
    "Warga menyambut baik kegiatan itu.\n\n(Teh’ nena)",
    "Warga menyambut baik kegiatan itu,” tandasnya.\n\n*Abdy",
    "Malam di kampung itu terasa lebih tenang.(Kerta Negara/balipost)",
])
def test_the_credit_closing_a_release_is_not_spell_checked(checker: Checker,
                                                           text: str) -> None:
    assert [f for f in checker.check(text) if f.rule == "ejaan"] == []


@pytest.mark.parametrize("text, word", [
    ("Warga menyambut baik kegiatan itu (Teh’ nena) kemarin.", "nena"),
    ("Warga menyambut baik kegiatan itu.\n\n(Baca juga: pencuri motr ditangkap di pasar)",
     "motr"),
])
def test_a_bracket_inside_the_text_or_a_long_one_is_still_read(checker: Checker, text: str,
                                                               word: str) -> None:
    """Only the closing line, and only a name's length: a bracketed sentence is read."""
    assert word in flagged(checker.check(text))


def test_credit_line_spans_finds_the_closing_bracket_only() -> None:
    from app.language.credit_lines import credit_line_spans

    text = "Kegiatan berjalan lancar.\n\n(Teh’ nena)\n"
    assert [text[a:b] for a, b in credit_line_spans(text)] == ["(Teh’ nena)"]
    assert credit_line_spans("Kegiatan berjalan lancar (Teh’ nena) kemarin.") == []


def test_a_dutch_name_particle_after_van_passes(checker: Checker) -> None:
    text = "Mereka menonton film Kapal Van der Wijck di gedung kesenian kota."
    assert "der" not in flagged(checker.check(text))
    assert "der" in flagged(checker.check("Warga der desa itu hadir di balai pertemuan."))
