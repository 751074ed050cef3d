"""Wave S2 capital rules: a unit's name in lower case after a capitalised office, number
words in title case after their digits, and a confix noun (*ke-…-an*, *pe-…-an*) that keeps
a capitalised opening run from passing as a person's name. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from app.language import Checker


def flagged(checker: Checker, text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions[:1]) for f in checker.check(text) if f.rule == rule]


# -- kapital-nama-lembaga: Kepala badan kepegawaian daerah ---------------------------------

@pytest.mark.parametrize(("text", "written", "fixed"), [
    ("Rapat itu dipimpin Kepala badan perencanaan daerah di aula.",
     "Kepala badan perencanaan daerah", "Kepala Badan Perencanaan Daerah"),
    ("Kepala bidang pelayanan umum dan Kasi Trantib hadir pagi itu.",
     "Kepala bidang pelayanan umum", "Kepala Bidang Pelayanan Umum"),
    ("Penghargaan diterima Ketua lembaga Adat Lontar Raya kemarin.",
     "Ketua lembaga", "Ketua Lembaga"),
])
def test_unit_after_titled_office_is_named(checker: Checker, text: str, written: str,
                                           fixed: str) -> None:
    found = flagged(checker, text, "kapital-nama-lembaga")
    assert found == [(written, (fixed,))]
    finding = next(f for f in checker.check(text) if f.rule == "kapital-nama-lembaga")
    assert finding.severity == "saran"


@pytest.mark.parametrize("text", [
    "Rapat itu dipimpin Kepala Badan Perencanaan Daerah di aula.",
    "Usai apel, Kepala bidang menjelaskan jadwal piket kepada anggota.",
    "Para Kepala dinas kesehatan se-provinsi berkumpul di aula.",
    "Warga melapor kepada kepala dinas setempat.",
])
def test_unit_after_office_left_alone(checker: Checker, text: str) -> None:
    assert flagged(checker, text, "kapital-nama-lembaga") == []


def test_office_without_name_steps_aside_for_a_unit_name(checker: Checker) -> None:
    """*Kepala badan perencanaan* names a unit: not the common-noun office rule's."""
    text = "Rapat itu dipimpin Kepala badan perencanaan daerah di aula."
    assert flagged(checker, text, "kapital-jabatan-tanpa-nama") == []
    text = "Acara dihadiri sepuluh Kepala desa yang baru dilantik."
    assert flagged(checker, text, "kapital-jabatan-tanpa-nama") == [
        ("Kepala desa", ("kepala desa",))]


# -- bilangan-huruf-kecil -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "written", "fixed"), [
    ("Tiap keluarga menerima Rp 450.000 (Empat Ratus Lima Puluh Ribu Rupiah) sebulan.",
     "(Empat Ratus Lima Puluh Ribu Rupiah)", "(empat ratus lima puluh ribu rupiah)"),
    ("Petugas mengamankan 3(Tiga) ekor sapi dari kandang itu.", "(Tiga)", "(tiga)"),
])
def test_number_words_in_title_case(checker: Checker, text: str, written: str,
                                    fixed: str) -> None:
    assert flagged(checker, text, "bilangan-huruf-kecil") == [(written, (fixed,))]


@pytest.mark.parametrize("text", [
    "Tiap keluarga menerima Rp450.000,00 (empat ratus lima puluh ribu rupiah) sebulan.",
    "Program ini memuat poin 2 (Dua Pilar Kampung Sehat) yang dibahas warga.",
    "Warga Terima Rp 450.000 (Empat Ratus Lima Puluh Ribu Rupiah) Tiap Bulan",
    "Kelompok tani Tiga Serangkai memanen padi.",
])
def test_number_words_left_alone(checker: Checker, text: str) -> None:
    assert flagged(checker, text, "bilangan-huruf-kecil") == []


# -- kapital-kata-umum-awal-kalimat: a confix noun is no given name -------------------------

def test_confix_noun_before_verb_is_judged(checker: Checker) -> None:
    text = "Selanjutnya Petugas Kebersihan menyapu halaman balai desa."
    assert flagged(checker, text, "kapital-kata-umum-awal-kalimat") == [
        ("Petugas Kebersihan", ("petugas kebersihan",))]


