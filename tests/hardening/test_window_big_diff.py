"""Issue 13, point 7, through the window: *Bandingkan versi* on a 2 MB draft whose body was
rewritten in places (word-by-word diff used to be quadratic: 50 kB took a minute)."""

from __future__ import annotations

import random
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.release.draftfile import load_draft, save_draft
from app.release.model import Paragraph, Release
from bench.releases import random_prose
from ui.compare_dialog import CompareDialog

KILL_AFTER = 120.0
"""Generous: this is not a speed test, it only must not run for hours."""


def test_compare_dialog_on_two_versions_of_a_2mb_draft(qtbot: QtBot, tmp_path: Path) -> None:
    text = random_prose(random.Random(21), 2_000_000)
    release = Release(title="Draf panjang", body=[Paragraph(text=text)])
    draft = tmp_path / "panjang.rilis"
    save_draft(release, draft)
    release.body = [Paragraph(text=text[:900_000] + " Paragraf sisipan dari redaktur. "
                              + text[900_000:1_400_000].replace(" yang ", " yg ")
                              + text[1_450_000:])]
    save_draft(release, draft)
    reopened = load_draft(draft)
    dialog = CompareDialog(reopened, draft.parent)
    qtbot.addWidget(dialog)
    assert len(dialog.choices) == 3  # two saved versions and the editor
    started = time.monotonic()
    dialog.old.setCurrentIndex(0)  # version 1 against the editor: compares at once
    assert time.monotonic() - started < KILL_AFTER
    inserted = [word for item in dialog.diffs for word in item.inserted]
    assert "sisipan" in inserted
    assert "<ins>" in dialog.report
