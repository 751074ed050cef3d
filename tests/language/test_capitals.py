"""Capitals a name asks for (``app/language/capitals.py``, issue 10): district and village
names from the Kemendagri list, names the lexicon lists written half in capitals, offices
before their institution, Bapak/Ibu addressing someone, place words with no name after
them, and the titles of regulations cited by number and year.
Each class has text it must flag and text it must leave alone.

Every sentence is written for this test (the place names are Kemendagri data)."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.capitals import REGION_NAMES_FILE, CapitalData, CapitalRules
from app.language.eyd_context import (
    RULE_ADDRESS,
    RULE_NAME_CASE,
    RULE_REGION_NAME,
    RULE_REGULATION,
)
from app.language.lexicon import Lexicon, read_table, style_dir
from app.language.rulebook import rulebook
from app.language.tokens import tokenize


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]


# -- the examples each rule carries -------------------------------------------------------



def test_the_rules_are_listed_with_source_and_severity() -> None:
    book = {rule["id"]: rule for rule in rulebook()}
    for rule in (RULE_REGULATION, RULE_NAME_CASE, RULE_REGION_NAME, RULE_ADDRESS):
        assert "EYD V" in book[rule]["source"], rule
    assert book[RULE_NAME_CASE]["severity"] == "saran"
    assert book[RULE_REGULATION]["severity"] == "kesalahan"


# -- district and village names -----------------------------------------------------------

def test_the_region_list_holds_only_multi_word_districts_and_villages() -> None:
    rows = list(read_table(style_dir() / REGION_NAMES_FILE))
    assert len(rows) > 20_000
    assert all(" " in name and level in ("kecamatan", "desa") for name, level in rows)
    assert ("Tanjung Bintang", "kecamatan") in rows


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Warga desa bumi harapan Kecamatan Sepaku bergotong royong.", "desa bumi harapan",
     "Desa Bumi Harapan"),
    ("Balai desa tapang semadak dipakai untuk rapat warga.", "desa tapang semadak",
     "Desa Tapang Semadak"),
    ("Razia digelar di Kecamatan tanjung bintang pada malam hari.",
     "Kecamatan tanjung bintang", "Kecamatan Tanjung Bintang"),
    ("Jalan menuju Tanjung bintang ditutup sementara.", "Tanjung bintang", "Tanjung Bintang"),
])
def test_a_region_name_in_lower_case_is_capitalised(checker: Checker, text: str, wrong: str,
                                                     right: str) -> None:
    assert (wrong, right) in found(checker, text, RULE_REGION_NAME)


@pytest.mark.parametrize("text", [
    "Warga desa maju bersama membangun jalan lingkungan.",   # Maju Bersama is also a village
    "Pedagang di Desa Bumi Harapan menata lapaknya.",         # already right
    "Sungai besar itu meluap setelah hujan deras.",           # not after a place word
    "Ia datang dari Kabupaten/Kota dalam provinsi yang sama.",
])
def test_common_words_are_not_read_as_a_region_name(checker: Checker, text: str) -> None:
    assert [f for f in checker.check(text) if f.rule == RULE_REGION_NAME
            and "bumi" not in f.text.lower()] == []


def test_a_name_of_common_words_counts_once_the_text_shows_it_is_a_name(
        checker: Checker) -> None:
    text = ("Kantor desa bumi harapan Kecamatan Sepaku ramai.\n\n"
            "Pemerintah desa bumi harapan menyiapkan lapak baru.")
    assert [w for w, _ in found(checker, text, RULE_REGION_NAME)] == [
        "desa bumi harapan", "desa bumi harapan"]


# -- names from the lexicon, offices before institutions ---------------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Selama operasi Zebra berlangsung, pelanggar ditilang.", "operasi Zebra",
     "Operasi Zebra"),
    ("Petugas menyiapkan pos pengamanan operasi ketupat di jalur mudik.", "operasi ketupat",
     "Operasi Ketupat"),
    ("Ia baru dilantik sebagai kepala dinas Pemberdayaan Masyarakat.",
     "kepala dinas Pemberdayaan", "Kepala Dinas Pemberdayaan"),
    ("Gunting pita dilakukan ketua Tim Penggerak PKK.", "ketua Tim", "Ketua Tim"),
    ("Kunjungan Kepala Kepolisian daerah Maluku disambut warga.", "Kepolisian daerah",
     "Kepolisian Daerah"),
    ("Pengamanan dipimpin Kepolisian daerah (Polda) setempat.", "Kepolisian daerah",
     "Kepolisian Daerah"),
])
def test_a_name_written_half_in_capitals_is_capitalised(checker: Checker, text: str,
                                                         wrong: str, right: str) -> None:
    assert (wrong, right) in found(checker, text, RULE_NAME_CASE)


def test_a_generic_phrase_half_in_capitals_is_offered_in_lower_case_first(
        checker: Checker) -> None:
    findings = [f for f in checker.check("Kerja sama ini butuh komitmen pemerintah Daerah "
                                         "dan warga.") if f.rule == RULE_NAME_CASE]
    assert [f.suggestions for f in findings] == [("pemerintah daerah", "Pemerintah Daerah")]


def test_the_name_rule_overrules_the_common_noun_rule_inside_a_name(
        checker: Checker) -> None:
    findings = checker.check("Agus mengatakan, operasi Ketupat digelar dua pekan.")
    assert [(f.rule, f.text) for f in findings if "kapital" in f.rule] == [
        (RULE_NAME_CASE, "operasi Ketupat")]


@pytest.mark.parametrize("text", [
    "Sejumlah kepala dinas Kabupaten Sukamaju hadir.",     # many offices: a common noun
    "Para kepala Badan hadir dalam rapat koordinasi.",
    "Laporan diteruskan kepada pemerintah daerah dan pusat.",
    "Pemerintah daerah menyiapkan anggaran bantuan.",       # sentence start, generic
    "OPERASI KETUPAT DIMULAI HARI INI",                     # a headline in capitals
])
def test_offices_and_names_used_as_common_nouns_stay(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_NAME_CASE) == []


# -- a place word with no name after it --------------------------------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Mahasiswa yang bertugas di Desa tersebut membantu warga.", "Desa", "desa"),
    ("Warga berkerumun di depan Kantor Kecamatan setempat sejak pagi.", "Kantor Kecamatan",
     "kantor kecamatan"),
    ("Hasil panen dijual ke pasar Kabupaten lain.", "Kabupaten", "kabupaten"),
    ("Setiap Minggu ia beribadah di Gereja.", "Gereja", "gereja"),
    ("Bantuan disalurkan dari pusat hingga ke Desa yang terpencil.", "Desa", "desa"),
])
def test_a_place_word_without_a_name_is_a_common_noun(checker: Checker, text: str,
                                                       wrong: str, right: str) -> None:
    assert (wrong, right) in found(checker, text, "kapital-tengah-kalimat")


@pytest.mark.parametrize("text", [
    "Laporan diteruskan ke Polres setempat.",          # a unit's own name
    "Desa tersebut kini bebas sampah.",                # the sentence starts there
    "Warga Desa Sukamaju itu bergotong royong.",       # a name follows the place word
    "Rapat digelar di Kantor Camat Sukamaju.",         # the office's name
    "Ia tinggal di Pulau Seram, dekat pelabuhan.",
])
def test_place_words_that_start_a_sentence_or_a_name_stay(checker: Checker,
                                                           text: str) -> None:
    assert found(checker, text, "kapital-tengah-kalimat") == []


# -- reported speech after a verb of saying ------------------------------------------------

def test_reported_speech_goes_on_in_lower_case(checker: Checker) -> None:
    text = "Kapolsek Sukamaju mengatakan, Kegiatan ronda digelar setiap malam."
    assert ("Kegiatan", "kegiatan") in found(checker, text, "kapital-tengah-kalimat")


@pytest.mark.parametrize("text", [
    "Kapolres mengatakan, Operasi Zebra digelar dua pekan.",    # a name after the comma
    "Kapolres mengatakan, “Kegiatan ini rutin kami gelar.”",   # a direct quotation
])
def test_names_and_quotations_after_a_verb_of_saying_stay(checker: Checker,
                                                          text: str) -> None:
    assert found(checker, text, "kapital-tengah-kalimat") == []


# -- Bapak and Ibu addressing someone -------------------------------------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Program itu arahan bapak kapolri untuk seluruh jajaran.", "bapak kapolri",
     "Bapak Kapolri"),
    ("Terima kasih kepada bapak/ibu sekalian yang hadir.", "bapak/ibu", "Bapak/Ibu"),
])
def test_bapak_and_ibu_addressing_someone_are_capitalised(checker: Checker, text: str,
                                                          wrong: str, right: str) -> None:
    assert (wrong, right) in found(checker, text, RULE_ADDRESS)


@pytest.mark.parametrize("text", [
    "Anak itu dijemput bapak dan ibunya sepulang sekolah.",
    "Posyandu melayani ibu hamil dan balita.",
    "Seluruh bapak kapolsek diminta hadir.",
    "Bapak Bupati membuka acara itu.",
])
def test_parents_groups_and_right_capitals_stay(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_ADDRESS) == []


# -- regulations --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Dasarnya UU No. 6 Tahun 2014 tentang desa.", "desa", "Desa"),
    ("Pelaku dijerat UU Nomor 22 Tahun 2009 tentang lalu lintas dan angkutan jalan yang "
     "berlaku.", "lalu lintas dan angkutan jalan", "Lalu Lintas dan Angkutan Jalan"),
    ("Aturannya ada di Perbup No. 7/2021 tentang retribusi pasar.", "retribusi pasar",
     "Retribusi Pasar"),
])
def test_a_regulation_title_in_lower_case_is_capitalised(checker: Checker, text: str,
                                                         wrong: str, right: str) -> None:
    assert (wrong, right) in found(checker, text, RULE_REGULATION)


@pytest.mark.parametrize("text", [
    "Tersangka dijerat UU Nomor 35 Tahun 2009 tentang Narkotika.",
    "Sosialisasi UU tentang perlindungan anak digelar di balai desa.",   # no number, no year
    "Rapat tahun 2024 tentang anggaran desa berjalan lancar.",
])
def test_regulation_titles_already_right_and_other_uses_of_tentang_stay(
        checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_REGULATION) == []


# -- the rules alone, without a checker ----------------------------------------------------

def test_the_rules_work_on_their_own_data() -> None:
    lexicon = Lexicon([("Operasi Patuh", "lembaga-akronim")])
    data = CapitalData(regions={"sungai rangas": ("Sungai Rangas", "desa")},
                       names=CapitalData.load(lexicon).names)
    rules = CapitalRules(data, lambda word: word in {"sungai", "operasi"})
    text = "Warga desa sungai rangas mendukung operasi Patuh."
    merged = rules.merge(text, list(tokenize(text)), [])
    assert [(f.rule, f.text, f.suggestions[0]) for f in merged] == [
        (RULE_REGION_NAME, "desa sungai rangas", "Desa Sungai Rangas"),
        (RULE_NAME_CASE, "operasi Patuh", "Operasi Patuh")]
