"""Capital letters on common words, round five (issue 10): each rule stated as EYD V, I.E
(Huruf Kapital) or II.H (akronim) states it, with text it must flag and text it must leave
alone. Every sentence is written for this test; the names in it are invented."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.common_capitals import (
    RULE_BEFORE_NAME,
    RULE_COMMON_ACRONYM,
    RULE_GROUP,
    RULE_OFFICE,
    RULE_SENTENCE_START,
)
from app.language.rulebook import rulebook
from app.language.style import RULE_CAPITAL_MIDDLE


def found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    """(written, first suggestion) of every finding of ``rule``."""
    return [(f.text, f.suggestions[0] if f.suggestions else "")
            for f in checker.check(text) if f.rule == rule]




def test_the_rules_are_listed_as_saran_with_their_eyd_source() -> None:
    book = {rule["id"]: rule for rule in rulebook()}
    for rule in (RULE_BEFORE_NAME, RULE_SENTENCE_START, RULE_OFFICE, RULE_COMMON_ACRONYM,
                 RULE_GROUP):
        assert book[rule]["severity"] == "saran", rule
        assert "EYD V" in book[rule]["source"], rule


# -- a member or the area of a unit before its name -----------------------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Sejak pagi Rombongan Pemprov tiba di lokasi.", "Rombongan", "rombongan"),
    ("Laporan itu ditangani Anggota Ditsamapta sore harinya.", "Anggota", "anggota"),
    ("Dalam pantauan, Petugas Dishub mengatur arus.", "Petugas", "petugas"),
])
def test_a_member_of_a_unit_is_a_common_noun(checker: Checker, text: str, wrong: str,
                                              right: str) -> None:
    assert found(checker, text, RULE_BEFORE_NAME) == [(wrong, right)]


@pytest.mark.parametrize("text", [
    "Anggota Polres Kampar berjaga sejak pagi.",           # opens the sentence
    "Dialog itu tentang Warga Negara Asing di kota ini.",    # a title after *tentang*
    "Sejak pagi Anggota berjaga di pos.",                   # no unit's name follows
])
def test_members_at_a_sentence_start_or_in_titles_are_left_alone(checker: Checker,
                                                                 text: str) -> None:
    assert found(checker, text, RULE_BEFORE_NAME) == []


def test_only_the_member_word_is_lowered_before_an_acronym(checker: Checker) -> None:
    text = "Rapat dihadiri Anggota DPRD Kampar dan camat."
    assert found(checker, text, RULE_BEFORE_NAME) == [("Anggota", "anggota")]


# -- the words after a sentence's first word ----------------------------------------------

def test_a_run_the_text_defines_by_its_acronym_is_a_name(checker: Checker) -> None:
    text = ("Polsek menggelar Patroli Tepi Sungai (PTS) setiap malam. "
            "Patroli Tepi Sungai ini menyasar dermaga.")
    assert found(checker, text, RULE_SENTENCE_START) == []


def test_an_abbreviation_period_does_not_open_a_sentence(checker: Checker) -> None:
    text = "Warga Kel. Bunga Sari ini menanam cabai."
    assert found(checker, text, RULE_SENTENCE_START) == []


@pytest.mark.parametrize("text", [
    "Rapat usai. Wulan Sari menekankan pentingnya gizi anak.",   # a name, then its verb
    "Polsek Sapa Warga Lewat Ronda Malam Bersama.",               # a headline, with a period
])
def test_a_subject_name_or_a_headline_is_left_alone(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_SENTENCE_START) == []


def test_a_sentence_start_after_a_period_is_judged(checker: Checker) -> None:
    text = "Acara dimulai pukul delapan. Penyaluran Bantuan tersebut berjalan lancar."
    assert found(checker, text, RULE_SENTENCE_START) == [("Bantuan", "bantuan")]


# -- an office that names no one ---------------------------------------------------------

def test_an_office_before_a_name_keeps_its_capital(checker: Checker) -> None:
    text = "Rapat dihadiri 5 Kepala desa Sukamaju dan Sukamakmur."
    assert found(checker, text, RULE_OFFICE) == []


# -- a group of people ------------------------------------------------------------------

def test_a_group_in_a_list_after_offices_is_lowered_once(checker: Checker) -> None:
    text = ("Kegiatan itu dihadiri Danramil, Kapolsek, Tokoh Adat, dan Tokoh Pemuda Desa "
            "Sukamaju yang datang bersama warga sejak pagi.")
    findings = [f for f in checker.check(text) if f.text.startswith("Tokoh")]
    assert [(f.text, f.rule, f.suggestions[0]) for f in findings] == [
        ("Tokoh Adat", RULE_GROUP, "tokoh adat"), ("Tokoh Pemuda", RULE_GROUP, "tokoh pemuda")]


def test_a_group_followed_by_a_name_is_left_alone(checker: Checker) -> None:
    text = "Hadir pula Camat dan Tokoh Pemuda Karang Taruna Melati."
    assert found(checker, text, RULE_GROUP) == []


# -- acronyms of common words -------------------------------------------------------------

def test_an_acronym_whose_letters_are_not_in_the_words_is_left_alone(checker: Checker
                                                                     ) -> None:
    text = "Petugas memeriksa gudang (Sidak) pada pagi hari."
    assert found(checker, text, RULE_COMMON_ACRONYM) == []


# -- the common-noun rule, widened -------------------------------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Warga diajak menjauhi Narkoba di lingkungan sekolah.", "Narkoba"),       # KBBI: n
    ("Di pos itu, kemudian Polisi mengamankan dua pemuda.", "Polisi"),         # a rank, no name
    ("Ia bertindak sebagai Inspektur upacara pagi itu.", "Inspektur"),
    ("Kapolsek bertemu camat, Pemerintah daerah dan tokoh pemuda.", "Pemerintah"),  # a list
    ("Keakraban antara TNI dan Rakyat terus dijaga.", "Rakyat"),               # after an acronym
    ("Warga diminta disiplin terhadap Protokol Kesehatan.", "Protokol Kesehatan"),  # text's end
    ("Jemaah mengikuti bimbingan manasik Haji di aula.", "Haji"),        # a title, no name
    ("Petugas menyita sabu dan Pil Ekstasi 120 butir.", "Pil Ekstasi"),  # a quantity follows
    ("Piagam diberikan kepada seluruh Kepala Desa serta kader.", "Kepala Desa"),  # many people
    ("Warga diminta menolak Isu-Isu yang menyesatkan.", "Isu-Isu"),     # a reduplicated noun
])
def test_common_words_in_mid_sentence(checker: Checker, text: str, wrong: str) -> None:
    assert (wrong, wrong.lower()) in found(checker, text, RULE_CAPITAL_MIDDLE), text


@pytest.mark.parametrize("text", [
    "Dalam arahannya, Sekar menegaskan pentingnya disiplin.",      # a subject after a comma
    "Kegiatan dipimpin Jenderal Polisi Gatra Wiguna.",              # a rank before a name
    "Rapat membahas Dinas Perindustrian dan Perdagangan kota.",     # one name with *dan*
    "Pelaku dijerat pasal tentang Narkotika dan Psikotropika.",     # a title after *tentang*
    "Doa dipimpin oleh Haji Mahmud Arsyad pagi itu.",               # a title before a name
    "Tersangka dijerat Pasal 114 ayat 2 undang-undang itu.",        # the number of a name
    "Piagam diberikan kepada seluruh Kepala Desa Sukamaju.",         # an office and its place
    "Lomba mewarnai digelar di Taman Kanak-Kanak Melati.",           # inside a name
])
def test_names_and_titles_keep_their_capitals(checker: Checker, text: str) -> None:
    assert found(checker, text, RULE_CAPITAL_MIDDLE) == [], text
