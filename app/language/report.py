"""Findings as an officer reads them: a word flagged many times is listed once, with its count.

The editor still underlines every occurrence (it uses the findings as ``check`` returns
them); lists, the ``rilis check`` report and its JSON use these groups.
"""

from __future__ import annotations

from dataclasses import replace

from app.language.finding import Finding

WORD_RULES = frozenset({"ejaan", "huruf-kapital", "bentuk-tidak-baku", "kata-asing",
                        "kata-depan-serangkai"})
"""Rules about a word as such: the same word gets the same verdict wherever it stands."""


def group_findings(findings: list[Finding]) -> list[tuple[Finding, list[tuple[int, int]]]]:
    """Each reported finding (``count`` set) with the spans of all its occurrences."""
    groups: dict[tuple[str, str], int] = {}
    result: list[tuple[Finding, list[tuple[int, int]]]] = []
    for finding in findings:
        if finding.rule in WORD_RULES:
            key = (finding.rule, finding.text)
            index = groups.get(key)
            if index is not None:
                first, spans = result[index]
                spans.append((finding.start, finding.end))
                result[index] = (replace(first, count=len(spans),
                                         suggestions=_merged(first, finding)), spans)
                continue
            groups[key] = len(result)
        result.append((finding, [(finding.start, finding.end)]))
    return result


MAX_SUGGESTIONS = 5
"""As many suggestions as ``suggest.MAX_SUGGESTIONS`` (not imported: this module stays light)."""


def _merged(first: Finding, other: Finding) -> tuple[str, ...]:
    """The group's suggestions: the first occurrence's best, then another occurrence's best
    where its place asks for a different form (*Petani Hortikultura* in a headline,
    *tanaman hortikultura* in a sentence), then the first occurrence's others."""
    if not other.suggestions or not first.suggestions:
        return first.suggestions
    merged = (first.suggestions[0], other.suggestions[0], *first.suggestions[1:])
    return tuple(dict.fromkeys(merged))[:MAX_SUGGESTIONS]


def reported(findings: list[Finding]) -> list[Finding]:
    """The findings to list: one per word, with how often it occurs."""
    return [finding for finding, _spans in group_findings(findings)]
