"""The credit line that closes a release: the writer's, editor's or outlet's name.

Sites close a release with who wrote or sent it, in brackets or after an asterisk, on its
own line or right after the last sentence: ``(Teh’ nena)``, ``*Abdy``, ``.(Kerta
Negara/balipost)``. The words there are names, initials and outlet names written as the
site writes them, no sentence of the release (EYD V, I.E: names keep their own spelling),
so the spelling rule leaves them; ``context.SKIP_RE`` already leaves the short forms
(``(yki)``, ``(*/adv)``, ``(Ags/RL/Polres Batola)``). Session 13: on the full text of
250 releases the spelling rule fired in such a line 5 times, 3 of them on words readers left
(*Abdy*, *nena*, *balipost*); the other 2 sat on a name readers marked for its capital and
the space before the bracket (``.(Iksan fauzi)``), which the capital and spacing rules read.
"""

from __future__ import annotations

import re

from app.language.module_regex import ModulePatterns

_PATTERNS = ModulePatterns(__name__)

MAX_CREDIT_WORDS = 4
"""Words of a credit: a name, or a name and an outlet (*Kerta Negara/balipost*)."""

_CREDIT_RE = _PATTERNS.compile(
    r"(?:(?:^|\n)[ \t]*|(?<=[.!?”\"’])[ \t]*)"
    r"(\([^()\n]{1,60}\)|\*[^\s*][^\n]{0,40}?)[.\s]*\Z")
"""The last line of the text in brackets or after an asterisk, or a bracket right after the
last sentence's closing mark."""
_WORD_RE = _PATTERNS.compile(r"[^\W\d_]+", re.UNICODE)
_CODED_RE = _PATTERNS.compile(r"\([^()\s/]+(?:/[^()\s/]+)+\)")
"""``(Diskominfo/pub.toto/dok.cup/fa2)``: roles and initials joined by slashes, no space:
a credit however many parts it lists (session 13: 21 such closing brackets on full text,
none with a word readers marked)."""


def credit_line_spans(text: str) -> list[tuple[int, int]]:
    """The span of the credit that closes ``text``, if it has one (at most
    ``MAX_CREDIT_WORDS`` words): a list of none or one span, for the spelling rule to skip."""
    tail_start = max(0, len(text.rstrip()) - 80)
    match = _CREDIT_RE.search(text, tail_start)
    if match is None:
        return []
    if len(_WORD_RE.findall(match.group(1))) > MAX_CREDIT_WORDS and \
            not _CODED_RE.fullmatch(match.group(1)):
        return []
    return [match.span(1)]
