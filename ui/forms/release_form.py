"""*Rilis*: template, headline, dateline, unit, number, closing tag and press contact."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.base.errors import RilisError
from app.library.catalog import Library
from app.release.indonesian import title_case
from app.render import locations
from app.render.templating import list_templates
from ui.dialogs import open_file
from ui.forms.base import Section, form_layout, hint_label
from ui.widgets import CheckedField, LineEdit

logger = logging.getLogger(__name__)

CONTEXT = "ReleaseForm"
HEADLINE_IDEAL = (40, 80)
"""Characters: long enough to say what happened, short enough for a search result."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def template_labels() -> dict[str, str]:
    """Names that tell copies apart and say where each lives (``· folder saya``)."""
    try:
        return Library(locations.current()).template_labels()
    except RilisError as error:  # an unreadable team folder must not empty the list
        logger.warning("template labels: %s", error)
        return {}


def headline_hint(title: str) -> str:
    """The length hint under the headline, in the UI language."""
    length = len(title.strip())
    low, high = HEADLINE_IDEAL
    if length == 0:
        return _tr("Judul ideal {low}–{high} karakter.").format(low=low, high=high)
    if length < low:
        return _tr("{n} karakter: judul terlalu pendek (ideal {low}–{high}).").format(
            n=length, low=low, high=high)
    if length > high:
        return _tr("{n} karakter: judul terlalu panjang (ideal {low}–{high}).").format(
            n=length, low=low, high=high)
    return _tr("{n} karakter: panjang judul sudah pas.").format(n=length)


