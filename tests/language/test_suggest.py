"""Suggestions: the closest known form first, domain and standard forms before others."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.language import Checker, Finding, PersonalDictionary
from app.language.suggest import distance, edits1


def test_distance_counts_transpositions_once() -> None:
    assert distance("polres", "polrse") == 1
    assert distance("kegiatan", "kegiatn") == 1
    assert distance("abc", "abc") == 0
    assert "kegiatan" in edits1("kegiatn")


@pytest.mark.parametrize(("typo", "right"), [
    ("Polrse", "Polres"), ("Bhabinkamtibmsa", "Bhabinkamtibmas"), ("Tulungagng", "Tulungagung"),
    ("kegiatn", "kegiatan"), ("masyarkat", "masyarakat"), ("yng", "yang"),
    ("terimakasih", "terima kasih"), ("kesiapn", "kesiapan"), ("bersinegi", "bersinergi"),
    ("polres", "Polres"),
])
def test_right_suggestion_in_top_three(checker: Checker, typo: str, right: str) -> None:
    assert right in checker.suggest(typo)[:3]


def test_lowercase_typo_prefers_lowercase_words(checker: Checker) -> None:
    assert checker.suggest("yan")[0] == "yang"


def test_capitals_follow_the_typo(checker: Checker) -> None:
    assert checker.suggest("KEGIATN")[0] == "KEGIATAN"
    assert checker.suggest("Kegiatn")[0] == "Kegiatan"


def test_finding_to_dict_is_the_json_contract() -> None:
    finding = Finding(3, 7, "hoax", "style", "bentuk-tidak-baku", "pesan", ("hoaks",))
    assert finding.to_dict() == {"start": 3, "end": 7, "text": "hoax", "kind": "style",
                                 "rule": "bentuk-tidak-baku", "message": "pesan",
                                 "suggestions": ["hoaks"], "severity": "kesalahan",
                                 "count": 1}


def test_set_team_and_personal_words_are_suggested(checker: Checker, tmp_path: Path) -> None:
    (tmp_path / "tim.txt").write_text("sipandu\n", encoding="utf-8")
    own = Checker(backend=checker.backend, lexicon=checker.lexicon,
                  personal=PersonalDictionary(tmp_path / "pribadi.txt"))
    own.set_team(tmp_path / "tim.txt")
    assert own.check("jaga sipandu.") == []
    assert own.suggest("sipndu")[0] == "sipandu"
    own.set_team(None)
    assert [f.text for f in own.check("jaga sipandu.")] == ["sipandu"]
