"""Typos raw hunspell rejects and Rilis let through, as classes (issue 10, round five,
second wave): a long service term with two letters out of place, two words run together
after a capital inside a lowercase word, and *meN-*/*peN-* before an unmelted *p*. Every
sentence and name here is made up for the test."""

from __future__ import annotations

from app.language import Checker
from app.language.affixes import AffixAnalyzer
from tests.language.conftest import found, typo_saran

# -- a long service term with two letters out of place ----------------------------------

def test_two_letters_swapped_in_a_unit_before_a_rank_and_a_name(checker: Checker) -> None:
    text = "Apel dipimpin Kasat Shabara AKP Wiryo Tanuatmaja di halaman markas."
    finding = typo_saran(checker, text, "Shabara")
    assert finding.suggestions[0] == "Sabhara"
    assert "istilah dinas" in finding.message


def test_two_vowels_swapped_in_an_office_before_a_region(checker: Checker) -> None:
    text = "Arahan Pj. Geburnur Sulawesi Barat dibacakan pada rapat pimpinan pagi ini."
    assert typo_saran(checker, text, "Geburnur").suggestions[0] == "Gubernur"


def test_a_name_with_other_letters_near_a_term_is_left_alone(checker: Checker) -> None:
    # Sabtari, Gubertus: two edits from a term, but with letters the term lacks
    for text, name in (("Hadir pula Ibu Sabtari Lestanti dari dinas sosial.", "Sabtari"),
                       ("Sambutan disampaikan Bapak Gubertus Wangge.", "Gubertus")):
        finding = found(checker, text, name)
        assert finding is None or "istilah dinas" not in finding.message, finding


def test_a_term_written_right_is_not_flagged(checker: Checker) -> None:
    text = "Kasat Sabhara dan Gubernur meninjau pos pengamanan."
    assert found(checker, text, "Sabhara") is None
    assert found(checker, text, "Gubernur") is None


# -- a frequent word with its letters out of order where position explains the capital --

def test_a_sentence_opening_with_letters_two_apart_swapped(checker: Checker) -> None:
    text = "Rapat berjalan lancar. Keaigtan ditutup dengan doa bersama."
    finding = typo_saran(checker, text, "Keaigtan")
    assert finding.suggestions[0] == "Kegiatan"


def test_a_name_opening_a_sentence_with_no_frequent_anagram_is_left_alone(
        checker: Checker) -> None:
    text = "Warga hadir. Kanira Putri membacakan puisi di panggung."
    assert found(checker, text, "Kanira") is None


# -- a capital inside a lowercase word --------------------------------------------------

def test_two_words_run_together_with_a_stray_capital(checker: Checker) -> None:
    text = "Warga diminta tenang sebabMkita sudah menambah patroli malam."
    finding = typo_saran(checker, text, "sebabMkita")
    assert finding.suggestions[0] == "sebab kita"
    assert "EYD V" in finding.message
    # the space lost before a word written with its capital (the punctuation rules'
    # spasi-antarkata-hilang): one finding, the capital kept
    text = "Rapat digelar pukul 09.00 WIB padaSenin lalu."
    findings = [f for f in checker.check(text) if f.text == "padaSenin"]
    assert [f.suggestions[0] for f in findings] == ["pada Senin"]


def test_brands_units_handles_and_acronyms_keep_their_inner_capitals(
        checker: Checker) -> None:
    text = ("Laporan dikirim lewat WhatsApp dan YouTube dari iPhone petugas; pemakaian "
            "listrik 40 kWh, tekanan 120 mmHg. Ikuti #polriBertugas dan @humasLembahsari.")
    flagged = {f.text for f in checker.check(text)}
    for word in ("WhatsApp", "YouTube", "iPhone", "kWh", "mmHg", "polriBertugas",
                 "humasLembahsari"):
        assert word not in flagged, word


def test_an_inner_capital_after_no_word_is_left_alone(checker: Checker) -> None:
    # qwrtZaman: the part before the capital is no word, so no split can be offered
    finding = found(checker, "Kode qwrtZaman tertera di formulir.", "qwrtZaman")
    assert finding is None or finding.suggestions[:1] != ("qwrt zaman",)


# -- meN-/peN- before an unmelted p ----------------------------------------------------

def test_an_unmelted_p_before_a_vowel_is_no_derived_form(checker: Checker) -> None:
    analyzer = AffixAnalyzer(checker.backend.check)
    for word in ("mempakai", "memperat", "mempolisikan"):
        assert analyzer.explain(word) is None, word
    for word, root in (("memakai", "pakai"), ("memperkecil", "kecil"),
                       ("memproses", "proses"), ("pemakaian", "pakaian")):
        assert analyzer.explain(word) == root, word


def test_a_slip_under_mem_is_flagged_and_the_exception_kept(checker: Checker) -> None:
    text = "Kegiatan itu dapat memperat tali persaudaraan antarwarga."
    finding = found(checker, text, "memperat")
    assert finding is not None and "mempererat" in finding.suggestions
    # mempunyai: the one root that keeps its p (KBBI); memperkecil: memper- + kecil
    assert found(checker, "Desa itu mempunyai rencana memperkecil banjir.",
                 "mempunyai") is None
    assert found(checker, "Desa itu mempunyai rencana memperkecil banjir.",
                 "memperkecil") is None


def test_roots_whose_per_reads_as_a_prefix_keep_their_p(checker: Checker) -> None:
    """KBBI: *memperagakan*, *memperkarakan*, *mempercayai* (and *mempunyai*) keep the p
    that *memesona*, *memakai* melt; neither the typo rule nor the melting rule flags
    them, and an unmelted p elsewhere is still found."""
    text = ("Petugas memperagakan cara memakai helm, warga tidak memperkarakan denda, dan "
            "mereka mempercayai polisi yang mempunyai niat baik.")
    assert [f.text for f in checker.check(text)] == []
    assert found(checker, "Pemandangan itu mempesona warga.", "mempesona") is not None
