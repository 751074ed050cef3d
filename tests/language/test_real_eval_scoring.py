"""How the real-text bench credits suggestions (``bench/real_eval.py``): a label that needs
two fixes at once is rightly suggested when the findings inside it, applied together, give
its correction — and only then."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest

from bench.real_eval import Outcome, score

TEXT = "Warga ikut Gotong Royongg di balai desa."
LABEL = {"start": 11, "end": 25, "wrong": "Gotong Royongg", "right": "gotong royong",
         "class": "typo", "uncertain": False}


def _scored(groups: list[tuple[str, str, list[tuple[int, int]], tuple[str, ...]]]
            ) -> Outcome:
    release: dict[str, Any] = {"id": "T-01", "skeleton": TEXT, "errors": [LABEL]}
    outcome = Outcome()
    score(groups, release, outcome)
    return outcome


def test_two_findings_applied_together_give_the_correction() -> None:
    outcome = _scored([("huruf-kapital", "Gotong", [(11, 17)], ("gotong",)),
                       ("ejaan", "Royongg", [(18, 25)], ("royong", "Royong"))])
    assert (outcome.suggested_for, outcome.first, outcome.top3) == (1, 1, 1)
    assert outcome.right == 2 and outcome.wrong == 0


def test_a_right_choice_among_the_first_three_counts_for_top_3_only() -> None:
    outcome = _scored([("huruf-kapital", "Gotong", [(11, 17)], ("gotong",)),
                       ("ejaan", "Royongg", [(18, 25)], ("Royong", "royong"))])
    assert (outcome.first, outcome.top3) == (0, 1)


def test_one_finding_short_of_the_label_is_not_credited() -> None:
    outcome = _scored([("ejaan", "Royongg", [(18, 25)], ("royong",))])
    assert (outcome.suggested_for, outcome.first, outcome.top3) == (1, 0, 0)


def test_findings_that_disagree_on_the_same_letters_are_not_credited() -> None:
    outcome = _scored([("huruf-kapital", "Gotong", [(11, 17)], ("gotong",)),
                       ("ejaan", "Royongg", [(18, 25)], ("royong",)),
                       ("ejaan", "Royongg", [(18, 25)], ("royonk",))])
    assert (outcome.first, outcome.top3) == (0, 0)


def test_a_single_finding_with_the_whole_correction_still_counts() -> None:
    outcome = _scored([("ejaan", "Gotong Royongg", [(11, 25)], ("gotong royong",))])
    assert (outcome.first, outcome.top3) == (1, 1)


# A label that also holds punctuation of its own (``_parts_right``): the finding about the
# word is judged on the word's letters; the marks left over are errors of their own.
COMMA_TEXT = "Para supir ojek, serta warga hadir."
COMMA_LABEL = {"start": 5, "end": 22, "wrong": "supir ojek, serta", "right": "sopir ojek serta",
               "class": "nonstandard", "uncertain": False}


def _comma_scored(groups: list[tuple[str, str, list[tuple[int, int]], tuple[str, ...]]],
                  label: dict[str, Any] = COMMA_LABEL) -> Outcome:
    release: dict[str, Any] = {"id": "T-02", "skeleton": COMMA_TEXT, "errors": [label]}
    outcome = Outcome()
    score(groups, release, outcome)
    return outcome


def test_a_word_fixed_right_inside_a_label_with_a_stray_comma_is_credited() -> None:
    outcome = _comma_scored([("bentuk-tidak-baku", "supir", [(5, 10)], ("sopir",))])
    assert (outcome.suggested_for, outcome.first, outcome.top3) == (1, 1, 1)


def test_the_word_second_among_its_suggestions_counts_for_top_3_only() -> None:
    outcome = _comma_scored([("ejaan", "supir", [(5, 10)], ("super", "sopir"))])
    assert (outcome.first, outcome.top3) == (0, 1)


def test_a_wrong_word_is_not_credited_for_the_comma_left_over() -> None:
    outcome = _comma_scored([("ejaan", "supir", [(5, 10)], ("super", "supra", "suplir"))])
    assert (outcome.first, outcome.top3) == (0, 0)


def test_a_letter_left_to_nobody_is_not_a_mark_and_is_not_credited() -> None:
    label = {**COMMA_LABEL, "right": "sopir ojeg serta"}
    outcome = _comma_scored([("bentuk-tidak-baku", "supir", [(5, 10)], ("sopir",))], label)
    assert (outcome.first, outcome.top3) == (0, 0)


def test_a_comma_finding_alone_does_not_earn_the_word_its_credit() -> None:
    outcome = _comma_scored([("koma", ",", [(15, 16)], ("",))])
    assert (outcome.first, outcome.top3) == (0, 0)


def test_a_word_the_reader_deleted_is_not_credited_by_its_spelling() -> None:
    text = "Warga tepilih Andi hadir."
    label = {"start": 6, "end": 18, "wrong": "tepilih Andi", "right": "Andi",
             "class": "typo", "uncertain": False}
    release: dict[str, Any] = {"id": "T-03", "skeleton": text, "errors": [label]}
    outcome = Outcome()
    score([("ejaan", "tepilih", [(6, 13)], ("terpilih",))], release, outcome)
    assert (outcome.first, outcome.top3) == (0, 0)


def test_the_capital_left_unmended_still_blocks_the_credit() -> None:
    outcome = _scored([("ejaan", "Royongg", [(18, 25)], ("Royong", "royong"))])
    assert (outcome.first, outcome.top3) == (0, 0)


def test_a_letter_and_a_full_stop_corrected_side_by_side_are_two_edits() -> None:
    text = "Warga membuat lapangan Voly.\n\nSelesai."
    label = {"start": 14, "end": 28, "wrong": "lapangan Voly.", "right": "lapangan Voli",
             "class": "nonstandard", "uncertain": False}
    release: dict[str, Any] = {"id": "T-04", "skeleton": text, "errors": [label]}
    outcome = Outcome()
    score([("bentuk-tidak-baku", "Voly", [(23, 27)], ("Voli", "voli"))], release, outcome)
    assert (outcome.first, outcome.top3) == (1, 1)


def test_masks_are_checked_as_ordinary_words_and_placed_back() -> None:
    """The checker reads a stand-in word where the skeleton has a mask (never the mask
    sign), masks side by side never read as a repeated word, and each finding comes back
    on the skeleton's own offsets."""
    from app.language import Checker
    from bench.real_eval import MASK, STAND_INS, rilis_groups, unmasked

    skeleton = f"Kapolres {MASK} {MASK} {MASK} warga agar tidak menghimbau {MASK}."
    text, back = unmasked(skeleton)
    assert MASK not in text and len(back) == len(text) + 1
    words = text.rstrip(".").split()
    assert words[1:4] == list(STAND_INS[:3])
    assert all(a != b for a, b in pairwise(words))
    start = text.index(STAND_INS[1])
    assert skeleton[back[start]] == MASK and back[-1] == len(skeleton)
    groups = rilis_groups(Checker(), skeleton)
    placed = {found: spans for _rule, found, spans, _s in groups}
    [(begin, end)] = placed["menghimbau"]
    assert skeleton[begin:end] == "menghimbau"
    assert not any(MASK in found for found in placed)


