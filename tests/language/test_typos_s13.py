"""Session 13: a capitalised word whose form or place no personal name takes is read as a
slip — a *peN-…-kan* word (*Pemberlakukan*), a *meN-* verb one keystroke from a frequent
one (*Mengelar*), a word between two capitalised common words (*Evaluasi Pogram
Pelatihan*). Every sentence and name here is made up for these tests."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.typo_evidence import EXAMPLES_S13, MESSAGES

CASES = [(reason, text) for reason, (wrong, _) in EXAMPLES_S13.items() for text in wrong]
RIGHT = [text for _, right in EXAMPLES_S13.values() for text in right]


def _marker(reason: str) -> str:
    """A piece of the reason's message that does not depend on the word."""
    return MESSAGES[reason].split("{word}”", 1)[1].split("“{meant}”", 1)[0][:30]


@pytest.mark.parametrize(("reason", "text"), CASES)
def test_every_wrong_example_is_found_with_its_reason(checker: Checker, reason: str,
                                                      text: str) -> None:
    found = [f for f in checker.check(text) if f.rule == "ejaan"]
    assert any(_marker(reason) in f.message for f in found), (text, found)
    assert all(f.severity == "saran" for f in found)


@pytest.mark.parametrize("text", RIGHT)
def test_every_right_example_is_left_alone(checker: Checker, text: str) -> None:
    assert [f.text for f in checker.check(text) if f.rule == "ejaan"] == [], text


def test_the_suggestions_are_the_common_words(checker: Checker) -> None:
    meant = {"Pemberlakukan": "Pemberlakuan", "Mengelar": "menggelar", "Pogram": "Program"}
    for _, (wrong, _) in EXAMPLES_S13.items():
        for text in wrong:
            for finding in checker.check(text):
                if finding.text in meant:
                    assert finding.suggestions[0] == meant[finding.text]


def test_one_common_neighbour_is_not_enough(checker: Checker) -> None:
    """A name after a common word (*Jet Sutter*-like) or before one stays a name."""
    for text in ("Kelompok tani menerima dua Mesin Suwita untuk panen.",
                 "Rapat dipimpin Kanit 2 Sukarta Direktorat Lalu Lintas."):
        assert [f.text for f in checker.check(text) if f.rule == "ejaan"] == [], text


def test_a_verb_keeps_its_capital_where_the_sentence_starts(checker: Checker) -> None:
    text = "Mengelar kerja bakti, warga membersihkan saluran desa."
    finding = next(f for f in checker.check(text) if f.text == "Mengelar")
    assert finding.suggestions[0] == "Menggelar"
