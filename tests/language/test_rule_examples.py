"""Every capital-letter rule module carries right and wrong examples beside its rules (the
way the EYD rule file does): each wrong example must be flagged by its rule, each right one
left alone by it."""

from __future__ import annotations

import pytest

from app.language import (
    Checker,
    apposition_commas,
    capital_before_name,
    capitals,
    common_capitals,
)

EXAMPLES = {**capitals.EXAMPLES, **common_capitals.EXAMPLES, **capital_before_name.EXAMPLES,
            **apposition_commas.EXAMPLES}


def found(checker: Checker, text: str, rule: str) -> list[str]:
    return [f.text for f in checker.check(text) if f.rule == rule]


def test_every_module_keeps_its_own_rules() -> None:
    sizes = (len(capitals.EXAMPLES), len(common_capitals.EXAMPLES),
             len(capital_before_name.EXAMPLES), len(apposition_commas.EXAMPLES))
    assert all(sizes) and sum(sizes) == len(EXAMPLES)     # no rule id taken twice


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (wrong, _right) in EXAMPLES.items() for text in wrong])
def test_every_wrong_example_is_flagged(checker: Checker, rule: str, text: str) -> None:
    assert found(checker, text, rule), text


@pytest.mark.parametrize(("rule", "text"), [
    (rule, text) for rule, (_wrong, right) in EXAMPLES.items() for text in right])
def test_every_right_example_is_left_alone(checker: Checker, rule: str, text: str) -> None:
    assert found(checker, text, rule) == [], text
