"""The date, time and time-zone widgets shared by the event and embargo fields."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QDateEdit

from app.model import TIMEZONES
from ui.widgets import LineEdit

NO_DATE = QDate(2000, 1, 1)
"""Shown as "–": the minimum date stands for "no date yet"."""
_TIME_PATTERN = r"^([01]?\d|2[0-3])?([.:][0-5]?\d?)?$"
"""Accepts a time while it is being typed (``9``, ``09.``, ``09.3``), nothing else."""


def date_edit() -> QDateEdit:
    """A date picker that shows the Indonesian day and month (``Jumat, 20 November 2026``)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    edit.setDisplayFormat("dddd, d MMMM yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("–")
    return edit


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
