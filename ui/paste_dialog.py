"""*Berkas → Tempel rilis…*: a text box for a release copied from WhatsApp, Word or a site.

The dialog only collects the text and says, as it is pasted, what Rilis recognises in it
(``app.release.paste_release`` does the reading); the window applies it as one undo step.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.release.model import Official
from app.release.paste_release import ParsedRelease, parse_release
from ui.forms.base import hint_label

logger = logging.getLogger(__name__)

CONTEXT = "PasteDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe(parsed: ParsedRelease) -> str:
    """One line saying what was recognised, for the dialog and the status bar."""
    if not parsed.blocks and not parsed.title:
        return _tr("Belum ada teks.")
    parts: list[str] = []
    if parsed.title:
        parts.append(_tr("judul"))
    if parsed.dateline:
        parts.append(_tr("dateline {city}").format(city=parsed.dateline))
    quotes = parsed.quotes()
    parts.append(_tr("{n} paragraf").format(n=len(parsed.blocks) - quotes))
    if quotes:
        parts.append(_tr("{n} kutipan").format(n=quotes))
    if parsed.questions:
        parts.append(_tr("{n} kutipan perlu dipastikan pembicaranya").format(
            n=len(parsed.questions)))
    if parsed.closing:
        parts.append(_tr("penutup {closing}").format(closing=parsed.closing))
    return _tr("Dikenali: {parts}.").format(parts=", ".join(parts))


class PasteReleaseDialog(QDialog):
    """A text box and what was recognised in it; ``text()`` after ``exec()``."""

    def __init__(self, officials: list[Official], replacing: bool,
                 parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pasteReleaseDialog")
        self.setWindowTitle(_tr("Tempel rilis"))
        self._officials = officials
        intro = hint_label(_tr(
            "Tempel teks rilis dari WhatsApp, Word atau situs web. Judul, dateline, "
            "paragraf, kutipan pejabat dan penutup dikenali, lalu gaya rumah diterapkan."))
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("pasteText")
        self.editor.setPlaceholderText(_tr("Tempel (Ctrl+V) teks rilis di sini."))
        self.editor.setTabChangesFocus(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("pasteSummary")
        self.warning = hint_label(_tr(
            "Judul, dateline dan isi draf yang sekarang akan diganti. Urungkan (Ctrl+Z) "
            "untuk kembali."))
        self.warning.setVisible(replacing)
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(_tr("Tempel ke draf"))
        self.ok_button.setDefault(True)
        cancel = QPushButton(_tr("Batal"))
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.editor.textChanged.connect(self._update)
        self.editor.setPlainText(text)
        self._update()
        self.resize(640, 520)
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText()

    def _update(self) -> None:
        parsed = parse_release(self.text(), self._officials)
        self.summary.setText(describe(parsed))
        self.ok_button.setEnabled(bool(parsed.blocks or parsed.title))
