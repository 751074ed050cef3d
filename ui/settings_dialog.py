"""*Pengaturan*: the officer's defaults, the team dictionary, language and autosave."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.base.settings import MAX_AUTOSAVE_SECONDS, MIN_AUTOSAVE_SECONDS, Settings
from app.render.locations import resolve
from ui.dialogs import existing_folder
from ui.forms.base import form_layout, hint_label
from ui.forms.list_editor import ListEditor
from ui.i18n import LANGUAGES
from ui.widgets import LineEdit

CONTEXT = "SettingsDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ask_acting_person(parent: QWidget | None, current: str = "") -> str | None:
    """The officer's name and rank, asked once: every status change and comment records
    it (kept in *Pengaturan → Nama penulis*). None when cancelled or left empty."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(_tr("Nama Anda"))
    dialog.setLabelText(_tr("Nama dan pangkat Anda, mis. Bripka Dwi Anggraeni.\n"
                            "Dicatat pada setiap perubahan status dan komentar, dan disimpan "
                            "di Pengaturan (dapat diubah di sana)."))
    dialog.setTextValue(current)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    name = " ".join(dialog.textValue().split())
    return name or None


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

        self.team_folders: list[str] = list(settings.team_folders)
        self.folders = ListEditor()
        self.folders.add_button.setText(_tr("Tambah folder…"))
        self.folders.add_button.clicked.connect(self.add_folder)
        self.folders.removeRequested.connect(self.remove_folder)
        self.folders.moved.connect(self._folders_moved)
        self.folders.list.setMinimumHeight(70)
        self.folders.list.setMaximumHeight(110)
        self.folder_problems = hint_label("")
        self.folder_problems.setStyleSheet("color: #9a4a00;")
        self._show_folders()

        defaults = QGroupBox(_tr("Isian awal rilis baru"))
        form = form_layout()
        form.addRow(_tr("Nama penulis"), self.author)
        form.addRow("", hint_label(_tr("Juga dicatat sebagai pelaku setiap perubahan status "
                                       "tinjauan dan komentar.")))
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
        team_box = QGroupBox(_tr("Folder templat tim"))
        team_layout = QVBoxLayout(team_box)
        team_layout.addWidget(hint_label(_tr(
            "Folder bersama (drive jaringan atau folder tersinkron) berisi templat dan "
            "starter tim. Urutan menentukan mana yang dipakai bila id sama; folder saya "
            "selalu didahulukan.")))
        team_layout.addWidget(self.folders)
        team_layout.addWidget(self.folder_problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(defaults)
        layout.addWidget(app_box)
        layout.addWidget(team_box)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = existing_folder(self, _tr("Folder kamus tim"), self.team.text())
        if folder is not None:
            self.team.setText(str(folder))

    # ------------------------------------------------------------ team folders

    def _show_folders(self, current: int = -1) -> None:
        self.folders.set_rows([(folder, None) for folder in self.team_folders], current)
        problems = resolve([Path(folder) for folder in self.team_folders]).problems
        self.folder_problems.setText("\n".join(problems))
        self.folder_problems.setVisible(bool(problems))

    def ask_folder(self) -> str:
        folder = existing_folder(self, _tr("Folder templat tim"), str(Path.home()))
        return str(folder) if folder is not None else ""

    def add_folder(self) -> None:
        folder = self.ask_folder()
        if folder and folder not in self.team_folders:
            self.team_folders.append(folder)
            self._show_folders(len(self.team_folders) - 1)

    def remove_folder(self, row: int) -> None:
        del self.team_folders[row]
        self._show_folders(min(row, len(self.team_folders) - 1))

    def _folders_moved(self, order: list[int], current: int) -> None:
        self.team_folders = [self.team_folders[index] for index in order]
        self._show_folders(current)

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
            team_folders=list(self.team_folders),
            language=language if isinstance(language, str) else "id",
            autosave_seconds=self.autosave.value(),
        ).normalized()
