"""Typos of capitalised words that the document and the word's place show (issue 10,
round five: ``app/language/typo_evidence.py``). Every sentence and name here is made up
for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.language import Checker
from app.language.userdict import PersonalDictionary
from tests.language.conftest import found, typo_saran

# -- a service term misspelt is not a name --------------------------------------------

def test_a_misspelt_unit_is_flagged_even_inside_a_run_of_capitals(checker: Checker) -> None:
    text = "Rapat dihadiri Camat Lembahsari Kapolnsek Lembahsari dan tokoh agama."
    finding = typo_saran(checker, text, "Kapolnsek")
    assert finding.suggestions[0] == "Kapolsek"
    assert "istilah dinas" in finding.message


def test_a_misspelt_place_word_before_a_name(checker: Checker) -> None:
    text = "Warga Dsea Lembahsari bergotong royong membersihkan saluran."
    finding = typo_saran(checker, text, "Dsea")
    assert finding.suggestions[0] == "Desa"
    # a frequent name one key from a place word is a name (Desi, Nina)
    assert found(checker, "Bidan Desi Lestari memeriksa balita.", "Desi") is None


def test_a_short_word_near_a_term_and_a_doubled_letter_are_left_alone(
        checker: Checker) -> None:
    # Bimas is a unit of its own, five letters: short words sit near many terms
    assert found(checker, "Ia melapor ke Kasi Bimas Islam kemarin.", "Bimas") is None


# -- the document writes the word right elsewhere --------------------------------------

NAMED = ("Kepala desa, Darmanto Wiryo, membuka musyawarah. Menurut Darmanto, jalan desa "
         "rusak sejak hujan deras. Warga pun mendukung rencana Darmamto memperbaikinya. "
         "Darmanto berharap pekerjaan selesai bulan depan.")


def test_a_name_written_once_one_key_from_a_name_written_often(checker: Checker) -> None:
    finding = typo_saran(checker, NAMED, "Darmamto")
    assert finding.suggestions[0] == "Darmanto"
    assert "Darmanto" in finding.message


def test_a_spelling_the_document_repeats_is_the_name(checker: Checker) -> None:
    text = NAMED.replace("Darmanto berharap", "Darmamto berharap")
    assert found(checker, text, "Darmamto") is None          # written twice: meant so


def test_a_known_name_near_another_is_not_a_slip(checker: Checker) -> None:
    # Wahyuni is a frequent name of its own, not a slip of Wahyudi
    text = ("Bripka Wahyudi Lestanto memimpin patroli. Wahyudi menyapa warga, dan Wahyudi "
            "mencatat laporan. Hadir pula bidan Wahyuni di posko.")
    assert found(checker, text, "Wahyuni") is None


def test_names_spelt_with_a_doubled_letter_are_no_evidence(checker: Checker) -> None:
    text = ("Ustaz Hasanudin Maulana memberi tausiah. Hasanudin mengajak warga menjaga "
            "kebersihan. Pengurus masjid, Hassanudin Rahmat, menutup acara.")
    assert found(checker, text, "Hassanudin") is None


def test_two_keys_from_a_service_term_the_release_uses(checker: Checker) -> None:
    text = ("Kapolres Lembahsari meninjau pos pengamanan. Kapulred juga meminta anggota "
            "tetap siaga selama libur panjang.")
    finding = typo_saran(checker, text, "Kapulred")
    assert finding.suggestions[0] == "Kapolres"


def test_a_term_with_more_letters_is_a_compound_not_a_slip(checker: Checker) -> None:
    # Kapoldaku would be Kapolda + a region's short name, as sites write it
    text = "Kapolda hadir di lokasi. Kapoldaku menambahkan, situasi aman."
    assert found(checker, text, "Kapoldaku") is None or \
        found(checker, text, "Kapoldaku").severity != "saran"  # type: ignore[union-attr]


# -- the first word of a sentence is read as a common word ------------------------------

@pytest.mark.parametrize("text, word, meant", [
    ("Selanjutny, warga diminta menjaga ketertiban.", "Selanjutny", "Selanjutnya"),
    ("Camat meninjau pasar. Disampaika olehnya bahwa harga stabil.", "Disampaika",
     "Disampaikan"),
    # the frequency list knows kemudia (a frequent slip), a hundred times rarer
    ("“Kemudia kami berangkat ke lokasi,” ujar petugas.", "Kemudia", "Kemudian"),
])
def test_a_slip_of_a_common_word_at_a_sentence_start(checker: Checker, text: str,
                                                      word: str, meant: str) -> None:
    finding = typo_saran(checker, text, word)
    assert finding.suggestions[0] == meant


def test_a_slip_before_an_office_at_a_sentence_start(checker: Checker) -> None:
    text = "Menurt Kapolres Lembahsari, patroli digelar setiap malam."
    assert typo_saran(checker, text, "Menurt").suggestions[0] == "Menurut"


def test_a_sentence_starting_with_a_full_name_is_left_alone(checker: Checker) -> None:
    # Tampir is one key from hampir, but a name follows it: a full name
    text = "Tampir Sutarjo, ketua RT setempat, membenarkan kejadian itu."
    assert found(checker, text, "Tampir") is None


def test_a_name_at_a_sentence_start_stays_a_name(checker: Checker) -> None:
    # no frequent word one key away: a name
    assert found(checker, "Sutarjo mengatakan panen tahun ini baik.", "Sutarjo") is None
    # the release shows it as a name elsewhere
    text = "Lurah Selanjutny membuka acara. Selanjutny berharap warga hadir."
    assert found(checker, text, "Selanjutny") is None


def test_the_word_after_an_abbreviation_is_no_sentence_start(checker: Checker) -> None:
    for text in ("Hadir Kombes Pol. Selanjutny dari Mabes.", "Rumahnya di Jl. Selanjutny."):
        finding = found(checker, text, "Selanjutny")
        assert finding is None or finding.severity != "saran", text


def test_a_slip_where_a_common_word_stands(checker: Checker) -> None:
    text = "Panitia menyiapkan Pelaksanaa lomba desa sejak pagi."
    finding = typo_saran(checker, text, "Pelaksanaa")
    assert finding.suggestions[0].lower() == "pelaksanaan"
    # in a run of capitals (a route, a name) it is left alone
    assert found(checker, "Truk melintas di jalur Pelaksanaa–Bolan tadi.", "Pelaksanaa") \
        is None


def test_ignored_and_known_words_are_respected(checker: Checker) -> None:
    text = "Selanjutny, warga diminta menjaga ketertiban."
    assert not [f for f in checker.check(text, ignored=["Selanjutny"])
                if f.text == "Selanjutny"]
    assert not [f for f in checker.check(text, known_words=["Selanjutny"])
                if f.text == "Selanjutny"]


# -- a headline in title case ------------------------------------------------------------

def test_a_slip_in_a_title_case_headline(checker: Checker) -> None:
    text = ("Polres Lembahsari Gelar Pelaksanaa Vaksinasi di Pasar Baru\n"
            "Polres Lembahsari menggelar vaksinasi bagi pedagang pasar.")
    finding = typo_saran(checker, text, "Pelaksanaa")
    assert finding.suggestions[0] == "Pelaksanaan"
    assert "judul" in finding.message


def test_a_name_in_a_headline_stays_a_name(checker: Checker) -> None:
    text = "Bupati Sutarjo Resmikan Jembatan Gantung di Desa Lembahsari\n"
    assert found(checker, text, "Sutarjo") is None
    # a sentence with many names is no headline: it ends with a period
    text = "Hadir Camat Pelaksanaa Wiryo Dan Kepala Desa Lembahsari Purnomo."
    finding = found(checker, text, "Pelaksanaa")
    assert finding is None or "judul" not in finding.message


def test_a_rank_mistyped_in_capitals_before_a_name(checker: Checker) -> None:
    text = "Hadir pula AKBI Sutarjo Wiryo dan anggota piket."
    assert typo_saran(checker, text, "AKBI").suggestions[0] == "AKBP"
    # initials of a suspect, and an institution's acronym, are not ranks
    assert found(checker, "Tersangka berinisial AKBI ditahan di rutan.", "AKBI") is None
    assert found(checker, "Dana hibah KKBP Lembahsari cair pekan ini.", "KKBP") is None


def test_a_word_alone_on_its_line_is_a_signature(checker: Checker) -> None:
    text = "Demikian disampaikan.\nSelanjutny\nKasi Humas Polres Lembahsari"
    assert found(checker, text, "Selanjutny") is None


def test_the_officers_own_words_are_never_flagged(tmp_path: Path) -> None:
    text = "Warga Dsea Lembahsari bergotong royong. Selanjutny, warga makan bersama."
    own = Checker(personal=PersonalDictionary(tmp_path / "pribadi.txt"))
    try:
        assert {"Dsea", "Selanjutny"} <= {f.text for f in own.check(text)}
        own.add_to_personal("Dsea")
        own.add_to_personal("Selanjutny")
        assert not {"Dsea", "Selanjutny"} & {f.text for f in own.check(text)}
    finally:
        own.close()
