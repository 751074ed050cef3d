"""Underlines checker findings in a multi-line field (QSyntaxHighlighter).

Findings arrive with Python ``str`` offsets for the whole field; they are converted once to
Qt document positions (UTF-16 units, so an emoji before a typo does not shift the line).
While the officer types, the stored spans are shifted with the edit instead of being
dropped, so underlines stay on their words until the next check arrives. A highlighter
keeps running on its document until detached: ``detach()`` must be called before another
highlighter takes over the field.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtGui import QSyntaxHighlighter, QTextDocument

from ui.widgets import SARAN, Span, finding_format, finding_look, to_utf16


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: list[tuple[int, int, str]] = []  # UTF-16 start, end, look
        self._formats = {look: finding_format(look) for look in ("spelling", "style", SARAN)}
        document.contentsChange.connect(self._shift)

    @property
    def spans(self) -> list[tuple[int, int, str]]:
        return list(self._spans)

    def set_findings(self, findings: Sequence[Span]) -> None:
        document = self.document()
        if document is None:
            return
        text = document.toPlainText()
        self._spans = [(to_utf16(text, f.start), to_utf16(text, f.end), finding_look(f))
                       for f in findings]
        self.rehighlight()

    def _shift(self, position: int, removed: int, added: int) -> None:
        """Keep spans after an edit in place; spans the edit touches are dropped."""
        if not self._spans or removed == added == 0:
            return
        delta = added - removed
        kept: list[tuple[int, int, str]] = []
        for start, end, kind in self._spans:
            if end <= position:
                kept.append((start, end, kind))
            elif start >= position + removed:
                kept.append((start + delta, end + delta, kind))
        self._spans = kept
        document = self.document()
        if document is not None:  # Qt redrew the edited block before this shift
            QTimer.singleShot(0, lambda: self._redraw_at(position))

    def _redraw_at(self, position: int) -> None:
        document = self.document()
        if document is not None:
            self.rehighlightBlock(document.findBlock(position))

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        first = block.position()
        last = first + block.length()
        for start, end, kind in self._spans:
            if end <= first or start >= last:
                continue
            begin = max(start, first) - first
            self.setFormat(begin, min(end, last) - first - begin,
                           self._formats.get(kind, self._formats["style"]))

    def detach(self) -> None:
        """Stop highlighting (Qt would otherwise keep the old highlighter running)."""
        document = self.document()
        if document is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                document.contentsChange.disconnect(self._shift)
        self._spans = []
        self.setDocument(None)
