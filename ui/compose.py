"""Forwarding a window's public method to the part that does the work.

The main window is composed of command objects (``ui.file_commands`` …); its public
methods (``window.save_to``, ``window.request_status`` — what tests, ``ui.app`` and
scripts call) stay on the window as one line each, with the part's signature and
docstring, instead of a hand-written wrapper per method.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def forward(part: str, method: Callable[Concatenate[Any, P], R],
            ) -> Callable[Concatenate[Any, P], R]:
    """``save_to = forward("files", FileCommands.save_to)`` in a class body: calling
    ``window.save_to(path)`` calls ``window.files.save_to(path)``. An instance can still
    replace the method (tests answering a question do)."""

    @functools.wraps(method)
    def call(owner: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return method(getattr(owner, part), *args, **kwargs)

    return call
