"""The Jinja2 sandbox every layout template runs in, with size and time limits.

Templates are shared between units and downloaded in packs, so they are untrusted: no
Python internals (Jinja2's immutable sandbox), no files or network (nothing of the kind is
exposed), autoescaping, strict undefined variables, and limits on what a template can make
the machine do — a render deadline checked on every attribute access, call and ``range``
step, every size-producing operation measured before it runs (``app.render.sandbox_limits``), no
evaluation at compile time (``app.render.sandbox_codegen``), and a cap on the total output.

Compiled templates are kept between runs (:class:`TemplateBytecodeCache`): the sandbox's
checks are compiled into a template's code, so a cache entry is only ever used by an
environment configured exactly like the one that compiled it, and only for the same
template text.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import operator
import sys
import threading
import time
from collections.abc import Callable, Iterator
from functools import cache
from types import CodeType
from typing import Any

import jinja2
from jinja2.bccache import Bucket, BytecodeCache
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from app.base.cache import private_dir, read_entry, write_entry
from app.release import indonesian as ind
from app.render.document import safe_url, xml_clean
from app.render.sandbox_codegen import NoFoldingCodeGenerator
from app.render.sandbox_limits import (
    MAX_REPEAT as MAX_REPEAT,
)
from app.render.sandbox_limits import (
    check_binop,
    check_method,
    check_parts,
    count_printed,
    guard_filter,
    require,
    set_output_limit,
    weight,
)

MAX_TEMPLATE_BYTES = 200_000
"""A layout template is a page of markup; anything larger is refused before parsing."""
RENDER_SECONDS = 2.0
"""A real release renders in about a millisecond; two seconds means a runaway template."""

_state = threading.local()


class RenderTimeout(SecurityError):
    """The template ran past its deadline."""


def _check_deadline() -> None:
    deadline: float | None = getattr(_state, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise RenderTimeout("templat berjalan terlalu lama (batas waktu render terlampaui)")


class Deadline:
    """Context manager arming the render deadline (and, when given, the output limit of
    ``app.render.sandbox_limits``) for the current thread."""

    def __init__(self, seconds: float = RENDER_SECONDS, output_limit: int | None = None) -> None:
        self._seconds = seconds
        self._limit = output_limit
        self._previous: float | None = None
        self._previous_limit: int | None = None

    def __enter__(self) -> Deadline:
        self._previous = getattr(_state, "deadline", None)
        _state.deadline = time.monotonic() + self._seconds
        self._previous_limit = set_output_limit(self._limit)
        return self

    def __exit__(self, *exc: object) -> None:
        _state.deadline = self._previous
        set_output_limit(self._previous_limit)


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
    if isinstance(value, str):
        count_printed(len(value))
        return Markup(xml_clean(str(value))) if isinstance(value, Markup) else xml_clean(value)
    if not isinstance(value, int | float):
        require(weight(value), "cetak")  # str() of a list that holds itself many times
    return value


def _and_list(items: list[str]) -> str:
    """``A``, ``A dan B``, ``A, B, dan C`` — an Indonesian enumeration."""
    items = [str(item) for item in items if str(item).strip()]
    if len(items) <= 2:
        return " dan ".join(items)
    return ", ".join(items[:-1]) + ", dan " + items[-1]


def _limited_concat(parts: Any) -> str:
    """``environment.concat``: every buffer Jinja2 joins (macro and ``set`` block output,
    the whole render), measured before it is joined."""
    pieces = parts if isinstance(parts, list | tuple) else list(parts)
    check_parts(pieces)
    return "".join(pieces)


_BINOPS: dict[str, Callable[[Any, Any], Any]] = {
    "*": operator.mul, "**": operator.pow, "+": operator.add, "%": operator.mod,
}


class RilisSandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox plus a deadline and size limits on every operation that
    can make more than it was given."""

    intercepted_binops = frozenset(_BINOPS)
    code_generator_class = NoFoldingCodeGenerator
    concat = staticmethod(_limited_concat)

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        _check_deadline()
        if op == "**" and isinstance(right, float) and abs(right) > 64:
            raise SecurityError("pangkat terlalu besar")
        check_binop(op, left, right)
        return _BINOPS[op](left, right)

    def joined(self, join: Callable[[Any], str], parts: tuple[Any, ...]) -> str:
        """``a ~ b``: the pieces measured, then joined the way Jinja2 would."""
        _check_deadline()
        check_parts(parts)
        return join(parts)

    def getattr(self, obj: Any, attribute: str) -> Any:
        _check_deadline()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _check_deadline()
        return super().getitem(obj, argument)

    def call(__self, __context: Any, __obj: Any, *args: Any,
             **kwargs: Any) -> Any:
        _check_deadline()
        args = check_method(__obj, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(result, str | bytes):
            require(len(result), "panggilan")
        return result


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


CACHE_FOLDER = "templates"
"""Folder of compiled templates inside the user cache."""
_CACHE_FORMAT = b"rilis-jinja-1\n"


def _describe(value: Any) -> str:
    """A stable description of a setting: functions and classes by qualified name."""
    if callable(value):
        return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', value)}"
    if isinstance(value, frozenset | set):
        return repr(sorted(value))
    return repr(value)


@cache
def _source_digest(module: str) -> str:
    """SHA-256 of a module's source file ('' when it has none on disk)."""
    filename = getattr(sys.modules.get(module), "__file__", None)
    try:
        with open(filename or "", "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return ""


def _folded_code(env: jinja2.Environment) -> list[str]:
    """The source of every filter and test: Jinja2 runs them at compile time on constant
    arguments (``{{ "2024-01-02"|date }}``) and stores the result in the compiled code."""
    modules = {getattr(function, "__module__", "") or ""
               for function in (*env.filters.values(), *env.tests.values())}
    return [f"{module}:{_source_digest(module)}" for module in sorted(modules)]


def environment_fingerprint(env: jinja2.Environment) -> str:
    """Everything that changes the code Jinja2 compiles from a template's text: the
    sandbox interception, autoescape, finalize, the lexer's syntax and whitespace rules,
    async mode and extensions, the Jinja2 version, and the filters and tests it may run
    while compiling."""
    settings = (
        jinja2.__version__, type(env), env.sandboxed, getattr(env, "intercepted_binops", ()),
        getattr(env, "intercepted_unops", ()), env.is_async, env.optimized, env.autoescape,
        env.finalize, env.block_start_string, env.block_end_string,
        env.variable_start_string, env.variable_end_string, env.comment_start_string,
        env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix,
        env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
        sorted(env.extensions), env.code_generator_class, env.template_class,
        _source_digest(env.code_generator_class.__module__), *_folded_code(env),
    )
    text = "\n".join(_describe(value) for value in settings)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class TemplateBytecodeCache(BytecodeCache):
    """Jinja2's compiled template code on disk (``app.base.cache``), so a one-draft render skips
    compiling its templates. Unlike ``jinja2.FileSystemBytecodeCache`` it never unpickles
    a cache file, ignores any file it cannot read, and keys entries by the environment's
    configuration as well as the template's name and path; each file also carries the
    checksum of the template text it was compiled from and is used only for that text."""

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None,
                   source: str) -> Bucket:
        key = hashlib.sha256(
            f"{environment_fingerprint(environment)}|{name}|{filename}".encode()).hexdigest()
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    @staticmethod
    def _header(bucket: Bucket) -> bytes:
        # Python's bytecode magic: marshalled code only loads into the same interpreter.
        return (_CACHE_FORMAT + importlib.util.MAGIC_NUMBER + b"\n"
                + bucket.checksum.encode("ascii") + b"\n")

    def load_bytecode(self, bucket: Bucket) -> None:
        folder = private_dir(CACHE_FOLDER)
        if folder is None:
            return
        payload = read_entry(folder, f"{bucket.key}.code", self._header(bucket))
        if payload is None:
            return
        try:
            code = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return
        if isinstance(code, CodeType):
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        folder = private_dir(CACHE_FOLDER)
        if folder is None or bucket.code is None:
            return
        write_entry(folder, f"{bucket.key}.code", self._header(bucket),
                    marshal.dumps(bucket.code))


@cache
def template_bytecode_cache() -> TemplateBytecodeCache:
    """The one cache shared by every template folder environment."""
    return TemplateBytecodeCache()


def make_environment(loader: jinja2.BaseLoader | None,
                     bytecode_cache: BytecodeCache | None = None) -> RilisSandbox:
    """The sandbox with Rilis's filters; ``bytecode_cache`` keeps compiled templates."""
    env = RilisSandbox(
        loader=loader,
        bytecode_cache=bytecode_cache,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
        optimized=False,  # the optimiser evaluates expressions at compile time
    )
    for unused in ("lipsum", "cycler", "joiner"):
        env.globals.pop(unused, None)
    env.globals.update(GLOBALS)
    env.filters.update(FILTERS)
    for name, function in list(env.filters.items()):
        env.filters[name] = guard_filter(name, function)
    return env
