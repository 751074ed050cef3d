"""Speed of a fresh ``rilis check`` (issue 10): the word indexes kept in the user cache
(two-edit groups, the one-edit index of domain terms) and the data keys they are kept
under. Every answer must be the one the plain computation gives, whether the index was
built, read back from the cache, or not used at all."""

from __future__ import annotations

import random
from pathlib import Path

from app.language import data_cache, one_edit_index, two_edits
from app.language.lexicon import Lexicon
from app.language.one_edit_index import OneEditIndex, is_edit
from app.language.two_edits import TwoEditIndex
from app.language.vocabulary import Vocabulary, edits1

WORDS = ["kapolres", "kapolsek", "bhabinkamtibmas", "satreskrim", "sosialisasi",
         "kecamatan", "kelurahan", "penyuluhan", "pengamanan", "keamanan", "ketertiban",
         "aab", "penganiayaan", "koordinasi", "masyarakat", "pelayanan", "kepolisian"]
LETTERS = "abcdefghijklmnopqrstuvwxyzéA"


def _mutations(seed: int, count: int) -> list[str]:
    """Words of the list with up to two random slips (some outside ``ALPHABET``)."""
    chooser = random.Random(seed)
    found = []
    for _ in range(count):
        word = chooser.choice(WORDS)
        for _ in range(chooser.choice([0, 1, 1, 2])):
            place = chooser.randrange(len(word) + 1)
            kind = chooser.randrange(4)
            if kind == 0 and place < len(word):
                word = word[:place] + word[place + 1:]
            elif kind == 1:
                word = word[:place] + chooser.choice(LETTERS) + word[place:]
            elif kind == 2 and place < len(word):
                word = word[:place] + chooser.choice(LETTERS) + word[place + 1:]
            elif kind == 3 and place + 1 < len(word):
                word = word[:place] + word[place + 1] + word[place] + word[place + 2:]
        found.append(word)
    return [*found, "", "a", "aab", "ab"]


def test_is_edit_is_membership_in_edits1() -> None:
    for word in _mutations(1, 400):
        made = set(edits1(word))
        for other in [*list(made)[:40], *WORDS, word, word + "a", word[1:]]:
            assert is_edit(word, other) == (other in made), (word, other)


def test_one_edit_index_answers_as_the_edits_do_before_and_after_it_is_built() -> None:
    index = OneEditIndex("uji", lambda: WORDS)
    words = _mutations(2, 600)
    answers = [index.near(word) for word in words]
    assert answers == [any(edit in WORDS for edit in edits1(word)) for word in words]
    assert sum(answers) > 100 and not all(answers)       # both answers occur
    assert index._index is not None                       # past EDITS_FIRST: the index


def test_one_edit_index_is_kept_and_read_back_under_its_key() -> None:
    builds: list[int] = []

    def words() -> list[str]:
        builds.append(1)
        return WORDS

    asked = _mutations(3, one_edit_index.EDITS_FIRST + 50)
    first = OneEditIndex("uji-kunci", words, b"kunci-1")
    answers = [first.near(word) for word in asked]
    second = OneEditIndex("uji-kunci", words, b"kunci-1")
    second._asked = one_edit_index.EDITS_FIRST            # straight to the index
    assert [second.near(word) for word in asked] == answers
    assert len(builds) == 2                # the edits' word set, then the index: built once
    other = OneEditIndex("uji-kunci", lambda: ["kapolres"], b"kunci-2")
    other._asked = one_edit_index.EDITS_FIRST
    assert other.near("kapolrez") and not other.near("kapolsex")   # another key: rebuilt


def test_two_edit_groups_read_back_give_the_same_words() -> None:
    vocabulary = ["kepolisian", "kesehatan", "pelayanan", "pelaksanaan", "kamtibmas",
                  "terlibat", "terjebak", "sekarang", "keamanan", "kegiatan"]
    small = ["kamtibmas", "terlibat"]
    typos = ["kpolisin", "kesetahan", "pelyaanna", "pelaksaan", "kamtobnas", "terjebat",
             "sekran", "keamnaan", "kegiatna", "xyz"]
    plain = [TwoEditIndex(lambda: vocabulary, lambda: small).near(typo) for typo in typos]
    built = TwoEditIndex(lambda: vocabulary, lambda: small, b"kunci")
    assert [built.near(typo) for typo in typos] == plain
    read: list[str] = []

    def listed(words: list[str]) -> list[str]:
        read.append(words[0])
        return words

    again = TwoEditIndex(lambda: listed(vocabulary), lambda: listed(small), b"kunci")
    assert [again.near(typo) for typo in typos] == plain
    assert read == []                                     # from the cache, not the lists
    assert "kepolisian" in plain[0] and "kamtibmas" in plain[4]


