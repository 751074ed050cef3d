"""A compiled regex kept as data, so a new process need not compile it again.

``re.compile`` parses a pattern and turns it into the code of the regex engine; for the
hundred EYD rules that is some 30 ms of every ``rilis check``. The code depends only on
the pattern, its flags and the Python that compiled it, so ``rule_cache`` keeps it with
the rules and ``rebuild`` hands it straight to the engine (``_sre.compile``, what
``re.compile`` itself ends with; the engine checks the code before accepting it). Any
doubt — another Python, an engine that refuses, a result that differs in its pattern,
flags or groups — falls back to ``re.compile``.
"""

from __future__ import annotations

import importlib
import logging
import re
import sys
from typing import Any

logger = logging.getLogger(__name__)

try:                                       # CPython 3.11+: the pieces re.compile uses
    _SRE: Any = importlib.import_module("_sre")
    _COMPILER: Any = importlib.import_module("re._compiler")
    _PARSER: Any = importlib.import_module("re._parser")
    ENGINE = f"{sys.version} {_SRE.MAGIC} {_SRE.CODESIZE}"
except (ImportError, AttributeError):       # pragma: no cover - another Python
    _SRE = _COMPILER = _PARSER = None
    ENGINE = ""
"""What the code belongs to: cached code from another engine is never used."""

Code = list[Any]
"""``[flags, code, groups, groupindex, indexgroup]``, as JSON keeps it."""


def code_of(source: str, flags: int) -> Code | None:
    """The engine code of ``re.compile(source, flags)``, or None when it cannot be had."""
    if _COMPILER is None:
        return None
    try:
        parsed = _PARSER.parse(source, flags)
        code = _COMPILER._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        # Plain ints (the engine's opcodes and re.RegexFlag are int subclasses): the code
        # is kept as plain data (``data_cache.write_data``).
        return [int(flags | parsed.state.flags), [int(op) for op in code],
                parsed.state.groups - 1, groupindex, indexgroup]
    except Exception as error:  # a change in re's internals must only cost speed
        logger.debug("no code kept for %r: %s", source, error)
        return None


def rebuild(source: str, flags: int, code: Code | None) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from ``code`` when it is usable."""
    if code is not None and _SRE is not None:
        try:
            final_flags, program, groups, groupindex, indexgroup = code
            pattern: re.Pattern[str] = _SRE.compile(source, final_flags, program, groups,
                                                    groupindex, tuple(indexgroup))
            if pattern.pattern == source and pattern.flags & flags == flags:
                return pattern
        except Exception as error:  # refused by the engine: compile as usual
            logger.debug("kept code for %r unusable: %s", source, error)
    return re.compile(source, flags)
