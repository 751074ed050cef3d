"""Derive the real-text evaluation set from collected releases, without keeping their prose.

Input (never committed): JSON files of published releases with hand labels, one per
release: ``{"url", "site", "region", "kind", "text", "errors": [{"wrong", "right",
"class", "occurrence", "uncertain", "note"}]}``.

Output: ``bench/data/real/{tuning,heldout}.jsonl``. Each release becomes a *skeleton*: the
text with every ordinary word masked as ``◦`` — a lowercase word
that raw hunspell ``id_ID`` accepts, that no style table lists, that is not part of a
labelled error or the word next to one, and not after a preposition or bound form. What
stays is what a checker can be wrong about (names, places, units, acronyms, capitals, words
hunspell rejects, the words rules read as context, punctuation, labelled errors) in its
context, not the sentences. Because
a masked word is one hunspell accepts, the spelling rule (which only adds acceptance to
hunspell for lowercase words) cannot flag it. The checker never sees the mask sign:
``bench.real_eval`` reads each mask as an ordinary lowercase noun, so the style rules see a
word there, as they would in the published text (see ``bench/data/real/README.md``).

The split is by site: the SHA-256 of the host name decides, so a site is on one side only.

Run: ``.venv/bin/python -m bench.real_corpus RAW_FOLDER [--more-tuning RAW2 RAW3 …]``, or,
to add a later round to what is kept: ``… --append tuning --more-tuning RAW11A RAW11B``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.language.context import skip_spans  # noqa: E402
from app.language.style import StyleData  # noqa: E402
from app.language.tokens import WORD_RE  # noqa: E402

logger = logging.getLogger(__name__)

OUT = ROOT / "bench" / "data" / "real"
MASK = "◦"
RULE_WORDS = frozenset({
    "di", "ke", "se", "dari", "pada", "yang", "atau", "pun", "dan", "non", "pasca", "antar",
    "pra", "anti", "multi", "semi", "sub", "pro", "kontra", "tuna", "swa", "purna", "ekstra",
    "inter", "intra", "supra", "ultra", "adapun", "ataupun", "walaupun", "meskipun",
    "bagaimanapun", "kalaupun", "biarpun", "sekalipun", "maupun", "walau", "meski", "bagaimana",
    "kalau", "biar", "ada", "tahun", "hari", "bulan", "pukul", "jam", "tanggal", "pekan",
    "minggu", "angkatan", "ulang", "nomor", "pasal", "ujar", "kata", "jelas", "ungkap",
    "terang", "tutur", "tegas", "imbuh", "tambah", "pungkas", "tandas", "sebut"
})
"""Words the style rules read as context (prepositions, particles, ordinals, verbs of saying)."""
KEEP_AFTER = frozenset({"di", "ke", "se", "non", "pasca", "antar", "pra", "anti", "multi",
                        "semi", "sub", "pro", "kontra", "atau", "walau", "meski", "bagaimana",
                        "kalau", "biar", "ada", "tuna", "swa", "purna", "ekstra", "inter",
                        "intra", "supra", "ultra", "mem", "meng", "men", "pem", "peng"})


_CLOSING_RE = re.compile(r"\([^()\n]*/[^()\n]*\)")
"""Writer's and editor's initials ``(bhn/yog)``: kept whole, the checker reads them as a unit."""


def site_of(url: str) -> str:
    host = (urlparse(url).hostname or url).lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def split_of(site: str) -> str:
    return "tuning" if hashlib.sha256(site.encode()).digest()[0] % 2 == 0 else "heldout"


def error_spans(text: str, errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each labelled error located in the text (n-th occurrence of its exact string)."""
    located = []
    for error in errors:
        wrong = error["wrong"]
        occurrence = int(error.get("occurrence", 1))
        position = -1
        if wrong[:1].isalpha() and wrong[-1:].isalpha():
            # a word is counted as a word: "iimbau" is not the tail of "diimbau"
            whole = [m.start() for m in re.finditer(
                r"(?<![^\W\d_])" + re.escape(wrong) + r"(?![^\W\d_])", text)]
            if len(whole) >= occurrence:
                position = whole[occurrence - 1]
        if position < 0:
            for _ in range(occurrence):
                position = text.find(wrong, position + 1)
                if position < 0:
                    break
        if position < 0 or not wrong:
            logger.warning("label not found: %r", wrong)
            continue
        located.append({"start": position, "end": position + len(wrong), "wrong": wrong,
                        "right": error.get("right", ""), "class": error.get("class", ""),
                        "uncertain": bool(error.get("uncertain", False))})
    return located


