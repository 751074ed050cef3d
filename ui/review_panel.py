"""*Tinjauan*: the review checklist, the comments and the status, beside the preview.

The checklist runs a moment after the last edit in the checker's thread (it spells the
release, and pyenchant must stay on one thread), never on the typing path. The panel only
shows and asks; the window applies every change to the release so it is one undo step and
marks the draft modified.
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.desk.presenters import allowed_moves, status_line, when_text
from app.release.approval import approval
from app.release.model import Comment, Release
from app.review.checklist import CheckItem, overall, run_checklist
from app.review.workflow import comment_block
from ui.checking import CheckService

logger = logging.getLogger(__name__)

CONTEXT = "ReviewPanel"
REFRESH_MS = 700
COLOURS = {"pass": "#1e7b34", "warn": "#b07800", "fail": "#b42318"}
TINTS = {"pass": "#eef7f0", "warn": "#fdf6e3", "fail": "#fcecea"}
SYMBOLS = {"pass": "✓", "warn": "!", "fail": "✗"}
COMMENT_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_labels() -> dict[str, str]:
    """Pass/warn/fail in the UI language."""
    return {"pass": _tr("Lolos"), "warn": _tr("Peringatan"), "fail": _tr("Gagal")}


def status_icon(status: str, size: int = 18) -> QIcon:
    """A coloured disc with a mark: readable without colour too."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(COLOURS.get(status, "#777777")))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(size - 6)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, SYMBOLS.get(status, "?"))
    painter.end()
    return QIcon(pixmap)


def override_question(open_items: list[str]) -> str:
    """The confirmation asked before approving a release with open items."""
    shown = open_items[:8]
    more = len(open_items) - len(shown)
    lines = "\n".join(f"• {item}" for item in shown)
    if more:
        lines += "\n" + _tr("… dan {n} lainnya").format(n=more)
    return _tr("Rilis ini masih memiliki butir yang belum beres:\n\n{items}\n\nTetap "
               "setujui? Persetujuan dicatat di riwayat sebagai pengabaian, beserta "
               "butir-butir di atas.").format(items=lines)


