"""Session 13 capital false alarms: a place word that closes a name or pairs with a
capitalised word, the word after a release's dateline, two unit kinds in lower case, the
flag's name *Merah Putih*, and *hari raya* before a capitalised holiday's name. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.datelines import dateline_comma


def rules_on(checker: Checker, text: str, word: str) -> set[str]:
    """The rules whose findings cover ``word`` in ``text``."""
    start = text.index(word)
    end = start + len(word)
    return {f.rule for f in checker.check(text) if f.start < end and start < f.end}


# -- kapital-tengah-kalimat: a place word without a name (place_without_name) --------------

@pytest.mark.parametrize(("text", "word"), [
    ("Dewan menyetujui Raperda Penataan Pasar dan Gedung, lalu rapat ditutup.", "Gedung"),
    ("Rapat itu mempererat kerja sama antara Pemerintah dan Forkopimda setempat.",
     "Pemerintah"),
    ("Panitia menggelar Alek Nagari ini untuk menghibur warga Sukamaju.", "Nagari"),
    ("Tamu disambut di Kantor Wali Nagari setempat pada Senin pagi.", "Nagari"),
    ("Peserta mempelajari Sistem Informasi Desa tersebut selama dua hari.", "Desa"),
])
def test_place_word_in_a_name_or_pair_left_alone(checker: Checker, text: str,
                                                  word: str) -> None:
    assert "kapital-tengah-kalimat" not in rules_on(checker, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Warga berkumpul di depan Kantor Kecamatan setempat, Senin pagi.", "Kantor Kecamatan"),
    ("Petugas berjaga di sekitar Pelabuhan, kata Kapolsek Sukamaju.", "Pelabuhan"),
    ("Lomba juga digelar di Kecamatan lainnya pekan depan.", "Kecamatan"),
])
def test_place_word_without_name_still_lower_case(checker: Checker, text: str,
                                                  word: str) -> None:
    assert "kapital-tengah-kalimat" in rules_on(checker, text, word)


# -- the word after a dateline -------------------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("SUKAMAJU-KOTABARU, Dalam rangka menyambut panen, warga menggelar doa bersama.",
     "Dalam"),
    ("SUKAMAJU, Untuk menjaga situasi, personel berpatroli malam.", "Untuk"),
    ("Sukamaju Barat — NTB, Curah hujan tinggi merendam sawah warga.", "Curah"),
])
def test_word_after_dateline_opens_the_body(checker: Checker, text: str, word: str) -> None:
    found = rules_on(checker, text, word)
    assert not found & {"kata-tugas-huruf-kecil", "kapital-kata-umum-sesudah-koma",
                        "kapital-kata-tugas-tengah"}


@pytest.mark.parametrize(("text", "word", "rule"), [
    ("Warga berkumpul, Dalam rangka menjaga situasi kami berpatroli.", "Dalam",
     "kata-tugas-huruf-kecil"),
    ("Pasalnya, Kedua orang itu hadir membuka pameran.", "Kedua orang",
     "kapital-kata-umum-sesudah-koma"),
])
def test_comma_inside_a_sentence_still_judged(checker: Checker, text: str, word: str,
                                              rule: str) -> None:
    assert rule in rules_on(checker, text, word)


@pytest.mark.parametrize(("text", "dateline"), [
    ("SUKAMAJU, Dalam rangka", True),
    ("Sukamaju — NTB, Curah hujan", True),
    ("Pasalnya, Kedua orang", False),                 # one word in title case
    ("Menurut Lurah Sukamaju, Kegiatan", False),      # title case only
    ("Kapolsek AKP Budi, Dalam", False),              # a rank inside
    ("Warga berkumpul, Dalam", False),                # a lowercase word
    ("Hujan turun.\nWarga SUKAMAJU berkumpul, Dalam", False),
])
def test_dateline_comma_shapes(text: str, dateline: bool) -> None:
    assert dateline_comma(text, text.index(",")) is dateline


# -- kapital-satuan-tertentu: two unit kinds in lower case ---------------------------------

def test_two_unit_kinds_in_lower_case_left_alone(checker: Checker) -> None:
    text = "Patroli malam melibatkan anggota polsek serta polres di pantai itu."
    assert "kapital-satuan-tertentu" not in rules_on(checker, text, "polsek")
    assert "kapital-satuan-tertentu" not in rules_on(checker, text, "polres")


# -- kapital-tengah-kalimat: the flag's name -----------------------------------------------

def test_flag_name_keeps_its_capitals(checker: Checker) -> None:
    text = "Upacara dibuka dengan pengibaran bendera Merah Putih oleh tiga siswa."
    assert "kapital-tengah-kalimat" not in rules_on(checker, text, "Merah Putih")


# -- kapital-hari-raya ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "flagged"), [
    ("Pasar murah digelar menjelang hari raya Galungan di Sukamaju.", False),
    ("Warga mudik menjelang hari raya idul fitri tahun ini.", True),
    ("Sehari setelah hari Raya Galungan warga kembali bekerja.", True),
])
def test_hari_raya_before_a_holiday(checker: Checker, text: str, flagged: bool) -> None:
    start = text.lower().index("hari raya")
    found = {f.rule for f in checker.check(text) if f.start == start}
    assert ("kapital-hari-raya" in found) is flagged


# -- kapital-tengah-kalimat: a second name beside a name -----------------------------------

@pytest.mark.parametrize(("text", "word", "flagged"), [
    ("Dapur umum dijaga relawan Tagana dan Pelopor Perdamaian sejak pagi.",
     "Pelopor Perdamaian", False),
    ("Hadir Kabid Humas serta 2 Regu Patroli dari Polres Sukamaju.", "Regu Patroli", True),
    ("Kerja bakti mempererat hubungan TNI dan Rakyat di Sukamaju.", "Rakyat", True),
])
def test_two_word_name_beside_a_name(checker: Checker, text: str, word: str,
                                     flagged: bool) -> None:
    assert ("kapital-tengah-kalimat" in rules_on(checker, text, word)) is flagged


# -- kapital-kata-umum-depan-nama: a quoted title ------------------------------------------

@pytest.mark.parametrize(("text", "flagged"), [
    ("Lomba bertema “Desa Tangguh Hadapi Pandemi Covid-19 dan Banjir” digelar Sabtu.", False),
    ("Kegiatan bertema “Bersama serta Pandemi Covid-19 Berlalu” dibuka Camat.", False),
    ("Warga tetap waspada terhadap Pandemi Covid-19 di Sukamaju.", True),
])
def test_disease_word_in_a_quoted_title(checker: Checker, text: str, flagged: bool) -> None:
    assert ("kapital-kata-umum-depan-nama" in rules_on(checker, text, "Pandemi")) is flagged
