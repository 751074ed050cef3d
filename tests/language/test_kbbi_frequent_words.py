"""Frequent KBBI words the strict list leaves out (``kata-kbbi-sering.txt``) and country
names from Unicode CLDR (``nama-negara-bahasa.txt``): right as written, never a door for
typos or non-standard forms. Sentences are invented for these tests."""

from __future__ import annotations

from app.language import Checker, SpellBackend
from app.language.vocabulary import (
    KBBI_FREQUENT_FILE,
    WORLD_NAMES_FILE,
    accepted_nonstandard,
    data_dir,
    nonstandard_variants,
)
from tests.language.conftest import flagged
from tests.language.test_kbbi_words import _words


def test_frequent_list_names_its_source_and_holds_only_plain_words(
        backend: SpellBackend) -> None:
    path = data_dir() / KBBI_FREQUENT_FILE
    header = path.read_text(encoding="utf-8").split("\n", 6)[:6]
    assert any("github.com/shuLhan/hunspell-id" in line for line in header)
    assert any("LGPL-3.0" in line for line in header)
    words = _words(path)
    assert 10 < len(words) < 200
    assert words == sorted(set(words))
    nonstandard = set(nonstandard_variants()) | set(accepted_nonstandard())
    for word in words:
        assert word.islower() and len(word) >= 4, word
        assert word not in nonstandard and not backend.check(word), word


def test_frequent_kbbi_words_are_accepted(checker: Checker) -> None:
    text = ("Puskesmas memantau asupan gizi balita dan menelusuri klaster penyakit "
            "di dua dusun.")
    assert flagged(checker.check(text)) == []


def test_frequent_kbbi_words_are_no_roots(checker: Checker) -> None:
    # words only: a frequent KBBI stem lends no affixes to a slip
    assert "klasternya" not in flagged(checker.check("Klasternya sudah dipetakan dinas."))
    assert "asupanan" in flagged(checker.check("Petugas mencatat asupanan harian warga."))


def test_nonstandard_forms_stay_flagged(checker: Checker) -> None:
    text = "Panitia akan memasukan nama peserta dan meminimalisir antrean."
    found = flagged(checker.check(text))
    assert "memasukan" in found and "meminimalisir" in found


def test_world_names_are_accepted_capitalised_only(checker: Checker) -> None:
    text = "Delegasi dari Kamboja dan Tiongkok mengunjungi pelabuhan kemarin."
    assert flagged(checker.check(text)) == []


def test_world_names_file_names_its_source(backend: SpellBackend) -> None:
    path = data_dir() / WORLD_NAMES_FILE
    header = path.read_text(encoding="utf-8")[:600]
    assert "CLDR" in header and "babel" in header
    words = _words(path)
    assert "Kamboja" in words
    for word in words:
        assert word[:1].isupper() and word[1:].islower(), word
        assert not backend.check(word.lower()), word


def test_sources_rows_name_the_files() -> None:
    sources = (data_dir() / "SOURCES.md").read_text(encoding="utf-8")
    assert f"`{KBBI_FREQUENT_FILE}`" in sources and "build_kbbi_frequent_words.py" in sources
    assert f"`{WORLD_NAMES_FILE}`" in sources and "build_world_names.py" in sources


def test_regional_names_for_village_are_common_nouns(checker: Checker) -> None:
    text = ("Keuchik mengundang warga gampong ke balai, sedangkan kepala pekon dan "
            "pengurus nagori di provinsi lain menggelar rapat serupa.")
    assert flagged(checker.check(text)) == []


def test_regional_village_word_keeps_its_capital_before_a_name(checker: Checker) -> None:
    text = "Warga Gampong Lamjamee dan Pekon Sukarame menanam pohon bersama."
    assert flagged(checker.check(text)) == []
