"""Batch export: the same 500 different releases turned into 500 DOCX files, by Rilis and by
LibreOffice, whole processes, start-up included.

* Rilis: ``rilis render`` of the 500 drafts to DOCX in one command — on all cores (the
  default) and with ``-j 1`` (one process, like LibreOffice).
* LibreOffice: ``soffice --headless --convert-to docx`` of the 500 HTML files Rilis
  exported from those same drafts, one process after another, ``LO_CHUNK`` files each
  (LibreOffice 7 given all 500 on one command line stops without error after about 250).
  LibreOffice cannot read a draft, so it gets the nearest thing; making the HTML is not
  counted against it. The files each side wrote are counted and printed.

The 500 drafts differ in title and in length (300 to about 1,200 words, with the sample's
photo), so neither side converts one file over and over. Each figure is the median of
``RUNS`` runs into a fresh output folder, after one untimed run of each side (Rilis's user
cache, LibreOffice's profile).
Target (issue 7): the 500 drafts in under 12 s.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.release.draftfile import save_draft  # noqa: E402
from app.render.export import export_bytes  # noqa: E402
from bench.common import print_table, save  # noqa: E402
from bench.export_bench import child_env, rilis_command  # noqa: E402
from bench.releases import release_of  # noqa: E402

COUNT = 500
RUNS = 3
LO_CHUNK = 100
TARGET_S = 12.0


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def make_releases(base: Path) -> tuple[list[str], list[str]]:
    """500 different drafts and, for LibreOffice, the HTML Rilis exports from each."""
    drafts_dir, html_dir = base / "draf", base / "html"
    drafts_dir.mkdir()
    html_dir.mkdir()
    drafts, pages = [], []
    for number in range(COUNT):
        release = release_of(300 + (number * 37) % 900)
        release.title = f"{release.title} (rilis nomor {number + 1})"
        path = drafts_dir / f"rilis-{number:03d}.rilis"
        save_draft(release, path)
        drafts.append(str(path))
        page = html_dir / f"rilis-{number:03d}.html"
        page.write_bytes(export_bytes(release, "html"))
        pages.append(str(page))
    return drafts, pages


def main() -> int:
    rilis = rilis_command()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory(prefix="rilis-batch-bench-") as folder:
        base = Path(folder)
        env = child_env(base / "cache")
        drafts, pages = make_releases(base)

        def rilis_run(tag: str, *extra: str) -> list[str]:
            return [*rilis, "render", *drafts, "-f", "docx", "-o", str(base / tag), "-q",
                    *extra]

        subprocess.run(rilis_run("pemanasan"), check=True, capture_output=True, env=env)
        lo_profile = f"-env:UserInstallation=file://{base}/lo"
        if soffice:  # the first start creates LibreOffice's profile: not timed
            subprocess.run([soffice, "--headless", lo_profile, "--convert-to", "docx",
                            "--outdir", str(base / "lo-pemanasan"), pages[0]],
                           check=True, capture_output=True, env=env)
        ours, single, office = [], [], []
        written = 0
        for run in range(RUNS):
            ours.append(_timed(rilis_run(f"semua-{run}"), env))
            single.append(_timed(rilis_run(f"satu-{run}", "-j", "1"), env))
            written = len(list((base / f"semua-{run}").glob("*.docx")))
            if soffice:
                office.append(sum(_timed(
                    [soffice, "--headless", lo_profile, "--convert-to",
                     "docx:MS Word 2007 XML", "--outdir", str(base / f"lo-{run}"),
                     *pages[start:start + LO_CHUNK]], env)
                    for start in range(0, COUNT, LO_CHUNK)))
        office_written = len(list((base / f"lo-{RUNS - 1}").glob("*.docx"))) if soffice else 0
    ours_s, single_s = statistics.median(ours), statistics.median(single)
    office_s = statistics.median(office) if office else None
    verdict = "ok" if ours_s < TARGET_S else "TIDAK TERCAPAI"
    rows = [["rilis render, draf → DOCX (semua inti)", f"{ours_s:.2f}", f"{COUNT / ours_s:.0f}",
             f"< {TARGET_S:.0f} s: {verdict}"],
            ["rilis render -j 1, draf → DOCX (satu proses)", f"{single_s:.2f}",
             f"{COUNT / single_s:.0f}", ""]]
    if office_s:
        rows.append([f"LibreOffice headless, HTML yang sama → DOCX ({LO_CHUNK} per proses)",
                     f"{office_s:.2f}", f"{COUNT / office_s:.0f}",
                     f"Rilis -j 1 {office_s / single_s:.1f}× lebih cepat, semua inti "
                     f"{office_s / ours_s:.1f}×"])
    print(f"{COUNT} rilis berbeda → {COUNT} DOCX (Rilis menulis {written}, LibreOffice "
          f"{office_written}); median {RUNS} kali, waktu total termasuk start-up")
    print_table(["cara", "detik", "rilis/detik", "catatan"], rows)
    record = {"count": COUNT, "runs": RUNS, "rilis_s": ours, "rilis_j1_s": single,
              "libreoffice_s": office, "rilis_median_s": ours_s,
              "rilis_j1_median_s": single_s, "libreoffice_median_s": office_s,
              "target_s": TARGET_S, "target_met": ours_s < TARGET_S}
    print(f"\nHasil JSON: {save('batch', record)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
