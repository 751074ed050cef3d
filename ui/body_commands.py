"""The window's body commands: add a block after the selected one, paste a whole release,
blur a photo. Review mode refuses them all (``Desk.can_edit``)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.release.model import Paragraph, Photo
from ui.blur_dialog import edit_blur
from ui.paste_dialog import describe

if TYPE_CHECKING:
    from ui.main_window import MainWindow

logger = logging.getLogger(__name__)

CONTEXT = "MainWindow"
"""The window's translation context: these strings were the window's and stay so."""
ADD_BLOCK_SHORTCUTS: dict[str, str] = {
    "paragraph": "Ctrl+Shift+P", "quote": "Ctrl+Shift+Q", "photo": "Ctrl+Shift+F",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class BodyCommands:
    """Adding, pasting and blurring in the *Isi* tab of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._pastes = 0

    def add_body_block(self, kind: str) -> None:
        """*Tambah paragraf/kutipan/foto* (Ctrl+Shift+P/Q/F): after the selected block."""
        window = self.window
        if not window.desk.can_edit():
            return
        window.tabs.setCurrentWidget(window.body_form)
        if kind == "paragraph":
            window.body_form.add_block(Paragraph())
        elif kind == "quote":
            window.body_form.add_quote()
        else:
            window.body_form.choose_photo_to_add()

    def paste_release_dialog(self) -> bool:
        """*Berkas → Tempel rilis…*: a release as text becomes title, dateline and blocks."""
        if not self.window.desk.can_edit():
            return False
        text = self.window.ask_release_text()
        return self.window.paste_release(text) if text is not None else False

    def paste_into_title(self, text: str) -> bool:
        """A whole release pasted into the headline of an empty draft fills the draft."""
        return self.window.desk.pastes_whole_release(text) and self.window.paste_release(text)

    def paste_release(self, text: str) -> bool:
        """Read a pasted release into this draft as one undo step; quotes whose speaker is
        not certain are asked about (``ask_speaker``)."""
        window = self.window
        parsed = window.desk.paste(text, window.ask_speaker)
        if parsed is None:
            window.statusBar().showMessage(_tr("Tidak ada teks rilis untuk ditempel."), 5000)
            return False
        window.load_into_forms()
        self._pastes += 1
        window.history.edited(f"paste+{self._pastes}", _tr("Tempel rilis"))
        window.tabs.setCurrentWidget(window.body_form)
        window.statusBar().showMessage(_tr("Rilis ditempel. {summary}").format(
            summary=describe(parsed)), 8000)
        return True

    def blur_photo(self) -> bool:
        """*Samarkan foto* on the selected photo block: one undo step when changed."""
        window = self.window
        row = window.body_form.list.current_row()
        block = window.body_form.current()
        if not isinstance(block, Photo) or not window.desk.can_edit():
            window.statusBar().showMessage(
                _tr("Pilih blok foto di tab Isi terlebih dahulu."), 5000)
            return False
        if not edit_blur(window, block):
            return False
        window.body_form.changed(f"body.{row}.blur_regions", _tr("Samarkan foto"))
        return True
