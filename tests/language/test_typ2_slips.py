"""Wave TYP2: classes of missed typos and non-standard forms on text from new sites —
*-kan* written *-an* after *meN-*/*di-* (*menyimpulan*), a slipped conjunction between
the capitalised common words of an institution's name (*Budaya da Pariwisata*), and
KBBI's standard forms for *tolak ukur*, *staff*, *terisolir*, *kokoh* and
*berlangsung hikmat*. Every sentence is fictional, written for these tests."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.affix_slips import verb_confix_slip
from app.language.typo_evidence import MESSAGES, _spells
from app.language.vocabulary import Vocabulary

from .conftest import found, typo_saran


def test_lost_k_of_kan_after_men_is_read_as_the_kan_verb(checker: Checker) -> None:
    finding = typo_saran(checker, "Rapat itu menyimpulan dua hal penting.", "menyimpulan")
    assert finding.suggestions[0] == "menyimpulkan"
    assert "KBBI" in finding.message and "-kan" in finding.message


def test_verb_confix_slip_needs_an_unseen_form_and_a_frequent_kan_verb() -> None:
    vocabulary = Vocabulary.load()
    known = {"menyimpulkan", "menyimpulan", "menahan", "menanam"}.__contains__
    assert verb_confix_slip("menyimpulan", vocabulary, known) == "menyimpulkan"
    assert verb_confix_slip("menyimpulannya", vocabulary, known) == "menyimpulkannya"
    assert verb_confix_slip("menahan", vocabulary, known) is None      # root in -an
    assert verb_confix_slip("menyimpulkan", vocabulary, known) is None  # already -kan
    assert verb_confix_slip("pelabuhan", vocabulary, known) is None    # no verb prefix


def test_verb_confix_kind_cites_its_source() -> None:
    assert "KBBI" in MESSAGES["konfiks-kan"] and "EYD V" in MESSAGES["konfiks-kan"]


def test_slipped_conjunction_inside_an_institution_name(checker: Checker) -> None:
    finding = found(checker, "Kepala Dinas Budaya da Pariwisata meninjau pantai.", "da")
    assert finding is not None and finding.rule == "salah-ketik-kata"
    assert finding.suggestions[0] == "dan" and finding.severity == "saran"


@pytest.mark.parametrize("text", [
    "Pelajar itu mengagumi karya Leonardo da Vinci.",
    "Warga menerima tamu bernama Joao da Costa dari Timor Leste.",
])
def test_foreign_particle_between_names_is_left_alone(checker: Checker, text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == "salah-ketik-kata"] == []


@pytest.mark.parametrize(("text", "written", "meant"), [
    ("Hasil survei menjadi tolak ukur keberhasilan program desa.", "tolak ukur",
     "tolok ukur"),
    ("Para staff kelurahan membantu warga mengisi formulir.", "staff", "staf"),
    ("Dusun itu masih terisolir saat musim hujan.", "terisolir", "terisolasi"),
    ("Tanggul baru itu dibangun lebih kokoh dari yang lama.", "kokoh", "kukuh"),
    ("Upacara bendera berlangsung hikmat di halaman kantor camat.", "berlangsung hikmat",
     "berlangsung khidmat"),
])
def test_kbbi_standard_forms(checker: Checker, text: str, written: str, meant: str) -> None:
    finding = found(checker, text, written)
    assert finding is not None and finding.rule == "bentuk-tidak-baku", text
    assert finding.suggestions[0] == meant


@pytest.mark.parametrize("text", [
    "Hasil survei menjadi tolok ukur keberhasilan program desa.",
    "Dusun itu masih terisolasi saat musim hujan.",
    "Upacara bendera berlangsung khidmat di halaman kantor camat.",
    "Petugas menolak usulan itu karena ukurannya terlalu besar.",
])
def test_standard_forms_are_left_alone(checker: Checker, text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == "bentuk-tidak-baku"] == []


def test_acronym_its_expansion_cannot_spell_is_a_slip(checker: Checker) -> None:
    text = ("Camat membuka Musyawarah Perencanaan Pembangunan (Musrembang) di aula. "
            "Musrembang itu berlangsung sampai sore.")
    findings = [f for f in checker.check(text) if f.text == "Musrembang"]
    assert len(findings) == 2 and all(f.rule == "ejaan" for f in findings)
    assert findings[0].suggestions[0] == "Musrenbang" and "EYD V, II.H" in findings[0].message


@pytest.mark.parametrize("text", [
    "Camat membuka Musyawarah Perencanaan Pembangunan (Musrenbang) di aula.",
    "Kepala Kampung (Kakam) Sukamaju menyambut tamu.",
])
def test_acronym_spelt_from_its_expansion_is_left_alone(checker: Checker, text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == "ejaan"] == []


def test_spells_takes_syllables_in_order() -> None:
    words = ["musyawarah", "perencanaan", "pembangunan"]
    assert _spells("musrenbang", words)
    assert not _spells("musrembang", words)          # *mbang* opens no syllable
    assert _spells("wabup", ["wakil", "bupati"])
    assert not _spells("wabub", ["wakil", "bupati"])


def test_a_village_after_an_office_is_no_field_of_it(checker: Checker) -> None:
    text = "Warga antre di Kantor Desa Peleyan sejak pagi."
    assert [f.text for f in checker.check(text) if f.rule == "ejaan"] == []


def test_long_institution_acronym_slip_is_no_name(checker: Checker) -> None:
    finding = found(checker, "Rapat dihadiri unsur Forkopinda, camat, dan lurah desa.",
                    "Forkopinda")
    assert finding is not None and finding.rule == "ejaan"
    assert "Forkopimda" in finding.suggestions[:2]


def test_linker_written_twice_across_a_comma(checker: Checker) -> None:
    finding = found(checker, "Jalan itu ditutup karena, karena ada perbaikan.",
                    "karena, karena")
    assert finding is not None and finding.rule == "kata-ganda"
    assert finding.suggestions == ("karena",) and finding.severity == "saran"


def test_emphasis_outside_linkers_is_left_alone(checker: Checker) -> None:
    text = "Hasilnya sangat, sangat memuaskan bagi warga."
    assert [f.text for f in checker.check(text) if f.rule == "kata-ganda"] == []


def test_antara_dengan_is_left_alone(checker: Checker) -> None:
    """Readers of real releases did not mark *antara … dengan* (3 of 13, 0 of 5)."""
    assert found(checker, "Apel itu mempererat hubungan antara TNI dengan rakyat.",
                 "dengan") is None


@pytest.mark.parametrize("text", [
    "Barang bukti antara lain dengan dua sepeda motor.",
    "Hadiah diberikan di antara peserta dengan nilai tertinggi.",
    "Pertemuan antara warga yang bertikai dengan mediator berlangsung tertib.",
])
def test_antara_not_a_correlative_is_left_alone(checker: Checker, text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == "bentuk-tidak-baku"] == []


def test_rare_word_for_a_unit_before_its_region(checker: Checker) -> None:
    finding = found(checker, "Patroli Satsamapta Poles Sukamaju menyisir pasar malam.",
                    "Poles")
    assert finding is not None and finding.rule == "salah-ketik-kata"
    assert finding.suggestions[0] == "Polres" and "EYD V" in finding.message


def test_name_one_keystroke_from_a_unit_is_left_alone(checker: Checker) -> None:
    text = "Warga bernama Kadim Sukamaju menyerahkan bantuan."
    assert [f.text for f in checker.check(text) if f.rule == "salah-ketik-kata"] == []
