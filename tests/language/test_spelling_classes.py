"""Typo classes of issue 10, round two: prefix forms, KBBI's non-standard roots, a rank or
place word mistyped where a name stands, and hyphenated or apostrophe words judged whole.
Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.checker import FLAG
from app.language.lexicon import Lexicon
from app.language.vocabulary import Vocabulary


def spelling(checker: Checker, text: str) -> list[str]:
    return [f.text for f in checker.check(text) if f.kind == "spelling"]


def suggestions(checker: Checker, text: str, word: str) -> tuple[str, ...]:
    found = [f for f in checker.check(text) if f.text == word]
    assert found, f"{word} not flagged in {text!r}"
    return found[0].suggestions


# -- prefix forms (pe-/per-/ber-, meng- before g) ------------------------------------------

@pytest.mark.parametrize("text, word, right", [
    ("Para petani kembali ke perkerjaan masing-masing.", "perkerjaan", "pekerjaan"),
    ("Pohon tumbang di perkarangan rumah warga.", "perkarangan", "pekarangan"),
    ("Topik berbincangan itu adalah keamanan pasar.", "berbincangan", "perbincangan"),
    ("Satuan lalu lintas mengencarkan teguran simpatik.", "mengencarkan", "menggencarkan"),
    # hunspell knows mengelar (meng- + kelar), but no one writes it: menggelar is meant
    ("Polsek Sukamaju mengelar razia knalpot di alun-alun.", "mengelar", "menggelar"),
])
def test_wrong_prefix_form_is_a_slip(checker: Checker, text: str, word: str,
                                     right: str) -> None:
    assert checker.verdict(word) == FLAG            # the speller alone, style aside
    assert word in [f.text for f in checker.check(text)]
    assert suggestions(checker, text, word)[0] == right
    assert checker.suggest(word)[0] == right


def test_right_prefix_forms_stay_right(checker: Checker) -> None:
    # pemalakan (palak) and pembalakan (balak) are both words: the b/p pair is not judged
    text = ("Pekerjaan di pekarangan balai desa dibahas dalam perbincangan warga; polisi "
            "menggencarkan razia pemalakan dan pembalakan liar.")
    assert spelling(checker, text) == []


# -- KBBI's non-standard spellings are not roots ------------------------------------------

@pytest.mark.parametrize("text, word, right", [
    ("Seragam pramuka berwarna coklat muda.", "coklat", "cokelat"),
    ("Para jamaah pulang setelah salat isya.", "jamaah", "jemaah"),
    ("Kapolsek salat Jumat di Mesjid Raya Nurul Huda.", "Mesjid", "Masjid"),
])
def test_nonstandard_root_is_flagged_with_the_standard_form(
        checker: Checker, text: str, word: str, right: str) -> None:
    assert word in spelling(checker, text)
    assert suggestions(checker, text, word)[0] == right


def test_nonstandard_place_name_after_desa_is_a_name(checker: Checker) -> None:
    assert spelling(checker, "Warga Desa Mesjid Baru ikut kerja bakti.") == []


def test_vocabulary_drops_nonstandard_roots() -> None:
    vocabulary = Vocabulary.load()
    assert vocabulary.nonstandard["coklat"] == "cokelat"
    assert "coklat" not in vocabulary.roots and "jamaah" not in vocabulary.roots
    assert "akuntabel" in vocabulary.roots            # a standard KBBI root stays


# -- the word a name's place calls for, mistyped -----------------------------------------

@pytest.mark.parametrize("text, word, right", [
    ("Bazar digelar di Jalab Sudirman, Sabtu pagi.", "Jalab", "Jalan"),
    ("Sambutan dibacakan Wabub Rudianto Hamid.", "Wabub", "Wabup"),
    ("Banjir melanda Kecamatan Kumpe Ulu sejak Senin.", "Kumpe", "Kumpeh"),
    ("Kunjungan Polda Sullbar ke Polres Mamuju berjalan lancar.", "Sullbar", "Sulbar"),
    ("Rapat digelar pada 12 Mey 2025 di aula kantor camat.", "Mey", "Mei"),
    ("Kapolres Tulungagng memimpin apel siaga banjir.", "Tulungagng", "Tulungagung"),
])
def test_mistyped_rank_or_place_word_before_a_name(checker: Checker, text: str, word: str,
                                                   right: str) -> None:
    assert word in spelling(checker, text)
    assert right in suggestions(checker, text, word)[:3]


def test_names_where_names_stand_are_not_slips(checker: Checker) -> None:
    text = ("Kapolres AKBP Rudianto Hamid menyerahkan bantuan kepada Jalal Sinaga di Desa "
            "Kumpeh, Kecamatan Kumpeh Ulu, pada 3 Mei 2025.")
    assert spelling(checker, text) == []
    # an acronym one letter longer than a unit word, a place written as one word
    assert spelling(checker, "Kasi Bimas Islam datang dari Kecamatan Nusalaut.") == []


def test_common_noun_acronyms_in_lower_case(checker: Checker) -> None:
    # EYD V: an acronym that is not a proper name is written in lower case
    text = "Napi itu dipindah ke lapas lain sesuai pergub dan perda yang berlaku."
    assert spelling(checker, text) == []
    assert spelling(checker, "Kalapas Lapas Kelas IIA Sukamara menerima Perda Nomor 3.") == []


# -- hyphenated and apostrophe words judged whole ----------------------------------------

@pytest.mark.parametrize("text, word, right", [
    ("Petugas menyita shabu-shabu seberat dua gram.", "shabu-shabu", "sabu-sabu"),
    ("Warga menyampaikan uneg-unegnya dalam reses.", "uneg-unegnya", "unek-uneknya"),
    ("Bantuan diberikan kepada masih-masing keluarga.", "masih-masing", "masing-masing"),
    ("Kami mohon ma'af atas gangguan lalu lintas.", "ma'af", "maaf"),
])
def test_whole_word_finding_and_suggestion(checker: Checker, text: str, word: str,
                                           right: str) -> None:
    assert spelling(checker, text) == [word]
    assert suggestions(checker, text, word)[0] == right


def test_right_hyphenated_words_stay_right(checker: Checker) -> None:
    text = "Isu-isu kamtibmas, sabu-sabu dan masing-masing pos dibahas TNI-Polri."
    assert spelling(checker, text) == []


def test_domain_form_choice_is_deterministic() -> None:
    lexicon = Lexicon.load()
    first = Checker(lexicon=lexicon)
    second = Checker(lexicon=Lexicon.load())
    assert first._domain_forms == second._domain_forms
    if "sabu" in first._domain_forms:
        assert first._domain_forms["sabu"] == "sabu"   # the common noun before the island


def test_proper_form_does_not_depend_on_insertion_order() -> None:
    from app.language.lexicon import CaseAwareWords
    one, two = CaseAwareWords(["eKTP", "EkTP"]), CaseAwareWords(["EkTP", "eKTP"])
    assert one.proper_form("ektp") == two.proper_form("ektp") == "EkTP"


def test_names_set_beside_an_office_with_a_comma(checker: Checker) -> None:
    text = ("Rapat dibuka Bagenda Ali, Kepala Satuan Pol PP. Sekretaris Daerah Sukamara, "
            "Sapril mengatakan anggaran sudah siap.")
    assert spelling(checker, text) == []
    # a clear slip of a very common word stays a slip even there
    assert "Priovinsi" in spelling(checker, "Tamu datang dari Priovinsi, Kepala Dinas hadir.")
