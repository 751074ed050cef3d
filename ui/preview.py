"""The live preview: the HTML writer's output in a QTextBrowser, rendered off the UI thread.

Typing never waits for a render: the release is copied, rendered (template, document, HTML,
plain-text statistics) in a worker thread, and only the finished HTML is set on the
browser. While a render runs, further edits are coalesced into one follow-up render, so the
preview lags by at most one render and never queues up. Photos travel as base64 inside the
HTML; they are decoded once per picture and handed to the browser as cached resources.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import logging
import re
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.base.errors import RilisError
from app.base.stats import TextStats, text_stats
from app.release.model import Release
from app.render.templating import render_document
from app.render.writers.html import anchor_name, write_html
from app.render.writers.text import write_text

logger = logging.getLogger(__name__)

CONTEXT = "Preview"
PREVIEW_IMAGE_WIDTH = 420
_WATERMARK = re.compile(r'<div class="watermark"[^>]*>.*?</div>\n?', re.S)
"""A fixed-position watermark Qt's rich text cannot place; the banner still says DRAF."""
_DATA_IMAGE = re.compile(
    r'src="data:(image/[a-z]+);base64,([A-Za-z0-9+/=]+)"(?: width="(\d+)" height="(\d+)")?')


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass
class RenderResult:
    """What one render produced; ``error`` is an Indonesian message when it failed."""

    generation: int
    html: str = ""
    text: str = ""
    stats: TextStats | None = None
    images: dict[str, bytes] = field(default_factory=dict)
    error: str = ""
    seconds: float = 0.0


def preview_html(html: str, images: dict[str, bytes],
                  max_width: int = PREVIEW_IMAGE_WIDTH) -> str:
    """Swap data URIs for ``rilis-img:`` names sized for the pane; collect the bytes."""

    def replace(match: re.Match[str]) -> str:
        payload = match.group(2)
        key = hashlib.blake2b(payload[:4096].encode("ascii") + str(len(payload)).encode(),
                              digest_size=12).hexdigest()
        if key not in images:
            images[key] = base64.b64decode(payload)
        width = int(match.group(3) or max_width)
        height = int(match.group(4) or 0)
        shown = min(width, max_width)
        size = f' width="{shown}"' + (f' height="{height * shown // width}"' if height else "")
        return f'src="rilis-img:{key}"{size}'

    return _DATA_IMAGE.sub(replace, _WATERMARK.sub("", html))


def render_release(release: Release, generation: int) -> RenderResult:
    """Everything the preview and status bar need; runs in the worker thread."""
    started = time.perf_counter()
    result = RenderResult(generation)
    try:
        document = render_document(release)
        result.html = preview_html(write_html(document, anchors=True), result.images)
        notices = list(getattr(document, "notices", []))
        if notices:  # the DRAF banner is not part of the release's words
            document.notices = []
        result.text = write_text(document)
        result.stats = text_stats(result.text)
    except RilisError as error:
        result.error = str(error)
    except Exception as error:  # a template bug must not kill the editor
        logger.exception("preview render failed")
        result.error = f"{type(error).__name__}: {error}"
    result.seconds = time.perf_counter() - started
    return result


class _Bridge(QObject):
    """Carries a finished render from the worker thread to the UI thread (queued)."""

    finished = Signal(object)


class PreviewRenderer(QObject):
    """Schedules renders: at most one running, at most one waiting."""

    rendered = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rilis-preview")
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._on_finished)
        self._generation = 0
        self._running = False
        self._pending: Release | None = None
        self._closed = False
        self.last: RenderResult | None = None

    @property
    def generation(self) -> int:
        return self._generation

    def request(self, release: Release) -> int:
        """Render a copy of ``release`` soon; returns the generation that will show it."""
        self._generation += 1
        if self._closed:
            return self._generation
        self._pending = copy.deepcopy(release)
        if not self._running:
            self._start()
        return self._generation

    def _start(self) -> None:
        release, self._pending = self._pending, None
        if release is None:
            return
        self._running = True
        future = self._pool.submit(render_release, release, self._generation)
        future.add_done_callback(self._done)

    def _done(self, future: Future[RenderResult]) -> None:
        self._bridge.finished.emit(future.result())

    @Slot(object)
    def _on_finished(self, result: RenderResult) -> None:
        self._running = False
        if self._pending is not None:
            self._start()
            return  # a newer state is on its way; skip showing a stale one
        self.last = result
        self.rendered.emit(result)

    def shutdown(self) -> None:
        self._closed = True
        self._pending = None
        self._pool.shutdown(wait=True, cancel_futures=True)


class PreviewPane(QTextBrowser):
    """Shows renders, keeping the scroll position; ``shown`` fires after each update."""

    shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setObjectName("preview")
        self.document().setDocumentMargin(24)
        self.shown_generation = 0
        self._images: dict[str, QImage] = {}
        self._own_document: QTextDocument | None = None
        self.setPlaceholderText(_tr("Pratinjau rilis muncul di sini."))

    def show_result(self, result: RenderResult) -> None:
        if result.error:
            from html import escape

            self.setHtml(f"<h3>{escape(_tr('Pratinjau belum dapat dibuat'))}</h3>"
                         f"<p>{escape(result.error)}</p>")
        else:
            previous = self._own_document
            for key, data in result.images.items():
                if key not in self._images:
                    image = QImage()
                    image.loadFromData(data)
                    self._images[key] = image
            bar = self.verticalScrollBar()
            position = bar.value()
            replacement = QTextDocument(self)
            replacement.setDocumentMargin(24)
            for key, image in self._images.items():
                replacement.addResource(QTextDocument.ResourceType.ImageResource,
                                        QUrl(f"rilis-img:{key}"), image)
            replacement.setHtml(result.html)
            self.setDocument(replacement)
            self._own_document = replacement
            if previous is not None:
                previous.deleteLater()
            bar.setValue(position)
        self.shown_generation = result.generation
        self.shown.emit(result.generation)

    def block_span(self, ref: str) -> tuple[float, float] | None:
        """Top and bottom (document pixels) of what the draft block ``ref`` printed."""
        name = anchor_name(ref)
        document = self.document()
        layout = document.documentLayout()
        top: float | None = None
        bottom = 0.0
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                if name in iterator.fragment().charFormat().anchorNames():
                    rect = layout.blockBoundingRect(block)
                    top = rect.top() if top is None else min(top, rect.top())
                    bottom = max(bottom, rect.bottom())
                    break
                iterator += 1
            block = block.next()
        return None if top is None else (top, bottom)

    def reveal(self, ref: str) -> bool:
        """Scroll so the block ``ref`` (``body.3``) is in view; untouched when it already is.

        False when the preview does not show that block (empty, or a template without
        ``ref``)."""
        span = self.block_span(ref)
        if span is None:
            return False
        top, bottom = span
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        if top >= bar.value() and bottom <= bar.value() + height:
            return True
        bar.setValue(int(top) - min(height // 5, 60))  # a line of context above it
        return True
