"""*Bandingkan versi*: two versions of a draft (or two drafts) side by side, word by word.

The comparison is ``app.review.diff``'s HTML report; the dialog swaps its ``<del>``/``<ins>`` for
spans Qt's rich text can colour, and exports the original report unchanged.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.base.atomic import write_atomic
from app.base.errors import RilisError
from app.desk.presenters import VersionChoice, version_choices, version_release
from app.release.draftfile import EXTENSION, load_draft
from app.release.model import Release
from app.review.diff import FieldDiff, compare_releases, diff_report_html
from ui.dialogs import open_file, save_file

logger = logging.getLogger(__name__)

CONTEXT = "CompareDialog"
_MARKS = ((re.compile(r"<del>"), '<span style="background-color:#fbd3d0; color:#7b1d14; '
                                 'text-decoration:line-through;">'),
          (re.compile(r"</del>"), "</span>"),
          (re.compile(r"<ins>"), '<span style="background-color:#c9efc6; color:#14511c; '
                                 'font-weight:600;">'),
          (re.compile(r"</ins>"), "</span>"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def qt_html(report: str) -> str:
    """The report with its marks as styled spans (Qt's rich text ignores ``ins``)."""
    for pattern, replacement in _MARKS:
        report = pattern.sub(replacement, report)
    return report


class CompareDialog(QDialog):
    """Pick two versions; or show a fixed comparison (a DOCX edited in Word)."""

    def __init__(self, release: Release, base_dir: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Bandingkan versi"))
        self.resize(980, 680)
        self.release = release
        self.base_dir = base_dir
        self.choices: list[VersionChoice] = version_choices(release)
        self.other: tuple[str, Release] | None = None
        self.diffs: list[FieldDiff] = []
        self.report = ""
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        self.old = QComboBox()
        self.new = QComboBox()
        for choice in self.choices:
            self.old.addItem(choice.label)
            self.new.addItem(choice.label)
        self.old.setCurrentIndex(max(0, len(self.choices) - 2))
        self.new.setCurrentIndex(len(self.choices) - 1)
        self.old.currentIndexChanged.connect(lambda _i: self.compare())
        self.new.currentIndexChanged.connect(lambda _i: self.compare())
        self.other_button = QPushButton(_tr("Draf lain…"))
        self.other_button.setToolTip(_tr("Bandingkan dengan berkas draf lain"))
        self.other_button.clicked.connect(self._choose_other)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.export_button = QPushButton(_tr("Ekspor HTML…"))
        self.export_button.clicked.connect(self.export_dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.pickers = QWidget()
        pick = QHBoxLayout(self.pickers)
        pick.setContentsMargins(0, 0, 0, 0)
        pick.addWidget(QLabel(_tr("Lama")))
        pick.addWidget(self.old, 1)
        pick.addWidget(QLabel(_tr("Baru")))
        pick.addWidget(self.new, 1)
        pick.addWidget(self.other_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pickers)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.note.hide()
        if len(self.choices) < 2:
            self.note.setText(_tr("Draf ini belum punya versi tersimpan: setiap kali disimpan, "
                                  "Rilis menyimpan satu versi. Bandingkan dengan draf lain "
                                  "lewat tombol Draf lain…"))
            self.note.show()
        self.compare()

    # ------------------------------------------------------------ what is compared

    def _release_of(self, index: int) -> Release:
        version = self.choices[index].version
        return self.release if version is None else version_release(version, self.base_dir)

    def compare(self) -> None:
        old_index, new_index = self.old.currentIndex(), self.new.currentIndex()
        try:
            old = self._release_of(old_index)
            if self.other is not None:
                new_name, new = self.other
            else:
                new_name, new = self.choices[new_index].label, self._release_of(new_index)
        except RilisError as error:
            self.view.setPlainText(str(error))
            return
        self.show_diffs(compare_releases(old, new), self.choices[old_index].label, new_name)

    def show_diffs(self, diffs: list[FieldDiff], old_name: str, new_name: str,
                   note: str = "") -> None:
        """Show a comparison; with ``note`` (a DOCX edited outside Rilis) the pickers hide."""
        self.diffs = diffs
        self.report = diff_report_html(diffs, old_name, new_name)
        self.view.setHtml(qt_html(self.report))
        if note:
            self.note.setText(note)
            self.note.show()
            self.pickers.hide()

    def _choose_other(self) -> None:
        path = self.ask_other_draft()
        if path is None:
            return
        try:
            other = load_draft(path)
        except RilisError as error:
            self.view.setPlainText(str(error))
            return
        self.other = (path.name, other)
        self.new.setEnabled(False)
        self.compare()

    # ------------------------------------------------------------ questions (overridable)

    def ask_other_draft(self) -> Path | None:
        return open_file(self, _tr("Bandingkan dengan draf"), str(self.base_dir or Path.home()),
                         _tr("Draf Rilis") + f" (*{EXTENSION})")

    def ask_export_path(self) -> Path | None:
        return save_file(self, _tr("Ekspor perbandingan"),
                         str((self.base_dir or Path.home()) / "perbandingan.html"),
                         "HTML (*.html)")

    def export_dialog(self) -> bool:
        path = self.ask_export_path()
        return self.export_to(path) if path is not None else False

    def export_to(self, path: Path) -> bool:
        if path.suffix.lower() != ".html":
            path = path.with_name(path.name + ".html")
        try:
            write_atomic(path, self.report.encode("utf-8"), keep_backup=False)
        except (RilisError, OSError) as error:
            self.view.append(str(error))
            return False
        logger.info("comparison exported to %s", path)
        return True
