"""Where the enchant C library is, told to pyenchant so that it need not ask ``ldconfig``.

pyenchant finds its library with ``ctypes.util.find_library``, which on Linux starts
``/sbin/ldconfig -p`` in a child process and searches its listing: some 10 ms of wall
time in every ``rilis check``, for a file that sits in one of a handful of folders. Rilis
looks in those folders, in the dynamic loader's order, and passes the file it finds in
``PYENCHANT_LIBRARY_PATH`` (pyenchant's own setting) for the import only. Whenever the
answer could differ from the loader's — the user set that variable or
``LD_LIBRARY_PATH``, another system than Linux, a frozen app, no file found — nothing
is set and pyenchant searches as it always did.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Iterator

logger = logging.getLogger(__name__)

VARIABLE = "PYENCHANT_LIBRARY_PATH"
LIBRARY = "libenchant-2.so.2"
"""The enchant 2 library pyenchant tries first (``enchant-2``), by its soname."""

_lock = threading.Lock()


def loader_folders() -> list[str]:
    """The folders the Linux loader's cache lists libraries from, in its order (Debian's
    ``/etc/ld.so.conf.d``, then the built-in folders)."""
    arch = getattr(sys.implementation, "_multiarch", "") or ""
    folders = [f"/usr/local/lib/{arch}", "/usr/local/lib", f"/lib/{arch}",
               f"/usr/lib/{arch}", "/lib64", "/usr/lib64", "/lib", "/usr/lib"]
    return [folder for folder in folders if arch or not folder.endswith("/")]


def library_path() -> str | None:
    """The enchant library file pyenchant would load, when it can be known without it."""
    if not sys.platform.startswith("linux") or getattr(sys, "frozen", False):
        return None
    if os.environ.get(VARIABLE) or os.environ.get("LD_LIBRARY_PATH"):
        return None
    for folder in loader_folders():
        path = os.path.join(folder, LIBRARY)
        if os.path.exists(path):
            return path
    return None


@contextlib.contextmanager
def library_hint() -> Iterator[None]:
    """``PYENCHANT_LIBRARY_PATH`` set to :func:`library_path` while pyenchant is imported
    (it reads the variable then, and only then); the environment is as before after."""
    with _lock:
        path = library_path() if "enchant" not in sys.modules else None
        if path is None:
            yield
            return
        logger.debug("enchant library: %s", path)
        os.environ[VARIABLE] = path
        try:
            yield
        finally:
            os.environ.pop(VARIABLE, None)
