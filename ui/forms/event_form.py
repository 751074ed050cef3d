"""*Kegiatan*: what happened, when (with the Indonesian day shown) and where."""

from __future__ import annotations

import datetime as _dt
import logging
import re

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.base.errors import RilisError
from app.release.indonesian import format_moment, normalize_time
from app.release.model import TIMEZONES
from app.render.event_line import Placement, placement
from app.render.templating import render_document
from ui.forms.base import Section, form_layout, hint_label
from ui.forms.moment import NO_DATE, date_edit, time_edit, zone_combo
from ui.widgets import CheckedField, LineEdit

logger = logging.getLogger(__name__)

CONTEXT = "EventForm"
"""The date edit's minimum stands for "no date yet" (shown as a dash)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def when_text(date: str, time: str, zone: str) -> str:
    """``Jumat, 20 November 2026, pukul 08.30 WIB`` (house style, always Indonesian)."""
    return format_moment(date, time, zone, ", ")


def placement_text(where: Placement) -> str:
    """The note under the event fields: where the release tells the event."""
    if where.where == "attribution":
        return _tr("Disebut di paragraf {n} (kalimat atribusi)").format(n=where.paragraph)
    if where.where == "body":
        return _tr("Sudah disebut di paragraf {n}").format(n=where.paragraph)
    if where.where == "header":
        return _tr("Disebut di kepala rilis (Hari/tanggal, Tempat)")
    if where.where == "none":
        return _tr("Belum disebut di rilis: tulis @hari dan @tempat di paragraf")
    return ""


class EventForm(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = LineEdit()
        self.name.path = "event.name"
        self.name.setPlaceholderText(_tr("Nama kegiatan, mis. Sosialisasi Keselamatan Berkendara"))
        self.name.textChanged.connect(lambda text: self._set("name", text, _tr("Ubah acara")))
        self.date = date_edit()
        self.date.dateChanged.connect(self._date_changed)
        self.time = time_edit("09.00")
        self.time.textChanged.connect(self._time_changed)
        self.time.editingFinished.connect(self._time_finished)
        self.zone = zone_combo()
        self.zone.setToolTip(_tr("WIB (UTC+7), WITA (UTC+8), WIT (UTC+9)"))
        self.zone.currentTextChanged.connect(
            lambda text: self._set("timezone", text, _tr("Ubah zona waktu")))
        self.place = LineEdit()
        self.place.setPlaceholderText(_tr("mis. Aula SMA Negeri 2 Trenggalek"))
        self.place.textChanged.connect(lambda text: self._set("place", text, _tr("Ubah tempat")))
        self.summary = hint_label("")
        self.placement = hint_label("")
        self.placement.setObjectName("placement")

        form = form_layout()
        form.addRow(_tr("Acara"), self.name)
        form.addRow(_tr("Tanggal"), self.date)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time)
        time_row.addWidget(self.zone)
        time_row.addStretch(1)
        form.addRow(_tr("Pukul"), time_row)
        form.addRow(_tr("Tempat"), self.place)
        form.addRow("", self.summary)
        form.addRow("", self.placement)
        form.addRow("", hint_label(_tr(
            "Di paragraf, tulis @acara, @tempat, @hari, @tanggal atau @pukul untuk "
            "menyisipkan isian ini.")))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def _fill(self) -> None:
        event = self.release.event
        if self.name.text() != event.name:
            self.name.setText(event.name)
        if self.place.text() != event.place:
            self.place.setText(event.place)
        if self.time.text() != event.time:
            self.time.setText(event.time)
        self.zone.setCurrentText(event.timezone if event.timezone in TIMEZONES else "WIB")
        try:
            day = _dt.date.fromisoformat(event.date) if event.date else None
        except ValueError:
            day = None
        self.date.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        self._update_summary()

    def _update_summary(self) -> None:
        event = self.release.event
        self.summary.setText(when_text(event.date, event.time, event.timezone))
        self.update_placement()

    def update_placement(self) -> None:
        """Render the release (a few milliseconds) and say where it tells the event; the
        body is edited in another tab, so this runs again whenever this tab is shown."""
        try:
            where = placement(render_document(self.release), self.release.event)
        except RilisError as error:
            logger.info("event placement not shown: %s", error)
            where = Placement("empty")
        self.placement.setText(placement_text(where))

    def showEvent(self, event: QShowEvent) -> None:
        self.update_placement()
        super().showEvent(event)

    def _set(self, attribute: str, value: str, label: str) -> None:
        if getattr(self.release.event, attribute) == value:
            return
        setattr(self.release.event, attribute, value)
        self._update_summary()
        self.changed(f"event.{attribute}", label)

    def _date_changed(self, date: QDate) -> None:
        value = "" if date == NO_DATE else date.toString("yyyy-MM-dd")
        self._set("date", value, _tr("Ubah tanggal"))

    def _time_changed(self, text: str) -> None:
        """Only a complete time (or none) reaches the model: a draft must stay valid."""
        if re.fullmatch(r"\d{1,2}[.:]\d{2}", text.strip()):
            self._set("time", normalize_time(text), _tr("Ubah pukul"))
        elif not text.strip():
            self._set("time", "", _tr("Ubah pukul"))

    def _time_finished(self) -> None:
        fixed = normalize_time(self.time.text())
        if fixed != self.time.text():
            self.time.setText(fixed)

    def field_for(self, path: str) -> CheckedField | None:
        return {"event.name": self.name, "event.place": self.place}.get(path)

    def checked_fields(self) -> list[CheckedField]:
        return [self.name]
