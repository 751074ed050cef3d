"""File dialogs that speak the UI language.

A native dialog speaks the language of the operating system, and an officer's laptop is
often set to English. When the system language differs from Rilis's UI language, Qt's own
dialog is used instead: it is translated by ``qtbase_<language>.qm`` (see ``ui.i18n``).
Every file question in ``ui/`` goes through here, so the choice is made in one place.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.i18n import current_language

logger = logging.getLogger(__name__)


def native_speaks_ui_language() -> bool:
    """True when the system's own dialogs are in the UI language already."""
    system = QLocale.system().language()
    wanted = {"id": QLocale.Language.Indonesian, "en": QLocale.Language.English}
    return wanted.get(current_language()) == system


def file_dialog(parent: QWidget | None, title: str, folder: str, filters: str = "",
                mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
                save: bool = False) -> QFileDialog:
    """A configured dialog (not yet shown): tests open it to read its labels."""
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if not native_speaks_ui_language():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


def _ask(dialog: QFileDialog) -> Path | None:
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return Path(chosen[0]) if chosen and chosen[0] else None


def open_file(parent: QWidget | None, title: str, folder: str = "",
              filters: str = "") -> Path | None:
    """An existing file to read, or None when the officer cancels."""
    return _ask(file_dialog(parent, title, folder, filters))


def save_file(parent: QWidget | None, title: str, suggested: str,
              filters: str = "") -> Path | None:
    """Where to write (``suggested`` is a path or a name), or None."""
    return _ask(file_dialog(parent, title, suggested, filters,
                            QFileDialog.FileMode.AnyFile, save=True))


def existing_folder(parent: QWidget | None, title: str, folder: str = "") -> Path | None:
    return _ask(file_dialog(parent, title, folder, "", QFileDialog.FileMode.Directory))
