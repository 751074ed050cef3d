"""*Tinjauan dari Word*: a DOCX that comes back reviewed, change by change.

Each tracked change is shown in place (its paragraph, the words struck or added) with
*Terima*/*Tolak*; *Terima semua*/*Tolak semua* decide the rest. The reviewer's comments are
listed beside, and go into the draft's review panel when the decision is applied.
Applying writes the draft beside the DOCX and records a version (``app.review.docx_review``).
"""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.base.errors import RilisError
from app.release.model import Release
from app.review.docx_open import OpenedDocx
from app.review.docx_review import (
    DocxComment,
    Resolution,
    ReturnedDocx,
    TrackedChange,
    draft_path_for,
    resolve,
    reviewers,
    write_resolution,
)

logger = logging.getLogger(__name__)

CONTEXT = "ReturnedReview"
_CONTEXT_CHARS = 70
_STYLES = {"del": "background-color:#fbd3d0; color:#7b1d14; text-decoration:line-through;",
           "ins": "background-color:#c9efc6; color:#14511c; font-weight:600;",
           "other": "color:#8a8a8a; text-decoration:line-through;"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_names() -> dict[str, str]:
    return {"insert": _tr("Sisipan"), "delete": _tr("Hapusan"),
            "move-from": _tr("Dipindah dari sini"), "move-to": _tr("Dipindah ke sini"),
            "format": _tr("Ubah format")}


def change_html(returned: ReturnedDocx, change: TrackedChange) -> str:
    """The change in its paragraph: the text before the review, this change marked, the
    other deletions struck through in grey (a replaced word reads ~~old~~ **new**)."""
    before: list[tuple[str, str]] = []
    after: list[tuple[str, str]] = []
    marked = ""
    for segment in returned.paragraphs[change.paragraph].segments:
        other = returned.changes[segment.change] if segment.change >= 0 else None
        if other is change:
            tag = "del" if change.kind in ("delete", "move-from") else "ins"
            marked += f'<span style="{_STYLES[tag]}">{escape(segment.text)}</span>'
        elif other is None or other.kind in ("delete", "move-from"):
            (after if marked else before).append(
                (segment.text, "" if other is None else "other"))
    head = _clip(before[::-1], from_end=True)[::-1]
    return f"{_html(head)}{marked}{_html(_clip(after, from_end=False))}"


def _clip(pieces: list[tuple[str, str]], from_end: bool) -> list[tuple[str, str]]:
    """The pieces nearest the change, at most ``_CONTEXT_CHARS`` characters of them."""
    kept: list[tuple[str, str]] = []
    room = _CONTEXT_CHARS
    for text, style in pieces:
        if len(text) > room:
            kept.append((("…" + text[-room:]) if from_end else (text[:room] + "…"), style))
            break
        kept.append((text, style))
        room -= len(text)
    return kept


def _html(pieces: list[tuple[str, str]]) -> str:
    return "".join(f'<span style="{_STYLES[style]}">{escape(text)}</span>' if style
                   else escape(text) for text, style in pieces)


def ask_foreign_decision(parent: QWidget) -> str | None:
    """A DOCX without a draft, with tracked changes: accept or reject them all (never
    mixed). ``"accept"``, ``"reject"`` or None (cancelled)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Perubahan terlacak"))
    box.setText(_tr("DOCX ini tidak membawa draf Rilis dan berisi perubahan terlacak. "
                    "Impor dengan semua perubahan diterima, atau semuanya ditolak?"))
    accept = box.addButton(_tr("Terima semua"), QMessageBox.ButtonRole.AcceptRole)
    reject = box.addButton(_tr("Tolak semua"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "accept" if clicked is accept else "reject" if clicked is reject else None


class ChangeRow(QFrame):
    """One change: where, in place, who and when, and the two buttons."""

    def __init__(self, returned: ReturnedDocx, change: TrackedChange,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.change = change
        self.setFrameShape(QFrame.Shape.StyledPanel)
        where = QLabel(f"<b>{escape(change.label)}</b> · {kind_names()[change.kind]} · "
                       f"{escape(change.author or _tr('tanpa nama'))}, "
                       f"{escape(change.date.replace('T', ' ').rstrip('Z'))}")
        self.text = QLabel(change_html(returned, change))
        self.text.setWordWrap(True)
        self.accept_button = QPushButton(_tr("Terima"))
        self.reject_button = QPushButton(_tr("Tolak"))
        self.group = QButtonGroup(self)
        for button in (self.accept_button, self.reject_button):
            button.setCheckable(True)
            self.group.addButton(button)
        buttons = QVBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        texts = QVBoxLayout()
        texts.addWidget(where)
        texts.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addLayout(buttons)

    def decision(self) -> bool | None:
        if self.accept_button.isChecked():
            return True
        if self.reject_button.isChecked():
            return False
        return None

    def decide(self, accepted: bool) -> None:
        (self.accept_button if accepted else self.reject_button).setChecked(True)


def comment_line(comment: DocxComment, replies: bool) -> str:
    quote = f" «{comment.quote[:50]}»" if comment.quote else ""
    prefix = "    ↳ " if replies else ""
    return (f"{prefix}{comment.author or _tr('tanpa nama')} "
            f"({comment.date.replace('T', ' ').rstrip('Z')}) — {comment.label}{quote}:\n"
            f"{prefix}{comment.text}")


class ReturnedReviewDialog(QDialog):
    """The review of a returned DOCX; ``applied`` carries the decided draft."""

    applied = Signal(object)

    def __init__(self, release: Release, returned: ReturnedDocx, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Tinjauan dari Word — {name}").format(name=name))
        self.resize(1100, 680)
        self.release = release
        self.returned = returned
        shown = [c for c in returned.changes if c.paragraph >= 0]
        self.rows = [ChangeRow(returned, change) for change in shown]
        people = sorted({c.author for c in shown if c.author}
                        | {c.author for c in returned.review_comments if c.author})
        summary = QLabel(_tr("{changes} perubahan terlacak dan {comments} komentar dari "
                             "{people}.").format(changes=len(shown),
                                                 comments=len(returned.review_comments),
                                                 people=", ".join(people) or "-"))
        summary.setWordWrap(True)
        rows = QWidget()
        column = QVBoxLayout(rows)
        for row in self.rows:
            column.addWidget(row)
            row.group.buttonToggled.connect(lambda *_args: self._update())
        if not self.rows:
            column.addWidget(QLabel(_tr("Tidak ada perubahan terlacak.")))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        for comment in returned.review_comments:
            self.comments.addItem(comment_line(comment, bool(comment.parent)))
        comments_box = QWidget()
        comments_layout = QVBoxLayout(comments_box)
        comments_layout.setContentsMargins(0, 0, 0, 0)
        comments_layout.addWidget(QLabel(_tr("<b>Komentar</b> (masuk ke panel tinjauan)")))
        comments_layout.addWidget(self.comments, 1)
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(comments_box)
        split.setSizes([700, 380])
        self.accept_all_button = QPushButton(_tr("Terima semua"))
        self.reject_all_button = QPushButton(_tr("Tolak semua"))
        self.accept_all_button.clicked.connect(lambda: self.decide_all(True))
        self.reject_all_button.clicked.connect(lambda: self.decide_all(False))
        self.status = QLabel()
        self.apply_button = QPushButton(_tr("Terapkan ke draf"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        cancel = QPushButton(_tr("Tutup"))
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.accept_all_button)
        bottom.addWidget(self.reject_all_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.result_value: Resolution | None = None
        self._update()

    def decide_all(self, accepted: bool) -> None:
        for row in self.rows:
            row.decide(accepted)

    def decisions(self) -> dict[str, bool | None]:
        return {row.change.id: row.decision() for row in self.rows}

    def _accepted(self, change: TrackedChange) -> bool:
        return self.decisions().get(change.id) is True

    def _update(self) -> None:
        values = list(self.decisions().values())
        open_count = values.count(None)
        self.status.setText(_tr("{yes} diterima, {no} ditolak, {open} belum diputuskan")
                            .format(yes=values.count(True), no=values.count(False),
                                    open=open_count))
        self.apply_button.setEnabled(open_count == 0)
        self.apply_button.setToolTip("" if open_count == 0 else
                                     _tr("Putuskan setiap perubahan (atau semuanya) dulu."))

    def apply(self) -> None:
        """Type the accepted changes into the draft; the window saves it."""
        decided = self.decisions()
        self.result_value = resolve(self.release, self.returned,
                                    lambda change: decided.get(change.id) is True)
        self.applied.emit(self.result_value)
        self.accept()


def open_returned(window: Any, path: Path, opened: OpenedDocx) -> ReturnedReviewDialog | None:
    """Show the review of a returned DOCX over ``window`` (the main window) when it has
    tracked changes or comments; applying saves the draft beside the DOCX."""
    returned = opened.returned
    if not opened.embedded or returned is None or not (
            any(c.paragraph >= 0 for c in returned.changes) or returned.review_comments):
        return None
    original = opened.release
    dialog = ReturnedReviewDialog(original, returned, path.name, window)

    def save(result: Resolution) -> None:
        target = draft_path_for(path)
        by = reviewers(returned, dialog._accepted)
        try:
            notices = write_resolution(original, result, target, by)
        except RilisError as error:
            window.show_error(_tr("Draf tidak tersimpan"), str(error))
            return
        window.set_release(result.release, target.resolve())
        window.review_panel.show_review(result.release)
        window.review_panel.setVisible(True)
        message = _tr("Tinjauan diterapkan dan disimpan: {path}").format(path=target)
        if result.skipped:
            message += " " + _tr("{count} perubahan menyentuh teks templat dan tidak "
                                 "diterapkan.").format(count=len(result.skipped))
        window.statusBar().showMessage(message, 10000)
        for notice in notices:
            logger.info("%s", notice)

    dialog.applied.connect(save)
    window.returned_dialog = dialog
    dialog.show()
    return dialog
