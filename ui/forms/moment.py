"""The date, time and time-zone widgets shared by the event and embargo fields.

A date is typed as text (``22/9/2023``, ``22-09-2023``, ``22 September 2023``, ``22 Sept``)
or picked from the calendar button. Qt's sectioned QDateEdit was dropped: with the day
name in front, typed digits landed in the wrong section and sometimes in the next field.
Parsing is ``app.release.indonesian.parse_date`` (Qt-free); the field only shows and reports.
"""

from __future__ import annotations

import datetime as _dt
import logging

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.release.indonesian import long_date, parse_date
from app.release.model import TIMEZONES
from ui.widgets import LineEdit

logger = logging.getLogger(__name__)

CONTEXT = "DateField"

NO_DATE = QDate(2000, 1, 1)
"""Shown as "–": the minimum date stands for "no date yet"."""
_TIME_PATTERN = r"^([01]?\d|2[0-3])?([.:][0-5]?\d?)?$"
"""Accepts a time while it is being typed (``9``, ``09.``, ``09.3``), nothing else."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def indonesian_locale() -> QLocale:
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def to_python(date: QDate) -> _dt.date | None:
    return None if not date.isValid() or date == NO_DATE else _dt.date(
        date.year(), date.month(), date.day())


class DateEdit(QWidget):
    """A typed date with a calendar button; shows ``Jumat, 22 September 2023`` when left.

    ``dateChanged(QDate)`` fires as soon as the text is a whole date (a four-digit year),
    and again when the field is left with a shorter form (``22/9`` is this year's). An
    empty field is "no date" (``NO_DATE``); an unreadable one is put back as it was.
    """

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = NO_DATE
        self.line = LineEdit(self)
        self.line.setPlaceholderText(_tr("mis. 22/9/2023 atau 22 September 2023"))
        self.line.setToolTip(_tr("Ketik tanggal (22/9/2023, 22-09-2023, 22 September 2023) "
                                 "atau pilih di kalender."))
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(indonesian_locale())
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.menu = menu
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(_tr("Pilih tanggal di kalender"))
        self.button.setAccessibleName(_tr("Kalender"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(menu)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self._show()

    # ---------------------------------------------------------------- value

    def date(self) -> QDate:
        return QDate(self._date)

    def text(self) -> str:
        return self.line.text()

    def setDate(self, date: QDate) -> None:  # Qt-style name: a drop-in for QDateEdit
        """Show ``date``; the text being typed is kept when it already means that date."""
        date = date if date.isValid() else NO_DATE
        changed = date != self._date
        self._date = QDate(date)
        typed = parse_date(self.line.text(), complete=True)
        if not (self.line.hasFocus() and typed == to_python(date)):
            self._show()
        if changed:
            self.dateChanged.emit(QDate(date))

    def setReadOnly(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    def isReadOnly(self) -> bool:
        return self.line.isReadOnly()

    def _show(self) -> None:
        day = to_python(self._date)
        text = long_date(day) if day is not None else ""
        if self.line.text() != text:
            self.line.setText(text)

    def _commit(self, day: _dt.date | None) -> None:
        date = NO_DATE if day is None else QDate(day.year, day.month, day.day)
        if date != self._date:
            self._date = date
            self.dateChanged.emit(QDate(date))

    # ---------------------------------------------------------------- typing

    def _typed(self, text: str) -> None:
        """Only a whole date reaches the draft while typing (``22/9/2`` waits); an emptied
        field is "no date" only once it is left (retyping starts with a clear field)."""
        day = parse_date(text, self._today(), complete=False)
        if day is not None:
            self._commit(day)

    def _finished(self) -> None:
        text = self.line.text()
        if text.strip():
            day = parse_date(text, self._today(), complete=True)
            if day is None:
                logger.info("unreadable date %r: the shown date stays", text)
            else:
                self._commit(day)
        else:
            self._commit(None)
        self._show()

    def _today(self) -> _dt.date:
        """Years left out are the shown date's year (or this year)."""
        return to_python(self._date) or _dt.date.today()

    # ---------------------------------------------------------------- calendar

    def _prepare_calendar(self) -> None:
        self.calendar.setSelectedDate(self._date if self._date != NO_DATE
                                      else QDate.currentDate())

    def _picked(self, date: QDate) -> None:
        self.menu.close()
        if self.isReadOnly():
            return
        self._commit(to_python(date))
        self._show()


def date_edit() -> DateEdit:
    """A date field that shows the Indonesian day and month (``Jumat, 20 November 2026``)."""
    return DateEdit()


def time_edit(placeholder: str) -> LineEdit:
    """A short field for ``HH.MM``."""
    edit = LineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaximumWidth(90)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(_TIME_PATTERN), edit))
    return edit


def zone_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItems(list(TIMEZONES))
    return combo
