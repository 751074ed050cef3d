"""The noisy-channel costs: which slips are likely, independent of any dictionary."""

from __future__ import annotations

import pytest

from app.language.ranking import (
    ABBREVIATED,
    ABBREVIATED_CONSONANT,
    CASE_CHANGE,
    DOUBLED,
    DROPPED_SYLLABLE,
    FIRST_LETTER,
    FOREIGN_SLIP,
    KEYBOARD,
    LOAN_SLIP,
    PREFIX_SLIP,
    REPEATED_CHUNK,
    SPACE_KEY,
    SPLIT,
    TRANSPOSED,
    abbreviated,
    abbreviation_shape,
    boundary_slip,
    channel_cost,
    likelihood,
    loan_forms,
    prefix_slip,
    repeated_chunk_forms,
    respelling_cost,
    slip_cost,
    split_zipf,
)


def test_keyboard_neighbours_follow_the_staggered_rows() -> None:
    assert KEYBOARD["g"] == frozenset("fhtyvb")
    assert "p" not in KEYBOARD["g"]
    assert KEYBOARD["a"] == frozenset("qwsz")


def test_identical_words_cost_nothing() -> None:
    assert channel_cost("jembatan", "jembatan") == 0.0
    assert channel_cost("Jembatan", "jembatan") == 0.0


def test_a_doubled_letter_typed_once_or_twice_is_the_cheapest_slip() -> None:
    assert channel_cost("masa", "massa") == DOUBLED          # one s for two
    assert channel_cost("rumaah", "rumah") == DOUBLED        # a typed twice
    assert channel_cost("ruma", "rumah") > DOUBLED           # a letter left out


def test_a_neighbouring_key_costs_less_than_a_distant_one() -> None:
    assert channel_cost("rumag", "rumah") < channel_cost("rumap", "rumah")


def test_swapped_neighbours_count_once() -> None:
    assert channel_cost("rumha", "rumah") == TRANSPOSED


def test_a_left_out_letter_costs_less_than_a_wrong_key() -> None:
    assert channel_cost("jembtan", "jembatan") < channel_cost("jembqtan", "jembatan")


def test_the_first_letter_is_rarely_the_slip() -> None:
    assert channel_cost("xumah", "rumah") == channel_cost("rumax", "rumah") + FIRST_LETTER
    assert channel_cost("umah", "rumah") > channel_cost("rumh", "rumah")


def test_me_an_is_a_slip_of_the_pe_an_confix() -> None:
    assert prefix_slip("menjagaan", "penjagaan")
    assert not prefix_slip("menjagakan", "penjagakan")   # me-...-kan is a real confix
    assert slip_cost("menjagaan", "penjagaan") == PREFIX_SLIP


@pytest.mark.parametrize(("typo", "word"), [
    ("dibentukan", "dibentukkan"), ("penataanya", "penataannya")])
def test_a_consonant_shared_by_root_and_suffix_written_once(typo: str, word: str) -> None:
    assert boundary_slip(typo, word)
    assert slip_cost(typo, word) < DOUBLED


def test_english_endings_get_their_indonesian_form() -> None:
    assert "produktif" in loan_forms("produktive")
    assert "realitas" in loan_forms("reality")
    assert "organisasi" in loan_forms("organisation")
    assert "komunikasi" in loan_forms("komunikation")
    assert loan_forms("ic") == []                       # no stem left to adapt
    assert slip_cost("produktive", "produktif") == LOAN_SLIP


def test_a_lowercase_word_rarely_stands_for_a_name() -> None:
    assert slip_cost("jalan", "Jalan") == CASE_CHANGE
    assert slip_cost("Jalan", "jalan") == 0.0


def test_a_missing_space_is_cheap_but_both_words_must_be_common() -> None:
    assert slip_cost("bukutulis", "buku tulis") == SPLIT
    assert split_zipf([5.5, 5.0]) > split_zipf([5.5, 1.0])


