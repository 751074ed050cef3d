"""A long capitalised word never seen in text, two keystrokes from a frequent common word
(*Purnawiwan* → *purnawirawan*), is a slip, not a name — unless it stands where names
stand (in a run of capitalised words, after a verb of saying). Every sentence and name
here is made up for these tests."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.typo_evidence import EXAMPLES_FAR, MESSAGES


def far_findings(checker: Checker, text: str) -> list[str]:
    return [f.text for f in checker.check(text)
            if f.rule == "ejaan" and "dan dua huruf dari kata umum" in f.message]


@pytest.mark.parametrize("text", EXAMPLES_FAR["dua-ketik"][0])
def test_every_wrong_example_is_found(checker: Checker, text: str) -> None:
    assert far_findings(checker, text), text


@pytest.mark.parametrize("text", EXAMPLES_FAR["dua-ketik"][1])
def test_every_right_example_is_left_alone(checker: Checker, text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == "ejaan"] == [], text


def test_the_finding_is_a_suggestion_offering_the_common_word(checker: Checker) -> None:
    text = EXAMPLES_FAR["dua-ketik"][0][0]
    finding = next(f for f in checker.check(text) if f.text == "Purnawiwan")
    assert finding.severity == "saran"
    assert finding.suggestions[0].lower() == "purnawirawan"


def test_a_name_in_a_run_or_repeated_is_left_alone(checker: Checker) -> None:
    assert far_findings(checker, "Sekretaris Desa Roni Purnawiwan membuka rapat.") == []
    assert far_findings(checker, "Hadir pula Purnawiwan. Rapat dibuka Purnawiwan.") == []


def test_the_message_cites_its_source() -> None:
    assert "EYD V" in MESSAGES["dua-ketik"] and "KBBI" in MESSAGES["dua-ketik"]


def test_an_acronym_expansion_word_two_keystrokes_off_is_a_common_word(
        checker: Checker) -> None:
    wrong = "Ketua Forum Relawan Dwsaa (FRD) membuka rapat."
    finding = next(f for f in checker.check(wrong) if f.text == "Dwsaa")
    assert finding.suggestions[0] == "Desa"
    assert finding.severity == "saran"
    for right in ("Ketua Forum Relawan Desa (FRD) membuka rapat.",
                  "Ketua Forum Relawan Dwsaa membuka rapat."):
        assert [f.text for f in checker.check(right) if f.rule == "ejaan"] == [], right


def test_a_signature_or_a_word_cut_short_is_left_to_other_rules(checker: Checker) -> None:
    assert far_findings(checker, "Demikian disampaikan.\nPurnawiwan\nHumas Desa") == []
    assert far_findings(checker, "Hadir pula warga dan Pemberitahuanx desa.") == []


def test_where_position_explains_the_capital_two_keystrokes_are_read(
        checker: Checker) -> None:
    wrong = "Warga berkumpul di balai desa. Selnjtnya petugas membagikan masker."
    finding = next(f for f in checker.check(wrong) if f.text == "Selnjtnya")
    assert finding.suggestions[0] == "Selanjutnya"
    assert finding.severity == "saran"
    right = "Warga berkumpul di balai desa. Selanjutnya petugas membagikan masker."
    assert [f.text for f in checker.check(right) if f.rule == "ejaan"] == []


@pytest.mark.parametrize(("text", "word", "meant"), [
    ("Kepala Dinas Perhubngan Kabupaten Sukamaju membuka rapat.", "Perhubngan",
     "Perhubungan"),
    ("Kantor Pelayann Pajak Sukamaju buka hingga sore.", "Pelayann", "Pelayanan"),
])
def test_the_field_of_an_institution_is_a_common_word(checker: Checker, text: str,
                                                       word: str, meant: str) -> None:
    finding = next(f for f in checker.check(text) if f.text == word)
    assert finding.suggestions[0] == meant
    assert finding.severity == "saran"
    assert "nama lembaga" in finding.message


@pytest.mark.parametrize("text", [
    "Kepala Dinas Perhubungan Kabupaten Sukamaju membuka rapat.",
    "Rapat dibuka Sekretaris Dinas Arman di aula.",
])
def test_a_name_after_an_office_is_left_alone(checker: Checker, text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == "ejaan"] == [], text


def test_a_run_of_common_words_holds_no_name(checker: Checker) -> None:
    wrong = "Bantuan Program Keluarga Harapn disalurkan kepada warga."
    finding = next(f for f in checker.check(wrong) if f.text == "Harapn")
    assert finding.suggestions[0] == "Harapan"
    assert finding.severity == "saran"
    for right in ("Bantuan Program Keluarga Harapan disalurkan kepada warga.",
                  "Bantuan diserahkan Kepala Desa Harapn kepada warga."):
        assert [f.text for f in checker.check(right) if "kata lain dalam nama ini" in
                f.message] == [], right
