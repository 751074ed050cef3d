"""Suggestions: the closest known form first, domain and standard forms before others."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.language import Checker, Finding, PersonalDictionary
from app.language.suggest import distance, edits1


def test_distance_counts_transpositions_once() -> None:
    assert distance("polres", "polrse") == 1
    assert distance("kegiatan", "kegiatn") == 1
    assert distance("abc", "abc") == 0
    assert "kegiatan" in edits1("kegiatn")


@pytest.mark.parametrize(("typo", "right"), [
    ("Polrse", "Polres"), ("Bhabinkamtibmsa", "Bhabinkamtibmas"), ("Tulungagng", "Tulungagung"),
    ("kegiatn", "kegiatan"), ("masyarkat", "masyarakat"), ("yng", "yang"),
    ("terimakasih", "terima kasih"), ("kesiapn", "kesiapan"), ("bersinegi", "bersinergi"),
    ("polres", "Polres"),
])
def test_right_suggestion_in_top_three(checker: Checker, typo: str, right: str) -> None:
    assert right in checker.suggest(typo)[:3]


def test_lowercase_typo_prefers_lowercase_words(checker: Checker) -> None:
    assert checker.suggest("yan")[0] == "yang"


def test_capitals_follow_the_typo(checker: Checker) -> None:
    assert checker.suggest("KEGIATN")[0] == "KEGIATAN"
    assert checker.suggest("Kegiatn")[0] == "Kegiatan"


def test_finding_to_dict_is_the_json_contract() -> None:
    finding = Finding(3, 7, "hoax", "style", "bentuk-tidak-baku", "pesan", ("hoaks",))
    assert finding.to_dict() == {"start": 3, "end": 7, "text": "hoax", "kind": "style",
                                 "rule": "bentuk-tidak-baku", "message": "pesan",
                                 "suggestions": ["hoaks"], "severity": "kesalahan",
                                 "count": 1}


def test_set_team_and_personal_words_are_suggested(checker: Checker, tmp_path: Path) -> None:
    (tmp_path / "tim.txt").write_text("sipandu\n", encoding="utf-8")
    own = Checker(backend=checker.backend, lexicon=checker.lexicon,
                  personal=PersonalDictionary(tmp_path / "pribadi.txt"))
    own.set_team(tmp_path / "tim.txt")
    assert own.check("jaga sipandu.") == []
    assert own.suggest("sipndu")[0] == "sipandu"
    own.set_team(None)
    assert [f.text for f in own.check("jaga sipandu.")] == ["sipandu"]


@pytest.mark.parametrize(("typo", "right"), [
    ("dimasukan", "dimasukkan"),        # root-final k and -kan: both written
    ("kegiatanya", "kegiatannya"),      # -an and -nya: both n written
    ("mengamanan", "pengamanan"),       # me-...-an is no confix: pe-...-an was meant
    ("Sedangan", "Sedangkan"),          # a left-out letter before a neighbouring key
    ("diingatakan", "diingatkan"),      # an extra vowel before a split into two words
    ("efektive", "efektif"),            # an English ending: -ive -> -if
    ("aktivity", "aktivitas"),          # -ity -> -itas
    ("elasa", "Selasa"),                # a frequent word known only capitalised
    ("kelimnya", "kelimanya"),          # an unlisted word with -nya counts as its stem
    ("disigaakan", "disiagakan"),       # a slip inside the stem, under di- and -kan
    ("kegiatatan", "kegiatan"),         # a syllable typed twice
    ("penyelidkan", "penyelidikan"),    # a vowel left out deep in a derived word
    ("KEGIATANYA", "KEGIATANNYA"),      # capitals kept
])
def test_most_likely_word_first(checker: Checker, typo: str, right: str) -> None:
    assert checker.suggest(typo)[0] == right


def test_hunspell_capital_nya_is_not_offered_for_ordinary_text(checker: Checker) -> None:
    assert not any("Nya" in s for s in checker.suggest("kegiatanya"))


def test_words_known_only_through_affixes_come_after_real_words(checker: Checker) -> None:
    # a random wrong key deep inside a long derived word: hunspell's word (one slip) and a
    # listed word two slips away come before a form only the affix rules build
    suggestions = checker.suggest("memerdksakan")
    assert "memeriksakan" in suggestions[:2]
    assert "memerdaksakan" not in suggestions[:2]


def test_a_split_needs_two_common_words(checker: Checker) -> None:
    suggestions = checker.suggest("lalulintas")
    assert suggestions[0] == "lalu lintas"
    assert checker.suggest("singapure")[0] == "Singapura"


def test_suggestions_never_repeat_the_word(checker: Checker) -> None:
    for typo in ("kegiatn", "KEGIATN", "polres", "Kamsi"):
        suggestions = checker.suggest(typo)
        assert typo not in suggestions
        assert len(suggestions) == len(set(suggestions))


def test_a_skipped_syllable_is_offered(checker: Checker) -> None:
    assert "pelaksanaan" in checker.suggest("pelaksaan")[:3]


def test_two_words_written_together_are_split(checker: Checker) -> None:
    assert checker.suggest("tanggungjawab")[0] == "tanggung jawab"


def test_a_capitalised_typo_of_a_village_name_gets_the_name(checker: Checker) -> None:
    # Kemendagri names (resources/bahasa/wilayah.txt) that no dictionary knows
    assert checker.suggest("Randudongkl")[0] == "Randudongkal"
    assert "Donorojo" in checker.suggest("Donorjo")[:3]


def test_a_lowercase_typo_gets_no_village_names(checker: Checker) -> None:
    assert "Donorojo" not in checker.suggest("donorjo")


def test_loanword_respellings_are_ranked_not_forced_first(checker: Checker) -> None:
    assert checker.suggest("taxi")[0] == "taksi"        # x is no Indonesian letter
    assert checker.suggest("music")[0] == "musik"
    assert checker.suggest("beraway")[0] == "berawal"   # y -> i loses to a common word


@pytest.mark.parametrize(("typo", "right"), [
    ("yg", "yang"), ("dgn", "dengan"), ("utk", "untuk"), ("tdk", "tidak"), ("krn", "karena"),
])
def test_a_shortening_from_notes_gets_the_full_word(checker: Checker, typo: str,
                                                     right: str) -> None:
    assert checker.suggest(typo)[0] == right


def test_a_letter_for_the_space_is_split_out(checker: Checker) -> None:
    assert checker.suggest("wargabsekitar")[0] == "warga sekitar"


def test_a_three_letter_part_of_a_split_must_be_a_function_word(checker: Checker) -> None:
    assert checker.suggest("danpetugas")[0] == "dan petugas"
    assert "sinergi tas" not in checker.suggest("sinergitas")   # tas: a rarer word


def test_the_dutch_isir_verb_gets_the_kbbi_verb(checker: Checker) -> None:
    assert checker.suggest("meminimalisir")[0] == "meminimalkan"
    assert checker.suggest("dinetralisir")[0] in ("dinetralkan", "dinetralisasi")


def test_a_vowel_slip_beats_a_group_typed_twice_that_is_no_syllable(checker: Checker) -> None:
    assert checker.suggest("penen")[0] == "panen"


def test_h_written_for_k_in_a_loanword(checker: Checker) -> None:
    assert checker.suggest("tehnis")[0] == "teknis"


@pytest.mark.parametrize(("typo", "right"), [
    ("intruksi", "instruksi"),      # KBBI roots hunspell lacks, one letter left out
    ("kulner", "kuliner"),
])
def test_kbbi_roots_hunspell_lacks_are_candidates(checker: Checker, typo: str,
                                                  right: str) -> None:
    """Words of the KBBI root list (``kata-dasar.txt``) hunspell does not know are still
    words: a slip of one is corrected to it, first."""
    assert checker.suggest(typo)[0] == right


def test_a_loanword_respelt_to_a_kbbi_root_comes_first(checker: Checker) -> None:
    assert checker.suggest("expo")[0] == "ekspo"         # x -> ks (EYD V), KBBI *ekspo*
    assert checker.suggest("Expo")[0] == "Ekspo"


@pytest.mark.parametrize(("text", "written", "joined"), [
    ("Program ini berlaku di setiap kabupaten/k ota di provinsi itu.", "k ota", "kota"),
    ("Petugas melakukan pe ngamanan di sekitar pasar.", "pe ngamanan", "pengamanan"),
])
def test_a_word_broken_by_a_stray_space_is_joined(checker: Checker, text: str,
                                                  written: str, joined: str) -> None:
    found = [(f.text, f.suggestions) for f in checker.check(text) if f.rule == "ejaan"]
    assert found == [(written, (joined,))]


def test_a_real_fragment_is_not_joined(checker: Checker) -> None:
    """*di* is a word of its own: *di ota* is not one word broken in two."""
    found = [f.text for f in checker.check("Petugas berjaga di ota lama.")
             if f.rule == "ejaan"]
    assert "di ota" not in found
