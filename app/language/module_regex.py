"""Module-level regexes kept as engine code in the user cache folder.

The language modules compile about a hundred regexes when they are imported: some 25 ms
of every ``rilis check``, spent again by each new process on the same patterns. Like the EYD rules
(``rule_cache``), the engine code of each pattern is stored once and handed back to the
engine (``regex_code.rebuild``, which checks it and falls back to ``re.compile`` on any
doubt). One cache entry per module, keyed by the Python and regex engine that made it;
inside it each code is keyed by the pattern and flags, so an edited pattern is compiled
anew and never reads another's code. New codes are written once, when the process ends.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import re
import threading
from typing import Any

from app.language import regex_code
from app.language.data_cache import entry_file, read_data, write_data

logger = logging.getLogger(__name__)

CACHE_FOLDER = "regex-modul"
FORMAT = b"rilis-module-regex-2"


class ModulePatterns:
    """The regexes of one module: ``compile`` as ``re.compile``, from the cache if it can."""

    def __init__(self, module: str) -> None:
        self._module = module
        self._codes: dict[str, Any] | None = None
        self._new: dict[str, Any] = {}
        self._used: set[str] = set()
        self._lock = threading.Lock()

    def compile(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(source, flags)``; the same pattern object behaviour either way."""
        key = f"{int(flags)}\0{source}"
        with self._lock:
            self._used.add(key)
            code = self._load().get(key)
        if code is not None:
            return regex_code.rebuild(source, flags, code)
        pattern = re.compile(source, flags)
        fresh = regex_code.code_of(source, flags)
        if fresh is not None:
            with self._lock:
                if not self._new:
                    atexit.register(self._save)
                self._new[key] = fresh
        return pattern

    def _names(self) -> tuple[str, bytes]:
        filename = entry_file(self._module)
        header = (FORMAT + b" " + self._module.encode() + b" "
                  + hashlib.sha256(regex_code.ENGINE.encode()).hexdigest().encode() + b"\n")
        return filename, header

    def _load(self) -> dict[str, Any]:
        if self._codes is None:
            loaded = read_data(CACHE_FOLDER, *self._names()) if regex_code.ENGINE else None
            self._codes = loaded if isinstance(loaded, dict) else {}
        return self._codes

    def _save(self) -> None:
        """Write the codes this process compiled beside those it read (at exit)."""
        with self._lock:
            if not self._new:
                return
            known = self._load()            # only this version's patterns are kept
            merged = {key: known[key] for key in self._used if key in known}
            merged.update(self._new)
            self._new = {}
        write_data(CACHE_FOLDER, *self._names(), merged)
