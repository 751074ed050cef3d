"""One problem the checker found, with offsets the UI and the CLI can both use."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["spelling", "style"]
Severity = Literal["kesalahan", "saran"]
"""``kesalahan``: an error by KBBI/EYD; ``saran``: a rule that can misfire, shown softer."""


@dataclass(frozen=True)
class Finding:
    """A span ``text[start:end]`` with what is wrong and how to fix it.

    Offsets are Python ``str`` indices (code points) into the checked text; the Qt UI
    converts them to UTF-16 units itself.
    """

    start: int
    end: int
    text: str
    kind: Kind
    rule: str
    message: str
    suggestions: tuple[str, ...] = field(default_factory=tuple)
    severity: Severity = "kesalahan"
    count: int = 1
    """How often the same word is flagged in the document (set when findings are grouped)."""

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of ``rilis check --json`` (a public contract)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "rule": self.rule,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "severity": self.severity,
            "count": self.count,
        }
