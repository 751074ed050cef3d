"""Spelling false alarms of session 13 (G1) on unseen full text: a name right after a rank,
read as a mistyped place word, a school's name after *Madrasah* and a slash-joined credit.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.credit_lines import credit_line_spans
from tests.language.conftest import flagged


@pytest.mark.parametrize("text", [
    "Kabid Humas Polda Sumbar Kombes Pol Tatan Wiradipa menjelaskan jadwal patroli.",
    "Selain itu AKBP Tatan Wiradipa meninjau pos pengamanan di pasar.",
])
def test_a_name_right_after_a_rank_is_no_mistyped_place_word(checker: Checker,
                                                             text: str) -> None:
    """*Tatan* is one key from *Taman*, but after a rank a person's name begins."""
    assert "Tatan" not in flagged(checker.check(text))


def test_an_office_word_mistyped_after_an_office_is_still_found(checker: Checker) -> None:
    """Only a rank makes the next word a name: after an office (*Pj.*, *Kasat*) another
    office or a unit may follow, mistyped."""
    found = flagged(checker.check(
        "Pj. Geburnur Sulawesi Tengah membuka acara itu. "
        "Kasat Shabara AKP Dimas Wiratama memimpin apel pagi."))
    assert "Geburnur" in found and "Shabara" in found


def test_a_mistyped_place_word_before_a_name_is_still_found(checker: Checker) -> None:
    found = checker.check("Warga membersihkan saluran di Jalab Merpati Raya pagi tadi.")
    assert any(f.text == "Jalab" and "Jalan" in f.suggestions for f in found)


def test_a_region_slip_after_a_unit_office_is_still_found(checker: Checker) -> None:
    found = checker.check("Kapolda Suawesi Barat meresmikan gedung baru itu.")
    assert any(f.text == "Suawesi" and "Sulawesi" in f.suggestions for f in found)


@pytest.mark.parametrize("text, word", [
    ("Siswa Madrasah Tsanawiyah Nurul Huda menanam pohon di halaman sekolah.",
     "Tsanawiyah"),
    ("Guru Madrasah Ibtidaiyah Al Falah mengajak murid membaca setiap pagi.", "Ibtidaiyah"),
    ("Lomba pidato diikuti pelajar Madrasah Aliyah se-kabupaten.", "Aliyah"),
])
def test_a_school_name_after_madrasah_passes(checker: Checker, text: str, word: str) -> None:
    assert word not in flagged(checker.check(text))


def test_a_closing_credit_of_slash_joined_roles_is_skipped(checker: Checker) -> None:
    text = "Pasar murah itu diserbu warga sejak pagi.\n\n(Humas/pub.wiro/dok.tri/rd2)"
    assert flagged(checker.check(text)) == []
    text = "Pasar murah itu diserbu warga sejak pagi. (Pasar murah dibuka lagi pekan depan)"
    assert credit_line_spans(text) == []

