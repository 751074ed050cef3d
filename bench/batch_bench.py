"""Batch export: 500 drafts to DOCX through ``rilis render`` (start-up included), beside
LibreOffice headless converting the same 500 releases (as HTML) to DOCX in one run.

Target (issue 7): the 500 drafts in under 12 s.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.draftfile import load_draft, save_draft  # noqa: E402
from app.export import export_bytes  # noqa: E402
from app.paths import sample_draft  # noqa: E402
from bench.common import print_table, save  # noqa: E402

COUNT = 500
TARGET_S = 12.0


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    release = load_draft(sample_draft())
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        drafts_dir, html_dir = base / "draf", base / "html"
        drafts_dir.mkdir()
        html_dir.mkdir()
        for asset in sample_draft().parent.glob("*.*g"):
            shutil.copy(asset, drafts_dir)
        drafts = []
        html = export_bytes(release, "html")
        for number in range(COUNT):
            release.title = f"Rilis nomor {number}"
            path = drafts_dir / f"rilis-{number:03d}.rilis"
            save_draft(release, path)
            drafts.append(str(path))
            (html_dir / f"rilis-{number:03d}.html").write_bytes(html)
        rilis = str(ROOT / ".venv" / "bin" / "rilis")
        if not Path(rilis).exists():
            rilis = shutil.which("rilis") or "rilis"
        ours = _timed([rilis, "render", *drafts, "-f", "docx", "-o", str(base / "keluar"),
                       "-q"])
        single = _timed([rilis, "render", *drafts, "-f", "docx", "-o", str(base / "satu"),
                         "-q", "-j", "1"])
        office = None
        if shutil.which("soffice"):
            office = _timed(["soffice", "--headless", f"-env:UserInstallation=file://{base}/lo",
                             "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                             str(base / "lo"), *map(str, sorted(html_dir.glob("*.html")))])
        written = len(list((base / "keluar").glob("*.docx")))
    rows = [["rilis render (semua inti)", f"{ours:.2f}", f"{COUNT / ours:.0f}",
             f"< {TARGET_S:.0f} s: {'ok' if ours < TARGET_S else 'LAMBAT'}"],
            ["rilis render -j 1", f"{single:.2f}", f"{COUNT / single:.0f}", ""]]
    if office:
        rows.append(["LibreOffice headless (pembanding)", f"{office:.2f}",
                     f"{COUNT / office:.0f}", f"Rilis {office / ours:.1f}× lebih cepat"])
    print(f"{COUNT} draf → DOCX ({written} berkas ditulis), waktu total termasuk start-up")
    print_table(["cara", "detik", "draf/detik", "catatan"], rows)
    record = {"count": COUNT, "rilis_s": ours, "rilis_j1_s": single, "libreoffice_s": office}
    print(f"\nHasil JSON: {save('batch', record)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