def test_name_of_common_words_before_verb_is_left_alone(checker: Checker) -> None:
    text = "Selanjutnya Permata Sari menyapa warga di balai desa."
    assert flagged(checker, text, "kapital-kata-umum-awal-kalimat") == []


# -- akronim-kata-umum: a service term's expansion in title case ----------------------------

@pytest.mark.parametrize(("text", "written", "fixed"), [
    ("Babinsa rutin melakukan Komunikasi Sosial (Komsos) dengan petani.",
     "Komunikasi Sosial (Komsos)", "komunikasi sosial (komsos)"),
    ("Pagi ini bupati melakukan Kunjungan Kerja (Kunker) ke dua desa di pesisir.",
     "Kunjungan Kerja (Kunker)", "kunjungan kerja (kunker)"),
    ("Warga diminta mematuhi Protokol Kesehatan (Prokes)\nSelain itu, pasar dibuka.",
     "Protokol Kesehatan", "protokol kesehatan"),
])
def test_service_term_expansion_in_lower_case(checker: Checker, text: str, written: str,
                                              fixed: str) -> None:
    assert flagged(checker, text, "akronim-kata-umum") == [(written, (fixed,))]


@pytest.mark.parametrize("text", [
    "Camat membuka Musyawarah Rencana Pembangunan (Musrenbang) kecamatan.",
    "Polisi menjaga Keamanan dan Ketertiban Masyarakat (Kamtibmas) di desa.",
    "Kegiatan Komunikasi Sosial (Komsos) digelar setiap pekan.",
    "Wali kota membuka Rapat Koordinasi (Rakor) Tim Penggerak Posyandu hari ini.",
    "Babinsa rutin melakukan komunikasi sosial (komsos) dengan petani.",
])
def test_service_term_expansion_left_alone(checker: Checker, text: str) -> None:
    assert flagged(checker, text, "akronim-kata-umum") == []


# -- kapital-sebutan-kelompok: bupati dan wali kota -------------------------------------------

def test_regent_and_mayor_pair_is_a_class(checker: Checker) -> None:
    text = "Gubernur meminta Bupati dan Wali Kota menyiapkan lumbung pangan."
    assert flagged(checker, text, "kapital-sebutan-kelompok") == [
        ("Bupati dan Wali Kota", ("bupati dan wali kota",))]


@pytest.mark.parametrize("text", [
    "Visi misi Bupati dan Wakil Bupati terus dijalankan.",
    "Rapat dihadiri Bupati dan Wali Kota Lontar Raya.",
    "Gubernur Minta Bupati dan Wali Kota Siapkan Pangan",
    "Bupati dan wali kota se-provinsi hadir dalam rapat itu.",
])
def test_regent_and_mayor_pair_left_alone(checker: Checker, text: str) -> None:
    assert flagged(checker, text, "kapital-sebutan-kelompok") == []


# -- kapital-hari-bulan: puasa Ramadan ----------------------------------------------------------

def test_ramadan_after_puasa(checker: Checker) -> None:
    text = "Usai menjalankan puasa ramadan, warga saling berkunjung."
    assert flagged(checker, text, "kapital-hari-bulan") == [("ramadan", ("Ramadan",))]
    assert flagged(checker, "Bupati membuka safari ramadan di masjid raya.",
                   "kapital-hari-bulan") == []


# -- kapital-sebutan-kelompok: more kinds of person (KBBI VI n) -------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Rapat dihadiri OPD, TNI, ASN, Aktivis, Ormas Lontar, dan tokoh pemuda.", "Aktivis"),
    ("Undangan itu untuk Kapolsek, Polri, Veteran, Wali Nagari serta tokoh adat.", "Veteran"),
])
def test_kind_of_person_in_lower_case(checker: Checker, text: str, word: str) -> None:
    """In a list of units and offices the common-noun rule stays quiet; the kind of
    person is still a common noun."""
    assert (word, (word.lower(),)) in flagged(checker, text, "kapital-sebutan-kelompok")


def test_kind_of_person_before_a_name_left_alone(checker: Checker) -> None:
    text = "Lomba itu diikuti regu Atlet Muda Lontar dari tiga kecamatan."
    assert flagged(checker, text, "kapital-sebutan-kelompok") == []
