"""Large word lists parsed once, then read back from the user cache folder.

A ``rilis check`` reads tens of thousands of lines of word tables (compound region names
and passive roots); splitting and stripping them line by line costs as much as the
check of a release. What a parser makes of a file depends only on the file's bytes, so
the parsed form is kept under the SHA-256 of those bytes (``app.base.cache``: a private
folder, checksummed entries; a damaged or stale entry is simply parsed again). Within
one process each file is parsed or read once. JSON, not pickle: nothing from the cache
is ever executed.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from app.base.cache import entry_name, read_json, write_json

logger = logging.getLogger(__name__)

CACHE_FOLDER = "data-kata"
FORMAT = b"rilis-word-data-1"
MIN_BYTES = 32_000
"""Smaller files parse faster than a cache entry is found and read."""

_T = TypeVar("_T")
_memo: dict[tuple[str, str], tuple[bytes, object]] = {}
_lock = threading.Lock()


def parsed(path: Path, kind: str, parse: Callable[[str], _T]) -> _T:
    """``parse(text of path)``, from this process's memory or the cache when the bytes are
    the same; ``kind`` names the parser (its compiled code is part of the key too). The
    result must survive JSON unchanged (lists, dicts, strings, numbers) and is shared:
    never mutate it."""
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).digest()
    key = (str(path), kind)
    with _lock:
        known = _memo.get(key)
    if known is not None and known[0] == digest:
        return known[1]  # type: ignore[return-value]
    value = _from_disk(path, kind, raw, digest, parse)
    with _lock:
        _memo[key] = (digest, value)
    return value


def _from_disk(path: Path, kind: str, raw: bytes, digest: bytes,
               parse: Callable[[str], _T]) -> _T:
    cached = len(raw) >= MIN_BYTES
    parser = hashlib.sha256(marshal.dumps(parse.__code__)).hexdigest()[:16]
    header = (FORMAT + b" " + kind.encode() + b" " + parser.encode() + b" "
              + digest.hex().encode() + b"\n")   # a changed parser never reads old entries
    filename = entry_name(str(path.resolve()), kind)
    if cached:
        value = read_json(CACHE_FOLDER, filename, header)
        if value is not None:
            return value  # type: ignore[no-any-return]
    value = parse(_universal_newlines(raw.decode("utf-8")))
    if cached:
        write_json(CACHE_FOLDER, filename, header, value)
    return value


def _universal_newlines(text: str) -> str:
    """The text as ``open()`` in text mode gives it: every line ending a ``\\n``."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def clear() -> None:
    """Forget what this process has read (tests that rewrite a data file in place)."""
    with _lock:
        _memo.clear()
