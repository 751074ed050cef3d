"""Issue 10, round nine: a derived word whose root is a slip (*diperolah*), and a slip of
the word that places a time (*minggu sepan*). Every sentence is fictional, written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.language import Checker
from app.language.affix_slips import EXAMPLES, family, root_slip
from app.language.realword import RULE_REAL_WORD
from app.language.typo_evidence import MESSAGES
from app.language.userdict import PersonalDictionary

from .conftest import typo_saran

AFFIX_MARK = "bentuk berimbuhan ini"
"""A phrase only the message of the affix-slip kind holds."""


def affix_findings(checker: Checker, text: str) -> list[str]:
    return [f.text for f in checker.check(text)
            if f.rule == "ejaan" and AFFIX_MARK in f.message]


def real_words(checker: Checker, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text) if f.rule == RULE_REAL_WORD]


def test_the_marker_belongs_to_the_affix_message() -> None:
    assert AFFIX_MARK in MESSAGES["imbuhan"]
    assert "KBBI" in MESSAGES["imbuhan"] and "EYD V" in MESSAGES["imbuhan"]


@pytest.mark.parametrize("text", EXAMPLES[0])
def test_every_wrong_example_is_found(checker: Checker, text: str) -> None:
    assert affix_findings(checker, text), text


@pytest.mark.parametrize("text", EXAMPLES[1])
def test_every_right_example_is_left_alone(checker: Checker, text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == "ejaan"] == [], text


def test_slipped_root_offers_the_frequent_word_first(checker: Checker) -> None:
    finding = typo_saran(checker, "Data yang diperolah tim dicocokkan ulang.", "diperolah")
    assert finding.suggestions[0] == "diperoleh"
    assert finding.severity == "saran"


def test_the_suggesters_ranking_names_the_word_meant(checker: Checker) -> None:
    # the slip is found by the affix test; which word was meant is the ranking's call
    finding = typo_saran(checker, "Dari tersang itu petugas menyita dua telepon.", "tersang")
    assert finding.suggestions[0] == checker.suggest("tersang")[0]
    assert "terbang" in finding.suggestions        # the one-keystroke word is offered too


def test_family_keeps_the_suffix_and_swaps_partner_prefixes() -> None:
    assert family("diperolah", "olah") == {"memperolah"}
    assert "memperkuat" in family("perkuatan", "kuat")      # per-…-an beside memper-
    assert {"didata", "mendata"} <= family("terdata", "data")
    assert "mengakap" in family("pengakapan", "kakap")      # peN-…-an beside meN-


def test_a_regular_derivation_is_no_slip(checker: Checker) -> None:
    vocabulary, known = checker.vocabulary, checker.backend.check
    # hunspell derives memperkuat: perkuatan is a word of the language, not perbuatan
    assert root_slip("perkuatan", "kuat", vocabulary, known) is None
    assert root_slip("diperolah", "olah", vocabulary, known) == "diperoleh"


def test_a_word_people_write_is_no_slip(checker: Checker) -> None:
    # seen in Indonesian text: the frequency list vouches for it
    word = next(w for w in ("terdampak", "bertatap", "seiring")
                if checker.vocabulary.zipf(w) > 0)
    root = checker._affixes.explain(word)
    assert root_slip(word, root, checker.vocabulary, checker.backend.check) is None


def test_an_enclitic_on_a_dictionary_word_is_left_to_its_own_path(checker: Checker) -> None:
    assert root_slip("pengamannya", "pengaman", checker.vocabulary,
                     checker.backend.check) is None


def test_every_occurrence_is_flagged(checker: Checker) -> None:
    text = "Hasil yang diperolah kemarin sama dengan hasil yang diperolah hari ini."
    assert affix_findings(checker, text) == ["diperolah", "diperolah"]


def test_a_capital_at_the_sentence_start_is_no_name(checker: Checker) -> None:
    text = "Petugas datang pagi. Diperolah keterangan dari dua saksi di lokasi."
    assert affix_findings(checker, text) == ["Diperolah"]
    finding = typo_saran(checker, text, "Diperolah")
    assert finding.suggestions[0] == "Diperoleh"


def test_a_capitalised_word_before_a_name_stays_a_name(checker: Checker) -> None:
    # a capitalised run after a rank is a name, whatever its letters
    assert affix_findings(checker, "Kapolres Tersang Wibowo hadir di lokasi.") == []


def test_the_officers_own_word_is_respected(checker: Checker) -> None:
    text = "Keterangan yang diperolah petugas dicatat."
    assert [f.text for f in checker.check(text, known_words=["diperolah"])
            if f.rule == "ejaan"] == []


def test_a_word_in_the_personal_dictionary_is_never_flagged(tmp_path: Path) -> None:
    text = "Data yang diperolah tim dicatat. Diperolah pula dua saksi di lokasi."
    own = Checker(personal=PersonalDictionary(tmp_path / "pribadi.txt"))
    try:
        assert affix_findings(own, text) == ["diperolah", "Diperolah"]
        own.add_to_personal("diperolah")
        assert affix_findings(own, text) == []
    finally:
        own.close()


def test_time_word_slip_offers_the_deictic(checker: Checker) -> None:
    assert real_words(checker, "Beras itu masuk Minggu sepan ke gudang desa.") == [
        ("sepan", ("depan",))]
    finding = next(f for f in checker.check("Gudang dibuka tahun lalau oleh warga.")
                   if f.rule == RULE_REAL_WORD)
    assert finding.suggestions[0] == "lalu" and finding.severity == "saran"
    assert "KBBI" in finding.message


def test_time_word_needs_the_time_noun_right_before_it(checker: Checker) -> None:
    assert real_words(checker, "Kain sepan itu dijual di pasar desa.") == []
    assert real_words(checker, "Rapat digelar tahun, sepan celana dibagikan.") == []


def test_a_common_word_after_a_time_noun_is_meant(checker: Checker) -> None:
    # ibu is one keystroke from itu, but Hari Ibu is what the writer means
    assert real_words(checker, "Warga memperingati hari ibu di balai desa.") == []


PLACE_MARK = "satu huruf dari nama wilayah"
"""A phrase only the message of the near-place kind holds."""


def place_findings(checker: Checker, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestions[0]) for f in checker.check(text)
            if f.rule == "ejaan" and PLACE_MARK in f.message]


def test_the_marker_belongs_to_the_near_place_message() -> None:
    assert PLACE_MARK in MESSAGES["wilayah-dekat"] and "Kemendagri" in MESSAGES["wilayah-dekat"]


def test_place_one_letter_short_after_its_level_is_flagged(checker: Checker) -> None:
    text = "Warga Kecamatan Tujungan bergotong royong membersihkan saluran."
    assert place_findings(checker, text) == [("Tujungan", "Tunjungan")]
    assert typo_saran(checker, text, "Tujungan").severity == "saran"


def test_the_place_itself_is_left_alone(checker: Checker) -> None:
    assert place_findings(checker, "Warga Kecamatan Tunjungan bergotong royong.") == []


def test_a_two_word_name_run_together_is_no_slip(checker: Checker) -> None:
    # Kemendagri writes Nusa Laut; run together it is the writer's spelling, not a slip
    assert place_findings(checker, "Ia bertugas di Kecamatan Nusalaut sejak tahun lalu.") == []


def test_after_a_unit_a_surname_may_stand(checker: Checker) -> None:
    assert place_findings(checker, "Apel dipimpin Kapolres Tujungan pagi ini.") == []


EXPANSION_MARK = "nama yang disingkat dalam kurung"
"""A phrase only the message of the acronym-expansion kind holds."""


def expansion_findings(checker: Checker, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestions[0]) for f in checker.check(text)
            if f.rule == "ejaan" and EXPANSION_MARK in f.message]


def test_a_slip_in_an_acronyms_expansion_is_no_name(checker: Checker) -> None:
    text = "Berkas itu dikirim ke Basan Kepegawaian Negara (BKN) pekan ini."
    assert expansion_findings(checker, text) == [("Basan", "Badan")]
    assert typo_saran(checker, text, "Basan").severity == "saran"
    assert "EYD V" in MESSAGES["singkatan"] and EXPANSION_MARK in MESSAGES["singkatan"]


def test_the_expansion_must_spell_the_acronym(checker: Checker) -> None:
    # the initials B-K-N do not make BPN: no expansion, the word stays a name
    assert expansion_findings(
        checker, "Berkas itu dikirim ke Basan Kepegawaian Negara (BPN) pekan ini.") == []


def test_an_expansion_with_another_unknown_word_is_a_name(checker: Checker) -> None:
    # two words no dictionary knows: a name of its own, not common words
    assert expansion_findings(
        checker, "Tarian dibawakan Sanggar Basan Lirimo (SBL) di panggung desa.") == []


def test_a_right_expansion_is_left_alone(checker: Checker) -> None:
    assert expansion_findings(
        checker, "Berkas itu dikirim ke Badan Kepegawaian Negara (BKN) pekan ini.") == []
