"""A rank or religious title before a one-word name is capitalised by EYD V (I.E, huruf
kapital … nama pangkat yang diikuti nama orang), even when the name is also a common word
(*budi*, *bagus*, *arif*): *kapital-tengah-kalimat* must leave it, while a rank that names
no one stays a common noun. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.lexicon import lexicon_dir

RULE = "kapital-tengah-kalimat"


def _single_word_ranks() -> list[str]:
    rows = (line.split("\t")[0] for line in
            (lexicon_dir() / "pangkat.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return sorted({rank for rank in rows if " " not in rank and rank.isalpha()})


@pytest.mark.parametrize("name", ["Budi", "Bagus", "Arif", "Purnama"])
def test_every_rank_before_a_name_that_is_a_word_is_left(checker: Checker, name: str) -> None:
    flagged = [rank for rank in _single_word_ranks()
               if any(f.rule == RULE for f in checker.check(
                   f"Dalam kegiatan itu, {rank} {name} hadir bersama warga desa."))]
    assert flagged == []


@pytest.mark.parametrize("text", [
    "Warga menyambut Sertu Bagus di balai desa pada Senin pagi.",
    "Bantuan diserahkan oleh Haji Arif kepada pengurus masjid.",
])
def test_rank_or_title_with_a_name_in_a_sentence(checker: Checker, text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == RULE] == []


def test_a_rank_that_names_no_one_is_still_a_common_noun(checker: Checker) -> None:
    text = "Ia naik pangkat menjadi Kapten pada tahun lalu."
    assert [f.text for f in checker.check(text) if f.rule == RULE] == ["Kapten"]
