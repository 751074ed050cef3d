"""*Tanggal* typed key by key (issue 11, point 4): the digits stay in the date field, the
draft gets the date as soon as it is whole, and the calendar still picks one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_preview
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]


def type_date(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Select the field, clear it with the keyboard and type ``text`` one key at a time."""
    form = window.event_form
    window.tabs.setCurrentWidget(form)
    line = form.date.line
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    for char in text:
        qtbot.keyClicks(line, char)


@pytest.mark.parametrize("typed", ["22/9/2023", "22-09-2023", "22 September 2023",
                                   "22 Sept 2023", "22.9.2023"])
def test_a_date_typed_key_by_key_reaches_the_draft_and_nothing_else(
        qtbot: QtBot, make_window: Factory, typed: str) -> None:
    window = make_window()
    form = window.event_form
    form.time.setText("")
    type_date(qtbot, window, typed)
    assert form.date.text() == typed  # nothing reformatted under the fingers
    assert window.release.event.date == "2023-09-22"
    assert form.time.text() == "" and window.release.event.time == ""  # nothing spilled
    qtbot.keyClick(form.date.line, Qt.Key.Key_Tab)  # leaving shows the Indonesian form
    assert form.date.text() == "Jumat, 22 September 2023"
    wait_preview(qtbot, window)
    assert "Jumat, 22 September 2023" in form.summary.text()


def test_half_a_date_never_reaches_the_draft(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    before = window.release.event.date
    type_date(qtbot, window, "22/9/2")
    assert window.release.event.date == before  # not the year 2
    qtbot.keyClicks(window.event_form.date.line, "023")
    assert window.release.event.date == "2023-09-22"


def test_a_short_date_is_completed_when_the_field_is_left(qtbot: QtBot,
                                                          make_window: Factory) -> None:
    window = make_window()
    window.event_form.date.setDate(QDate(2024, 3, 1))
    type_date(qtbot, window, "17/8")
    qtbot.keyClick(window.event_form.date.line, Qt.Key.Key_Return)
    assert window.release.event.date == "2024-08-17"  # the shown date's year
    assert window.event_form.date.text() == "Sabtu, 17 Agustus 2024"


def test_an_unreadable_date_is_put_back_and_undo_restores_the_old_one(
        qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    window.event_form.date.setDate(QDate(2025, 1, 6))
    type_date(qtbot, window, "besok pagi")
    qtbot.keyClick(window.event_form.date.line, Qt.Key.Key_Tab)
    assert window.release.event.date == "2025-01-06"
    assert window.event_form.date.text() == "Senin, 6 Januari 2025"
    window.break_undo_merge()  # as moving to another field would
    type_date(qtbot, window, "2/2/2025")
    assert window.release.event.date == "2025-02-02"
    window.undo_stack.undo()
    assert window.release.event.date == "2025-01-06"
    assert window.event_form.date.text() == "Senin, 6 Januari 2025"


def test_the_calendar_still_picks_a_date(qtbot: QtBot, make_window: Factory) -> None:
    window = make_window()
    field = window.event_form.date
    field.menu.aboutToShow.emit()
    field.calendar.setSelectedDate(QDate(2023, 9, 22))
    field.calendar.clicked.emit(QDate(2023, 9, 22))
    assert window.release.event.date == "2023-09-22"
    assert field.text() == "Jumat, 22 September 2023"
    assert field.calendar.locale().language() == field.calendar.locale().Language.Indonesian


def test_emptying_the_field_leaves_the_event_without_a_date(qtbot: QtBot,
                                                           make_window: Factory) -> None:
    window = make_window()
    type_date(qtbot, window, "")
    qtbot.keyClick(window.event_form.date.line, Qt.Key.Key_Tab)
    assert window.release.event.date == ""
    assert QApplication.focusWidget() is not window.event_form.date.line
