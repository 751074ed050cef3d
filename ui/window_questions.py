"""Every question the main window asks the officer, as small overridable methods.

Tests (and future automation) answer them without a human by replacing a method on the
window instance; the commands (``ui.file_commands``, ``ui.review_commands``,
``ui.body_commands``) always ask through the window, never a dialog of their own. This is
the main window's base class, so ``MainWindow.ask_template(window)`` still opens the real
dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from app.base.settings import Settings
from app.desk.actions import (
    COMMENT,
    COPY,
    DOCX,
    EXPORT,
    OPEN,
    PRINT,
    RECOVERY,
    REPORT,
    RESOLVE,
    SAVE,
    STARTER,
    STARTER_SAVE,
    STATUS,
    Desk,
    Outcome,
)
from app.release.draftfile import EXTENSION
from app.release.paste_release import SpeakerQuestion, is_blank_draft
from app.render.templating import list_templates
from ui.dialogs import open_file, save_file
from ui.forms.officials_form import official_label
from ui.forms.release_form import template_labels
from ui.paste_dialog import PasteReleaseDialog
from ui.review_panel import ask_override
from ui.settings_dialog import SettingsDialog, ask_acting_person

logger = logging.getLogger(__name__)

CONTEXT = "MainWindow"
"""The window's translation context: these strings were the window's and stay so."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class WindowQuestions(QMainWindow):
    """The ``ask_*`` dialogs and the error/notice boxes; ``desk`` is the open draft."""

    desk: Desk
    paste_dialog: PasteReleaseDialog | None

    def _draft_name(self) -> str:
        path = self.desk.path
        return path.name if path else _tr("Draf baru")

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        return QMessageBox.question(
            self, _tr("Perubahan belum disimpan"),
            _tr("Draf “{name}” berubah sejak terakhir disimpan. Simpan dulu?").format(
                name=self._draft_name()),
            buttons, QMessageBox.StandardButton.Save)

    def ask_open_path(self) -> Path | None:
        folder = self.desk.folder()
        return open_file(self, _tr("Buka draf"), str(folder) if folder else "",
                         _tr("Draf Rilis atau DOCX") + f" (*{EXTENSION} *.docx);;"
                         + _tr("Draf Rilis") + f" (*{EXTENSION});;Word (*.docx)")

    def ask_save_path(self, suggested: str, pattern: str, title: str) -> Path | None:
        folder = self.desk.folder() or Path.home()
        return save_file(self, title, str(folder / suggested), pattern)

    def ask_template(self) -> str | None:
        templates = list_templates()
        names = template_labels()
        labels = [f"{names.get(info.id, info.name)} — {info.description}" if info.description
                  else names.get(info.id, info.name) for info in templates]
        label, ok = QInputDialog.getItem(self, _tr("Rilis baru"), _tr("Pilih jenis rilis:"),
                                         labels, 0, False)
        if not ok:
            return None
        return templates[labels.index(label)].id

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.critical(self, title, message)

    def show_notice(self, title: str, message: str) -> None:
        QMessageBox.information(self, title, message)

    def show_failure(self, outcome: Outcome) -> bool:
        """Explain a failed action (through ``show_error``); False, for ``return``."""
        titles = {
            OPEN: _tr("Draf tidak dapat dibuka"), DOCX: _tr("DOCX tidak dapat dibuka"),
            SAVE: _tr("Draf tidak tersimpan"), EXPORT: _tr("Ekspor gagal"),
            COPY: _tr("Tidak dapat menyalin"), REPORT: _tr("Laporan gagal"),
            STATUS: _tr("Status tidak diubah"),
            COMMENT: _tr("Komentar tidak ditambahkan"),
            RESOLVE: _tr("Komentar tidak ditemukan"),
            STARTER_SAVE: _tr("Starter tidak tersimpan"),
            STARTER: _tr("Starter tidak dapat dipakai"),
            RECOVERY: _tr("Salinan pemulihan rusak"), PRINT: _tr("Cetak gagal"),
        }
        message = outcome.message
        if outcome.failure == OPEN:
            message += "\n\n" + _tr("Berkas itu tidak diubah.")
        self.show_error(titles[outcome.failure], message)
        return False

    def ask_release_text(self) -> str | None:
        release = self.desk.release
        dialog = PasteReleaseDialog(release.officials, not is_blank_draft(release), self)
        self.paste_dialog = dialog
        accepted = dialog.exec() == PasteReleaseDialog.DialogCode.Accepted
        return dialog.text() if accepted else None

    def ask_speaker(self, question: SpeakerQuestion) -> str | None:
        """Who said a pasted quote; None keeps it a paragraph, as written."""
        people = [self.desk.release.official(candidate) for candidate in question.candidates]
        choices = [(official_label(person), person.id) for person in people
                   if person is not None]
        if not choices:
            return None
        quote = question.original if len(question.original) <= 240 \
            else question.original[:239] + "…"
        dialog = QInputDialog(self)
        dialog.setWindowTitle(_tr("Siapa yang berbicara?"))
        dialog.setLabelText(_tr("Pembicara kutipan ini belum pasti:\n\n{quote}\n\nPilih "
                                "pejabat yang berbicara, atau biarkan sebagai paragraf.")
                            .format(quote=quote))
        dialog.setComboBoxItems([text for text, _id in choices])
        dialog.setComboBoxEditable(False)
        dialog.setOkButtonText(_tr("Jadikan kutipan"))
        dialog.setCancelButtonText(_tr("Biarkan sebagai paragraf"))
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        label = dialog.textValue()
        return next((official_id for text, official_id in choices if text == label), None)

    def ask_reviewer(self) -> str | None:
        return ask_acting_person(self, self.desk.settings.author)

    def ask_status_note(self, status: str) -> str | None:
        """A note for a move (the revision asked for); None cancels the move."""
        if status != "perlu-revisi":
            return ""
        note, ok = QInputDialog.getMultiLineText(self, _tr("Minta revisi"),
                                                 _tr("Apa yang perlu direvisi? (boleh kosong)"))
        return note if ok else None

    def ask_override(self, open_items: list[str]) -> bool:
        """Approve although items are open? (Indonesian question, *Tidak* by default)."""
        return ask_override(self, open_items)

    def ask_starter_details(self, suggested_name: str) -> tuple[str, str, str] | None:
        """(id, name, description) of a new starter, or None."""
        name, ok = QInputDialog.getText(self, _tr("Simpan sebagai starter"),
                                        _tr("Nama starter (mis. Kegiatan Polsek Sukamaju):"),
                                        text=suggested_name)
        if not ok or not name.strip():
            return None
        return self.desk.starter_id(name), name.strip(), ""

    def ask_starter(self) -> str | None:
        entries = self.desk.starters()
        if not entries:
            self.show_notice(_tr("Baru dari starter"),
                             _tr("Belum ada starter. Buka draf yang sudah berisi satuan, "
                                 "pejabat dan narahubung, lalu Simpan sebagai starter."))
            return None
        labels = [f"{entry.name} — {entry.location.label}" for entry in entries]
        label, ok = QInputDialog.getItem(self, _tr("Baru dari starter"),
                                         _tr("Pilih starter:"), labels, 0, False)
        return entries[labels.index(label)].id if ok else None

    def ask_settings(self) -> Settings | None:
        dialog = SettingsDialog(self.desk.settings, self)
        return dialog.settings() if dialog.exec() == SettingsDialog.DialogCode.Accepted else None
