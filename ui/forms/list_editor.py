"""An ordered list with add, remove, move up/down and drag: officials, body, related.

The widget only manages rows; the section that owns it applies the changes to the model
(``moved`` gives the new order as old row numbers).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

CONTEXT = "ListEditor"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ListEditor(QWidget):
    """Rows of ``(text, icon)``; emits what the user asked, never touches a model."""

    moved = Signal(list, int)
    """(new order as old row numbers, row of the moved item now)"""
    removeRequested = Signal(int)
    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setIconSize(QSize(40, 30))
        self.list.setWordWrap(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(False)
        self.list.model().rowsMoved.connect(self._rows_moved)
        self.list.currentRowChanged.connect(self.currentChanged)

        style = self.style()
        self.add_button = QToolButton()
        self.add_button.setText(_tr("Tambah"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.remove_button = self._button(_tr("Hapus"), QStyle.StandardPixmap.SP_TrashIcon)
        self.up_button = self._button(_tr("Naikkan"), QStyle.StandardPixmap.SP_ArrowUp)
        self.down_button = self._button(_tr("Turunkan"), QStyle.StandardPixmap.SP_ArrowDown)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

    def _button(self, tip: str, icon: QStyle.StandardPixmap) -> QToolButton:
        button = QToolButton()
        button.setIcon(self.style().standardIcon(icon))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    def set_rows(self, rows: Sequence[tuple[str, QIcon | None]], current: int = -1) -> None:
        """Replace all rows, keeping ``current`` selected (signals quiet meanwhile)."""
        self.list.blockSignals(True)
        self.list.clear()
        for index, (text, icon) in enumerate(rows):
            item = QListWidgetItem(text)
            item.setData(ROW_ROLE, index)
            item.setToolTip(text)
            if icon is not None:
                item.setIcon(icon)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(max(0, min(current, len(rows) - 1)))
        self.list.blockSignals(False)
        self._update_buttons()

    def update_row(self, row: int, text: str, icon: QIcon | None = None) -> None:
        item = self.list.item(row)
        if item is None:
            return
        item.setText(text)
        item.setToolTip(text)
        if icon is not None:
            item.setIcon(icon)

    def current_row(self) -> int:
        return self.list.currentRow()

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        count = self.list.count()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.removeRequested.emit(row)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        order = list(range(self.list.count()))
        order[row], order[target] = order[target], order[row]
        self.moved.emit(order, target)

    def _rows_moved(self) -> None:
        """A drag finished: report the new order once the view is done with the drop."""
        QTimer.singleShot(0, self._report_drag)

    def _report_drag(self) -> None:
        order = [int(self.list.item(row).data(ROW_ROLE)) for row in range(self.list.count())]
        if order != sorted(order):
            self.moved.emit(order, max(0, self.list.currentRow()))
