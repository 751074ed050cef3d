"""*Isi*: the body as an ordered list of paragraphs, quotes and photos.

The list on top can be reordered by dragging or with the arrow buttons; the selected block
is edited below. A quote picks its speaker from the officials and its verb from the verbs
Indonesian news uses; a photo comes from disk or is dropped onto the form.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.release.indonesian import QUOTE_VERBS
from app.release.model import Block, Paragraph, Photo, Quote
from app.release.paste_release import is_blank_draft, split_paragraphs
from ui.dialogs import open_file
from ui.forms.base import Section, form_layout, hint_label
from ui.forms.list_editor import ListEditor
from ui.forms.officials_form import official_label
from ui.widgets import CheckedField, LineEdit, TextEdit, from_utf16, to_utf16

logger = logging.getLogger(__name__)

CONTEXT = "BodyForm"
IMAGE_SUFFIXES: frozenset[str] = frozenset(
    {".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".heic"})
THUMB_SIZE = 240


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def image_paths(mime: QMimeData) -> list[Path]:
    """Local image files in a drop."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in IMAGE_SUFFIXES]


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class BlockEdit(TextEdit):
    """The text of one body block, which is one paragraph of the release.

    A paragraph break typed (Enter) or pasted never stays inside the block, where the
    preview and every export would run it on: Enter asks the form to split the block at
    the cursor, and text of several paragraphs asks it to make blocks of them.
    """

    splitRequested = Signal(list, int)
    """(texts that replace the block, cursor offset in the last of them)"""
    pasted = Signal(str)
    """Text of several paragraphs was pasted or dropped here."""

    def selection(self) -> tuple[int, int]:
        """The selection (or cursor) as Python indices into ``toPlainText()``."""
        text = self.toPlainText()
        cursor = self.textCursor()
        return (from_utf16(text, cursor.selectionStart()),
                from_utf16(text, cursor.selectionEnd()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.isReadOnly():
            text = self.toPlainText()
            start, end = self.selection()
            self.splitRequested.emit([text[:start].rstrip(" "), text[end:].lstrip(" ")], 0)
            event.accept()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        if text and not self.isReadOnly() and ("\n" in text or "\r" in text
                                                or "\u2029" in text):
            paragraphs = split_paragraphs(text)
            if len(paragraphs) > 1:
                self.pasted.emit(text)
                return
            if paragraphs:  # one paragraph, perhaps hard-wrapped: one line
                self.insertPlainText(paragraphs[0])
                return
        super().insertFromMimeData(source)


class BodyForm(Section):
    releasePasted = Signal(str)
    """A whole release was pasted into the empty draft: the window reads it (title too)."""
    pasteRequested = Signal()
    blurRequested = Signal()
    """*Samarkan…* on the photo page: the window opens ``ui.blur_dialog``."""
    """*Tempel rilis…* asked for from the empty body."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._thumbs: dict[tuple[str, float], QPixmap] = {}
        self.list = ListEditor()
        self.list.add_button.setText(_tr("Tambah blok"))
        self.list.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.list.add_button)
        menu.addAction(_tr("Paragraf"), lambda: self.add_block(Paragraph()))
        menu.addAction(_tr("Kutipan"), self.add_quote)
        menu.addAction(_tr("Foto…"), self.choose_photo_to_add)
        self.list.add_button.setMenu(menu)
        self.list.removeRequested.connect(self.remove_block)
        self.list.moved.connect(self._moved)
        self.list.currentChanged.connect(self._show_current)

        # paragraph page
        self.paragraph = BlockEdit()
        self.paragraph.setPlaceholderText(_tr(
            "Tulis paragraf. @kode menyebut pejabat. Enter memulai paragraf baru."))
        self.paragraph.textChanged.connect(self._paragraph_changed)
        self.insert_button = QToolButton()
        self.insert_button.setText(_tr("Sisipkan @"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_menu = QMenu(self.insert_button)
        self.insert_menu.aboutToShow.connect(self._fill_insert_menu)
        self.insert_button.setMenu(self.insert_menu)
        paragraph_page = QWidget()
        paragraph_layout = QVBoxLayout(paragraph_page)
        paragraph_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_tr("Paragraf")))
        bar.addStretch(1)
        bar.addWidget(self.insert_button)
        paragraph_layout.addLayout(bar)
        paragraph_layout.addWidget(self.paragraph, 1)

        # quote page
        self.speaker = QComboBox()
        self.speaker.currentIndexChanged.connect(self._speaker_changed)
        self.verb = QComboBox()
        self.verb.setEditable(True)
        self.verb.addItems(list(QUOTE_VERBS))
        self.verb.currentTextChanged.connect(self._verb_changed)
        self.quote = BlockEdit()
        self.quote.setPlaceholderText(_tr("Kata-kata pejabat, tanpa tanda petik."))
        self.quote.textChanged.connect(self._quote_changed)
        for editor in (self.paragraph, self.quote):
            editor.splitRequested.connect(partial(self.split_block, label=_tr("Pisah paragraf")))
            editor.pasted.connect(partial(self.paste_paragraphs, editor))
        quote_page = QWidget()
        quote_form = form_layout()
        quote_form.addRow(_tr("Pembicara"), self.speaker)
        quote_form.addRow(_tr("Kata kerja"), self.verb)
        quote_layout = QVBoxLayout(quote_page)
        quote_layout.setContentsMargins(0, 0, 0, 0)
        quote_layout.addLayout(quote_form)
        quote_layout.addWidget(self.quote, 1)
        quote_layout.addWidget(hint_label(_tr(
            "Tanda petik, koma dan atribusi (ujar AKBP …) ditambahkan otomatis.")))

        # photo page
        self.thumbnail = QLabel()
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setMinimumHeight(120)
        self.thumbnail.setObjectName("thumbnail")
        self.photo_path = QLabel()
        self.photo_path.setWordWrap(True)
        self.photo_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(_tr("Ganti foto…"))
        self.choose_button.clicked.connect(self._replace_photo)
        self.blur_button = QPushButton(_tr("Samarkan…"))
        self.blur_button.setToolTip(_tr("Samarkan wajah atau bagian foto pada salinan yang "
                                        "diekspor (foto asli tidak diubah)"))
        self.blur_button.clicked.connect(self.blurRequested)
        self.caption = LineEdit()
        self.caption.setPlaceholderText(_tr("Keterangan foto"))
        self.caption.textChanged.connect(self._caption_changed)
        self.credit = LineEdit()
        self.credit.setPlaceholderText(_tr("mis. Humas Polres Trenggalek"))
        self.credit.textChanged.connect(self._credit_changed)
        self.blurred = QCheckBox(_tr("Wajah/identitas sudah disamarkan"))
        self.blurred.setToolTip(_tr(
            "Wajib dicentang bila rilis menyangkut anak atau korban kejahatan seksual "
            "(UU SPPA Pasal 19, Kode Etik Jurnalistik Pasal 5)."))
        self.blurred.toggled.connect(self._blurred_changed)
        photo_page = QWidget()
        photo_form = form_layout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.photo_path, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.blur_button)
        photo_form.addRow(_tr("Berkas"), file_row)
        photo_form.addRow(_tr("Keterangan"), self.caption)
        photo_form.addRow(_tr("Kredit"), self.credit)
        photo_form.addRow("", self.blurred)
        photo_layout = QVBoxLayout(photo_page)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.thumbnail)
        photo_layout.addLayout(photo_form)
        photo_layout.addStretch(1)

        empty_hint = hint_label(_tr(
            "Belum ada isi. Tambahkan paragraf, kutipan atau foto; foto juga dapat "
            "diseret ke sini. Rilis yang sudah jadi (dari WhatsApp, Word atau situs web) "
            "dapat ditempel dengan Ctrl+V."))
        empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.paste_button = QPushButton(_tr("Tempel rilis…"))
        self.paste_button.clicked.connect(self.pasteRequested)
        self.empty_page = QWidget()
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(empty_hint)
        empty_layout.addWidget(self.paste_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.paste_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        self.paste_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_shortcut.activated.connect(self.paste_clipboard)
        self.pages = QStackedWidget()
        for page in (self.empty_page, paragraph_page, quote_page, photo_page):
            self.pages.addWidget(page)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # ------------------------------------------------------------ showing

    def current(self) -> Block | None:
        row = self.list.current_row()
        if 0 <= row < len(self.release.body):
            return self.release.body[row]
        return None

    def row_text(self, block: Block) -> str:
        if isinstance(block, Paragraph):
            return "¶  " + (_short(block.text) or _tr("(paragraf kosong)"))
        if isinstance(block, Quote):
            person = self.release.official(block.speaker)
            who = official_label(person).split(" — ")[0] if person else _tr("(tanpa pembicara)")
            return f"❝  {who}: " + (_short(block.text) or "…")
        return "▣  " + (_short(block.caption) or Path(block.path).name or _tr("(foto)"))

    def thumbnail_for(self, path: str, size: int = THUMB_SIZE) -> QPixmap:
        """A small copy of the photo, cached by path and modification time."""
        try:
            stamp = Path(path).stat().st_mtime
        except OSError:
            return QPixmap()
        key = (path, stamp)
        if key not in self._thumbs:
            reader = QImageReader(path)
            reader.setAutoTransform(True)
            original = reader.size()
            if original.isValid() and original.width() > 0:
                scaled = original.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio)
                reader.setScaledSize(scaled)
            image = reader.read()
            self._thumbs[key] = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        return self._thumbs[key]

    def _row_icon(self, block: Block) -> QIcon | None:
        if isinstance(block, Photo):
            pixmap = self.thumbnail_for(block.path)
            return QIcon(pixmap) if not pixmap.isNull() else None
        return None

    def _rows(self) -> list[tuple[str, QIcon | None]]:
        return [(self.row_text(block), self._row_icon(block)) for block in self.release.body]

    def _fill(self) -> None:
        self.list.set_rows(self._rows(), self.list.current_row())
        self._fill_speakers()
        self._show_current()

    def _fill_speakers(self) -> None:
        was, self._loading = self._loading, True
        try:
            self.speaker.clear()
            self.speaker.addItem(_tr("(pilih pembicara)"), "")
            for person in self.release.officials:
                self.speaker.addItem(official_label(person), person.id)
        finally:
            self._loading = was

    def officials_changed(self) -> None:
        """Speaker names and row labels follow edits in the Pejabat section."""
        self._fill_speakers()
        block = self.current()
        if isinstance(block, Quote):
            was, self._loading = self._loading, True
            self.speaker.setCurrentIndex(max(0, self.speaker.findData(block.speaker)))
            self._loading = was
        for row, item in enumerate(self.release.body):
            if isinstance(item, Quote):
                self.list.update_row(row, self.row_text(item))

    def _show_current(self, _row: int = -1) -> None:
        block = self.current()
        was, self._loading = self._loading, True
        try:
            if isinstance(block, Paragraph):
                self.pages.setCurrentIndex(1)
                self.paragraph.path = f"body.{self.list.current_row()}.text"
                if self.paragraph.toPlainText() != block.text:
                    self.paragraph.setPlainText(block.text)
            elif isinstance(block, Quote):
                self.pages.setCurrentIndex(2)
                self.quote.path = f"body.{self.list.current_row()}.text"
                self.speaker.setCurrentIndex(max(0, self.speaker.findData(block.speaker)))
                self.verb.setEditText(block.verb)
                if self.quote.toPlainText() != block.text:
                    self.quote.setPlainText(block.text)
            elif isinstance(block, Photo):
                self.pages.setCurrentIndex(3)
                self.caption.path = f"body.{self.list.current_row()}.caption"
                self._show_photo(block)
                for widget, value in ((self.caption, block.caption),
                                      (self.credit, block.credit)):
                    if widget.text() != value:
                        widget.setText(value)
                self.blurred.setChecked(block.blurred)
            else:
                self.pages.setCurrentIndex(0)
        finally:
            self._loading = was
        self.structureChanged.emit()

    def _show_photo(self, block: Photo) -> None:
        pixmap = self.thumbnail_for(block.path)
        if pixmap.isNull():
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(_tr("Foto tidak ditemukan atau tidak dapat dibaca."))
        else:
            self.thumbnail.setText("")
            self.thumbnail.setPixmap(pixmap)
        self.photo_path.setText(block.path)

    # ------------------------------------------------------------ editing

    def _edited(self, field: str, label: str) -> None:
        row = self.list.current_row()
        block = self.current()
        if block is not None:
            self.list.update_row(row, self.row_text(block))
        self.changed(f"body.{row}.{field}", label)

    def _paragraph_changed(self) -> None:
        block = self.current()
        text = self.paragraph.toPlainText()
        if self._loading or not isinstance(block, Paragraph) or block.text == text:
            return
        block.text = text
        self._edited("text", _tr("Ubah paragraf"))

    def _quote_changed(self) -> None:
        block = self.current()
        text = self.quote.toPlainText()
        if self._loading or not isinstance(block, Quote) or block.text == text:
            return
        block.text = text
        self._edited("text", _tr("Ubah kutipan"))

    def _speaker_changed(self, index: int) -> None:
        block = self.current()
        speaker = self.speaker.itemData(index)
        if self._loading or not isinstance(block, Quote) or not isinstance(speaker, str):
            return
        if speaker != block.speaker:
            block.speaker = speaker
            self._edited("speaker", _tr("Ganti pembicara"))

    def _verb_changed(self, text: str) -> None:
        block = self.current()
        if self._loading or not isinstance(block, Quote) or text.strip() == block.verb:
            return
        block.verb = text.strip() or "ujar"
        self._edited("verb", _tr("Ganti kata kerja"))

    def _caption_changed(self, text: str) -> None:
        block = self.current()
        if not self._loading and isinstance(block, Photo) and block.caption != text:
            block.caption = text
            self._edited("caption", _tr("Ubah keterangan foto"))

    def _blurred_changed(self, checked: bool) -> None:
        block = self.current()
        if not self._loading and isinstance(block, Photo) and block.blurred != checked:
            block.blurred = checked
            self._edited("blurred", _tr("Ubah tanda samarkan foto"))

    def _credit_changed(self, text: str) -> None:
        block = self.current()
        if not self._loading and isinstance(block, Photo) and block.credit != text:
            block.credit = text
            self._edited("credit", _tr("Ubah kredit foto"))

    def _fill_insert_menu(self) -> None:
        self.insert_menu.clear()
        for person in self.release.officials:
            self.insert_menu.addAction(f"@{person.id}  ({official_label(person)})",
                                       partial(self._insert, f"@{person.id}"))
        self.insert_menu.addSeparator()
        for token, label in (("acara", _tr("nama acara")), ("tempat", _tr("tempat")),
                             ("hari", _tr("hari dan tanggal singkat")),
                             ("tanggal", _tr("tanggal lengkap")), ("pukul", _tr("pukul"))):
            self.insert_menu.addAction(f"@{token}  ({label})", partial(self._insert, f"@{token}"))

    def _insert(self, text: str) -> None:
        self.paragraph.insertPlainText(text)
        self.paragraph.setFocus()

    def add_block(self, block: Block, row: int | None = None) -> None:
        """Insert after the selected block (or at ``row``) and select it."""
        if row is None:
            current = self.list.current_row()
            row = current + 1 if current >= 0 else len(self.release.body)
        self.release.body.insert(row, block)
        self.list.set_rows(self._rows(), row)
        self._show_current()
        kind = {"paragraph": _tr("Tambah paragraf"), "quote": _tr("Tambah kutipan"),
                "photo": _tr("Tambah foto")}[block.type]
        self.changed(f"body+{row}", kind)
        focus = {"paragraph": self.paragraph, "quote": self.quote, "photo": self.caption}
        focus[block.type].setFocus()

    def split_block(self, texts: list[str], cursor: int = 0, label: str = "") -> None:
        """Replace the selected paragraph or quote by one block per text, the cursor at
        ``cursor`` in the last. Pieces of a quote stay quotes of the same speaker, except an
        empty last piece (Enter at the end): a paragraph follows a quote."""
        row = self.list.current_row()
        block = self.current()
        if self.read_only or not isinstance(block, Paragraph | Quote) or len(texts) < 2:
            return
        block.text = texts[0]
        added: list[Block] = []
        for text in texts[1:]:
            if isinstance(block, Quote) and text:
                added.append(Quote(speaker=block.speaker, text=text, verb=block.verb))
            else:
                added.append(Paragraph(text=text))
        self.release.body[row + 1:row + 1] = added
        target = row + len(added)
        self.list.set_rows(self._rows(), target)
        self._show_current()
        self.changed(f"body+{row + 1}", label or _tr("Pisah paragraf"))
        editor = self.quote if isinstance(self.release.body[target], Quote) else self.paragraph
        editor.setFocus()
        text_cursor = editor.textCursor()
        text_cursor.setPosition(to_utf16(editor.toPlainText(), cursor))
        editor.setTextCursor(text_cursor)

    def paste_paragraphs(self, editor: BlockEdit, text: str) -> None:
        """Several paragraphs pasted into a block: one block each (a whole release when the
        draft is still empty)."""
        if is_blank_draft(self.release):
            self.releasePasted.emit(text)
            return
        paragraphs = split_paragraphs(text)
        if len(paragraphs) < 2:
            editor.insertPlainText(" ".join(paragraphs))
            return
        current = editor.toPlainText()
        start, end = editor.selection()
        texts = [current[:start] + paragraphs[0], *paragraphs[1:-1],
                 paragraphs[-1] + current[end:]]
        self.split_block(texts, len(paragraphs[-1]), _tr("Tempel paragraf"))

    def paste_clipboard(self) -> None:
        """Ctrl+V on the body outside a text field: a release into an empty draft, else
        paragraphs after the selected block."""
        if self.read_only:
            return
        text = QGuiApplication.clipboard().text()
        paragraphs = split_paragraphs(text)
        if not paragraphs:
            return
        if is_blank_draft(self.release):
            self.releasePasted.emit(text)
            return
        row = self.list.current_row()
        row = row + 1 if row >= 0 else len(self.release.body)
        self.release.body[row:row] = [Paragraph(text=paragraph) for paragraph in paragraphs]
        target = row + len(paragraphs) - 1
        self.list.set_rows(self._rows(), target)
        self._show_current()
        self.changed(f"body+{row}", _tr("Tempel paragraf"))
        self.paragraph.setFocus()

    def add_quote(self) -> None:
        speaker = self.release.officials[0].id if self.release.officials else ""
        self.add_block(Quote(speaker=speaker))

    def add_photo(self, path: Path) -> None:
        self.add_block(Photo(path=str(path.resolve())))

    def choose_photo_to_add(self) -> None:
        path = self._ask_photo()
        if path is not None:
            self.add_photo(path)

    def _ask_photo(self) -> Path | None:
        return open_file(self, _tr("Pilih foto"), "",
                         _tr("Gambar") + " (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff "
                                         "*.heic)")

    def _replace_photo(self) -> None:
        block = self.current()
        if not isinstance(block, Photo):
            return
        path = self._ask_photo()
        if path is not None:
            block.path = str(path.resolve())
            self._show_photo(block)
            self.list.update_row(self.list.current_row(), self.row_text(block),
                                 self._row_icon(block))
            self._edited("path", _tr("Ganti foto"))

    def remove_block(self, row: int) -> None:
        del self.release.body[row]
        self.list.set_rows(self._rows(), min(row, len(self.release.body) - 1))
        self._show_current()
        self.changed(f"body-{row}", _tr("Hapus blok"))

    def _moved(self, order: list[int], current: int) -> None:
        self.release.body = [self.release.body[index] for index in order]
        self.list.set_rows(self._rows(), current)
        self._show_current()
        self.changed(f"body~{order}", _tr("Urutkan isi"))

    # ------------------------------------------------------------ drops

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if image_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = image_paths(event.mimeData())
        for path in paths:
            self.add_photo(path)
        if paths:
            event.acceptProposedAction()

    # ------------------------------------------------------------ checking

    def field_for(self, path: str) -> CheckedField | None:
        parts = path.split(".")
        if len(parts) != 3 or parts[0] != "body":
            return None
        row = int(parts[1])
        if not 0 <= row < len(self.release.body):
            return None
        self.list.select(row)
        block = self.release.body[row]
        if isinstance(block, Paragraph):
            return self.paragraph
        if isinstance(block, Quote):
            return self.quote
        return self.caption if parts[2] == "caption" else None

    def checked_fields(self) -> list[CheckedField]:
        return [self.paragraph, self.quote, self.caption]

