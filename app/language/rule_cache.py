"""The EYD rule file as last read, kept in the user cache folder.

Reading ``aturan-eyd.toml`` from scratch means parsing TOML, compiling and trying about a
hundred regexes and deriving each one's literal starts: some 60 ms of every ``rilis
check``. The validated entries and their starts are stored as JSON under a key made of
the file's bytes and of the code that validates them, so an edited file or a new
version of Rilis is read from scratch again, and a damaged entry is simply rebuilt
(``app.base.cache``). JSON, not pickle: nothing from the cache is ever executed.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sys
from pathlib import Path
from typing import cast

from app import __version__
from app.base.cache import entry_name, private_dir, read_json, write_json
from app.language import regex_code
from app.language.regex_starts import Starts

logger = logging.getLogger(__name__)

CACHE_FOLDER = "eyd-rules"
FORMAT = b"rilis-eyd-rules-1"
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
    data = read_json(CACHE_FOLDER, entry_name(str(path.resolve())), _header(raw))
    if data is None:
        return None
    try:
        return [(cast(dict[str, object], entry), _starts(starts), pattern, exception)
                for entry, starts, pattern, exception in data]
    except (ValueError, TypeError) as error:
        logger.debug("cached rules for %s unreadable: %s", path, error)
        return None


def write(path: Path, raw: bytes, entries: list[Entry]) -> None:
    """Store validated entries with their starts and the engine code of their regexes."""
    if private_dir(CACHE_FOLDER) is None:
        return  # no cache folder: spare deriving the engine code of every rule
    data = [[entry, None if starts is None else
             [list(starts.exact), list(starts.folded), starts.digits, starts.lead,
              starts.lead_min, [[list(exact), list(folded)] for exact, folded in starts.needs]],
             regex_code.code_of(str(entry["pola"]), _flags(entry)),
             regex_code.code_of(str(entry["kecuali_sebelum"]), re.MULTILINE)
             if "kecuali_sebelum" in entry else None]
            for entry, starts in entries]
    write_json(CACHE_FOLDER, entry_name(str(path.resolve())), _header(raw), data)


def _flags(entry: dict[str, object]) -> int:
    """The flags ``eyd_rules`` compiles ``pola`` with."""
    return re.MULTILINE | (re.IGNORECASE if entry.get("abaikan_huruf_besar") else 0)


def _starts(value: object) -> Starts | None:
    if value is None:
        return None
    exact, folded, digits, lead, lead_min, needs = cast(list[object], value)
    return Starts(tuple(cast(list[str], exact)), tuple(cast(list[str], folded)),
                  bool(digits), str(lead), int(cast(int, lead_min)),
                  tuple((tuple(need_exact), tuple(need_folded)) for need_exact, need_folded
                        in cast(list[tuple[list[str], list[str]]], needs)))
