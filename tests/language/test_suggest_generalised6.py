"""Suggestions for three classes of slip the candidate list used to miss (issue 10): a letter
typed two places early or late, two wrong keys in a service term, and a whole suffix typed
or left off; and the capital a unit or office keeps when the typo is in lower case."""

from __future__ import annotations

import pytest

from app.language import Checker
from app.language.ranking import (
    MOVED_LETTER,
    SUFFIX_DROPPED,
    SUFFIX_SLIP,
    slip_cost,
    suffix_forms,
    suffix_slip,
)
from app.language.suggest import Suggester, affix_slips
from app.language.two_edits import TwoEditIndex, hamming_within, moved_letter
from app.language.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


@pytest.mark.parametrize(("typo", "word", "moved"), [
    ("kesetahan", "kesehatan", True),        # h and t exchanged over one letter
    ("koodinrasi", "koordinasi", True),      # r typed three places late
    ("pelyaanan", "pelayanan", False),       # the a beside it: only a transposition
    ("pelaanyan", "pelayanan", True),        # y typed two places late
    ("kegaitan", "kegiatan", False),         # neighbours swapped: a transposition
    ("kesehatan", "kesehatan", False),       # the same word
    ("kesetahun", "kesehatan", False),       # a letter changed besides
    ("anaketsah", "kesehatan", False),       # letters scrambled, not one moved
    ("pelayan", "pelayanan", False),         # another length
])
def test_moved_letter(typo: str, word: str, moved: bool) -> None:
    assert moved_letter(typo, word) is moved


def test_a_moved_letter_is_one_slip_not_two_wrong_keys() -> None:
    assert slip_cost("kesetahan", "kesehatan") == MOVED_LETTER
    assert slip_cost("kesetahan", "kesehatan") < slip_cost("kesetahan", "keserahan") + 1.0


def test_hamming_counts_places() -> None:
    assert hamming_within("kamtobnas", "kamtibmas", 2)
    assert not hamming_within("kamtobnaa", "kamtibmas", 2)


def test_index_finds_moved_letters_and_two_swaps_among_all_words() -> None:
    index = TwoEditIndex(lambda: ["kesehatan", "kelahiran", "kegiatan"])
    assert index.near("kesetahan") == {"kesehatan"}      # a letter moved
    assert index.near("kealihran") == {"kelahiran"}      # two pairs swapped
    assert index.near("kealihrna") == set()              # three
    assert index.near("kesatehan") == set()              # more than one move


def test_two_wrong_keys_only_in_the_small_list() -> None:
    index = TwoEditIndex(lambda: ["sampaikan"], lambda: ["kamtibmas"])
    assert index.near("kamtobnas") == {"kamtibmas"}      # a service term: looked for
    assert index.near("sampaoksn") == set()              # a general word: not


def test_the_small_list_is_read_only_when_a_typo_needs_it() -> None:
    calls: list[int] = []

    def small() -> list[str]:
        calls.append(1)
        return ["satlantas"]

    index = TwoEditIndex(lambda: ["satlantas"], small)
    assert calls == []
    assert index.near("satlamtaa") == {"satlantas"}
    index.near("satlamtab")
    assert calls == [1]


@pytest.mark.parametrize(("typo", "word", "slip"), [
    ("rapatan", "rapat", True),              # -an typed on a word that takes none
    ("diumumkan", "diumum", True),           # -kan left off (the other way round)
    ("dibinai", "dibina", True),
    ("rapatkan", "rapatan", False),          # a suffix for another: two slips
    ("anan", "an", False),                   # the shorter is no word of four letters
])
def test_suffix_slip(typo: str, word: str, slip: bool) -> None:
    assert suffix_slip(typo, word) is slip


def test_suffix_forms_take_off_and_put_on() -> None:
    forms = suffix_forms("rapatan")
    assert "rapat" in forms and "rapatankan" in forms
    assert suffix_forms("tuan") == ["tuankan", "tuanan", "tuani"]   # root too short


def test_a_suffix_slip_costs_one_slip() -> None:
    assert slip_cost("dimanfaat", "dimanfaatkan") == SUFFIX_DROPPED
    assert slip_cost("rapatan", "rapat") == SUFFIX_SLIP          # typed on: dearer
    assert SUFFIX_DROPPED < SUFFIX_SLIP


