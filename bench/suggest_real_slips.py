"""Suggestions on slips put into real sentences, in the proportions readers label (issue 10).

``bench/suggest_synthetic`` slips lowercase words and sets each in one fixed frame. The
typos readers label in real releases are not like that: a third are in capitalised words —
service terms, offices, units, places, names (*Prnggerak*, *Bhabinkamtibnas*, *Apartur*,
*Polers*) — and each stands in its own sentence, whose neighbours the checker reads. This
bench takes words the checker accepts, in place, from the files given (unmasked tuning
releases), puts one slip into each, checks the paragraph it stands in and scores the
finding on the slip as the real-text bench does: the word meant first, in the first
three.

The slip kinds and their weights are those of the tuning labels of class ``typo`` that
are one word on both sides (``SLIP_WEIGHTS``: a neighbouring key, a doubled letter typed
once, a vowel or a consonant left out, a letter too many, a vowel for another, a letter
for one that sounds alike, two letters swapped, a letter typed twice, a two-letter
syllable left out or typed twice, two slips in one word). Cases are drawn by a seeded
generator, so a seed gives the same cases while the checker changes.

    .venv/bin/python -m bench.suggest_real_slips $(/work/scratch/tools/tunfolders)

It reads only the folders named, and skips a file whose site is in the held-out half.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.language import Checker  # noqa: E402
from app.language.ranking import KEYBOARD, VOWELS  # noqa: E402
from app.language.tokens import tokenize  # noqa: E402
from bench.real_corpus import error_spans, site_of  # noqa: E402
from bench.real_eval import load_split  # noqa: E402
from bench.suggest_synthetic import Case  # noqa: E402

Slip = Callable[[str, random.Random], str | None]
MIN_WORD = 4
"""Shorter words make slips that are other words or acronyms too often to tell apart."""
PER_RELEASE = 6
"""Words slipped in each release (at most; fewer when it has fewer words to take)."""
SOUND_ALIKE = tuple(frozenset(pair) for pair in (
    "fp", "fv", "pv", "kq", "ck", "cs", "sz", "jz", "kg", "hk"))
"""Letters writers swap for the sound (*antisifasi*, *sangsi*): fixed here, not read from
the ranking model, so that the cases stay the same while the model changes."""


def _places(word: str, test: Callable[[int], bool]) -> list[int]:
    return [i for i in range(1, len(word)) if test(i)]


def _near_key(word: str, rng: random.Random) -> str | None:
    i = rng.randrange(1, len(word))
    keys = sorted(KEYBOARD.get(word[i].lower(), frozenset()) - set("1234567890"))
    return word[:i] + rng.choice(keys) + word[i + 1:] if keys else None


def _dropped_double(word: str, rng: random.Random) -> str | None:
    places = _places(word, lambda i: word[i].lower() == word[i - 1].lower())
    if not places:
        return None
    i = rng.choice(places)
    return word[:i] + word[i + 1:]


def _dropped(word: str, rng: random.Random, vowel: bool) -> str | None:
    places = _places(word, lambda i: (word[i].lower() in VOWELS) == vowel
                     and word[i].lower() != word[i - 1].lower())
    if not places:
        return None
    i = rng.choice(places)
    return word[:i] + word[i + 1:]


def _extra(word: str, rng: random.Random) -> str | None:
    """A letter too many: a key next to its neighbour, or a vowel between consonants."""
    i = rng.randrange(1, len(word))
    keys = sorted(KEYBOARD.get(word[i - 1].lower(), frozenset()) - set("1234567890"))
    letter = rng.choice(keys) if keys and rng.random() < 0.6 else rng.choice("aeiou")
    return word[:i] + letter + word[i:]


def _vowel(word: str, rng: random.Random) -> str | None:
    places = _places(word, lambda i: word[i].lower() in VOWELS)
    if not places:
        return None
    i = rng.choice(places)
    return word[:i] + rng.choice(sorted(VOWELS - {word[i].lower()})) + word[i + 1:]


def _sound(word: str, rng: random.Random) -> str | None:
    """A letter for one that sounds alike (*antisifasi*, *sangsi*)."""
    pairs = [(i, other) for i in range(1, len(word)) for pair in SOUND_ALIKE
             if word[i].lower() in pair for other in pair if other != word[i].lower()]
    if not pairs:
        return None
    i, other = rng.choice(pairs)
    return word[:i] + other + word[i + 1:]


def _transposed(word: str, rng: random.Random) -> str | None:
    places = _places(word[:-1], lambda i: word[i].lower() != word[i + 1].lower())
    if not places:
        return None
    i = rng.choice(places)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _doubled(word: str, rng: random.Random) -> str | None:
    i = rng.randrange(1, len(word))
    return word[:i] + word[i] + word[i:]


def _syllable(word: str, rng: random.Random) -> str | None:
    """A consonant-vowel syllable left out or typed twice (*mentukan*, *menggunanakan*)."""
    places = [i for i in range(1, len(word) - 1)
              if word[i].lower() not in VOWELS and word[i + 1].lower() in VOWELS]
    if not places or len(word) < 6:
        return None
    i = rng.choice(places)
    if rng.random() < 0.55:
        return word[:i] + word[i + 2:]
    return word[:i + 2] + word[i:]


def _two(word: str, rng: random.Random) -> str | None:
    one = rng.choice(ONE_SLIP)
    first = one(word, rng)
    return rng.choice(ONE_SLIP)(first, rng) if first and len(first) >= MIN_WORD else None


ONE_SLIP: tuple[Slip, ...] = (
    _near_key, _dropped_double, lambda w, r: _dropped(w, r, True),
    lambda w, r: _dropped(w, r, False), _extra, _vowel, _transposed, _doubled)
SLIP_WEIGHTS: dict[str, tuple[float, Slip]] = {
    "tombol-tetangga": (10.0, _near_key),
    "ganda-jadi-tunggal": (9.0, _dropped_double),
    "vokal-hilang": (7.6, lambda w, r: _dropped(w, r, True)),
    "konsonan-hilang": (7.3, lambda w, r: _dropped(w, r, False)),
    "huruf-lebih": (6.8, _extra),
    "vokal-tertukar": (5.9, _vowel),
    "bunyi-mirip": (4.4, _sound),
    "tertukar": (4.2, _transposed),
    "huruf-ganda": (3.2, _doubled),
    "suku-kata": (2.7, _syllable),
    "dua-salah": (2.0, _two),
}
"""Weights: how many of the tuning labels (class ``typo``, one word on both sides) are
of each kind, as counted at the start of session 9 (out of about 270)."""


def _shape(word: str) -> str:
    if word.islower():
        return "kecil"
    if word.isupper():
        return "kapital-semua"
    return "kapital"


def _paragraph(text: str, start: int, end: int) -> tuple[int, str]:
    """The line the word stands in, and where it begins."""
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    return begin, text[begin:stop if stop >= 0 else len(text)]


def release_cases(text: str, labelled: list[tuple[int, int]], checker: Checker,
                  rng: random.Random) -> list[Case]:
    """Up to ``PER_RELEASE`` slipped words of one release, each in its own paragraph."""
    flagged = [(f.start, f.end) for f in checker.check(text)]
    busy = labelled + flagged
    words = [t for t in tokenize(text)
             if len(t.text) >= MIN_WORD and t.text.isalpha()
             and not any(a < t.end + 1 and t.start - 1 < b for a, b in busy)]
    rng.shuffle(words)
    kinds = list(SLIP_WEIGHTS)
    weights = [SLIP_WEIGHTS[k][0] for k in kinds]
    cases: list[Case] = []
    for token in words:
        if len(cases) >= PER_RELEASE:
            break
        kind = rng.choices(kinds, weights)[0]
        typo = SLIP_WEIGHTS[kind][1](token.text, rng)
        if typo is None or typo.lower() == token.text.lower() or not typo.isalpha():
            continue
        if token.text.isupper():
            typo = typo.upper()
        begin, paragraph = _paragraph(text, token.start, token.end)
        at = token.start - begin
        slipped = paragraph[:at] + typo + paragraph[at + len(token.text):]
        cases.append(Case(kind, _shape(token.text), slipped, at, at + len(typo), typo,
                          token.text))
    return cases


def _fixes(case: Case, start: int, end: int, found: str,
           suggestions: Iterable[str]) -> tuple[list[str], str]:
    """The suggestions as the case's corrected text, and the right one (the real-text
    bench's reading: a finding wider than the slip is compared whole)."""
    if start < case.start or end > case.end:
        right = found[:case.start - start] + case.right + found[case.end - start:]
        return list(suggestions), right
    return [case.wrong[:start - case.start] + s + case.wrong[end - case.start:]
            for s in suggestions], case.right


