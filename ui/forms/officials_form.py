"""*Pejabat*: the officials a release names, with rank, name, short name and degrees.

Each official has a short code (``@kapolres``) that paragraphs use to mention them; the
code can be renamed and every mention follows. Degrees are normalised to EYD as they are
typed (``SH, SIK`` → ``S.H., S.I.K.``) and the short name is proposed from the name.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGroupBox,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.release.indonesian import (
    normalize_degree,
    propose_short_name,
    short_mention,
    split_degrees,
)
from app.release.model import Official, Paragraph, Quote
from app.render.templating import EVENT_TOKENS
from ui.forms.base import Section, form_layout, hint_label
from ui.forms.list_editor import ListEditor
from ui.ranks import rank_from_label, rank_labels
from ui.widgets import CheckedField, LineEdit

CONTEXT = "OfficialsForm"
_ID = re.compile(r"^[A-Za-z][\w-]*$")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def official_label(person: Official) -> str:
    who = short_mention(person) or _tr("(tanpa nama)")
    return f"{who} — {person.position}" if person.position else who


def new_official_id(existing: list[str], base: str = "pejabat") -> str:
    number = 1
    while f"{base}{number}" in existing:
        number += 1
    return f"{base}{number}"


def rename_mentions(text: str, old: str, new: str) -> str:
    """``@old`` (and ``@old:singkat``) → ``@new``, leaving ``@older`` alone."""
    return re.sub(rf"(?<![\w@.])@{re.escape(old)}(?![\w-])", f"@{new}", text)


def format_degrees(text: str, finished: bool) -> str:
    """Degrees as typed, normalised once each one is complete (followed by a comma)."""
    parts = re.split(r"[,;]", text)
    done = parts if finished else parts[:-1]
    fixed = [normalize_degree(part) for part in done]
    fixed = [part for part in fixed if part]
    if finished:
        return ", ".join(fixed)
    tail = parts[-1].lstrip()
    return ", ".join([*fixed, tail]) if fixed else tail


class OfficialsForm(Section):
    """List of officials on top, the selected one's fields below."""

    officialsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = ListEditor()
        self.list.add_button.setText(_tr("Tambah pejabat"))
        self.list.add_button.clicked.connect(self.add_official)
        self.list.removeRequested.connect(self.remove_official)
        self.list.moved.connect(self._moved)
        self.list.currentChanged.connect(self._show_current)

        self.code = LineEdit()
        self.code.setToolTip(_tr("Ditulis di paragraf sebagai @kode untuk menyebut pejabat"))
        self.code.editingFinished.connect(self._rename)
        self.rank = QComboBox()
        self.rank.setEditable(True)
        self.rank.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rank.addItems(rank_labels())
        completer = QCompleter(rank_labels(), self.rank)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.rank.setCompleter(completer)
        self.rank.currentTextChanged.connect(self._rank_changed)
        self.name = LineEdit()
        self.name.setPlaceholderText(_tr("Nama lengkap tanpa pangkat dan gelar"))
        self.name.textChanged.connect(self._name_changed)
        self.short_name = LineEdit()
        self.short_name.setPlaceholderText(_tr("Diusulkan dari nama"))
        self.short_name.textChanged.connect(
            lambda text: self._set("short_name", text, _tr("Ubah nama singkat")))
        self.position = LineEdit()
        self.position.setPlaceholderText(_tr("mis. Kapolres Trenggalek"))
        self.position.textChanged.connect(
            lambda text: self._set("position", text, _tr("Ubah jabatan")))
        self.degrees = LineEdit()
        self.degrees.setPlaceholderText(_tr("mis. SH, SIK, MH → S.H., S.I.K., M.H."))
        self.degrees.textEdited.connect(self._degrees_edited)
        self.degrees.editingFinished.connect(self._degrees_finished)

        details = QGroupBox(_tr("Data pejabat"))
        form = form_layout()
        form.addRow(_tr("Pangkat"), self.rank)
        form.addRow(_tr("Nama"), self.name)
        form.addRow(_tr("Nama singkat"), self.short_name)
        form.addRow(_tr("Jabatan"), self.position)
        form.addRow(_tr("Gelar"), self.degrees)
        form.addRow(_tr("Kode sebutan"), self.code)
        form.addRow("", hint_label(_tr("Tulis @kode di paragraf: sebutan pertama lengkap, "
                                       "berikutnya pangkat dan nama singkat.")))
        details.setLayout(form)
        self.details = details
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # ------------------------------------------------------------ showing

    def current(self) -> Official | None:
        row = self.list.current_row()
        if 0 <= row < len(self.release.officials):
            return self.release.officials[row]
        return None

    def _fill(self) -> None:
        rows = [(official_label(person), None) for person in self.release.officials]
        self.list.set_rows(rows, self.list.current_row())
        self._show_current()

    def _show_current(self, _row: int = -1) -> None:
        person = self.current()
        self.details.setEnabled(person is not None)
        person = person or Official(id="")
        was_loading, self._loading = self._loading, True
        try:
            for widget, value in ((self.code, person.id), (self.name, person.name),
                                  (self.short_name, person.short_name),
                                  (self.position, person.position),
                                  (self.degrees, ", ".join(person.degrees))):
                if widget.text() != value:
                    widget.setText(value)
            if self.rank.currentText() != person.rank:
                self.rank.setEditText(person.rank)
        finally:
            self._loading = was_loading

    def _refresh_row(self) -> None:
        person = self.current()
        if person is not None:
            self.list.update_row(self.list.current_row(), official_label(person))

    # ------------------------------------------------------------ editing

    def _set(self, attribute: str, value: object, label: str) -> None:
        person = self.current()
        if self._loading or person is None or getattr(person, attribute) == value:
            return
        setattr(person, attribute, value)
        self._refresh_row()
        row = self.list.current_row()
        self.changed(f"officials.{row}.{attribute}", label)
        self.officialsChanged.emit()

    def _rank_changed(self, text: str) -> None:
        rank = rank_from_label(text)
        if rank != text and not self._loading:
            self.rank.setEditText(rank)  # the list shows "AKBP — Ajun ...", keep "AKBP"
            return
        self._set("rank", rank, _tr("Ubah pangkat"))

    def _name_changed(self, text: str) -> None:
        person = self.current()
        if person is not None and not self._loading:
            proposed_before = propose_short_name(person.name)
            if not self.short_name.text() or self.short_name.text() == proposed_before:
                self.short_name.setText(propose_short_name(text))
        self._set("name", text, _tr("Ubah nama"))

    def _degrees_edited(self, text: str) -> None:
        if text.endswith((",", ";")):
            shown = format_degrees(text[:-1], finished=True) + ", "
            if shown != text:
                self.degrees.setText(shown)
        self._set("degrees", split_degrees(text), _tr("Ubah gelar"))

    def _degrees_finished(self) -> None:
        text = self.degrees.text()
        shown = format_degrees(text, finished=True)
        if shown != text:
            self.degrees.setText(shown)
        self._set("degrees", split_degrees(text), _tr("Ubah gelar"))

    def _rename(self) -> None:
        person = self.current()
        new = self.code.text().strip()
        if person is None or new == person.id:
            return
        others = [p.id for p in self.release.officials if p is not person]
        if not _ID.match(new) or new in others or new in EVENT_TOKENS:
            QMessageBox.warning(self, _tr("Kode tidak dapat dipakai"), _tr(
                "Kode sebutan harus diawali huruf, tanpa spasi, belum dipakai pejabat lain, "
                "dan bukan acara, tempat, hari, tanggal atau pukul."))
            self.code.setText(person.id)
            return
        old = person.id
        person.id = new
        for block in self.release.body:
            if isinstance(block, Paragraph | Quote):
                block.text = rename_mentions(block.text, old, new)
            if isinstance(block, Quote) and block.speaker == old:
                block.speaker = new
        self.changed(f"officials.{self.list.current_row()}.id", _tr("Ganti kode sebutan"))
        self.officialsChanged.emit()

    def add_official(self) -> None:
        ids = [person.id for person in self.release.officials]
        self.release.officials.append(Official(id=new_official_id(ids)))
        self.list.set_rows([(official_label(p), None) for p in self.release.officials],
                           len(self.release.officials) - 1)
        self._show_current()
        self.changed(f"officials+{len(ids)}", _tr("Tambah pejabat"))
        self.officialsChanged.emit()
        self.rank.setFocus()

    def remove_official(self, row: int) -> None:
        person = self.release.officials[row]
        used = any(isinstance(block, Quote) and block.speaker == person.id
                   for block in self.release.body)
        if used:
            QMessageBox.information(self, _tr("Pejabat masih dipakai"), _tr(
                "Pejabat ini masih menjadi pembicara sebuah kutipan. Ganti pembicara "
                "kutipan itu dulu, lalu hapus pejabatnya."))
            return
        del self.release.officials[row]
        self._fill()
        self.changed(f"officials-{row}", _tr("Hapus pejabat"))
        self.officialsChanged.emit()

    def _moved(self, order: list[int], current: int) -> None:
        self.release.officials = [self.release.officials[index] for index in order]
        self.list.set_rows([(official_label(p), None) for p in self.release.officials], current)
        self._show_current()
        self.changed(f"officials~{order}", _tr("Urutkan pejabat"))
        self.officialsChanged.emit()

    def field_for(self, path: str) -> CheckedField | None:
        parts = path.split(".")
        if len(parts) == 3 and parts[0] == "officials":
            self.list.select(int(parts[1]))
            return {"position": self.position, "name": self.name}.get(parts[2])
        return None
