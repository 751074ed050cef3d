"""A save killed at any moment leaves the old or the new draft, whole; autosave keeps up.

A child process saves a growing series of versions of one draft (and autosaves it) while
the parent kills it with SIGKILL after a random delay, 200 times over.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest

from app.base.atomic import backup_path
from app.desk.recovery import RecoverySlot, find_orphans
from app.release.draftfile import load_draft, save_draft
from app.release.model import Paragraph, Release

ROUNDS = 200

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses fork and SIGKILL")


def _version(number: int) -> Release:
    """Version ``number``: its title and body say which one it is, and sizes differ."""
    return Release(title=f"versi {number}",
                   body=[Paragraph(text=f"isi {number} " * (2000 + 37 * (number % 50)))])


def _which(release: Release) -> int:
    number = int(release.title.split()[1])
    assert release.body == _version(number).body, "a draft on disk is not whole"
    return number


def _child(draft: Path, recovery: Path, start: int, report: int) -> None:
    slot = RecoverySlot(recovery, "sesi")
    number = start
    while True:
        number += 1
        release = _version(number)
        slot.write(release, draft)
        os.write(report, f"{number}\n".encode())
        save_draft(release, draft)


def _await_reports(fd: int, count: int, deadline: float) -> bytes:
    """Read the child's reports until it has announced ``count`` versions (or time is up)."""
    import select

    received = b""
    stop = time.monotonic() + deadline
    while received.count(b"\n") < count and time.monotonic() < stop:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            received += chunk
    return received


def test_killed_saves_leave_a_whole_draft_and_recoverable_text(tmp_path: Path) -> None:
    draft = tmp_path / "rilis.rilis"
    recovery = tmp_path / "pemulihan"
    save_draft(_version(0), draft)
    rng = random.Random(7)
    latest = 0
    previous_disk = 0
    seen_states: set[int] = set()
    for _ in range(ROUNDS):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            os.close(read_end)
            try:
                _child(draft, recovery, latest, write_end)
            finally:
                os._exit(0)
        os.close(write_end)
        # Wait for the child to get going (a loaded machine may not have scheduled it yet),
        # then kill it at a random moment within its next saves.
        received = _await_reports(read_end, rng.randint(0, 2), deadline=10.0)
        time.sleep(rng.uniform(0.0, 0.02))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(read_end, "rb") as reader:
            received += reader.read()
        reported = [int(line) for line in received.decode().split()]
        on_disk = _which(load_draft(draft))
        assert previous_disk <= on_disk <= (reported[-1] if reported else previous_disk)
        previous_disk = on_disk
        if backup_path(draft).exists():
            _which(load_draft(backup_path(draft)))
        orphans = [o for o in find_orphans(recovery) if o.slot == "sesi"]
        if reported:
            assert orphans, "the autosave of a killed session must be found"
            recovered = _which(orphans[0].load())
            assert recovered in (reported[-1], reported[-1] + 1)
            latest = max(on_disk, recovered)
        seen_states.add(on_disk)
    assert len(seen_states) > 20, "the kills should land at many different moments"


def test_leftover_temporary_files_do_not_confuse_loading(tmp_path: Path) -> None:
    draft = tmp_path / "rilis.rilis"
    save_draft(_version(1), draft)
    (tmp_path / ".rilis.rilis.abc.tmp").write_text("{setengah", encoding="utf-8")
    assert _which(load_draft(draft)) == 1
