"""How good the checker's suggestions are on typos it has never seen (issue 10).

The real-text bench scores suggestions on a few hundred labelled errors, too few to tune on
without fitting them one by one. This bench makes its own: correctly spelled words of the
files given (unmasked tuning releases) and of the word-frequency list get realistic slips —
a neighbouring key, a dropped or doubled letter, two letters swapped, a vowel left out or
added, a nasal prefix written the other way (*meng-*/*men-*/*mem-*/*meny-*), *-nya* after
*-an* with one *n*, a missing space, *di* joined to its noun or split from its verb, and two
slips in one word — written in lower case, capitalised (opening a sentence) and in capitals
(a headline). Two further kinds come from a random generator of their own, so the cases
above stay the same for a seed: a letter typed two places early or late or two letters
exchanged over one (*huruf-pindah*), and a slip in the affix of a derived word — its
vowel, a letter swapped or left out in *di-*, *-kan*, *-nya*, or a whole suffix typed or
left off (*imbuhan*). A third generator takes slips of the word's shape from the frequency
list (``WORD_SHAPES``: *kedatang*, *dibukadibuka*, *kreatifitas*). Each goes back into a
sentence, the checker runs, and when it flags the slip
the bench scores its suggestions: the word meant first, in the first three, among all
five. A word the EYD tables write apart (*dibawah*: ``kata-depan.tsv``) is meant in its
standard form (*di bawah*), as a copy editor corrects it. Also: every non-standard
form of ``resources/style/baku.tsv`` must get its standard form first. Prints the
figures per slip kind and case, and the time one suggestion costs.

    .venv/bin/python -m bench.suggest_synthetic /work/scratch/real/tuning-raw/*.json

Never give it held-out files: it reads only the files named.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.language import Checker  # noqa: E402
from app.language.ranking import KEYBOARD, VOWELS  # noqa: E402
from app.language.suggest import joined_prepositions  # noqa: E402
from app.language.tokens import tokenize  # noqa: E402

FRAME_LOWER = "Petugas melihat {} di lokasi itu."
FRAME_START = "{} itu disampaikan petugas kemarin."
FRAME_CAPS = "PETUGAS MELIHAT {} DI LOKASI\n\nPetugas datang."
FIRST_MISSES = "--first-misses" in sys.argv
NASALS = ("meng", "meny", "mem", "men", "peng", "peny", "pem", "pen")


@dataclass(frozen=True)
class Case:
    kind: str
    shape: str
    text: str
    start: int
    end: int
    wrong: str
    right: str


def _near_key(word: str, rng: random.Random) -> str | None:
    i = rng.randrange(len(word))
    keys = sorted(KEYBOARD.get(word[i], frozenset()) - set("1234567890"))
    return word[:i] + rng.choice(keys) + word[i + 1:] if keys else None


def _dropped(word: str, rng: random.Random) -> str | None:
    i = rng.randrange(1, len(word))
    return word[:i] + word[i + 1:]


def _doubled(word: str, rng: random.Random) -> str | None:
    i = rng.randrange(1, len(word))
    return word[:i] + word[i] + word[i:]


def _transposed(word: str, rng: random.Random) -> str | None:
    i = rng.randrange(1, len(word) - 1)
    if word[i] == word[i + 1]:
        return None
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _no_vowel(word: str, rng: random.Random) -> str | None:
    places = [i for i, c in enumerate(word) if c in VOWELS and i > 0]
    if not places:
        return None
    i = rng.choice(places)
    return word[:i] + word[i + 1:]


def _extra_vowel(word: str, rng: random.Random) -> str | None:
    places = [i for i in range(1, len(word)) if word[i - 1] not in VOWELS
              and word[i] not in VOWELS]
    if not places:
        return None
    i = rng.choice(places)
    return word[:i] + rng.choice("aeiou") + word[i:]


def _nasal(word: str, rng: random.Random) -> str | None:
    for prefix in NASALS:
        if word.startswith(prefix) and len(word) > len(prefix) + 3:
            others = [p for p in NASALS if p[0] == prefix[0] and p != prefix]
            return rng.choice(others) + word[len(prefix):]
    return None


def _nya(word: str, rng: random.Random) -> str | None:
    if word.endswith("annya"):
        return word[:-5] + "anya"
    if word.endswith("nya") and len(word) > 6:
        return word[:-1]                      # pihakny
    return None


def _two(word: str, rng: random.Random) -> str | None:
    first = rng.choice(ONE_EDIT)(word, rng)
    if first is None or len(first) < 4:
        return None
    return rng.choice(ONE_EDIT)(first, rng)


def _moved(word: str, rng: random.Random) -> str | None:
    """A letter typed two places late or early, or two letters one apart exchanged."""
    if len(word) < 5:
        return None
    i = rng.randrange(1, len(word) - 2)
    left = word[i:i + 3]
    moved = rng.choice((left[1:] + left[0], left[-1] + left[:-1], left[::-1]))
    return word[:i] + moved + word[i + 3:] if moved != left else None


AFFIX_SLIPS = (("di", "d"), ("di", "id"), ("kan", "akn"), ("kan", "kn"), ("kan", "akan"),
               ("nya", "ny"), ("nya", "yna"), ("an", "na"))


def _affix(word: str, rng: random.Random) -> str | None:
    """A slip inside an affix the word has, or its suffix *-kan*/*-an*/*-i* taken off."""
    slips = [(affix, slip) for affix, slip in AFFIX_SLIPS
             if (word.startswith(affix) if affix == "di" else word.endswith(affix))
             and len(word) > len(affix) + 4]
    if not slips:
        return None
    affix, slip = rng.choice(slips)
    if affix == "di":
        return slip + word[2:]
    if rng.random() < 0.25 and affix != "nya":
        return word[:-len(affix)]
    return word[:-len(affix)] + slip


ONE_EDIT: tuple[Callable[[str, random.Random], str | None], ...] = (
    _near_key, _dropped, _doubled, _transposed, _no_vowel, _extra_vowel)
KINDS: dict[str, Callable[[str, random.Random], str | None]] = {
    "tombol-tetangga": _near_key, "huruf-hilang": _dropped, "huruf-ganda": _doubled,
    "tertukar": _transposed, "vokal-hilang": _no_vowel, "vokal-lebih": _extra_vowel,
    "nasal": _nasal, "nya": _nya, "dua-salah": _two,
}
EXTRA_KINDS: dict[str, Callable[[str, random.Random], str | None]] = {
    "huruf-pindah": _moved, "imbuhan": _affix,
}


def _shapes(typo: str, right: str) -> list[tuple[str, str, str, str]]:
    """(shape, frame, typo as written, right as written)."""
    return [("kecil", FRAME_LOWER, typo, right),
            ("kapital", FRAME_START, typo.capitalize(), right.capitalize()),
            ("kapital-semua", FRAME_CAPS, typo.upper(), right.upper())]


def _framed(kind: str, shape: str, frame: str, wrong: str, right: str) -> Case:
    start = frame.index("{}")
    text = frame.format(wrong)
    return Case(kind, shape, text, start, start + len(wrong), wrong, right)


def source_words(files: Iterable[Path], checker: Checker, count: int, rng: random.Random
                 ) -> tuple[list[str], list[tuple[str, str]]]:
    """Lowercase words the checker accepts from the files, and pairs of neighbouring
    lowercase words (for a missing space and *di*)."""
    words: Counter[str] = Counter()
    pairs: set[tuple[str, str]] = set()
    for path in files:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        tokens = list(tokenize(text))
        for a, b in pairwise(tokens):
            if text[a.end:b.start] == " " and a.text.islower() and b.text.islower() \
                    and a.text.isalpha() and b.text.isalpha():
                pairs.add((a.text, b.text))
        for token in tokens:
            if token.text.islower() and token.text.isalpha() and len(token.text) >= 4:
                words[token.text] += 1
    chosen = [w for w in sorted(words) if checker.accepts_word(w)
              and w not in checker.vocabulary.nonstandard]
    rng.shuffle(chosen)
    return chosen[:count], sorted(pairs)


def frequent_words(checker: Checker, count: int, rng: random.Random) -> list[str]:
    """Correct words of the frequency list (zipf 2.5 and more), four letters or longer."""
    vocabulary = checker.vocabulary
    chosen = sorted(w for w in vocabulary.correct if len(w) >= 4 and w.isalpha()
                    and vocabulary.zipf(w) >= 2.5 and w not in vocabulary.nonstandard)
    rng.shuffle(chosen)
    return chosen[:count]


def typo_cases(words: list[str], source: str, checker: Checker, rng: random.Random,
               kinds_made: dict[str, Callable[[str, random.Random], str | None]] = KINDS
               ) -> list[Case]:
    cases: list[Case] = []
    kinds = list(kinds_made.items())
    for word in words:
        rng.shuffle(kinds)
        for kind, make in kinds:
            typo = make(word, rng)
            if typo is None or typo == word or len(typo) < 3 or checker.accepts_word(typo) \
                    or checker.backend.check(typo):
                continue
            meant = joined_prepositions().get(word, word)   # dibawah: di bawah (EYD V)
            for shape, frame, wrong, right in _shapes(typo, meant):
                cases.append(_framed(f"{source}:{kind}", shape, frame, wrong, right))
            break
    return cases


def pair_cases(pairs: list[tuple[str, str]], checker: Checker, count: int,
               rng: random.Random) -> list[Case]:
    """A missing space (*salahsatu*), *di* joined to a place noun (*diwilayah*)."""
    cases: list[Case] = []
    joined = [(a, b) for a, b in pairs if len(a) >= 3 and len(b) >= 3 and a != "di"
              and not checker.accepts_word(a + b)]
    places = [(a, b) for a, b in pairs if a == "di" and len(b) >= 4
              and not checker.accepts_word(a + b)]
    rng.shuffle(joined)
    rng.shuffle(places)
    for kind, chosen in (("spasi-hilang", joined[:count]), ("di-gabung", places[:count])):
        for a, b in chosen:
            for shape, frame, wrong, right in _shapes(a + b, f"{a} {b}"):
                if shape == "kapital":
                    right = right[:1].upper() + right[1:]
                cases.append(_framed(kind, shape, frame, wrong, right))
    return cases


WORD_SHAPES: dict[str, Callable[[str], str | None]] = {
    "konfiks-ke-an": lambda w: w[:-2] if w.startswith("ke") and w.endswith("an")
    and len(w) >= 8 else None,
    "kata-ganda": lambda w: w + w,
    "ivitas": lambda w: w[:-6] + "ifitas" if w.endswith("ivitas") else None,
}
"""Slips of the word's shape rather than of a letter, each on every word of the frequency
list it fits (a sample of them): a *ke-…-an* noun without its *-an* (*kedatang*), the
word typed twice without a space (*dibukadibuka*), a noun in *-ivitas* with its
adjective's *f* (*kreatifitas*)."""


