"""Draft file size against content size as the version history grows (issue 13, point 1).

Before: every save that changed the content stored a whole copy in ``versions[]``, so a
2 MB body re-saved 25 times was a 53.9 MB file the loader refused. Now each version is a
delta against the next one (or compressed whole when that is smaller), and a save that
would cross the loader's limit drops the oldest versions.

Cases (sizes are deterministic: same seed, same edits):

* 2 MB body in one paragraph, re-saved 25 times with one edit each;
* 5 MB body in 200 paragraphs, saved 100 times with edits (an insertion every tenth save);
* 5 MB body in one paragraph, saved 100 times with edits;
* 2 MB of incompressible text rewritten whole on each of 30 saves (the worst case: the
  history cannot be small, so the limit must hold it).

Printed per case: content size (the draft with no history), file size, versions kept,
limit, and the median of 5 timed saves (one more edit each) and of 5 loads of the final
file.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.release.draftfile import MAX_FILE_BYTES, encode_draft, load_draft, save_draft  # noqa: E402
from app.release.model import Paragraph, Release  # noqa: E402
from bench.common import print_table, save  # noqa: E402
from bench.releases import random_prose as _prose  # noqa: E402

TIMED = 5


def _edit_one(rng: random.Random, release: Release, number: int) -> None:
    block = release.body[rng.randrange(len(release.body))]
    assert isinstance(block, Paragraph)
    place = rng.randrange(len(block.text))
    block.text = block.text[:place] + f"Suntingan ke-{number}. " + block.text[place + 40:]
    if number % 10 == 0 and len(release.body) > 1:
        release.body.insert(rng.randrange(len(release.body)), Paragraph(text=f"Baru {number}."))


def _rewrite(rng: random.Random, release: Release, number: int) -> None:
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 "
    release.body = [Paragraph(text="".join(rng.choices(alphabet, k=2_000_000)))]


Edit = Callable[[random.Random, Release, int], None]


def _case(name: str, release: Release, saves: int, edit: Edit, folder: Path) -> list[str]:
    rng = random.Random(len(name))
    path = folder / f"{name}.rilis"
    dropped = 0
    for number in range(saves):
        edit(rng, release, number)
        dropped += len(save_draft(release, path))
    file_size = path.stat().st_size
    content = Release(**{**release.__dict__, "versions": []})
    content_size = len(encode_draft(content)[0].encode("utf-8"))
    kept = len(load_draft(path).versions)
    save_times = []
    for number in range(saves, saves + TIMED):
        edit(rng, release, number)
        start = time.perf_counter()
        save_draft(release, path)
        save_times.append(time.perf_counter() - start)
    load_times = []
    for _ in range(TIMED):
        start = time.perf_counter()
        load_draft(path)
        load_times.append(time.perf_counter() - start)
    assert path.stat().st_size <= MAX_FILE_BYTES
    return [name, str(saves), f"{content_size / 1e6:.2f}", f"{file_size / 1e6:.2f}",
            str(kept), "ya" if dropped else "-",
            f"{statistics.median(save_times) * 1000:.0f}",
            f"{statistics.median(load_times) * 1000:.0f}"]


def main() -> None:
    rng = random.Random(13)
    two = _prose(rng, 2_000_000)
    five = _prose(rng, 5_000_000)
    cases: list[tuple[str, Release, int, Edit]] = [
        ("2MB-1-paragraf-25x", Release(title="a", body=[Paragraph(text=two)]), 25, _edit_one),
        ("5MB-200-paragraf-100x", Release(title="b", body=[
            Paragraph(text=five[i:i + 25_000]) for i in range(0, len(five), 25_000)]),
         100, _edit_one),
        ("5MB-1-paragraf-100x", Release(title="c", body=[Paragraph(text=five)]), 100,
         _edit_one),
        ("2MB-acak-ditulis-ulang-30x", Release(title="d"), 30, _rewrite),
    ]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, release, saves, edit in cases:
            rows.append(_case(name, release, saves, edit, Path(folder)))
            print(f"  {name}: selesai", file=sys.stderr)
    headers = ["kasus", "simpan", "isi MB", "berkas MB", "versi", "versi dibuang",
               "simpan ms (median 5)", "buka ms (median 5)"]
    print(f"batas berkas: {MAX_FILE_BYTES / 1e6:.2f} MB")
    print_table(headers, rows)
    save("draft_size", {"limit_bytes": MAX_FILE_BYTES, "headers": headers, "rows": rows})


if __name__ == "__main__":
    main()
