"""Size limits for what a sandboxed template may build, checked *before* an operation runs.

A template is a page of markup, but a few characters of Jinja2 can ask for gigabytes:
``"x"|center(10**9)``, ``"{:>999999999}".format(1)``, ``s|replace("", big)``, a string
doubled by ``~`` in a recursive macro, ``[[1]*100000]*100000`` printed. Checking the result
afterwards is too late (the memory is gone, the time spent), so every operation that can
produce more than it was given predicts its size from its arguments first and refuses with
an Indonesian :class:`SizeLimitError` when the prediction passes the limit of the render
in progress (:func:`output_limit`, set by ``app.render.sandbox.Deadline``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import string
import threading
from collections.abc import Callable, Iterable
from typing import Any

from jinja2.exceptions import SecurityError

OUTPUT_BASE = 4_000_000
"""Characters any render may produce (a real release is a few kilobytes of markup)..."""
OUTPUT_PER_INPUT = 4
"""...plus this many times the text of the draft itself (a 5 MB body prints 5 MB)."""
MAX_ITEMS = 1_000_000
"""Longest list a template may build by ``+``."""
MAX_INT_BITS = 100_000
"""Largest integer (in bits, about 30,000 digits) that ``*`` and ``**`` may make."""

_state = threading.local()


class SizeLimitError(SecurityError):
    """An operation would have built a value larger than the render's output limit."""


def output_limit() -> int:
    """The limit of the render running on this thread (``OUTPUT_BASE`` outside one)."""
    limit: int | None = getattr(_state, "limit", None)
    return OUTPUT_BASE if limit is None else limit


def set_output_limit(limit: int | None) -> int | None:
    """Arm ``limit`` for this thread; returns the previous one (for nesting). The count of
    printed characters (:func:`count_printed`) starts afresh."""
    previous: int | None = getattr(_state, "limit", None)
    _state.limit = limit
    _state.printed = 0
    return previous


PRINTED_PER_OUTPUT = 4
"""Characters ``{{ … }}`` may print in one render, as a multiple of its output limit: a
value printed inside a macro and again where the macro is called counts twice, and a real
release prints a few kilobytes."""


def count_printed(size: int) -> None:
    """Count ``size`` characters printed by ``{{ … }}`` and refuse past the budget. Output
    captured by ``{% set %}`` blocks and macros is only measured when it is joined, and a
    loop can print a large value tens of thousands of times before that (each print an
    escaped copy): counting every print stops it while it is still small, the same way on
    every machine, instead of racing the render deadline against the memory cap."""
    total: int = getattr(_state, "printed", 0) + size
    _state.printed = total
    budget = PRINTED_PER_OUTPUT * output_limit()
    if total > budget:
        raise SizeLimitError(f"nilai yang dicetak terlalu banyak (sekitar {total:,} karakter; "
                             f"batas {budget:,})".replace(",", "."))


def limit_for(value: Any) -> int:
    """The output limit for rendering ``value`` (a release): base plus its own text. Its
    saved versions do not count (thirty copies of a big body would lift the limit to
    hundreds of megabytes, and a release never prints its history)."""
    own = text_size(value) - text_size(getattr(value, "versions", None))
    return OUTPUT_BASE + OUTPUT_PER_INPUT * own


def text_size(value: Any) -> int:
    """Characters of text in a tree of dataclasses, lists and dicts (one quick pass)."""
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str:
            total += len(item)
        elif kind is list or kind is tuple:
            stack.extend(item)
        elif kind is dict:
            stack.extend(item.values())
        elif hasattr(item, "__dataclass_fields__"):
            stack.extend(getattr(item, "__dict__", {}).values())
    return total


def _refuse(what: str, size: int) -> SizeLimitError:
    return SizeLimitError(f"hasil {what} terlalu besar (sekitar {size:,} karakter; batas "
                          f"{output_limit():,})".replace(",", "."))


def require(size: int, what: str) -> None:
    """Refuse when a predicted ``size`` (characters) passes the limit."""
    if size > output_limit():
        raise _refuse(what, size)


def weight(value: Any, budget: int | None = None) -> int:
    """About how many characters ``str(value)`` would be, without building it; stops
    counting once past ``budget`` (the limit by default), so it costs at most that much
    work even for lists that hold themselves many times over."""
    budget = output_limit() if budget is None else budget
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str | bytes | bytearray):
            total += len(item) + 2
        elif isinstance(item, bool | float | None):
            total += 5
        elif isinstance(item, int):
            total += item.bit_length() // 3 + 2
        elif isinstance(item, list | tuple | set | frozenset):
            total += 2 + 2 * len(item)
            if total <= budget:
                stack.extend(item)
        elif isinstance(item, dict):
            total += 2 + 4 * len(item)
            if total <= budget:
                stack.extend(item.keys())
                stack.extend(item.values())
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            fields = dataclasses.fields(item)
            total += 16 + 4 * len(fields)
            if total <= budget:
                stack.extend(getattr(item, field.name, None) for field in fields)
        else:
            total += 64
        if total > budget:
            return total
    return total