def shape_cases(checker: Checker, count: int, rng: random.Random) -> list[Case]:
    """Up to ``count`` cases of each ``WORD_SHAPES`` kind, from the frequency list's
    correct words (zipf 2.5 and more; a typo the checker accepts is left out)."""
    vocabulary = checker.vocabulary
    words = sorted(w for w in vocabulary.correct if len(w) >= 4 and w.isalpha()
                   and vocabulary.zipf(w) >= 2.5 and w not in vocabulary.nonstandard)
    cases: list[Case] = []
    for kind, make in WORD_SHAPES.items():
        made = [(typo, w) for w in words if (typo := make(w)) is not None]
        rng.shuffle(made)
        taken = 0
        for typo, word in made:
            if taken >= count:
                break
            if checker.accepts_word(typo) or checker.backend.check(typo):
                continue
            taken += 1
            for shape, frame, wrong, right in _shapes(typo, word):
                cases.append(_framed(f"bentuk:{kind}", shape, frame, wrong, right))
    return cases


def nonstandard_cases(checker: Checker) -> list[Case]:
    cases: list[Case] = []
    for wrong, right in sorted(checker.style.data.nonstandard.items()):
        if wrong != wrong.lower() or right != right.lower():
            continue                          # names keep their own case: only words here
        for shape, frame, typo, meant in _shapes(wrong, right):
            if shape == "kapital":
                typo, meant = wrong[:1].upper() + wrong[1:], right[:1].upper() + right[1:]
            cases.append(_framed("baku", shape, frame, typo, meant))
    return cases


