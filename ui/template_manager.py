"""*Templat dan starter*: the library by location, previews, safe editing, packs.

Layout templates and starters are listed under the place they live (the user's folder,
each team folder, the built-ins), the copy in use marked and the copies it hides greyed.
A built-in is never edited in place: *Duplikat* copies it into the user's folder. Edits
are validated (problems with their line) before anything is written; an invalid
template is never saved. Packs show what they would add or replace before importing.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.base.errors import RilisError
from app.library.catalog import STARTER, TEMPLATE, Entry, Library
from app.library.packs import (
    ASSET,
    PACK_EXTENSION,
    PackPlan,
    apply_import,
    export_pack,
    plan_import,
)
from app.library.template_check import TemplateProblem, validate_template
from app.release.draftfile import load_draft
from app.release.model import Release
from app.render.locations import BUILTIN, current
from app.render.marks import apply_marks
from app.render.templating import render_source, template_info, to_document
from app.render.writers.html import write_html
from ui.dialogs import open_file, save_file
from ui.jinja_highlighter import JinjaHighlighter, ProblemTips, mark_problem_lines
from ui.layout_form_dialog import LayoutFormDialog
from ui.preview import PreviewPane, RenderResult, preview_html, render_release

logger = logging.getLogger(__name__)

CONTEXT = "TemplateManager"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 5
LINE_ROLE = Qt.ItemDataRole.UserRole + 6


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def location_title(kind: str, label: str) -> str:
    if kind == BUILTIN:
        return _tr("Bawaan (hanya-baca)")
    if kind == "pengguna":
        return _tr("Folder saya")
    return _tr("Folder tim: {root}").format(root=label.removeprefix("tim (").rstrip(")"))


def sample_for(entry: Entry) -> Release:
    """The template's own sample draft (an empty release when it names none)."""
    info = template_info(entry.path)
    if info.sample is not None:
        try:
            return load_draft(info.sample)
        except RilisError as error:
            logger.warning("sample %s unreadable: %s", info.sample, error)
    return Release(template=entry.id)


def render_template_source(source: str, release: Release, name: str) -> RenderResult:
    """A template's text rendered with a sample draft, for the preview pane."""
    result = RenderResult(0)
    try:
        markup = render_source(release, source, name)
        document = apply_marks(to_document(markup, release), release)
        result.html = preview_html(write_html(document), result.images)
    except RilisError as error:
        result.error = str(error)
    return result