class ReleaseForm(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = QComboBox()
        self._add_templates()
        self.template.currentIndexChanged.connect(self._template_changed)

        self.title = LineEdit()
        self.title.path = "title"
        self.title.setPlaceholderText(_tr("Judul berita, mis. Polres Gelar Patroli Dialogis"))
        self.title.textChanged.connect(self._title_changed)
        self.title_case = QPushButton(_tr("Huruf Judul EYD"))
        self.title_case.setToolTip(_tr("Ubah judul ke huruf kapital judul sesuai EYD"))
        self.title_case.clicked.connect(self._apply_title_case)
        self.title_hint = hint_label(headline_hint(""))

        self.dateline = LineEdit()
        self.dateline.setPlaceholderText(_tr("Kota, mis. Trenggalek"))
        self.unit = LineEdit()
        self.unit.setPlaceholderText(_tr("Satuan, mis. Polres Trenggalek"))
        self.number = LineEdit()
        self.number.setPlaceholderText(_tr("Nomor surat (siaran pers resmi)"))
        self.closing = LineEdit()
        self.closing.setPlaceholderText("(*)")
        self.emblem = QLabel()
        self.emblem.setObjectName("hint")
        self.emblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.emblem_choose = QPushButton(_tr("Pilih…"))
        self.emblem_choose.setToolTip(_tr("Lambang satuan untuk kop siaran pers resmi"))
        self.emblem_choose.clicked.connect(self._choose_emblem)
        self.emblem_clear = QPushButton(_tr("Hapus"))
        self.emblem_clear.clicked.connect(lambda: self.set_emblem(""))
        self.contact_name = LineEdit()
        self.contact_phone = LineEdit()
        self.contact_email = LineEdit()
        self.contact_name.setPlaceholderText(_tr("Nama dan jabatan narahubung"))
        self.contact_phone.setPlaceholderText("08xx-xxxx-xxxx")
        self.contact_email.setPlaceholderText("humas@…")
        for widget, attribute, label in (
            (self.dateline, "dateline", _tr("Ubah kota dateline")),
            (self.unit, "unit", _tr("Ubah satuan")),
            (self.number, "number", _tr("Ubah nomor")),
            (self.closing, "closing", _tr("Ubah penutup")),
        ):
            widget.textChanged.connect(
                lambda text, a=attribute, lab=label: self._set(a, text, lab))
        for widget, attribute in ((self.contact_name, "name"), (self.contact_phone, "phone"),
                                  (self.contact_email, "email")):
            widget.textChanged.connect(lambda text, a=attribute: self._set_contact(a, text))

        main = form_layout()
        main.addRow(_tr("Jenis rilis"), self.template)
        headline = QHBoxLayout()
        headline.addWidget(self.title, 1)
        headline.addWidget(self.title_case)
        main.addRow(_tr("Judul"), headline)
        main.addRow("", self.title_hint)
        main.addRow(_tr("Kota (dateline)"), self.dateline)
        main.addRow(_tr("Satuan"), self.unit)
        main.addRow(_tr("Nomor"), self.number)
        main.addRow(_tr("Penutup"), self.closing)
        emblem_row = QHBoxLayout()
        emblem_row.addWidget(self.emblem, 1)
        emblem_row.addWidget(self.emblem_choose)
        emblem_row.addWidget(self.emblem_clear)
        main.addRow(_tr("Lambang"), emblem_row)
        contact = QGroupBox(_tr("Narahubung"))
        contact_form = form_layout()
        contact_form.addRow(_tr("Nama"), self.contact_name)
        contact_form.addRow(_tr("Telepon"), self.contact_phone)
        contact_form.addRow(_tr("Surel"), self.contact_email)
        contact.setLayout(contact_form)
        layout = QVBoxLayout(self)
        layout.addLayout(main)
        layout.addWidget(contact)
        layout.addStretch(1)

    def _add_templates(self) -> None:
        labels = template_labels()
        for info in list_templates():
            self.template.addItem(labels.get(info.id, info.name), info.id)
            self.template.setItemData(self.template.count() - 1, info.description,
                                      role=3)  # Qt.ToolTipRole

    def reload_templates(self) -> None:
        """The library changed (template manager, team folders): list it afresh."""
        was, self._loading = self._loading, True
        try:
            self.template.clear()
            self._add_templates()
            self._fill()
        finally:
            self._loading = was

    def _fill(self) -> None:
        release = self.release
        index = self.template.findData(release.template)
        if index < 0:
            self.template.addItem(release.template, release.template)
            index = self.template.count() - 1
        widgets: list[tuple[QWidget, str]] = [
            (self.title, release.title), (self.dateline, release.dateline),
            (self.unit, release.unit), (self.number, release.number),
            (self.closing, release.closing), (self.contact_name, release.contact.name),
            (self.contact_phone, release.contact.phone),
            (self.contact_email, release.contact.email),
        ]
        self.template.setCurrentIndex(index)
        for widget, value in widgets:
            assert isinstance(widget, LineEdit)
            if widget.text() != value:
                widget.setText(value)
        self.title_hint.setText(headline_hint(release.title))
        self._show_emblem()

    def _show_emblem(self) -> None:
        path = self.release.emblem
        self.emblem.setText(Path(path).name if path else _tr("(tanpa lambang)"))
        self.emblem.setToolTip(path)
        self.emblem_clear.setEnabled(bool(path))

    def _choose_emblem(self) -> None:
        path = open_file(self, _tr("Pilih lambang"), "",
                         _tr("Gambar") + " (*.png *.jpg *.jpeg *.svg *.webp)")
        if path is not None:
            self.set_emblem(str(path.resolve()))

    def set_emblem(self, path: str) -> None:
        if path != self.release.emblem:
            self.release.emblem = path
            self._show_emblem()
            self.changed("emblem", _tr("Ganti lambang"))

    def _template_changed(self, index: int) -> None:
        template_id = self.template.itemData(index)
        if isinstance(template_id, str) and template_id != self.release.template:
            self.release.template = template_id
            self.changed("template", _tr("Ganti jenis rilis"))

    def _title_changed(self, text: str) -> None:
        self.title_hint.setText(headline_hint(text))
        self._set("title", text, _tr("Ubah judul"))

    def _apply_title_case(self) -> None:
        fixed = title_case(self.title.text())
        if fixed != self.title.text():
            self.title.setText(fixed)

    def _set(self, attribute: str, value: str, label: str) -> None:
        if getattr(self.release, attribute) != value:
            setattr(self.release, attribute, value)
            self.changed(attribute, label)

    def _set_contact(self, attribute: str, value: str) -> None:
        if getattr(self.release.contact, attribute) != value:
            setattr(self.release.contact, attribute, value)
            self.changed(f"contact.{attribute}", _tr("Ubah narahubung"))

    def field_for(self, path: str) -> CheckedField | None:
        return self.title if path == "title" else None

    def checked_fields(self) -> list[CheckedField]:
        return [self.title]