def _expected(case: Case, text: str, start: int, end: int) -> str:
    if start <= case.start and case.end <= end:
        return text[:case.start - start] + case.right + text[case.end - start:]
    return case.right


def _fixes(case: Case, text: str, start: int, end: int,
           suggestions: tuple[str, ...]) -> list[str]:
    if start < case.start or end > case.end:
        return list(suggestions)
    a, b = start - case.start, end - case.start
    return [case.wrong[:a] + s + case.wrong[b:] for s in suggestions]


@dataclass
class Tally:
    cases: int = 0
    flagged: int = 0
    first: int = 0
    top3: int = 0
    any5: int = 0

    def add(self, flagged: bool, first: bool, top3: bool, any5: bool) -> None:
        self.cases += 1
        self.flagged += flagged
        self.first += first
        self.top3 += top3
        self.any5 += any5

    def line(self, name: str) -> str:
        f = max(1, self.flagged)
        return (f"{name:32} n {self.cases:5} flagged {100 * self.flagged / max(1, self.cases):5.1f}"
                f"  first {100 * self.first / f:5.1f}  top3 {100 * self.top3 / f:5.1f}"
                f"  top5 {100 * self.any5 / f:5.1f}")


def run(checker: Checker, cases: list[Case], show: int = 0) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    misses: list[str] = []
    for case in cases:
        findings = [f for f in checker.check(case.text)
                    if f.start < case.end and case.start < f.end]
        if not findings:
            for key in ("ALL", case.kind, case.shape, case.kind.split(":")[0]):
                tallies[key].add(False, False, False, False)
            continue
        finding = findings[0]
        text = case.text[finding.start:finding.end]
        right = _expected(case, text, finding.start, finding.end)
        fixes = _fixes(case, text, finding.start, finding.end, finding.suggestions)
        first, top3, any5 = fixes[:1] == [right], right in fixes[:3], right in fixes
        for key in ("ALL", case.kind, case.shape, case.kind.split(":")[0]):
            tallies[key].add(True, first, top3, any5)
        if not (first if FIRST_MISSES else top3):
            misses.append(f"{case.kind:22} {case.wrong!r:22} -> {right!r:22} "
                          f"got {finding.suggestions[:4]} ({finding.rule})")
    for line in misses[:show]:
        print("MISS", line)
    return tallies


