"""Export speed, measured two ways that are never mixed:

1. Whole process beside whole process — what a user waits for at the terminal. Every
   figure is a fresh process: ``rilis render DRAFT -f docx|html`` beside ``pandoc`` and
   ``soffice --headless --convert-to docx`` turning the HTML Rilis exported for the same
   release into DOCX. Commands run round-robin (one of each, then again) so that the load
   of the machine falls on all of them alike; the figure is the median. Before timing,
   each command runs once untimed: Python's bytecode, the OS file cache and Rilis's user
   cache (compiled templates, prepared photos, the styled empty DOCX) are warm, as on
   every run but the first. The first run (empty Rilis cache) is shown on its own row.
2. In-process, Rilis alone: render and each format for the sample and for 300, 1,000 and
   10,000 words, in a warm process (what the desktop app and a batch pay per release).
   No peer here: pandoc and LibreOffice have no in-process figure to set beside it.

Targets (issue 14.2): ``rilis render`` of the sample within 2.5× pandoc, ``rilis --version``
within 60 ms. Issues 2 and 7 (in-process): the sample under 50 ms per export; 1,000 words
under 20 ms to DOCX and 5 ms to HTML.

Run: ``make bench`` or ``.venv/bin/python bench/export_bench.py``.
"""

from __future__ import annotations

import copy
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.base.paths import sample_draft  # noqa: E402
from app.release.draftfile import load_draft, save_draft  # noqa: E402
from app.release.model import Photo, Release  # noqa: E402
from app.render.export import export_bytes  # noqa: E402
from app.render.templating import render_document  # noqa: E402
from bench.common import median_ms, print_table, save  # noqa: E402
from bench.releases import release_of  # noqa: E402

SIZES = (300, 1000, 10_000)
PROCESS_RUNS = 9
"""Timed fresh processes per command (after one untimed warm-up run)."""
PANDOC_RATIO = 2.5
VERSION_MS = 60.0
IN_PROCESS_TARGETS = {("sampel", "docx"): 50.0, ("sampel", "html"): 50.0,
                      ("sampel", "txt"): 50.0, (1000, "docx"): 20.0, (1000, "html"): 5.0}


def rilis_command() -> list[str]:
    """The installed ``rilis`` script of this checkout's venv (what ``make`` installs)."""
    script = ROOT / ".venv" / "bin" / "rilis"
    if script.exists():
        return [str(script)]
    found = shutil.which("rilis")
    return [found] if found else [sys.executable, "-m", "app.cli"]


def child_env(cache: Path) -> dict[str, str]:
    """The user's environment for a child, with Rilis's cache in ``cache``. Bytecode writing
    is allowed (an installed Rilis has its .pyc files; a sandbox may have turned it off)."""
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def process_medians(commands: dict[str, list[str]], env: dict[str, str],
                    runs: int = PROCESS_RUNS) -> dict[str, float]:
    """Median wall time (ms) of each command as a fresh process, run round-robin."""
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # untimed warm-up
        subprocess.run(command, check=True, capture_output=True, env=env)
    for _ in range(runs):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env)
            samples[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(values) for name, values in samples.items()}


def first_run_ms(command: list[str], base: Path, runs: int = 5) -> float:
    """Median of ``command`` with an empty Rilis cache each time (first run after install
    or after a template changed)."""
    samples = []
    for index in range(runs):
        env = child_env(base / f"kosong-{index}")
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def without_photos(release: Release) -> Release:
    """The release as text only: pandoc's time on the sample is mostly its photos."""
    bare = copy.deepcopy(release)
    bare.body = [block for block in bare.body if not isinstance(block, Photo)]
    bare.emblem = ""
    return bare


def whole_process(base: Path, cases: list[tuple[str, Release]]) -> tuple[
        list[list[str]], dict[str, dict[str, float | None]]]:
    rilis = rilis_command()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pandoc = shutil.which("pandoc")
    env = child_env(base / "cache")
    rows: list[list[str]] = []
    record: dict[str, dict[str, float | None]] = {}
    for label, release in cases:
        folder = base / label
        folder.mkdir()
        draft = folder / "rilis.rilis"
        save_draft(copy.deepcopy(release), draft)
        html = folder / "sumber.html"
        html.write_bytes(export_bytes(load_draft(draft), "html"))
        commands = {
            "rilis docx": [*rilis, "render", str(draft), "-f", "docx", "-o",
                           str(folder / "rilis.docx"), "-q"],
            "rilis html": [*rilis, "render", str(draft), "-f", "html", "-o",
                           str(folder / "rilis.html"), "-q"],
        }
        if pandoc:
            commands["pandoc"] = [pandoc, str(html), "-o", str(folder / "pandoc.docx")]
        if label == "sampel":  # timed in the same rounds as the sample's renders
            commands["version"] = [*rilis, "--version"]
        if soffice:
            commands["libreoffice"] = [
                soffice, "--headless", f"-env:UserInstallation=file://{base}/lo-profil",
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(folder / "lo"),
                str(html)]
        figures: dict[str, float | None] = dict(process_medians(commands, env))
        figures["rilis docx, cache kosong"] = first_run_ms(commands["rilis docx"], folder)
        version = figures.pop("version", None)
        if version is not None:
            record["version"] = {"rilis_ms": version}
            met = "ok" if version <= VERSION_MS else "TIDAK TERCAPAI"
            rows.append(["rilis --version", "", f"{version:.0f}", "",
                         f"≤ {VERSION_MS:.0f} ms: {met}"])
        record[label] = figures
        peer = figures.get("pandoc")
        for name in ("rilis docx", "rilis html", "rilis docx, cache kosong", "pandoc",
                     "libreoffice"):
            value = figures.get(name)
            if value is None:
                continue
            ratio = f"{value / peer:.2f}×" if peer else "-"
            target = ""
            if label.startswith("sampel") and name in ("rilis docx", "rilis html") and peer:
                within = value <= PANDOC_RATIO * peer
                target = f"≤ {PANDOC_RATIO}× pandoc: {'ok' if within else 'TIDAK TERCAPAI'}"
            command = {"rilis docx": "rilis render -f docx", "rilis html": "rilis render -f html",
                       "rilis docx, cache kosong": "rilis render -f docx (cache kosong)",
                       "pandoc": "pandoc HTML → DOCX",
                       "libreoffice": "soffice --convert-to docx (HTML)"}[name]
            rows.append([command, label, f"{value:.0f}", ratio, target])
    return rows, record


