"""Issue 10, round ten: a reduplication written half gets the whole form first, when the
dictionary knows the half only reduplicated (*masing* → *masing-masing*); a letter typed twice
is taken out where the dictionaries accept the rest, and an unlisted meN-/peN- word counts
as common as its root (*mengguning* → *menguning*). Every sentence
is fictional, written for these tests."""

from __future__ import annotations

from app.language import Checker
from app.language.ranking import REDUPLICATION_CUT, reduplication_cut, slip_cost
from app.language.suggest import NASAL_DISCOUNT, nasal_root_zipf

from .conftest import found


def test_half_of_a_reduplication_offers_the_whole_form_first(checker: Checker) -> None:
    finding = found(checker, "Warga masih masing membawa bekal sendiri.", "masing")
    assert finding is not None and finding.suggestions[0] == "masing-masing"


def test_an_animal_named_by_reduplication(checker: Checker) -> None:
    finding = found(checker, "Anak-anak melihat kupu di taman desa.", "kupu")
    assert finding is not None and finding.suggestions[0] == "kupu-kupu"


def test_a_word_of_its_own_is_not_offered_reduplicated(checker: Checker) -> None:
    suggestions = checker.suggest("rumha")
    assert "rumah-rumah" not in suggestions and suggestions[0] == "rumah"
    assert not any("-" in s for s in checker.suggest("KOndusif"))   # only the case


def test_reduplication_cut_is_priced_as_one_cheap_slip() -> None:
    assert reduplication_cut("masing", "masing-masing")
    assert not reduplication_cut("masing", "masing-masih")
    assert slip_cost("masing", "masing-masing") == REDUPLICATION_CUT


def test_letter_typed_twice_offers_the_derived_word(checker: Checker) -> None:
    finding = found(checker, "Padi di sawah mulai mengguning menjelang panen.", "mengguning")
    assert finding is not None and finding.suggestions[0] == "menguning"


def test_nasal_root_frequency_reads_the_melted_root() -> None:
    frequencies = {"kuning": 4.8, "anggar": 3.3, "tari": 4.0}
    zipf = lambda word: frequencies.get(word, 0.0)   # noqa: E731 - a table as a function
    assert nasal_root_zipf("menguning", zipf) == frequencies["kuning"] - NASAL_DISCOUNT
    assert nasal_root_zipf("penganggaran", zipf) == frequencies["anggar"] - NASAL_DISCOUNT
    assert nasal_root_zipf("menari", zipf) == frequencies["tari"] - NASAL_DISCOUNT
    assert nasal_root_zipf("berlari", zipf) == 0.0            # no nasal prefix
    assert nasal_root_zipf("menguping", zipf) == 0.0          # kuping: not listed here
    assert nasal_root_zipf("menarian", zipf) == 0.0           # meN-...-an: no confix
