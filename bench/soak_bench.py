"""Soak of what runs per keystroke: 20,000 signal emissions and 5,000 live-preview renders
of a 1,000-word release in one process, with resident memory sampled along the way.

Run: ``.venv/bin/python -m bench.soak_bench`` (``--json`` prints one JSON line, which
``tests/ui/test_soak.py`` reads; the test runs this in a child process so that a binding
that aborts the interpreter fails the test instead of killing the test run).
The baseline is the same process after warm-up: memory growth is measured against it.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import print_table, save  # noqa: E402

logger = logging.getLogger(__name__)


def run(emissions: int, renders: int, warmup: int, words: int) -> dict[str, Any]:
    import PySide6
    from PySide6.QtWidgets import QApplication

    from bench.releases import release_of
    from bench.soak_workload import soak

    app = QApplication.instance() or QApplication([])
    figures = soak(release_of(words), emissions, renders, warmup)
    del app
    return {
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "words": words,
        "emissions": figures.emissions,
        "renders": figures.renders,
        "emit_us_each": 1e6 * figures.emit_seconds / max(1, figures.emissions),
        "render_ms_each": 1e3 * figures.render_seconds / max(1, figures.renders),
        "true_refcount_drift": figures.true_refcount_drift,
        "rss_start_mib": round(figures.rss_start_mib, 1),
        "rss_after_warmup_mib": round(figures.rss_warm_mib, 1),
        "rss_end_mib": round(figures.rss_end_mib, 1),
        "growth_after_warmup_mib": round(figures.growth_after_warmup_mib, 1),
        "rss_samples_mib": [round(sample, 1) for sample in figures.rss_samples],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emissions", type=int, default=20_000)
    parser.add_argument("--renders", type=int, default=5_000)
    parser.add_argument("--warmup", type=int, default=500)
    parser.add_argument("--words", type=int, default=1_000)
    parser.add_argument("--json", action="store_true", help="one JSON line on stdout")
    args = parser.parse_args(argv)
    result = run(args.emissions, args.renders, args.warmup, args.words)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"Soak, one process: Python {result['python']}, PySide6 {result['pyside6']}, "
          f"release of {result['words']} words")
    print_table(["figure", "value"], [
        ["signal emissions", str(result["emissions"])],
        ["µs per emission", f"{result['emit_us_each']:.2f}"],
        ["refcount drift of True", str(result["true_refcount_drift"])],
        ["preview renders (worker → signal → pane)", str(result["renders"])],
        ["ms per render (mean over the run)", f"{result['render_ms_each']:.1f}"],
        ["RSS at start (MiB)", str(result["rss_start_mib"])],
        ["RSS after warm-up, the baseline (MiB)", str(result["rss_after_warmup_mib"])],
        ["RSS at end (MiB)", str(result["rss_end_mib"])],
        ["growth after warm-up (MiB)", str(result["growth_after_warmup_mib"])],
    ])
    print("RSS samples every 250 renders:", result["rss_samples_mib"])
    print("results:", save("soak", result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
