"""One capped read of a zip member, for every reader of a zip a user hands Rilis (a
returned DOCX, a reference document, a template pack).

A member is read no further than its cap, whatever its header claims, so a zip bomb costs
at most the cap; what went wrong comes back as one of three reasons, and each reader words
its own Indonesian message around it.
"""

from __future__ import annotations

import zipfile
import zlib
from typing import Literal

Why = Literal["missing", "broken", "too_big"]

READ_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile, OSError, RuntimeError, EOFError, NotImplementedError, zlib.error,
    ValueError)
"""What zipfile raises on a damaged member (bad CRC, truncated or unknown compression,
an encrypted member, a closed archive)."""


class ZipMemberError(Exception):
    """A member that is absent, damaged or bigger than its cap (``why``)."""

    def __init__(self, name: str, why: Why) -> None:
        super().__init__(f"{name}: {why}")
        self.name = name
        self.why: Why = why


def read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """The member's bytes, never more than ``limit``."""
    try:
        with archive.open(name) as handle:
            data = handle.read(limit + 1)
    except KeyError as error:
        raise ZipMemberError(name, "missing") from error
    except READ_ERRORS as error:
        raise ZipMemberError(name, "broken") from error
    if len(data) > limit:
        raise ZipMemberError(name, "too_big")
    return data
