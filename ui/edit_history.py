"""The window's undo history: every edit, paste and review move is one snapshot step.

The release is the single source of truth; the undo stack keeps immutable snapshots of
it (``ui.undo``), and the newest snapshot is also what autosave copies, so a keystroke
costs one snapshot and no serialisation on the UI thread.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.release.model import Release
from ui.undo import SnapshotCommand, push_edit, snapshot

if TYPE_CHECKING:
    from ui.main_window import MainWindow

logger = logging.getLogger(__name__)


class EditHistory:
    """One window's undo stack, its newest snapshot, and the merge breaks that make the
    next edit of a field a step of its own."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.stack = QUndoStack(window)
        self.last_snapshot = snapshot(window.release)
        self._merge_breaks = 0
        self._break_pending = False

    def reset(self, release: Release) -> None:
        """Another draft: the history starts afresh, clean."""
        self.last_snapshot = snapshot(release)
        self.stack.clear()
        self.stack.setClean()

    def mark_clean(self) -> None:
        """Saved: the current state is the clean one."""
        self.last_snapshot = snapshot(self.window.release)
        self.stack.setClean()

    def break_merge(self) -> None:
        """The next edit starts a new undo step even if it is in the same field."""
        self._merge_breaks += 1
        self._break_pending = True

    def edited(self, key: str, label: str) -> None:
        """A form changed the release: one (merging) undo step, then everything that
        follows the text."""
        if self._break_pending:
            self._break_pending = False
            key = f"{key}#{self._merge_breaks}"
        after = snapshot(self.window.release)
        command = SnapshotCommand(label, key, self.last_snapshot, after, self._restore)
        self.last_snapshot = after
        push_edit(self.stack, command)
        window = self.window
        window.update_kind_tabs()  # a role word typed in the text shows *Kasus*
        window.update_title()
        window.request_preview()
        window.check_panel.schedule()
        window.review_panel.schedule()
        window.autosaver.edited()

    def review_edit(self, key: str, label: str) -> None:
        """A review change is one undo step and marks the draft modified (it is saved)."""
        window = self.window
        after = snapshot(window.release)
        self.stack.push(SnapshotCommand(label, key, self.last_snapshot, after, self._restore))
        self.last_snapshot = after
        window.review_panel.show_review(window.release)
        window.update_title()
        window.request_preview()
        window.review_panel.schedule(0)
        window.autosaver.edited()

    def _restore(self, release: Release, key: str) -> None:
        """Undo/redo: show the snapshot and put the cursor back in the edited field."""
        window = self.window
        window.release = release
        self.last_snapshot = snapshot(release)
        window.load_into_forms()
        window.review_panel.schedule()
        field = window.field_for(key.split("#")[0])
        if isinstance(field, QWidget):
            field.setFocus()
        window.update_title()
        window.autosaver.edited()
