"""Large word lists parsed once, then read back from the user cache folder.

A ``rilis check`` reads tens of thousands of lines of word tables (compound region names
and passive roots); splitting and stripping them line by line costs as much as the
check of a release. What a parser makes of a file depends only on the file's bytes, so
the parsed form is kept under the SHA-256 of those bytes (``app.base.cache``: a private
folder, checksummed entries; a damaged or stale entry is simply parsed again). Within
one process each file is parsed or read once.

Entries are plain data written with ``marshal`` (:func:`read_data`, :func:`write_data`;
the EYD rule and module-regex caches use them too): it reads strings, numbers, lists,
sets and dicts back several times faster than JSON, and, unlike pickle, it makes no
object but data — nothing from the cache is ever executed. marshal trusts its input, so
only checksummed entries of the private folder reach it, and its callers check the shape.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import marshal
import os
import sys
import threading
import types
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from app import __version__
from app.base import cache as base_cache
from app.base.cache import entry_name, private_dir, read_entry, write_entry

logger = logging.getLogger(__name__)

CACHE_FOLDER = "data-kata"
FORMAT = b"rilis-word-data-2"
MIN_BYTES = 1_000
"""Smaller files parse faster than a cache entry is found and read (a marshal entry is
read in some 30 µs: the style and lexicon tables of a few KB are worth keeping)."""

_T = TypeVar("_T")
_memo: dict[tuple[str, str], tuple[bytes, object]] = {}
_lock = threading.Lock()


def parsed(path: Path, kind: str, parse: Callable[[str], _T]) -> _T:
    """``parse(text of path)``, from this process's memory or the cache when the bytes are
    the same; ``kind`` names the parser (its compiled code is part of the key too). The
    result must be plain data (lists, dicts, strings, numbers; see ``write_data``) and is shared:
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
    parser = hashlib.sha256(code_fingerprint(parse.__code__)).hexdigest()[:16]
    header = (FORMAT + b" " + kind.encode() + b" " + parser.encode() + b" "
              + digest.hex().encode() + b"\n")   # a changed parser never reads old entries
    filename = entry_file(resolved(path), kind)
    if cached:
        value = read_data(CACHE_FOLDER, filename, header)
        if value is not None:
            return value  # type: ignore[no-any-return]
    value = parse(_universal_newlines(raw.decode("utf-8")))
    if cached:
        write_data(CACHE_FOLDER, filename, header, value)
    return value


_resolved: dict[Path, str] = {}


def resolved(path: Path) -> str:
    """``str(path.resolve())``, once per path and process: resolving walks the path with
    one ``lstat`` a component (some 130 µs), and a start asks it for some forty files.
    The answer only names a cache entry (its header checks the bytes), so a path whose
    link changes while the process runs costs at most a rebuilt entry."""
    known = _resolved.get(path)
    if known is None:
        known = _resolved[path] = str(path.resolve())
    return known


_CACHE_ENVIRONMENT = ("XDG_CACHE_HOME", "HOME", "LOCALAPPDATA", "USERPROFILE")
"""What the user cache folder is derived from (``platformdirs``)."""
_folders: dict[tuple[str, tuple[str | None, ...]], Path] = {}


def cache_folder(name: str) -> Path | None:
    """``private_dir(name)``, without asking platformdirs again (some 60 µs, and a start
    reads some forty entries) while the environment it reads is the same and the folder
    is still known to be private (``app.base.cache`` forgets that when told to)."""
    key = (name, tuple(os.environ.get(variable) for variable in _CACHE_ENVIRONMENT))
    folder = _folders.get(key)
    if folder is not None and base_cache._verified.get(folder):
        return folder
    found = private_dir(name)
    if found is not None:
        _folders[key] = found
    return found


def entry_file(*parts: str) -> str:
    """The file name of the entry for what ``parts`` identify (see ``entry_name``)."""
    return entry_name(*parts).removesuffix(".json") + ".marshal"


