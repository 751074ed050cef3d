"""One checker for the whole test package: loading hunspell and the lexicon takes time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.language import Checker, Finding, SpellBackend


@pytest.fixture(scope="session")
def checker() -> Iterator[Checker]:
    instance = Checker()
    assert instance.spelling_available, instance.warnings  # the project's setup installs it
    yield instance
    instance.close()


@pytest.fixture(scope="session")
def backend() -> Iterator[SpellBackend]:
    instance = SpellBackend()
    yield instance
    instance.close()


def rules(findings: list[Finding]) -> list[str]:
    return [finding.rule for finding in findings]


def flagged(findings: list[Finding]) -> list[str]:
    return [finding.text for finding in findings]


def found(checker: Checker, text: str, word: str) -> Finding | None:
    """The first finding on ``word`` in ``text``, if any."""
    return next((f for f in checker.check(text) if f.text == word), None)


def typo_saran(checker: Checker, text: str, word: str) -> Finding:
    """The finding on ``word``, which must be a spelling ``saran`` (the rules that read a
    typo from the document or from service terms)."""
    finding = found(checker, text, word)
    assert finding is not None, f"{word} not flagged in {text!r}"
    assert finding.rule == "ejaan" and finding.severity == "saran", finding
    return finding
