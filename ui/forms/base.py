"""What every form section shares: the release it edits and how it reports edits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.release.model import Release
from ui.widgets import CheckedField


class Section(QWidget):
    """A form section. It writes straight into ``release`` and then emits ``edited``.

    ``edited(key, label)``: ``key`` names the field (``body.2.text``) so consecutive
    keystrokes merge into one undo step; ``label`` is the undo menu text.
    """

    edited = Signal(str, str)
    structureChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.release = Release()
        self._loading = False
        self.read_only = False
        self._locked: list[QWidget] = []

    def load(self, release: Release) -> None:
        """Show ``release`` (called on open, new, undo and redo)."""
        self.release = release
        self._loading = True
        try:
            self._fill()
        finally:
            self._loading = False
        for field in self.findChildren(QLineEdit):
            if not field.hasFocus():
                field.setCursorPosition(0)  # show the start of a long headline

    def _fill(self) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        """Review mode: text stays readable and selectable, nothing can be changed."""
        from ui.forms.list_editor import ListEditor

        if read_only == self.read_only:
            return
        self.read_only = read_only
        editors = self.findChildren(ListEditor)
        for editor in editors:
            editor.set_locked(read_only)
        for line in self.findChildren(QLineEdit):
            line.setReadOnly(read_only)
        for plain in self.findChildren(QPlainTextEdit):
            plain.setReadOnly(read_only)
        for rich in self.findChildren(QTextEdit):
            rich.setReadOnly(read_only)
        for field in [*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)]:
            repolish(field)  # the style sheet greys read-only fields: apply it now
        if read_only:
            own_buttons = {id(button) for editor in editors
                           for button in editor.findChildren(QAbstractButton)}
            self._locked = [
                widget for widget in [*self.findChildren(QComboBox),
                                      *self.findChildren(QAbstractSpinBox),
                                      *self.findChildren(QAbstractButton)]
                if id(widget) not in own_buttons and widget.isEnabled()]
            for widget in self._locked:
                widget.setEnabled(False)
        else:
            for widget in self._locked:
                widget.setEnabled(True)
            self._locked = []

    def changed(self, key: str, label: str) -> None:
        if not self._loading:
            self.edited.emit(key, label)

    def field_for(self, path: str) -> CheckedField | None:
        """Bring the field at ``path`` into view (select its list row) and return it."""
        return None

    def checked_fields(self) -> list[CheckedField]:
        """The fields currently shown that take inline checking."""
        return []


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a property it selects on (``readOnly``) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def form_layout() -> QFormLayout:
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    layout.setLabelAlignment(layout.labelAlignment())
    layout.setVerticalSpacing(8)
    return layout


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    return label


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
