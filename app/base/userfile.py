"""Reading a file the user (or someone else) named: regular files only, with a size cap.

A path may name a FIFO (``open`` would wait forever for a writer), ``/dev/zero`` (read
until memory runs out), a folder or a file of gigabytes. Every user-supplied file is
therefore opened without blocking, checked on the *opened* descriptor (a check of the
path before opening could be raced by swapping the file) and read no further than its
cap. Problems raise :class:`UserFileError` with an Indonesian message.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from app.base.errors import RilisError

_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
          | getattr(os, "O_CLOEXEC", 0))
"""``O_NONBLOCK``: opening a FIFO returns at once instead of waiting for a writer."""
_CHUNK = 1 << 20
MAX_DOCX_BYTES = 200_000_000
"""A DOCX to check or compare (photos included); the parts inside have their own caps."""
MAX_TEXT_BYTES = 50_000_000
"""A plain-text or HTML file to check."""


class UserFileError(RilisError):
    """A user file that cannot be read; ``missing`` when it simply does not exist.

    ``reason`` is the short Indonesian why (``bukan berkas biasa ...``), for callers that
    word their own sentence around it."""

    def __init__(self, message: str, reason: str, missing: bool = False) -> None:
        super().__init__(message)
        self.reason = reason
        self.missing = missing


def _error(what: str, path: Path, reason: str, missing: bool = False) -> UserFileError:
    return UserFileError(f"{what} {path} {reason}.", reason, missing)


def size_text(size: int) -> str:
    """``12,3 MB`` (decimal megabytes, Indonesian decimal comma)."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} kB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def open_user_file(path: Path | str, limit: int, what: str = "Berkas") -> BinaryIO:
    """An open binary handle on a regular file of at most ``limit`` bytes.

    ``what`` names the file in messages (``Draf``, ``Paket``, ``Kamus``)."""
    path = Path(path)
    try:
        fd = os.open(path, _FLAGS)
    except FileNotFoundError as error:
        raise _error(what, path, "tidak ditemukan", missing=True) from error
    except IsADirectoryError as error:
        raise _error(what, path, "adalah folder, bukan berkas") from error
    except PermissionError as error:
        raise _error(what, path, "tidak dapat dibaca (tidak ada izin)") from error
    except OSError as error:
        raise _error(what, path, f"tidak dapat dibuka ({error.strerror or error})") from error
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _error(what, path, "adalah folder, bukan berkas")
        if not stat.S_ISREG(info.st_mode):
            raise _error(what, path, "bukan berkas biasa (mis. pipa atau perangkat)")
        if info.st_size > limit:
            raise _error(what, path, f"terlalu besar ({size_text(info.st_size)}; batas "
                                     f"{size_text(limit)})")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_user_file(path: Path | str, limit: int, what: str = "Berkas") -> bytes:
    """The bytes of a regular file, never more than ``limit`` (a file growing while it is
    read is refused as too big)."""
    path = Path(path)
    with open_user_file(path, limit, what) as handle:
        chunks: list[bytes] = []
        total = 0
        try:
            while total <= limit:
                chunk = handle.read(min(_CHUNK, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        except OSError as error:
            raise _error(what, path, f"tidak dapat dibaca ({error.strerror or error})") \
                from error
    if total > limit:
        raise _error(what, path, f"terlalu besar (batas {size_text(limit)})")
    return b"".join(chunks)


def read_user_text(path: Path | str, limit: int, what: str = "Berkas") -> str:
    """The UTF-8 text (a leading BOM dropped) of a regular file of at most ``limit`` bytes."""
    path = Path(path)
    raw = read_user_file(path, limit, what)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _error(what, path, f"bukan teks UTF-8 (bita ke-{error.start})") from error
