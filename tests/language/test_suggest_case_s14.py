"""The case of a word-list rule's suggestion (session 14): a capitalised line of ``baku.tsv``
(*Walikota* → *Wali Kota*) no longer replaces the lowercase one (*walikota* → *wali kota*),
and an established common noun after a comma is offered in lower case first
(``refine._after_comma``). Invented sentences only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.language import Checker
from app.language.lexicon import style_dir
from app.language.style import StyleData


def suggestions(checker: Checker, text: str, word: str) -> tuple[str, ...]:
    found = [f for f in checker.check(text) if f.text == word and f.rule == "bentuk-tidak-baku"]
    assert found, f"{word!r} not flagged in {text!r}"
    return found[0].suggestions


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Petugas memandu walikota melihat pasar sayur.", "walikota", ("wali kota",)),
    ("Rapat dihadiri gubernur, walikota dan bupati se-provinsi.", "walikota", ("wali kota",)),
    ("Pagi itu Walikota Sukamaju Budi Santoso meninjau pasar.", "Walikota", ("Wali Kota",)),
    ("SAFARI WALIKOTA DI PASAR SUKAMAJU", "WALIKOTA", ("WALI KOTA",)),
])
def test_the_written_case_takes_its_own_line(checker: Checker, text: str, word: str,
                                             expected: tuple[str, ...]) -> None:
    assert suggestions(checker, text, word)[:len(expected)] == expected


def test_a_capitalised_line_keeps_the_lowercase_one(tmp_path: Path) -> None:
    shutil.copytree(style_dir(), tmp_path, dirs_exist_ok=True)
    (tmp_path / "baku.tsv").write_text("walikota\twali kota\nWalikota\tWali Kota\n"
                                       "Rabo\tRabu\n", encoding="utf-8")
    data = StyleData.load(tmp_path)
    assert data.nonstandard["walikota"] == "wali kota"
    assert data.nonstandard["rabo"] == "Rabu"      # only a capitalised line: it serves both
    assert data.cased_nonstandard == {"Walikota": "Wali Kota", "Rabo": "Rabu"}


@pytest.mark.parametrize(("text", "first_two"), [
    ("Di Desa Sukamaju, Personil kami berjaga sampai malam.", ("personel", "Personel")),
    ("Selanjutnya, Personil Polsek Sukamaju berpatroli ke pasar.", ("personel", "Personel")),
])
def test_an_established_noun_after_a_comma_is_offered_lower_first(
        checker: Checker, text: str, first_two: tuple[str, str]) -> None:
    assert suggestions(checker, text, "Personil")[:2] == first_two


def test_an_established_noun_opening_a_paragraph_keeps_its_capital(checker: Checker) -> None:
    text = "Hari ini cerah.\n\nPersonil Polsek Sukamaju berpatroli ke pasar."
    assert suggestions(checker, text, "Personil")[0] == "Personel"
