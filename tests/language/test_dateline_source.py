"""A site's name in a dateline or a domain is the publisher's, not a word of the release.

Word-table rules (foreign and non-standard words) used to flag *Online* in *MEDAN (Warta
Online) –* and *WARTA.ONLINE*, which the spelling pass already skipped as a source.
"""

from __future__ import annotations

from app.language import Checker


def _rules(checker: Checker, text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in checker.check(text)]


def test_a_site_name_in_a_dateline_is_not_a_foreign_word(checker: Checker) -> None:
    text = "MAKASSAR (Warta Online) – Wakil Bupati meninjau lokasi banjir."
    assert ("kata-asing", "Online") not in _rules(checker, text)
    named_first = "KABAR ONLINE (Makassar) – Wakil Bupati meninjau lokasi banjir."
    assert ("kata-asing", "ONLINE") not in _rules(checker, named_first)


def test_a_domain_is_not_a_foreign_word(checker: Checker) -> None:
    text = "WARTASULSEL.ONLINE, MAROS – Bupati meninjau lokasi banjir."
    assert not [rule for rule, word in _rules(checker, text) if word.lower() == "online"]


def test_the_same_word_in_running_text_is_still_flagged(checker: Checker) -> None:
    text = "MAROS – Rapat online digelar Bupati bersama camat."
    assert ("kata-asing", "online") in _rules(checker, text)
    lead = "Rapat (terbatas) online digelar Bupati bersama camat."
    assert ("kata-asing", "online") in _rules(checker, lead)
