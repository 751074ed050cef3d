"""Where one running Rilis works: its template and starter locations, the folders every
render searches, and the Jinja environments compiled for them.

These used to be three module globals (``locations._current``,
``templating._extra_folders`` and an ``lru_cache`` on the environment), so a test — or a
second window — changing one left the others stale. A :class:`Workspace` holds them
together and forgets them together. The session holds one; ``default()`` is the process's
own for callers that have none (a one-shot ``rilis`` command), and the module functions
that existed before (``locations.current``, ``templating.search_path``) are thin defaults
over it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.render.locations import Locations
    from app.render.sandbox import RilisSandbox

FolderProvider = Callable[[], list[Path]]
MAX_ENVIRONMENTS = 8
"""Compiled environments kept (one per distinct search path: a session uses one or two)."""


class Workspace:
    """The locations (resolved once, from the settings' and the environment's team
    folders unless given), the folders a render searches before the built-ins, and the
    compiled Jinja environments, keyed by search path."""

    def __init__(self, team_folders: list[Path] | None = None,
                 folders: FolderProvider | None = None) -> None:
        self.team_folders = team_folders
        self.folders = folders
        """Overrides the locations' template folders (a caller with its own library)."""
        self._locations: Locations | None = None
        self._environments: OrderedDict[tuple[str, ...], RilisSandbox] = OrderedDict()
        self._lock = threading.Lock()  # the preview renders in a worker thread

    def locations(self) -> Locations:
        """User, team and built-in places, resolved on first use."""
        from app.render.locations import configured_team_folders, resolve

        with self._lock:
            if self._locations is None:
                folders = self.team_folders
                self._locations = resolve(configured_team_folders() if folders is None
                                          else folders)
            return self._locations

    def refresh(self) -> Locations:
        """Forget what was resolved and compiled (after the settings or folders change)."""
        with self._lock:
            self._locations = None
            self._environments.clear()
        return self.locations()

    def template_folders(self) -> list[Path]:
        """The folders a render searches before the built-in templates."""
        if self.folders is not None:
            return self.folders()
        return self.locations().template_folders()

    def environment(self, search_path: tuple[str, ...]) -> RilisSandbox:
        """The sandboxed environment for this search path, compiled once."""
        from app.render.sandbox import make_environment, template_bytecode_cache
        from app.render.templating import LimitedLoader

        with self._lock:
            found = self._environments.get(search_path)
            if found is not None:
                self._environments.move_to_end(search_path)
                return found
        made = make_environment(LimitedLoader(list(search_path), encoding="utf-8"),
                                template_bytecode_cache())
        with self._lock:
            self._environments[search_path] = made
            while len(self._environments) > MAX_ENVIRONMENTS:
                self._environments.popitem(last=False)
        return made

    def compiled(self) -> int:
        """How many environments are kept (for tests and the isolation guard)."""
        return len(self._environments)


_default: Workspace | None = None
_default_lock = threading.Lock()


def default() -> Workspace:
    """The process's workspace, made on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Workspace()
        return _default


def reset() -> None:
    """Forget the process's workspace: the next caller resolves everything afresh (as a new
    process would)."""
    global _default
    with _default_lock:
        _default = None


def is_fresh() -> bool:
    """True when nothing has been resolved or compiled since the last :func:`reset`."""
    return _default is None
