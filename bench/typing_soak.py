"""Soak of the real window while an officer types for a long time: thousands of keystrokes
into the paragraphs of a 1,000-word release, with corrections, pauses and paragraph
switches, the *Periksa* panel open, so that everything that runs per key runs — the model
update, the live preview, the field's spell check and highlighter, the panel's check of the
whole release.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/typing_soak.py [--keys N]``.
Prints resident memory sampled every 1,000 keys beside two baselines: the same process
after warm-up (the first 1,000 keys), and a fresh process that opens the release as it
stands at the end and types the same 1,000 warm-up keys — like with like, since the text
(and with it the preview and the findings) has grown by everything typed. What the long
session holds beyond the fresh one is what typing accumulated: undo history, caches, or a
leak. Also printed: the time a key press takes on the UI thread (median, p99), how many
previews and checks ran, and whether every typed word is in the release at the end.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.release.draftfile import load_draft, save_draft
from app.release.model import Paragraph
from bench.common import print_table, rss_mib, save
from bench.gui_bench import opened_window, percentile, thousand_word_release

logger = logging.getLogger(__name__)

WORDS = (
    "petugas", "gabungan", "melaksanakan", "patroli", "dialogis", "di", "sekitar", "pasar",
    "desa", "pada", "malam", "hari", "sambil", "mengimbau", "warga", "agar", "menjaga",
    "keamanan", "lingkungan", "masing-masing", "kegiatan", "berlangsung", "tertib", "dan",
    "lancar", "hingga", "selesai", "personel", "juga", "membagikan", "brosur", "kepada",
    "pedagang", "serta", "pengendara", "yang", "melintas", "di", "jalan", "raya", "kabupaten",
)
SLIPS = ("pengamana", "kepolisan", "himbauan", "diwilayah", "aktifitas")
"""Words an officer mistypes: the checker has findings to show while the soak runs."""
KEYS_PER_SAMPLE = 1000
PAUSE_EVERY = 40
"""An officer stops every few words: the debounced preview and field check run then."""
LONG_PAUSE_EVERY = 200
"""…and at the end of a sentence for longer: past the *Periksa* panel's refresh delay and
past ``ui.undo.MERGE_SECONDS``, so each sentence is an undo step of its own, as it is for
an officer."""
LONG_PAUSE_MS = 2200
SWITCH_EVERY = 1500


def typed_words(count: int) -> list[str]:
    """``count`` words to type, with a slip every ninth word."""
    return [SLIPS[i // 9 % len(SLIPS)] if i % 9 == 8 else WORDS[i % len(WORDS)]
            for i in range(count)]


def wait(milliseconds: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def soak(keys: int, folder: Path, start: Path | None = None) -> dict[str, Any]:
    """Type ``keys`` keys into the release of ``start`` (the 1,000-word release if None);
    the release as it stands at the end is saved as ``folder/typed.rilis``."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    release = thousand_word_release() if start is None else load_draft(start)
    window = opened_window(release, folder)
    window.toggle_check_panel()
    counts = {"field": 0, "release": 0, "preview": 0}
    window.checks.fieldChecked.connect(lambda _r: counts.__setitem__("field", counts["field"] + 1))
    window.checks.releaseChecked.connect(
        lambda _r: counts.__setitem__("release", counts["release"] + 1))
    window.previewShown.connect(lambda _g: counts.__setitem__("preview", counts["preview"] + 1))
    window.tabs.setCurrentWidget(window.body_form)
    paragraphs = [i for i, part in enumerate(release.body) if isinstance(part, Paragraph)]
    editor = window.body_form.paragraph
    words = typed_words(keys // 4 + 10)
    stream = "".join(word + " " for word in words)
    handled: list[float] = []
    samples: list[float] = []
    typed_into: dict[int, str] = {}
    current = -1
    position = 0
    for key_index in range(keys):
        if key_index % SWITCH_EVERY == 0:
            current = paragraphs[(key_index // SWITCH_EVERY) % len(paragraphs)]
            window.body_form.list.select(current)
            editor.setFocus()
            editor.moveCursor(editor.textCursor().MoveOperation.End)
            typed_into.setdefault(current, "")
        started = time.perf_counter()
        if key_index % 97 == 96:             # a slip noticed: erase the last letter
            QTest.keyClick(editor, Qt.Key.Key_Backspace)
            typed_into[current] = typed_into[current][:-1]
        else:
            char = stream[position % len(stream)]
            position += 1
            QTest.keyClicks(editor, char)
            typed_into[current] += char
        handled.append(time.perf_counter() - started)
        if key_index % LONG_PAUSE_EVERY == LONG_PAUSE_EVERY - 1:
            wait(LONG_PAUSE_MS)
        elif key_index % PAUSE_EVERY == PAUSE_EVERY - 1:
            wait(350)
        if key_index % KEYS_PER_SAMPLE == KEYS_PER_SAMPLE - 1:
            samples.append(rss_mib())
            logger.info("%d keys, %.1f MiB", key_index + 1, samples[-1])
    wait(1000)
    lost = [index for index, text in typed_into.items()
            if text.split()[-3:] and " ".join(text.split()[-3:])
            not in getattr(window.release.body[index], "text", "")]
    save_draft(window.release, folder / "typed.rilis")
    window.undo_stack.setClean()
    window.recovery.discard()
    window.renderer.shutdown()
    window.checks.shutdown()
    baseline = samples[0]
    return {
        "keys": keys, "words": len(stream[:position].split()),
        "key_ms_median": 1e3 * statistics.median(handled),
        "key_ms_p99": 1e3 * percentile(handled, 0.99),
        "previews_shown": counts["preview"], "field_checks": counts["field"],
        "release_checks": counts["release"],
        "rss_after_warmup_mib": round(baseline, 1), "rss_end_mib": round(samples[-1], 1),
        "rss_max_mib": round(max(samples), 1),
        "growth_after_warmup_mib": round(samples[-1] - baseline, 1),
        "rss_samples_mib": [round(sample, 1) for sample in samples],
        "paragraphs_with_lost_typing": lost,
        "undo_steps": window.undo_stack.count(),
    }


def fresh_process(draft: Path) -> dict[str, Any]:
    """The warm-up alone, in a new process, on the release the long soak ended with."""
    result = subprocess.run(
        [sys.executable, __file__, "--keys", str(KEYS_PER_SAMPLE), "--start", str(draft),
         "--json"], capture_output=True, text=True, check=True, timeout=1800)
    record: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=12_000)
    parser.add_argument("--start", type=Path, help="type into this draft (default: a "
                        "1,000-word release)")
    parser.add_argument("--json", action="store_true", help="one JSON line, no peer")
    args = parser.parse_args(argv)
    if args.keys < KEYS_PER_SAMPLE:
        parser.error(f"--keys must be at least {KEYS_PER_SAMPLE}")
    logging.basicConfig(level=logging.WARNING if args.json else logging.INFO,
                        format="%(message)s")
    with tempfile.TemporaryDirectory(prefix="rilis-typing-soak-") as name:
        record = soak(args.keys, Path(name), args.start)
        if args.json:
            print(json.dumps(record))
            return 0
        fresh = fresh_process(Path(name) / "typed.rilis")
    record["fresh_process_rss_mib"] = fresh["rss_end_mib"]
    record["held_beyond_fresh_mib"] = round(record["rss_end_mib"] - fresh["rss_end_mib"], 1)
    print(f"Typing soak: {record['keys']:,} keystrokes ({record['words']:,} words) into the "
          "paragraphs of a 1,000-word release in the real window, Periksa panel open; "
          "baselines: the same process after the first 1,000 keys, and a fresh process on the "
          "final release after the same warm-up")
    print_table(["measure", "value"], [
        ["key press on the UI thread (median / p99)",
         f"{record['key_ms_median']:.2f} ms / {record['key_ms_p99']:.2f} ms"],
        ["previews shown / field checks / whole-release checks",
         f"{record['previews_shown']} / {record['field_checks']} / {record['release_checks']}"],
        ["memory after warm-up (baseline)", f"{record['rss_after_warmup_mib']} MiB"],
        ["memory at the end / highest sample",
         f"{record['rss_end_mib']} MiB / {record['rss_max_mib']} MiB"],
        ["growth after warm-up", f"{record['growth_after_warmup_mib']} MiB"],
        ["fresh process, same final release, after the same warm-up",
         f"{record['fresh_process_rss_mib']} MiB"],
        ["held by the long session beyond the fresh one",
         f"{record['held_beyond_fresh_mib']} MiB ({record['undo_steps']} undo steps)"],
        ["every typed word in the release", "yes" if not record["paragraphs_with_lost_typing"]
         else f"NO: paragraphs {record['paragraphs_with_lost_typing']}"],
    ])
    print("memory every 1,000 keys (MiB): " + ", ".join(map(str, record["rss_samples_mib"])))
    print(f"saved {save('typing_soak', record)}")
    return 0 if not record["paragraphs_with_lost_typing"] else 1


if __name__ == "__main__":
    sys.exit(main())
