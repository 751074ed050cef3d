"""Atomic file writing with a backup of the previous version.

A save must leave on disk either the old file or the new one, whole, whatever happens
(power cut, killed process, full disk): write a temporary file in the same folder, flush,
fsync, keep the old version as ``NAME.bak``, then swap the new one in with ``os.replace``
(exports, which the draft can make again, skip the fsync: ``durable=False``).
"""

from __future__ import annotations

import contextlib
import errno
import glob
import logging
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from app.base.errors import ExportError

logger = logging.getLogger(__name__)

BACKUP_SUFFIX = ".bak"


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no directory handles)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _explain(error: OSError, path: Path) -> str:
    if error.errno == errno.ENOSPC:
        return f"Disk penuh: {path} tidak dapat disimpan. Kosongkan ruang lalu simpan lagi."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Tidak ada izin menulis ke {path.parent}. Simpan di folder lain."
    if error.errno == errno.ENOENT:
        return f"Folder {path.parent} tidak ada."
    return f"Gagal menyimpan {path}: {error.strerror or error}"


def _keep_backup(path: Path) -> None:
    """Copy the current file to ``NAME.bak`` atomically (a hard link where possible)."""
    if not path.exists():
        return
    target = backup_path(path)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    try:
        os.link(path, temporary)
    except OSError:
        shutil.copy2(path, temporary)
    os.replace(temporary, target)


def write_atomic(path: Path, data: bytes, keep_backup: bool = True,
                 durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that a crash never leaves a half-written file.

    ``durable=False`` skips the two ``fsync`` calls (still a temporary file and a rename):
    for exports, which the draft can always make again, where waiting for the disk was
    up to a tenth of a ``rilis render`` on a busy machine. Drafts and settings keep them.

    Raises ExportError with an Indonesian message (disk full, no permission); the
    original file is untouched in that case.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    temp_name = ""
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if keep_backup:
            _keep_backup(path)
        os.replace(temp_name, path)
        temp_name = ""
        if durable:
            _fsync_dir(folder)
    except OSError as error:
        logger.info("saving %s failed: %s", path, error)
        raise ExportError(_explain(error, path)) from error
    finally:
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


STALE_SECONDS = 10 * 60
"""A temporary file older than this is left by a killed save (a live one takes seconds)."""


def clean_stale_temporaries(path: Path, older_than: float = STALE_SECONDS) -> int:
    """Remove ``.NAME.*.tmp`` files that a killed save left next to ``path``; how many.

    Only regular files matching this file's own temporary names, and only old ones: a
    save running in another window right now is never disturbed. Failures are ignored
    (a read-only folder simply keeps them)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    removed = 0
    now = time.time()
    try:
        candidates = list(folder.glob(f".{glob.escape(path.name)}.*.tmp"))
    except OSError:
        return 0
    for candidate in candidates:
        try:
            info = candidate.lstat()
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > older_than:
                candidate.unlink()
                removed += 1
        except OSError:
            continue
    if removed:
        logger.info("removed %d stale temporary file(s) next to %s", removed, path)
    return removed
