"""Capital letters, round six (issue 10): classes stated as EYD V, I.E (Huruf Kapital) and
II.H (akronim nama diri) state them, each with text it must flag and text it must leave
alone. Every sentence is written for this test; the names and places in it are invented."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.capital_before_name import RULE_OFFICE_BEFORE_NAME, RULE_UNIT_LOWER
from app.language.common_capitals import RULE_BEFORE_PROPER, RULE_ENCLITIC, RULE_TRAILING
from app.language.eyd_context import RULE_REGION_NAME
from app.language.rulebook import rulebook


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]


def test_the_new_rules_are_listed_as_saran_with_their_source() -> None:
    book = {rule["id"]: rule for rule in rulebook()}
    for rule in (RULE_BEFORE_PROPER, RULE_ENCLITIC, RULE_UNIT_LOWER, RULE_TRAILING):
        assert book[rule]["severity"] == "saran", rule
        assert "EYD V" in book[rule]["source"], rule


# -- common words before the name of a unit, a region or a disease -------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Penjagaan pintu masuk diperketat di Lingkungan Polda Nusa Timur sejak awal pekan "
     "lalu.", "Lingkungan", "lingkungan"),
    ("Tidak ada gangguan di Wilayah Hukum Polsek Tanjung Aur selama libur.",
     "Wilayah Hukum", "wilayah hukum"),
    ("Jalan desa rusak di Daerah Kabupaten Sukamara bagian hulu.", "Daerah", "daerah"),
    ("Pasar tetap buka di masa Pandemi Covid-19 dengan jam terbatas.", "Pandemi",
     "pandemi"),
    ("Pedagang diminta patuh Protokol Kesehatan Covid-19 di los ikan.",
     "Protokol Kesehatan", "protokol kesehatan"),
])
def test_common_words_before_a_name_are_lower_case(checker: Checker, text: str, wrong: str,
                                                   right: str) -> None:
    assert (wrong, right) in found(checker, text, RULE_BEFORE_PROPER)


@pytest.mark.parametrize("text", [
    "Rapat digelar di Kantor Polsek Tanjung Aur pagi tadi.",          # an institution head
    "Laporan itu diterima tim Divisi Humas Polri kemarin.",           # a unit's own part
    "Pawai berakhir di Lapangan Merdeka Kabupaten Sukamara.",         # a place's own name
    "Warga mengikuti program Wilayah Tertib Polres Sukamara.",        # after 'program'
    "Relawan dari Gugus Siaga Covid-19 (GSC) membagikan masker.",     # defined by acronym
    "Pengamanan Di Lingkungan Polda Nusa Timur Ditingkatkan",         # a headline
])
def test_names_and_titles_keep_their_capitals(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_BEFORE_PROPER) == []


# -- a common word with -nya ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Pengaturan arus dilakukan oleh Personelnya bersama relawan.", "Personelnya"),
    ("Lurah mengajak warga Binaannya menjaga kebersihan selokan.", "Binaannya"),
    ("Surat undangan itu dibawa oleh Stafnya ke kantor camat.", "Stafnya"),
])
def test_a_capitalised_common_word_with_nya_is_lower_case(checker: Checker, text: str,
                                                         wrong: str) -> None:
    assert (wrong, wrong.lower()) in found(checker, text, RULE_ENCLITIC)


@pytest.mark.parametrize("text", [
    "Pengaturan arus dilakukan oleh personelnya bersama relawan.",
    "Warga berserah diri kepada Tuhannya dalam doa bersama.",        # God keeps the capital
    "Personelnya berjaga sejak subuh di gerbang pasar.",              # a sentence's start
    "Kapolsek Hadir Bersama Personelnya Di Pasar Baru",               # a headline
])
def test_nya_words_that_stay(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_ENCLITIC) == []


# -- a unit or one-holder office in lower case that refers to one of them -----------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Beras itu bantuan kapolri bagi nelayan yang gagal melaut.", "kapolri", "Kapolri"),
    ("Laporan warga diteruskan ke koramil dan Kodim pada hari itu.", "koramil", "Koramil"),
    ("Penyuluhan dilakukan polwan satbinmas di sekolah dasar.", "satbinmas", "Satbinmas"),
    ("Foto kegiatan diunggah humas polres di akun resmi.", "polres", "Polres"),
])
def test_a_unit_referring_to_one_unit_is_capitalised(checker: Checker, text: str,
                                                      wrong: str, right: str) -> None:
    assert (wrong, right) in found(checker, text, RULE_UNIT_LOWER)


@pytest.mark.parametrize("text", [
    "Data pemudik dicatat di setiap polsek sepanjang jalur.",          # any unit
    "Lomba itu digelar di tingkat polres se-provinsi.",                # a level
    "Warga diminta melapor ke polsek terdekat bila melihat orang asing.",
    "Program itu arahan bapak kapolri untuk seluruh jajaran.",         # the address rule
    "Berita lengkap ada di laman humas.polres.example/berita.",        # an address
    "Bantuan Kapolri tiba di pelabuhan kemarin.",
])
def test_a_unit_in_generic_use_stays_lower_case(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_UNIT_LOWER) == []


# -- an office before a body and the holder's name ----------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Hadir pula ketua LPM Darmawi Lasut dan para tokoh adat.", "ketua"),
    ("Sambutan disampaikan kepala UPT Hendarsih Malonda di aula.", "kepala"),
])
def test_an_office_before_a_body_and_a_person_is_capitalised(checker: Checker, text: str,
                                                              wrong: str) -> None:
    assert (wrong, wrong.capitalize()) in found(checker, text, RULE_OFFICE_BEFORE_NAME)


@pytest.mark.parametrize("text", [
    "Setiap ketua RT diminta mendata warga pendatang.",                # any holder
    "Surat itu ditandatangani ketua RT setempat.",                     # no name follows
    "Rapat dihadiri ketua RT Senin malam.",                            # a day, no person
])
def test_an_office_without_a_holder_stays_lower_case(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_OFFICE_BEFORE_NAME) == []


# -- a point of the compass in a place name ----------------------------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Jalan paving dibangun di Dusun Karangsoka barat pekan lalu.", "Karangsoka barat",
     "Karangsoka Barat"),
    ("Warga Kelurahan Lowoaru timur bergotong royong.", "Lowoaru timur", "Lowoaru Timur"),
])
def test_a_compass_point_in_a_place_name_is_capitalised(checker: Checker, text: str,
                                                        wrong: str, right: str) -> None:
    assert (wrong, right) in found(checker, text, RULE_REGION_NAME)


@pytest.mark.parametrize("text", [
    "Warga Desa Karangsoka tengah membangun balai dusun.",            # 'tengah' = sedang
    "Angin bertiup dari arah barat sejak pagi.",                      # no place name
])
def test_a_compass_word_outside_a_name_stays(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_REGION_NAME) == []


# -- a describing word after a name or an office -------------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Camat melantik 12 orang Kepala Dusun Terpilih hasil musyawarah warga.", "Terpilih"),
    ("Pengendara diminta menepi ke Pos Pengamanan Terdekat untuk beristirahat.",
     "Terdekat"),
    ("Dana itu dibagikan kepada Warga Kampung Terdampak, kata lurah.", "Terdampak"),
])
def test_a_describing_word_after_a_name_is_lower_case(checker: Checker, text: str,
                                                      wrong: str) -> None:
    assert (wrong, wrong.lower()) in found(checker, text, RULE_TRAILING)


@pytest.mark.parametrize("text", [
    "Camat melantik 12 orang kepala dusun terpilih hasil musyawarah warga.",
    "Kepala Dusun Terpilih Resmi Dilantik di Balai Kampung",            # a headline
    "Terpilih sebagai ketua, Rahmawati berjanji bekerja keras.",        # a sentence's start
    "Warga Desa Sukamaju Terpilih Mewakili Kecamatan dalam Lomba Desa",  # a headline
])
def test_describing_words_that_stay(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_TRAILING) == []