def test_frequency_outweighs_a_dearer_slip_only_by_its_margin() -> None:
    # a common word behind a left-out letter beats a rare word behind a wrong key
    assert likelihood("pasr", "pasar", 5.0) > likelihood("pasr", "pasir", 3.0)
    # an unlisted known word counts as rare, not as impossible
    assert likelihood("pasr", "pasar", 0.0) == likelihood("pasr", "pasar", 1.0)


def test_a_repeated_syllable_skipped_or_typed_twice() -> None:
    assert "perumahan" in repeated_chunk_forms("perumahahan")
    assert "perumahahan" in repeated_chunk_forms("perumahan")
    assert slip_cost("perumahahan", "perumahan") == REPEATED_CHUNK


def test_a_skipped_syllable_costs_one_slip() -> None:
    # a two-letter syllable left out: two letters, but one slip of the eye
    assert slip_cost("perencaan", "perencanaan") == DROPPED_SYLLABLE


def test_a_diacritic_is_a_small_slip() -> None:
    assert channel_cost("kafé", "kafe") < DOUBLED
    assert channel_cost("ṣalat", "salat") < channel_cost("ṣalat", "alat")


def test_first_two_letters_swapped_cost_less_than_a_wrong_first_letter() -> None:
    assert channel_cost("urmah", "rumah") < channel_cost("xumah", "rumah")
    assert channel_cost("urmah", "rumah") > channel_cost("rmuah", "rumah")


def test_foreign_letters_make_a_respelling_the_likely_fix() -> None:
    assert respelling_cost("maximal") == FOREIGN_SLIP
    assert respelling_cost("study") == LOAN_SLIP


def test_the_dutch_isir_ending_gets_the_kbbi_verb_forms() -> None:
    assert {"menormalkan", "menormalisasi"} <= set(loan_forms("menormalisir"))
    assert "dinetralkan" in loan_forms("dinetralisir")
    assert slip_cost("menormalisir", "menormalkan") == LOAN_SLIP


def test_a_repeated_group_is_a_slip_of_long_words_only() -> None:
    assert slip_cost("pelatatihan", "pelatihan") == REPEATED_CHUNK
    assert slip_cost("rumamah", "rumah") == REPEATED_CHUNK
    # in a short word a wrong vowel is likelier: *beben* is *beban*, not *beb* + *en*
    assert slip_cost("beben", "beb") > slip_cost("beben", "beban")


def test_a_word_without_vowels_is_a_shortening_of_a_common_word() -> None:
    assert abbreviation_shape("dgn") and abbreviation_shape("utk")
    assert not abbreviation_shape("dgnn1") and not abbreviation_shape("ada")
    assert not abbreviation_shape("DGN")                 # an acronym, not a shortening
    assert abbreviated("dgn", "dengan") and abbreviated("tdk", "tidak")
    assert not abbreviated("dgn", "dan")                 # nothing left out to speak of
    assert not abbreviated("dgn", "gandeng")             # the first letter stays
    assert not abbreviated("dgn", "dagu")                # every letter, in order
    assert slip_cost("krn", "karena") == ABBREVIATED
    assert slip_cost("krn", "karena") < slip_cost("krn", "kain")
    # a consonant left out as well costs more: *akhn* is rather *akan* mistyped
    assert slip_cost("spt", "seperti") == ABBREVIATED + ABBREVIATED_CONSONANT
    assert slip_cost("akhn", "akhirnya") > slip_cost("spt", "seperti")


def test_a_key_above_the_space_bar_typed_for_the_space() -> None:
    assert slip_cost("rumahnbaru", "rumah baru") == SPACE_KEY
    assert slip_cost("rumahkbaru", "rumah baru") > SPACE_KEY   # k is far from the bar


def test_h_for_k_is_a_slip_of_the_ear() -> None:
    # Dutch ch heard as h where EYD V writes k: tehnis for teknis
    assert channel_cost("tehnis", "teknis") < channel_cost("tehnis", "tewnis")   # far key
