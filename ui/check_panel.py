"""*Periksa*: every finding of the whole release in one list, a word once with its count.

A click jumps to the word (clicking again, to its next occurrence); right-click offers the
suggestions, *Tambahkan ke kamus* and *Abaikan*, as the field's own menu does. Each entry
says in words whether it is spelling, style or a *saran* (a rule that can misfire), so
colour is never the only cue."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.language.report import WORD_RULES, group_suggestions
from ui.checking import CheckService, PlacedFinding
from ui.widgets import SARAN, finding_look

CONTEXT = "CheckPanel"
REFRESH_MS = 800
MAX_MENU_SUGGESTIONS = 5
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2
COLOURS = {"spelling": "#b3261e", "style": "#1f5fae", SARAN: "#4f6480"}
"""Text colour of an entry by its look: as the underline in the field (red, blue, and a
muted blue for a *saran*, which is also set in italics so colour is never the only cue)."""


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
    """A dock listing findings; ``jumpRequested(PlacedFinding)`` when one is activated,
    ``fixRequested(PlacedFinding, suggestion)`` when a suggestion is chosen from its menu."""

    jumpRequested = Signal(object)
    fixRequested = Signal(object, str)

    def __init__(self, service: CheckService, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Periksa"), parent)
        self.setObjectName("check-panel")
        self.service = service
        self.findings: list[PlacedFinding] = []
        self.listed: list[tuple[PlacedFinding, int]] = []
        self._last_jump: tuple[tuple[str, str, str], int] | None = None
        self._activating = False
        self.summary = QLabel(_tr("Memeriksa…"))
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(_tr("Periksa ulang"))
        self.refresh_button.clicked.connect(self.refresh)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
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
        """List each word once (with how often it occurs); the fields underline them all.

        The refresh that follows every edit keeps the entry the officer was on (or the one
        that took its row, when it was just fixed) and the scroll position: a list that
        jumps back to the top after each fix cannot be worked through."""
        kept_key, kept_row = self._current_key(), self.list.currentRow()
        scroll = self.list.verticalScrollBar().value()
        self.findings = findings
        self.listed = group_placed(findings)
        self.list.clear()
        labels = {"spelling": _tr("Ejaan"), "style": _tr("Gaya"), SARAN: _tr("Saran")}
        for placed, count in self.listed:
            finding = placed.finding
            look = finding_look(finding)
            offered = group_suggestions([p.finding for p in self.occurrences(placed)] or
                                        [finding])
            fix = (" → " + ", ".join(offered[:3])) if offered else ""
            times = _tr(" ({n} kali)").format(n=count) if count > 1 else ""
            word = finding.text.strip() or finding.text
            item = QListWidgetItem(f"{labels[look]} · {placed.place}: “{word}”{times}{fix}\n"
                                   f"{finding.message}")
            item.setData(FINDING_ROLE, placed)
            item.setToolTip(finding.message if look != SARAN else
                            finding.message + "\n" + _tr("Saran: aturan ini bisa keliru; "
                                                         "abaikan bila tidak tepat."))
            item.setForeground(QBrush(QColor(COLOURS[look])))
            if look == SARAN:
                italic = QFont(item.font())
                italic.setItalic(True)
                item.setFont(italic)
            self.list.addItem(item)
        self._restore_place(kept_key, kept_row, scroll)
        looks = [finding_look(p.finding) for p, _count in self.listed]
        if not findings:
            text = _tr("Tidak ada temuan. Rilis siap dikirim.")
        else:
            text = _tr("{s} ejaan, {g} gaya, {h} saran. Klik untuk menuju kata.").format(
                s=looks.count("spelling"), g=looks.count("style"), h=looks.count(SARAN))
        if self.service.problem:
            text += "\n" + self.service.problem
        self.summary.setText(text)
        self.summary.setToolTip(_tr("Merah bergelombang: ejaan. Biru bergelombang: gaya "
                                    "bahasa. Biru putus-putus, miring di daftar: saran dari "
                                    "aturan yang bisa keliru."))

    @staticmethod
    def _key(placed: PlacedFinding) -> tuple[str, str, str]:
        return placed.path, placed.finding.rule, placed.finding.text

    def _current_key(self) -> tuple[str, str, str] | None:
        item = self.list.currentItem()
        placed = item.data(FINDING_ROLE) if item is not None else None
        return self._key(placed) if isinstance(placed, PlacedFinding) else None

    def _restore_place(self, key: tuple[str, str, str] | None, row: int, scroll: int) -> None:
        if key is None or self.list.count() == 0:
            self.list.verticalScrollBar().setValue(scroll)
            return
        rows = [i for i, (placed, _count) in enumerate(self.listed) if self._key(placed) == key]
        self.list.setCurrentRow(rows[0] if rows else min(row, self.list.count() - 1))
        self.list.verticalScrollBar().setValue(scroll)
        self.list.scrollToItem(self.list.currentItem())

    def occurrences(self, placed: PlacedFinding) -> list[PlacedFinding]:
        """Every place of the word an entry stands for (one for a context rule)."""
        finding = placed.finding
        if finding.rule not in WORD_RULES:
            return [placed]
        return [other for other in self.findings
                if (other.finding.rule, other.finding.text) == (finding.rule, finding.text)]

    def shown_occurrence(self, placed: PlacedFinding) -> PlacedFinding:
        """The occurrence the last click on this entry went to (else the first)."""
        group = self.occurrences(placed) or [placed]
        if self._last_jump is not None and self._last_jump[0] == self._key(placed):
            return group[self._last_jump[1] % len(group)]
        return group[0]

    def _activated(self, item: QListWidgetItem) -> None:
        """A click goes to the word; clicking the same entry again goes on to its next
        occurrence (a word listed once with *3 kali* must be reachable in all three
        places). A click that both clicks and activates the entry moves once."""
        placed = item.data(FINDING_ROLE)
        if not isinstance(placed, PlacedFinding) or self._activating:
            return
        self._activating = True
        QTimer.singleShot(0, self._activation_done)
        key = self._key(placed)
        group = self.occurrences(placed) or [placed]
        index = 0
        if self._last_jump is not None and self._last_jump[0] == key:
            index = (self._last_jump[1] + 1) % len(group)
        self._last_jump = (key, index)
        self.jumpRequested.emit(group[index])

    def _activation_done(self) -> None:
        self._activating = False

    def menu_for(self, item: QListWidgetItem) -> QMenu:
        """The entry's right-click menu, as in the field: the suggestions of the place the
        entry points to (each puts the word right there: a word in a Title Case headline
        and in a sentence asks for different capitals), *Tambahkan ke kamus* for a spelling
        finding, *Abaikan*."""
        menu = QMenu(self)
        placed = item.data(FINDING_ROLE)
        if not isinstance(placed, PlacedFinding):
            return menu
        finding = placed.finding
        target = self.shown_occurrence(placed)
        offered = target.finding.suggestions    # the place's own: its case may differ
        for suggestion in list(offered)[:MAX_MENU_SUGGESTIONS]:
            action = menu.addAction(_tr("Ganti dengan “{s}”").format(s=suggestion))
            action.triggered.connect(partial(self.fixRequested.emit, target, suggestion))
        if not offered:
            menu.addAction(_tr("(tidak ada saran)")).setEnabled(False)
        menu.addSeparator()
        if finding.kind == "spelling":
            add = menu.addAction(_tr("Tambahkan ke kamus"))
            add.triggered.connect(partial(self.service.add_to_dictionary, finding.text))
        ignore = menu.addAction(_tr("Abaikan"))
        ignore.triggered.connect(partial(self.service.ignore, finding.text))
        return menu

    def _context_menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None:
            return
        menu = self.menu_for(item)
        menu.exec(self.list.viewport().mapToGlobal(position))
        menu.deleteLater()
