"""The EYD rule file as last read, kept in the user cache folder.

Reading ``aturan-eyd.toml`` from scratch means parsing TOML, compiling and trying about a
hundred regexes and deriving each one's literal starts: some 60 ms of every ``rilis
check``. The validated entries and their starts are stored as plain data under a key made of
the file's bytes and of the code that validates them, so an edited file or a new
version of Rilis is read from scratch again, and a damaged entry is simply rebuilt
(``app.base.cache``, ``data_cache.write_data``): nothing from the cache is ever
executed.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sys
from pathlib import Path
from typing import cast

from app import __version__
from app.base.cache import private_dir
from app.language import regex_code
from app.language.data_cache import entry_file, read_data, resolved, write_data
from app.language.regex_starts import Starts, from_plain, to_plain

logger = logging.getLogger(__name__)

CACHE_FOLDER = "eyd-rules"
FORMAT = b"rilis-eyd-rules-2"
_CODE = ("eyd_rules.py", "regex_starts.py", "rule_cache.py", "regex_code.py")
"""The modules whose change makes every cached rule file stale."""

Entry = tuple[dict[str, object], "Starts | None"]
Cached = tuple[dict[str, object], "Starts | None", "regex_code.Code | None",
               "regex_code.Code | None"]
"""An entry, its starts, and the engine code of its ``pola`` and ``kecuali_sebelum``."""


def _code_bytes() -> bytes:
    here = Path(__file__).parent
    parts = []
    for name in _CODE:
        try:
            parts.append((here / name).read_bytes())
        except OSError:                    # a frozen app: Rilis's version decides
            parts.append(name.encode())
    return b"\0".join(parts)


def _header(raw: bytes) -> bytes:
    digest = hashlib.sha256(b"\0".join([FORMAT, __version__.encode(), sys.version.encode(),
                                         regex_code.ENGINE.encode(), _code_bytes(), raw]))
    return FORMAT + b" " + digest.hexdigest().encode() + b"\n"


def read(path: Path, raw: bytes) -> list[Cached] | None:
    """The entries, starts and regex code stored for exactly these bytes, or None."""
    data = read_data(CACHE_FOLDER, entry_file(resolved(path)), _header(raw))
    if data is None:
        return None
    try:
        return [(cast(dict[str, object], entry), from_plain(starts), pattern, exception)
                for entry, starts, pattern, exception in data]
    except (ValueError, TypeError) as error:
        logger.debug("cached rules for %s unreadable: %s", path, error)
        return None


def write(path: Path, raw: bytes, entries: list[Entry]) -> None:
    """Store validated entries with their starts and the engine code of their regexes."""
    if private_dir(CACHE_FOLDER) is None:
        return  # no cache folder: spare deriving the engine code of every rule
    data = [[entry, to_plain(starts),
             regex_code.code_of(str(entry["pola"]), _flags(entry)),
             regex_code.code_of(str(entry["kecuali_sebelum"]), re.MULTILINE)
             if "kecuali_sebelum" in entry else None]
            for entry, starts in entries]
    write_data(CACHE_FOLDER, entry_file(resolved(path)), _header(raw), data)


def _flags(entry: dict[str, object]) -> int:
    """The flags ``eyd_rules`` compiles ``pola`` with."""
    return re.MULTILINE | (re.IGNORECASE if entry.get("abaikan_huruf_besar") else 0)
