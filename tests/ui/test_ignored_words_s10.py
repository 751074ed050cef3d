"""*Abaikan* that lasts, in the app (issue 10 follow-up): chosen in *Periksa*, it goes into
the draft (``kata_diabaikan``), marks it modified, is saved with it and holds when the
draft is opened again in a new window; it does not leak into another draft.

The release below is fictional, written for these tests."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.release.draftfile import load_draft, save_draft
from app.release.model import Paragraph, Release
from tests.ui.test_checking import Factory
from ui.main_window import MainWindow

SHOTS = Path("/work/scratch/shots")
IGNORED = "Politik"
"""Capitalised mid-sentence: a context-rule finding (``kapital-tengah-kalimat``)."""
TYPO = "pengamnan"


def write_draft(path: Path, ignored: list[str] | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    release = Release(
        title="Warga Sumberwangi Gelar Kerja Bakti Jelang Pilkades",
        dateline="Sumberwangi", unit="Polsek Sumberwangi",
        body=[Paragraph(text="Warga Desa Sumberwangi menggelar kerja bakti menjelang tahun "
                             "Politik yang diperkirakan ramai."),
              Paragraph(text=f"Bhabinkamtibmas ikut membantu {TYPO} jalur kerja bakti "
                             "sejak pagi.")],
        kata_diabaikan=list(ignored or []))
    save_draft(release, path)
    return path


def opened(qtbot: QtBot, make_window: Factory, path: Path) -> MainWindow:
    window = make_window()
    window.resize(1200, 800)
    assert window.open_path(path)
    window.checks.wait_ready()
    window.toggle_check_panel()
    qtbot.waitUntil(lambda: bool(window.check_panel.findings), timeout=10000)
    return window


def listed_texts(window: MainWindow) -> set[str]:
    return {placed.finding.text for placed, _count in window.check_panel.listed}


def test_abaikan_from_the_panel_is_saved_and_holds_in_a_new_window(
        qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    path = write_draft(tmp_path / "kerja-bakti.rilis")
    window = opened(qtbot, make_window, path)
    panel = window.check_panel
    assert {IGNORED, TYPO} <= listed_texts(window)
    assert not window.is_modified()
    row = next(i for i, (p, _n) in enumerate(panel.listed) if p.finding.text == IGNORED)
    menu = panel.menu_for(panel.list.item(row))
    next(a for a in menu.actions() if a.text() == "Abaikan").trigger()

    assert window.release.kata_diabaikan == [IGNORED]
    assert window.is_modified()
    assert window.history.last_snapshot.kata_diabaikan == [IGNORED]  # what autosave copies
    qtbot.waitUntil(lambda: IGNORED not in listed_texts(window), timeout=10000)
    assert TYPO in listed_texts(window)  # the rest is still checked
    SHOTS.mkdir(parents=True, exist_ok=True)
    panel.grab().save(str(SHOTS / "ignored-s10-panel.png"))

    assert window.save_to(path)
    assert not window.is_modified()
    assert load_draft(path).kata_diabaikan == [IGNORED]

    again = opened(qtbot, make_window, path)
    assert again.checks.ignored == {IGNORED}
    qtbot.waitUntil(lambda: TYPO in listed_texts(again), timeout=10000)
    assert IGNORED not in listed_texts(again)
    field = again.field_for("body.0.text")
    assert field is not None
    qtbot.waitUntil(lambda: again.checks._seen.get(id(field)) == field.plain(), timeout=5000)
    qtbot.wait(500)
    assert not any(getattr(f, "text", None) == IGNORED for f in field.findings)
    assert not again.is_modified()


def test_abaikan_in_one_draft_does_not_leak_into_another(
        qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    first = write_draft(tmp_path / "satu" / "kerja-bakti.rilis", [IGNORED])
    second = write_draft(tmp_path / "dua" / "kerja-bakti.rilis")
    window = opened(qtbot, make_window, first)
    qtbot.waitUntil(lambda: TYPO in listed_texts(window), timeout=10000)
    assert IGNORED not in listed_texts(window)
    window.checks.ignore(TYPO)
    assert window.release.kata_diabaikan == [IGNORED, TYPO]
    assert window.save_to(first)
    assert window.open_path(second)
    assert window.checks.ignored == set()
    window.check_panel.schedule(0)
    qtbot.waitUntil(lambda: {IGNORED, TYPO} <= listed_texts(window), timeout=10000)
    assert load_draft(second).kata_diabaikan == []
    assert load_draft(first).kata_diabaikan == [IGNORED, TYPO]


def test_undo_does_not_bring_an_ignored_word_back(
        qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    path = write_draft(tmp_path / "kerja-bakti.rilis")
    window = opened(qtbot, make_window, path)
    window.release_form.title.setFocus()
    window.release_form.title.setText("Warga Sumberwangi Kerja Bakti")
    qtbot.waitUntil(lambda: window.undo_stack.canUndo(), timeout=5000)
    window.checks.ignore(IGNORED)
    window.undo_stack.undo()
    assert window.release.title.startswith("Warga Sumberwangi Gelar")
    assert window.release.kata_diabaikan == [IGNORED]
    window.check_panel.schedule(0)
    qtbot.waitUntil(lambda: TYPO in listed_texts(window), timeout=10000)
    qtbot.wait(300)
    assert IGNORED not in listed_texts(window)


def test_abaikan_in_review_mode_hides_the_word_but_leaves_the_draft_alone(
        qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    """A reviewer's *Abaikan* must not change the officer's draft: review mode is
    read-only, so the word is hidden in this window only and the draft stays unmodified."""
    path = write_draft(tmp_path / "kerja-bakti.rilis")
    before = path.read_bytes()
    window = opened(qtbot, make_window, path)
    window.set_review_mode(True)
    panel = window.check_panel
    panel.schedule(0)
    qtbot.waitUntil(lambda: IGNORED in listed_texts(window), timeout=10000)
    row = next(i for i, (p, _n) in enumerate(panel.listed) if p.finding.text == IGNORED)
    menu = panel.menu_for(panel.list.item(row))
    next(a for a in menu.actions() if a.text() == "Abaikan").trigger()

    qtbot.waitUntil(lambda: IGNORED not in listed_texts(window), timeout=10000)
    assert TYPO in listed_texts(window)
    assert window.release.kata_diabaikan == []
    assert not window.is_modified()
    window.set_review_mode(False)
    window.checks.ignore(TYPO)  # outside review mode it is saved with the draft again
    assert window.release.kata_diabaikan == [TYPO]
    assert window.is_modified()
    assert path.read_bytes() == before
