"""*Pengaturan*: the officer's defaults, the team dictionary, language and autosave."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.settings import MAX_AUTOSAVE_SECONDS, MIN_AUTOSAVE_SECONDS, Settings
from ui.forms.base import form_layout, hint_label
from ui.i18n import LANGUAGES
from ui.widgets import LineEdit

CONTEXT = "SettingsDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Pengaturan"))
        self.setMinimumWidth(520)
        self._original = settings
        self.author = LineEdit()
        self.author.setText(settings.author)
        self.author.setPlaceholderText(_tr("mis. Bripka Dwi Anggraeni"))
        self.unit = LineEdit()
        self.unit.setText(settings.default_unit)
        self.contact_name = LineEdit()
        self.contact_name.setText(settings.contact_name)
        self.contact_phone = LineEdit()
        self.contact_phone.setText(settings.contact_phone)
        self.contact_email = LineEdit()
        self.contact_email.setText(settings.contact_email)
        self.team = LineEdit()
        self.team.setText(settings.team_dictionary)
        self.team.setPlaceholderText(_tr("Folder bersama berisi daftar kata (.txt)"))
        browse = QPushButton(_tr("Pilih…"))
        browse.clicked.connect(self._browse)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.autosave = QSpinBox()
        self.autosave.setRange(MIN_AUTOSAVE_SECONDS, MAX_AUTOSAVE_SECONDS)
        self.autosave.setValue(settings.autosave_seconds)
        self.autosave.setSuffix(_tr(" detik"))

        defaults = QGroupBox(_tr("Isian awal rilis baru"))
        form = form_layout()
        form.addRow(_tr("Nama penulis"), self.author)
        form.addRow(_tr("Satuan"), self.unit)
        form.addRow(_tr("Narahubung"), self.contact_name)
        form.addRow(_tr("Telepon"), self.contact_phone)
        form.addRow(_tr("Surel"), self.contact_email)
        defaults.setLayout(form)
        app_box = QGroupBox(_tr("Aplikasi"))
        app_form = form_layout()
        team_row = QHBoxLayout()
        team_row.addWidget(self.team, 1)
        team_row.addWidget(browse)
        app_form.addRow(_tr("Kamus tim"), team_row)
        app_form.addRow(_tr("Bahasa tampilan"), self.language)
        app_form.addRow("", hint_label(_tr("Bahasa tampilan berlaku penuh setelah Rilis "
                                           "dibuka ulang. Isi rilis tetap berbahasa "
                                           "Indonesia.")))
        app_form.addRow(_tr("Simpan otomatis setiap"), self.autosave)
        app_box.setLayout(app_form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(defaults)
        layout.addWidget(app_box)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _tr("Folder kamus tim"),
                                                  self.team.text())
        if folder:
            self.team.setText(folder)

    def settings(self) -> Settings:
        """The edited settings (window geometry carried over unchanged)."""
        language = self.language.currentData()
        return replace(
            self._original,
            author=self.author.text().strip(),
            default_unit=self.unit.text().strip(),
            contact_name=self.contact_name.text().strip(),
            contact_phone=self.contact_phone.text().strip(),
            contact_email=self.contact_email.text().strip(),
            team_dictionary=self.team.text().strip(),
            language=language if isinstance(language, str) else "id",
            autosave_seconds=self.autosave.value(),
        ).normalized()