def test_a_vowel_too_many_before_a_suffix_too_many(checker: Checker) -> None:
    assert checker.suggest("sebagaian")[0] == "sebagian"


@pytest.mark.parametrize(("typo", "meant"), [
    ("kesetahan", "kesehatan"),              # a letter moved
    ("masyakarat", "masyarakat"),            # two letters exchanged over one
    ("kamtobnas", "kamtibmas"),              # two wrong keys in a service term
    ("dimanfaat", "dimanfaatkan"),           # -kan left off
])
def test_meant_word_first(checker: Checker, typo: str, meant: str) -> None:
    assert checker.suggest(typo)[0] == meant


@pytest.mark.parametrize(("typo", "meant"), [
    ("ditangkapan", "ditangkap"),            # -an typed on a verb
    ("kealihran", "kelahiran"),              # two pairs swapped
])
def test_meant_word_in_top_three(checker: Checker, typo: str, meant: str) -> None:
    assert meant in checker.suggest(typo)[:3]


def test_capitals_of_the_typo_kept_for_a_moved_letter(checker: Checker) -> None:
    assert checker.suggest("Kesetahan")[0] == "Kesehatan"
    assert checker.suggest("KESETAHAN")[0] == "KESEHATAN"


def test_a_unit_keeps_its_capital_when_the_typo_is_lowercase(checker: Checker) -> None:
    suggestions = checker.suggest("bhabinkamtibnas")
    assert suggestions[0] == "Bhabinkamtibmas"
    assert "bhabinkamtibmas" in suggestions                # the common form comes later
    assert checker.suggest("babinas")[0] == "Babinsa"


def test_an_established_service_word_keeps_the_typos_case(checker: Checker) -> None:
    # kamtibmas and harkamtibmas are established common nouns (kata-mapan)
    assert checker.suggest("harkamtibnas")[0] == "harkamtibmas"
    assert checker.suggest("kamtibmaa")[0] == "kamtibmas"


def test_office_forms_from_the_lexicon_categories() -> None:
    words = {"pesta", "panitia"}
    suggester = Suggester(
        lambda word: word in words or word in {"Pospam", "pospam", "Panitia"},
        lambda word: [], lambda word: word in {"Pospam", "pospam"},
        vocabulary=Vocabulary({"pesta": 4.0, "panitia": 4.5}, set(words)),
        terms={"satuan-jabatan": {"Pospam", "Panitia"}, "istilah-polri": {"pospam"}})
    assert suggester.suggest("pospem")[0] == "Pospam"       # a unit: capitalised
    assert "pospam" in suggester.suggest("pospem")
    assert suggester.suggest("panitai")[0] == "panitia"     # also a common word


def test_affix_variants_map_slips_to_their_affix() -> None:
    prefixes, suffixes, longest = affix_slips()
    assert "kan" in suffixes["akn"]                      # two letters swapped
    assert "nya" in suffixes["ny"]                       # the last letter left out
    assert "di" in prefixes["d"]                         # the vowel left out
    assert "akn" not in prefixes
    assert longest == 5                                  # meng, peng, meny, peny + a letter


@pytest.mark.parametrize(("typo", "meant"), [
    ("koordinasiakn", "koordinasikan"),      # two letters of -kan swapped
    ("optimalisasiakn", "optimalisasikan"),
    ("partisipasiny", "partisipasinya"),     # -nya with its last letter left out
    ("dsiagakan", "disiagakan"),             # di- with its vowel left out
])
def test_a_slip_in_the_affix_of_a_known_word(checker: Checker, typo: str, meant: str) -> None:
    assert checker.suggest(typo)[0] == meant


def test_no_affix_guessed_onto_a_short_part_hunspell_overgenerates(checker: Checker) -> None:
    # pen- + tuan is no word a release uses: a short part takes too many affixes
    assert "pentuan" not in checker.suggest("pantuan")


def test_a_long_part_need_not_be_a_word_alone(checker: Checker) -> None:
    # ke-...-an: *kepemimpin* is no word, *kepemimpinan* is
    assert checker.suggest("kepemimpinna")[0] == "kepemimpinan"


def test_a_suffix_is_not_put_on_itself(checker: Checker) -> None:
    # hunspell takes kebersamaan + -an; the -nya with a letter left out comes first
    assert checker.suggest("kebersamaanna")[0] == "kebersamaannya"
