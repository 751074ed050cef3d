"""A working day through the real widgets (issue 11, "Done when").

One process types a whole release key by key (more than 10,000 keystrokes), adds,
reorders and deletes blocks, undoes and redoes, saves and exports; memory must stay flat
after the warm-up (RSS as ``bench/soak_workload.py`` measures it). A second process runs
the window and is killed at a random moment: the recovery copy it leaves must hold all but
the last few seconds of typing, and reopening offers it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.desk.recovery import find_orphans
from app.release.draftfile import load_draft
from app.release.model import Paragraph, Quote
from bench.soak_workload import rss_mib
from tests.ui.conftest import wait_preview
from tests.ui.working_day_child import PARAGRAPH, paragraph
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]
ROOT = Path(__file__).resolve().parents[2]
MAX_GROWTH_MIB = 20.0
MAX_LOST_SECONDS = 5.0
"""Autosave writes 1.5 s after a pause and at most 5 s apart while typing goes on."""

OFFICIAL = ("AKP", "Rahmat Hidayat Siregar", "Kapolsek Sukamaju", "SH, SIK")
SENTENCES = [
    "Personel Polsek Sukamaju menggelar patroli dialogis di Pasar Sukamaju pada malam hari.",
    "Kegiatan itu disambut baik oleh para pedagang yang berjualan hingga larut malam.",
    "Petugas mengingatkan warga agar selalu mengunci kendaraan dan tidak membawa perhiasan.",
    "Selain itu, petugas membagikan nomor layanan darurat yang dapat dihubungi kapan saja.",
    "Patroli serupa akan digelar secara rutin selama bulan Ramadan bersama Babinsa setempat.",
]


class Keys:
    """Types through the widgets and counts every key."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def type(self, widget: object, text: str) -> None:
        for start in range(0, len(text), 40):  # keyClicks sends one key per character
            chunk = text[start:start + 40]
            self.qtbot.keyClicks(widget, chunk)  # type: ignore[arg-type]
            self.count += len(chunk)
            QApplication.processEvents()


def body_text(count: int, seed: int) -> str:
    picked = random.Random(seed)
    return " ".join(picked.choice(SENTENCES) for _ in range(count))


@pytest.mark.slow
def test_a_working_day_typed_through_the_real_widgets(qtbot: QtBot, make_window: Factory,
                                                      tmp_path: Path) -> None:
    window = make_window()
    keys = Keys(qtbot)
    release_form = window.release_form
    window.tabs.setCurrentWidget(release_form)
    keys.type(release_form.title, "polsek sukamaju gelar patroli dialogis di pasar sukamaju")
    qtbot.mouseClick(release_form.title_case, Qt.MouseButton.LeftButton)
    keys.type(release_form.dateline, "Sukamaju")
    keys.type(release_form.unit, "Polsek Sukamaju")
    keys.type(release_form.closing, "(rdk/ang)")

    officials = window.officials_form
    window.tabs.setCurrentWidget(officials)
    qtbot.mouseClick(officials.list.add_button, Qt.MouseButton.LeftButton)
    officials.rank.setEditText("")
    for widget, text in zip((officials.rank, officials.name, officials.position,
                             officials.degrees), OFFICIAL, strict=True):
        keys.type(widget, text)
    officials.degrees.editingFinished.emit()

    event = window.event_form
    window.tabs.setCurrentWidget(event)
    keys.type(event.name, "Patroli Dialogis")
    event.date.line.selectAll()
    keys.type(event.date.line, "22/9/2023")
    keys.type(event.time, "19.30")
    keys.type(event.place, "Pasar Sukamaju")
    assert window.release.event.date == "2023-09-22"

    body = window.body_form
    window.tabs.setCurrentWidget(body)
    warm_rss = 0.0
    for number in range(16):
        if number % 4 == 3:
            window.add_block_actions["quote"].trigger()
            body.speaker.setCurrentIndex(max(0, body.speaker.findData("kapolsek")))
            keys.type(body.quote, body_text(3, number))
        else:
            window.add_block_actions["paragraph"].trigger()
            keys.type(body.paragraph, body_text(10, number))
        if number == 3:  # warm-up done: caches, fonts, checker, renderer all loaded
            assert window.save_to(tmp_path / "patroli.rilis")
            for fmt in ("docx", "html", "txt"):
                assert window.export_to(fmt, tmp_path / f"patroli.{fmt}")
            wait_preview(qtbot, window)
            warm_rss = rss_mib()
        if number % 5 == 4:
            assert window.save_to(tmp_path / "patroli.rilis")
    assert keys.count >= 10_000, keys.count

    blocks = len(window.release.body)
    body.list.select(2)
    qtbot.mouseClick(body.list.down_button, Qt.MouseButton.LeftButton)  # reorder
    moved = window.release.body[3]
    body.list.select(5)
    qtbot.mouseClick(body.list.remove_button, Qt.MouseButton.LeftButton)  # delete
    assert len(window.release.body) == blocks - 1
    for _ in range(3):
        window.undo_stack.undo()
    for _ in range(3):
        window.undo_stack.redo()
    assert len(window.release.body) == blocks - 1 and window.release.body[3] == moved

    assert window.save_to(tmp_path / "patroli.rilis")
    for fmt in ("docx", "html", "txt"):
        assert window.export_to(fmt, tmp_path / f"patroli.{fmt}")
    wait_preview(qtbot, window)
    saved = load_draft(tmp_path / "patroli.rilis")
    assert saved.title == "Polsek Sukamaju Gelar Patroli Dialogis di Pasar Sukamaju"
    assert len(saved.body) == blocks - 1
    assert any(isinstance(block, Quote) for block in saved.body)
    text = (tmp_path / "patroli.txt").read_text(encoding="utf-8")
    assert "SUKAMAJU –" in text and SENTENCES[0][:40] in " ".join(text.split())
    growth = rss_mib() - warm_rss
    assert growth < MAX_GROWTH_MIB, f"memory grew {growth:.1f} MiB after warm-up"


