"""The window's review commands: review mode and its layout, status moves, comments, the
review report and *Bandingkan versi*.

The moves themselves (who acts, what blocks approval, the transition, the comment) are
:class:`app.desk.actions.Desk`'s; here they are asked for, shown, and made one undo step.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt

from app.desk.actions import Outcome
from app.desk.session import with_format
from app.release.approval import LABELS
from ui.compare_dialog import CompareDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

logger = logging.getLogger(__name__)

CONTEXT = "MainWindow"
"""The window's translation context: these strings were the window's and stay so."""
REVIEW_PANEL_MIN = 320
REVIEW_PANEL_MAX = 420
"""Width of the review panel in review mode (its rows wrap, they are never cut)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ReviewCommands:
    """Review mode and the supervisor's commands of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._splitter_before_review: QByteArray | None = None

    def toggle_review_panel(self) -> None:
        window = self.window
        visible = not window.review_panel.isVisible()
        window.review_panel.setVisible(visible)
        window.review_panel_action.setChecked(visible)

    def set_review_mode(self, on: bool) -> None:
        """Review mode: every field read-only, the review panel beside the preview."""
        window = self.window
        window.desk.review_mode = on
        window.checks.read_only = on
        for action in [*window.add_block_actions.values(), window.paste_release_action]:
            action.setEnabled(not on)
        window.review_action.setChecked(on)
        for section in window.sections:
            section.set_read_only(on)
        if on:
            self._splitter_before_review = window.splitter.saveState()
            window.review_panel.show()
            window.review_panel_action.setChecked(True)
            self.make_room_for_review()
            window.review_panel.schedule(0)
            window.statusBar().showMessage(_tr("Mode tinjauan: isian hanya-baca. Tambahkan "
                                               "komentar dan tetapkan status di panel "
                                               "Tinjauan."), 8000)
        else:
            window.review_panel.hide()  # the panel belongs to review mode (F8 shows it again)
            window.review_panel_action.setChecked(False)
            if self._splitter_before_review is not None:
                window.splitter.restoreState(self._splitter_before_review)
                self._splitter_before_review = None
        window.update_title()

    def toggle_review_mode(self) -> None:
        self.set_review_mode(not self.window.review_mode)

    def make_room_for_review(self) -> None:
        """The preview is what a supervisor reads: the panel takes a fixed share, the
        read-only forms their minimum, the preview the rest (about 560 px at 1366×768)."""
        window = self.window
        width = window.width()
        panel = max(REVIEW_PANEL_MIN, min(REVIEW_PANEL_MAX, width // 4))
        window.resizeDocks([window.review_panel], [panel], Qt.Orientation.Horizontal)
        available = max(0, width - panel - 24)
        forms = max(window.tabs.minimumWidth(), self.natural_tabs_width(),
                    int(available * 0.40))
        window.splitter.setSizes([forms, max(window.preview.minimumWidth(), available - forms)])

    def natural_tabs_width(self) -> int:
        """Width at which every visible tab label shows in full."""
        bar = self.window.tabs.tabBar()
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        width = bar.sizeHint().width() + 8
        bar.setElideMode(Qt.TextElideMode.ElideRight)
        return width

    def reviewer_name(self) -> str | None:
        """Who comments or moves the status: ``reviewer`` when a script set it, else the
        acting person of the settings (asked once, then stored)."""
        return self.window.desk.acting_person(self.window.ask_reviewer)

    def _done(self, outcome: Outcome, key: str, label: str) -> bool:
        if not outcome.ok:
            return self.window.show_failure(outcome)
        self.window.history.review_edit(key, label)
        return True

    def request_status(self, status: str) -> bool:
        window = self.window
        by = self.reviewer_name()
        if by is None:
            return False
        open_items = window.session.blockers_for(status)  # spelling never blocks
        if open_items and not window.ask_override(open_items):
            return False
        note = window.ask_status_note(status)
        if note is None:
            return False
        outcome = window.desk.set_status(status, by, note, open_items)
        return self._done(outcome, f"review+{len(window.release.review.history)}",
                          _tr("Status: {status}").format(status=LABELS[status]))

    def comment(self, text: str, block: int = -1) -> bool:
        author = self.reviewer_name()
        if author is None:
            return False
        outcome = self.window.desk.comment(text, author, block)
        return self._done(outcome, f"comment+{len(self.window.release.review.comments)}",
                          _tr("Tambah komentar"))

    def resolve(self, comment_id: str, resolved: bool = True) -> bool:
        outcome = self.window.desk.resolve(comment_id, resolved)
        return self._done(outcome, f"resolve~{comment_id}~{resolved}",
                          _tr("Selesaikan komentar") if resolved else _tr("Buka komentar"))

    def show_block(self, block: int) -> None:
        self.window.tabs.setCurrentWidget(self.window.body_form)
        self.window.body_form.list.select(block)

    def report_dialog(self, fmt: str) -> bool:
        window = self.window
        path = window.ask_save_path(window.desk.report_suggestion(fmt),
                                    ("HTML (*.html)" if fmt == "html" else "Word (*.docx)"),
                                    _tr("Ekspor laporan tinjauan"))
        return window.export_report(fmt, with_format(path, fmt)) if path is not None else False

    def export_report(self, fmt: str, path: Path) -> bool:
        """The one-page review report: checklist, status history, comments."""
        window = self.window
        outcome = window.desk.report(fmt, path, window.review_panel.items or None)
        if not outcome.ok:
            return window.show_failure(outcome)
        window.statusBar().showMessage(_tr("Laporan tinjauan: {path}").format(path=path), 6000)
        return True

    def compare_versions(self) -> CompareDialog:
        """*Bandingkan versi*: any two saved versions (or another draft) side by side."""
        window = self.window
        dialog = CompareDialog(window.release, window.desk.folder(), window)
        window.compare_dialog = dialog
        dialog.show()
        return dialog
