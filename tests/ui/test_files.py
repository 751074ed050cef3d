"""Drafts never lost: save and reopen, export, autosave and crash recovery, refusals."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.base.paths import sample_draft
from app.desk.recovery import find_orphans
from app.release.draftfile import load_draft
from tests.ui.conftest import Answers
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]


def copy_sample(tmp_path: Path) -> Path:
    folder = tmp_path / "contoh"
    shutil.copytree(sample_draft().parent, folder)
    return folder / sample_draft().name


def test_save_reopen_and_compare(qtbot: QtBot, make_window: Factory, tmp_path: Path,
                                 answers: Answers) -> None:
    draft = copy_sample(tmp_path)
    window = make_window()
    assert window.open_path(draft)
    window.event_form.place.end(False)
    qtbot.keyClicks(window.event_form.place, " Lantai 2")
    assert window.isWindowModified()
    assert "*" in window.windowTitle().replace("[*]", "*") or window.isWindowModified()
    target = tmp_path / "simpan" / "baru"
    target.parent.mkdir()
    answers.save_path = target
    assert window.save_as()
    saved = target.with_name("baru.rilis")
    assert window.path == saved.resolve()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("baru.rilis")

    reopened = load_draft(saved)
    assert reopened == window.release
    assert reopened.event.place == "Aula SMA Negeri 2 Trenggalek Lantai 2"

    second = make_window()
    assert second.open_path(saved)
    assert second.release == window.release
    assert second.release_form.title.text() == window.release.title
    assert saved in second.recent.items()


def test_export_every_format(qtbot: QtBot, make_window: Factory, tmp_path: Path,
                             answers: Answers) -> None:
    window = make_window()
    assert window.open_path(copy_sample(tmp_path))
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("docx", "html", "txt", "pdf"):
        answers.save_path = out / f"rilis.{fmt}"
        assert window.export_dialog(fmt), answers.errors
    assert zipfile.is_zipfile(out / "rilis.docx")
    assert "Polres Trenggalek Ajak Pelajar" in (out / "rilis.html").read_text(encoding="utf-8")
    assert "TRENGGALEK –" in (out / "rilis.txt").read_text(encoding="utf-8")
    pdf = (out / "rilis.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    assert not list(out.glob(".*tmp*"))


def test_default_export_name_is_date_and_headline(make_window: Factory,
                                                  answers: Answers) -> None:
    window = make_window()
    assert window.open_path(sample_draft())
    asked: list[str] = []

    def ask(suggested: str, *_rest: object) -> None:
        asked.append(suggested)

    window.ask_save_path = ask  # type: ignore[method-assign,assignment]
    assert not window.export_dialog("docx")
    assert asked == ["2026-11-20-polres-trenggalek-ajak-pelajar-jadi-pelopor-keselamatan.docx"]


def test_copy_as_text(make_window: Factory) -> None:
    window = make_window()
    assert window.open_path(sample_draft())
    window.copy_as_text()
    text = QGuiApplication.clipboard().text()
    draft_line, title = text.split("\n\n")[:2]  # a draft never leaves without its mark
    assert draft_line.startswith("[DRAF — belum disetujui")
    assert title == "Polres Trenggalek Ajak Pelajar Jadi Pelopor Keselamatan Berlalu Lintas"
    assert "“Pelajar adalah" in text


def test_autosave_then_crash_then_restore(qtbot: QtBot, make_window: Factory,
                                          tmp_path: Path) -> None:
    draft = copy_sample(tmp_path)
    original = draft.read_bytes()
    window = make_window()
    assert window.open_path(draft)
    window.release_form.title.end(False)
    qtbot.keyClicks(window.release_form.title, " Sejak Dini")
    assert window.autosaver.is_active()  # armed by the change
    qtbot.waitUntil(lambda: window.recovery.draft_path.exists(), timeout=5000)
    assert draft.read_bytes() == original  # autosave never touches the officer's file
    folder = window.recovery.folder

    # the process dies: nothing is cleaned up, and its pid no longer runs
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    info = json.loads(window.recovery.info_path.read_text(encoding="utf-8"))
    info["pid"] = int(dead.stdout)
    window.recovery.info_path.write_text(json.dumps(info), encoding="utf-8")
    orphans = find_orphans(folder)
    assert len(orphans) == 1

    survivor = make_window()
    survivor.recovery.folder = folder
    assert survivor.restore_recovered(orphans[0])
    assert survivor.release.title.endswith("Sejak Dini")
    assert survivor.path == draft.resolve()
    assert survivor.isWindowModified()  # restored work still needs saving
    assert find_orphans(folder) == []  # old copy gone, survivor holds its own
    assert survivor.recovery.draft_path.exists()
    assert survivor.save()
    assert load_draft(draft).title.endswith("Sejak Dini")
    assert not survivor.recovery.draft_path.exists()


def test_a_running_session_is_not_offered_for_recovery(make_window: Factory) -> None:
    window = make_window()
    window.release.title = "X"
    window._forced_dirty = True
    assert window.autosave()
    assert find_orphans(window.recovery.folder) == []


def test_corrupt_draft_is_refused_and_left_alone(make_window: Factory, tmp_path: Path,
                                                 answers: Answers) -> None:
    window = make_window()
    assert window.open_path(copy_sample(tmp_path))
    before = window.release
    corrupt = tmp_path / "rusak.rilis"
    corrupt.write_bytes(b'{"version": 2, "title": "Setengah')
    content = corrupt.read_bytes()
    assert not window.open_path(corrupt)
    assert answers.errors and "JSON rusak" in answers.errors[0][1]
    assert corrupt.read_bytes() == content
    assert window.release is before
    assert window.path != corrupt
    assert not list(tmp_path.glob("rusak.rilis.*"))


def test_close_asks_about_unsaved_changes(qtbot: QtBot, make_window: Factory,
                                          answers: Answers) -> None:
    window = make_window()
    qtbot.keyClicks(window.release_form.title, "Belum disimpan")
    answers.save_changes = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert answers.questions == 1 and window.isVisible()
    answers.save_changes = QMessageBox.StandardButton.Discard
    assert window.close()


def test_open_with_unsaved_changes_can_be_cancelled(qtbot: QtBot, make_window: Factory,
                                                    answers: Answers) -> None:
    window = make_window()
    qtbot.keyClicks(window.release_form.title, "Draf saya")
    answers.open_path = sample_draft()
    answers.save_changes = QMessageBox.StandardButton.Cancel
    assert not window.open_dialog()
    assert window.release.title == "Draf saya"


def test_geometry_is_remembered(make_window: Factory) -> None:
    from app.base.settings import load_settings

    window = make_window()
    window.resize(790, 530)
    window.remember_geometry()
    assert load_settings().geometry
    again = make_window(load_settings())
    assert again.size() == window.size()


def test_screenshot_command(tmp_path: Path) -> None:
    png = tmp_path / "layar.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "gui", str(sample_draft()), "--screenshot", str(png)],
        capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 37)}
    assert len(colours) > 20  # a drawn window, not a blank rectangle


def test_screenshot_command_refuses_unreadable_draft(tmp_path: Path) -> None:
    bad = tmp_path / "x.rilis"
    bad.write_text("[]", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "gui", str(bad), "--screenshot",
         str(tmp_path / "x.png")], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert "Draf tidak dapat dibuka" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_next_start_offers_to_restore(qtbot: QtBot, make_window: Factory, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.app import offer_recovery

    crashed = make_window()
    crashed.release_form.title.setText("Belum sempat disimpan")
    assert crashed.autosave()
    info = json.loads(crashed.recovery.info_path.read_text(encoding="utf-8"))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    info["pid"] = int(dead.stdout)
    crashed.recovery.info_path.write_text(json.dumps(info), encoding="utf-8")
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        restore = next(button for button in box.buttons()
                       if box.buttonRole(button) == QMessageBox.ButtonRole.YesRole)
        restore.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window = make_window()
    window.recovery.folder = tmp_path / "recovery-2"
    assert offer_recovery(window, find_orphans(crashed.recovery.folder))
    assert "Belum sempat disimpan" in asked[0]
    assert window.release.title == "Belum sempat disimpan"
    assert window.isWindowModified()


def test_emblem_for_the_official_letterhead(make_window: Factory) -> None:
    window = make_window()
    emblem = sample_draft().parent / "lambang-contoh.png"
    window.release_form.set_emblem(str(emblem))
    assert window.release.emblem == str(emblem)
    assert window.release_form.emblem.text() == "lambang-contoh.png"
    window.undo_action.trigger()
    assert window.release.emblem == ""