def suggestion_cost(checker: Checker, cases: list[Case]) -> list[float]:
    """CPU milliseconds one suggestion costs, uncached (the Suggester's cache cleared)."""
    times = []
    for case in cases:
        checker._suggester.clear()
        begin = time.process_time()
        checker.suggest(case.wrong)
        times.append((time.process_time() - begin) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    parser.add_argument("--only", default="", help="only cases whose kind contains this")
    parser.add_argument("--first-misses", action="store_true",
                        help="show cases whose first suggestion is wrong, not only top 3")
    args = parser.parse_args(argv)
    checker = Checker()
    rng = random.Random(args.seed)
    text_words, pairs = source_words(args.files, checker, args.words, rng)
    cases = typo_cases(text_words, "teks", checker, rng)
    cases += typo_cases(frequent_words(checker, args.words, rng), "frekuensi", checker, rng)
    cases += pair_cases(pairs, checker, args.words // 6, rng)
    extra = random.Random(f"{args.seed}-extra")   # the cases above stay as they were
    cases += typo_cases(text_words, "teks", checker, extra, EXTRA_KINDS)
    cases += typo_cases(frequent_words(checker, args.words, extra), "frekuensi", checker,
                        extra, EXTRA_KINDS)
    cases += nonstandard_cases(checker)
    cases += shape_cases(checker, args.words // 6,      # a generator of their own again
                         random.Random(f"{args.seed}-shape"))
    if args.only:
        cases = [c for c in cases if re.search(args.only, c.kind)]
    begin = time.perf_counter()
    tallies = run(checker, cases, args.show)
    elapsed = time.perf_counter() - begin
    for name in sorted(tallies, key=lambda k: (k != "ALL", ":" in k, k)):
        print(tallies[name].line(name))
    costs = suggestion_cost(checker, [c for c in cases if c.shape == "kecil"][:400])
    print(f"checked {len(cases)} cases in {elapsed:.1f} s; one suggestion uncached: median "
          f"{statistics.median(costs):.2f} ms, p90 {sorted(costs)[int(len(costs) * .9)]:.2f} ms,"
          f" max {max(costs):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
