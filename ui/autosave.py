"""Autosave that loses seconds, not minutes, and never makes typing wait.

A copy of the draft goes to the recovery folder (``app.desk.recovery``, written atomically)
when typing pauses (``IDLE_MS``), at the latest ``LATEST_MS`` after the first unsaved edit
even while the officer keeps typing, and when the window loses focus or a field is left.
The settings' autosave interval stays an upper bound on that latest moment.

The UI thread only hands over the window's last undo snapshot — an immutable copy made for
the undo stack anyway — so a keystroke costs one timer restart. JSON serialisation and the
fsync'd writes run in one worker thread, at most one at a time with at most one waiting
(the newest state wins). ``flush`` writes synchronously (restoring a crashed session,
tests); ``discard`` waits for a write in flight before removing the copy, so no stale copy
can appear after a save or a clean close.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.base.errors import RilisError
from app.desk.recovery import RecoverySlot
from app.release.model import Release

logger = logging.getLogger(__name__)

IDLE_MS = 1500
"""Typing paused this long: save."""
LATEST_MS = 5000
"""Typing without a pause: save at least this often."""

State = tuple[Release, Path | None]
"""What to save: a release nobody mutates any more, and the draft's own path."""


class _Bridge(QObject):
    """Carries a finished write from the worker thread to the UI thread (queued)."""

    finished = Signal(str)


class Autosaver(QObject):
    """Schedules recovery copies of one window's draft; ``saved``/``failed(message)``."""

    saved = Signal()
    failed = Signal(str)

    def __init__(self, slot: RecoverySlot, state: Callable[[], State],
                 dirty: Callable[[], bool], latest_seconds: int = LATEST_MS // 1000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self._state = state
        self._dirty = dirty
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rilis-autosave")
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._on_finished)
        self._running: Future[str] | None = None
        self._pending: State | None = None
        self._unsaved = False
        self._closed = False
        self.writes = 0
        """Copies written so far (tests and the status bar read it)."""
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self.save_soon)
        self.latest = QTimer(self)
        self.latest.setSingleShot(True)
        self.latest.timeout.connect(self.save_soon)
        self.set_latest(latest_seconds)

    def set_latest(self, seconds: int) -> None:
        """The settings' interval, as an upper bound on ``LATEST_MS``."""
        self.latest.setInterval(min(LATEST_MS, max(1, seconds) * 1000))

    def is_active(self) -> bool:
        """True while an edit waits to be copied."""
        return self._unsaved

    def edited(self) -> None:
        """Called on every edit: cheap (two timer operations)."""
        self._unsaved = True
        self.idle.start()
        if not self.latest.isActive():
            self.latest.start()

    def left_field(self) -> None:
        """Focus moved or the window was deactivated: copy what is unsaved now."""
        if self._unsaved:
            self.save_soon()

    def stop(self) -> None:
        """Nothing is unsaved any more (a save, another draft loaded)."""
        self._unsaved = False
        self.idle.stop()
        self.latest.stop()
        self._pending = None

    @Slot()
    def save_soon(self) -> None:
        """Hand the current state to the worker thread."""
        self.idle.stop()
        self.latest.stop()
        self._unsaved = False
        if self._closed or not self._dirty():
            return
        self._pending = self._state()
        if self._running is None:
            self._start()

    def _start(self) -> None:
        state, self._pending = self._pending, None
        if state is None:
            return
        future = self._pool.submit(self._write, state)
        self._running = future
        future.add_done_callback(self._done)

    def _write(self, state: State) -> str:
        """Worker thread: serialise and write; an Indonesian message on failure."""
        release, source = state
        try:
            self.slot.write(release, source)
        except RilisError as error:
            logger.warning("autosave failed: %s", error)
            return str(error)
        return ""

    def _done(self, future: Future[str]) -> None:
        if future.cancelled():
            return
        self._bridge.finished.emit(future.result())

    @Slot(str)
    def _on_finished(self, error: str) -> None:
        self._running = None
        if error:
            self.failed.emit(error)
        else:
            self.writes += 1
            self.saved.emit()
        if self._pending is not None and not self._closed:
            self._start()

    def _wait(self) -> None:
        """Let a write in flight finish (a few milliseconds) and drop the waiting one."""
        self._pending = None
        running = self._running
        if running is not None:
            try:
                running.result(timeout=30)
            except Exception:
                logger.exception("autosave write did not finish")

    def flush(self) -> bool:
        """Write the current state now, on this thread; False when nothing was written."""
        self.stop()
        self._wait()
        if not self._dirty():
            return False
        error = self._write(self._state())
        if error:
            self.failed.emit(error)
            return False
        self.writes += 1
        self.saved.emit()
        return True

    def discard(self) -> None:
        """Remove the copy, after any write in flight (never a stale copy left behind)."""
        self.stop()
        self._wait()
        self.slot.discard()

    def shutdown(self) -> None:
        self._closed = True
        self.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)
