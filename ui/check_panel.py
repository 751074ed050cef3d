"""*Periksa*: every finding of the whole release in one list; a click jumps to the word."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.language.report import WORD_RULES
from ui.checking import CheckService, PlacedFinding

CONTEXT = "CheckPanel"
REFRESH_MS = 800
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2


def group_placed(findings: list[PlacedFinding]) -> list[tuple[PlacedFinding, int]]:
    """One entry per flagged word across the whole release, at its first place."""
    index: dict[tuple[str, str], int] = {}
    listed: list[tuple[PlacedFinding, int]] = []
    for placed in findings:
        finding = placed.finding
        if finding.rule in WORD_RULES:
            key = (finding.rule, finding.text)
            if key in index:
                first, count = listed[index[key]]
                listed[index[key]] = (first, count + 1)
                continue
            index[key] = len(listed)
        listed.append((placed, 1))
    return listed


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CheckPanel(QDockWidget):
    """A dock listing findings; ``jumpRequested(PlacedFinding)`` when one is activated."""

    jumpRequested = Signal(object)

    def __init__(self, service: CheckService, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Periksa"), parent)
        self.setObjectName("check-panel")
        self.service = service
        self.findings: list[PlacedFinding] = []
        self.listed: list[tuple[PlacedFinding, int]] = []
        self.summary = QLabel(_tr("Memeriksa…"))
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(_tr("Periksa ulang"))
        self.refresh_button.clicked.connect(self.refresh)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        service.releaseChecked.connect(self.show_findings)
        service.dictionaryChanged.connect(self.schedule)
        service.ready.connect(self.schedule)
        self.visibilityChanged.connect(self._visibility_changed)

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.schedule(0)

    def schedule(self, delay: int = REFRESH_MS) -> None:
        """Refresh a moment after the last edit, only while the panel is shown."""
        if self.isVisible():
            self._timer.start(delay)

    def refresh(self) -> None:
        if not self.service.available:
            self.summary.setText(self.service.problem or _tr("Pemeriksa bahasa belum siap."))
            return
        self.service.check_release()

    def show_findings(self, findings: list[PlacedFinding]) -> None:
        """List each word once (with how often it occurs); the fields underline them all."""
        self.findings = findings
        self.listed = group_placed(findings)
        self.list.clear()
        for placed, count in self.listed:
            finding = placed.finding
            fix = (" → " + ", ".join(finding.suggestions[:3])) if finding.suggestions else ""
            times = _tr(" ({n} kali)").format(n=count) if count > 1 else ""
            item = QListWidgetItem(f"{placed.place}: “{finding.text}”{times}{fix}\n"
                                   f"{finding.message}")
            item.setData(FINDING_ROLE, placed)
            item.setToolTip(finding.message)
            colour = "#b3261e" if finding.kind == "spelling" else "#1f5fae"
            item.setForeground(QBrush(QColor(colour)))
            self.list.addItem(item)
        spelling = sum(1 for p, _count in self.listed if p.finding.kind == "spelling")
        style = len(self.listed) - spelling
        if not findings:
            text = _tr("Tidak ada temuan. Rilis siap dikirim.")
        else:
            text = _tr("{s} ejaan, {g} gaya. Klik untuk menuju kata.").format(s=spelling,
                                                                             g=style)
        if self.service.problem:
            text += "\n" + self.service.problem
        self.summary.setText(text)

    def _activated(self, item: QListWidgetItem) -> None:
        placed = item.data(FINDING_ROLE)
        if isinstance(placed, PlacedFinding):
            self.jumpRequested.emit(placed)