def _int(value: Any, default: int = 0) -> int:
    if isinstance(value, bool):
        return int(value)
    return value if isinstance(value, int) else default


# ------------------------------------------------------------------ formatting


_PERCENT = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?[a-zA-Z%]")


def _widths(numbers: Iterable[str | None], stars: int, values: list[Any]) -> int:
    """The widths and precisions a format string asks for; ``*`` takes the biggest integer
    argument."""
    total = 0
    for number in numbers:
        if number:
            if len(number) > 9:
                raise _refuse("format", 10 ** len(number))
            total += int(number)
    biggest = max((abs(_int(v)) for v in values), default=0)
    return total + stars * biggest


def percent_size(fmt: str, args: Any) -> int:
    """Predicted length of ``fmt % args`` (the ``%`` operator and the ``format`` filter)."""
    values = list(args.values()) if isinstance(args, dict) else (
        list(args) if isinstance(args, tuple) else [args])
    conversions = _PERCENT.findall(fmt)
    numbers = [n for pair in conversions for n in pair if n != "*"]
    stars = sum(n == "*" for pair in conversions for n in pair)
    biggest = max((weight(v) for v in values), default=0)
    return len(fmt) + _widths(numbers, stars, values) + len(conversions) * biggest


def brace_size(fmt: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    """Predicted length of ``fmt.format(*args, **kwargs)``."""
    values = [*args, *kwargs.values()]
    numbers: list[str] = []
    fields = stars = 0
    pending = [fmt]
    while pending:
        try:
            parsed = list(string.Formatter().parse(pending.pop()))
        except ValueError:
            return len(fmt)  # malformed: str.format itself raises a clear error
        for _literal, field, spec, _conversion in parsed:
            if field is None:
                continue
            fields += 1
            if spec:
                numbers.extend(re.findall(r"\d+", spec))
                if "{" in spec:
                    stars += spec.count("{")
                    pending.append(spec)
    biggest = max((weight(v) for v in values), default=0)
    return len(fmt) + _widths(numbers, stars, values) + fields * biggest


# ------------------------------------------------------------------ filters


def _replace_size(text: Any, old: Any, new: Any, count: Any = None) -> int:
    text, old, new = str(text), str(old), str(new)
    hits = len(text) + 1 if old == "" else text.count(old)
    if isinstance(count, int) and not isinstance(count, bool) and count >= 0:
        hits = min(hits, count)
    return len(text) + hits * max(0, len(new) - len(old))


def _indent_size(text: Any, width: Any = 4, *_: Any, **__: Any) -> int:
    prefix = _int(width) if isinstance(width, int) else len(str(width))
    source = str(text)
    return len(source) + (source.count("\n") + 1) * prefix


def _join_size(items: list[Any], separator: Any = "", *_: Any, **__: Any) -> int:
    return weight(items) + max(0, len(items) - 1) * len(str(separator))


def _wordwrap_size(text: Any, width: Any = 79, _break: Any = True, wrapstring: Any = None,
                   *_: Any, **__: Any) -> int:
    source = str(text)
    breaks = len(source) // max(1, _int(width, 79)) + source.count(" ") + 1
    return len(source) + breaks * len(str(wrapstring or "\n"))


def _check_filter(name: str, args: list[Any], kwargs: dict[str, Any]) -> list[Any]:
    """Refuse a filter call whose result would pass the limit; returns the arguments to
    call it with (an iterator to ``join`` is made a list, to be measured)."""
    if not args:
        return args
    value, rest = args[0], args[1:]
    if name in ("indent", "format", "replace", "wordwrap", "truncate"):
        require(weight(value), name)  # before str(value) is taken below
    if name == "center":
        require(max(weight(value), _int(rest[0] if rest else kwargs.get("width", 80))),
                "center")
    elif name == "indent":
        require(_indent_size(value, *rest, **kwargs), "indent")
    elif name == "format":
        require(percent_size(str(value), dict(kwargs) if kwargs else tuple(rest)), "format")
    elif name == "replace":
        require(_replace_size(value, *rest, **kwargs), "replace")
    elif name == "join":
        if not isinstance(value, list | tuple | str):
            value = list(value) if isinstance(value, Iterable) else value
            args = [value, *rest]
        require(_join_size(value, *rest, **kwargs), "join")
    elif name == "wordwrap":
        require(_wordwrap_size(value, *rest, **kwargs), "wordwrap")
    elif name == "truncate":
        require(weight(value) + weight(kwargs.get("end", rest[2] if len(rest) > 2 else "")),
                "truncate")
    elif name in ("slice", "batch"):
        count = _int(rest[0] if rest else kwargs.get("slices", kwargs.get("linecount", 1)))
        if abs(count) > MAX_ITEMS:
            raise _refuse(name, count)
    elif name in ("string", "pprint", "tojson", "e", "escape", "forceescape", "safe",
                  "urlize", "striptags", "title", "capitalize", "upper", "lower", "trim",
                  "xmlattr", "urlencode", "list", "sum"):
        require(3 * weight(value), name)
    return args


def guard_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` with its arguments measured first and its result measured after.
    Jinja2's ``pass_context``-style marker (in ``__dict__``) is kept by ``wraps``."""
    skip = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0

    @functools.wraps(function)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        checked = _check_filter(name, list(args[skip:]), kwargs)
        result = function(*args[:skip], *checked, **kwargs)
        if isinstance(result, str) and len(result) > output_limit():
            raise _refuse(name, len(result))
        return result

    return guarded


# ------------------------------------------------------------------ methods and operators


_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill"})


def check_method(method: Any, args: tuple[Any, ...],
                 kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Refuse a str/bytes method call (``"x".center(10**9)``, ``s.replace("", big)``,
    ``sep.join(many)``) or ``int.to_bytes`` whose result would pass the limit; returns the
    arguments to call with."""
    owner = getattr(getattr(method, "__wrapped__", method), "__self__", None)
    name = getattr(method, "__name__", "")
    if isinstance(owner, str | bytes | bytearray):
        if name in _WIDTH_METHODS:
            require(max(len(owner), _int(args[0] if args else kwargs.get("width", 0))), name)
        elif name == "expandtabs":
            tab = "\t" if isinstance(owner, str) else b"\t"
            size = _int(args[0] if args else kwargs.get("tabsize", 8), 8)
            require(len(owner) + owner.count(tab) * max(0, size), name)  # type: ignore[arg-type]
        elif name == "replace" and isinstance(owner, str):
            require(_replace_size(owner, *args, **kwargs), name)
        elif name == "join":
            items = list(args[0]) if args and isinstance(args[0], Iterable) else []
            args = (items, *args[1:])
            require(weight(items) + max(0, len(items) - 1) * len(owner), name)
        elif name == "translate" and args and isinstance(args[0], dict):
            longest = max((weight(v) for v in args[0].values()), default=1)
            require(len(owner) * longest, name)
        elif name in ("format", "format_map") and isinstance(owner, str):
            mapping = args[0] if name == "format_map" and args else {}
            values = dict(mapping) if isinstance(mapping, dict) else {}
            require(brace_size(owner, () if name == "format_map" else args,
                               values or kwargs), "format")
    elif isinstance(owner, int) and name == "to_bytes":
        require(_int(args[0] if args else kwargs.get("length", 1)), name)
    return args


def check_binop(op: str, left: Any, right: Any) -> None:
    """Refuse ``*``, ``**``, ``+`` and ``%`` whose result would pass the limits."""
    if op == "**":
        if isinstance(left, int) and isinstance(right, int) and right > 0:
            bits = max(1, abs(left).bit_length()) * right
            if bits > MAX_INT_BITS:
                raise SizeLimitError(f"pangkat terlalu besar (sekitar {bits:,} bit; batas "
                                     f"{MAX_INT_BITS:,})".replace(",", "."))
    elif op == "*":
        if isinstance(left, int) and isinstance(right, int):
            bits = abs(left).bit_length() + abs(right).bit_length()
            if bits > MAX_INT_BITS:
                raise SizeLimitError("bilangan hasil perkalian terlalu besar")
            return
        for sequence, count in ((left, right), (right, left)):
            if isinstance(sequence, str | list | tuple) and isinstance(count, int):
                if len(sequence) * count > MAX_REPEAT:
                    raise SecurityError("perkalian teks/daftar terlalu besar")
                if not isinstance(sequence, str):
                    require(weight(sequence) * max(0, count), "perkalian daftar")
    elif op == "+":
        if isinstance(left, str) and isinstance(right, str):
            require(len(left) + len(right), "penggabungan teks")
        elif isinstance(left, list | tuple) and isinstance(right, list | tuple) \
                and len(left) + len(right) > MAX_ITEMS:
            raise _refuse("penggabungan daftar", len(left) + len(right))
    elif op == "%" and isinstance(left, str):
        require(percent_size(left, right), "format %")


MAX_REPEAT = 100_000
"""Longest string or list a template may build with ``*``."""


def check_parts(parts: tuple[Any, ...] | list[Any]) -> None:
    """Refuse ``a ~ b ~ ...`` (and any join of output pieces) past the limit."""
    budget = output_limit()
    total = 0
    for part in parts:
        total += len(part) if isinstance(part, str) else weight(part, budget)
        if total > budget:
            raise _refuse("penggabungan", total)
