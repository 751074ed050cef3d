"""Inline checking in the forms, the right-click menu, the dictionary and *Periksa*."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.base.paths import sample_draft
from app.language.userdict import default_personal_path
from app.release.model import Paragraph
from tests.ui.conftest import wait_preview
from ui.main_window import MainWindow
from ui.widgets import CheckedField

Factory = Callable[..., MainWindow]


def open_sample(make_window: Factory) -> MainWindow:
    window = make_window()
    assert window.open_path(sample_draft())
    window.checks.wait_ready()
    return window


def menu_for(window: MainWindow, field: CheckedField, word: str) -> QMenu:
    menu = QMenu()
    window.checks.populate_menu(field, menu, field.plain().index(word) + 1)
    return menu


def action(menu: QMenu, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in menu.actions() if a.text() == text)


def test_misspelling_is_underlined_and_a_suggestion_accepted(qtbot: QtBot,
                                                              make_window: Factory) -> None:
    window = open_sample(make_window)
    body = window.body_form
    window.tabs.setCurrentWidget(body)
    body.list.select(0)
    field = body.paragraph
    field.setPlainText("Ratusan pelajr 😀 hadir di aula bersama @kapolres.")
    qtbot.waitUntil(lambda: any(f.text == "pelajr" for f in field.findings), timeout=10000)
    assert [f.text for f in field.findings] == ["pelajr"]  # names and @mentions are known
    highlighter = field.highlighter
    assert highlighter is not None
    assert highlighter.spans == [(8, 14, "spelling")]  # type: ignore[attr-defined]

    menu = menu_for(window, field, "pelajr")
    texts = [a.text() for a in menu.actions()]
    assert texts[0].startswith("Kata “pelajr”")  # the message leads the menu
    assert "Tambahkan ke kamus" in texts and "Abaikan" in texts
    action(menu, "pelajar").trigger()
    assert field.toPlainText() == "Ratusan pelajar 😀 hadir di aula bersama @kapolres."
    block = window.release.body[0]
    assert isinstance(block, Paragraph) and block.text.startswith("Ratusan pelajar ")
    qtbot.waitUntil(lambda: not field.findings, timeout=10000)
    wait_preview(qtbot, window)
    assert "Ratusan pelajar" in window.preview.toPlainText()
    window.undo_action.trigger()
    assert window.release.body[0].text.startswith("Ratusan pelajr")  # type: ignore[union-attr]


def test_emoji_before_a_typo_keeps_the_underline_on_the_word(qtbot: QtBot,
                                                              make_window: Factory) -> None:
    window = open_sample(make_window)
    field = window.release_form.title
    field.setText("👮👮 Patroli motr malam")
    qtbot.waitUntil(lambda: [f.text for f in field.findings] == ["motr"], timeout=10000)
    field.select_span(field.findings[0].start, field.findings[0].end)
    assert field.selectedText() == "motr"


def test_add_a_word_to_the_personal_dictionary(qtbot: QtBot, make_window: Factory) -> None:
    window = open_sample(make_window)
    field = window.release_form.title
    field.setText("Polres Gelar Sambang Kamtibmas di Desa sipandu")
    qtbot.waitUntil(lambda: "sipandu" in [f.text for f in field.findings], timeout=10000)
    menu = menu_for(window, field, "sipandu")
    action(menu, "Tambahkan ke kamus").trigger()
    qtbot.waitUntil(lambda: "sipandu" not in [f.text for f in field.findings],
                    timeout=10000)
    words = default_personal_path().read_text(encoding="utf-8").split()
    assert "sipandu" in words
    assert str(default_personal_path()).startswith(str(window.recent.path.parent.parent)) or \
        "home" in str(default_personal_path())  # the private test profile


def test_ignore_a_word_for_this_draft(qtbot: QtBot, make_window: Factory) -> None:
    window = open_sample(make_window)
    field = window.release_form.title
    field.setText("Operasi Zebra Semeru digelr")
    qtbot.waitUntil(lambda: "digelr" in [f.text for f in field.findings], timeout=10000)
    menu = menu_for(window, field, "digelr")
    action(menu, "Abaikan").trigger()
    qtbot.waitUntil(lambda: not field.findings, timeout=10000)
    assert not default_personal_path().exists() or "digelr" not in \
        default_personal_path().read_text(encoding="utf-8")


def test_check_panel_lists_findings_and_jumps_to_the_word(qtbot: QtBot,
                                                          make_window: Factory) -> None:
    window = open_sample(make_window)
    block = window.release.body[3]
    assert isinstance(block, Paragraph)
    block.text = block.text.replace("kecelakaan", "kecelakaaan")
    window.set_release(window.release, window.path)
    window.checks.wait_ready()
    window.toggle_check_panel()
    panel = window.check_panel
    qtbot.waitUntil(lambda: any(p.finding.text == "kecelakaaan" for p in panel.findings),
                    timeout=10000)
    assert "ejaan" in panel.summary.text()
    row = next(i for i, p in enumerate(panel.findings) if p.finding.text == "kecelakaaan")
    assert panel.findings[row].place == "Paragraf 4"
    window.tabs.setCurrentWidget(window.release_form)
    panel.list.itemClicked.emit(panel.list.item(row))
    assert window.tabs.currentWidget() is window.body_form
    assert window.body_form.list.current_row() == 3
    assert window.body_form.paragraph.textCursor().selectedText() == "kecelakaaan"


def test_checker_finds_nothing_in_the_clean_sample_body(qtbot: QtBot,
                                                        make_window: Factory) -> None:
    window = open_sample(make_window)
    window.toggle_check_panel()
    qtbot.waitUntil(lambda: window.check_panel.summary.text() != "Memeriksa…", timeout=10000)
    places = {p.place for p in window.check_panel.findings}
    assert not any(place.startswith(("Paragraf", "Kutipan", "Judul")) for place in places)
