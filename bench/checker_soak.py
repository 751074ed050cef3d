"""The checker over a long day of typing, in one process: every check brings unseen words.

Typing keeps changing one paragraph of a release; the app rechecks the whole text. This soak
does the same with the project's sample release (three times over): each check puts two
new random words, one capitalised, into one paragraph, so the spelling rules, the
suggestions and every per-word cache see something new each time. It prints the time per
check and the resident memory after a warm-up and at intervals: the caches must stop
growing (they start over when full), or a day of typing ends in swap.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.base.paths import sample_draft  # noqa: E402
from app.language import Checker  # noqa: E402
from app.release.draftfile import load_draft  # noqa: E402
from app.render.export import release_plain_text  # noqa: E402
from bench.common import rss_mib  # noqa: E402

LETTERS = "abdegikmnprstu"


def edited_texts(seed: int) -> Iterator[str]:
    """The sample release with two unseen words in one of its paragraphs, endlessly."""
    lines = (release_plain_text(load_draft(sample_draft())) * 3).split("\n")
    chooser = random.Random(seed)

    def word(length: int) -> str:
        return "".join(chooser.choice(LETTERS) for _ in range(length))

    while True:
        edited = lines[:]
        index = chooser.randrange(len(edited))
        words = edited[index].split() or ["kata"]
        words[chooser.randrange(len(words))] = word(7).capitalize()
        words[chooser.randrange(len(words))] = word(8)
        edited[index] = " ".join(words)
        yield "\n".join(edited)


def run(checks: int, warmup: int, samples: int, seed: int) -> dict[str, object]:
    checker = Checker()
    texts = edited_texts(seed)
    for _ in range(warmup):
        checker.check(next(texts))
    warm = rss_mib()
    every = max(1, checks // samples)
    memory: list[float] = []
    times: list[float] = []
    for index in range(checks):
        started = time.perf_counter()
        checker.check(next(texts))
        times.append(time.perf_counter() - started)
        if index % every == every - 1:
            memory.append(round(rss_mib(), 1))
    checker.close()
    return {"checks": checks, "warmup": warmup, "ms_per_check_median": 1000 *
            statistics.median(times), "rss_warm_mib": round(warm, 1),
            "rss_samples_mib": memory, "rss_end_mib": memory[-1] if memory else warm,
            "rss_peak_mib": max(memory, default=warm)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", type=int, default=4500)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--samples", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="one JSON line on stdout")
    args = parser.parse_args(argv)
    figures = run(args.checks, args.warmup, args.samples, args.seed)
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"checker soak: {figures['checks']} checks of the sample release x3, each with "
          f"two unseen words in one paragraph")
    print(f"  median per check: {figures['ms_per_check_median']:.1f} ms")
    print(f"  RSS after {figures['warmup']} warm-up checks: {figures['rss_warm_mib']} MiB; "
          f"then {figures['rss_samples_mib']}; peak {figures['rss_peak_mib']} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