def ask_override(parent: QWidget, open_items: list[str]) -> bool:
    """Approve anyway? *Tidak* is the default: an override must be chosen, not slipped."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Setujui dengan pengabaian?"),
                      override_question(open_items), QMessageBox.StandardButton.NoButton,
                      parent)
    approve = box.addButton(_tr("Tetap setujui"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_tr("Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is approve


def block_choices(release: Release) -> list[tuple[int, str]]:
    """``(block, label)`` a comment can be attached to: the whole release, then each block."""
    choices = [(-1, _tr("Seluruh rilis"))]
    for index, block in enumerate(release.body):
        text = str(getattr(block, "text", "") or getattr(block, "caption", "")
                   or getattr(block, "path", ""))
        short = " ".join(text.split())[:40]
        choices.append((index, _tr("Blok {n}: {text}").format(n=index + 1, text=short)))
    return choices


def wrap_rows(view: QListWidget) -> None:
    """Rows wrap to the list's width and grow to their text, re-measured on every resize
    (without ``Adjust`` Qt keeps the first heights and cuts comments off)."""
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)


class ReviewPanel(QDockWidget):
    """Status with the allowed moves, the checklist, the comments and the report export."""

    statusRequested = Signal(str)
    commentRequested = Signal(str, int)
    resolveRequested = Signal(str, bool)
    reportRequested = Signal(str)
    blockRequested = Signal(int)

    def __init__(self, service: CheckService, release_provider: object,
                 parent: QWidget | None = None) -> None:
        super().__init__(_tr("Tinjauan"), parent)
        self.setObjectName("review-panel")
        self.service = service
        self._release = release_provider
        self.items: list[CheckItem] = []
        self._generation = 0

        self.status = QLabel()
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.moves = QHBoxLayout()
        self.move_buttons: dict[str, QPushButton] = {}

        self.summary = QLabel(_tr("Memeriksa…"))
        self.summary.setWordWrap(True)
        self.checklist = QListWidget()
        wrap_rows(self.checklist)
        self.checklist.setIconSize(QSize(18, 18))
        self.checklist.setObjectName("checklist")
        self.refresh_button = QPushButton(_tr("Periksa ulang"))
        self.refresh_button.clicked.connect(lambda: self.schedule(0))

        self.comments = QListWidget()
        wrap_rows(self.comments)
        self.comments.setObjectName("comments")
        self.comments.setSpacing(3)
        self.comments.setAlternatingRowColors(True)
        self.comments.setMinimumHeight(110)
        self.comments.currentItemChanged.connect(lambda *_args: self._update_buttons())
        self.comments.itemActivated.connect(self._comment_activated)
        self.comment_text = QPlainTextEdit()
        self.comment_text.setPlaceholderText(_tr("Tulis komentar untuk penulis rilis…"))
        self.comment_text.setFixedHeight(54)
        self.comment_text.textChanged.connect(self._update_buttons)
        self.comment_place = QComboBox()
        self.comment_place.setToolTip(_tr("Bagian rilis yang dikomentari"))
        self.add_comment_button = QPushButton(_tr("Tambah komentar"))
        self.add_comment_button.clicked.connect(self._add_comment)
        self.resolve_button = QPushButton(_tr("Tandai selesai"))
        self.resolve_button.clicked.connect(self._toggle_resolved)
        self.report_html = QPushButton(_tr("HTML…"))
        self.report_html.setToolTip(_tr("Laporan tinjauan satu halaman (HTML)"))
        self.report_html.clicked.connect(lambda: self.reportRequested.emit("html"))
        self.report_docx = QPushButton(_tr("DOCX…"))
        self.report_docx.setToolTip(_tr("Laporan tinjauan satu halaman (DOCX)"))
        self.report_docx.clicked.connect(lambda: self.reportRequested.emit("docx"))

        status_box = QGroupBox(_tr("Status"))
        status_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        status_layout = QVBoxLayout(status_box)
        status_layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        status_layout.addWidget(self.status)
        status_layout.addLayout(self.moves)

        check_box = QWidget()
        check_layout = QVBoxLayout(check_box)
        check_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        title = QLabel(_tr("Daftar periksa"))
        title.setStyleSheet("font-weight: 600;")
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.refresh_button)
        check_layout.addLayout(head)
        check_layout.addWidget(self.summary)
        check_layout.addWidget(self.checklist, 1)

        comment_box = QWidget()
        comment_layout = QVBoxLayout(comment_box)
        comment_layout.setContentsMargins(0, 0, 0, 0)
        comment_title = QLabel(_tr("Komentar"))
        comment_title.setStyleSheet("font-weight: 600;")
        comment_layout.addWidget(comment_title)
        comment_layout.addWidget(self.comments, 1)
        comment_layout.addWidget(self.comment_text)
        place_row = QHBoxLayout()
        place_row.addWidget(self.comment_place, 1)
        place_row.addWidget(self.add_comment_button)
        comment_layout.addLayout(place_row)
        resolve_row = QHBoxLayout()
        resolve_row.addWidget(self.resolve_button)
        resolve_row.addStretch(1)
        comment_layout.addLayout(resolve_row)
        report_row = QHBoxLayout()  # own row: three buttons in one were cut at 320 px
        report_row.addWidget(QLabel(_tr("Laporan tinjauan:")))
        report_row.addStretch(1)
        report_row.addWidget(self.report_html)
        report_row.addWidget(self.report_docx)
        comment_layout.addLayout(report_row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(check_box)
        splitter.addWidget(comment_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 380])
        splitter.setChildrenCollapsible(False)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(status_box)
        layout.addWidget(splitter, 1)
        body.setMinimumWidth(300)
        self.setWidget(body)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh_checklist)
        self.visibilityChanged.connect(self._visibility_changed)
        self._update_buttons()

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.schedule(0)

    def release(self) -> Release:
        provider = self._release
        assert callable(provider)
        result = provider()
        assert isinstance(result, Release)
        return result

    # ------------------------------------------------------------ checklist

    def schedule(self, delay: int = REFRESH_MS) -> None:
        """Refresh a moment after the last edit, only while the panel is shown."""
        if self.isVisible():
            self._timer.start(delay)

    def refresh_checklist(self) -> None:
        self._generation += 1
        generation = self._generation
        release = copy.deepcopy(self.release())

        def job() -> object:
            return generation, run_checklist(release, checker=self.service.checker)

        self.service.submit(job, self._deliver)

    def _deliver(self, result: object) -> None:
        assert isinstance(result, tuple)
        generation, items = result
        if generation == self._generation:
            self.show_checklist(items)

    def show_checklist(self, items: list[CheckItem]) -> None:
        self.items = items
        labels = status_labels()
        self.checklist.clear()
        for item in items:
            row = QListWidgetItem(status_icon(item.status), f"{item.label}\n{item.reason}")
            row.setData(STATUS_ROLE, item.status)
            row.setToolTip(f"{labels[item.status]}: {item.reason}")
            row.setBackground(QBrush(QColor(TINTS[item.status])))
            row.setForeground(QBrush(QColor("#1d1d1d")))
            self.checklist.addItem(row)
        counts = {status: sum(1 for item in items if item.status == status)
                  for status in ("fail", "warn", "pass")}
        verdict = {"pass": _tr("Siap disetujui."), "warn": _tr("Perlu dicermati."),
                   "fail": _tr("Belum layak disetujui.")}[overall(items)]
        self.summary.setText(_tr("{fail} gagal, {warn} peringatan, {ok} lolos. {verdict}")
                             .format(fail=counts["fail"], warn=counts["warn"],
                                     ok=counts["pass"], verdict=verdict))

    # ------------------------------------------------------------ status and comments

    def show_review(self, release: Release) -> None:
        """Status, allowed moves, comments and block choices for ``release``."""
        line = status_line(release)
        approved = approval(release)
        if approved is not None and approved.overridden:
            line += "\n" + _tr("Disetujui dengan pengabaian ({n} butir terbuka).").format(
                n=len(approved.open_items))
            self.status.setToolTip("\n".join(approved.open_items))
        else:
            self.status.setToolTip("")
        self.status.setText(line)
        for button in self.move_buttons.values():
            self.moves.removeWidget(button)
            button.hide()  # deleteLater waits for the event loop; never show a stale one
            button.deleteLater()
        self.move_buttons = {}
        for status, label in allowed_moves(release):
            button = QPushButton(self._move_text(status, label))
            button.clicked.connect(lambda _checked=False, s=status: self.statusRequested.emit(s))
            self.moves.addWidget(button)
            self.move_buttons[status] = button
        current = self.comments.currentItem()
        keep = current.data(COMMENT_ROLE) if current is not None else None
        self.comments.clear()
        ordered = sorted(release.review.comments, key=lambda c: c.resolved)
        for comment in ordered:
            item = QListWidgetItem(self._comment_text(release, comment))
            item.setData(COMMENT_ROLE, comment.id)
            if comment.resolved:
                item.setForeground(QBrush(QColor("#7a7a7a")))
            self.comments.addItem(item)
            if comment.id == keep:
                self.comments.setCurrentItem(item)
        place = self.comment_place.currentData()
        self.comment_place.clear()
        for block, label in block_choices(release):
            self.comment_place.addItem(label, block)
        index = self.comment_place.findData(place)
        self.comment_place.setCurrentIndex(max(0, index))
        self._update_buttons()

    @staticmethod
    def _move_text(status: str, label: str) -> str:
        return {"diajukan": _tr("Ajukan"), "perlu-revisi": _tr("Minta revisi"),
                "disetujui": _tr("Setujui"), "draf": _tr("Kembalikan ke draf")}.get(status,
                                                                                   label)

    @staticmethod
    def _comment_text(release: Release, comment: Comment) -> str:
        block = comment_block(release, comment)
        place = (_tr("Blok {n}").format(n=block + 1) if block >= 0
                 else _tr("Seluruh rilis") if comment.block < 0 else _tr("Blok dihapus"))
        state = _tr("selesai") if comment.resolved else _tr("terbuka")
        who = comment.author or _tr("(tanpa nama)")
        return f"{place} · {who} · {when_text(comment.at)} · {state}\n{comment.text}"

    def select_block(self, block: int) -> None:
        """The body's current block becomes the default place of the next comment."""
        index = self.comment_place.findData(block)
        if index >= 0:
            self.comment_place.setCurrentIndex(index)

    def _update_buttons(self) -> None:
        self.add_comment_button.setEnabled(bool(self.comment_text.toPlainText().strip()))
        current = self.comments.currentItem()
        self.resolve_button.setEnabled(current is not None)
        if current is not None:
            resolved = any(c.resolved for c in self.release().review.comments
                           if c.id == current.data(COMMENT_ROLE))
            self.resolve_button.setText(_tr("Buka lagi") if resolved else _tr("Tandai selesai"))

    def _add_comment(self) -> None:
        text = self.comment_text.toPlainText().strip()
        if text:
            block = self.comment_place.currentData()
            self.commentRequested.emit(text, block if isinstance(block, int) else -1)
            self.comment_text.clear()

    def _toggle_resolved(self) -> None:
        current = self.comments.currentItem()
        if current is None:
            return
        comment_id = str(current.data(COMMENT_ROLE))
        resolved = any(c.resolved for c in self.release().review.comments
                       if c.id == comment_id)
        self.resolveRequested.emit(comment_id, not resolved)

    def _comment_activated(self, item: QListWidgetItem) -> None:
        comment_id = item.data(COMMENT_ROLE)
        release = self.release()
        for comment in release.review.comments:
            if comment.id == comment_id:
                block = comment_block(release, comment)
                if block >= 0:
                    self.blockRequested.emit(block)
