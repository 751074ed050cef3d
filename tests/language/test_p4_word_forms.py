"""Word-form rules on real text: name-kept spellings, glossed foreign words (own sentences)."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.foreign_gloss import glossed
from app.language.nonstandard_forms import name_spellings

from .conftest import found


def nonstandard(checker: Checker, text: str, word: str) -> bool:
    """A *bentuk-tidak-baku* finding covers ``word`` (alone or in a phrase)."""
    return any(f.rule == "bentuk-tidak-baku" and word in f.text.split()
               for f in checker.check(text))


def foreign(checker: Checker, text: str, word: str) -> bool:
    finding = found(checker, text, word)
    return finding is not None and finding.rule == "kata-asing"


def test_name_spellings_are_loaded() -> None:
    assert {"pendopo", "bhakti"} <= name_spellings()


@pytest.mark.parametrize(("text", "word"), [
    ("Bupati menerima rombongan pelajar di Pendopo Kabupaten Sukamaju.", "Pendopo"),
    ("Musyawarah warga berlangsung di Pendopo Wiramarta sejak pagi.", "Pendopo"),
    ("Sekolah baru itu berdiri di Desa Bhakti Jaya.", "Bhakti"),
    ("Lomba perahu digelar di Kampung Rejosari Bhakti, Kecamatan Sukamaju.", "Bhakti"),
])
def test_name_kept_spelling_inside_a_name_is_left_alone(checker: Checker, text: str,
                                                         word: str) -> None:
    assert not nonstandard(checker, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Warga berkumpul di pendopo kabupaten untuk rapat.", "pendopo"),
    ("Pemuda desa mengikuti Kerja Bhakti di pasar lama.", "Bhakti"),
    ("Pemuda desa mengikuti kerja bhakti di pasar lama.", "bhakti"),
])
def test_name_kept_spelling_outside_a_name_is_flagged(checker: Checker, text: str,
                                                      word: str) -> None:
    assert nonstandard(checker, text, word)


def test_office_word_inside_a_name_is_still_flagged(checker: Checker) -> None:
    """Only the listed spellings: a common office word in a name is still corrected."""
    assert nonstandard(checker, "Rapat digelar di kantor Walikota Sukamaju.", "Walikota")


@pytest.mark.parametrize(("text", "word"), [
    ("Petugas keamanan (security) berjaga di gerbang pasar.", "security"),
    ("Tim melakukan monitoring atau pemantauan di pasar pagi.", "monitoring"),
    ("Panitia melarang praktik money politics (politik uang) di desa.", "money politics"),
])
def test_glossed_foreign_word_is_left_alone(checker: Checker, text: str, word: str) -> None:
    assert not foreign(checker, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Tim melakukan monitoring di pasar pagi.", "monitoring"),
    ("Panitia melarang money politics di desa.", "money politics"),
])
def test_bare_foreign_word_is_flagged(checker: Checker, text: str, word: str) -> None:
    assert foreign(checker, text, word)


def test_glossed_needs_the_equivalent_or_a_bracket_after_a_word() -> None:
    text = "(monitoring) dimulai"
    assert not glossed(text, 1, 11, "pemantauan")
    text = "tim memulai monitoring atau pengawasan"
    assert not glossed(text, 12, 22, "pemantauan")
    assert glossed("tim memulai pemantauan/monitoring", 23, 33, "pemantauan")