def test_top_3_is_told_apart_for_one_word_labels() -> None:
    """The bench prints top 3 for one-word labels and for the rest (session 14): a label of
    two words counts in the second part, a one-word label in the first."""
    from bench.real_eval import figures

    two_words = _scored([("ejaan", "Royongg", [(18, 25)], ("royong",))])
    assert (two_words.suggested_for, two_words.one_word_for, two_words.top3) == (1, 0, 0)
    text = "Warga ikut kerja baktii di balai desa."
    label = {"start": 17, "end": 23, "wrong": "baktii", "right": "bakti", "class": "typo",
             "uncertain": False}
    one_word = Outcome()
    score([("ejaan", "baktii", [(17, 23)], ("bakti",))],
          {"id": "T-02", "skeleton": text, "errors": [label]}, one_word)
    assert (one_word.one_word_for, one_word.one_word_first, one_word.one_word_top3) == (1, 1, 1)
    shown = figures(one_word, 8)
    assert shown["top3_one_word"] == 100.0 and shown["top3_more"] == 0.0


@pytest.mark.parametrize(("wrong", "right", "expected"), [
    ("tersebut, karena", "tersebut karena", True),
    ("panen padi Babinsa", "panen padi, Babinsa", True),
    ("masyarakat ,", "masyarakat,", False),          # a space moved: no comma in or out
    ("Karya Bhakti", "karya bakti", False),
    ("tahun Politik,", "tahun politik", False),      # a capital as well
])
def test_a_comma_label_is_one_whose_whole_correction_is_a_comma(
        wrong: str, right: str, expected: bool) -> None:
    from bench.real_eval import comma_only

    assert comma_only(wrong, right) is expected


def test_comma_labels_are_counted_apart_and_inside_eyd() -> None:
    from bench.real_eval import COMMA_LABELS, figures

    text = "Warga hadir, karena diundang lurah."
    label = {"start": 6, "end": 18, "wrong": "hadir, karena", "right": "hadir karena",
             "class": "eyd", "uncertain": False}
    outcome = Outcome()
    score([], {"id": "T-03", "skeleton": text, "errors": [label]}, outcome)
    assert outcome.errors["eyd"] == 1 and outcome.errors[COMMA_LABELS] == 1
    assert figures(outcome, 5)["caught_eyd_comma"] == 0.0
