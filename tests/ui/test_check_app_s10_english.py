"""Issue 10 in the app, in English: the *Periksa* panel's own words are translated; the
checker's messages stay Indonesian (they are about Indonesian text, written by the rules)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.base.settings import Settings
from tests.ui.test_check_app_s10 import write_release
from tests.ui.test_checking import Factory
from ui.i18n import install_translator
from ui.widgets import finding_look

SHOTS = Path("/work/scratch/shots")


@pytest.fixture
def english() -> Iterator[None]:
    assert install_translator("en")
    yield
    install_translator("id")


def test_the_panel_speaks_english_and_the_rules_indonesian(qtbot: QtBot, make_window: Factory,
                                                          tmp_path: Path,
                                                          english: None) -> None:
    window = make_window(Settings(language="en"))
    window.resize(1366, 900)
    assert window.open_path(write_release(tmp_path))
    window.checks.wait_ready()
    window.toggle_check_panel()
    panel = window.check_panel
    qtbot.waitUntil(lambda: bool(panel.listed), timeout=10000)
    assert panel.windowTitle() == "Check"
    assert panel.refresh_button.text() == "Check again"
    summary = panel.summary.text()
    assert "spelling" in summary and "style" in summary and "hints" in summary
    assert "Click to go to the word" in summary
    labels = {"spelling": "Spelling · ", "style": "Style · ", "saran": "Hint · "}
    for row, (placed, count) in enumerate(panel.listed):
        text = panel.list.item(row).text()
        assert text.startswith(labels[finding_look(placed.finding)]), text
        assert placed.finding.message in text  # the rule's own words, in Indonesian
        if count > 1:
            assert f"({count} times)" in text
    menu = panel.menu_for(panel.list.item(0))
    entries = [a.text() for a in menu.actions() if a.text()]
    assert "Ignore" in entries and any(e.startswith("Replace with") for e in entries)
    assert not {"Abaikan", "Tambahkan ke kamus"} & set(entries)
    panel.grab().save(str(SHOTS / "app10-panel-english.png"))
