"""*Salin untuk WhatsApp*: the messages as a chat would show them, each with its own copy
button (a long release is several messages, pasted one after the other).

The bubbles render WhatsApp's markup the way the app does (``*bold*``, ``_italic_``, bare
links tappable), so the officer sees the result before pasting it into the group.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.base.errors import RilisError
from app.release.model import Release
from app.render.wa_export import export_whatsapp, whatsapp_texts
from ui.dialogs import existing_folder

CONTEXT = "WhatsAppView"
CHAT_BACKGROUND = "#efe7dd"
BUBBLE = "#d9fdd3"
BUBBLE_WIDTH = 460
_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_LINK = re.compile(r"(https?://[^\s<]+)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def chat_html(text: str) -> str:
    """WhatsApp markup as the chat shows it (rich text for a QLabel)."""
    escaped = html.escape(text, quote=False)
    escaped = _LINK.sub(r'<a href="\1" style="color:#027eb5">\1</a>', escaped)
    escaped = _BOLD.sub(r"<b>\1</b>", escaped)
    escaped = _ITALIC.sub(r"<i>\1</i>", escaped)
    return escaped.replace("\n", "<br>")


class ChatBubble(QFrame):
    """One message: the rendered text and a button that copies its raw text."""

    def __init__(self, text: str, number: int, total: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.setObjectName("chatBubble")
        self.setStyleSheet(f"#chatBubble {{ background: {BUBBLE}; border-radius: 10px; }}")
        self.setMaximumWidth(BUBBLE_WIDTH + 24)
        self.label = QLabel(chat_html(text))
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(False)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet("color: #111b21; font-size: 10pt;")
        self.label.setFixedWidth(BUBBLE_WIDTH)
        label = (_tr("Salin pesan {n}/{total}").format(n=number, total=total) if total > 1
                 else _tr("Salin pesan"))
        self.copy_button = QPushButton(label)
        self.copy_button.clicked.connect(self.copy)
        footer = QHBoxLayout()
        footer.addStretch(1)
        size = QLabel(_tr("{count} karakter").format(count=len(text)))
        size.setStyleSheet("color: #667781; font-size: 8pt;")
        footer.addWidget(size)
        footer.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addWidget(self.label)
        layout.addLayout(footer)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)


class ChatView(QScrollArea):
    """The messages as bubbles on a chat background."""

    def __init__(self, messages: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setWidgetResizable(True)
        body = QWidget()
        body.setObjectName("chatBody")
        body.setStyleSheet(f"#chatBody {{ background: {CHAT_BACKGROUND}; }}")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        self.bubbles = [ChatBubble(text, number, len(messages), body)
                        for number, text in enumerate(messages, start=1)]
        for bubble in self.bubbles:
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(bubble)
            layout.addLayout(row)
        layout.addStretch(1)
        self.setWidget(body)


class WhatsAppDialog(QDialog):
    """The chat preview with a copy button per message and the photos to attach."""

    def __init__(self, messages: list[str], photos: list[str],
                 parent: QWidget | None = None,
                 save: Callable[[Path], list[Path]] | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(_tr("Salin untuk WhatsApp"))
        self.messages = messages
        hint = (_tr("Rilis ini dibagi menjadi {n} pesan. Salin dan kirim berurutan.")
                .format(n=len(messages)) if len(messages) > 1
                else _tr("Pesan sudah disalin ke papan klip; tempel di grup WhatsApp."))
        top = QLabel(hint)
        top.setWordWrap(True)
        self.view = ChatView(messages, self)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.view, 1)
        if photos:
            attach = QLabel(_tr("Lampirkan foto: {names}").format(names=", ".join(photos)))
            attach.setWordWrap(True)
            layout.addWidget(attach)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        if save is not None:
            self.save_button = buttons.addButton(_tr("Simpan pesan dan foto ke folder…"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
            self.save_button.setToolTip(_tr("Foto dikompresi untuk chat dan sudah "
                                            "disamarkan; kirim foto dari folder ini, "
                                            "bukan foto aslinya."))
            self.save_button.clicked.connect(self.ask_folder)
        self.saved: list[Path] = []
        layout.addWidget(buttons)
        self.resize(BUBBLE_WIDTH + 120, 640)

    def ask_folder(self) -> None:
        folder = existing_folder(self, _tr("Folder untuk pesan dan foto WhatsApp"))
        if folder is not None:
            self.save_to(folder)

    def save_to(self, folder: Path) -> list[Path]:
        """Write the messages and chat photos (``app.render.wa_export``) into ``folder``."""
        if self._save is None:
            return []
        try:
            self.saved = self._save(folder)
        except RilisError as error:
            QMessageBox.warning(self, _tr("Tidak dapat menyimpan"), str(error))
            return []
        return self.saved


def copy_for_whatsapp(parent: QWidget, release: Release,
                      short: bool = False) -> WhatsAppDialog | None:
    """Put the first message on the clipboard and show every message in a chat view;
    None (and an Indonesian message) when the release cannot be rendered."""
    try:
        messages, photos = whatsapp_texts(release, short)
    except RilisError as error:
        QMessageBox.warning(parent, _tr("Tidak dapat menyalin"), str(error))
        return None
    QGuiApplication.clipboard().setText(messages[0])
    names = [f"{photo.name} ({photo.caption or _tr('tanpa keterangan')})" for photo in photos]
    dialog = WhatsAppDialog(messages, names, parent,
                            lambda folder: export_whatsapp(release, folder, short))
    dialog.show()
    return dialog
