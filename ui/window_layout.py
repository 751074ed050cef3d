"""How the main window is laid out: the form tabs, the framed preview, the splitter between
them, the status bar's permanent labels, and the geometry kept in the settings."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.base.settings import Settings, save_settings
from ui.forms.base import Section

logger = logging.getLogger(__name__)

CONTEXT = "MainWindow"
"""The window's translation context: these strings were the window's and stay so."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def section_tabs(sections: list[Section]) -> QTabWidget:
    """One tab per form, in the order of ``sections`` (Rilis … Terbit)."""
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    # every tab stays in sight: a narrow column shortens the labels (…) instead of
    # hiding tabs behind scroll arrows (Terbit was out of reach in review mode)
    tabs.setUsesScrollButtons(False)
    tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
    tabs.tabBar().setExpanding(False)
    titles = (_tr("Rilis"), _tr("Pejabat"), _tr("Kegiatan"), _tr("Isi"), _tr("Kasus"),
              _tr("Imbauan"), _tr("Berita terkait"), _tr("Terbit"))
    for section, title in zip(sections, titles, strict=True):
        tabs.addTab(section, title)
    tabs.setMinimumWidth(420)
    return tabs


def preview_header() -> QLabel:
    header = QLabel(_tr("Pratinjau"))
    header.setObjectName("previewHeader")
    return header


def split_view(tabs: QTabWidget, header: QLabel, preview: QWidget) -> QSplitter:
    """Forms left, the framed preview (its header above) right; neither collapses."""
    frame = QFrame()
    frame.setObjectName("previewFrame")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 8, 14, 14)
    layout.setSpacing(6)
    layout.addWidget(header)
    layout.addWidget(preview, 1)
    preview.setMinimumWidth(360)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(tabs)
    splitter.addWidget(frame)
    splitter.setStretchFactor(0, 5)
    splitter.setStretchFactor(1, 6)
    splitter.setChildrenCollapsible(False)
    return splitter


def status_labels(window: QMainWindow) -> tuple[QLabel, QLabel]:
    """(review status, text statistics), right-aligned in the status bar."""
    stats = QLabel()
    review = QLabel()
    review.setObjectName("reviewLabel")
    window.statusBar().addPermanentWidget(review)
    window.statusBar().addPermanentWidget(stats)
    return review, stats


def restore_geometry(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    if settings.geometry:
        window.restoreGeometry(QByteArray.fromBase64(settings.geometry.encode("ascii")))
    if settings.splitter:
        splitter.restoreState(QByteArray.fromBase64(settings.splitter.encode("ascii")))


def remember_geometry(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Size, place and splitter for the next start (saved with the settings)."""
    settings.geometry = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
    settings.splitter = bytes(splitter.saveState().toBase64().data()).decode("ascii")
    save_settings(settings)
