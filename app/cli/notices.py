"""Notices a command passes on to the user without failing (a save that dropped old
versions): one ``rilis: peringatan: ...`` line each on stderr, like the library's."""

from __future__ import annotations

import sys
from collections.abc import Iterable


def warn_notices(notices: Iterable[str]) -> None:
    for notice in notices:
        print(f"rilis: peringatan: {notice}", file=sys.stderr)