@dataclass
class Tally:
    cases: int = 0
    flagged: int = 0
    first: int = 0
    top3: int = 0

    def line(self, name: str) -> str:
        f = max(1, self.flagged)
        return (f"{name:24} n {self.cases:5} flagged {100 * self.flagged / max(1, self.cases):5.1f}"
                f"  first {100 * self.first / f:5.1f}  top3 {100 * self.top3 / f:5.1f}")


def run(checker: Checker, cases: list[Case], show: int = 0) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    shown = 0
    for case in cases:
        keys = ("ALL", case.kind, case.shape)
        findings = [f for f in checker.check(case.text)
                    if f.start < case.end and case.start < f.end]
        for key in keys:
            tallies[key].cases += 1
        if not findings:
            continue
        finding = findings[0]
        fixes, right = _fixes(case, finding.start, finding.end, finding.text,
                              finding.suggestions)
        first, top3 = fixes[:1] == [right], right in fixes[:3]
        for key in keys:
            tallies[key].flagged += 1
            tallies[key].first += first
            tallies[key].top3 += top3
        if not first and shown < show:
            shown += 1
            window = case.text[max(0, case.start - 40):case.end + 25].replace("\n", " ")
            print(f"{'OK3' if top3 else 'MISS'} {case.kind:18} {case.wrong!r} -> {right!r} "
                  f"got {list(finding.suggestions[:3])} ({finding.rule}) | {window}")
    return tallies


def tuning_files(folders: Iterable[Path]) -> list[Path]:
    """The JSON files of the folders, without any whose site is in the held-out half."""
    held = {r["site"] for r in load_split("heldout").releases}
    files = []
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            if site_of(record["url"]) not in held:
                files.append(path)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    parser.add_argument("--only", default="", help="only cases whose kind matches")
    args = parser.parse_args(argv)
    if any(re.search(r"raw9|heldout", str(folder)) for folder in args.folders):
        parser.error("only tuning folders")
    checker = Checker()
    rng = random.Random(args.seed)
    cases: list[Case] = []
    for path in tuning_files(args.folders):
        record = json.loads(path.read_text(encoding="utf-8"))
        text = record["text"]
        labelled = [(e["start"], e["end"]) for e in error_spans(text, record["errors"])
                    if e["start"] >= 0]
        cases += release_cases(text, labelled, checker, rng)
    if args.only:
        cases = [c for c in cases if re.search(args.only, c.kind)]
    tallies = run(checker, cases, args.show)
    for name in sorted(tallies, key=lambda k: (k != "ALL", k)):
        print(tallies[name].line(name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