class TemplateManager(QDialog):
    """The library dialog. ``libraryChanged`` after anything was written or deleted."""

    libraryChanged = Signal()

    def __init__(self, author: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Templat dan starter"))
        self.resize(1100, 720)
        self.author = author
        self.library = Library(current())
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([_tr("Nama"), _tr("Id"), _tr("Jenis"), _tr("Dipakai")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(lambda *_args: self._show_current())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #9a4a00;")

        self.preview = PreviewPane()
        self.editor = QPlainTextEdit()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.editor.setFont(font)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.textChanged.connect(self._source_edited)
        self.highlighter = JinjaHighlighter(self.editor.document())
        self.problem_tips = ProblemTips(self.editor)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(110)
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        self.edit_state = QLabel()
        self.edit_state.setWordWrap(True)
        self.check_button = QPushButton(_tr("Periksa"))
        self.check_button.clicked.connect(self.check_source)
        self.try_button = QPushButton(_tr("Pratinjau suntingan"))
        self.try_button.clicked.connect(self.preview_source)
        self.save_button = QPushButton(_tr("Simpan templat"))
        self.save_button.clicked.connect(self.save_source)
        edit_page = QWidget()
        edit_layout = QVBoxLayout(edit_page)
        edit_layout.addWidget(self.edit_state)
        edit_layout.addWidget(self.editor, 1)
        edit_layout.addWidget(self.problems)
        edit_buttons = QHBoxLayout()
        edit_buttons.addWidget(self.check_button)
        edit_buttons.addWidget(self.try_button)
        edit_buttons.addStretch(1)
        edit_buttons.addWidget(self.save_button)
        edit_layout.addLayout(edit_buttons)
        self.pages = QTabWidget()
        self.pages.addTab(self.preview, _tr("Pratinjau dengan contoh"))
        self.pages.addTab(edit_page, _tr("Sunting"))

        self.duplicate_button = QPushButton(_tr("Duplikat ke folder saya…"))
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.delete_button = QPushButton(_tr("Hapus"))
        self.delete_button.clicked.connect(self.delete_current)
        self.import_button = QPushButton(_tr("Impor paket…"))
        self.import_button.clicked.connect(self.import_dialog)
        self.export_button = QPushButton(_tr("Ekspor paket…"))
        self.export_button.clicked.connect(self.export_dialog)
        self.form_button = QPushButton(_tr("Templat baru dari formulir…"))
        self.form_button.clicked.connect(self.new_from_form)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.problems_label)
        row1 = QHBoxLayout()
        row1.addWidget(self.duplicate_button)
        row1.addWidget(self.delete_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.import_button)
        row2.addWidget(self.export_button)
        left_layout.addLayout(row1)
        left_layout.addLayout(row2)
        left_layout.addWidget(self.form_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([520, 580])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self._loaded_source = ""
        self.reload()

    # ------------------------------------------------------------ listing

    def reload(self, select: tuple[str, str, str] | None = None) -> None:
        """Re-read every location; ``select`` = (kind, id, location kind) to show."""
        self.library = Library(current())
        self.tree.clear()
        entries = self.library.entries(include_shadowed=True)
        used = {(e.kind, e.id): e for e in entries if not self._hidden(e, entries)}
        target: QTreeWidgetItem | None = None
        for place in self.library.locations.places:
            group = QTreeWidgetItem([location_title(place.kind, place.label)])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for entry in entries:
                if entry.location != place:
                    continue
                winner = used.get((entry.kind, entry.id))
                if winner is entry:
                    state = (_tr("dipakai; menutupi {n} salinan").format(n=len(entry.shadowed))
                             if entry.shadowed else _tr("dipakai"))
                else:
                    where = winner.location if winner is not None else place
                    state = _tr("tersembunyi oleh {place}").format(
                        place=location_title(where.kind, where.label))
                kind = _tr("Templat") if entry.kind == TEMPLATE else _tr("Starter")
                item = QTreeWidgetItem([entry.name, entry.id, kind, state])
                item.setData(0, ENTRY_ROLE, entry)
                item.setToolTip(0, entry.description or entry.name)
                item.setToolTip(3, str(entry.path))
                if winner is not entry:
                    for column in range(4):
                        item.setForeground(column, QBrush(QColor("#8a8a8a")))
                group.addChild(item)
                if select == (entry.kind, entry.id, entry.location.kind):
                    target = item
            group.setExpanded(True)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        problems = self.library.problems
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))
        if target is not None:
            self.tree.setCurrentItem(target)
        self._show_current()

    @staticmethod
    def _hidden(entry: Entry, entries: list[Entry]) -> bool:
        for other in entries:
            if (other.kind, other.id) == (entry.kind, entry.id) and other is not entry \
                    and entry.location in other.shadowed:
                return True
        return False

    def entry_item(self, kind: str, entry_id: str, location_kind: str) -> QTreeWidgetItem | None:
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            if group is None:
                continue
            for index in range(group.childCount()):
                item = group.child(index)
                entry = item.data(0, ENTRY_ROLE) if item is not None else None
                if isinstance(entry, Entry) and (entry.kind, entry.id, entry.location.kind) \
                        == (kind, entry_id, location_kind):
                    return item
        return None

    def select(self, kind: str, entry_id: str, location_kind: str) -> bool:
        item = self.entry_item(kind, entry_id, location_kind)
        if item is not None:
            self.tree.setCurrentItem(item)
        return item is not None

    def current_entry(self) -> Entry | None:
        item = self.tree.currentItem()
        entry = item.data(0, ENTRY_ROLE) if item is not None else None
        return entry if isinstance(entry, Entry) else None

    def selected_entries(self) -> list[Entry]:
        entries = [item.data(0, ENTRY_ROLE) for item in self.tree.selectedItems()]
        return [entry for entry in entries if isinstance(entry, Entry)]

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        self.duplicate_button.setEnabled(entry is not None and entry.kind == TEMPLATE)
        self.delete_button.setEnabled(entry is not None and entry.editable)
        self.export_button.setEnabled(bool(self.selected_entries()))
        editable = entry is not None and entry.kind == TEMPLATE and entry.editable
        self.editor.setReadOnly(not editable)
        self.save_button.setEnabled(editable)

    def _show_current(self) -> None:
        entry = self.current_entry()
        self._update_buttons()
        self.problems.clear()
        if entry is None:
            self._set_source("")
            self.edit_state.setText(_tr("Pilih templat atau starter di kiri."))
            self.preview.setHtml("")
            return
        if entry.kind == TEMPLATE:
            try:
                source = entry.path.read_text(encoding="utf-8")
            except OSError as error:
                source = ""
                self.edit_state.setText(str(error))
            self._set_source(source)
            if entry.editable:
                self.edit_state.setText(_tr("Templat {id} di {place}: dapat disunting. "
                                            "Periksa dulu, lalu simpan.").format(
                    id=entry.id, place=location_title(entry.location.kind,
                                                      entry.location.label)))
            else:
                self.edit_state.setText(_tr("Templat ini hanya-baca. Duplikat ke folder saya "
                                            "untuk menyuntingnya."))
            self.preview.show_result(render_template_source(source, sample_for(entry),
                                                            entry.id))
        else:
            self._set_source("")
            self.edit_state.setText(_tr("Starter adalah draf setengah jadi; ubah dengan "
                                        "membukanya lewat Baru dari starter, lalu Simpan "
                                        "sebagai starter."))
            try:
                release = load_draft(entry.path)
            except RilisError as error:
                self.preview.show_result(RenderResult(0, error=str(error)))
                return
            self.preview.show_result(render_release(release, 0))

    def _set_source(self, source: str) -> None:
        self._loaded_source = source
        self.editor.blockSignals(True)
        self.editor.setPlainText(source)
        self.editor.blockSignals(False)

    # ------------------------------------------------------------ editing

    def _source_edited(self) -> None:
        self.problems.clear()
        mark_problem_lines(self.editor, {})

    def check_source(self) -> list[TemplateProblem]:
        """Validate the editor's text and list the problems (with their line)."""
        problems = validate_template(self.editor.toPlainText(),
                                     self.library.locations.template_folders())
        self.problems.clear()
        for problem in problems:
            item = QListWidgetItem(str(problem))
            item.setData(LINE_ROLE, problem.line or 0)
            item.setForeground(QBrush(QColor("#b42318")))
            self.problems.addItem(item)
        if not problems:
            self.problems.addItem(_tr("Templat sah: tidak ada masalah."))
        marked: dict[int, str] = {}
        for problem in problems:
            if problem.line:
                marked[problem.line] = "\n".join(
                    filter(None, [marked.get(problem.line, ""), problem.message]))
        mark_problem_lines(self.editor, marked)
        return problems

    def open_layout_form(self) -> LayoutFormDialog:
        """The form dialog (a seam for tests, which fill it without a running loop)."""
        dialog = LayoutFormDialog(self.library, self)
        dialog.exec()
        return dialog

    def new_from_form(self) -> bool:
        """*Templat baru dari formulir*: on save, show the new template in the list."""
        dialog = self.open_layout_form()
        if dialog.saved_path is None:
            return False
        self.libraryChanged.emit()
        self.reload((TEMPLATE, dialog.saved_path.name.removesuffix(".xml.j2"), "pengguna"))
        return True

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        line = int(item.data(LINE_ROLE) or 0)
        if line > 0:
            block = self.editor.document().findBlockByLineNumber(line - 1)
            cursor = QTextCursor(block)
            cursor.select(QTextCursor.SelectionType.LineUnderCursor)
            self.editor.setTextCursor(cursor)
            self.editor.setFocus()

    def preview_source(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.kind != TEMPLATE:
            return
        self.preview.show_result(render_template_source(self.editor.toPlainText(),
                                                        sample_for(entry), entry.id))
        self.pages.setCurrentWidget(self.preview)

    def save_source(self) -> bool:
        """Save the edited template in place; refused (and explained) when invalid."""
        entry = self.current_entry()
        if entry is None or entry.kind != TEMPLATE or not entry.editable:
            return False
        if self.check_source():
            self.show_message(_tr("Templat tidak disimpan"),
                              _tr("Perbaiki masalah yang tercantum dulu."))
            return False
        try:
            self.library.save_template(entry.id, self.editor.toPlainText(), entry.location)
        except RilisError as error:
            self.show_message(_tr("Templat tidak disimpan"), str(error))
            return False
        self.libraryChanged.emit()
        self.reload((entry.kind, entry.id, entry.location.kind))
        return True

    def duplicate_current(self) -> bool:
        entry = self.current_entry()
        if entry is None or entry.kind != TEMPLATE:
            return False
        taken = {e.id for e in self.library.entries(TEMPLATE, include_shadowed=True)
                 if e.location.kind == "pengguna"}
        suggested = entry.id if entry.id not in taken else f"{entry.id}-salinan"
        new_id = self.ask_new_id(suggested)
        if not new_id:
            return False
        try:
            self.library.duplicate_template(entry.id, new_id, entry.location.kind)
        except (RilisError, OSError) as error:
            self.show_message(_tr("Gagal menduplikat"), str(error))
            return False
        self.libraryChanged.emit()
        self.reload((TEMPLATE, new_id, "pengguna"))
        self.pages.setCurrentIndex(1)
        return True

    def delete_current(self) -> bool:
        entry = self.current_entry()
        if entry is None:
            return False
        if entry.location.kind == BUILTIN:
            self.show_message(_tr("Tidak dapat dihapus"),
                              _tr("Templat dan starter bawaan tidak dapat dihapus."))
            return False
        if not self.ask_confirm(_tr("Hapus"), _tr("Hapus {name} ({id}) dari {place}?").format(
                name=entry.name, id=entry.id,
                place=location_title(entry.location.kind, entry.location.label))):
            return False
        try:
            self.library.delete(entry.kind, entry.id, entry.location.kind)
        except RilisError as error:
            self.show_message(_tr("Tidak dapat dihapus"), str(error))
            return False
        self.libraryChanged.emit()
        self.reload()
        return True

    # ------------------------------------------------------------ packs

    def import_dialog(self) -> bool:
        path = self.ask_pack_to_import()
        return self.import_pack(path) if path is not None else False

    def import_pack(self, path: Path) -> bool:
        """Show what the pack adds and replaces; write only after the user agrees."""
        try:
            target = self.library.target()
            plan = plan_import(path, self.library, target)
        except RilisError as error:
            self.show_message(_tr("Paket tidak dapat diimpor"), str(error))
            return False
        if not self.confirm_import(plan):
            return False
        try:
            apply_import(plan, target)
        except RilisError as error:
            self.show_message(_tr("Paket tidak dapat diimpor"), str(error))
            return False
        self.libraryChanged.emit()
        self.reload()
        return True

    def export_dialog(self) -> bool:
        entries = self.selected_entries()
        if not entries:
            return False
        path = self.ask_pack_export_path()
        return self.export_to(entries, path) if path is not None else False

    def export_to(self, entries: list[Entry], path: Path) -> bool:
        try:
            written = export_pack(entries, path, name=path.stem, author=self.author)
        except RilisError as error:
            self.show_message(_tr("Paket tidak dapat dibuat"), str(error))
            return False
        self.show_message(_tr("Paket dibuat"), str(written))
        return True

    # ------------------------------------------------------------ questions (overridable)

    @staticmethod
    def plan_text(plan: PackPlan) -> str:
        names = {"tambah": _tr("tambah"), "ganti": _tr("ganti")}
        kinds = {TEMPLATE: _tr("templat"), STARTER: _tr("starter"), ASSET: _tr("aset")}
        lines = [f"{names[plan.actions[(i.kind, i.id)]]} · {kinds[i.kind]} {i.id} — {i.name}"
                 for i in plan.items]
        head = _tr("Paket “{name}” dari {author}:").format(name=plan.name,
                                                           author=plan.author or "–")
        return head + "\n\n" + "\n".join(lines)

    def confirm_import(self, plan: PackPlan) -> bool:
        return self.ask_confirm(_tr("Impor paket"), self.plan_text(plan) + "\n\n"
                                + _tr("Lanjutkan impor ke folder saya?"))

    def ask_confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_new_id(self, suggested: str) -> str | None:
        text, ok = QInputDialog.getText(self, _tr("Duplikat templat"),
                                        _tr("Id templat baru (huruf kecil, angka, tanda "
                                            "hubung):"), text=suggested)
        return text.strip() if ok and text.strip() else None

    def ask_pack_to_import(self) -> Path | None:
        return open_file(self, _tr("Impor paket"), str(Path.home()),
                         _tr("Paket Rilis") + f" (*{PACK_EXTENSION})")

    def ask_pack_export_path(self) -> Path | None:
        return save_file(self, _tr("Ekspor paket"), str(Path.home() / f"templat{PACK_EXTENSION}"),
                         _tr("Paket Rilis") + f" (*{PACK_EXTENSION})")

    def show_message(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)
