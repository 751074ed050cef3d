"""One word flagged in several places is reported once (``report.group_findings``): its
suggestions lead with the form most places ask for, and keep every place's first form
near the top (SUGG2)."""

from __future__ import annotations

from app.language.finding import Finding
from app.language.report import group_findings, group_suggestions


def _finding(start: int, suggestions: tuple[str, ...], word: str = "Karya Bhakti",
             rule: str = "bentuk-tidak-baku") -> Finding:
    return Finding(start, start + len(word), word, "style", rule, "Bentuk baku.",
                   suggestions)


def test_the_form_most_places_ask_for_leads() -> None:
    # A headline wants capitals, two sentences want the lowercase form.
    group = [_finding(0, ("Karya Bakti", "karya bakti")),
             _finding(50, ("karya bakti", "Karya Bakti")),
             _finding(90, ("karya bakti",))]
    (finding, spans), = group_findings(group)
    assert finding.count == 3 and len(spans) == 3
    assert finding.suggestions[:2] == ("karya bakti", "Karya Bakti")


def test_every_places_first_form_stays_in_the_first_three() -> None:
    group = [_finding(0, ("karya bakti", "karya bhakti")),
             _finding(40, ("karya bakti", "karya bhakti")),
             _finding(80, ("Karya bakti", "Karya Bakti"))]
    suggestions = group_suggestions(group)
    assert suggestions[:2] == ("karya bakti", "Karya bakti")
    assert "karya bhakti" in suggestions and "Karya Bakti" in suggestions


def test_an_even_split_keeps_the_earliest_place_first() -> None:
    group = [_finding(0, ("Voli", "voli"), "Voly"), _finding(30, ("voli",), "Voly")]
    assert group_suggestions(group) == ("Voli", "voli")


def test_a_place_without_suggestions_does_not_empty_the_group() -> None:
    group = [_finding(0, (), "Pelatiahn", "ejaan"),
             _finding(30, ("pelatihan",), "Pelatiahn", "ejaan")]
    (finding, _spans), = group_findings(group)
    assert finding.suggestions == ("pelatihan",)


def test_a_word_alone_keeps_its_own_list() -> None:
    alone = _finding(0, ("bakti", "bakri"), "bhakti", "ejaan")
    assert group_findings([alone]) == [(alone, [(0, 6)])]
