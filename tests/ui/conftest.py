"""A real MainWindow in a private profile, with dialogs answered by the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.base.settings import Settings
from app.desk.recent import RecentFiles
from app.desk.recovery import RecoverySlot
from app.release.paste_release import SpeakerQuestion
from ui.main_window import MainWindow


class Answers:
    """What the fake user answers and what the window said to them."""

    def __init__(self) -> None:
        self.save_changes = QMessageBox.StandardButton.Cancel
        self.save_path: Path | None = None
        self.open_path: Path | None = None
        self.template: str | None = "berita-kegiatan"
        self.errors: list[tuple[str, str]] = []
        self.questions = 0
        self.speaker: str | None = None
        """Who said a pasted quote whose speaker is not certain (None: keep the text)."""
        self.speaker_questions: list[str] = []
        self.override = True
        """Approve although items are open (the window's confirmation question)."""
        self.override_questions: list[list[str]] = []


@pytest.fixture
def answers() -> Answers:
    return Answers()


def wait_preview(qtbot: QtBot, window: MainWindow) -> None:
    """Until the preview shows the newest state of the release."""
    qtbot.waitUntil(lambda: window.preview.shown_generation >= window.renderer.generation,
                    timeout=10000)


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path,
                answers: Answers) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def factory(settings: Settings | None = None) -> MainWindow:
        window = MainWindow(settings or Settings(),
                            RecentFiles(tmp_path / "recent.json"),
                            RecoverySlot(tmp_path / "recovery"))

        def ask_save_changes() -> QMessageBox.StandardButton:
            answers.questions += 1
            return answers.save_changes

        window.ask_save_changes = ask_save_changes  # type: ignore[method-assign]
        window.ask_save_path = lambda *_args: answers.save_path  # type: ignore[method-assign]
        window.ask_open_path = lambda: answers.open_path  # type: ignore[method-assign]
        window.ask_template = lambda: answers.template  # type: ignore[method-assign]
        window.show_error = (  # type: ignore[method-assign]
            lambda title, message: answers.errors.append((title, message)))

        def ask_speaker(question: SpeakerQuestion) -> str | None:
            answers.speaker_questions.append(question.original)
            return answers.speaker

        window.ask_speaker = ask_speaker  # type: ignore[method-assign]

        def ask_override(open_items: list[str]) -> bool:
            answers.override_questions.append(open_items)
            return answers.override

        window.ask_override = ask_override  # type: ignore[method-assign]
        qtbot.addWidget(window)
        window.show()
        wait_preview(qtbot, window)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.undo_stack.setClean()
        window._forced_dirty = False
        window.renderer.shutdown()
        window.autosaver.shutdown()
