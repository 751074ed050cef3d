"""The recent-files list: most recent first, no duplicates, only files that still exist."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from app.base.atomic import write_atomic
from app.base.errors import RilisError
from app.base.paths import user_config_dir
from app.base.userfile import UserFileError, read_user_text

logger = logging.getLogger(__name__)

RECENT_FILE = "terakhir.json"
MAX_RECENT = 10


def recent_path() -> Path:
    return user_config_dir() / RECENT_FILE


class RecentFiles:
    """A small persistent list; every change is written at once (the app may crash)."""

    def __init__(self, path: Path | None = None, limit: int = MAX_RECENT) -> None:
        self.path = path or recent_path()
        self.limit = limit
        self._items: list[str] = self._read()

    def _read(self) -> list[str]:
        try:
            data = json.loads(read_user_text(self.path, 1_000_000, "Daftar berkas terakhir"))
        except UserFileError as error:
            if not error.missing:
                logger.warning("%s Daftar itu dikosongkan.", error)
            return []
        except (ValueError, RecursionError, MemoryError):
            logger.warning("Daftar berkas terakhir %s rusak; dikosongkan.", self.path)
            return []
        if not isinstance(data, list):
            return []
        return [item for item in data if isinstance(item, str)][: self.limit]

    def items(self) -> list[Path]:
        """Existing files only: a draft moved away since is not offered."""
        return [Path(item) for item in self._items if Path(item).is_file()]

    def add(self, path: Path) -> None:
        key = os.path.abspath(path)
        self._items = [key] + [item for item in self._items if item != key]
        del self._items[self.limit:]
        self._write()

    def remove(self, path: Path) -> None:
        key = os.path.abspath(path)
        self._items = [item for item in self._items if item != key]
        self._write()

    def clear(self) -> None:
        self._items = []
        self._write()

    def _write(self) -> None:
        text = json.dumps(self._items, ensure_ascii=False, indent=1) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, text.encode("utf-8"), keep_backup=False)
        except (OSError, RilisError) as error:
            logger.warning("recent list not saved: %s", error)
