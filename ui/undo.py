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

from PySide6.QtGui import QUndoCommand, QUndoStack

from app.release.model import Release

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
        if not isinstance(other, SnapshotCommand):
            return False
        return self.absorb(other.key, other.after, other._stamp)

    def absorb(self, key: str, after: Release, stamp: float | None = None) -> bool:
        """Take a further keystroke in the same field into this step; False when it
        must be a step of its own (another field, a list operation, a pause)."""
        stamp = time.monotonic() if stamp is None else stamp
        if key != self.key or not _FIELD_KEY.match(self.key):
            return False
        if stamp - self._stamp > MERGE_SECONDS:
            return False
        self.after = after
        self._stamp = stamp
        return True

    def redo(self) -> None:
        if self._first:  # the edit is already in the forms when the command is pushed
            self._first = False
            return
        self._restore(copy.deepcopy(self.after), self.key)

    def undo(self) -> None:
        self._restore(copy.deepcopy(self.before), self.key)


def push_edit(stack: QUndoStack, command: SnapshotCommand) -> None:
    """Push one edit, folding a keystroke into the step on top without a new command.

    A command that QUndoStack merges away is deleted in C++ but its Python object (with
    two whole-release snapshots) stayed alive under PySide6: 10,000 keystrokes kept about
    140 MiB. Qt's own rule is kept: never merge into the step the draft was saved at."""
    top_index = stack.count() - 1
    top = stack.command(top_index) if top_index >= 0 else None
    if (isinstance(top, SnapshotCommand) and stack.index() == stack.count()
            and stack.index() != stack.cleanIndex()
            and top.absorb(command.key, command.after, command._stamp)):
        return
    stack.push(command)


def snapshot(release: Release) -> Release:
    return copy.deepcopy(release)
