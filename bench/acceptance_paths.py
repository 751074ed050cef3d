"""Which acceptance path admits the words raw hunspell rejects (issue 10).

On the unmasked tuning releases (raw labelled JSON folders named on the command line),
every token hunspell ``id_ID`` rejects that ``Checker().check()`` leaves without a finding
is put down to the path that admitted it (skipped span, the text's own terms or names,
lexicon, place list, root list, clitic, affix analysis, a capitalised word taken for a
name…), and counted as a labelled error when it overlaps one. Prints, per path, the tokens
admitted and how many of them are labelled typos / non-standard forms: a path with a high
share of errors is a class to tighten. The columns ``tetangga``/``galat-t`` count the
admitted tokens one keystroke from a frequent word (zipf ``NEAR_FLOOR`` or more) and the
labelled errors among them: what "flag whatever lies one edit from a known word" would
add on that path. ``-l`` lists the tokens of a path, each labelled error marked ``<<``
and each token near a frequent word followed by ``~`` and that word. ``-e`` lists only the
labelled errors each path admits, each with the words around it: the class to read first.

    python -m bench.acceptance_paths FOLDER... [-l PATH] [-e]

Refuses held-out data: it reads only the folders named, and drops the held-out sites.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from app.language.checker import ACCEPT, IN_RUN, Checker, _in_capital_run
from app.language.context import defined_terms, name_positions, skip_spans
from app.language.lexicon import CaseAwareWords
from app.language.spans import Spans
from app.language.tokens import Token, tokenize
from bench.real_eval import load_raw_tuning
from bench.typo_paths import verdict_path

ERROR_CLASSES = ("typo", "nonstandard")
NEAR_FLOOR = 3.0
"""A neighbour this frequent (zipf) counts: the checker's own slip floor."""


def path_of(checker: Checker, text: str, tokens: list[Token], index: int,
            names: set[int], defined: CaseAwareWords, skipped: Spans) -> str:
    """The path of ``Checker._spelling`` that let token ``index`` through, named."""
    token = tokens[index]
    word = token.text
    if skipped.overlaps(token.start, token.end):
        return "lewati:tautan/singkatan"
    if checker._skippable(text, token):
        return "lewati:angka/inisial"
    if defined.accepts(word):
        return "teks:istilah/nama-dokumen"
    if "-" in word or "'" in word or "’" in word:
        return "tanda-hubung/apostrof"
    verdict = checker.verdict(word)
    named = verdict_path(checker, word)
    if verdict == ACCEPT:
        return named
    if index in names:
        return f"posisi-nama<{named}>"
    if verdict == IN_RUN and _in_capital_run(text, tokens, index):
        return f"deret-kapital<{named}>"
    if word.islower() and checker._generic_unit(word, text, token):
        return "satuan-umum"
    return f"di-samping-nama<{named}>"


def near_word(checker: Checker, word: str) -> str | None:
    """The frequent word one keystroke away (not the same word with a suffix more or
    less), or None."""
    return checker.vocabulary.likely_slip_of(word.lower(), 0.0, NEAR_FLOOR)


CONTEXT = 40
"""Characters shown on each side of an admitted error (``-e``)."""


def measure(checker: Checker, dictionary: Any, release: dict[str, Any],
            admitted: Counter[str], errors: Counter[tuple[str, str]],
            listing: dict[str, list[str]],
            in_context: dict[str, list[str]] | None = None) -> None:
    text: str = release["skeleton"]
    findings = Spans((f.start, f.end) for f in checker.check(text))
    tokens = list(tokenize(text))
    names = name_positions(text, tokens, checker._is_person_trigger, checker._is_common)
    defined = CaseAwareWords(defined_terms(text))
    for index in names:
        if checker.verdict(tokens[index].text) != "flag":
            defined.add(tokens[index].text)
    skipped = Spans(skip_spans(text) + checker._abbreviation_spans(text))
    labelled = [e for e in release["errors"]
                if not e.get("uncertain") and e["class"] in ERROR_CLASSES]
    for index, token in enumerate(tokens):
        if dictionary.check(token.text) or findings.overlaps(token.start, token.end):
            continue
        path = path_of(checker, text, tokens, index, names, defined, skipped)
        admitted[path] += 1
        neighbour = near_word(checker, token.text)
        near = neighbour is not None
        admitted[f"{path}\tnear"] += near
        error = next((e for e in labelled if e["start"] < token.end and token.start < e["end"]),
                     None)
        mark = ""
        if error is not None:
            errors[(path, error["class"])] += 1
            errors[(path, "near")] += near
            mark = f"  << {error['class']}: {error['right']}"
            if in_context is not None:
                window = text[max(0, token.start - CONTEXT):token.end + CONTEXT]
                in_context[path].append(f"{release['id']:8} {token.text} -> {error['right']}"
                                        f"  | {' '.join(window.split())}")
        listing[path].append(f"{release['id']:8} {token.text}{mark}"
                             + (f"  ~{neighbour}" if neighbour else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("-l", "--list", metavar="PATH",
                        help="print the tokens one path admitted ('all' for every path)")
    parser.add_argument("-e", "--errors", action="store_true",
                        help="print the labelled errors each path admitted, in context")
    args = parser.parse_args(argv)
    if any("heldout" in str(folder) for folder in args.folders):
        print("acceptance_paths: data held-out tidak boleh dibaca.", file=sys.stderr)
        return 2
    import enchant  # the bench compares with raw hunspell, as real_eval does

    dictionary = enchant.Dict("id_ID")
    checker = Checker()
    split = load_raw_tuning(args.folders)
    admitted: Counter[str] = Counter()
    errors: Counter[tuple[str, str]] = Counter()
    listing: dict[str, list[str]] = defaultdict(list)
    in_context: dict[str, list[str]] = defaultdict(list)
    for release in split.releases:
        measure(checker, dictionary, release, admitted, errors, listing, in_context)
    paths = Counter({path: count for path, count in admitted.items() if "\t" not in path})
    print(f"{len(split.releases)} rilis, {split.words} kata; token ditolak hunspell tetapi "
          f"diterima Rilis: {sum(paths.values())}")
    print(f"{'jalur':50} {'token':>6} {'typo':>5} {'baku':>5} {'galat%':>7} "
          f"{'tetangga':>8} {'galat-t':>7}")
    for path, count in paths.most_common():
        typo, nonstandard = errors[(path, "typo")], errors[(path, "nonstandard")]
        share = 100 * (typo + nonstandard) / count
        print(f"{path:50} {count:6} {typo:5} {nonstandard:5} {share:7.1f} "
              f"{admitted[path + chr(9) + 'near']:8} {errors[(path, 'near')]:7}")
    total_errors = sum(n for (_path, kind), n in errors.items() if kind != "near")
    print(f"{'jumlah':50} {sum(paths.values()):6} {total_errors:>11}")
    if args.errors:
        for path in sorted(in_context):
            print(f"\n## {path}: galat berlabel yang diterima")
            print("\n".join(in_context[path]))
    if args.list:
        for path in sorted(listing):
            if args.list in ("all", path):
                print(f"\n## {path}")
                print("\n".join(listing[path]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
