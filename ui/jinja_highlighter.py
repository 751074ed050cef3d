"""Colours for the layout-template editor: Jinja tags, expressions and comments (which may
span lines), the document vocabulary's XML tags, and quoted strings; plus the validation
problems marked on their lines."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

_IN_COMMENT = 1


def _format(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    result = QTextCharFormat()
    result.setForeground(QColor(colour))
    if bold:
        result.setFontWeight(QFont.Weight.Bold)
    result.setFontItalic(italic)
    return result


class JinjaHighlighter(QSyntaxHighlighter):
    """Highlights one QTextDocument; detach with ``setDocument(None)`` before replacing it
    (a replaced highlighter keeps running otherwise)."""

    RULES: tuple[tuple[re.Pattern[str], str], ...] = (
        (re.compile(r"</?[A-Za-z][\w-]*|/?>"), "tag"),
        (re.compile(r"\{%-?.*?-?%\}"), "statement"),
        (re.compile(r"\{\{-?.*?-?\}\}"), "expression"),
        (re.compile(r'"[^"\n]*"|\'[^\'\n]*\''), "string"),
    )

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = {
            "tag": _format("#1f5fa8"),
            "statement": _format("#8a3ffc", bold=True),
            "expression": _format("#0b7a3e"),
            "string": _format("#a0522d"),
            "comment": _format("#7a7a7a", italic=True),
        }

    def highlightBlock(self, text: str) -> None:
        for pattern, kind in self.RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), len(match.group(0)), self.formats[kind])
        self.setCurrentBlockState(0)
        if self.previousBlockState() == _IN_COMMENT:
            start, search_from = 0, 0
        else:
            start = text.find("{#")
            search_from = start + 2
        while start >= 0:
            end = text.find("#}", search_from)
            if end < 0:
                self.setFormat(start, len(text) - start, self.formats["comment"])
                self.setCurrentBlockState(_IN_COMMENT)
                return
            self.setFormat(start, end + 2 - start, self.formats["comment"])
            start = text.find("{#", end + 2)
            search_from = start + 2


def mark_problem_lines(editor: QPlainTextEdit, problems: dict[int, str]) -> None:
    """Tint each line that has a problem (1-based line → message); the message shows as
    the line's tooltip through :func:`problem_at`."""
    selections = []
    for line in sorted(problems):
        block = editor.document().findBlockByLineNumber(line - 1)
        if not block.isValid():
            continue
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(QColor("#fde2e1"))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        selection.format.setUnderlineColor(QColor("#b42318"))
        selection.format.setToolTip(problems[line])
        cursor = QTextCursor(block)
        cursor.clearSelection()
        selection.cursor = cursor
        selections.append(selection)
    editor.setExtraSelections(selections)
    editor.setProperty("problem_lines", {str(k): v for k, v in problems.items()})


def problem_at(editor: QPlainTextEdit, line: int) -> str:
    """The problem message marked on a 1-based line, or an empty string."""
    marked = editor.property("problem_lines") or {}
    return str(marked.get(str(line), "")) if isinstance(marked, dict) else ""



class ProblemTips(QObject):
    """Shows the problem of the line under the mouse as a tooltip in the editor."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        editor.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            line = self.editor.cursorForPosition(event.pos()).blockNumber() + 1
            message = problem_at(self.editor, line)
            if message:
                QToolTip.showText(event.globalPos(), message, self.editor)
            else:
                QToolTip.hideText()
            return True
        return False
