"""Typo classes found on real releases (issue 10): slips the affix analysis, a name's
context or the word length used to hide. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from app.language import Checker
from tests.language.conftest import flagged


def spelling(checker: Checker, text: str) -> list[str]:
    return [f.text for f in checker.check(text) if f.kind == "spelling"]


def first_suggestion(checker: Checker, text: str, word: str) -> str:
    found = [f for f in checker.check(text) if f.text == word]
    assert found, f"{word} not flagged in {text!r}"
    return found[0].suggestions[0]


def test_compound_under_a_confix_does_not_hide_a_slip(checker: Checker) -> None:
    # menyelarasakan reads as meN- + sela + rasa + -kan; menyelaraskan is one key away
    text = "Dinas itu terus menyelarasakan jadwal posyandu dengan kelurahan."
    assert "menyelarasakan" in spelling(checker, text)
    assert first_suggestion(checker, text, "menyelarasakan") == "menyelaraskan"
    assert spelling(checker, "Kesiapsiagaan warga ditindaklanjuti camat.") == []


def test_rare_stem_under_an_enclitic_is_a_slip(checker: Checker) -> None:
    text = "Tiga pemuda ditangkap, kelimnya warga Dusun Karangsari."
    assert "kelimnya" in spelling(checker, text)
    assert first_suggestion(checker, text, "kelimnya") == "kelimanya"
    # a common stem with an enclitic stays right
    assert spelling(checker, "Warga diminta waspada, tegasnya kepada wartawan.") == []


@pytest.mark.parametrize("word, right", [("Disebutkanya", "Disebutkannya"),
                                         ("kegiatanya", "kegiatannya")])
def test_kan_or_an_with_nya_needs_two_n(checker: Checker, word: str, right: str) -> None:
    text = f"{word} berjalan lancar di Balai Desa Sukamakmur."
    assert word in spelling(checker, text)
    assert first_suggestion(checker, text, word) == right


def test_a_name_ending_in_anya_is_not_a_missing_n(checker: Checker) -> None:
    assert spelling(checker, "Bripka Sonya Rahmadiani membagikan masker.") == []


def test_long_slip_of_a_very_common_word_is_flagged_even_as_a_name(
        checker: Checker) -> None:
    text = "Hadir Anggota DPRD Priovinsi Jawa Timur dan camat setempat."
    assert "Priovinsi" in spelling(checker, text)
    assert first_suggestion(checker, text, "Priovinsi") == "Provinsi"
    text = "Upacara dipimpin Iptu Darman, S.H. Sedangan komandan upacara Aiptu Suhadi."
    assert "Sedangan" in spelling(checker, text)
    # a short name after a rank stays a name, though it is one key from a word
    assert spelling(checker, "Kapolsek AKP Utami meninjau pos pantau.") == []


def test_derivation_of_a_common_root_is_not_read_as_a_slip(checker: Checker) -> None:
    # diperdaya (daya) and perkuatan (kuat) are near dipercaya and perbuatan
    assert spelling(checker, "Warga jangan mau diperdaya kabar bohong.") == []
    assert spelling(checker, "Perkuatan pasukan dikirim ke perbatasan.") == []
    # a rare root does not excuse a slip of a frequent word
    assert "mengasilkan" in spelling(checker, "Panen itu mengasilkan dua ton gabah.")


def test_stray_letter_between_words_is_a_lost_short_word(checker: Checker) -> None:
    text = "Petani memanen jagung d Desa Sukamaju pagi ini."
    assert flagged([f for f in checker.check(text) if f.kind == "spelling"]) == ["d"]
    assert first_suggestion(checker, text, "d") == "di"
    assert spelling(checker, "Ukuran kolam panjang x lebar tertulis pada huruf a papan.") == []
    assert spelling(checker, "Jarak 5 m dari pos jaga.") == []


def test_unit_names_from_the_published_structures(checker: Checker) -> None:
    text = ("Baperjakat, Bapenda, Dispora dan Disperkim rapat bersama Itwasda, Roops "
            "dan Bidlabfor.")
    assert spelling(checker, text) == []
    assert "Baperjkat" in spelling(checker, "Karena itu Baperjkat rapat lagi.")


def test_a_near_word_beside_a_name_is_a_name(checker: Checker) -> None:
    # Rakhman is one key from rahman; beside a word that is only a name it is a name
    assert spelling(checker, "Rapat dihadiri Achmad Rakhman dan warga.") == []
    assert spelling(checker, "Rapat dihadiri Rakhman dan warga.") == ["Rakhman"]


def test_capitalised_words_joined_by_a_dash_are_a_run_of_names(checker: Checker) -> None:
    assert spelling(checker, "Jalur Halu–Tiopan ditutup sementara.") == []
    assert spelling(checker, "Jalur Halu dan Tiopan ditutup.") == ["Tiopan"]


def test_a_common_word_naming_a_place_keeps_the_name_run(checker: Checker) -> None:
    assert spelling(checker, "Hadir Camat Sungai Pinang Rustang beserta warga.") == []
    assert spelling(checker, "Di kebun Pinang Rustang beserta warga.") == ["Rustang"]


def test_sinergitas_is_not_a_kbbi_word(checker: Checker) -> None:
    assert spelling(checker, "Polres menjaga sinergitas dengan kodim.") == ["sinergitas"]
    assert spelling(checker, "Polres menjaga sinergi dengan kodim.") == []


def test_an_enclitic_on_a_kbbi_word_hunspell_lacks_is_a_word(checker: Checker) -> None:
    """*dulu* is a KBBI word the bundled hunspell lacks (it knows *dahulu*): *dulunya* is
    the word and an enclitic, not a slip of *bulunya* one key away."""
    assert not checker.backend.check("dulunya")
    assert spelling(checker, "Gedung itu dulunya gudang padi milik desa.") == []
    assert spelling(checker, "Gedung itu dulunyx gudang padi milik desa.") == ["dulunyx"]


def test_a_verb_prefix_without_the_suffix_its_root_needs(checker: Checker) -> None:
    """*dimanfaat*: the dictionary derives *manfaat* only as *dimanfaatkan*, and the bare
    form is never seen in text; *digelar*, which hunspell's flags also miss, is common."""
    text = "Dana desa dimanfaat untuk membangun jalan."
    assert spelling(checker, text) == ["dimanfaat"]
    assert first_suggestion(checker, text, "dimanfaat") == "dimanfaatkan"
    assert spelling(checker, "Rapat koordinasi digelar di aula kantor camat.") == []