def test_loaded_tables_carry_a_key_that_changes_with_their_files(tmp_path: Path) -> None:
    folder = tmp_path / "leksikon"
    folder.mkdir()
    (folder / "satuan.tsv").write_text("Polres\tsatuan\n", encoding="utf-8")
    first = Lexicon.load(folder).fingerprint
    assert first is not None and Lexicon.load(folder).fingerprint == first
    (folder / "satuan.tsv").write_text("Polres\tsatuan\nPolsek\tsatuan\n", encoding="utf-8")
    data_cache.clear()
    changed = Lexicon.load(folder)
    assert changed.fingerprint not in (None, first)
    changed.add("Polda", "satuan")                        # changed by hand: no key
    assert changed.fingerprint is None
    assert Vocabulary().fingerprint is None
    vocabulary = Vocabulary.load()
    assert vocabulary.fingerprint is not None
    vocabulary.add_words_only({"kuliner"})
    assert vocabulary.fingerprint is None


def test_the_two_edit_cache_entry_is_checked_before_use() -> None:
    header_key = b"kunci-rusak"
    index = TwoEditIndex(lambda: ["kepolisian"], lambda: [], header_key)
    assert index.near("kpolisin") == {"kepolisian"}
    folder = data_cache.cache_folder(two_edits.CACHE_FOLDER)
    assert folder is not None
    for entry in folder.glob("*.marshal"):                # damage every entry
        entry.write_bytes(entry.read_bytes()[:-5] + b"xxxxx")
    again = TwoEditIndex(lambda: ["kepolisian"], lambda: [], header_key)
    assert again.near("kpolisin") == {"kepolisian"}


def test_a_derived_table_is_built_once_per_key_and_code() -> None:
    builds: list[str] = []

    def build(value: str) -> dict[str, list[str]]:
        builds.append(value)
        return {"aadilnrs": ["sandiarl"], "kunci": [value]}

    def table(key: str | None, value: str) -> dict[str, list[str]]:
        return data_cache.derived(key, "uji-turunan", lambda: build(value),
                                  ("app.language.data_cache",), lambda got: isinstance(got, dict))

    assert table("kunci-1", "a") == {"aadilnrs": ["sandiarl"], "kunci": ["a"]}
    assert table("kunci-1", "b") == {"aadilnrs": ["sandiarl"], "kunci": ["a"]}   # kept
    assert table("kunci-2", "c") == {"aadilnrs": ["sandiarl"], "kunci": ["c"]}   # new key
    assert table(None, "d")["kunci"] == ["d"]                                       # no key
    assert builds == ["a", "c", "d"]


def test_typo_tables_read_back_equal_the_built_ones() -> None:
    from app.language import typo_evidence

    vocabulary, lexicon = Vocabulary.load(), Lexicon.load()
    built_anagrams = typo_evidence._anagram_table(vocabulary)
    built_terms = typo_evidence._term_tables(lexicon)
    for _ in range(2):                                    # built and kept, then read back
        assert typo_evidence._Anagrams(vocabulary).words == built_anagrams
        terms = typo_evidence._Terms(lexicon)
        assert (terms.service, terms.ranks, terms.long_terms, terms.triggers) == built_terms
    assert any(len(words) > 1 for words in built_anagrams.values())
    assert built_terms[0] and built_terms[3]


def test_checker_lexicon_tables_read_back_equal_the_built_ones() -> None:
    from app.language import checker

    lexicon = Lexicon.load()
    built = checker._lexicon_tables(lexicon)
    for _ in range(2):                                    # built and kept, then read back
        made = checker.Checker(lexicon=lexicon)
        assert (made._domain_lower, made._title_case_terms, made._lower_entries,
                made._person_triggers, made._domain_forms, made._region_short,
                made._region_words) == built
    assert built[4].get("polres") == "Polres" and "bhabinkamtibmas" in built[0]
