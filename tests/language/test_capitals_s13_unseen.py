"""Session 13 capital false alarms first seen on unseen text (raw15): a name spelled out
before its acronym in brackets, a preposition-like name with nothing after it (*Antara*
the news agency), a dateline that opens with the site's domain, and an office after
*unsur*/*segenap*/*jajaran*. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.capitals import spelled_acronym
from app.language.datelines import dateline_comma


def rules_on(checker: Checker, text: str, word: str) -> set[str]:
    """The rules whose findings cover ``word`` in ``text``."""
    start = text.index(word)
    end = start + len(word)
    return {f.rule for f in checker.check(text) if f.start < end and start < f.end}


# -- kapital-tengah-kalimat: a name spelled out before its acronym -------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Pegawai itu mengajukan Cuti di Luar Tanggungan Negara (CLTN) kepada atasannya.",
     "Cuti"),
    ("Desa itu memakai teknologi Jembatan untuk Desa (Judesa) di atas sungai kecil.",
     "Jembatan"),
    ("Babinsa melakukan kunjungan Komunikasi Sosial (komsos) ke rumah warga Sukamaju.",
     "Komunikasi Sosial"),
])
def test_name_before_its_acronym_left_alone(checker: Checker, text: str, word: str) -> None:
    assert "kapital-tengah-kalimat" not in rules_on(checker, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Warga menggelar Bakti Sosial di balai desa pada Minggu pagi.", "Bakti Sosial"),
    ("Warga kembali ke Desa untuk rapat (pekan lalu) bersama kepala dusun.", "Desa"),
])
def test_common_words_without_an_acronym_still_judged(checker: Checker, text: str,
                                                      word: str) -> None:
    assert "kapital-tengah-kalimat" in rules_on(checker, text, word)


@pytest.mark.parametrize(("text", "run", "matches"), [
    ("Cuti di Luar Tanggungan Negara (CLTN)", "Cuti", True),
    ("Komunikasi Sosial (komsos)", "Komunikasi Sosial", True),
    ("Desa untuk rapat (pekan lalu)", "Desa", False),
    ("Sosial (Bansos)", "Sosial", False),   # the acronym starts with another letter
])
def test_spelled_acronym_shapes(text: str, run: str, matches: bool) -> None:
    assert spelled_acronym(text, 0, len(run)) is matches


# -- a preposition-like name with no complement: Antara the news agency --------------------

@pytest.mark.parametrize(("text", "rule"), [
    ("Camat menyampaikan hal itu kepada Antara, Selasa, di kantornya.",
     "kapital-tengah-kalimat"),
    ("Rapat digelar di Sukamaju seperti dilansir dari Antara, Jumat (3/1/2031).",
     "kapital-kata-tugas-tengah"),
])
def test_agency_named_antara_left_alone(checker: Checker, text: str, rule: str) -> None:
    assert rule not in rules_on(checker, text, "Antara")


def test_preposition_before_its_object_still_judged(checker: Checker) -> None:
    text = "Bantuan itu disalurkan Bagi nelayan di pesisir Sukamaju."
    assert rules_on(checker, text, "Bagi") & {"kapital-tengah-kalimat",
                                              "kapital-kata-tugas-tengah"}


# -- a dateline that opens with the site's domain -------------------------------------------

def test_word_after_domain_dateline_opens_the_body(checker: Checker) -> None:
    text = "Kabarsukamaju.id-Sukamaju Utara, Dalam rangka hari jadi, warga menanam pohon."
    assert "kata-tugas-huruf-kecil" not in rules_on(checker, text, "Dalam")


@pytest.mark.parametrize(("text", "dateline"), [
    ("Kabarsukamaju.id-Sukamaju Utara, Dalam rangka", True),
    ("Kabarsukamaju.com – Sukamaju, Dalam rangka", True),
    ("Menurut Lurah Sukamaju, Dalam rangka", False),
])
def test_domain_dateline_shapes(text: str, dateline: bool) -> None:
    assert dateline_comma(text, text.index(",")) is dateline


# -- kapital-jabatan-sebelum-nama: an office after a word that counts a body's members ------

@pytest.mark.parametrize("text", [
    "Rapat dihadiri seluruh unsur pimpinan DPRD Sukamaju pada Senin pagi.",
    "Sambutan disampaikan di hadapan segenap pimpinan DPRD Sukamaju.",
])
def test_office_after_a_members_word_left_alone(checker: Checker, text: str) -> None:
    assert "kapital-jabatan-sebelum-nama" not in rules_on(checker, text, "pimpinan")


# -- kapital-kata-umum-depan-nama: a run after dan that follows a capitalised word ----------

@pytest.mark.parametrize(("text", "word", "flagged"), [
    ("Pembangunan disusun sesuai dengan Rencana Tata Ruang dan Wilayah Kota Sukamaju.",
     "Wilayah", False),
    ("Patroli digelar di Wilayah Hukum Polres Sukamaju pada malam hari.", "Wilayah", True),
])
def test_area_word_after_dan_in_a_name(checker: Checker, text: str, word: str,
                                       flagged: bool) -> None:
    assert ("kapital-kata-umum-depan-nama" in rules_on(checker, text, word)) is flagged
