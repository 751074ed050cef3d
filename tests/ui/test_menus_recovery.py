"""Menus reachable by keyboard, the recovery question in Indonesian, autosave that keeps up."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.base.paths import sample_draft
from app.desk.recovery import RecoverySlot, find_orphans
from app.release.indonesian import DAYS, MONTHS
from ui import autosave as autosave_module
from ui.i18n import install_translator
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand)."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].lower()
            index += 1
        index += 1
    return None


def all_menus(window: MainWindow) -> list[tuple[str, list[str]]]:
    """Every menu of the window (menu bar, submenus, the recent-files menu filled)."""
    window.recent.add(sample_draft())
    window._fill_recent_menu()
    found: list[tuple[str, list[str]]] = [
        ("menubar", [a.text() for a in window.menuBar().actions()])]
    pending = [a.menu() for a in window.menuBar().actions()]
    while pending:
        menu = pending.pop()
        if not isinstance(menu, QMenu):
            continue
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isEnabled()]
        found.append((menu.title(), texts))
        pending += [a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu)]
    return found


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_menu_has_unique_mnemonics(make_window: Factory, language: str) -> None:
    assert install_translator(language)
    try:
        window = make_window()
        menus = all_menus(window)
    finally:
        install_translator("id")
    titles = [title for title, _texts in menus]
    assert len(titles) == 7  # menu bar, Berkas, Buka terakhir, Ekspor, Sunting, Periksa, Tinjau
    if language == "id":
        assert {"&Berkas", "&Ekspor", "Buka te&rakhir", "&Sunting", "&Tinjau"} <= set(titles)
    for title, texts in menus:
        letters = [mnemonic(text) for text in texts]
        missing = [text for text, letter in zip(texts, letters, strict=True) if letter is None]
        assert not missing, f"{title}: no mnemonic on {missing}"
        duplicates = {letter for letter in letters if letters.count(letter) > 1}
        assert not duplicates, f"{title}: {duplicates} used twice in {texts}"


def test_recent_files_are_numbered_and_ampersands_escaped(make_window: Factory,
                                                          tmp_path: Path) -> None:
    window = make_window()
    odd = tmp_path / "Polres & Warga.rilis"
    odd.write_bytes(sample_draft().read_bytes())
    window.recent.add(odd)
    window._fill_recent_menu()
    first = window.recent_menu.actions()[0]
    assert first.text() == "&1 Polres && Warga.rilis"


def orphan_of(make_window: Factory, title: str, saved: str) -> Path:
    crashed = make_window()
    crashed.release_form.title.setText(title)
    assert crashed.autosave()
    info = json.loads(crashed.recovery.info_path.read_text(encoding="utf-8"))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    info.update(pid=int(dead.stdout), saved=saved)
    crashed.recovery.info_path.write_text(json.dumps(info), encoding="utf-8")
    return crashed.recovery.folder


def test_recovery_question_shows_local_time_in_indonesian(
        qtbot: QtBot, make_window: Factory, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    from ui.app import offer_recovery, recovery_question

    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    try:
        folder = orphan_of(make_window, "Patroli Subuh di Pasar", "2026-12-01T02:15:00+00:00")
        orphan = find_orphans(folder)[0]
        window = make_window()
        box = recovery_question(window, orphan)
        shown = (box.text() + " " + box.informativeText()).replace("\u00a0", " ")
        assert "Selasa, 1 Desember 2026 pukul 09.15" in shown
        assert "2026-12-01T" not in shown and "Patroli Subuh di Pasar" in shown
        assert sorted(b.text() for b in box.buttons()) == ["Buang salinan", "Pulihkan"]
        box.show()
        qtbot.addWidget(box)
        box.grab().save("/tmp/rilis-pemulihan.png")

        def press(label: str) -> Callable[[], None]:
            def click() -> None:
                active = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
                button = next(b for b in active[-1].findChildren(QPushButton)
                              if b.text() == label)
                button.click()
            return click

        window.recovery.folder = tmp_path / "recovery-2"
        QTimer.singleShot(50, press("Pulihkan"))
        assert offer_recovery(window, find_orphans(folder))
        assert window.release.title == "Patroli Subuh di Pasar"
        assert find_orphans(folder) == []
    finally:
        monkeypatch.undo()
        time.tzset()


def test_discarding_the_recovered_copy(qtbot: QtBot, make_window: Factory) -> None:
    from ui.app import offer_recovery

    folder = orphan_of(make_window, "Dibuang saja", "2026-12-01T09:15:00+07:00")
    window = make_window()

    def discard() -> None:
        box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
        next(b for b in box.findChildren(QPushButton) if b.text() == "Buang salinan").click()

    QTimer.singleShot(50, discard)
    assert not offer_recovery(window, find_orphans(folder))
    assert find_orphans(folder) == [] and window.release.title == ""


def test_month_and_day_names_are_indonesian() -> None:
    assert "Selasa" in DAYS and "Desember" in MONTHS


# ---------------------------------------------------------------- autosave


def test_autosave_soon_after_typing_pauses_off_the_ui_thread(
        qtbot: QtBot, make_window: Factory, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[str] = []
    original = RecoverySlot.write

    def spy(self: RecoverySlot, *args: object, **kwargs: object) -> Path:
        threads.append(threading.current_thread().name)
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(RecoverySlot, "write", spy)
    window = make_window()
    qtbot.keyClicks(window.release_form.title, "Patroli")
    started = time.monotonic()
    assert window.autosaver.is_active()
    assert threads == []  # a keystroke never writes
    qtbot.waitUntil(lambda: window.recovery.draft_path.exists(), timeout=5000)
    elapsed = time.monotonic() - started
    assert autosave_module.IDLE_MS / 1000 - 0.2 <= elapsed < 4.0
    assert threads and all(name.startswith("rilis-autosave") for name in threads)
    orphan_text = window.recovery.draft_path.read_text(encoding="utf-8")
    assert "Patroli" in orphan_text


def test_continuous_typing_is_still_copied_every_few_seconds(
        qtbot: QtBot, make_window: Factory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(autosave_module, "IDLE_MS", 1000)
    monkeypatch.setattr(autosave_module, "LATEST_MS", 1500)
    window = make_window()
    field = window.release_form.title
    deadline = time.monotonic() + 2.5
    while time.monotonic() < deadline and not window.recovery.draft_path.exists():
        qtbot.keyClicks(field, "a")
        qtbot.wait(100)  # a pause shorter than the idle time: still typing
    assert window.recovery.draft_path.exists(), "no copy while typing without a pause"


def test_leaving_the_field_or_the_window_copies_at_once(
        qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    window.autosaver.idle.setInterval(60_000)
    window.autosaver.latest.setInterval(60_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form = window.release_form
    form.title.setFocus()
    qtbot.waitUntil(form.title.hasFocus)
    qtbot.keyClicks(form.title, "Berpindah kolom")
    assert window.autosaver.is_active() and not window.recovery.draft_path.exists()
    form.dateline.setFocus()
    qtbot.waitUntil(lambda: window.recovery.draft_path.exists(), timeout=3000)
    window.recovery.discard()

    qtbot.keyClicks(form.dateline, "Sukamaju")
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    qtbot.waitUntil(lambda: window.recovery.draft_path.exists(), timeout=3000)
    assert "Sukamaju" in window.recovery.draft_path.read_text(encoding="utf-8")


def test_a_save_while_a_copy_is_written_leaves_no_copy_behind(
        qtbot: QtBot, make_window: Factory, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    original = RecoverySlot.write

    def slow(self: RecoverySlot, *args: object, **kwargs: object) -> Path:
        time.sleep(0.3)
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(RecoverySlot, "write", slow)
    window = make_window()
    window.release_form.title.setText("Disimpan saat menyalin")
    window.autosaver.save_soon()  # the worker is now writing
    assert window.save_to(tmp_path / "rilis.rilis")
    qtbot.wait(500)
    assert not window.recovery.draft_path.exists()
    assert find_orphans(window.recovery.folder) == []


def test_keystroke_cost_does_not_include_the_copy(qtbot: QtBot, make_window: Factory,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Typing with a slow disk: keystrokes stay fast because the copy runs elsewhere."""
    original = RecoverySlot.write

    def slow(self: RecoverySlot, *args: object, **kwargs: object) -> Path:
        time.sleep(0.5)
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(RecoverySlot, "write", slow)
    window = make_window()
    assert window.open_path(sample_draft())
    field = window.release_form.title
    window.autosaver.idle.setInterval(1)  # a copy after every keystroke, worst case
    started = time.perf_counter()
    for _ in range(10):
        qtbot.keyClicks(field, "x")
        qtbot.wait(5)
    per_key = (time.perf_counter() - started) / 10
    assert per_key < 0.3, f"{per_key * 1000:.0f} ms per keystroke"
