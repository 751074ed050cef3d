"""Issue 13, point 8: the window shows what a save has to tell (``save_draft`` notices,
e.g. the oldest versions dropped to keep the file openable) instead of dropping it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import app.release.draftfile as draftfile
from app.base.settings import Settings
from app.desk.recent import RecentFiles
from app.desk.recovery import RecoverySlot
from app.release.draftfile import load_draft
from app.release.model import Paragraph
from ui.main_window import MainWindow


def test_save_to_shows_the_notices_of_the_save(qtbot: QtBot, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(draftfile, "MAX_FILE_BYTES", 400_000)
    window = MainWindow(Settings(), RecentFiles(tmp_path / "recent.json"),
                        RecoverySlot(tmp_path / "recovery"))
    qtbot.addWidget(window)
    shown: list[tuple[str, str]] = []
    errors: list[tuple[str, str]] = []
    window.show_notice = lambda title, message: shown.append((title, message))  # type: ignore[method-assign]
    window.show_error = lambda title, message: errors.append((title, message))  # type: ignore[method-assign]
    rng = random.Random(2)
    draft = tmp_path / "acak.rilis"
    for _ in range(12):  # incompressible bodies: the history cannot stay small
        window.release.body = [Paragraph(text="".join(
            rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(60_000)))]
        assert window.save_to(draft)
    assert not errors
    assert shown, "the dropped versions were never shown"
    title, text = shown[0]
    assert str(draft) in title
    assert "versi tertua dihapus" in text
    assert draft.stat().st_size <= 400_000
    assert load_draft(draft).body == window.release.body
    window.undo_stack.setClean()
    window.renderer.shutdown()
