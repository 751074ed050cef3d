"""Undo and redo across every form: one QUndoStack of whole-release snapshots.

A release is small (a few thousand words), so each command simply keeps a copy of the
release before and after the edit; typing in one field merges into one command until the
officer pauses or moves to another field. Restoring a snapshot reloads the forms.
"""

from __future__ import annotations

import copy
import re
import time
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.model import Release

MERGE_SECONDS = 2.0
"""Keystrokes in the same field closer than this become one undo step."""

_ids: dict[str, int] = {}
_FIELD_KEY = re.compile(r"^[a-z_]+(\.\d+)?(\.[a-z_]+)?$")
"""``title``, ``event.place``, ``body.3.text``: a field (``body+3``, ``body~[..]`` are not)."""


def _command_id(key: str) -> int:
    return _ids.setdefault(key, len(_ids) + 1)


class SnapshotCommand(QUndoCommand):
    """One edit: ``restore(snapshot, key)`` puts the release back to before or after."""

    def __init__(self, label: str, key: str, before: Release, after: Release,
                 restore: Callable[[Release, str], None]) -> None:
        super().__init__(label)
        self.key = key
        self.before = before
        self.after = after
        self._restore = restore
        self._first = True
        self._stamp = time.monotonic()

    def id(self) -> int:
        return _command_id(self.key)

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing in one field merges; list operations (add, remove, move) never do."""
        if not isinstance(other, SnapshotCommand) or other.key != self.key:
            return False
        if not _FIELD_KEY.match(self.key):
            return False
        if other._stamp - self._stamp > MERGE_SECONDS:
            return False
        self.after = other.after
        self._stamp = other._stamp
        return True

    def redo(self) -> None:
        if self._first:  # the edit is already in the forms when the command is pushed
            self._first = False
            return
        self._restore(copy.deepcopy(self.after), self.key)

    def undo(self) -> None:
        self._restore(copy.deepcopy(self.before), self.key)


def snapshot(release: Release) -> Release:
    return copy.deepcopy(release)
