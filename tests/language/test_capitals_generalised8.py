"""Capital letters, round eight (issue 10): an office or staff word with the kind of unit
it serves and no name after it (*tingkat Kepala Desa*), the time word before a day or
month name (*setiap Malam Sabtu*), and a count before a place word (*dari 29 Kabupaten*).
EYD V, I.E Huruf Kapital. Every sentence is written for this test; the names and places
in it are invented."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.capitals import RULE_CAPITAL_MIDDLE
from app.language.common_capitals import (
    RULE_BEFORE_NAME,
    RULE_BEFORE_PROPER,
    RULE_ENCLITIC,
    RULE_OFFICE_UNIT,
    RULE_TIME_WORD,
)
from app.language.eyd_context import RULE_FUNCTION_WORD
from app.language.rulebook import rulebook


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]


def test_the_rules_are_listed_as_saran_with_their_source() -> None:
    book = {rule["id"]: rule for rule in rulebook()}
    for rule in (RULE_OFFICE_UNIT, RULE_TIME_WORD):
        assert book[rule]["severity"] == "saran", rule
        assert "EYD V" in book[rule]["source"], rule
        assert "KBBI" in book[rule]["source"], rule


# -- an office of a kind of unit, with no name ----------------------------------------------

@pytest.mark.parametrize(("text", "written"), [
    ("Undangan itu dikirim sampai ke tingkat Kepala Desa di seluruh kabupaten.",
     "Kepala Desa"),
    ("Dalam rapat itu saya selaku Kepala Desa sebagai penengah bagi kedua pihak.",
     "Kepala Desa"),
    ("Bantuan beras dibagikan lewat Kepala Dusun kepada tiap keluarga.", "Kepala Dusun"),
    ("Semua keluhan warga akan dibawa oleh Kepala Kampung ke musyawarah.",
     "Kepala Kampung"),
    ("Pelatihan itu diikuti 116 Aparat Desa dan tujuh pendamping.", "Aparat Desa"),
    ("Buku panduan itu dibagikan kepada Kepala Sekolah pada hari pertama.",
     "Kepala Sekolah"),
    ("Surat edaran itu ditujukan kepada Kepala Desa.", "Kepala Desa"),
    ("Jadilah Kepala Desa yang jujur kepada seluruh warga.", "Kepala Desa"),
])
def test_an_office_of_a_unit_kind_without_a_name_is_lower_case(
        checker: Checker, text: str, written: str) -> None:
    """The new rule's, or the older common-word rule's where it reads the run first."""
    assert (found(checker, text, RULE_OFFICE_UNIT) +
            found(checker, text, RULE_CAPITAL_MIDDLE)) == [(written, written.lower())]


@pytest.mark.parametrize("text", [
    "Acara itu dibuka oleh Kepala Desa Sukamekar pada pagi hari.",          # a name follows
    "Laporan itu dibacakan Kepala Dusun, Bapak Darsa Wiguna, di depan warga.",  # apposition
    "Kegiatan itu dipimpin Kepala Desa (Kades) bersama dua stafnya.",        # an acronym
    "Panitia menyiapkan Pemilihan Kepala Daerah yang digelar tahun depan.",  # inside a name
    "Kepala Desa membuka musyawarah itu tepat pukul sembilan.",              # first word
    "Warga Tampak Antusias Sambut Kunjungan Kepala Desa Baru",               # a headline
    "Tema lomba tahun ini “Bersama Kepala Desa Membangun” dipilih panitia.",  # quoted title
])
def test_an_office_with_a_name_or_in_a_title_is_not_judged(
        checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_OFFICE_UNIT) == []


# -- the common time word before a day or month ---------------------------------------------

@pytest.mark.parametrize(("text", "words"), [
    ("Personel gabungan rutin melaksanakan patroli skala besar setiap Malam Sabtu dan "
     "Malam Minggu di wilayah kota.", ["Malam", "Malam"]),
    ("Kantor kelurahan tetap melayani warga pada Hari Senin walaupun sedang libur.",
     ["Hari"]),
    ("Pembangunan jembatan itu ditargetkan selesai pada Bulan Agustus tahun depan.",
     ["Bulan"]),
])
def test_the_time_word_before_a_day_or_month_is_lower_case(
        checker: Checker, text: str, words: list[str]) -> None:
    assert found(checker, text, RULE_TIME_WORD) == [(w, w.lower()) for w in words]


@pytest.mark.parametrize("text", [
    "Hari Senin kantor kelurahan dibuka lebih pagi dari biasanya.",          # first word
    "Warga kampung itu berkumpul pada Malam Tahun Baru di lapangan desa.",   # a holiday
    "Warga merayakan Hari Raya bersama keluarga di kampung halaman.",        # a holiday
    "Panitia Gelar Lomba Perahu Setiap Malam Minggu di Tepi Sungai",         # a headline
])
def test_a_day_name_opening_or_a_holiday_is_not_judged(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_TIME_WORD) == []


# -- a count before a place word ------------------------------------------------------------

def test_a_count_of_places_is_a_common_noun(checker: Checker) -> None:
    text = "Pelatihan itu diikuti perwakilan dari 29 Kabupaten di provinsi tersebut."
    assert found(checker, text, RULE_CAPITAL_MIDDLE) == [("Kabupaten", "kabupaten")]


def test_a_place_after_a_preposition_keeps_its_capital(checker: Checker) -> None:
    text = "Rombongan itu datang dari Tanjung untuk mengikuti lomba perahu."
    assert found(checker, text, RULE_CAPITAL_MIDDLE) == []


# -- guards widened: -nya after a capital, an acronym after dan, quoted speech -------------

def test_a_nya_word_after_a_holiday_name_is_lower_case(checker: Checker) -> None:
    text = "Rumah yang ditinggal mudik Lebaran Pemiliknya dijaga polisi setiap malam."
    assert found(checker, text, RULE_ENCLITIC) == [("Pemiliknya", "pemiliknya")]


def test_a_nya_word_of_god_keeps_its_capital_after_a_capital(checker: Checker) -> None:
    text = "Jamaah berdoa memohon kepada Tuhan Yang Maha Esa dan Rahmat-Nya menyertai warga."
    assert found(checker, text, RULE_ENCLITIC) == []


def test_a_common_word_before_dan_and_an_acronym_is_lower_case(checker: Checker) -> None:
    text = "Sebelum berangkat, personel melaksanakan Apel dan APP di halaman markas."
    assert found(checker, text, RULE_CAPITAL_MIDDLE) == [("Apel", "apel")]


def test_a_list_of_capitalised_words_after_dan_is_still_a_name(checker: Checker) -> None:
    text = "Dinas menggelar sosialisasi Komunikasi, Informasi, dan Edukasi di balai warga."
    assert found(checker, text, RULE_CAPITAL_MIDDLE) == []


def test_a_function_word_in_quoted_speech_is_lower_case(checker: Checker) -> None:
    text = "“Patroli malam Minggu Untuk pekan ini kami gelar di tiga desa,” kata Kapolsek."
    assert found(checker, text, RULE_FUNCTION_WORD) == [("Untuk", "untuk")]


def test_a_function_word_in_a_quoted_title_keeps_its_capital(checker: Checker) -> None:
    text = "Panitia memilih tema “Bersatu Dengan Semangat Baru” untuk lomba tahun ini."
    assert found(checker, text, RULE_FUNCTION_WORD) == []


# -- the area or yard before a unit, the staff before a unit --------------------------------

def test_the_yard_before_a_unit_is_lower_case(checker: Checker) -> None:
    text = "Pasukan gabungan melaksanakan gelar pasukan di Halaman Mapolresta Sukamaju pagi tadi."
    assert found(checker, text, RULE_BEFORE_PROPER) == [("Halaman", "halaman")]


def test_a_yard_before_an_unknown_name_is_not_judged(checker: Checker) -> None:
    text = "Upacara itu digelar di Halaman Masjid Agung Sukamaju pagi tadi."
    assert found(checker, text, RULE_BEFORE_PROPER) == []


@pytest.mark.parametrize(("text", "word"), [
    ("Patroli dipimpin Kapolsek bersama Aparat TNI dari koramil setempat.", "Aparat"),
    ("Sosialisasi pertama dilakukan dengan Pengurus KONI di balai kota.", "Pengurus"),
    ("Surat itu dibagikan kepada seluruh Pegawai Polres Sukamaju kemarin.", "Pegawai"),
])
def test_the_staff_of_a_unit_before_its_name_is_lower_case(
        checker: Checker, text: str, word: str) -> None:
    assert found(checker, text, RULE_BEFORE_NAME) == [(word, word.lower())]


def test_staff_opening_a_sentence_keeps_its_capital(checker: Checker) -> None:
    text = "Pengurus KONI menggelar rapat kerja di balai kota."
    assert found(checker, text, RULE_BEFORE_NAME) == []
