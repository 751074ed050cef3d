"""The per-keystroke soak: many signal emissions and live-preview renders in one process.

Shared by ``tests/ui/test_soak.py`` (which asserts the interpreter survives and memory stays
flat) and ``bench/soak_bench.py`` (which prints the figures). It drives the real preview
path: ``PreviewRenderer`` renders in its worker thread, the result crosses to the UI thread
through a queued signal, and ``PreviewPane`` replaces its document, as typing does.
"""

from __future__ import annotations

import gc
import sys
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal

from app.release.model import Paragraph, Release
from bench.common import rss_mib
from ui.preview import PreviewPane, PreviewRenderer, RenderResult


class _Emitter(QObject):
    """Signals of the shapes the editor emits: text, flags, objects."""

    text_changed = Signal(str)
    toggled = Signal(bool)
    payload = Signal(object)


@dataclass
class SoakFigures:
    emissions: int = 0
    renders: int = 0
    emit_seconds: float = 0.0
    render_seconds: float = 0.0
    true_refcount_drift: int = 0
    rss_start_mib: float = 0.0
    rss_warm_mib: float = 0.0
    rss_end_mib: float = 0.0
    rss_samples: list[float] = field(default_factory=list)

    @property
    def growth_after_warmup_mib(self) -> float:
        return self.rss_end_mib - self.rss_warm_mib


def emit_signals(count: int) -> tuple[float, int]:
    """Emit ``count`` Python signals (a third each of str, bool, object); return the seconds
    taken and how far the reference count of ``True`` drifted (0 on a sound binding)."""
    emitter = _Emitter()
    received = [0]

    def on_any(_value: object) -> None:
        received[0] += 1

    emitter.text_changed.connect(on_any)
    emitter.toggled.connect(on_any)
    emitter.payload.connect(on_any)
    before = sys.getrefcount(True)
    started = time.perf_counter()
    for index in range(count):
        kind = index % 3
        if kind == 0:
            emitter.text_changed.emit("ketik")
        elif kind == 1:
            emitter.toggled.emit(index % 2 == 0)
        else:
            emitter.payload.emit({"blok": index})
    seconds = time.perf_counter() - started
    drift = sys.getrefcount(True) - before
    if received[0] != count:
        raise AssertionError(f"{received[0]} of {count} emissions arrived")
    return seconds, drift


def render_many(release: Release, count: int, warmup: int,
                figures: SoakFigures, sample_every: int = 250) -> None:
    """``count`` preview renders through the real renderer and pane, one edit each."""
    renderer = PreviewRenderer()
    pane = PreviewPane()
    shown: list[RenderResult] = []
    renderer.rendered.connect(lambda result: (pane.show_result(result), shown.append(result)))
    first = release.body[0]
    assert isinstance(first, Paragraph)
    base_text = first.text
    started = time.perf_counter()
    try:
        for index in range(count):
            first.text = f"{base_text} {index}"     # one keystroke's worth of change
            generation = renderer.request(release)
            while not shown or shown[-1].generation < generation:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if shown[-1].error:
                raise AssertionError(f"render {index} failed: {shown[-1].error}")
            shown.clear()
            figures.renders += 1
            if index + 1 == warmup:
                gc.collect()
                figures.rss_warm_mib = rss_mib()
            if (index + 1) % sample_every == 0:
                figures.rss_samples.append(rss_mib())
    finally:
        first.text = base_text
        renderer.shutdown()
        pane.deleteLater()
        QCoreApplication.sendPostedEvents()
    figures.render_seconds = time.perf_counter() - started


def soak(release: Release, emissions: int = 20_000, renders: int = 5_000,
         warmup: int = 500) -> SoakFigures:
    """The whole soak in the calling process (a QApplication must exist)."""
    figures = SoakFigures(emissions=emissions, rss_start_mib=rss_mib())
    figures.emit_seconds, figures.true_refcount_drift = emit_signals(emissions)
    render_many(release, renders, min(warmup, renders), figures)
    gc.collect()
    figures.rss_end_mib = rss_mib()
    return figures
