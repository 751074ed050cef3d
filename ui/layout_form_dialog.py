"""*Templat baru dari formulir*: a layout template made by filling a form, no Jinja.

The form (``app.render.layout_form``) holds the letterhead lines or the unit's Word document, the
emblem, the parts and their order, and the HTML fonts; the preview renders the layout with
the sample draft of its kind as the choices change; *Simpan* writes it to the user library
(validated like any template).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.base.errors import RilisError
from app.base.paths import samples_dir
from app.library.catalog import Library
from app.release.draftfile import load_draft
from app.release.model import Release
from app.render.layout_form import (
    DEFAULT_FONT,
    DEFAULT_HEADING_FONT,
    PARTS,
    SIZES,
    LayoutSpec,
    check_spec,
    css_for,
    generate,
    install_reference,
)
from app.render.marks import apply_marks
from app.render.templating import read_header, render_source, to_document
from app.render.writers.html import write_html
from ui.dialogs import open_file
from ui.preview import PreviewPane, RenderResult, preview_html

logger = logging.getLogger(__name__)

CONTEXT = "LayoutFormDialog"
PART_ROLE = Qt.ItemDataRole.UserRole + 7
EMBLEM_WIDTH = 72
FONTS = ("Liberation Serif", "Liberation Sans", "DejaVu Serif", "DejaVu Sans",
         "Times New Roman", "Arial", "Bookman Old Style", "Tahoma")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def part_labels() -> dict[str, str]:
    return {"number": _tr("Nomor"), "date": _tr("Baris tanggal"),
            "embargo": _tr("Baris embargo / siar segera"), "title": _tr("Judul"),
            "lead": _tr("Teras dari kegiatan"), "body": _tr("Isi"),
            "contact": _tr("Narahubung"), "related": _tr("Berita terkait"),
            "closing": _tr("Tag penutup")}


def render_layout(source: str, release: Release, name: str) -> RenderResult:
    """The layout rendered with a sample, with its HTML fonts, for the preview."""
    result = RenderResult(0)
    try:
        document = apply_marks(to_document(render_source(release, source, name), release),
                               release)
        html = write_html(document, extra_css=css_for(read_header(source)))
        result.html = _small_emblem(preview_html(html, result.images))
    except RilisError as error:
        result.error = str(error)
    return result


_EMBLEM = re.compile(r'<figure class="emblem"><img([^>]*)>')
_SIZE = re.compile(r' (width|height)="\d+"')


def _small_emblem(html: str) -> str:
    """The emblem at letterhead size (the preview pane ignores the CSS that does it)."""
    return _EMBLEM.sub(lambda match: f'<figure class="emblem"><img'
                       f'{_SIZE.sub("", match.group(1))} width="{EMBLEM_WIDTH}">', html)


class LayoutFormDialog(QDialog):
    """The form; ``saved_path`` is the template written, after *Simpan*."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Templat baru dari formulir"))
        self.resize(1180, 760)
        self.library = library
        self.saved_path: Path | None = None
        self.reference_path: Path | None = None
        self.id_edit = QLineEdit("siaran-satuan")
        self.name_edit = QLineEdit(_tr("Siaran pers satuan"))
        self.description_edit = QLineEdit()
        self.letterhead = QPlainTextEdit()
        self.letterhead.setPlaceholderText(_tr("Satu baris kop per baris, mis.\n"
                                               "KEPOLISIAN NEGARA REPUBLIK INDONESIA"))
        self.letterhead.setMaximumHeight(96)
        self.unit_line = QCheckBox(_tr("Tambahkan nama satuan dari draf"))
        self.emblem = QCheckBox(_tr("Tampilkan lambang dari draf"))
        self.emblem.setChecked(True)
        self.reference_label = QLabel(_tr("Tidak ada (kop dari baris di atas)"))
        choose = QPushButton(_tr("Pilih dokumen Word…"))
        choose.clicked.connect(self.choose_reference)
        clear = QPushButton(_tr("Hapus"))
        clear.clicked.connect(lambda: self.set_reference(None))
        reference_row = QHBoxLayout()
        reference_row.addWidget(self.reference_label, 1)
        reference_row.addWidget(choose)
        reference_row.addWidget(clear)
        self.parts = QListWidget()
        self.parts.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        labels = part_labels()
        for part in PARTS:
            item = QListWidgetItem(labels[part])
            item.setData(PART_ROLE, part)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.parts.addItem(item)
        up = QPushButton(_tr("Naik"))
        up.clicked.connect(lambda: self.move_part(-1))
        down = QPushButton(_tr("Turun"))
        down.clicked.connect(lambda: self.move_part(1))
        order = QHBoxLayout()
        order.addWidget(up)
        order.addWidget(down)
        order.addStretch(1)
        self.font_box = self._font_combo(DEFAULT_FONT)
        self.heading_font_box = self._font_combo(DEFAULT_HEADING_FONT)
        self.size_box = QSpinBox()
        self.size_box.setRange(SIZES.start, SIZES.stop - 1)
        self.size_box.setValue(12)
        self.size_box.setSuffix(" pt")
        self.sample_box = QComboBox()
        for path in sorted(samples_dir().glob("*.rilis")):
            self.sample_box.addItem(path.stem, path.name)
        index = self.sample_box.findData("kegiatan-polres.rilis")
        self.sample_box.setCurrentIndex(max(index, 0))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b42318;")

        form = QFormLayout()
        form.addRow(_tr("Id"), self.id_edit)
        form.addRow(_tr("Nama"), self.name_edit)
        form.addRow(_tr("Keterangan"), self.description_edit)
        form.addRow(_tr("Kop surat"), self.letterhead)
        form.addRow("", self.unit_line)
        form.addRow("", self.emblem)
        form.addRow(_tr("Dokumen acuan (DOCX)"), reference_row)
        form.addRow(_tr("Bagian dan urutan"), self.parts)
        form.addRow("", order)
        form.addRow(_tr("Huruf isi (HTML)"), self.font_box)
        form.addRow(_tr("Huruf judul (HTML)"), self.heading_font_box)
        form.addRow(_tr("Ukuran huruf (HTML)"), self.size_box)
        form.addRow(_tr("Pratinjau dengan contoh"), self.sample_box)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addWidget(self.problems)
        self.preview = PreviewPane()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([520, 660])
        splitter.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(_tr("Simpan ke folder saya"))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        self.source = ""
        for edit in (self.id_edit, self.name_edit, self.description_edit):
            edit.textChanged.connect(self._timer.start)
        self.letterhead.textChanged.connect(self._timer.start)
        for box in (self.unit_line, self.emblem):
            box.toggled.connect(self._timer.start)
        self.parts.itemChanged.connect(self._timer.start)
        self.parts.model().rowsMoved.connect(self._timer.start)
        for combo in (self.font_box, self.heading_font_box, self.sample_box):
            combo.currentTextChanged.connect(self._timer.start)
        self.size_box.valueChanged.connect(self._timer.start)
        self.update_preview()

    @staticmethod
    def _font_combo(current: str) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.addItems(list(FONTS))
        box.setCurrentText(current)
        return box

    # ------------------------------------------------------------ the form's values

    def spec(self) -> LayoutSpec:
        parts = []
        for row in range(self.parts.count()):
            item = self.parts.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                parts.append(str(item.data(PART_ROLE)))
        lines = [line.strip() for line in self.letterhead.toPlainText().splitlines()
                 if line.strip()]
        reference = self.reference_path.name if self.reference_path is not None else ""
        return LayoutSpec(self.id_edit.text().strip(), self.name_edit.text().strip(),
                          self.description_edit.text().strip(), lines,
                          self.unit_line.isChecked(), self.emblem.isChecked(), reference,
                          parts, self.font_box.currentText().strip(),
                          self.heading_font_box.currentText().strip(), self.size_box.value(),
                          str(self.sample_box.currentData() or "kegiatan-polres.rilis"))

    def move_part(self, step: int) -> None:
        row = self.parts.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.parts.count():
            return
        item = self.parts.takeItem(row)
        self.parts.insertItem(target, item)
        self.parts.setCurrentRow(target)
        self._timer.start()

    def choose_reference(self) -> None:
        name = open_file(self, _tr("Pilih dokumen acuan"), "",
                         _tr("Dokumen Word (*.docx *.dotx)"))
        if name is not None:
            self.set_reference(name)

    def set_reference(self, path: Path | None) -> bool:
        """Use a unit's Word document (checked now, copied on save); None clears it."""
        if path is not None:
            from app.render.writers.reference_doc import clean_reference, read_reference

            try:
                clean_reference(read_reference(path), path.name)
            except RilisError as error:
                self.problems.setText(str(error))
                return False
        self.reference_path = path
        self.reference_label.setText(path.name if path is not None
                                     else _tr("Tidak ada (kop dari baris di atas)"))
        self._timer.start()
        return True

    # ------------------------------------------------------------ preview and save

    def sample(self) -> Release:
        name = str(self.sample_box.currentData() or "")
        try:
            return load_draft(samples_dir() / name)
        except RilisError as error:
            logger.warning("sample %s unreadable: %s", name, error)
            return Release()

    def update_preview(self) -> None:
        spec = self.spec()
        problems = check_spec(spec)
        self.problems.setText("\n".join(problems))
        self.save_button.setEnabled(not problems)
        if problems:
            return
        self.source = generate(spec)
        self.preview.show_result(render_layout(self.source, self.sample(), spec.id))

    def save(self) -> bool:
        spec = self.spec()
        try:
            place = self.library.target()
            if self.reference_path is not None:
                spec.reference = install_reference(self.reference_path, place)
            self.saved_path = self.library.save_template(spec.id, generate(spec), place)
        except RilisError as error:
            self.problems.setText(str(error))
            return False
        self.accept()
        return True
