"""Which of the checker's acceptance paths let real typos through (issue 10).

A synthetic experiment that needs no held-out text: the correctly spelled words of tuning
releases (unmasked raw files given on the command line), in their real positions, get one
typo each (delete, insert, substitute, transpose); only typos raw hunspell ``id_ID`` rejects
and that are no word of the lexicon, KBBI roots or the non-standard table are kept. Each goes
back into its sentence, ``Checker().check()`` runs on the sentence, and every typo not
flagged is put down to the path that accepted it. Prints position × path counts and the
share let through per position. ``--document`` checks the whole release with the typo in it
instead (what a reader has: the name written right elsewhere in the release).

    python -m bench.typo_paths /work/scratch/real/raw2/*.json /work/scratch/real/raw3/*.json

Never give it held-out files: it reads only the files named.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from app.language.checker import (
    ACCEPT,
    AT_NAME,
    BOUND_WORDS,
    FLAG,
    IN_RUN,
    NAME_ONLY,
    Checker,
    _in_capital_run,
)
from app.language.context import NAME_TRIGGERS, PLACE_TRIGGERS, name_positions
from app.language.tokens import Token, is_all_caps, is_capitalized, tokenize

LETTERS = "abcdefghijklmnopqrstuvwxyz"
POSITIONS = ("awal-kalimat", "huruf-kecil", "kapital-tengah", "setelah-pemicu",
             "dalam-deret-kapital", "huruf-besar-semua")
_SENTENCE_END = re.compile(r"(?:[.!?:]\s*[\"”’']?|^|\n)\s*[\"“‘'(]?$")


def one_edit(word: str, rng: random.Random) -> str:
    """A random delete, insert, substitute or transpose, written in the word's own case
    (lowercase, capitalised or all caps)."""
    lowered = word.lower()
    i = rng.randrange(len(lowered))
    letter = rng.choice(LETTERS)
    operation = rng.choice(("delete", "insert", "substitute", "transpose"))
    if operation == "delete" and len(lowered) > 4:
        typo = lowered[:i] + lowered[i + 1:]
    elif operation == "insert":
        typo = lowered[:i] + letter + lowered[i:]
    elif operation == "transpose" and i < len(lowered) - 1 and lowered[i] != lowered[i + 1]:
        typo = lowered[:i] + lowered[i + 1] + lowered[i] + lowered[i + 2:]
    else:
        typo = lowered[:i] + letter + lowered[i + 1:]
    if word.isupper():
        return typo.upper()
    return typo.capitalize() if word[:1].isupper() else typo


def two_apart(word: str, rng: random.Random) -> str:
    """Letters two apart swapped (*Gubernur* → *Geburnur*) or a letter moved two places
    (*Sabhara* → *Shabara*): two edits a hand makes as one slip, which ``one_edit``
    never makes; the first letter stays (a typist seldom misses the start of a word)."""
    lowered = word.lower()
    if len(lowered) < 5:
        return word
    i = rng.randrange(1, len(lowered) - 2)
    if rng.random() < 0.5:
        typo = lowered[:i] + lowered[i + 2] + lowered[i + 1] + lowered[i] + lowered[i + 3:]
    else:                                # lowered[i + 2] moved before lowered[i]
        typo = lowered[:i] + lowered[i + 2] + lowered[i:i + 2] + lowered[i + 3:]
    if word.isupper():
        return typo.upper()
    return typo.capitalize() if word[:1].isupper() else typo


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or headline line) around a span."""
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return left, (min(ends) + 1 if ends else len(text))


def position_of(text: str, tokens: list[Token], index: int, checker: Checker) -> str:
    token = tokens[index]
    word = token.text
    if is_all_caps(word):
        return "huruf-besar-semua"
    if word.islower():
        return "huruf-kecil"
    if _SENTENCE_END.search(text[max(0, token.start - 4):token.start]):
        return "awal-kalimat"
    if index and text[tokens[index - 1].end:token.start] in (" ", ". "):
        previous = tokens[index - 1].text
        if previous in NAME_TRIGGERS or previous in PLACE_TRIGGERS or \
                checker._is_person_trigger(previous):
            return "setelah-pemicu"
    if _in_capital_run(text, tokens, index):
        return "dalam-deret-kapital"
    return "kapital-tengah"


def verdict_path(checker: Checker, word: str) -> str:
    """Why ``verdict(word)`` says what it says: the checks of ``_verdict_uncached`` in
    their order, named (read only; the verdict itself comes from the checker)."""
    lexicon, vocabulary = checker.lexicon, checker.vocabulary
    if lexicon.accepts(word):
        return "leksikon"
    if word.islower():
        return "kecil:" + lowercase_path(checker, word)
    if not (is_capitalized(word) or is_all_caps(word)):
        return "huruf-campuran"
    lowered = word.lower()
    if lowered in vocabulary.nonstandard:
        return "tidak-baku-nama"
    if lexicon.accepts(lowered) or lowered in vocabulary.roots:
        return "leksikon/kata-dasar"
    if is_all_caps(word) and len(word) <= 5:
        return "akronim<=5"
    if vocabulary.is_place(word):
        return "wilayah.txt"
    if checker._lowercase_verdict(lowered) == ACCEPT:
        return "kapital>" + lowercase_path(checker, lowered)
    if checker._domain_slip(lowered) and vocabulary.zipf(lowered) < 3.0:
        return "kapital:dekat-istilah(nama)"
    if checker._slip(lowered, 2.0) is None:
        zipf = vocabulary.zipf(lowered)
        return "kapital:tak-dikenal=nama" + ("(frekuensi)" if zipf > 0 else "")
    if len(word) <= 6 and not is_all_caps(word):
        return "kapital:pendek(deret)"
    return "kapital:nama-saja"