class Masker:
    """Decides which words of a release stay visible in its skeleton."""

    def __init__(self) -> None:
        import enchant

        self._dict = enchant.Dict("id_ID")
        data = StyleData.load()
        self._listed = set(data.nonstandard) | set(data.foreign) | set(data.joined) | {
            word for key in data.nonstandard for word in key.split()}

    def maskable(self, word: str, previous: str) -> bool:
        return (word.islower() and word not in RULE_WORDS
                and word not in self._listed and previous.lower() not in KEEP_AFTER
                and "-" not in word and bool(self._dict.check(word)))

    def skeleton(self, text: str, spans: list[dict[str, Any]]) -> tuple[str, list[int]]:
        """The masked text and, for every original offset, its offset in the skeleton."""
        protected = [(span["start"], span["end"]) for span in spans]
        tokens = list(WORD_RE.finditer(text))
        protected += [(m.start(), m.end()) for m in _CLOSING_RE.finditer(text)]
        # links, domains, bylines: the checker skips them whole, which it can only do when
        # they stay whole (a masked "go" in "humas.go.id" left "humas" a false alarm)
        protected += skip_spans(text)
        inside = {index for index, match in enumerate(tokens)
                  if any(a < match.end() and match.start() < b for a, b in protected)}
        near = inside | {index + 1 for index in inside} | {index - 1 for index in inside}
        masked: set[int] = set()
        for index, match in enumerate(tokens):
            previous = tokens[index - 1].group() if index else ""
            if index not in near and self.maskable(match.group(), previous):
                masked.add(index)
        pieces: list[str] = []
        offsets = [0] * (len(text) + 1)
        position = 0
        length = 0
        for index, match in enumerate(tokens):
            for offset in range(position, match.start()):
                offsets[offset] = length + (offset - position)
            pieces.append(text[position:match.start()])
            length += match.start() - position
            if index in masked:
                for offset in range(match.start(), match.end()):
                    offsets[offset] = length
                pieces.append(MASK)
                length += 1
            else:
                for offset in range(match.start(), match.end()):
                    offsets[offset] = length + (offset - match.start())
                pieces.append(match.group())
                length += len(match.group())
            position = match.end()
        for offset in range(position, len(text) + 1):
            offsets[offset] = length + (offset - position)
        pieces.append(text[position:])
        return "".join(pieces), offsets


def derive_entry(masker: Masker, path: Path, collection: str | None) -> dict[str, Any]:
    """One labelled release as the bench keeps it: skeleton, error spans, where it is from."""
    record = json.loads(path.read_text(encoding="utf-8"))
    text = record["text"]
    spans = error_spans(text, record.get("errors", []))
    skeleton, offsets = masker.skeleton(text, spans)
    for span in spans:
        span["start"], span["end"] = offsets[span["start"]], offsets[span["end"]]
        assert skeleton[span["start"]:span["end"]] == span["wrong"], span
    words = len(WORD_RE.findall(text))
    entry = {
        "id": path.stem, "url": record["url"], "site": site_of(record["url"]),
        "region": record.get("region", ""), "kind": record.get("kind", ""),
        "words": words, "kept_words": words - skeleton.count(MASK),
        "skeleton": skeleton, "errors": spans}
    if collection:
        entry["collection"] = collection     # the later round it came from
    return entry


