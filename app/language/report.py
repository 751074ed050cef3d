"""Findings as an officer reads them: a word flagged many times is listed once, with its count.

The editor still underlines every occurrence (it uses the findings as ``check`` returns
them); lists, the ``rilis check`` report and its JSON use these groups.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from app.language.finding import Finding

WORD_RULES = frozenset({"ejaan", "huruf-kapital", "bentuk-tidak-baku", "kata-asing",
                        "kata-depan-serangkai"})
"""Rules about a word as such: the same word gets the same verdict wherever it stands."""


def group_findings(findings: list[Finding]) -> list[tuple[Finding, list[tuple[int, int]]]]:
    """Each reported finding (``count`` set) with the spans of all its occurrences."""
    groups: dict[tuple[str, str], int] = {}
    members: list[list[Finding]] = []
    for finding in findings:
        if finding.rule in WORD_RULES:
            key = (finding.rule, finding.text)
            index = groups.get(key)
            if index is not None:
                members[index].append(finding)
                continue
            groups[key] = len(members)
        members.append([finding])
    result: list[tuple[Finding, list[tuple[int, int]]]] = []
    for group in members:
        spans = [(finding.start, finding.end) for finding in group]
        if len(group) == 1:
            result.append((group[0], spans))
        else:
            result.append((replace(group[0], count=len(group),
                                   suggestions=group_suggestions(group)), spans))
    return result


MAX_SUGGESTIONS = 5
"""As many suggestions as ``suggest.MAX_SUGGESTIONS`` (not imported: this module stays light)."""


def group_suggestions(group: list[Finding]) -> tuple[str, ...]:
    """One word's suggestions across its places: the form most places ask for first, then
    the other places' firsts (*Panen Raya Hortikultura* in a Title Case headline, *lahan
    hortikultura* in a sentence: a place's case is often the place's, EYD V, I.A), then
    the rest of the leading place's list and of the others'.

    On an even split the earliest place leads: the bench credits each place against the
    one list, so an even split between two case forms is right for one place either way,
    and both forms stay in the first places. In the app each place offers its own list
    (``ui.check_panel``), so a fix applied there always fits its place."""
    lists = [finding.suggestions for finding in group if finding.suggestions]
    if not lists:
        return group[0].suggestions
    votes = Counter(suggestions[0] for suggestions in lists)
    most = max(votes.values())
    tied = [form for form in votes if votes[form] == most]     # in order of first place
    lead = tied[0]
    lead_list = next(suggestions for suggestions in lists if suggestions[0] == lead)
    firsts = sorted(votes, key=lambda form: -votes[form])       # stable: ties keep order
    merged = [lead, *firsts, *lead_list[1:]]
    for suggestions in lists:
        merged.extend(suggestions[1:])
    return tuple(dict.fromkeys(merged))[:MAX_SUGGESTIONS]


def reported(findings: list[Finding]) -> list[Finding]:
    """The findings to list: one per word, with how often it occurs."""
    return [finding for finding, _spans in group_findings(findings)]
