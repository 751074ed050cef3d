"""Sorted spans with logarithmic look-ups: a text with thousands of findings, links or
numbers must not make every word or match scan them all (issue 13, point 7)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator


class Spans:
    """Half-open ``(start, end)`` spans, kept sorted; overlapping ones may be merged."""

    def __init__(self, spans: Iterable[tuple[int, int]], merge: bool = True) -> None:
        ordered: list[list[int]] = []
        for start, end in sorted(spans):
            if merge and ordered and start <= ordered[-1][1]:
                ordered[-1][1] = max(ordered[-1][1], end)
            else:
                ordered.append([start, end])
        self._disjoint = merge
        """Merged spans neither overlap nor touch: their ends rise with their starts."""
        self._starts = [span[0] for span in ordered]
        self._ends = [span[1] for span in ordered]
        self._longest = max((e - s for s, e in zip(self._starts, self._ends, strict=True)),
                            default=0)

    def __len__(self) -> int:
        return len(self._starts)

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Every span that shares a character with ``[start, end)``."""
        first = bisect.bisect_left(self._starts, start - self._longest)
        for index in range(first, len(self._starts)):
            span_start = self._starts[index]
            if span_start >= end:
                return
            if self._ends[index] > start:
                yield span_start, self._ends[index]

    def covers(self, start: int, end: int) -> bool:
        """Whether one span holds all of ``[start, end)``."""
        if self._disjoint:
            index = bisect.bisect_right(self._starts, start) - 1
            return index >= 0 and self._ends[index] >= end
        return any(s <= start and end <= e for s, e in self.overlapping(start, end))

    def overlaps(self, start: int, end: int) -> bool:
        if self._disjoint:                   # one look: the last span starting before end
            index = bisect.bisect_left(self._starts, end) - 1
            return index >= 0 and self._ends[index] > start
        return next(self.overlapping(start, end), None) is not None
