"""The window's file commands: new, open, save, export, copy, print, starters, recovery,
the template library and the settings dialog.

Each command asks its questions through the window (``ask_*``), lets
:class:`app.desk.actions.Desk` do and decide the work, and shows the outcome: a new draft
in the forms, a status-bar message, or the failure explained (``show_failure``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QMessageBox

from app.base.settings import Settings
from app.desk.recovery import RecoveredDraft
from app.desk.session import is_docx, new_release, with_extension, with_format
from app.release.draftfile import EXTENSION
from app.review.diff import FieldDiff
from ui.compare_dialog import CompareDialog
from ui.forms.body_form import image_paths
from ui.i18n import install_translator
from ui.printing import a4_printer, export_pdf, print_document
from ui.template_manager import TemplateManager
from ui.whatsapp_view import WhatsAppDialog, copy_for_whatsapp

if TYPE_CHECKING:
    from ui.main_window import MainWindow

logger = logging.getLogger(__name__)

CONTEXT = "MainWindow"
"""The window's translation context: these strings were the window's and stay so."""
EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "docx": ("Word (DOCX)", "*.docx"),
    "html": ("HTML", "*.html"),
    "txt": ("Teks", "*.txt"),
    "pdf": ("PDF", "*.pdf"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class FileCommands:
    """File, export and library commands of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def _status(self, message: str, timeout: int) -> None:
        self.window.statusBar().showMessage(message, timeout)

    # ------------------------------------------------------------ drafts

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current draft (saved, discarded or unchanged)."""
        window = self.window
        if not window.is_modified():
            return True
        answer = window.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return window.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_draft(self) -> bool:
        window = self.window
        if not self.maybe_save():
            return False
        template = window.ask_template()
        if template is None:
            return False
        window.autosaver.discard()
        window.set_release(new_release(window.settings, template), None)
        window.tabs.setCurrentIndex(0)  # a new draft starts at its headline
        window.release_form.title.setFocus()
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        path = self.window.ask_open_path()
        return self.window.open_path(path) if path is not None else False

    def open_path_checked(self, path: Path) -> bool:
        return self.maybe_save() and self.window.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Load a draft; a draft that cannot be read changes nothing and is explained."""
        window = self.window
        if is_docx(path):
            return self.open_docx_path(Path(path))
        outcome = window.desk.open(path)
        if outcome.session is None:
            return window.show_failure(outcome)
        window.autosaver.discard()
        window.set_release(outcome.session.release, outcome.session.path)
        self._status(_tr("Dibuka: {path}").format(path=path), 5000)
        return True

    def open_docx_path(self, path: Path) -> bool:
        """An exported DOCX: its embedded draft exactly (edits made in Word shown as a
        comparison), or the text alone with a note. Saving asks for a new ``.rilis``."""
        from ui.returned_review import ask_foreign_decision, open_returned

        window = self.window
        outcome = window.desk.open(path, lambda: ask_foreign_decision(window))
        if outcome.cancelled:
            return False
        opened = outcome.opened
        if opened is None:
            return window.show_failure(outcome)
        window.autosaver.discard()
        window.set_release(opened.release, None, modified=not opened.embedded)
        window.setWindowTitle(window.desk.title("", "", name=path.name))
        window.setWindowModified(window.is_modified())
        reviewed = open_returned(window, path, opened)  # issue 15: a reviewed DOCX
        if opened.edits:  # edited without Track Changes: the comparison, as before
            self.show_comparison(opened.edits, _tr("Draf dalam DOCX"),
                                 _tr("Teks DOCX sekarang"), opened.note)
        elif opened.note and reviewed is None:
            window.show_notice(_tr("Dibuka dari DOCX"), opened.note)
        self._status(opened.note or _tr("Dibuka dari DOCX: {path}").format(path=path), 10000)
        return True

    def show_comparison(self, diffs: list[FieldDiff], old_name: str, new_name: str,
                        note: str = "") -> CompareDialog:
        window = self.window
        dialog = CompareDialog(window.release, window.desk.folder(), window)
        dialog.show_diffs(diffs, old_name, new_name, note)
        dialog.setWindowTitle(_tr("Perubahan di luar Rilis"))
        window.compare_dialog = dialog
        dialog.show()
        return dialog

    def accepts_drop(self, mime: QMimeData) -> bool:
        """A draft file, or photos when the body can be edited."""
        names = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        desk = self.window.desk
        return bool(desk.drafts_among(names) or (image_paths(mime) and desk.can_edit()))

    def drop(self, mime: QMimeData) -> bool:
        """A dropped draft opens (the first, after asking to save); dropped photos become
        photo blocks. True when the drop was taken."""
        window = self.window
        drafts = window.desk.drafts_among([url.toLocalFile() for url in mime.urls()
                                           if url.isLocalFile()])
        if drafts:
            self.open_path_checked(drafts[0])
            return True
        photos = image_paths(mime)
        if not photos or not window.desk.can_edit():
            return False
        window.tabs.setCurrentWidget(window.body_form)
        for photo in photos:
            window.body_form.add_photo(photo)
        return True

    def save(self) -> bool:
        path = self.window.path
        return self.window.save_as() if path is None else self.window.save_to(path)

    def save_as(self) -> bool:
        window = self.window
        path = window.ask_save_path(window.desk.draft_suggestion(),
                                    _tr("Draf Rilis") + f" (*{EXTENSION})", _tr("Simpan draf"))
        return window.save_to(with_extension(path)) if path is not None else False

    def save_to(self, path: Path) -> bool:
        """Save through the session (stamped as the CLI stamps), then mark clean."""
        window = self.window
        outcome = window.desk.save(path)
        if not outcome.ok:
            return window.show_failure(outcome)
        window.history.mark_clean()
        window.autosaver.discard()
        window.update_title()
        message = _tr("Tersimpan: {path}").format(path=path)
        self._status(message, 5000)
        if outcome.notices:  # e.g. the oldest versions dropped to keep the file openable
            window.show_notice(message, "\n".join(outcome.notices))
        return True

    def restore_recovered(self, orphan: RecoveredDraft) -> bool:
        """Show a crashed session's work as unsaved changes, then drop the old copy."""
        window = self.window
        outcome = window.desk.recover(orphan)
        if outcome.session is None:
            return window.show_failure(outcome)
        window.set_release(outcome.session.release, outcome.session.path, modified=True)
        window.autosave()
        window.desk.forget(orphan)
        self._status(_tr("Draf dipulihkan. Simpan untuk menyimpannya."), 10000)
        return True

    # ------------------------------------------------------------ export, copy, print

    def export_dialog(self, fmt: str) -> bool:
        window = self.window
        label, pattern = EXPORT_FORMATS[fmt]
        _tr("Teks")  # listed for the translation extractor (ui.i18n): the label above
        path = window.ask_save_path(window.desk.export_suggestion(fmt),
                                    f"{_tr(label)} ({pattern})", _tr("Ekspor rilis"))
        return window.export_to(fmt, with_format(path, fmt)) if path is not None else False

    def export_to(self, fmt: str, path: Path) -> bool:
        # the print engine is Qt's: PDF alone is made in the window
        outcome = self.window.desk.export(fmt, path, export_pdf)
        if not outcome.ok:
            return self.window.show_failure(outcome)
        self._status(_tr("Diekspor: {path}").format(path=path), 5000)
        return True

    def copy_as_text(self) -> None:
        outcome = self.window.desk.copy_text()
        if not outcome.ok:
            self.window.show_failure(outcome)
            return
        QGuiApplication.clipboard().setText(outcome.text)
        self._status(_tr("Rilis disalin sebagai teks."), 4000)

    def copy_for_whatsapp(self, short: bool = False) -> WhatsAppDialog | None:
        """The first message on the clipboard and every message in a chat preview."""
        window = self.window
        dialog = copy_for_whatsapp(window, window.release, short)
        if dialog is not None:
            window.whatsapp_dialog = dialog
            self._status(_tr("Rilis disalin untuk WhatsApp."), 4000)
        return dialog

    def print_dialog(self) -> None:
        printer = a4_printer()
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            outcome = self.window.desk.print_with(
                lambda release: print_document(release).print_(printer))
            if not outcome.ok:
                self.window.show_failure(outcome)

    # ------------------------------------------------------------ library and starters

    def template_manager_dialog(self) -> TemplateManager:
        window = self.window
        dialog = TemplateManager(window.settings.author, window)
        dialog.libraryChanged.connect(self.library_changed)
        window.template_manager = dialog
        dialog.show()
        return dialog

    def library_changed(self) -> None:
        self.window.release_form.reload_templates()
        self.window.request_preview()

    def report_library_problems(self) -> None:
        problems = self.window.desk.library_problems()
        if problems:
            self._status(" ".join(problems), 15000)

    def save_as_starter(self) -> bool:
        """*Simpan sebagai starter*: this draft, minus dates and history, for next time."""
        window = self.window
        details = window.ask_starter_details(window.desk.starter_suggestion())
        if details is None:
            return False
        outcome = window.desk.save_starter(*details)
        if not outcome.ok:
            return window.show_failure(outcome)
        self._status(_tr("Starter disimpan: {path}").format(path=outcome.path), 6000)
        return True

    def new_from_starter(self) -> bool:
        window = self.window
        if not self.maybe_save():
            return False
        entry_id = window.ask_starter()
        if entry_id is None:
            return False
        outcome = window.desk.from_starter(entry_id)
        if outcome.session is None:
            return window.show_failure(outcome)
        window.autosaver.discard()
        window.set_release(outcome.session.release, None)
        window.tabs.setCurrentIndex(0)  # a new draft starts at its headline
        window.release_form.title.setFocus()
        return True

    # ------------------------------------------------------------ settings

    def settings_dialog(self) -> bool:
        edited = self.window.ask_settings()
        if edited is None:
            return False
        self.apply_settings(edited)
        return True

    def apply_settings(self, edited: Settings) -> None:
        """Save and take effect now: autosave interval, team dictionary, language."""
        window = self.window
        change = window.desk.apply_settings(edited)
        if change.library:
            window.release_form.reload_templates()
            self.report_library_problems()
        window.autosaver.set_latest(edited.autosave_seconds)
        if change.dictionary:
            window.checks.set_team_dictionary(window.desk.team_dictionary())
        if change.language:
            install_translator(edited.language)
            self._status(_tr("Bahasa tampilan berlaku penuh setelah Rilis dibuka ulang."),
                         8000)