def in_process(cases: list[tuple[str, Release]]) -> tuple[list[list[str]],
                                                           dict[str, dict[str, float]]]:
    rows = []
    record: dict[str, dict[str, float]] = {}
    for label, release in cases:
        words = len(export_bytes(release, "txt").decode("utf-8").split())
        repeat = 7 if label == "10000 kata" else 25
        figures = {"words": float(words),
                   "render": median_ms(lambda r=release: render_document(r), repeat)}  # type: ignore[misc]
        for fmt in ("html", "docx", "txt"):
            figures[fmt] = median_ms(lambda r=release, f=fmt: export_bytes(r, f),  # type: ignore[misc]
                                     repeat)
        record[label] = figures
        key: object = int(label.split()[0]) if label[0].isdigit() else label
        rows.append([f"{label} ({words} kata)", "render (templat → dokumen)",
                     f"{figures['render']:.2f}", ""])
        for fmt in ("html", "docx", "txt"):
            target = IN_PROCESS_TARGETS.get((key, fmt))
            verdict = ""
            if target is not None:
                verdict = f"< {target:.0f} ms: " + ("ok" if figures[fmt] < target
                                                    else "TIDAK TERCAPAI")
            rows.append(["", f"ekspor {fmt} (render + tulis)", f"{figures[fmt]:.2f}", verdict])
    return rows, record


def main() -> int:
    sample = load_draft(sample_draft())
    cases = [("sampel", sample), ("sampel tanpa foto", without_photos(sample))]
    cases += [(f"{size} kata", release_of(size)) for size in SIZES]
    with tempfile.TemporaryDirectory(prefix="rilis-export-bench-") as name:
        process_rows, process_record = whole_process(Path(name), cases)
    print(f"1. Seluruh proses, proses baru tiap kali (median {PROCESS_RUNS} kali, bergiliran; "
          "cache Rilis dan .pyc hangat kecuali baris 'cache kosong', median 5 kali).")
    print("   Pembanding mengubah HTML yang diekspor Rilis untuk rilis yang sama ke DOCX; "
          "rasio = waktu / waktu pandoc pada baris yang sama.")
    print_table(["perintah", "rilis", "ms", "× pandoc", "target"], process_rows)
    in_rows, in_record = in_process([(label, release) for label, release in cases
                                     if label != "sampel tanpa foto"])
    print("\n2. Di dalam proses, Rilis saja (proses hangat, median 25 kali; 10.000 kata 7 kali). "
          "Tanpa pembanding.")
    print_table(["rilis", "langkah", "ms", "target"], in_rows)
    sample_figures = process_record["sampel"]
    pandoc = sample_figures.get("pandoc")
    checks = {
        "sample_docx_vs_pandoc": ((sample_figures["rilis docx"] or 0.0) / pandoc
                                  if pandoc else None),
        "sample_html_vs_pandoc": ((sample_figures["rilis html"] or 0.0) / pandoc
                                  if pandoc else None),
    }
    print("\nTarget butir 14.2:")
    version = process_record["version"]["rilis_ms"] or 0.0
    print(f"  rilis --version {version:.0f} ms (≤ {VERSION_MS:.0f} ms): "
          f"{'tercapai' if version <= VERSION_MS else 'TIDAK TERCAPAI'}")
    for fmt in ("docx", "html"):
        ratio = checks[f"sample_{fmt}_vs_pandoc"]
        if ratio is None:
            print(f"  rilis render sampel -f {fmt}: pandoc tidak terpasang, tidak dinilai")
            continue
        print(f"  rilis render sampel -f {fmt}: {ratio:.2f}× pandoc (≤ {PANDOC_RATIO}×): "
              f"{'tercapai' if ratio <= PANDOC_RATIO else 'TIDAK TERCAPAI'}")
    bare = process_record["sampel tanpa foto"]
    if bare.get("pandoc"):
        ratio = (bare["rilis docx"] or 0.0) / (bare["pandoc"] or 1.0)
        print(f"  (sampel tanpa foto, di mana pandoc tidak sibuk dengan foto: -f docx "
              f"{ratio:.2f}× pandoc: {'tercapai' if ratio <= PANDOC_RATIO else 'TIDAK TERCAPAI'})")
    path = save("export", {"whole_process_ms": process_record, "in_process_ms": in_record,
                           "process_runs": PROCESS_RUNS, "pandoc_ratios": checks,
                           "targets": {"pandoc_ratio": PANDOC_RATIO, "version_ms": VERSION_MS}})
    print(f"\nHasil JSON: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
