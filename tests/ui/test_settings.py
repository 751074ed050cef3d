"""Settings dialog, English UI, recent files menu, window title."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.base.paths import sample_draft
from app.base.settings import Settings, load_settings
from ui.i18n import install_translator
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog

Factory = Callable[..., MainWindow]


@pytest.fixture
def english() -> Iterator[None]:
    assert install_translator("en")
    yield
    install_translator("id")


def test_settings_dialog_edits_and_applies(qtbot: QtBot, make_window: Factory,
                                           tmp_path: Path) -> None:
    window = make_window()
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.author, "Bripka Dwi")
    qtbot.keyClicks(dialog.unit, "Polres Contoh")
    team = tmp_path / "kamus-tim"
    team.mkdir()
    (team / "nama.txt").write_text("sipandu\n", encoding="utf-8")
    dialog.team.setText(str(team))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.autosave.setValue(60)
    edited = dialog.settings()
    assert (edited.author, edited.default_unit, edited.language, edited.autosave_seconds) == (
        "Bripka Dwi", "Polres Contoh", "en", 60)
    window.apply_settings(edited)
    install_translator("id")
    assert load_settings() == edited
    window.checks.wait_ready()
    window.release_form.title.setText("Sambang Warga Desa sipandu")
    qtbot.waitUntil(lambda: window.checks._seen.get(id(window.release_form.title))
                    == "Sambang Warga Desa sipandu", timeout=5000)
    qtbot.wait(600)
    assert "sipandu" not in [f.text for f in window.release_form.title.findings]


def test_english_user_interface(make_window: Factory, english: None) -> None:
    window = make_window(Settings(language="en"))
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&File", "&Edit", "&Check"]
    shown = [window.tabs.tabText(i) for i in range(window.tabs.count())
             if window.tabs.isTabVisible(i)]  # Case and Advisory only for their kinds
    assert shown[:5] == ["Release", "Officials", "Event", "Body", "Related stories"]
    assert window.windowTitle().startswith("New draft")


def test_indonesian_is_the_default(make_window: Factory) -> None:
    window = make_window()
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Berkas", "&Sunting"]


def test_recent_files_menu_opens_a_draft(make_window: Factory) -> None:
    window = make_window()
    assert window.open_path(sample_draft())
    other = make_window()
    other._fill_recent_menu()
    entries = [a for a in other.recent_menu.actions()
               if a.text() == f"&1 {sample_draft().name}"]
    assert entries
    entries[0].trigger()
    assert other.path == sample_draft().resolve()


def test_title_shows_draft_name_and_unsaved_mark(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    assert window.open_path(sample_draft())
    assert window.windowTitle() == "kegiatan-polres.rilis[*] — Rilis"
    assert not window.isWindowModified()
    qtbot.keyClicks(window.release_form.closing, "x")
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert not window.isWindowModified()