def lowercase_path(checker: Checker, word: str) -> str:
    if checker.backend.check(word) or word in BOUND_WORDS:
        return "hunspell"
    for enclitic in ("nya", "lah", "pun", "ku", "mu"):
        stem = word[:-len(enclitic)]
        if word.endswith(enclitic) and len(stem) >= 4 and checker._hunspell_or_lexicon(stem):
            return "klitik"
    if word in checker.vocabulary.roots:
        return "kata-dasar"
    if checker._affixes.explain(word) is None:
        return "majemuk-berimbuhan"
    return "imbuhan"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--per-file", type=int, default=40,
                        help="typos tried per release (default 40)")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--list", action="store_true", help="print every typo let through")
    parser.add_argument("--document", action="store_true",
                        help="check the whole release with the typo in it, not its sentence "
                             "alone: what the document says elsewhere counts too")
    parser.add_argument("--edit", choices=("one", "two-apart"), default="one",
                        help="one keystroke (default), or letters two apart swapped or "
                             "moved (two edits, one slip of the hand)")
    args = parser.parse_args(argv)
    if any("heldout" in str(path) for path in args.files):
        print("typo_paths: berkas held-out tidak boleh dibaca.", file=sys.stderr)
        return 2
    checker = Checker()
    rng = random.Random(args.seed)
    tried: Counter[str] = Counter()
    missed: Counter[tuple[str, str]] = Counter()
    listing: list[str] = []
    for path in sorted(args.files):
        release = json.loads(path.read_text(encoding="utf-8"))
        text: str = release["text"]
        wrong = [e["wrong"] for e in release.get("errors", [])]
        tokens = list(tokenize(text))
        candidates = [i for i, t in enumerate(tokens)
                      if len(t.text) >= 4 and t.text.isalpha()
                      and not any(t.text in w for w in wrong)
                      and checker.verdict(t.text) == ACCEPT]
        rng.shuffle(candidates)
        done = 0
        for index in candidates:
            if done >= args.per_file:
                break
            token = tokens[index]
            typo = one_edit(token.text, rng) if args.edit == "one" else \
                two_apart(token.text, rng)
            lowered = typo.lower()
            if typo == token.text or checker.backend.check(typo) or \
                    checker.backend.check(lowered) or checker.lexicon.accepts(typo) or \
                    checker.lexicon.accepts(lowered) or lowered in checker.vocabulary.roots \
                    or lowered in checker.vocabulary.nonstandard:
                continue
            done += 1
            left, right = (0, len(text)) if args.document else \
                sentence_of(text, token.start, token.end)
            sentence = text[left:token.start] + typo + text[token.end:right]
            start = token.start - left
            position = position_of(text, tokens, index, checker)
            tried[position] += 1
            findings = checker.check(sentence)
            if any(f.start < start + len(typo) and start < f.end for f in findings):
                continue
            path_name = acceptance(checker, sentence, start, typo)
            missed[(position, path_name)] += 1
            listing.append(f"{position:20} {path_name:34} {token.text} → {typo}")
    report(tried, missed)
    if args.list:
        print("\n".join(sorted(listing)))
    return 0


def acceptance(checker: Checker, sentence: str, start: int, typo: str) -> str:
    """The path that let ``typo`` (at ``start`` in ``sentence``) through."""
    tokens = list(tokenize(sentence))
    index = next((i for i, t in enumerate(tokens) if t.start == start), None)
    if index is None:
        return "token-lain"
    verdict = checker.verdict(typo)
    path_name = verdict_path(checker, typo)
    if verdict == ACCEPT:
        return path_name
    names = name_positions(sentence, tokens, checker._is_person_trigger, checker._is_common)
    if verdict == FLAG:
        return "konteks(dikenal/lewati)"
    if index in names:
        return f"posisi-nama<{path_name}>"
    if verdict == IN_RUN and _in_capital_run(sentence, tokens, index):
        return f"deret-kapital<{path_name}>"
    if verdict in (NAME_ONLY, AT_NAME):
        return f"di-samping-nama<{path_name}>"
    return f"lain<{path_name}>"


def report(tried: Counter[str], missed: Counter[tuple[str, str]]) -> None:
    paths = sorted({p for _, p in missed}, key=lambda p: -sum(
        n for (_, q), n in missed.items() if q == p))
    print(f"{'jalur penerimaan':40}" + "".join(f"{p[:12]:>13}" for p in POSITIONS)
          + f"{'jumlah':>8}")
    for path_name in paths:
        counts = [missed[(p, path_name)] for p in POSITIONS]
        print(f"{path_name[:40]:40}" + "".join(f"{n:13d}" for n in counts)
              + f"{sum(counts):8d}")
    print(f"{'lolos / dicoba':40}" + "".join(
        f"{sum(missed[(p, q)] for q in paths):>6}/{tried[p]:<6}" for p in POSITIONS)
        + f"{sum(missed.values()):>4}/{sum(tried.values())}")
    print(f"{'% lolos':40}" + "".join(
        f"{100 * sum(missed[(p, q)] for q in paths) / max(tried[p], 1):12.1f}%"
        for p in POSITIONS) + f"{100 * sum(missed.values()) / max(sum(tried.values()), 1):7.1f}%")


if __name__ == "__main__":
    raise SystemExit(main())
