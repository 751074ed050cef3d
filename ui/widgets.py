"""Text fields that share the window's undo stack and can show checker findings.

Qt's own fields keep a private undo history and swallow Ctrl+Z; ours leave undo and redo
to the window (one QUndoStack across all forms). Each field can carry underlines for
findings (offsets in Python ``str`` indices, converted to Qt's UTF-16 units here) and asks
a *menu provider* for the spelling entries of its right-click menu.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QStatusBar, QWidget

logger = logging.getLogger(__name__)

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units (an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


def to_utf16(text: str, index: int) -> int:
    """Python index → Qt position."""
    return utf16_len(text[:index])


def from_utf16(text: str, position: int) -> int:
    """Qt position → Python index (a position inside a surrogate pair rounds down)."""
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


class Span(Protocol):
    """What a field needs of a finding (``app.language.Finding`` fits)."""

    start: int
    end: int
    kind: str


SARAN = "saran"
"""The look of a finding whose rule can misfire (``severity == "saran"``), of either kind."""


def finding_look(finding: Span) -> str:
    """``spelling``, ``style`` or ``saran``: how a finding is drawn and labelled. A rule
    that can misfire must look softer than an error, or the officer cannot tell a hint
    from a mistake."""
    if getattr(finding, "severity", "kesalahan") == SARAN:
        return SARAN
    return finding.kind


def finding_format(look: str) -> QTextCharFormat:
    """Red wavy underline for spelling, blue wavy for style (colour-blind safe pair), and
    a dashed blue line for a *saran*: a hint the officer may well leave as it is."""
    fmt = QTextCharFormat()
    if look == SARAN:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(QColor("#1f6fd0"))
        return fmt
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QColor("#d0302f") if look == "spelling" else QColor("#1f6fd0"))
    return fmt


MenuProvider = Callable[["CheckedField", QMenu, int], None]
"""Adds the checker's entries for the Python index under the mouse to a context menu."""


def _is_undo_key(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and any(event.matches(key) for key in _UNDO_KEYS)


class CheckedField:
    """Mixin state shared by both field kinds: its path in the release and its findings."""

    path: str = ""
    findings: list[Span]
    menu_provider: MenuProvider | None = None

    def plain(self) -> str:
        raise NotImplementedError

    def set_findings(self, findings: Sequence[Span]) -> None:
        raise NotImplementedError

    def select_span(self, start: int, end: int) -> None:
        raise NotImplementedError

    def replace_span(self, start: int, end: int, text: str) -> None:
        raise NotImplementedError


class LineEdit(QLineEdit, CheckedField):
    """A one-line field; underlines drawn through input-method text formats.

    ``paste_handler`` may take over a paste (Ctrl+V): given the clipboard text, it returns
    True when it used it (a whole release pasted into the headline of an empty draft).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings = []
        self.paste_handler: Callable[[str], bool] | None = None
        self.textChanged.connect(self._clear_formats)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (self.paste_handler is not None and event.matches(QKeySequence.StandardKey.Paste)
                and not self.isReadOnly()
                and self.paste_handler(QGuiApplication.clipboard().text())):
            event.accept()
            return
        super().keyPressEvent(event)

    def plain(self) -> str:
        return self.text()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event):
            event.ignore()
            return False
        return super().event(event)

    def _clear_formats(self) -> None:
        if self.findings:
            self.findings = []
            self._send_formats()

    def set_findings(self, findings: Sequence[Span]) -> None:
        self.findings = list(findings)
        self._send_formats()

    def _send_formats(self) -> None:
        text = self.text()
        cursor = self.cursorPosition()
        attributes = []
        for finding in self.findings:
            start = to_utf16(text, finding.start)
            length = to_utf16(text, finding.end) - start
            attributes.append(QInputMethodEvent.Attribute(
                QInputMethodEvent.AttributeType.TextFormat, start - cursor, length,
                finding_format(finding_look(finding))))
        QCoreApplication.sendEvent(self, QInputMethodEvent("", attributes))

    def select_span(self, start: int, end: int) -> None:
        text = self.text()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setSelection(to_utf16(text, start), to_utf16(text, end) - to_utf16(text, start))

    def replace_span(self, start: int, end: int, replacement: str) -> None:
        text = self.text()
        self.setText(text[:start] + replacement + text[end:])
        self.setCursorPosition(to_utf16(self.text(), start + len(replacement)))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        _drop_own_undo(menu)
        if self.menu_provider is not None:
            index = from_utf16(self.text(), self.cursorPositionAt(event.pos()))
            self.menu_provider(self, menu, index)
        menu.exec(event.globalPos())
        menu.deleteLater()


class TextEdit(QPlainTextEdit, CheckedField):
    """A multi-line field; underlines come from a ``SpellHighlighter`` attached to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings = []
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.highlighter: QObject | None = None

    def plain(self) -> str:
        return self.toPlainText()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event):
            event.ignore()
            return False
        return super().event(event)

    def set_findings(self, findings: Sequence[Span]) -> None:
        self.findings = list(findings)
        rehighlight = getattr(self.highlighter, "set_findings", None)
        if rehighlight is not None:
            rehighlight(self.findings)

    def _cursor_for(self, start: int, end: int) -> QTextCursor:
        text = self.toPlainText()
        cursor = self.textCursor()
        cursor.setPosition(to_utf16(text, start))
        cursor.setPosition(to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def select_span(self, start: int, end: int) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setTextCursor(self._cursor_for(start, end))
        self.ensureCursorVisible()

    def replace_span(self, start: int, end: int, replacement: str) -> None:
        cursor = self._cursor_for(start, end)
        cursor.insertText(replacement)
        self.setTextCursor(cursor)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        _drop_own_undo(menu)
        if self.menu_provider is not None:
            position = self.cursorForPosition(event.pos()).position()
            index = from_utf16(self.toPlainText(), position)
            self.menu_provider(self, menu, index)
        menu.exec(event.globalPos())
        menu.deleteLater()


def _drop_own_undo(menu: QMenu) -> None:
    """The field's private undo would bypass the window's history: hide it."""
    for action in menu.actions():
        if action.objectName() in ("edit-undo", "edit-redo"):
            menu.removeAction(action)


class ElidingStatusBar(QStatusBar):
    """A status bar whose message never runs under the permanent widgets.

    A long message (``Tersimpan: /home/…/a-very-long-name.rilis``) is shortened in the
    middle, so the start (what happened) and the end (the file name) stay readable; the
    whole text is the tooltip. Qt's own bar paints the message across the permanent
    labels instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_message = ""
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._message_changed)

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch or 0)

    def showMessage(self, message: str, timeout: int | None = 0) -> None:
        self.full_message = message
        super().showMessage(self._fitted(message), timeout or 0)
        self.setToolTip(message if self.currentMessage() != message else "")

    def _message_changed(self, message: str) -> None:
        if not message:
            self.full_message = ""
            self.setToolTip("")

    def message_width(self) -> int:
        """Room for the message: the bar minus its permanent widgets and margins."""
        used = sum(max(widget.width(), widget.sizeHint().width()) + 8
                   for widget in self._permanent if not widget.isHidden())
        return max(80, self.width() - used - 32)

    def _fitted(self, message: str) -> str:
        return self.fontMetrics().elidedText(message, Qt.TextElideMode.ElideMiddle,
                                             self.message_width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.full_message and self.currentMessage():
            fitted = self._fitted(self.full_message)
            if fitted != self.currentMessage():
                super().showMessage(fitted)  # keeps showing until the next message
