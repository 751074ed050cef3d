"""Session 10: word data as classes with their sources — service terms, regional legal
instruments, ministries and offices, cultural terms, and the KBBI words of hunspell-id that
no text has shown yet. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.lexicon import Lexicon, lexicon_dir, read_table
from app.language.vocabulary import KBBI_WORDS_FILE, data_dir
from scripts.build_kbbi_words import unseen_admissible


def spelling(checker: Checker, text: str) -> list[str]:
    return [f.text for f in checker.check(text) if f.rule == "ejaan"]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.mark.parametrize(("entry", "category"), [
    ("nakes", "kbbi"), ("wilkum", "istilah-polri"), ("komsos", "istilah-tni"),
    ("perkada", "akronim-umum"), ("ranperbup", "akronim-umum"),
    ("Kemendes", "lembaga-akronim"), ("Dishut", "lembaga-akronim"),
    ("melasti", "budaya"), ("ogoh-ogoh", "budaya"), ("pecalang", "budaya"),
])
def test_entries_are_filed_under_their_class(lexicon: Lexicon, entry: str,
                                             category: str) -> None:
    assert entry in lexicon.entries(category)


def test_culture_file_cites_a_source_for_every_entry() -> None:
    rows = list(read_table(lexicon_dir() / "budaya.tsv", columns=3))
    assert rows and all(source == "hunspell-id" for _entry, _category, source in rows)


@pytest.mark.parametrize("text", [
    "Para nakes memeriksa warga yang komorbid sebelum vaksinasi.",
    "Situasi wilkum Polsek Lembah Hijau aman dan kondusif.",
    "Babinsa melaksanakan komsos dengan warga binaan.",
    "DPRD membahas raperda dan ranperbup tentang pasar desa.",
    "Rancangan Perkada tentang penjabaran anggaran disahkan.",
    "Perwakilan Kemendes dan Dishut meninjau lokasi.",
    "Polsek mengamankan pawai ogoh-ogoh bersama pecalang desa adat.",
    "Parade Ogoh-Ogoh melintas di jalan utama.",
    "Upacara melasti berlangsung tertib di pantai.",
    "Warga berlatih slalom di lapangan desa.",
    "Peserta diklat mengikuti kunker ke kabupaten tetangga.",
])
def test_class_words_are_not_flagged(checker: Checker, text: str) -> None:
    assert spelling(checker, text) == []


def test_pecalang_is_a_common_noun_mid_sentence(checker: Checker) -> None:
    findings = checker.check("Polsek berjaga bersama Pecalang setempat.")
    assert [(f.text, f.rule) for f in findings] == [("Pecalang", "kapital-istilah-kbbi-kecil")]


@pytest.mark.parametrize(("text", "word"), [
    ("Para nakse memeriksa warga.", "nakse"),
    ("DPRD membahas rapedra tentang pasar.", "rapedra"),
    ("Semangat gotongroyong warga tinggi.", "gotongroyong"),
    ("Tema konektifitas dibahas dalam rapat.", "konektifitas"),
])
def test_typos_and_variants_stay_flagged(checker: Checker, text: str, word: str) -> None:
    assert word in [f.text for f in checker.check(text)]


def _kbbi_words() -> set[str]:
    lines = (data_dir() / KBBI_WORDS_FILE).read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def test_unseen_kbbi_words_are_listed_and_their_variants_are_not() -> None:
    words = _kbbi_words()
    assert {"alsintan", "tupoksi", "slalom", "geosains"} <= words
    assert not {"gotongroyong", "konektifitas", "sinergisitas", "cinderamata"} & words


@pytest.mark.parametrize(("word", "expected"), [
    ("alsintan", True), ("awig-awig", True),
    ("gotongroyong", False),         # royong is a word: two words joined
    ("konektifitas", False),         # -ifitas: KBBI writes -ivitas
    ("sinergisitas", False),         # -sitas on sinergi
])
def test_unseen_admissible(checker: Checker, word: str, expected: bool) -> None:
    assert unseen_admissible(word, checker) is expected
