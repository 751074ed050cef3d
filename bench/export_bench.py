"""Render and export time per format for releases of 300, 1,000 and 10,000 words (and the
two-page sample), beside pandoc and LibreOffice doing the same conversion in the same run.

Run: ``make bench`` or ``.venv/bin/python bench/export_bench.py``. Each figure is the
median of repeated runs. The peers turn the same HTML into DOCX (pandoc, and LibreOffice
headless); Rilis renders the draft and writes each format in-process.
Targets (issues 2 and 7): the sample under 50 ms per export; 1,000 words under 20 ms to
DOCX and 5 ms to HTML.
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
from bench.common import median_ms, print_table, save
from bench.releases import release_of

SIZES = (300, 1000, 10_000)
TARGETS = {("sampel", "docx"): 50.0, ("sampel", "html"): 50.0, ("sampel", "txt"): 50.0,
           (1000, "docx"): 20.0, (1000, "html"): 5.0}


def _peer(command: list[str], repeat: int) -> float | None:
    if shutil.which(command[0]) is None:
        return None
    return median_ms(lambda: subprocess.run(command, check=True, capture_output=True), repeat,
                     warmup=1)


def main() -> int:
    cases: list[tuple[object, object]] = [("sampel", load_draft(sample_draft()))]
    cases += [(size, release_of(size)) for size in SIZES]
    rows = []
    record: dict[str, dict[str, float | None]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for label, release in cases:
            words = len(export_bytes(release, "txt").decode("utf-8").split())  # type: ignore[arg-type]
            repeat = 7 if label == 10_000 else 25
            figures: dict[str, float | None] = {
                "render": median_ms(lambda r=release: render_document(r), repeat)}  # type: ignore[misc]
            for fmt in ("html", "docx", "txt"):
                figures[fmt] = median_ms(lambda r=release, f=fmt: export_bytes(r, f),  # type: ignore[misc]
                                         repeat)
            source = Path(folder) / f"rilis-{label}.html"
            source.write_bytes(export_bytes(release, "html"))  # type: ignore[arg-type]
            figures["pandoc"] = _peer(["pandoc", str(source), "-o",
                                       str(source.with_suffix(".docx"))], 5)
            figures["libreoffice"] = _peer(
                ["soffice", "--headless", f"-env:UserInstallation=file://{folder}/lo",
                 "--convert-to", "docx:MS Word 2007 XML", "--outdir", f"{folder}/lo-out",
                 str(source)], 3)
            record[str(label)] = {"words": float(words), **figures}
            for fmt in ("html", "docx", "txt"):
                value = figures[fmt] or 0.0
                target = TARGETS.get((label, fmt))
                verdict = "" if target is None else ("ok" if value < target else "LAMBAT")
                pandoc = figures["pandoc"]
                office = figures["libreoffice"]
                rows.append([f"{label} ({words} kata)", fmt, f"{value:.2f}",
                             f"{pandoc:.0f} ({pandoc / value:.0f}×)" if pandoc else "-",
                             f"{office:.0f} ({office / value:.0f}×)" if office else "-",
                             f"< {target:.0f}: {verdict}" if target else ""])
    print("Ekspor di dalam proses (median, ms); pembanding: HTML yang sama → DOCX")
    print_table(["rilis", "format", "Rilis ms", "pandoc ms (rasio)", "LibreOffice ms (rasio)",
                 "target"], rows)
    path = save("export", record)
    print(f"\nHasil JSON: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
