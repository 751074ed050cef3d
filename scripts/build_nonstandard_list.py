"""Regenerate ``resources/bahasa/tidak-baku-umum.tsv`` from a maintained list (run by hand).

The source is ``daftar_baku_tidak_baku.csv`` of https://github.com/lantip/baku-tidak-baku
(Ivan Lanin's list of non-standard → standard spellings, referring to KBBI; ABRMS licence:
"do anything you want", see ``resources/bahasa/SOURCES.md``). The list is broad and not
every pair holds, so only pairs that the checker's own data confirm are kept:

- the non-standard form is one word of letters, written in lower case in the source (the
  source's capitalised entries are names: *Azhar*, *Rebo*);
- hunspell ``id_ID`` rejects it and the service lexicon does not know it (a form either
  accepts is a word in its own right: the source maps *sanksi*, *rapor*, *jemaah* the wrong
  way round, and *surat*/*surah* are two words);
- hunspell accepts every word of the standard form;
- it is not a Kemendagri place word (``wilayah.txt``): a place is written as it is named.

Run: ``.venv/bin/python scripts/build_nonstandard_list.py CLONE`` (a clone of the repository
above: its CSV gives the pairs, its two JSON files the case each form is written in).
"""

from __future__ import annotations

import csv
import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.language.checker import Checker  # noqa: E402  (the project's own data decides)

logger = logging.getLogger("build_nonstandard_list")
TARGET = ROOT / "resources" / "bahasa" / "tidak-baku-umum.tsv"
HEADER = """\
# Bentuk tidak baku -> baku dari daftar Ivan Lanin (https://github.com/lantip/baku-tidak-baku,
# daftar_baku_tidak_baku.csv, merujuk ke KBBI; lisensi ABRMS, lihat SOURCES.md), hanya pasangan
# yang dikonfirmasi data Rilis sendiri: bentuk tidak baku satu kata huruf kecil di sumber,
# ditolak hunspell id_ID dan tidak dikenal leksikon dinas, bukan kata nama wilayah Kemendagri;
# bentuk baku diterima hunspell. Dibuat oleh scripts/build_nonstandard_list.py; jangan disunting
# tangan. Dipakai sebagai varian tidak baku: bukan kata dasar, bentuk baku disarankan pertama,
# dan bentuk berhuruf kapital dibiarkan di posisi nama.
# Format: tidak_baku<TAB>baku
"""


def select(rows: list[tuple[str, str]], proper: set[str], checker: Checker
           ) -> list[tuple[str, str]]:
    """The pairs the checker's own data confirm (see the module); ``proper``: the
    lowercase forms the source writes with a capital."""
    known = set(checker.vocabulary.nonstandard)
    kept: dict[str, str] = {}
    for wrong, right in rows:
        lowered = wrong.strip().lower()
        standard = right.strip().lower()
        if lowered in known or lowered in kept or not lowered.isalpha() or \
                lowered in proper or lowered == standard.replace(" ", ""):
            continue
        if checker.backend.check(lowered) or any(
                checker.lexicon.accepts(form) for form in
                (lowered, lowered.capitalize(), lowered.upper())):
            continue
        if not all(checker.backend.check(part) for part in standard.split()) or \
                checker.vocabulary.is_place(lowered):
            continue
        kept[lowered] = standard
    return sorted(kept.items())


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if len(argv) != 1:
        logger.error("pakai: build_nonstandard_list.py FOLDER-KLON")
        return 2
    folder = Path(argv[0])
    with open(folder / "daftar_baku_tidak_baku.csv", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader, None)                   # SALAH,BENAR
        rows = [(row[0], row[1]) for row in reader if len(row) >= 2]
    proper = {key.lower() for name in ("daftar_baku_lantip.json", "daftar_baku_ivanlanin.json")
              for key in json.loads((folder / name).read_text(encoding="utf-8"))
              if key[:1].isupper()}
    checker = Checker()
    pairs = select(rows, proper, checker)
    TARGET.write_text(HEADER + "".join(f"{a}\t{b}\n" for a, b in pairs), encoding="utf-8")
    logger.info("%d dari %d pasangan ditulis ke %s", len(pairs), len(rows), TARGET)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
