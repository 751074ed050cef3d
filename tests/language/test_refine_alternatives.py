"""Alternatives fitted to the place of the word (``app.language.refine``): where the case
or the reading is open, the reader gets both forms, the likelier first."""

from __future__ import annotations

from app.language import Checker


def found(checker: Checker, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checker.check(text)
            if f.rule in ("bentuk-tidak-baku", "kata-depan-serangkai", "ejaan")]


def test_a_capitalised_common_word_before_a_name_offers_lower_case(checker: Checker) -> None:
    """*dan Personil Polres*: a common noun before a unit, or the head of a name; an
    established common noun (*personel*) after a lowercase word is lowered first."""
    text = "Apel diikuti pejabat utama dan Personil Polres Sukamaju pagi tadi."
    assert ("Personil", ("personel", "Personel")) in found(checker, text)
    text = "Warga mendengar Nasehat Kapolsek Sukamaju pagi tadi."
    assert ("Nasehat", ("Nasihat", "nasihat")) in found(checker, text)


def test_an_office_before_its_name_keeps_its_capital(checker: Checker) -> None:
    text = "Upacara itu dihadiri Walikota Sukamaju beserta jajarannya."
    assert ("Walikota", ("Wali Kota",)) in found(checker, text)


def test_a_capitalised_common_phrase_with_a_nonstandard_word(checker: Checker) -> None:
    text = "Warga mengikuti kegiatan Kerja Bhakti ini dengan semangat."
    assert ("Kerja Bhakti", ("kerja bakti", "Kerja Bakti")) in found(checker, text)


def test_a_bound_form_is_joined_to_its_word(checker: Checker) -> None:
    text = "Petugas membersihkan lumpur paska banjir di pasar."
    assert ("paska banjir", ("pascabanjir",)) in found(checker, text)


def test_ke_after_di_is_one_preposition_too_many(checker: Checker) -> None:
    text = "Sebuah truk terperosok di kedalam parit."
    suggestions = dict(found(checker, text))["kedalam"]
    assert suggestions[0] == "dalam"
    assert "ke dalam" in suggestions


def test_ke_without_its_an_is_offered_the_confix(checker: Checker) -> None:
    text = "Kegiatan sosial kemasyarakat digelar tiap bulan."
    assert dict(found(checker, text))["kemasyarakat"][:2] == ("ke masyarakat",
                                                             "kemasyarakatan")
