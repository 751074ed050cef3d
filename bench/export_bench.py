"""Render and export time of the sample release per format, beside pandoc.

Run: ``make bench`` or ``.venv/bin/python bench/export_bench.py``. Each figure is the
median of repeated runs; pandoc converts the same HTML file to DOCX in the same run, so
the ratio holds on any machine. Target (issue 2): each export of a two-page release
under 50 ms.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.draftfile import load_draft
from app.export import export_bytes
from app.paths import sample_draft
from app.templating import render_document
from app.writers import WRITERS
from bench.common import median_ms, print_table, save

REPEAT = 30
TARGET_MS = 50.0


def main() -> int:
    release = load_draft(sample_draft())
    words = len(export_bytes(release, "txt").decode("utf-8").split())
    results: dict[str, float] = {}
    results["render (templat → dokumen)"] = median_ms(lambda: render_document(release), REPEAT)
    document = render_document(release)
    for fmt, writer in WRITERS.items():
        results[f"tulis {fmt}"] = median_ms(
            lambda w=writer: w(document, release), REPEAT)  # type: ignore[misc]
        results[f"ekspor {fmt} (render + tulis)"] = median_ms(
            lambda f=fmt: export_bytes(release, f), REPEAT)  # type: ignore[misc]
    pandoc = shutil.which("pandoc")
    pandoc_ms = None
    if pandoc:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "rilis.html"
            source.write_bytes(export_bytes(release, "html"))
            target = Path(folder) / "rilis.docx"
            pandoc_ms = median_ms(lambda: subprocess.run(
                [pandoc, str(source), "-o", str(target)], check=True), 7)
    rows = []
    for name, value in results.items():
        ratio = f"{pandoc_ms / value:.1f}× lebih cepat" if pandoc_ms and name.startswith(
            "ekspor") else ""
        verdict = ("ok" if value < TARGET_MS else "LAMBAT") if name.startswith("ekspor") else ""
        rows.append([name, f"{value:.2f}", ratio, verdict])
    if pandoc_ms is not None:
        rows.append(["pandoc HTML → DOCX (pembanding)", f"{pandoc_ms:.2f}", "1.0×", ""])
    else:
        rows.append(["pandoc HTML → DOCX (pembanding)", "tidak terpasang", "", ""])
    print(f"Contoh rilis: {sample_draft().name}, {words} kata; median {REPEAT} kali (ms)")
    print_table(["langkah", "ms", "dibanding pandoc", f"target < {TARGET_MS:.0f} ms"], rows)
    path = save("export", {"words": words, "median_ms": results, "pandoc_ms": pandoc_ms})
    print(f"\nHasil JSON: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
