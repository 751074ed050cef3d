"""Names the whole text shows (``text_names``): a word written as a name in one place is a
name everywhere in that text; titles defined with their acronym after a quantifier; the
WITA rule reads only the lowercase form."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.text_names import names_in_text

MIDDLE = "kapital-tengah-kalimat"


def rules_on(checker: Checker, text: str, word: str) -> set[str]:
    return {f.rule for f in checker.check(text) if f.text == word}


@pytest.mark.parametrize(("text", "name"), [
    ("Jalan itu segera diperbaiki,” tegas Arif.\n\nSelain itu, Arif juga meminta "
     "warga menjaga kebersihan.", "Arif"),
    ("Patroli dipimpin Kapten Inf Bagus.\n\nMenurut rencana, Bagus akan memeriksa "
     "pos jaga.", "Bagus"),
    ("Warga Kecamatan Muara Tiga menanam padi.\n\nPanen tahun ini menguatkan ekonomi "
     "Muara Tiga.", "Muara Tiga"),
    ("Rawan banjir ada di Kecamatan Tanjung dan Ujung Tanah.\n\nPetugas bersiaga di "
     "rumah warga Ujung Tanah.", "Ujung Tanah"),
    ("Personel Polres Lambar berjaga.\n\nMenurut petugas, kawasan Lambar aman.", "Lambar"),
    ("BIAK – Warga menanam bakau.\n\nHingga sore, suasana kota Biak tampak tenang.",
     "Biak"),
])
def test_a_name_the_text_shows_elsewhere_is_left(checker: Checker, text: str,
                                                 name: str) -> None:
    assert name in names_in_text(text)
    assert MIDDLE not in rules_on(checker, text, name)


@pytest.mark.parametrize(("text", "word"), [
    ("Warga diminta menjaga Kebersihan lingkungan.", "Kebersihan"),
    ("Personel Polsek Jajaran berjaga.\n\nPatroli dilakukan polisi dan Jajaran di pasar.",
     "Jajaran"),
    ("Kegiatan digelar di Desa Wisata.\n\nPetani ikut membersihkan Pulau kecil itu.",
     "Pulau"),
])
def test_common_words_stay_judged(checker: Checker, text: str, word: str) -> None:
    assert word not in names_in_text(text)


def test_words_after_a_unit_in_a_list_are_no_places() -> None:
    text = "Kerja sama Polda Sulteng dan Media terus dijaga."
    assert "Media" not in names_in_text(text)


def test_office_and_rank_runs_stop_at_offices() -> None:
    names = names_in_text("Hadir Camat Sukun, Kapolsek Sukun, dan AKBP Dimas Arya.")
    assert {"Sukun", "Dimas", "Arya", "Dimas Arya"} <= names
    assert "Kapolsek" not in names


def test_title_defined_with_its_acronym_after_a_quantifier(checker: Checker) -> None:
    text = "Rapat diikuti beberapa Organisasi Perangkat Daerah (OPD) di aula kantor."
    assert MIDDLE not in rules_on(checker, text, "Organisasi Perangkat Daerah")
    assert MIDDLE in rules_on(checker, "Rapat diikuti para Camat di aula kantor.", "Camat")


@pytest.mark.parametrize(("text", "word", "flagged"), [
    ("Apel dimulai pukul 07.30 wita di halaman.", "wita", True),
    ("Apel dimulai pukul 07.30 Wita di halaman.", "Wita", False),
])
def test_wita_only_in_lower_case(checker: Checker, text: str, word: str,
                                 flagged: bool) -> None:
    assert ("zona-waktu-kapital-wita" in rules_on(checker, text, word)) is flagged


def test_a_word_joined_to_a_domain_is_a_site_name(checker: Checker) -> None:
    text = "Pernyataan itu disampaikan kepada Kabar.news kemarin sore."
    assert MIDDLE not in rules_on(checker, text, "Kabar")
    assert MIDDLE in rules_on(checker, "Warga menjaga Kebersihan lingkungan.", "Kebersihan")
