"""Affixed forms the dictionary lacks are accepted; typos are not explained away."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.affixes import AffixAnalyzer

ROOTS = {"pelajar", "siap", "pasti", "komitmen", "tandas", "ujar", "kuat", "hasil", "daya", "cek",
         "kirim", "sampai", "tindak", "atur", "bantu", "laksana", "laksanakan", "aman"}


@pytest.fixture
def analyzer() -> AffixAnalyzer:
    return AffixAnalyzer(ROOTS.__contains__)


@pytest.mark.parametrize(("word", "root"), [
    ("kesiapan", "siap"), ("pastikan", "pasti"), ("berkomitmen", "komitmen"),
    ("tandasnya", "tandas"), ("ujarnya", "ujar"), ("memperkuat", "kuat"),
    ("keberhasilan", "hasil"), ("pemberdayaan", "daya"), ("mengecek", "cek"),
    ("mengirimkan", "kirim"), ("menyampaikan", "sampai"), ("menindak", "tindak"),
    ("pengaturan", "atur"), ("membantu", "bantu"), ("dilaksanakan", "laksanakan"),
    ("keamanannya", "aman"), ("pastikanlah", "pasti"), ("antarpelajar", "pelajar"),
    ("diperkuat", "kuat"),
])
def test_affixed_forms_are_explained(analyzer: AffixAnalyzer, word: str, root: str) -> None:
    assert analyzer.explain(word) == root


@pytest.mark.parametrize("word", [
    "kesiapn", "pastikna", "berkomitmn", "tandasny", "kesiap",   # typos and ke- without -an
    "sepastikan", "pengsiap", "diamanan", "kekuatkan", "memkirim",
])
def test_typos_and_impossible_combinations_are_rejected(analyzer: AffixAnalyzer,
                                                         word: str) -> None:
    assert analyzer.explain(word) is None


@pytest.mark.parametrize("word", ["kesiapan", "pastikan", "berkomitmen", "tandasnya",
                                  "ujarnya", "pungkasnya", "memaksimalkan", "menggelorakan",
                                  "sambangi", "Pastikan", "KESIAPAN", "berswafoto"])
def test_checker_accepts_affixed_domain_forms(checker: Checker, word: str) -> None:
    assert checker.accepts_word(word)


@pytest.mark.parametrize("word", ["kesiapna", "pastikn", "bersinegi", "tandasny", "PENGAMANA",
                                  "memastkan", "keamaan"])
def test_checker_rejects_typos_of_affixed_forms(checker: Checker, word: str) -> None:
    assert not checker.accepts_word(word)
