"""Suggestions for the classes the newer readers' labels showed (issue 10, second round): a
slip in a word writers join to *di*/*ke* by habit, *antar* standing apart for *antara*, two
wrong keys in a common word, a final diphthong written as it is said, and one word in two
places that want different cases. Every sentence is made up."""

from __future__ import annotations

import random

from app.language import Checker, Finding
from app.language.ranking import (
    SPOKEN_VOWEL,
    slip_cost,
    spoken_form,
    spoken_forms,
)
from app.language.report import group_findings
from app.language.suggest import joined_prepositions
from app.language.two_edits import TwoEditIndex
from bench.suggest_synthetic import KINDS, typo_cases


def suggestions(checker: Checker, text: str, word: str) -> tuple[str, ...]:
    finding = next((f for f in checker.check(text) if f.text == word), None)
    assert finding is not None, f"{word} not flagged in {text!r}"
    return finding.suggestions


# -- a slip in a form joined to di/ke by habit -----------------------------------------------

def test_the_joined_table_gives_the_split_form() -> None:
    table = joined_prepositions()
    assert table["dibawah"] == "di bawah"
    assert table["kedepannya"] == "ke depannya"


def test_a_slip_in_a_joined_form_gets_the_split_form(checker: Checker) -> None:
    found = suggestions(checker, "Semoga kedepanmya desa kami makin maju.", "kedepanmya")
    assert found[:1] == ("ke depannya",)


def test_a_joined_candidate_is_offered_split_never_joined(checker: Checker) -> None:
    found = suggestions(checker, "Bantuan dibagikan dintara para nelayan.", "dintara")
    assert found[0] == "di antara"
    assert "diantara" not in found


def test_the_split_form_keeps_the_writers_capital(checker: Checker) -> None:
    assert checker.suggest("Kedepanmya")[:1] == ("Ke depannya",)
    assert checker.suggest("KEDEPANMYA")[:1] == ("KE DEPANNYA",)


def test_a_derived_word_still_beats_a_joined_habit_two_slips_off(checker: Checker) -> None:
    found = suggestions(checker, "Lapangan itu disinri lampu sorot.", "disinri")
    assert found[0] == "disinari"


# -- antar apart: the bound form or antara --------------------------------------------------

def test_antar_apart_offers_antara_second(checker: Checker) -> None:
    found = suggestions(checker, "Rapat antar pengurus berjalan lancar.", "antar pengurus")
    assert found[:2] == ("antarpengurus", "antara pengurus")


def test_antar_before_a_capital_offers_antara_second(checker: Checker) -> None:
    found = suggestions(checker, "Kerja sama antar Kodim dan Polres terjalin baik.", "antar ")
    assert found[:2] == ("antar-", "antara ")


def test_other_bound_forms_get_no_antara(checker: Checker) -> None:
    found = suggestions(checker, "Bantuan pasca banjir segera disalurkan.", "pasca banjir")
    assert all("antara" not in suggestion for suggestion in found)


# -- two wrong keys in a common word ---------------------------------------------------------

def test_two_wrong_keys_are_found_among_the_substitution_words() -> None:
    index = TwoEditIndex(lambda: ["terlibat", "terjebak"], lambda: ["terlibat"])
    assert "terlibat" in index.near("terjebat")           # j→l, e→i
    assert "terlibat" not in TwoEditIndex(lambda: ["terlibat"]).near("terjebat")


def test_a_common_word_two_keys_away_comes_after_the_one_slip_words(checker: Checker
                                                                     ) -> None:
    found = suggestions(checker, "Dua pemuda terjebat kasus pencurian motor.", "terjebat")
    assert "terlibat" in found
    assert found.index("terjebak") < found.index("terlibat")


# -- a final diphthong written as it is said -------------------------------------------------

def test_spoken_forms_write_the_diphthong_out() -> None:
    assert spoken_forms("sampe") == ["sampai"]
    assert spoken_forms("pulo") == ["pulau"]
    assert "pakainya" in spoken_forms("pakenya")
    assert spoken_forms("mo") == []                         # too short to tell
    assert spoken_forms("rumah") == []


def test_a_spoken_diphthong_costs_less_than_a_wrong_key() -> None:
    assert spoken_form("rame", "ramai")
    assert slip_cost("rame", "ramai") == SPOKEN_VOWEL
    assert slip_cost("rame", "ramai") < slip_cost("rame", "rama")


def test_a_spoken_diphthong_is_corrected_first(checker: Checker) -> None:
    assert suggestions(checker, "Kami berjaga jangan sampe ada korban.", "sampe")[0] == "sampai"
    assert suggestions(checker, "Pasar malam itu rame pengunjung.", "rame")[0] == "ramai"


# -- one word, two places, two cases ---------------------------------------------------------

def _finding(start: int, word: str, suggestion: str) -> Finding:
    return Finding(start, start + len(word), word, "spelling", "ejaan", "Ejaan.",
                   (suggestion, "Lain"))


def test_a_grouped_word_offers_the_form_each_place_wants() -> None:
    groups = group_findings([_finding(0, "Holtikulturra", "Hortikultura"),
                             _finding(40, "Holtikulturra", "hortikultura")])
    assert len(groups) == 1
    finding, spans = groups[0]
    assert finding.count == 2 and len(spans) == 2
    assert finding.suggestions[:3] == ("Hortikultura", "hortikultura", "Lain")


def test_a_grouped_word_in_the_same_place_keeps_its_suggestions() -> None:
    groups = group_findings([_finding(0, "Pelatiahn", "Pelatihan"),
                             _finding(30, "Pelatiahn", "Pelatihan")])
    assert groups[0][0].suggestions == ("Pelatihan", "Lain")


def test_the_checker_groups_a_headline_and_a_sentence_occurrence(checker: Checker) -> None:
    text = ("Karang Taruna Gelar Pelatiahn Sablon\n\n"
            "Pemuda desa mengikuti Pelatiahn sablon kaus di balai desa.")
    findings = [f for f, _s in group_findings(checker.check(text)) if f.text == "Pelatiahn"]
    assert len(findings) == 1 and findings[0].count == 2
    assert findings[0].suggestions[:2] == ("Pelatihan", "pelatihan")


# -- the synthetic bench means the standard form ---------------------------------------------

def test_the_synthetic_bench_means_a_joined_form_split(checker: Checker) -> None:
    cases = typo_cases(["dibawah"], "uji", checker, random.Random(7), KINDS)
    assert cases and {case.right for case in cases} == {"di bawah", "Di bawah", "DI BAWAH"}
