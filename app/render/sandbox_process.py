"""A second wall around untrusted templates: the render in a child process with hard limits.

The sandbox's checks (``app.render.sandbox_limits``) stop every known way a template can ask for
too much memory or time, but they are checks written by hand. For templates from user and
team folders, the command line therefore renders in a forked child whose address space and
CPU time are capped by the kernel (``resource.setrlimit``) and which the parent kills at the
deadline: a check that was missed ends in an Indonesian message, not in a machine that
swaps. Built-in templates, and the desktop app (a threaded Qt process must not fork), render
in-process. Where there is no ``fork`` (Windows) this is a no-op.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable

from app.base.errors import RilisError, TemplateError

logger = logging.getLogger(__name__)

MEMORY_HEADROOM = 1_000_000_000
"""Bytes of address space the child may add to what the parent already maps."""
GRACE_SECONDS = 3.0
"""Wall-clock time the child gets beyond the render deadline (start-up, parsing)."""

_enabled = False


def enable(on: bool = True) -> None:
    """Turn the child process on (the CLI does, for user and team templates)."""
    global _enabled
    _enabled = on and hasattr(os, "fork")


def enabled() -> bool:
    return _enabled


def _address_space() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[0])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 500_000_000


def _child(render: Callable[[], str], write: int, seconds: float) -> None:
    """In the child: limits, render, one tagged payload on the pipe. Never returns."""
    status = 0
    try:
        import resource

        cap = _address_space() + MEMORY_HEADROOM
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        cpu = int(seconds) + 2
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        try:
            payload = b"K" + render().encode("utf-8", "surrogatepass")
        except RilisError as error:
            payload = b"E" + str(error).encode("utf-8", "replace")
        except MemoryError:
            payload = b"E" + b"Templat dihentikan: memori tidak cukup."
        except RecursionError:
            payload = b"E" + b"Templat berulang terlalu dalam (rekursi)."
        view = memoryview(payload)
        while view:
            view = view[os.write(write, view[:1 << 20]):]
    except BaseException:
        status = 1
    finally:
        os._exit(status)


def render_isolated(render: Callable[[], str], seconds: float, name: str) -> str:
    """``render()`` run in a capped child; its output, or a ``TemplateError`` with the
    child's message (or why it was stopped)."""
    import select  # here, not at the top: every CLI command imports this module for
    import signal  # enable(), and signal's enums cost a built-in template's render ~1 ms

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child, which exits
        os.close(read)
        _child(render, write, seconds)
    os.close(write)
    chunks: list[bytes] = []
    deadline = time.monotonic() + seconds + GRACE_SECONDS
    timed_out = False
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                break
            ready, _, _ = select.select([read], [], [], left)
            if not ready:
                continue
            chunk = os.read(read, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read)
        if timed_out:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    if timed_out:
        raise TemplateError(f"Templat '{name}' dihentikan: templat berjalan terlalu lama "
                            "(batas waktu render terlampaui).")
    payload = b"".join(chunks)
    if payload[:1] == b"K":
        return payload[1:].decode("utf-8", "surrogatepass")
    if payload[:1] == b"E":
        raise TemplateError(payload[1:].decode("utf-8", "replace"))
    logger.debug("template child ended with status %s", status)
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGXCPU, signal.SIGKILL):
        raise TemplateError(f"Templat '{name}' dihentikan: templat berjalan terlalu lama "
                            "(batas waktu CPU terlampaui).")
    raise TemplateError(f"Templat '{name}' dihentikan: memori atau waktu tidak cukup.")
