"""A place name written in its local spelling is no slip (*o*/*u*, the schwa after the
first consonant); a letter really lost or changed still is. Invented sentences."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.typo_evidence import regional_variant
from tests.language.conftest import flagged


@pytest.mark.parametrize(("written", "register", "variant"), [
    ("wonosamudro", "wonosamodro", True),     # o for u
    ("klubagolit", "kelubagolit", True),      # schwa dropped before l
    ("kelubagolit", "klubagolit", True),
    ("tujungan", "tunjungan", False),         # a letter lost
    ("bojonogoro", "bojonegoro", False),      # e for o: a slip
    ("kabupatan", "kabupaten", False),
])
def test_regional_variant(written: str, register: str, variant: bool) -> None:
    assert regional_variant(written, register) is variant


def test_local_spelling_after_level_word_is_accepted(checker: Checker) -> None:
    text = "Warga Kecamatan Wonosamudro menanam jagung di lahan kas desa."
    assert "Wonosamudro" not in flagged(checker.check(text))


def test_lost_letter_after_level_word_is_still_flagged(checker: Checker) -> None:
    text = "Warga Kecamatan Tujungan menanam jagung di lahan kas desa."
    assert "Tujungan" in flagged(checker.check(text))
