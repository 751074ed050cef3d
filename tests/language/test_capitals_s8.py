"""Capital letters, session 8 (issue 10): a paragraph opened in lower case, a verb
capitalised after its subject, a kind of region or public place before its name, an office
before a named institution's acronym, and three guards (the name of God, two place words
sharing one name, a cited title after *tentang*; a candidate's office). Every sentence is
written for this test; the names and places in it are invented."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.capital_before_name import (
    RULE_OFFICE_BEFORE_NAME,
    RULE_PLACE_KIND,
    place_kind_before_name,
)
from app.language.common_capitals import (
    RULE_CLOSED_CLASS,
    RULE_COMMON_ACRONYM,
    RULE_PARAGRAPH_START,
    RULE_PRONOUN,
    RULE_VERB_AFTER_NAME,
    paragraph_opens_lower,
    pronoun_mid_sentence,
    verb_after_name,
)
from app.language.rulebook import rulebook
from app.language.tokens import tokenize

RULE_MIDDLE = "kapital-tengah-kalimat"
RULE_INSTITUTION = "kapital-nama-lembaga"


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]


def test_the_new_rules_are_listed_as_saran_with_their_source() -> None:
    book = {rule["id"]: rule for rule in rulebook()}
    for rule in (RULE_PARAGRAPH_START, RULE_VERB_AFTER_NAME, RULE_PLACE_KIND, RULE_PRONOUN):
        assert book[rule]["severity"] == "saran", rule
        assert "EYD V, I.E" in book[rule]["source"], rule


# -- a paragraph opened in lower case ---------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("Posko banjir dibuka di balai warga.\n\ntercatat 40 keluarga mengungsi ke sana.",
     "tercatat"),
    ("Relawan memasak di dapur umum sejak subuh.\nhal itu dilakukan agar warga tidak lapar.",
     "hal"),
    ("“Semua sudah siap,” kata Lurah Benu.\n\nsetelah itu rombongan berangkat ke hulu.",
     "setelah"),
])
def test_a_paragraph_opened_in_lower_case_is_found(checker: Checker, text: str,
                                                   word: str) -> None:
    assert found(checker, text, RULE_PARAGRAPH_START) == [(word, word.capitalize())]


@pytest.mark.parametrize("text", [
    "Panitia membagikan kupon kepada warga yang\nsudah terdaftar sejak pekan lalu.",
    "Berita ini disalin dari laman\n\nkabarlontar.example.id pagi tadi.",
    "Kegiatan selesai pukul sepuluh.\n\nsumber: Humas Polsek Benu",
    "Kegiatan selesai pukul sepuluh.\n\nTercatat 40 keluarga ikut.",
    "jaga kampung kita bersama.",
])
def test_a_line_that_goes_on_an_address_or_a_label_is_left(checker: Checker,
                                                            text: str) -> None:
    assert found(checker, text, RULE_PARAGRAPH_START) == []


def test_only_dictionary_words_open_a_paragraph() -> None:
    text = "Apel digelar pagi.\n\nzorbul datang terlambat."
    assert list(paragraph_opens_lower(text, lambda word: word != "zorbul")) == []
    assert [f.text for f in paragraph_opens_lower(text, lambda word: True)] == ["zorbul"]


# -- a verb capitalised after its subject ------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("Kapolsek Berharap, warga tetap menjaga pos ronda.", "Berharap"),
    ("Kepala Dinas Perikanan Lontar, Sari Wulan Menegaskan, bantuan jaring sudah tiba.",
     "Menegaskan"),
    ("Danramil Kapten Inf Budi Harjo Memimpin apel di lapangan kecamatan.", "Memimpin"),
    ("“Kami siap,” kata Camat Benu Menambahkan dengan yakin.", "Menambahkan"),
])
def test_a_verb_after_its_subject_is_lowered(checker: Checker, text: str, word: str) -> None:
    assert found(checker, text, RULE_VERB_AFTER_NAME) == [(word, word.lower())]


@pytest.mark.parametrize("text", [
    "Kapolsek berharap warga tetap menjaga pos ronda.",
    "Menyatakan pendapat di muka umum dijamin undang-undang.",
    "Bupati Benu Memimpin Apel Kesiapsiagaan Banjir di Alun-Alun",
    "Murid membaca buku “Sang Nelayan Memimpin Doa” di perpustakaan.",
    "Apel itu dipimpin Iptu Rudi. Memimpin apel, ia membacakan amanat.",
    "Program Jumat Berbagi digelar lagi di Desa Lamar.",
])
def test_a_verb_opening_a_sentence_or_a_title_is_left(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_VERB_AFTER_NAME) == []


def test_verbs_not_of_saying_or_acting_are_left_to_names() -> None:
    text = "Warga mengikuti program Polisi Menyapa di pasar."
    assert list(verb_after_name(text, list(tokenize(text)))) == []


# -- a pronoun capitalised in mid-sentence -----------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("Hal itu Ia sampaikan saat membuka lomba dayung.", "Ia"),
    ("Lebih lanjut Ia jelaskan, pos jaga dibuka tiap malam.", "Ia"),
    ("Usai apel pagi Ia langsung meninjau dapur umum.", "Ia"),
])
def test_a_pronoun_in_mid_sentence_is_lowered(checker: Checker, text: str, word: str) -> None:
    assert found(checker, text, RULE_PRONOUN) == [(word, word.lower())]


@pytest.mark.parametrize("text", [
    "Hal itu ia sampaikan saat membuka lomba dayung.",
    "Ia datang sejak pagi bersama warga.",
    "“Apa yang Anda ketahui tentang kampung ini?” tanya juri.",
    "Paduan suara menyanyikan lagu “Tanah Air Kita” bersama.",
    "Hadir pula Kepala Desa Tanjung Kalian, Bapak Rusli.",
    "Relawan Siaga Kami Hadir Lagi di Pasar Lamar",
])
def test_a_pronoun_opening_a_sentence_a_title_or_a_name_is_left(checker: Checker,
                                                                 text: str) -> None:
    assert found(checker, text, RULE_PRONOUN) == []


def test_every_capitalised_pronoun_but_anda_is_read() -> None:
    for pronoun in ("Ia", "Dia", "Mereka", "Kami", "Kita", "Saya"):
        text = f"Hal itu {pronoun} sampaikan kemarin."
        assert [f.text for f in pronoun_mid_sentence(text, list(tokenize(text)))] == [pronoun]
    text = "Hal itu Anda sampaikan kemarin."
    assert list(pronoun_mid_sentence(text, list(tokenize(text)))) == []


# -- a kind of region or public place before its name -----------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("Bantuan tiba di distrik Wamena Kota kemarin.", "distrik"),
    ("Rapat digelar di kantor kapanewon Rejosari.", "kapanewon"),
    ("Ojek berjajar di simpang terminal Lontarsari.", "terminal"),
    ("“Kami bersihkan dermaga Yakubu tiap Sabtu,” ujar Babinsa.", "dermaga"),
    ("Petugas berjaga di bandara YKB sejak subuh.", "bandara"),
])
def test_a_place_kind_before_its_name_is_capitalised(checker: Checker, text: str,
                                                     word: str) -> None:
    assert found(checker, text, RULE_PLACE_KIND) == [(word, word.capitalize())]


@pytest.mark.parametrize("text", [
    "Bantuan tiba di Distrik Wamena Kota kemarin.",
    "Petugas berjaga di setiap terminal Bus kota.",
    "Kapal bersandar di dermaga Pelabuhan Sukamara.",
    "Bus berangkat dari terminal pukul enam.",
    "Warga mendaftar di terminal Polres Lontar.",
    "Pedagang berkumpul di stasiun Senin pagi.",
])
def test_a_place_kind_without_a_name_is_left(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_PLACE_KIND) == []


def test_a_facility_before_a_common_word_is_left() -> None:
    text = "Ia menunggu di terminal Baru."
    assert list(place_kind_before_name(text, lambda word: word == "baru")) == []
    assert [f.text for f in place_kind_before_name(text, lambda word: False)] == ["terminal"]


# -- an office before a named institution's acronym -------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("Rapat dihadiri ketua KPU, Ketua Bawaslu, dan kepala kejaksaan.", "ketua"),
    ("Pertanyaan ketua TP PKK menyangkut kesiapan peserta.", "ketua"),
    ("Ia juga menjabat sebagai ketua FKUB.", "ketua"),
])
def test_an_office_before_a_named_body_is_capitalised(checker: Checker, text: str,
                                                      word: str) -> None:
    assert found(checker, text, RULE_OFFICE_BEFORE_NAME) == [(word, word.capitalize())]


@pytest.mark.parametrize("text", [
    "Rapat itu juga dihadiri beberapa kepala OPD dan camat.",
    "Warga diminta melapor ke ketua RT masing-masing.",
    "Patroli berjalan di bawah pimpinan KBO Samapta malam itu.",
    "Surat diteruskan kepada kepala SKPD terkait.",
    "Debat kedua paslon gubernur dan wakil gubernur Ranumerta berjalan tertib.",
    "Ketua KPU hadir sejak pagi.",
])
def test_an_office_before_a_kind_of_body_or_a_post_is_left(checker: Checker,
                                                           text: str) -> None:
    assert found(checker, text, RULE_OFFICE_BEFORE_NAME) == []


# -- guards of the older rules -----------------------------------------------------------


def test_an_expression_holding_the_name_of_god_keeps_its_capital(checker: Checker) -> None:
    text = "Hasil panen tahun ini Alhamdulillah cukup bagus bagi petani."
    assert found(checker, text, RULE_MIDDLE) == []
    common = "Hasil panen tahun ini Lumayan cukup bagus bagi petani."
    assert found(checker, common, RULE_MIDDLE) == [("Lumayan", "lumayan")]


def test_two_place_words_sharing_one_name_are_left(checker: Checker) -> None:
    text = "Patroli menyisir lahan gambut di Desa dan Kelurahan Teluk Lamar."
    assert found(checker, text, RULE_MIDDLE) == []
    alone = "Patroli menyisir lahan gambut di Desa dan sekitarnya."
    assert found(checker, alone, RULE_MIDDLE) == [("Desa", "desa")]


def test_a_place_word_in_a_cited_title_is_left(checker: Checker) -> None:
    text = ("Kegiatan itu mengacu pada Peraturan Bupati Nomor 7 Tahun 2029 tentang "
            "Pedoman Siaga Bencana di Desa.")
    assert found(checker, text, RULE_MIDDLE) == []
    prose = "Relawan membagikan masker kepada warga di Desa."
    assert found(checker, prose, RULE_MIDDLE) == [("Desa", "desa")]


# -- a count in mid-sentence, an office of a unit's part, a KBBI acronym's expansion ----


def test_a_cardinal_in_a_list_is_lowered_before_lower_case(checker: Checker) -> None:
    text = "Apel diikuti satu regu Kodim, Satu regu Sabhara, dan satu regu Satpol PP."
    assert found(checker, text, RULE_CLOSED_CLASS) == [("Satu", "satu")]
    after_word = "Apel diikuti satu regu Kodim dan Dua regu Satpol PP."
    assert [f.suggestions[0] for f in checker.check(after_word) if f.text == "Dua"] == ["dua"]


@pytest.mark.parametrize("text", [
    "Bantuan dikirim ke Kabupaten Lima Puluh Kota dan sekitarnya.",
    "Pemkab menjalankan program Satu Data Lontar tahun ini.",
    "Warga Desa Tiga Dua ikut kerja bakti.",
    "Satu regu Sabhara berjaga di pasar.",
])
def test_a_cardinal_in_a_name_or_opening_a_sentence_is_left(checker: Checker,
                                                             text: str) -> None:
    assert found(checker, text, RULE_CLOSED_CLASS) == []


def test_an_office_of_a_units_part_before_its_acronym_is_capitalised(checker: Checker
                                                                     ) -> None:
    text = "Rapat diikuti kepala bidang SDK Dinas Kesehatan Lontar."
    assert found(checker, text, RULE_INSTITUTION) == [("kepala bidang SDK",
                                                       "Kepala Bidang SDK")]
    many = "Rapat dihadiri sejumlah kepala bidang DPMD Lontar."
    assert found(checker, many, RULE_INSTITUTION) == []


@pytest.mark.parametrize(("text", "written"), [
    ("Tim saber menindak kasus Pungutan Liar (Pungli) di terminal.",
     "Pungutan Liar (Pungli)"),
    ("Dinas sosial menyalurkan Sembilan Bahan Pokok (Sembako) kepada nelayan.",
     "Sembilan Bahan Pokok (Sembako)"),
    ("Petugas mengamankan 20 liter Minuman Keras (Miras) dari warung itu.",
     "Minuman Keras (Miras)"),
])
def test_a_kbbi_acronym_with_a_capitalised_expansion_is_lowered(checker: Checker,
                                                                text: str,
                                                                written: str) -> None:
    assert found(checker, text, RULE_COMMON_ACRONYM) == [(written, written.lower())]


@pytest.mark.parametrize("text", [
    "Tim saber menindak kasus pungutan liar (pungli) di terminal.",
    "Polisi Sita Ratusan Liter Minuman Keras (Miras)",
    "Laporan diterima Kepolisian Resor (Polres) Lontar.",
    "Kegiatan itu digelar Badan Narkotika Nasional (BNN) Lontar.",
])
def test_a_name_or_a_lower_case_expansion_is_left(checker: Checker, text: str) -> None:
    assert [w for w, _ in found(checker, text, RULE_COMMON_ACRONYM)
            if w[:1].isupper() and " " in w] == []
