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
        self.locked = False

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
        free = not self.locked
        self.add_button.setEnabled(free)
        self.remove_button.setEnabled(free and row >= 0)
        self.up_button.setEnabled(free and row > 0)
        self.down_button.setEnabled(free and 0 <= row < count - 1)

    def set_locked(self, locked: bool) -> None:
        """Review mode: rows can be selected and read, never added, removed or moved."""
        self.locked = locked
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if locked
                                  else QAbstractItemView.DragDropMode.InternalMove)
        self._update_buttons()

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


class TextList(QWidget):
    """A list of one-line texts (evidence, articles, advisory points) in a model list.

    The owning section hands over the model's own list with ``set_items`` on every fill;
    this widget changes it in place and reports each change as ``edited(key, label)``:
    ``{name}.{row}`` while typing (merged into one undo step), ``{name}+{row}`` etc. for
    structural changes.
    """

    edited = Signal(str, str)

    def __init__(self, name: str, add_text: str, placeholder: str, numbered: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.widgets import LineEdit

        self.name = name
        self.numbered = numbered
        self.items: list[str] = []
        self._loading = False
        self.editor = ListEditor()
        self.editor.add_button.setText(add_text)
        self.editor.add_button.clicked.connect(self.add_item)
        self.editor.removeRequested.connect(self.remove_item)
        self.editor.moved.connect(self._moved)
        self.editor.currentChanged.connect(self._show_current)
        self.editor.list.setMinimumHeight(90)
        self.editor.list.setMaximumHeight(150)
        self.text = LineEdit()
        self.text.setPlaceholderText(placeholder)
        self.text.textChanged.connect(self._text_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.text)

    def _row_text(self, row: int, text: str) -> str:
        shown = text or _tr("(kosong)")
        return f"{row + 1}. {shown}" if self.numbered else shown

    def _rows(self) -> list[tuple[str, QIcon | None]]:
        return [(self._row_text(row, text), None) for row, text in enumerate(self.items)]

    def set_items(self, items: list[str]) -> None:
        """Show (and from now on edit) ``items``, the model's list itself."""
        self.items = items
        self.editor.set_rows(self._rows(), self.editor.current_row())
        self._show_current()

    def _show_current(self, _row: int = -1) -> None:
        row = self.editor.current_row()
        valid = 0 <= row < len(self.items)
        self.text.setEnabled(valid)
        self.text.path = f"{self.name}.{row}"
        value = self.items[row] if valid else ""
        if self.text.text() != value:
            self._loading = True
            try:
                self.text.setText(value)
            finally:
                self._loading = False

    def _text_changed(self, text: str) -> None:
        row = self.editor.current_row()
        if self._loading or not 0 <= row < len(self.items) or self.items[row] == text:
            return
        self.items[row] = text
        self.editor.update_row(row, self._row_text(row, text))
        self.edited.emit(f"{self.name}.{row}", _tr("Ubah daftar"))

    def add_item(self) -> None:
        self.items.append("")
        row = len(self.items) - 1
        self.editor.set_rows(self._rows(), row)
        self._show_current()
        self.edited.emit(f"{self.name}+{row}", _tr("Tambah butir"))
        self.text.setFocus()

    def remove_item(self, row: int) -> None:
        del self.items[row]
        self.editor.set_rows(self._rows(), min(row, len(self.items) - 1))
        self._show_current()
        self.edited.emit(f"{self.name}-{row}", _tr("Hapus butir"))

    def _moved(self, order: list[int], current: int) -> None:
        self.items[:] = [self.items[index] for index in order]
        self.editor.set_rows(self._rows(), current)
        self._show_current()
        self.edited.emit(f"{self.name}~{order}", _tr("Urutkan daftar"))

    def select(self, row: int) -> None:
        self.editor.select(row)