def read_data(folder_name: str, filename: str, header: bytes) -> Any:
    """The plain data stored after ``header`` in the private folder ``folder_name``, or
    None when there is no such folder or entry, or it is stale, damaged or unreadable."""
    folder = cache_folder(folder_name)
    payload = read_entry(folder, filename, header) if folder is not None else None
    if payload is None:
        return None
    try:
        return marshal.loads(payload)
    except Exception as error:                 # any damage: the caller builds it again
        logger.info("cache entry %s unreadable (%s); rebuilding it", filename, error)
        return None


def write_data(folder_name: str, filename: str, header: bytes, value: Any) -> None:
    """Store plain data after ``header``; without a private folder, or for a value that
    is not plain data, nothing is kept (logged, never raised)."""
    folder = cache_folder(folder_name)
    if folder is None:
        return
    try:
        data = marshal.dumps(value)
    except ValueError as error:
        logger.debug("cache entry %s not kept: %s", filename, error)
        return
    write_entry(folder, filename, header, data)


def _universal_newlines(text: str) -> str:
    """The text as ``open()`` in text mode gives it: every line ending a ``\\n``."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


SNAPSHOT_FOLDER = "data-siap"
SNAPSHOT_FORMAT = b"rilis-word-snapshot-1"


def snapshot(kind: str, sources: Sequence[Path], build: Callable[[], _T],
             code: Sequence[str], valid: Callable[[Any], bool]) -> _T:
    """``build()``, or the value it gave last time from the same bytes of ``sources`` and
    the same code of the modules ``code`` names.

    For whole word tables (the vocabulary, the lexicon): their sets and dicts of tens of
    thousands of strings are rebuilt from plain text on every start otherwise. They are
    kept whole (:func:`write_data`; ``valid`` checks the shape of what is read back); a
    stale, damaged or unreadable entry is built again and replaced. Every call returns
    new objects: the caller may change them.
    """
    return keyed_snapshot(kind, sources, build, code, valid)[0]


def keyed_snapshot(kind: str, sources: Sequence[Path], build: Callable[[], _T],
                   code: Sequence[str], valid: Callable[[Any], bool]) -> tuple[_T, str | None]:
    """:func:`snapshot`, and a key that names exactly what the value was made from (the
    sources' bytes and the code; None when a source is missing): data derived from the
    value can be kept in the cache under it without walking the value to key it."""
    header = _snapshot_header(kind, sources, code)
    if header is None:
        return build(), None                  # a file is missing: build (and warn) each time
    key = header.decode().split()[-1]
    filename = entry_file("snapshot", kind, *(resolved(path) for path in sources))
    return _kept(SNAPSHOT_FOLDER, filename, header, build, valid, f"snapshot {kind}"), key


DERIVED_FOLDER = "data-turunan"
DERIVED_FORMAT = b"rilis-derived-table-1"


def derived(key: str | None, name: str, build: Callable[[], _T], code: Sequence[str],
            valid: Callable[[Any], bool]) -> _T:
    """``build()``, or what it gave last time for the same ``key`` and code.

    For tables a rule derives from loaded word tables (anagrams of the frequent words,
    the lexicon's terms by lowercase form): ``key`` names what those tables were loaded
    from (``Vocabulary.fingerprint``, ``Lexicon.fingerprint``; None: built each time),
    ``code`` the modules whose code makes the table from them. The value must be plain
    data; it is shared, never to be changed; ``valid`` checks the shape read back."""
    if key is None:
        return build()
    digest = hashlib.sha256(b"\0".join([DERIVED_FORMAT, name.encode(), key.encode(),
                                         *(_module_bytes(module) for module in code)]))
    header = DERIVED_FORMAT + b" " + name.encode() + b" " + digest.hexdigest().encode() + b"\n"
    return _kept(DERIVED_FOLDER, entry_file("derived", name), header, build, valid,
                 f"derived table {name}")


def _kept(folder: str, filename: str, header: bytes, build: Callable[[], _T],
          valid: Callable[[Any], bool], what: str) -> _T:
    """The entry under ``header`` when it reads back in the shape ``valid`` wants;
    otherwise ``build()``, written there for the next process (snapshots and derived
    tables alike)."""
    value = read_data(folder, filename, header)
    if value is not None:
        if valid(value):
            return value  # type: ignore[no-any-return]
        logger.info("%s has the wrong shape; rebuilding it", what)
    built = build()
    write_data(folder, filename, header, built)
    return built


def _snapshot_header(kind: str, sources: Sequence[Path], code: Sequence[str]
                     ) -> bytes | None:
    """What a snapshot was made from: the Python, Rilis's version, the code of the
    modules that built it, and each source's path and bytes; None when one is missing."""
    digest = hashlib.sha256(b"\0".join([
        SNAPSHOT_FORMAT, kind.encode(), sys.version.encode(), str(marshal.version).encode(),
        __version__.encode()]))
    for name in code:
        digest.update(b"\0" + _module_bytes(name))
    for path in sources:
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        digest.update(b"\0" + str(path).encode() + b"\0" + hashlib.sha256(raw).digest())
    return SNAPSHOT_FORMAT + b" " + kind.encode() + b" " + digest.hexdigest().encode() + b"\n"


def _module_bytes(name: str) -> bytes:
    """The source of a loaded module, or its compiled code where there is no source (a
    frozen app); only its name and Rilis's version when neither can be had."""
    module = sys.modules.get(name)
    filename = getattr(module, "__file__", None)
    if filename:
        try:
            return Path(filename).read_bytes()
        except OSError:
            pass
    try:
        return code_fingerprint(module.__loader__.get_code(name))  # type: ignore[union-attr]
    except Exception:                          # no loader that knows: the version decides
        return name.encode()


class KeptTable:
    """A table of plain values by string key that lasts from one process to the next
    (derived facts about patterns, say): read on first use, written once at exit when
    this process added keys; ``version`` (called once) names what made the values, so
    values from other code are never read. Only the keys this process used or added are
    written back, so entries of edited patterns do not pile up."""

    def __init__(self, folder: str, name: str, version: Callable[[], bytes]) -> None:
        self._folder = folder
        self._name = name
        self._version = version
        self._values: dict[str, Any] | None = None
        self._new: dict[str, Any] = {}
        self._used: set[str] = set()
        self._lock = threading.Lock()

    def get(self, key: str) -> Any:
        """The value kept for ``key``, or None."""
        with self._lock:
            self._used.add(key)
            return self._load().get(key)

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            if not self._new:
                atexit.register(self._save)
            self._new[key] = value

    def _names(self) -> tuple[str, bytes]:
        digest = hashlib.sha256(self._version()).hexdigest()
        return (entry_file(self._name),
                FORMAT + b" " + self._name.encode() + b" " + digest.encode() + b"\n")

    def _load(self) -> dict[str, Any]:
        if self._values is None:
            loaded = read_data(self._folder, *self._names())
            self._values = loaded if isinstance(loaded, dict) else {}
        return self._values

    def _save(self) -> None:
        with self._lock:
            if not self._new:
                return
            known = self._load()
            merged = {key: known[key] for key in self._used if key in known}
            merged.update(self._new)
            self._new = {}
        write_data(self._folder, *self._names(), merged)


def module_bytes(name: str) -> bytes:
    """The code of a loaded module as bytes, the same in every process (see
    :func:`_module_bytes`)."""
    return _module_bytes(name)


def code_fingerprint(code: types.CodeType) -> bytes:
    """The same bytes for the same compiled code in every process. (``marshal.dumps`` of
    code is not: it marks objects by their reference counts, so a parser's entries were
    written in one process and never found by the next.)"""
    parts = [code.co_code, repr(code.co_names).encode()]
    parts += [_constant_bytes(constant) for constant in code.co_consts]
    return b"\0".join(parts)


def _constant_bytes(constant: object) -> bytes:
    if isinstance(constant, types.CodeType):
        return b"(" + code_fingerprint(constant) + b")"
    if isinstance(constant, tuple | frozenset):
        parts = [_constant_bytes(item) for item in constant]
        return b"[" + b",".join(sorted(parts) if isinstance(constant, frozenset) else parts) \
            + b"]"
    return repr(constant).encode()


def clear() -> None:
    """Forget what this process has read (tests that rewrite a data file in place)."""
    with _lock:
        _memo.clear()
    _resolved.clear()
    _folders.clear()