def derive(raw_folder: Path, more_tuning: Sequence[Path] = (),
           more_heldout: Sequence[Path] = ()) -> dict[str, list[dict[str, Any]]]:
    """Both halves from ``raw_folder`` (split by site); releases from the ``more_tuning``
    folders (collected later, from sites of neither half) join the tuning half only, those
    from ``more_heldout`` (collected later and never read while tuning) the held-out half."""
    masker = Masker()
    out: dict[str, list[dict[str, Any]]] = {"tuning": [], "heldout": []}
    seen: set[str] = set()
    paths: list[tuple[Path, str | None]] = [(path, None) for path in
                                           sorted(raw_folder.glob("*.json"))]
    for folder in more_tuning:
        paths += [(path, "tuning") for path in sorted(folder.glob("*.json"))]
    for folder in more_heldout:
        paths += [(path, "heldout") for path in sorted(folder.glob("*.json"))]
    for path, forced in paths:
        entry = derive_entry(masker, path, path.parent.name if forced else None)
        if entry["url"] in seen:
            continue
        seen.add(entry["url"])
        split = forced or split_of(entry["site"])
        other = "tuning" if split == "heldout" else "heldout"
        if forced and entry["site"] in {r["site"] for r in out[other]}:
            logger.warning("skipped %s: its site is in the %s half", path.name, other)
            continue
        out[split].append(entry)
    return out


def appended(half: str, folders: Sequence[Path], kept: Path = OUT
             ) -> dict[str, list[dict[str, Any]]]:
    """The halves as kept in ``bench/data/real`` with the releases of ``folders`` (a later
    round, from sites of neither half) added to ``half``: a new round joins without the
    earlier rounds' raw files, which the repository does not hold. The skeletons already
    kept are left as they are."""
    out = {name: [json.loads(line) for line in
                  (kept / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line]
           for name in ("tuning", "heldout")}
    sites = {r["site"] for records in out.values() for r in records}
    urls = {r["url"] for records in out.values() for r in records}
    masker = Masker()
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            entry = derive_entry(masker, path, folder.name)
            if entry["url"] in urls or entry["site"] in sites:
                logger.warning("skipped %s: %s is already in the evaluation set", path.name,
                               entry["site"])
                continue
            entry["id"] = f"{folder.name}-{path.stem}"
            urls.add(entry["url"])
            sites.add(entry["site"])
            out[half].append(entry)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="derive the real-text evaluation set")
    parser.add_argument("raw", type=Path, nargs="?",
                        help="the first round (split by site); omit it with --append")
    parser.add_argument("--more-tuning", type=Path, nargs="*", default=[],
                        help="folders of releases collected later, from new sites, for "
                             "tuning only")
    parser.add_argument("--more-heldout", type=Path, nargs="*", default=[],
                        help="folders of releases collected later, from new sites, and "
                             "never read while tuning: held-out only")
    parser.add_argument("--append", choices=("tuning", "heldout"),
                        help="add the releases of --more-tuning/--more-heldout folders to "
                             "this half of the kept set instead of rebuilding both")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.append:
        result = appended(args.append, [*args.more_tuning, *args.more_heldout])
    elif args.raw is None:
        parser.error("the first round's folder, or --append")
    else:
        result = derive(args.raw, args.more_tuning, args.more_heldout)
    OUT.mkdir(parents=True, exist_ok=True)
    for split, records in result.items():
        with (OUT / f"{split}.jsonl").open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        words = sum(r["words"] for r in records)
        kept = sum(r["kept_words"] for r in records)
        classes = Counter(e["class"] for r in records for e in r["errors"])
        logger.info("%s: %d releases, %d sites, %d words (%.0f%% kept visible), errors %s",
                    split, len(records), len({r["site"] for r in records}), words,
                    100 * kept / max(1, words), dict(classes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
