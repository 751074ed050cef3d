"""The main window: forms on the left, live preview on the right, one draft at a time.

All file dialogs and questions go through small ``ask_*`` methods so tests (and future
automation) can answer them without a human. The release object is the single source of
truth: sections write into it, the undo stack keeps snapshots of it, the preview renders a
copy of it in a worker thread, and autosave writes a copy of it to the recovery folder.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.desk import propose_id, status_line
from app.diff import FieldDiff
from app.draftfile import EXTENSION
from app.errors import DraftError, RilisError
from app.filenames import draft_name, export_name
from app.library import STARTER, Library
from app.model import Paragraph, Photo, Release
from app.paste_release import SpeakerQuestion, is_blank_draft, split_paragraphs
from app.recent import RecentFiles
from app.recovery import RecoveredDraft, RecoverySlot
from app.review import LABELS
from app.session import (
    Session,
    is_docx,
    names_protected_role,
    new_release,
    with_extension,
    with_format,
)
from app.settings import Settings, acting_person, remember_acting_person, save_settings
from app.templating import list_templates
from ui.autosave import Autosaver
from ui.blur_dialog import edit_blur
from ui.check_panel import CheckPanel
from ui.checking import CheckService, PlacedFinding
from ui.compare_dialog import CompareDialog
from ui.dialogs import open_file, save_file
from ui.forms.base import Section
from ui.forms.body_form import BodyForm, image_paths
from ui.forms.case_form import ADVISORY_TEMPLATE, CASE_TEMPLATE, CaseForm, PointsForm
from ui.forms.event_form import EventForm
from ui.forms.officials_form import OfficialsForm, official_label
from ui.forms.publish_form import PublishForm
from ui.forms.related_form import RelatedForm
from ui.forms.release_form import ReleaseForm, template_labels
from ui.i18n import install_translator
from ui.paste_dialog import PasteReleaseDialog, describe
from ui.preview import PreviewPane, PreviewRenderer, RenderResult
from ui.printing import a4_printer, export_pdf, print_document
from ui.review_panel import ReviewPanel, ask_override
from ui.settings_dialog import SettingsDialog, ask_acting_person
from ui.template_manager import TemplateManager
from ui.undo import SnapshotCommand, push_edit, snapshot
from ui.whatsapp_view import WhatsAppDialog, copy_for_whatsapp
from ui.widgets import CheckedField, ElidingStatusBar

logger = logging.getLogger(__name__)

CONTEXT = "MainWindow"
EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "docx": ("Word (DOCX)", "*.docx"),
    "html": ("HTML", "*.html"),
    "txt": ("Teks", "*.txt"),
    "pdf": ("PDF", "*.pdf"),
}
REVIEW_PANEL_MIN = 320
REVIEW_PANEL_MAX = 420
"""Width of the review panel in review mode (its rows wrap, they are never cut)."""
ADD_BLOCK_SHORTCUTS: dict[str, str] = {
    "paragraph": "Ctrl+Shift+P", "quote": "Ctrl+Shift+Q", "photo": "Ctrl+Shift+F",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


__all__ = ["MainWindow", "new_release"]  # new_release lives in app.session; kept here too


class MainWindow(QMainWindow):
    """One open draft. ``previewShown(generation)`` fires after each preview update."""

    previewShown = Signal(int)
    draftLoaded = Signal()

    def __init__(self, settings: Settings, recent: RecentFiles | None = None,
                 recovery: RecoverySlot | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.recent = recent or RecentFiles()
        self.recovery = recovery or RecoverySlot()
        self.session = Session.new(settings)
        """The draft and its file (``app.session``): everything done to it that is not a
        widget goes through here, as the CLI does."""
        self._forced_dirty = False
        self._last_snapshot = snapshot(self.release)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.setAcceptDrops(True)
        self.setObjectName("MainWindow")

        self.release_form = ReleaseForm()
        self.officials_form = OfficialsForm()
        self.event_form = EventForm()
        self.body_form = BodyForm()
        self.related_form = RelatedForm()
        self.case_form = CaseForm()
        self.points_form = PointsForm()
        self.publish_form = PublishForm()
        self.sections: list[Section] = [self.release_form, self.officials_form,
                                        self.event_form, self.body_form, self.case_form,
                                        self.points_form, self.related_form,
                                        self.publish_form]
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # every tab stays in sight: a narrow column shortens the labels (…) instead of
        # hiding tabs behind scroll arrows (Terbit was out of reach in review mode)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.tabBar().setExpanding(False)
        for section, title in zip(self.sections, (_tr("Rilis"), _tr("Pejabat"),
                                                  _tr("Kegiatan"), _tr("Isi"), _tr("Kasus"),
                                                  _tr("Imbauan"), _tr("Berita terkait"),
                                                  _tr("Terbit")), strict=True):
            self.tabs.addTab(section, title)
            section.edited.connect(self._on_edited)
        self.officials_form.officialsChanged.connect(self.body_form.officials_changed)

        self.preview = PreviewPane()
        self.renderer = PreviewRenderer(self)
        self.renderer.rendered.connect(self._show_render)
        self.preview_header = QLabel(_tr("Pratinjau"))
        self.preview_header.setObjectName("previewHeader")
        preview_frame = QFrame()
        preview_frame.setObjectName("previewFrame")
        preview_layout = QVBoxLayout(preview_frame)
        preview_layout.setContentsMargins(14, 8, 14, 14)
        preview_layout.setSpacing(6)
        preview_layout.addWidget(self.preview_header)
        preview_layout.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(preview_frame)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        self.tabs.setMinimumWidth(420)
        self.preview.setMinimumWidth(360)
        self.setCentralWidget(self.splitter)

        self.setStatusBar(ElidingStatusBar(self))
        self.stats_label = QLabel()
        self.review_label = QLabel()
        self.review_label.setObjectName("reviewLabel")
        self.statusBar().addPermanentWidget(self.review_label)
        self.statusBar().addPermanentWidget(self.stats_label)
        self.review_mode = False
        self._splitter_before_review: QByteArray | None = None
        self.reviewer = ""
        self.compare_dialog: CompareDialog | None = None
        self.whatsapp_dialog: WhatsAppDialog | None = None
        self.template_manager: TemplateManager | None = None
        self.paste_dialog: PasteReleaseDialog | None = None

        self.checks = CheckService(lambda: self.release, self._team_dictionary(), parent=self)
        for section in self.sections:
            for field in section.checked_fields():
                self.checks.attach(field)
        self.check_panel = CheckPanel(self.checks, self)
        self.check_panel.jumpRequested.connect(self.jump_to)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.check_panel)
        self.check_panel.hide()
        self.checks.ready.connect(self._checker_ready)
        self.review_panel = ReviewPanel(self.checks, lambda: self.release, self)
        self.review_panel.statusRequested.connect(self.request_status)
        self.review_panel.commentRequested.connect(self.comment)
        self.review_panel.resolveRequested.connect(self.resolve)
        self.review_panel.reportRequested.connect(self.report_dialog)
        self.review_panel.blockRequested.connect(self._show_block)
        self.body_form.list.currentChanged.connect(self.review_panel.select_block)
        self.body_form.list.currentChanged.connect(self.reveal_block)
        self.body_form.releasePasted.connect(self.paste_release)
        self.body_form.pasteRequested.connect(self.paste_release_dialog)
        self.body_form.blurRequested.connect(self.blur_photo)
        self.release_form.title.paste_handler = self._paste_into_title
        self.tabs.currentChanged.connect(lambda _index: self.reveal_block())
        self._pastes = 0
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.review_panel)
        self.review_panel.hide()
        self.checks.replacing.connect(self.break_undo_merge)
        self._merge_breaks = 0
        self._break_pending = False

        self.autosaver = Autosaver(self.recovery, lambda: (self._last_snapshot, self.path),
                                   self.is_modified, settings.autosave_seconds, self)
        self.autosaver.failed.connect(self._autosave_failed)
        self._watching_focus = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            self._watching_focus = True

        self._make_actions()
        self._make_menus()
        add_menu = self.body_form.list.add_button.menu()
        add_menu.clear()  # the window's actions: one place, shortcuts shown
        add_menu.addActions(list(self.add_block_actions.values()))
        self.resize(1280, 820)
        self._restore_geometry()
        self._load_into_forms()
        self._update_title()
        QTimer.singleShot(0, self._report_library_problems)

    @property
    def release(self) -> Release:
        return self.session.release

    @release.setter
    def release(self, release: Release) -> None:
        self.session.release = release

    @property
    def path(self) -> Path | None:
        return self.session.path

    @path.setter
    def path(self, path: Path | None) -> None:
        self.session.path = path

    # ------------------------------------------------------------ actions and menus

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(_tr("&Baru…"), self.new_draft, key.New, "document-new")
        self.open_action = self._action(_tr("B&uka…"), self.open_dialog, key.Open,
                                        "document-open")
        self.save_action = self._action(_tr("&Simpan"), self.save, key.Save, "document-save")
        self.save_as_action = self._action(_tr("Simpan sebaga&i…"), self.save_as, key.SaveAs,
                                           "document-save-as")
        self.copy_text_action = self._action(_tr("Sa&lin sebagai teks"), self.copy_as_text,
                                             "Ctrl+Shift+C")
        self.copy_wa_action = self._action(_tr("Salin untuk &WhatsApp"),
                                           self.copy_for_whatsapp, "Ctrl+Shift+W")
        self.copy_wa_short_action = self._action(_tr("Salin &versi singkat (WhatsApp)"),
                                                 partial(self.copy_for_whatsapp, True))
        self.blur_action = self._action(_tr("Sa&markan foto…"), self.blur_photo)
        self.paste_release_action = self._action(_tr("Tem&pel rilis…"),
                                                 self.paste_release_dialog, "Ctrl+Shift+V",
                                                 "edit-paste")
        self.print_action = self._action(_tr("&Cetak…"), self.print_dialog, key.Print,
                                         "document-print")
        self.quit_action = self._action(_tr("&Keluar"), self.close, key.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, _tr("&Urungkan"))
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, _tr("U&lang"))
        self.redo_action.setShortcut(QKeySequence(key.Redo))
        _tr("Teks")  # listed for the translation extractor (ui.i18n)
        menu_labels = {"docx": _tr("&Word (DOCX)…"), "html": _tr("&HTML…"),
                       "txt": _tr("&Teks…"), "pdf": _tr("&PDF…")}
        self.export_actions: dict[str, QAction] = {
            fmt: self._action(menu_labels[fmt], partial(self.export_dialog, fmt))
            for fmt in EXPORT_FORMATS}
        self.export_actions["pdf"].setShortcut(QKeySequence("Ctrl+E"))
        self.check_action = self._action(_tr("&Periksa ejaan dan gaya"), self.toggle_check_panel,
                                         "F7")
        self.check_action.setCheckable(True)
        self.starter_new_action = self._action(_tr("Baru dari s&tarter…"), self.new_from_starter,
                                               "Ctrl+Shift+N")
        self.starter_save_action = self._action(_tr("Simpan sebagai st&arter…"),
                                                self.save_as_starter)
        self.add_block_actions = {
            "paragraph": self._action(_tr("Tambah &paragraf"),
                                      partial(self.add_body_block, "paragraph"),
                                      ADD_BLOCK_SHORTCUTS["paragraph"]),
            "quote": self._action(_tr("Tambah &kutipan"), partial(self.add_body_block, "quote"),
                                  ADD_BLOCK_SHORTCUTS["quote"]),
            "photo": self._action(_tr("Tambah &foto…"), partial(self.add_body_block, "photo"),
                                  ADD_BLOCK_SHORTCUTS["photo"]),
        }
        self.library_action = self._action(_tr("&Templat dan starter…"),
                                           self.template_manager_dialog)
        self.review_action = self._action(_tr("&Mode tinjauan"), self.toggle_review_mode,
                                          "Ctrl+Shift+R")
        self.review_action.setCheckable(True)
        self.review_panel_action = self._action(_tr("Panel &tinjauan"),
                                                self.toggle_review_panel, "F8")
        self.review_panel_action.setCheckable(True)
        self.compare_action = self._action(_tr("&Bandingkan versi…"), self.compare_versions)
        self.report_actions = {
            "html": self._action(_tr("Laporan tinjauan (&HTML)…"),
                                 partial(self.report_dialog, "html")),
            "docx": self._action(_tr("Laporan tinjauan (&DOCX)…"),
                                 partial(self.report_dialog, "docx")),
        }
        self.settings_action = self._action(_tr("P&engaturan…"), self.settings_dialog,
                                            key.Preferences)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(_tr("&Berkas"))
        file_menu.addActions([self.new_action, self.starter_new_action, self.open_action])
        self.recent_menu = QMenu(_tr("Buka te&rakhir"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.paste_release_action)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action, self.starter_save_action])
        file_menu.addSeparator()
        export_menu = file_menu.addMenu(_tr("&Ekspor"))
        self.export_menu = export_menu
        export_menu.addActions(list(self.export_actions.values()))
        file_menu.addAction(self.copy_text_action)
        file_menu.addActions([self.copy_wa_action, self.copy_wa_short_action])
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(_tr("&Sunting"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(list(self.add_block_actions.values()))
        self.edit_menu.addAction(self.blur_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.library_action)
        self.edit_menu.addAction(self.settings_action)
        check_menu = bar.addMenu(_tr("&Periksa"))
        check_menu.addAction(self.check_action)
        review_menu = bar.addMenu(_tr("&Tinjau"))
        review_menu.addActions([self.review_action, self.review_panel_action])
        review_menu.addSeparator()
        review_menu.addAction(self.compare_action)
        review_menu.addActions(list(self.report_actions.values()))
        toolbar = self.addToolBar(_tr("Utama"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addSeparator()
        # short, fixed labels in the toolbar (the menu says what will be undone)
        undo_button = self._action(_tr("Urungkan"), self.undo_stack.undo)
        redo_button = self._action(_tr("Ulangi"), self.undo_stack.redo)
        undo_button.setEnabled(False)
        redo_button.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo_button.setEnabled)
        undo_button.setToolTip(_tr("Urungkan") + " (Ctrl+Z)")
        redo_button.setToolTip(_tr("Ulangi") + " (Ctrl+Shift+Z)")
        toolbar.addActions([undo_button, redo_button])
        toolbar.addSeparator()
        toolbar.addAction(self.export_actions["docx"])
        toolbar.addAction(self.export_actions["pdf"])
        toolbar.addAction(self.copy_text_action)
        toolbar.addSeparator()
        toolbar.addAction(self.check_action)
        toolbar.addAction(self.review_action)
        self.toolbar = toolbar

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        items = self.recent.items()
        for number, path in enumerate(items, start=1):
            name = path.name.replace("&", "&&")
            label = f"&{number} {name}" if number < 10 else name
            action = self.recent_menu.addAction(label, partial(self.open_path_checked, path))
            action.setToolTip(str(path))
        if not items:
            empty = self.recent_menu.addAction(_tr("(belum ada)"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(_tr("&Bersihkan daftar"), self.recent.clear)

    # ------------------------------------------------------------ state

    def is_modified(self) -> bool:
        return self._forced_dirty or not self.undo_stack.isClean()

    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _update_title(self) -> None:
        name = self.path.name if self.path else _tr("Draf baru")
        status = self.release.review.status
        shown = f" · {LABELS.get(status, status)}" if status != "draf" else ""
        mode = " · " + _tr("Mode tinjauan") if self.review_mode else ""
        self.setWindowTitle(f"{name}[*]{shown}{mode} — Rilis")
        self.setWindowModified(self.is_modified())
        self.review_label.setText(_tr("Status: {status}").format(
            status=status_line(self.release)))

    def _load_into_forms(self) -> None:
        for section in self.sections:
            section.load(self.release)
        self.body_form.officials_changed()
        self._update_kind_tabs()
        if self.review_mode:  # a reload may re-enable a button: lock again
            for section in self.sections:
                section.set_read_only(False)
                section.set_read_only(True)
        self.review_panel.show_review(self.release)
        self.request_preview()

    def _update_kind_tabs(self) -> None:
        """*Kasus* and *Imbauan* only for their release kinds (or when already filled);
        *Kasus* also as soon as the text names a suspect, victim, witness or child, so
        such a person can be marked protected in any kind of release."""
        release = self.release
        case_index = self.tabs.indexOf(self.case_form)
        show_case = (release.template == CASE_TEMPLATE or not release.case.is_empty()
                     or names_protected_role(release))
        if self.tabs.isTabVisible(case_index) != show_case:
            self.tabs.setTabVisible(case_index, show_case)
        self.tabs.setTabVisible(self.tabs.indexOf(self.points_form),
                                release.template == ADVISORY_TEMPLATE or bool(release.points))

    def set_release(self, release: Release, path: Path | None, modified: bool = False) -> None:
        """Show another draft: forms, preview, title; the undo history starts afresh."""
        self.session = self.session.follow(release, path)
        self._last_snapshot = snapshot(release)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._forced_dirty = modified
        self.checks.ignored.clear()
        self._load_into_forms()
        self.check_panel.schedule(0)
        self._update_title()
        self.autosaver.stop()
        self.draftLoaded.emit()

    def break_undo_merge(self) -> None:
        """The next edit starts a new undo step even if it is in the same field."""
        self._merge_breaks += 1
        self._break_pending = True

    def _on_edited(self, key: str, label: str) -> None:
        if self._break_pending:
            self._break_pending = False
            key = f"{key}#{self._merge_breaks}"
        after = snapshot(self.release)
        command = SnapshotCommand(label, key, self._last_snapshot, after, self._restore)
        self._last_snapshot = after
        push_edit(self.undo_stack, command)
        self._update_kind_tabs()  # a role word typed in the text shows *Kasus*
        self._update_title()
        self.request_preview()
        self.check_panel.schedule()
        self.review_panel.schedule()
        self.autosaver.edited()

    def _restore(self, release: Release, key: str) -> None:
        """Undo/redo: show the snapshot and put the cursor back in the edited field."""
        self.release = release
        self._last_snapshot = snapshot(release)
        self._load_into_forms()
        self.review_panel.schedule()
        field = self.field_for(key.split("#")[0])
        if isinstance(field, QWidget):
            field.setFocus()
        self._update_title()
        self.autosaver.edited()

    def field_for(self, path: str) -> CheckedField | None:
        """The field editing ``path``, brought into view (its tab and list row selected)."""
        for index, section in enumerate(self.sections):
            field = section.field_for(path)
            if field is not None:
                self.tabs.setCurrentIndex(index)
                return field
        return None

    # ------------------------------------------------------------ checking

    def _team_dictionary(self) -> Path | None:
        folder = self.settings.team_dictionary.strip()
        return Path(folder).expanduser() if folder else None

    def _checker_ready(self) -> None:
        if self.checks.problem:
            self.statusBar().showMessage(self.checks.problem, 15000)

    def toggle_check_panel(self) -> None:
        visible = not self.check_panel.isVisible()
        self.check_panel.setVisible(visible)
        self.check_action.setChecked(visible)
        if visible:
            self.check_panel.schedule(0)

    def jump_to(self, placed: PlacedFinding) -> bool:
        """Show the field of a finding and select the word in it."""
        field = self.field_for(placed.path)
        if field is None:
            return False
        text = field.plain()
        finding = placed.finding
        if text[finding.start:finding.end] != finding.text:
            self.check_panel.schedule(0)  # the text moved on: list is stale
            return False
        field.select_span(finding.start, finding.end)
        return True

    # ------------------------------------------------------------ preview

    def request_preview(self) -> int:
        return self.renderer.request(self.release)

    def _show_render(self, result: RenderResult) -> None:
        self.preview.show_result(result)
        self.preview_header.setText(_tr("Pratinjau · {template}").format(
            template=self.release_form.template.currentText()))
        if result.stats is not None:
            stats = result.stats
            minutes = (_tr("< 1 menit") if stats.reading_minutes < 1
                       else _tr("{n} menit").format(n=stats.reading_minutes))
            self.stats_label.setText(_tr("{words} kata · {chars} karakter · baca {minutes}")
                                     .format(words=stats.words, chars=stats.characters,
                                             minutes=minutes))
        self.reveal_block()
        self.previewShown.emit(result.generation)

    def reveal_block(self, _row: int = -1) -> bool:
        """Scroll the preview to the body block being edited (when the *Isi* tab is open)."""
        if self.tabs.currentWidget() is not self.body_form:
            return False
        row = self.body_form.list.current_row()
        return row >= 0 and self.preview.reveal(f"body.{row}")

    # ------------------------------------------------------------ questions (overridable)

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        return QMessageBox.question(
            self, _tr("Perubahan belum disimpan"),
            _tr("Draf “{name}” berubah sejak terakhir disimpan. Simpan dulu?").format(
                name=self.path.name if self.path else _tr("Draf baru")),
            buttons, QMessageBox.StandardButton.Save)

    def ask_open_path(self) -> Path | None:
        folder = str(self.path.parent) if self.path else ""
        return open_file(self, _tr("Buka draf"), folder,
                         _tr("Draf Rilis atau DOCX") + f" (*{EXTENSION} *.docx);;"
                         + _tr("Draf Rilis") + f" (*{EXTENSION});;Word (*.docx)")

    def ask_save_path(self, suggested: str, pattern: str, title: str) -> Path | None:
        folder = self.path.parent if self.path else Path.home()
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

    def ask_release_text(self) -> str | None:
        dialog = PasteReleaseDialog(self.release.officials, not is_blank_draft(self.release),
                                    self)
        self.paste_dialog = dialog
        accepted = dialog.exec() == PasteReleaseDialog.DialogCode.Accepted
        return dialog.text() if accepted else None

    def ask_speaker(self, question: SpeakerQuestion) -> str | None:
        """Who said a pasted quote; None keeps it a paragraph, as written."""
        people = [self.release.official(candidate) for candidate in question.candidates]
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
        return ask_acting_person(self, self.settings.author)

    def ask_status_note(self, status: str) -> str | None:
        """A note for a move (the revision asked for); None cancels the move."""
        if status != "perlu-revisi":
            return ""
        note, ok = QInputDialog.getMultiLineText(self, _tr("Minta revisi"),
                                                 _tr("Apa yang perlu direvisi? (boleh kosong)"))
        return note if ok else None

    def ask_starter_details(self, suggested_name: str) -> tuple[str, str, str] | None:
        """(id, name, description) of a new starter, or None."""
        name, ok = QInputDialog.getText(self, _tr("Simpan sebagai starter"),
                                        _tr("Nama starter (mis. Kegiatan Polsek Sukamaju):"),
                                        text=suggested_name)
        if not ok or not name.strip():
            return None
        taken = {entry.id for entry in Library(self.session.places()).entries(STARTER)}
        return propose_id(name, taken), name.strip(), ""

    def ask_starter(self) -> str | None:
        entries = Library(self.session.places()).entries(STARTER)
        if not entries:
            self.show_notice(_tr("Baru dari starter"),
                             _tr("Belum ada starter. Buka draf yang sudah berisi satuan, "
                                 "pejabat dan narahubung, lalu Simpan sebagai starter."))
            return None
        labels = [f"{entry.name} — {entry.location.label}" for entry in entries]
        label, ok = QInputDialog.getItem(self, _tr("Baru dari starter"),
                                         _tr("Pilih starter:"), labels, 0, False)
        return entries[labels.index(label)].id if ok else None

    # ------------------------------------------------------------ files

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current draft (saved, discarded or unchanged)."""
        if not self.is_modified():
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_draft(self) -> bool:
        if not self.maybe_save():
            return False
        template = self.ask_template()
        if template is None:
            return False
        self.autosaver.discard()
        self.set_release(new_release(self.settings, template), None)
        self.tabs.setCurrentIndex(0)
        self.release_form.title.setFocus()
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        path = self.ask_open_path()
        return self.open_path(path) if path is not None else False

    def open_path_checked(self, path: Path) -> bool:
        return self.maybe_save() and self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Load a draft; a draft that cannot be read changes nothing and is explained."""
        if is_docx(path):
            return self.open_docx_path(Path(path))
        try:
            session = Session.open(path)
        except DraftError as error:
            logger.info("refused draft %s: %s", path, error)
            self.show_error(_tr("Draf tidak dapat dibuka"),
                            str(error) + "\n\n" + _tr("Berkas itu tidak diubah."))
            return False
        self.autosaver.discard()
        self.set_release(session.release, session.path)
        self.recent.add(Path(path))
        self.statusBar().showMessage(_tr("Dibuka: {path}").format(path=path), 5000)
        return True

    def open_docx_path(self, path: Path) -> bool:
        """An exported DOCX: its embedded draft exactly (edits made in Word shown as a
        comparison), or the text alone with a note. Saving asks for a new ``.rilis``."""
        try:
            _session, opened = Session.from_docx(path)
            if opened.needs_choice:  # no draft inside, tracked changes: never mixed
                from ui.returned_review import ask_foreign_decision

                decision = ask_foreign_decision(self)
                if decision is None:
                    return False
                _session, opened = Session.from_docx(path, decision)
        except RilisError as error:
            self.show_error(_tr("DOCX tidak dapat dibuka"), str(error))
            return False
        self.autosaver.discard()
        self.set_release(opened.release, None, modified=not opened.embedded)
        self.setWindowTitle(f"{path.name}[*] — Rilis")
        self.setWindowModified(self.is_modified())
        from ui.returned_review import open_returned  # issue 15: a reviewed DOCX

        reviewed = open_returned(self, path, opened)
        if opened.edits:  # edited without Track Changes: the comparison, as before
            self.show_comparison(opened.edits, _tr("Draf dalam DOCX"),
                                 _tr("Teks DOCX sekarang"), opened.note)
        elif opened.note and reviewed is None:
            self.show_notice(_tr("Dibuka dari DOCX"), opened.note)
        self.statusBar().showMessage(opened.note or _tr("Dibuka dari DOCX: {path}").format(
            path=path), 10000)
        return True

    def show_comparison(self, diffs: list[FieldDiff], old_name: str, new_name: str,
                        note: str = "") -> CompareDialog:
        dialog = CompareDialog(self.release, self.path.parent if self.path else None, self)
        dialog.show_diffs(diffs, old_name, new_name, note)
        dialog.setWindowTitle(_tr("Perubahan di luar Rilis"))
        self.compare_dialog = dialog
        dialog.show()
        return dialog

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        path = self.ask_save_path(draft_name(self.release),
                                  _tr("Draf Rilis") + f" (*{EXTENSION})", _tr("Simpan draf"))
        return self.save_to(with_extension(path)) if path is not None else False

    def save_to(self, path: Path) -> bool:
        """Save through the session (stamped as the CLI stamps), then mark clean."""
        try:
            notices = self.session.save(path)
        except RilisError as error:
            self.show_error(_tr("Draf tidak tersimpan"), str(error))
            return False
        self._last_snapshot = snapshot(self.release)
        self.undo_stack.setClean()
        self._forced_dirty = False
        self.autosaver.discard()
        self.recent.add(Path(path).resolve())
        self._update_title()
        self.statusBar().showMessage(_tr("Tersimpan: {path}").format(path=path), 5000)
        if notices:  # e.g. the oldest versions dropped to keep the file openable
            self.show_notice(_tr("Tersimpan: {path}").format(path=path), "\n".join(notices))
        return True

    # ------------------------------------------------------------ autosave and recovery

    def autosave(self) -> bool:
        """Copy unsaved work to the recovery folder now (never over the officer's own file).

        While the officer works, ``self.autosaver`` does this in the background seconds
        after each edit; this synchronous form is for restoring and for scripts."""
        return self.autosaver.flush()

    def _autosave_failed(self, error: str) -> None:
        self.statusBar().showMessage(_tr("Simpan otomatis gagal: {error}").format(
            error=error), 10000)

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        """Leaving a field (or the window) copies what was typed in it."""
        if old is not None and (old is self or self.isAncestorOf(old)):
            self.autosaver.left_field()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosaver.left_field()
        super().changeEvent(event)

    def restore_recovered(self, orphan: RecoveredDraft) -> bool:
        """Show a crashed session's work as unsaved changes, then drop the old copy."""
        try:
            session = Session.recovered(orphan)
        except DraftError as error:
            self.show_error(_tr("Salinan pemulihan rusak"), str(error))
            return False
        self.set_release(session.release, session.path, modified=True)
        self.autosave()
        Session.forget_orphan(orphan)
        self.statusBar().showMessage(_tr("Draf dipulihkan. Simpan untuk menyimpannya."), 10000)
        return True

    # ------------------------------------------------------------ body blocks and pasting

    def add_body_block(self, kind: str) -> None:
        """*Tambah paragraf/kutipan/foto* (Ctrl+Shift+P/Q/F): after the selected block."""
        if self.review_mode:
            return
        self.tabs.setCurrentWidget(self.body_form)
        if kind == "paragraph":
            self.body_form.add_block(Paragraph())
        elif kind == "quote":
            self.body_form.add_quote()
        else:
            self.body_form.choose_photo_to_add()

    def paste_release_dialog(self) -> bool:
        """*Berkas → Tempel rilis…*: a release as text becomes title, dateline and blocks."""
        if self.review_mode:
            return False
        text = self.ask_release_text()
        return self.paste_release(text) if text is not None else False

    def _paste_into_title(self, text: str) -> bool:
        """A whole release pasted into the headline of an empty draft fills the draft."""
        if self.review_mode or not is_blank_draft(self.release) \
                or len(split_paragraphs(text)) < 2:
            return False
        return self.paste_release(text)

    def paste_release(self, text: str) -> bool:
        """Read a pasted release into this draft as one undo step; quotes whose speaker is
        not certain are asked about (``ask_speaker``)."""
        parsed = self.session.paste(text, self.ask_speaker)
        if parsed is None:
            self.statusBar().showMessage(_tr("Tidak ada teks rilis untuk ditempel."), 5000)
            return False
        self._load_into_forms()
        self._pastes += 1
        self._on_edited(f"paste+{self._pastes}", _tr("Tempel rilis"))
        self.tabs.setCurrentWidget(self.body_form)
        self.statusBar().showMessage(_tr("Rilis ditempel. {summary}").format(
            summary=describe(parsed)), 8000)
        return True

    # ------------------------------------------------------------ library and starters

    def template_manager_dialog(self) -> TemplateManager:
        dialog = TemplateManager(self.settings.author, self)
        dialog.libraryChanged.connect(self._library_changed)
        self.template_manager = dialog
        dialog.show()
        return dialog

    def _library_changed(self) -> None:
        self.release_form.reload_templates()
        self.request_preview()

    def _report_library_problems(self) -> None:
        problems = self.session.places().problems
        if problems:
            self.statusBar().showMessage(" ".join(problems), 15000)

    def save_as_starter(self) -> bool:
        """*Simpan sebagai starter*: this draft, minus dates and history, for next time."""
        details = self.ask_starter_details(self.release.unit or self.release.title)
        if details is None:
            return False
        entry_id, name, description = details
        try:
            path = self.session.save_starter(entry_id, name, description)
        except RilisError as error:
            self.show_error(_tr("Starter tidak tersimpan"), str(error))
            return False
        self.statusBar().showMessage(_tr("Starter disimpan: {path}").format(path=path), 6000)
        return True

    def new_from_starter(self) -> bool:
        if not self.maybe_save():
            return False
        entry_id = self.ask_starter()
        if entry_id is None:
            return False
        try:
            session = Session.from_starter(entry_id, self.session.places())
        except RilisError as error:
            self.show_error(_tr("Starter tidak dapat dipakai"), str(error))
            return False
        self.autosaver.discard()
        self.set_release(session.release, None)
        self.tabs.setCurrentIndex(0)
        self.release_form.title.setFocus()
        return True

    # ------------------------------------------------------------ review

    def toggle_review_panel(self) -> None:
        visible = not self.review_panel.isVisible()
        self.review_panel.setVisible(visible)
        self.review_panel_action.setChecked(visible)

    def set_review_mode(self, on: bool) -> None:
        """Review mode: every field read-only, the review panel beside the preview."""
        self.review_mode = on
        for action in [*self.add_block_actions.values(), self.paste_release_action]:
            action.setEnabled(not on)
        self.review_action.setChecked(on)
        for section in self.sections:
            section.set_read_only(on)
        if on:
            self._splitter_before_review = self.splitter.saveState()
            self.review_panel.show()
            self.review_panel_action.setChecked(True)
            self._make_room_for_review()
            self.review_panel.schedule(0)
            self.statusBar().showMessage(_tr("Mode tinjauan: isian hanya-baca. Tambahkan "
                                             "komentar dan tetapkan status di panel "
                                             "Tinjauan."), 8000)
        else:
            self.review_panel.hide()  # the panel belongs to review mode (F8 shows it again)
            self.review_panel_action.setChecked(False)
            if self._splitter_before_review is not None:
                self.splitter.restoreState(self._splitter_before_review)
                self._splitter_before_review = None
        self._update_title()

    def _make_room_for_review(self) -> None:
        """The preview is what a supervisor reads: the panel takes a fixed share, the
        read-only forms their minimum, the preview the rest (about 560 px at 1366×768)."""
        width = self.width()
        panel = max(REVIEW_PANEL_MIN, min(REVIEW_PANEL_MAX, width // 4))
        self.resizeDocks([self.review_panel], [panel], Qt.Orientation.Horizontal)
        available = max(0, width - panel - 24)
        forms = max(self.tabs.minimumWidth(), self.natural_tabs_width(),
                    int(available * 0.40))
        self.splitter.setSizes([forms, max(self.preview.minimumWidth(), available - forms)])

    def natural_tabs_width(self) -> int:
        """Width at which every visible tab label shows in full."""
        bar = self.tabs.tabBar()
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        width = bar.sizeHint().width() + 8
        bar.setElideMode(Qt.TextElideMode.ElideRight)
        return width

    def toggle_review_mode(self) -> None:
        self.set_review_mode(not self.review_mode)

    def reviewer_name(self) -> str | None:
        """Who comments or moves the status: ``reviewer`` when a script set it, else the
        acting person of the settings (asked once, then stored)."""
        return self.reviewer or self.acting_person()

    def acting_person(self) -> str | None:
        """The name in the settings; asked once when empty, and kept there."""
        name = acting_person(self.settings)
        if not name:
            asked = self.ask_reviewer()
            if not asked:
                return None
            remember_acting_person(self.settings, asked)
            name = acting_person(self.settings)
        return name or None

    def ask_override(self, open_items: list[str]) -> bool:
        """Approve although items are open? (Indonesian question, *Tidak* by default)."""
        return ask_override(self, open_items)

    def _review_edit(self, key: str, label: str) -> None:
        """A review change is one undo step and marks the draft modified (it is saved)."""
        after = snapshot(self.release)
        self.undo_stack.push(SnapshotCommand(label, key, self._last_snapshot, after,
                                             self._restore))
        self._last_snapshot = after
        self.review_panel.show_review(self.release)
        self._update_title()
        self.request_preview()
        self.review_panel.schedule(0)
        self.autosaver.edited()

    def request_status(self, status: str) -> bool:
        by = self.reviewer_name()
        if by is None:
            return False
        open_items = self.session.blockers_for(status)  # spelling never blocks
        if open_items and not self.ask_override(open_items):
            return False
        note = self.ask_status_note(status)
        if note is None:
            return False
        try:
            self.session.set_status(status, by, note, open_items)
        except RilisError as error:
            self.show_error(_tr("Status tidak diubah"), str(error))
            return False
        self._review_edit(f"review+{len(self.release.review.history)}",
                          _tr("Status: {status}").format(status=LABELS[status]))
        return True

    def comment(self, text: str, block: int = -1) -> bool:
        author = self.reviewer_name()
        if author is None:
            return False
        try:
            self.session.comment(text, author, block)
        except RilisError as error:
            self.show_error(_tr("Komentar tidak ditambahkan"), str(error))
            return False
        self._review_edit(f"comment+{len(self.release.review.comments)}",
                          _tr("Tambah komentar"))
        return True

    def resolve(self, comment_id: str, resolved: bool = True) -> bool:
        try:
            self.session.resolve(comment_id, resolved)
        except RilisError as error:
            self.show_error(_tr("Komentar tidak ditemukan"), str(error))
            return False
        self._review_edit(f"resolve~{comment_id}~{resolved}",
                          _tr("Selesaikan komentar") if resolved else _tr("Buka komentar"))
        return True

    def _show_block(self, block: int) -> None:
        self.tabs.setCurrentWidget(self.body_form)
        self.body_form.list.select(block)

    def report_dialog(self, fmt: str) -> bool:
        stem = Path(export_name(self.release, fmt)).stem
        path = self.ask_save_path(f"{stem}-tinjauan.{fmt}",
                                  ("HTML (*.html)" if fmt == "html" else "Word (*.docx)"),
                                  _tr("Ekspor laporan tinjauan"))
        return self.export_report(fmt, with_format(path, fmt)) if path is not None else False

    def export_report(self, fmt: str, path: Path) -> bool:
        """The one-page review report: checklist, status history, comments."""
        try:
            self.session.report(fmt, path, self.review_panel.items or None)
        except RilisError as error:
            self.show_error(_tr("Laporan gagal"), str(error))
            return False
        self.statusBar().showMessage(_tr("Laporan tinjauan: {path}").format(path=path), 6000)
        return True

    def compare_versions(self) -> CompareDialog:
        """*Bandingkan versi*: any two saved versions (or another draft) side by side."""
        dialog = CompareDialog(self.release, self.path.parent if self.path else None, self)
        self.compare_dialog = dialog
        dialog.show()
        return dialog

    # ------------------------------------------------------------ export

    def export_dialog(self, fmt: str) -> bool:
        label, pattern = EXPORT_FORMATS[fmt]
        path = self.ask_save_path(export_name(self.release, fmt),
                                  f"{_tr(label)} ({pattern})", _tr("Ekspor rilis"))
        return self.export_to(fmt, with_format(path, fmt)) if path is not None else False

    def export_to(self, fmt: str, path: Path) -> bool:
        try:
            if fmt == "pdf":  # the print engine is Qt's: PDF alone stays in the window
                export_pdf(self.release, path)
            else:
                self.session.export(fmt, path)
        except RilisError as error:
            self.show_error(_tr("Ekspor gagal"), str(error))
            return False
        self.statusBar().showMessage(_tr("Diekspor: {path}").format(path=path), 5000)
        return True

    def copy_as_text(self) -> None:
        try:
            text = self.session.copy_text()
        except RilisError as error:
            self.show_error(_tr("Tidak dapat menyalin"), str(error))
            return
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(_tr("Rilis disalin sebagai teks."), 4000)

    def copy_for_whatsapp(self, short: bool = False) -> WhatsAppDialog | None:
        """The first message on the clipboard and every message in a chat preview."""
        dialog = copy_for_whatsapp(self, self.release, short)
        if dialog is not None:
            self.whatsapp_dialog = dialog
            self.statusBar().showMessage(_tr("Rilis disalin untuk WhatsApp."), 4000)
        return dialog

    def blur_photo(self) -> bool:
        """*Samarkan foto* on the selected photo block: one undo step when changed."""
        row = self.body_form.list.current_row()
        block = self.body_form.current()
        if not isinstance(block, Photo) or self.review_mode:
            self.statusBar().showMessage(_tr("Pilih blok foto di tab Isi terlebih dahulu."),
                                         5000)
            return False
        if not edit_blur(self, block):
            return False
        self.body_form.changed(f"body.{row}.blur_regions", _tr("Samarkan foto"))
        return True

    def print_dialog(self) -> None:
        printer = a4_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            try:
                print_document(self.release).print_(printer)
            except RilisError as error:
                self.show_error(_tr("Cetak gagal"), str(error))

    # ------------------------------------------------------------ settings

    def ask_settings(self) -> Settings | None:
        dialog = SettingsDialog(self.settings, self)
        return dialog.settings() if dialog.exec() == SettingsDialog.DialogCode.Accepted else None

    def settings_dialog(self) -> bool:
        edited = self.ask_settings()
        if edited is None:
            return False
        self.apply_settings(edited)
        return True

    def apply_settings(self, edited: Settings) -> None:
        """Save and take effect now: autosave interval, team dictionary, language."""
        old = self.settings
        self.settings = edited
        save_settings(edited)
        if edited.team_folders != old.team_folders:
            self.session.workspace.refresh()
            self.release_form.reload_templates()
            self._report_library_problems()
        self.autosaver.set_latest(edited.autosave_seconds)
        if edited.team_dictionary != old.team_dictionary:
            self.checks.set_team_dictionary(self._team_dictionary())
        if edited.language != old.language:
            install_translator(edited.language)
            self.statusBar().showMessage(
                _tr("Bahasa tampilan berlaku penuh setelah Rilis dibuka ulang."), 8000)

    # ------------------------------------------------------------ window events

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        urls = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if any(url.endswith(EXTENSION) for url in urls) or (
                image_paths(mime) and not self.review_mode):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        drafts = [Path(url.toLocalFile()) for url in mime.urls()
                  if url.isLocalFile() and url.toLocalFile().endswith(EXTENSION)]
        if drafts:
            event.acceptProposedAction()
            self.open_path_checked(drafts[0])
            return
        photos = image_paths(mime)
        if photos and not self.review_mode:
            event.acceptProposedAction()
            self.tabs.setCurrentWidget(self.body_form)
            for photo in photos:
                self.body_form.add_photo(photo)

    def _stop_watching_focus(self) -> None:
        app = QApplication.instance()
        if self._watching_focus and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
            self._watching_focus = False

    def _restore_geometry(self) -> None:
        if self.settings.geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.geometry.encode("ascii")))
        if self.settings.splitter:
            self.splitter.restoreState(
                QByteArray.fromBase64(self.settings.splitter.encode("ascii")))

    def remember_geometry(self) -> None:
        self.settings.geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.settings.splitter = bytes(
            self.splitter.saveState().toBase64().data()).decode("ascii")
        save_settings(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.remember_geometry()
        self.autosaver.discard()
        self.autosaver.shutdown()
        self._stop_watching_focus()
        self.renderer.shutdown()
        self.checks.shutdown()
        event.accept()
