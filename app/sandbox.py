"""The Jinja2 sandbox every layout template runs in, with size and time limits.

Templates are shared between units and downloaded in packs, so they are untrusted: no
Python internals (Jinja2's immutable sandbox), no files or network (nothing of the kind is
exposed), autoescaping, strict undefined variables, and limits on what a template can make
the machine do — a render deadline checked on every attribute access, call and ``range``
step, and caps on string and list repetition.
"""

from __future__ import annotations

import operator
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from app import indonesian as ind
from app.document import safe_url, xml_clean

MAX_TEMPLATE_BYTES = 200_000
"""A layout template is a page of markup; anything larger is refused before parsing."""
RENDER_SECONDS = 2.0
"""A real release renders in about a millisecond; two seconds means a runaway template."""
MAX_REPEAT = 100_000
"""Longest string or list a template may build with ``*``."""

_state = threading.local()


class RenderTimeout(SecurityError):
    """The template ran past its deadline."""


def _check_deadline() -> None:
    deadline: float | None = getattr(_state, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise RenderTimeout("templat berjalan terlalu lama (batas waktu render terlampaui)")


class Deadline:
    """Context manager arming the render deadline for the current thread."""

    def __init__(self, seconds: float = RENDER_SECONDS) -> None:
        self._seconds = seconds
        self._previous: float | None = None

    def __enter__(self) -> Deadline:
        self._previous = getattr(_state, "deadline", None)
        _state.deadline = time.monotonic() + self._seconds
        return self

    def __exit__(self, *exc: object) -> None:
        _state.deadline = self._previous


def _limited_range(*args: int) -> Iterator[int]:
    values = range(*args)
    if len(values) > MAX_REPEAT:
        raise SecurityError(f"range terlalu besar ({len(values)} > {MAX_REPEAT})")
    for index, value in enumerate(values):
        if index % 256 == 0:
            _check_deadline()
        yield value


def _finalize(value: Any) -> Any:
    """Every printed value loses the characters XML forbids (they would break the DOCX)."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return Markup(xml_clean(str(value)))
    if isinstance(value, str):
        return xml_clean(value)
    return value


def _and_list(items: list[str]) -> str:
    """``A``, ``A dan B``, ``A, B, dan C`` — an Indonesian enumeration."""
    items = [str(item) for item in items if str(item).strip()]
    if len(items) <= 2:
        return " dan ".join(items)
    return ", ".join(items[:-1]) + ", dan " + items[-1]


class RilisSandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox plus a deadline and repetition limits."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        _check_deadline()
        if op == "**":
            if isinstance(right, int | float) and abs(right) > 64:
                raise SecurityError("pangkat terlalu besar")
            return operator.pow(left, right)
        for sequence, count in ((left, right), (right, left)):
            if isinstance(sequence, str | list | tuple) and isinstance(count, int) \
                    and len(sequence) * count > MAX_REPEAT:
                raise SecurityError("perkalian teks/daftar terlalu besar")
        return operator.mul(left, right)

    def getattr(self, obj: Any, attribute: str) -> Any:
        _check_deadline()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _check_deadline()
        return super().getitem(obj, argument)

    def call(__self, __context: Any, __obj: Any, *args: Any,
             **kwargs: Any) -> Any:
        _check_deadline()
        return super().call(__context, __obj, *args, **kwargs)


FILTERS: dict[str, Callable[..., Any]] = {
    "date": ind.format_date,
    "time": ind.format_time,
    "dateline": ind.dateline,
    "title_case": ind.title_case,
    "degree": ind.normalize_degree,
    "safe_url": safe_url,
    "and_list": _and_list,
}
GLOBALS: dict[str, Any] = {
    "range": _limited_range,
    "full_mention": ind.full_mention,
    "short_mention": ind.short_mention,
}
CONTEXT_NAMES: frozenset[str] = frozenset({"release", "rilis", "namespace", "dict"})
"""Variables every render provides besides GLOBALS (``namespace``/``dict`` are Jinja2's)."""


def make_environment(loader: jinja2.BaseLoader | None) -> RilisSandbox:
    env = RilisSandbox(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
    )
    for unused in ("lipsum", "cycler", "joiner"):
        env.globals.pop(unused, None)
    env.globals.update(GLOBALS)
    env.filters.update(FILTERS)
    return env
