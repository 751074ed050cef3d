"""*Terbit*: the embargo (not before this moment) and who wrote and edited the release.

An embargo is off by default ("tanpa embargo" is an empty date in the draft): the officer
ticks it, picks the day and time with its zone, and every export says *Embargo sampai …*.
"""

from __future__ import annotations

import datetime as _dt
import re

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from app.desk.presenters import parse_tags, tags_text
from app.release.indonesian import normalize_time
from app.release.model import TIMEZONES, Embargo
from ui.forms.base import Section, form_layout, hint_label
from ui.forms.event_form import when_text
from ui.forms.moment import date_edit, time_edit, zone_combo
from ui.widgets import LineEdit

CONTEXT = "PublishForm"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class PublishForm(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.embargo_on = QCheckBox(_tr("Jangan disiarkan sebelum waktu ini"))
        self.embargo_on.toggled.connect(self._embargo_toggled)
        self.embargo_date = date_edit()
        self.embargo_date.dateChanged.connect(self._embargo_date_changed)
        self.embargo_time = time_edit("10.00")
        self.embargo_time.textChanged.connect(self._embargo_time_changed)
        self.embargo_time.editingFinished.connect(self._embargo_time_finished)
        self.embargo_zone = zone_combo()
        self.embargo_zone.currentTextChanged.connect(
            lambda text: self._set_embargo("timezone", text))
        self.embargo_summary = hint_label("")

        self.author = LineEdit()
        self.author.setPlaceholderText(_tr("mis. Bripka Dwi Anggraeni"))
        self.author.textChanged.connect(lambda text: self._set_meta("author", text,
                                                                    _tr("Ubah penulis")))
        self.editor = LineEdit()
        self.editor.setPlaceholderText(_tr("Penyunting atau peninjau"))
        self.editor.textChanged.connect(lambda text: self._set_meta("editor", text,
                                                                    _tr("Ubah penyunting")))
        self.tags = LineEdit()
        self.tags.setPlaceholderText(_tr("Pisahkan dengan koma, mis. lalu lintas, patroli"))
        self.tags.textChanged.connect(self._tags_changed)

        embargo = QGroupBox(_tr("Embargo"))
        form = form_layout()
        form.addRow("", self.embargo_on)
        form.addRow(_tr("Tanggal"), self.embargo_date)
        time_row = QHBoxLayout()
        time_row.addWidget(self.embargo_time)
        time_row.addWidget(self.embargo_zone)
        time_row.addStretch(1)
        form.addRow(_tr("Pukul"), time_row)
        form.addRow("", self.embargo_summary)
        embargo.setLayout(form)
        meta = QGroupBox(_tr("Penulis dan label"))
        meta_form = form_layout()
        meta_form.addRow(_tr("Penulis"), self.author)
        meta_form.addRow(_tr("Penyunting"), self.editor)
        meta_form.addRow(_tr("Label"), self.tags)
        meta_form.addRow("", hint_label(_tr("Label membantu mencari rilis lama; tidak "
                                            "dicetak di rilis.")))
        meta.setLayout(meta_form)
        layout = QVBoxLayout(self)
        layout.addWidget(embargo)
        layout.addWidget(meta)
        layout.addStretch(1)

    # ------------------------------------------------------------ showing

    def _fill(self) -> None:
        embargo = self.release.embargo
        on = bool(embargo.date)
        self.embargo_on.setChecked(on)
        try:
            day = _dt.date.fromisoformat(embargo.date) if embargo.date else None
        except ValueError:
            day = None
        if day is not None:
            self.embargo_date.setDate(QDate(day.year, day.month, day.day))
        if self.embargo_time.text() != embargo.time:
            self.embargo_time.setText(embargo.time)
        self.embargo_zone.setCurrentText(embargo.timezone if embargo.timezone in TIMEZONES
                                         else "WIB")
        meta = self.release.meta
        for widget, value in ((self.author, meta.author), (self.editor, meta.editor)):
            if widget.text() != value:
                widget.setText(value)
        if parse_tags(self.tags.text()) != meta.tags:
            self.tags.setText(tags_text(meta.tags))
        self._update_embargo()

    def _update_embargo(self) -> None:
        on = self.embargo_on.isChecked()
        for widget in (self.embargo_date, self.embargo_time, self.embargo_zone):
            widget.setEnabled(on)
        embargo = self.release.embargo
        if embargo.date:
            self.embargo_summary.setText(_tr("Embargo sampai {when}").format(
                when=when_text(embargo.date, embargo.time, embargo.timezone)))
        else:
            self.embargo_summary.setText(_tr("Tanpa embargo: boleh langsung disiarkan."))

    # ------------------------------------------------------------ editing

    def _embargo_toggled(self, on: bool) -> None:
        if self._loading:
            self._update_embargo()
            return
        if on:
            if not self.embargo_date.date().isValid() or self.embargo_date.date().year() < 2001:
                self.embargo_date.setDate(QDate.currentDate())
            date = self.embargo_date.date().toString("yyyy-MM-dd")
            time = normalize_time(self.embargo_time.text()) if self.embargo_time.text() else ""
            new = Embargo(date=date, time=time if re.fullmatch(r"\d{2}\.\d{2}", time) else "",
                          timezone=self.embargo_zone.currentText())
        else:
            new = Embargo(timezone=self.release.embargo.timezone)
        if new != self.release.embargo:
            self.release.embargo = new
            self.changed("embargo", _tr("Ubah embargo"))
        self._update_embargo()

    def _set_embargo(self, attribute: str, value: str) -> None:
        if self._loading or getattr(self.release.embargo, attribute) == value:
            return
        if attribute != "timezone" and not self.embargo_on.isChecked():
            return
        setattr(self.release.embargo, attribute, value)
        self._update_embargo()
        self.changed(f"embargo.{attribute}", _tr("Ubah embargo"))

    def _embargo_date_changed(self, date: QDate) -> None:
        self._set_embargo("date", date.toString("yyyy-MM-dd"))

    def _embargo_time_changed(self, text: str) -> None:
        """Only a complete time (or none) reaches the model: a draft must stay valid."""
        if re.fullmatch(r"\d{1,2}[.:]\d{2}", text.strip()):
            self._set_embargo("time", normalize_time(text))
        elif not text.strip():
            self._set_embargo("time", "")

    def _embargo_time_finished(self) -> None:
        fixed = normalize_time(self.embargo_time.text())
        if fixed != self.embargo_time.text():
            self.embargo_time.setText(fixed)

    def _set_meta(self, attribute: str, value: str, label: str) -> None:
        if getattr(self.release.meta, attribute) != value:
            setattr(self.release.meta, attribute, value)
            self.changed(f"meta.{attribute}", label)

    def _tags_changed(self, text: str) -> None:
        tags = parse_tags(text)
        if tags != self.release.meta.tags:
            self.release.meta.tags = tags
            self.changed("meta.tags", _tr("Ubah label"))
