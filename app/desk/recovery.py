"""Autosave copies of unsaved work, and finding them again after a crash.

Each running window owns one *slot* in the recovery folder: ``<id>.rilis`` (the draft,
photo paths absolute) and ``<id>.json`` (where the draft came from, when, which process).
A clean close deletes the slot, so a slot left behind whose process is gone means the app
died with unsaved changes and the next start offers to restore it. The user's own draft
file is never touched by autosave.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.base.atomic import write_atomic
from app.base.errors import DraftError, RilisError
from app.base.paths import user_data_dir
from app.base.userfile import read_user_text
from app.release.draftfile import MAX_FILE_BYTES, dumps, loads
from app.release.model import Release

logger = logging.getLogger(__name__)

RECOVERY_FOLDER = "pemulihan"
MAX_INFO_BYTES = 64_000


def recovery_dir() -> Path:
    return user_data_dir() / RECOVERY_FOLDER


def _pid_alive(pid: int) -> bool:
    """True when a process with this id runs (POSIX; elsewhere assume it does not)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class RecoveredDraft:
    """A slot left behind by a session that did not close cleanly."""

    slot: str
    draft_path: Path
    source: Path | None
    saved: str
    title: str

    def load(self) -> Release:
        """The autosaved release; DraftError when the copy itself is damaged."""
        try:
            text = read_user_text(self.draft_path, MAX_FILE_BYTES, "Salinan pemulihan")
        except RilisError as error:
            raise DraftError(f"Salinan pemulihan {self.draft_path} tidak dapat dibaca.") from error
        base = self.source.parent if self.source is not None else None
        return loads(text, base)


class RecoverySlot:
    """The autosave target of one open window."""

    def __init__(self, folder: Path | None = None, slot: str | None = None) -> None:
        self.folder = folder or recovery_dir()
        self.slot = slot or f"{_dt.datetime.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:8]}"

    @property
    def draft_path(self) -> Path:
        return self.folder / f"{self.slot}.rilis"

    @property
    def info_path(self) -> Path:
        return self.folder / f"{self.slot}.json"

    def write(self, release: Release, source: Path | None) -> Path:
        """Save a copy; raises RilisError (Indonesian) when the disk refuses."""
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.draft_path, dumps(release).encode("utf-8"), keep_backup=False)
        info = {
            "source": str(source) if source is not None else None,
            "saved": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "title": release.title,
        }
        write_atomic(self.info_path, json.dumps(info, ensure_ascii=False).encode("utf-8"),
                     keep_backup=False)
        logger.debug("autosaved to %s", self.draft_path)
        return self.draft_path

    def discard(self) -> None:
        """Remove the copy: called after a save and on a clean close."""
        for path in (self.draft_path, self.info_path):
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                logger.warning("Salinan pemulihan %s tidak dapat dihapus: %s", path, error)


def find_orphans(folder: Path | None = None) -> list[RecoveredDraft]:
    """Slots whose process is gone, newest first: the work a crash left behind."""
    folder = folder or recovery_dir()
    if not folder.is_dir():
        return []
    found: list[RecoveredDraft] = []
    for draft in folder.glob("*.rilis"):
        slot = draft.stem
        info: dict[str, object] = {}
        info_path = folder / f"{slot}.json"
        try:
            raw = json.loads(read_user_text(info_path, MAX_INFO_BYTES, "Info pemulihan"))
            if isinstance(raw, dict):
                info = raw
        except (RilisError, ValueError, RecursionError, MemoryError):
            logger.info("recovery slot %s has no readable info", slot)
        pid = info.get("pid")
        if isinstance(pid, int) and not isinstance(pid, bool) and _pid_alive(pid):
            continue
        source = info.get("source")
        saved = info.get("saved")
        title = info.get("title")
        found.append(RecoveredDraft(
            slot=slot,
            draft_path=draft,
            source=Path(source) if isinstance(source, str) and source else None,
            saved=saved if isinstance(saved, str) else "",
            title=title if isinstance(title, str) else "",
        ))
    found.sort(key=lambda item: item.saved, reverse=True)
    return found


def discard_orphan(orphan: RecoveredDraft) -> None:
    RecoverySlot(orphan.draft_path.parent, orphan.slot).discard()
