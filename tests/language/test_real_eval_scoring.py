"""How the real-text bench credits suggestions (``bench/real_eval.py``): a label that needs
two fixes at once is rightly suggested when the findings inside it, applied together, give
its correction — and only then."""

from __future__ import annotations

from typing import Any

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
