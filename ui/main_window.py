"""The main window: forms on the left, live preview on the right, one draft at a time.

This module builds the widgets and wires their signals; nothing else. The draft and every
decision about it live in :class:`app.desk.actions.Desk` (around :class:`app.desk.session.Session`,
which the CLI shares); the commands are composed from small modules — ``ui.file_commands``,
``ui.review_commands``, ``ui.body_commands`` — with the actions and menus from
``ui.window_actions``, the undo history from ``ui.edit_history`` and every question from
``ui.window_questions`` (the base class, so tests can answer ``ask_*`` without a human).
The release object is the single source of truth: sections write into it, the undo stack
keeps snapshots of it, the preview renders a copy of it in a worker thread, and autosave
writes a copy of it to the recovery folder.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from app.base.settings import Settings
from app.desk.actions import Desk
from app.desk.recent import RecentFiles
from app.desk.recovery import RecoverySlot
from app.desk.session import Session, new_release
from app.release.model import Release
from ui.autosave import Autosaver
from ui.body_commands import BodyCommands
from ui.check_panel import CheckPanel
from ui.checking import CheckService, PlacedFinding
from ui.compare_dialog import CompareDialog
from ui.compose import forward
from ui.edit_history import EditHistory
from ui.file_commands import FileCommands
from ui.forms.base import Section
from ui.forms.body_form import BodyForm
from ui.forms.case_form import CaseForm, PointsForm
from ui.forms.event_form import EventForm
from ui.forms.officials_form import OfficialsForm
from ui.forms.publish_form import PublishForm
from ui.forms.related_form import RelatedForm
from ui.forms.release_form import ReleaseForm
from ui.paste_dialog import PasteReleaseDialog
from ui.preview import PreviewPane, PreviewRenderer, RenderResult
from ui.review_commands import ReviewCommands
from ui.review_panel import ReviewPanel
from ui.template_manager import TemplateManager
from ui.undo import snapshot
from ui.whatsapp_view import WhatsAppDialog
from ui.widgets import CheckedField, ElidingStatusBar
from ui.window_actions import WindowActions, fill_recent_menu, make_actions, make_menus
from ui.window_layout import (
    preview_header,
    remember_geometry,
    restore_geometry,
    section_tabs,
    split_view,
    status_labels,
)
from ui.window_questions import WindowQuestions

logger = logging.getLogger(__name__)

CONTEXT = "MainWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


__all__ = ["MainWindow", "new_release"]  # new_release lives in app.desk.session; kept here too


class MainWindow(WindowQuestions, WindowActions):
    """One open draft. ``previewShown(generation)`` fires after each preview update."""

    previewShown = Signal(int)
    draftLoaded = Signal()

    def __init__(self, settings: Settings, recent: RecentFiles | None = None,
                 recovery: RecoverySlot | None = None) -> None:
        super().__init__()
        self.desk = Desk(settings, recent)
        """The draft and what is done to it (``app.desk.actions``, around the session the
        CLI shares): everything that is not a widget goes through here."""
        self.recovery = recovery or RecoverySlot()
        self.history = EditHistory(self)
        self.undo_stack: QUndoStack = self.history.stack
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.files, self.review = FileCommands(self), ReviewCommands(self)
        self.body = BodyCommands(self)
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
        self.tabs = section_tabs(self.sections)
        for section in self.sections:
            section.edited.connect(self.history.edited)
        self.officials_form.officialsChanged.connect(self.body_form.officials_changed)

        self.preview = PreviewPane()
        self.renderer = PreviewRenderer(self)
        self.renderer.rendered.connect(self._show_render)
        self.preview_header = preview_header()
        self.splitter = split_view(self.tabs, self.preview_header, self.preview)
        self.setCentralWidget(self.splitter)
        self.setStatusBar(ElidingStatusBar(self))
        self.review_label, self.stats_label = status_labels(self)
        self.compare_dialog: CompareDialog | None = None
        self.whatsapp_dialog: WhatsAppDialog | None = None
        self.template_manager: TemplateManager | None = None
        self.paste_dialog: PasteReleaseDialog | None = None

        self.checks = CheckService(lambda: self.release, self.desk.team_dictionary(),
                                   parent=self)
        for section in self.sections:
            for field in section.checked_fields():
                self.checks.attach(field)
        self.check_panel = CheckPanel(self.checks, self)
        self.check_panel.jumpRequested.connect(self.jump_to)
        self.check_panel.fixRequested.connect(self.fix_from_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.check_panel)
        self.check_panel.hide()
        self.checks.ready.connect(self._checker_ready)
        self.review_panel = ReviewPanel(self.checks, lambda: self.release, self)
        self.review_panel.statusRequested.connect(self.request_status)
        self.review_panel.commentRequested.connect(self.comment)
        self.review_panel.resolveRequested.connect(self.review.resolve)
        self.review_panel.reportRequested.connect(self.review.report_dialog)
        self.review_panel.blockRequested.connect(self.review.show_block)
        self.body_form.list.currentChanged.connect(self.review_panel.select_block)
        self.body_form.list.currentChanged.connect(self.reveal_block)
        self.body_form.releasePasted.connect(self.paste_release)
        self.body_form.pasteRequested.connect(self.body.paste_release_dialog)
        self.body_form.blurRequested.connect(self.body.blur_photo)
        self.release_form.title.paste_handler = self.body.paste_into_title
        self.tabs.currentChanged.connect(lambda _index: self.reveal_block())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.review_panel)
        self.review_panel.hide()
        self.checks.replacing.connect(self.break_undo_merge)
        self.checks.ignoredChanged.connect(self._ignored_changed)

        self.autosaver = Autosaver(self.recovery, lambda: (self.history.last_snapshot,
                                                           self.path),
                                   self.is_modified, settings.autosave_seconds, self)
        self.autosaver.failed.connect(self._autosave_failed)
        self._watching_focus = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            self._watching_focus = True

        make_actions(self)
        make_menus(self)
        add_menu = self.body_form.list.add_button.menu()
        add_menu.clear()  # the window's actions: one place, shortcuts shown
        add_menu.addActions(list(self.add_block_actions.values()))
        self.resize(1280, 820)
        restore_geometry(self, self.splitter, self.settings)
        self.load_into_forms()
        self.update_title()
        QTimer.singleShot(0, self.files.report_library_problems)

    # ------------------------------------------------------------ the desk's state

    @property
    def session(self) -> Session:
        return self.desk.session

    @property
    def release(self) -> Release:
        return self.desk.session.release

    @release.setter
    def release(self, release: Release) -> None:
        self.desk.session.release = release

    @property
    def path(self) -> Path | None:
        return self.desk.session.path

    @property
    def settings(self) -> Settings:
        return self.desk.settings

    @property
    def recent(self) -> RecentFiles:
        return self.desk.recent

    @property
    def review_mode(self) -> bool:
        return self.desk.review_mode

    @property
    def reviewer(self) -> str:
        """Who acts in review when a script names them (else the settings' person)."""
        return self.desk.reviewer

    @reviewer.setter
    def reviewer(self, name: str) -> None:
        self.desk.reviewer = name

    @property
    def _forced_dirty(self) -> bool:
        return self.desk.forced_dirty

    @_forced_dirty.setter
    def _forced_dirty(self, dirty: bool) -> None:
        self.desk.forced_dirty = dirty

    def is_modified(self) -> bool:
        return self.desk.is_modified(self.undo_stack.isClean())

    def _clean_changed(self, _clean: bool) -> None:
        self.update_title()

    def update_title(self) -> None:
        self.setWindowTitle(self.desk.title(_tr("Draf baru"), _tr("Mode tinjauan")))
        self.setWindowModified(self.is_modified())
        self.review_label.setText(_tr("Status: {status}").format(
            status=self.desk.status_text()))

    def load_into_forms(self) -> None:
        self.checks.keep_ignored(self.release)
        for section in self.sections:
            section.load(self.release)
        self.body_form.officials_changed()
        self.update_kind_tabs()
        if self.review_mode:  # a reload may re-enable a button: lock again
            for section in self.sections:
                section.set_read_only(False)
                section.set_read_only(True)
        self.review_panel.show_review(self.release)
        self.request_preview()

    def update_kind_tabs(self) -> None:
        """Show *Kasus* and *Imbauan* as the desk decides for this release."""
        shown = self.desk.kind_tabs()
        case_index = self.tabs.indexOf(self.case_form)
        if self.tabs.isTabVisible(case_index) != shown.case:
            self.tabs.setTabVisible(case_index, shown.case)
        self.tabs.setTabVisible(self.tabs.indexOf(self.points_form), shown.points)

    def set_release(self, release: Release, path: Path | None, modified: bool = False) -> None:
        """Show another draft: forms, preview, title; the undo history starts afresh."""
        self.checks.switch_draft(release)
        self.desk.follow(release, path, modified)
        self.history.reset(release)
        self.load_into_forms()
        self.check_panel.schedule(0)
        self.update_title()
        self.autosaver.stop()
        self.draftLoaded.emit()

    def _ignored_changed(self) -> None:
        """*Abaikan* changed the draft (its ``kata_diabaikan``): modified, autosaved, no
        undo step."""
        self._forced_dirty = True
        self.history.last_snapshot = snapshot(self.release)
        self.update_title()
        self.autosaver.edited()

    def break_undo_merge(self) -> None:
        self.history.break_merge()

    def field_for(self, path: str) -> CheckedField | None:
        """The field editing ``path``, brought into view (its tab and list row selected)."""
        for index, section in enumerate(self.sections):
            field = section.field_for(path)
            if field is not None:
                self.tabs.setCurrentIndex(index)
                return field
        return None

    # ------------------------------------------------------------ checking and preview

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
        finding = placed.finding
        if field.plain()[finding.start:finding.end] != finding.text:
            self.check_panel.schedule(0)  # the text moved on: list is stale
            return False
        field.select_span(finding.start, finding.end)
        return True

    def fix_from_panel(self, placed: PlacedFinding, suggestion: str) -> bool:
        """A suggestion chosen in *Periksa*: the word is shown and replaced in its field,
        one undo step, as from the field's own menu."""
        if not self.jump_to(placed):
            return False
        field = self.field_for(placed.path)
        if field is None:
            return False
        self.checks.accept(field, placed.finding, suggestion)
        self.check_panel.schedule(0)
        return True

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

    # ------------------------------------------------------------ commands (ui.*_commands)
    new_draft = forward("files", FileCommands.new_draft)
    open_dialog = forward("files", FileCommands.open_dialog)
    open_path = forward("files", FileCommands.open_path)
    open_docx_path = forward("files", FileCommands.open_docx_path)
    save = forward("files", FileCommands.save)
    save_as = forward("files", FileCommands.save_as)
    save_to = forward("files", FileCommands.save_to)
    restore_recovered = forward("files", FileCommands.restore_recovered)
    export_dialog = forward("files", FileCommands.export_dialog)
    export_to = forward("files", FileCommands.export_to)
    copy_as_text = forward("files", FileCommands.copy_as_text)
    copy_for_whatsapp = forward("files", FileCommands.copy_for_whatsapp)
    template_manager_dialog = forward("files", FileCommands.template_manager_dialog)
    save_as_starter = forward("files", FileCommands.save_as_starter)
    new_from_starter = forward("files", FileCommands.new_from_starter)
    apply_settings = forward("files", FileCommands.apply_settings)
    add_body_block = forward("body", BodyCommands.add_body_block)
    paste_release = forward("body", BodyCommands.paste_release)
    set_review_mode = forward("review", ReviewCommands.set_review_mode)
    toggle_review_panel = forward("review", ReviewCommands.toggle_review_panel)
    request_status = forward("review", ReviewCommands.request_status)
    comment = forward("review", ReviewCommands.comment)
    export_report = forward("review", ReviewCommands.export_report)
    compare_versions = forward("review", ReviewCommands.compare_versions)

    def autosave(self) -> bool:
        """Copy unsaved work to the recovery folder now (``autosaver`` does it in the
        background after edits; this synchronous form is for restoring and scripts)."""
        return self.autosaver.flush()

    def _fill_recent_menu(self) -> None:
        fill_recent_menu(self)

    # ------------------------------------------------------------ window events

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.files.accepts_drop(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.files.drop(event.mimeData()):
            event.acceptProposedAction()

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

    def remember_geometry(self) -> None:
        remember_geometry(self, self.splitter, self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.remember_geometry()
        self.autosaver.discard()
        self.autosaver.shutdown()
        app = QApplication.instance()
        if self._watching_focus and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
            self._watching_focus = False
        self.renderer.shutdown()
        self.checks.shutdown()
        event.accept()
