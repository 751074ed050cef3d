"""Compact differences between two texts, for the version history of a draft.

A delta rebuilds an *old* text from a *new* one as a list of operations: ``[start, length]``
copies that many characters of the new text, a string inserts itself. Two saves of a 5 MB
body that differ by a sentence give a delta of a few dozen bytes.

The comparison is bounded, whatever the texts: the common start and end are cut off, the
rest is split into sentence-sized chunks and matched on chunks that occur once in each text
(the *patience* anchors, found in O(n log n)); runs next to an anchor are extended, and
whatever does not match is stored as text. Hostile input can make a delta as big as the old
text, never slow to compute; the caller then stores the old text compressed instead.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Any

Delta = list[Any]
"""``[[start, length] | str, ...]``: JSON as it is stored in the file."""

_CHUNK = re.compile(r"[^.!?}\n]{0,200}(?:[.!?]+ *|\}+,?|\n)?", re.S)
"""A sentence (or 200 characters, or a JSON object's end, or a line): mostly unique in
prose, so a good anchor."""


class DeltaError(ValueError):
    """A stored delta that does not fit the text it is applied to."""


def _common_prefix(a: str, b: str) -> int:
    """Length of the common start, by halving (slice comparisons run at memcmp speed)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, min(len(a), len(b), limit)
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle:len(a) - low] == b[len(b) - middle:len(b) - low]:
            low = middle
        else:
            high = middle - 1
    return low


def _chunks(text: str) -> list[str]:
    parts = _CHUNK.findall(text)
    if parts and not parts[-1]:
        parts.pop()
    return parts


def _anchors(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Pairs (i, j) of chunks unique in both lists, the longest run increasing in both."""
    count_a = Counter(a)
    count_b = Counter(b)
    where_b = {chunk: j for j, chunk in enumerate(b) if count_b[chunk] == 1}
    pairs = [(i, where_b[chunk]) for i, chunk in enumerate(a)
             if count_a[chunk] == 1 and chunk in where_b]
    tails: list[int] = []          # smallest j ending an increasing run of each length
    tail_index: list[int] = []
    previous: list[int] = []
    for index, (_, j) in enumerate(pairs):
        length = bisect.bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[length] = j
            tail_index[length] = index
        previous.append(tail_index[length - 1] if length else -1)
    result: list[tuple[int, int]] = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        result.append(pairs[index])
        index = previous[index]
    result.reverse()
    return result


def _matches(a: list[str], b: list[str]) -> list[tuple[int, int, int]]:
    """Matching runs ``(i, j, length)`` of chunks, increasing in both lists."""
    runs: list[tuple[int, int, int]] = []
    i0 = j0 = 0
    for i, j in [*_anchors(a, b), (len(a), len(b))]:
        if i < i0:
            continue                    # inside the run just extended past it
        step = 0                        # forward from the end of the previous run
        while i0 + step < i and j0 + step < j and a[i0 + step] == b[j0 + step]:
            step += 1
        if step:
            runs.append((i0, j0, step))
        low_i, low_j = i0 + step, j0 + step
        start_i, start_j = i, j         # backward from the anchor
        while start_i > low_i and start_j > low_j and a[start_i - 1] == b[start_j - 1]:
            start_i -= 1
            start_j -= 1
        if i == len(a):                 # the end: what matched backward is a common tail
            if start_i < i:
                runs.append((start_i, start_j, i - start_i))
            break
        end_i, end_j = i + 1, j + 1
        while end_i < len(a) and end_j < len(b) and a[end_i] == b[end_j]:
            end_i += 1
            end_j += 1
        runs.append((start_i, start_j, end_i - start_i))
        i0, j0 = end_i, end_j
    return runs


def make_delta(old: str, new: str) -> Delta:
    """Operations rebuilding ``old`` from ``new``."""
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    ops: Delta = []
    if prefix:
        ops.append([0, prefix])
    old_middle = old[prefix:len(old) - suffix]
    new_middle = new[prefix:len(new) - suffix]
    if old_middle and new_middle:
        a, b = _chunks(old_middle), _chunks(new_middle)
        starts_a = [0]
        for chunk in a:
            starts_a.append(starts_a[-1] + len(chunk))
        starts_b = [prefix]
        for chunk in b:
            starts_b.append(starts_b[-1] + len(chunk))
        done = 0
        for i, j, length in _matches(a, b):
            if i > done:
                ops.append(old_middle[starts_a[done]:starts_a[i]])
            ops.append([starts_b[j], starts_b[j + length] - starts_b[j]])
            done = i + length
        if done < len(a):
            ops.append(old_middle[starts_a[done]:])
    elif old_middle:
        ops.append(old_middle)
    if suffix:
        ops.append([len(new) - suffix, suffix])
    return _merged(ops)


def _merged(ops: Delta) -> Delta:
    """Adjacent copies and adjacent texts joined."""
    result: Delta = []
    for op in ops:
        if result and isinstance(op, list) and isinstance(result[-1], list) \
                and result[-1][0] + result[-1][1] == op[0]:
            result[-1] = [result[-1][0], result[-1][1] + op[1]]
        elif result and isinstance(op, str) and isinstance(result[-1], str):
            result[-1] += op
        elif op != "":
            result.append(op)
    return result


def literal_size(delta: Delta) -> int:
    """Characters the delta stores itself (what it costs beyond a few numbers)."""
    return sum(len(op) for op in delta if isinstance(op, str))


def apply_delta(new: str, delta: Any, limit: int) -> str:
    """The old text; DeltaError for a malformed delta or one building more than ``limit``
    characters (a hostile file could otherwise copy a text a million times)."""
    if not isinstance(delta, list):
        raise DeltaError("delta harus berupa daftar")
    parts: list[str] = []
    total = 0
    for op in delta:
        if isinstance(op, str):
            piece = op
        elif (isinstance(op, list) and len(op) == 2
              and all(isinstance(n, int) and not isinstance(n, bool) for n in op)
              and min(op) >= 0 and op[0] + op[1] <= len(new)):
            piece = new[op[0]:op[0] + op[1]]
        else:
            raise DeltaError("operasi delta tidak sah")
        total += len(piece)
        if total > limit:
            raise DeltaError("hasil delta terlalu besar")
        parts.append(piece)
    return "".join(parts)
