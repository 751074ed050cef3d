"""Private cache files: what a fresh process would otherwise rebuild on every start.

A one-draft ``rilis render`` is mostly start-up, so work that depends only on the
installed code and the template files (compiled templates, the styled empty DOCX) is kept
in the user cache folder between runs. Cached code is executed, so the folder must be the
user's own: created 0700, and refused (no caching, never an error) when it is a symlink,
belongs to someone else or is open to other users. Each file starts with a header that
names exactly what it was built from, then the SHA-256 of its payload; a file whose
header differs, or that is truncated or corrupt, is ignored and rebuilt. Writes are
atomic and their failures only logged: the cache can always be deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

from app.base.paths import user_cache_dir

logger = logging.getLogger(__name__)

MAX_ENTRY_BYTES = 16_000_000
"""Larger cache files are not read (nothing Rilis caches comes near this)."""

_verified: dict[Path, bool] = {}


def _is_private(folder: Path) -> bool:
    """The folder is a real directory of this user, closed to everyone else."""
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode):
        return False
    if os.name != "posix":
        return True  # per-user profile folder; POSIX modes mean nothing there
    if info.st_uid != os.getuid():
        return False
    if stat.S_IMODE(info.st_mode) & 0o077:
        os.chmod(folder, 0o700)
        return stat.S_IMODE(os.lstat(folder).st_mode) & 0o077 == 0
    return True


def private_dir(name: str) -> Path | None:
    """``user_cache_dir()/name``, created 0700; None when it is not safe or not possible."""
    folder = user_cache_dir() / name
    known = _verified.get(folder)
    if known is not None:
        return folder if known else None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
        safe = _is_private(folder)
    except OSError as error:
        logger.debug("cache folder %s unusable: %s", folder, error)
        return None  # not remembered: a later call may succeed (e.g. disk was full)
    if not safe:
        logger.warning("cache folder %s is not private to this user; not caching", folder)
    _verified[folder] = safe
    return folder if safe else None


_DIGEST_BYTES = 32


def read_entry(folder: Path, filename: str, header: bytes) -> bytes | None:
    """The payload stored after ``header``, or None (missing, stale, damaged, unreadable)."""
    try:
        with open(folder / filename, "rb") as handle:
            data = handle.read(MAX_ENTRY_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_ENTRY_BYTES or not data.startswith(header):
        return None
    start = len(header) + _DIGEST_BYTES
    payload = data[start:]
    if hashlib.sha256(payload).digest() != data[len(header):start]:
        logger.debug("cache entry %s damaged; rebuilding it", filename)
        return None
    return payload


def write_entry(folder: Path, filename: str, header: bytes, payload: bytes) -> None:
    """Store ``header``, the payload's digest and ``payload`` atomically (0600); a failure
    is logged, never raised."""
    temp_name = ""
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{filename}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(header)
            handle.write(hashlib.sha256(payload).digest())
            handle.write(payload)
        os.replace(temp_name, folder / filename)
    except OSError as error:
        logger.debug("cache entry %s not written: %s", filename, error)
        if isinstance(error, FileNotFoundError):
            _verified.pop(folder, None)  # the cache was deleted: check it again next time
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def entry_name(*parts: str) -> str:
    """The file name of the cache entry for what ``parts`` identify (a path, a module, a
    kind of parse): a digest, so any path or name gives a safe, fixed-length name."""
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:24] + ".json"


def read_json(folder_name: str, filename: str, header: bytes) -> Any:
    """The JSON value stored after ``header`` in the private folder ``folder_name``, or None
    when there is no such folder or entry, or it is stale, damaged or not JSON."""
    folder = private_dir(folder_name)
    payload = read_entry(folder, filename, header) if folder is not None else None
    if payload is None:
        return None
    import json  # the JSON entries belong to rendering: a check reads none

    try:
        return json.loads(payload)
    except ValueError:
        logger.debug("cache entry %s is not JSON; rebuilding it", filename)
        return None


def write_json(folder_name: str, filename: str, header: bytes, value: Any) -> None:
    """Store ``value`` as JSON after ``header`` (see :func:`write_entry`); without a private
    folder nothing is kept."""
    import json

    folder = private_dir(folder_name)
    if folder is not None:
        write_entry(folder, filename, header,
                    json.dumps(value, ensure_ascii=False).encode("utf-8"))