def progress_at(lines: list[str], moment: float) -> int:
    """Characters typed by ``moment`` seconds after typing started."""
    typed = 0
    for line in lines:
        seconds, count = line.split()
        if float(seconds) > moment:
            break
        typed = int(count)
    return typed


@pytest.mark.slow
def test_a_kill_at_a_random_moment_loses_only_the_last_seconds(
        qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.working_day_child",
                              str(tmp_path)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "typing"
        started = time.monotonic()
        time.sleep(random.uniform(6.0, 12.0))
        killed_at = time.monotonic() - started
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    lines = (tmp_path / "progress").read_text(encoding="ascii").splitlines()
    typed = progress_at(lines, killed_at + 1)
    needed = progress_at(lines, killed_at - MAX_LOST_SECONDS)
    assert needed > 0, "the child typed nothing in time"

    orphans = find_orphans(tmp_path / "recovery")
    assert len(orphans) == 1, "the killed session left no recovery copy"
    recovered = orphans[0].load()
    paragraphs = [block for block in recovered.body if isinstance(block, Paragraph)]
    assert paragraphs, "the copy has no paragraph"
    kept = paragraphs[0].text
    assert PARAGRAPH.startswith(kept), "the copy is not what was typed"
    assert needed <= len(kept) <= typed, (
        f"killed after {killed_at:.1f} s: {typed} characters typed, {len(kept)} recovered, "
        f"at least {needed} expected (all but the last {MAX_LOST_SECONDS:.0f} s)")
    assert paragraph(100) == PARAGRAPH[:len(paragraph(100))]

    window = make_window()  # reopening: the restore brings the words back into the form
    assert window.restore_recovered(orphans[0])
    window.tabs.setCurrentWidget(window.body_form)
    window.body_form.list.select(0)
    assert window.body_form.paragraph.toPlainText() == kept
    assert window.release.title == "Patroli Dialogis Malam Minggu"
    assert window.is_modified()


def test_keystrokes_in_one_field_keep_a_single_undo_step_alive(qtbot: QtBot,
                                                               make_window: Factory,
                                                               tmp_path: Path) -> None:
    """The leak the working day found: every merged keystroke kept two snapshots."""
    import gc

    from ui.undo import SnapshotCommand

    def alive() -> int:
        gc.collect()
        return sum(isinstance(thing, SnapshotCommand) for thing in gc.get_objects())

    window = make_window()
    before = alive()  # windows of earlier tests the collector has not freed yet
    qtbot.keyClicks(window.release_form.title, "Patroli malam " * 20)
    kept = alive() - before
    assert window.undo_stack.count() == 1 and kept <= 2, kept
    assert window.save_to(tmp_path / "malam.rilis")
    qtbot.keyClicks(window.release_form.title, " lagi")  # after a save: a step of its own
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    assert window.release.title == "Patroli malam " * 20 and not window.is_modified()
