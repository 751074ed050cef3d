"""Capital letters, session 9 (issue 10): a kind of place before its name widened to the
generic elements of place names (PP 2/2021 Nama Rupabumi) and read up to a line break, a
numeral classifier capitalised after a count, and a common noun, office or kinship word
capitalised after an article or an indefinite numeral. Every sentence is written for
this test; the names and places in it are invented."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.capital_before_name import RULE_PLACE_KIND, place_kind_before_name
from app.language.common_capitals import (
    RULE_AFTER_ARTICLE,
    RULE_CLASSIFIER,
    RULE_CLOSED_CLASS,
    classifier_after_number,
)
from app.language.rulebook import rulebook
from app.language.tokens import tokenize


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]


def test_the_new_rules_are_listed_as_saran_with_their_source() -> None:
    book = {rule["id"]: rule for rule in rulebook()}
    for rule in (RULE_CLASSIFIER, RULE_AFTER_ARTICLE, RULE_PLACE_KIND):
        assert book[rule]["severity"] == "saran", rule
        assert "EYD V, I.E" in book[rule]["source"], rule
    assert "PP 2/2021" in book[RULE_PLACE_KIND]["source"]


# -- a kind of place before its name ----------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("Pelantikan pengurus digelar di aula Wolomeo kantor bupati.", "aula"),
    ("Lomba perahu hias berlangsung di pantai Lakuwora sejak pagi.", "pantai"),
    ("Pedagang sayur kembali berjualan di pasar Tanamori pekan ini.", "pasar"),
    ("Jemaat berkumpul di gereja Solaforu untuk ibadah syukur.", "gereja"),
    ("Mahasiswa politeknik Ranumerta ikut membersihkan sungai.", "politeknik"),
])
def test_a_generic_element_in_lower_case_before_its_name_is_found(
        checker: Checker, text: str, kind: str) -> None:
    assert found(checker, text, RULE_PLACE_KIND) == [(kind, kind.capitalize())]


def test_a_name_that_ends_its_paragraph_is_read_up_to_the_line_break() -> None:
    text = "Warga menyambut beroperasinya pelabuhan Lakuwora.\n\nSesudah itu bupati pulang."
    assert [f.text for f in place_kind_before_name(text, lambda word: False)] == ["pelabuhan"]


@pytest.mark.parametrize("text", [
    "Salat Jumat digelar di masjid Agung kota itu.",          # a common word after it
    "Rapat pleno berlangsung di gedung DPRD pagi tadi.",     # an acronym: a body's building
    "Pasar murah dibuka di setiap pasar Tanamori dan sekitarnya.",
    "Rapat berlangsung di aula Desa Wolomeo sejak siang.",   # a region word follows
    "Pelantikan digelar di Aula Wolomeo kantor bupati.",
    "Rapat anggaran digelar di aula Bappeda pagi tadi.",     # a body's hall
])
def test_a_common_word_an_acronym_or_a_region_after_the_kind_is_left(
        checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_PLACE_KIND) == []


# -- a numeral classifier after a count -------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("Pengamanan dibantu sejumlah relawan dan 4 Orang Linmas dari desa sebelah.", "Orang"),
    ("Patroli memakai 3 Unit Mobil Dinas yang baru diserahkan.", "Unit"),
    ("Pos itu menerima 12 Ekor Sapi Bantuan dari dinas.", "Ekor"),
    ("Tim menyita 40 Karung Pupuk Bersubsidi dari gudang tua.", "Karung"),
])
def test_a_classifier_capitalised_after_a_count_is_found(checker: Checker, text: str,
                                                          word: str) -> None:
    assert found(checker, text, RULE_CLASSIFIER) == [(word, word.lower())]


def test_a_cardinal_and_its_classifier_are_both_lowered() -> None:
    checker = Checker()
    text = ("Penjagaan melibatkan satu regu dari polres, Satu Regu Satpol PP, dan warga "
            "yang berjaga.")
    assert found(checker, text, RULE_CLASSIFIER) == [("Regu", "regu")]
    assert found(checker, text, RULE_CLOSED_CLASS) == [("Satu", "satu")]


@pytest.mark.parametrize("text", [
    "Ia bersekolah di SMP Negeri 2 Batang sejak tahun lalu.",   # the number is a name's
    "Bantuan diterima warga RT 05 Dusun Wolomeo kemarin.",
    "Polisi Sita 40 Karung Pupuk dari Gudang Kosong",            # a headline
    "Kamar itu ditempati 2 orang, Budi dan Andi.",
    "Lomba “Seribu Orang Menanam Pohon” digelar di lapangan.",   # a quoted title
])
def test_a_number_in_a_name_a_headline_or_lower_case_is_left(text: str) -> None:
    assert list(classifier_after_number(text, list(tokenize(text)))) == []


# -- a common noun after an article or an indefinite numeral ----------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("Di posko itu, salah seorang Ibu bernama Wulan menunggu giliran.", "Ibu"),
    ("Pembukaan disaksikan sejumlah Menteri Kabinet Nusantara dan tamu undangan.",
     "Menteri"),
    ("Rapat dihadiri para Pejabat Perbankan Ranumerta dan tokoh agama.", "Pejabat"),
    ("Kegiatan itu diliput sejumlah Wartawan Media Wolomeo.", "Wartawan"),
    ("Acara dimeriahkan kaum Ibu dari tiga dusun.", "Ibu"),
    ("Kapolsek menyapa salah satu Wartawan TV Nusantara di pos.", "Wartawan"),
])
def test_a_capital_after_an_article_is_found(checker: Checker, text: str,
                                             word: str) -> None:
    assert found(checker, text, RULE_AFTER_ARTICLE) == [(word, word.lower())]


def test_an_office_the_quantifier_rule_reads_is_left_to_it(checker: Checker) -> None:
    text = "Bupati menyapa para Camat yang datang lebih awal."
    assert found(checker, text, RULE_AFTER_ARTICLE) == []
    assert found(checker, text, "kapital-tengah-kalimat") == [("Camat", "camat")]


@pytest.mark.parametrize("text", [
    "Apel dihadiri para Pejabat Utama Polres Ranumerta pagi tadi.",   # one office's title
    "Sambutan ditujukan kepada para Ketua Dewan Adat se-kabupaten.",
    "Warga dari seluruh Indonesia mengikuti lomba itu.",              # a name
    "Surat itu dikirim kepada para Kapolsek dan setiap Babinsa.",     # acronyms
    "Kapolres memanggil seluruh Kepala Satuan Wilayah (Kasatwil) ke aula.",
    "Para Camat Hadiri Rapat Koordinasi di Pendopo",                  # a headline
    "Salah seorang ibu bernama Wulan menunggu giliran.",
    "Petugas menyapa salah satu Paslon Bupati di lokasi.",              # a service term
    "Piala diberikan kepada satu Wartawan Terbaik pilihan juri.",   # satu without salah
])
def test_an_office_title_a_name_an_acronym_or_a_headline_is_left(
        checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_AFTER_ARTICLE) == []
