"""The speed-ups of the EYD rules change no finding: ``Checker().check()`` on every tuning
skeleton, the project's sample releases, the test texts (and any raw release folders given)
with the rule prefilter on and off, and the rules read from the cache against the rules
read from the file.

    python -m bench.rule_prefilter_check [FOLDER_OF_RAW_JSON ...]

Prints the counts and exits 1 when anything differs. (The held-out half is not read.)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.language import Checker, eyd_rules
from bench.real_eval import load_split
from bench.spelling_bench import ROOT, load_releases

Texts = list[tuple[str, str]]


def texts(raw_folders: list[Path]) -> Texts:
    found = [(f"tuning:{number}", release["skeleton"])
             for number, release in enumerate(load_split("tuning").releases)]
    for folder in raw_folders:
        for path in sorted(folder.glob("*.json")):
            found.append((f"raw:{path}", json.loads(path.read_text(encoding="utf-8"))["text"]))
    found += [(f"sample:{number}", release.text) for number, release in
              enumerate(load_releases())]
    for path in sorted((ROOT / "tests").rglob("*.txt")):
        found.append((f"file:{path}", path.read_text(encoding="utf-8", errors="replace")))
    return found


def findings(checker: Checker, corpus: Texts) -> dict[str, list[tuple[object, ...]]]:
    return {name: [(f.start, f.end, f.text, f.rule, f.message, f.suggestions, f.severity)
                   for f in checker.check(text)] for name, text in corpus}


def main(argv: list[str]) -> int:
    corpus = texts([Path(arg) for arg in argv])
    checker = Checker()
    eyd_rules.PREFILTER = True
    with_prefilter = findings(checker, corpus)
    eyd_rules.PREFILTER = False
    without = findings(checker, corpus)
    eyd_rules.PREFILTER = True
    differing = [name for name in with_prefilter if with_prefilter[name] != without[name]]
    print(f"{len(corpus)} texts; findings with prefilter "
          f"{sum(map(len, with_prefilter.values()))}, without "
          f"{sum(map(len, without.values()))}; texts that differ: {len(differing)}")
    for name in differing[:10]:
        print("  differs:", name)
    path = eyd_rules.default_rules_path()
    fresh, _entries = eyd_rules._load_checked(path.read_bytes(), path)
    cached = eyd_rules.load_rules(path)
    same = fresh == cached
    print(f"{len(fresh)} rules; from the cache the same as from the file: {same}")
    checker.close()
    return 0 if same and not differing else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
