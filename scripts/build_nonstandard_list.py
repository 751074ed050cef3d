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

The pairs dropped because hunspell or the lexicon accepts the non-standard form are not
lost: each was reviewed by hand against KBBI VI (``tidak-baku-diterima-hunspell.tsv``, with
KBBI pairs the list lacks), and ``--dibuang`` prints any dropped pair not reviewed yet. From
the kept reviewed pairs, and from the root pairs of ``baku.tsv`` and the general list, the
script derives the affixed and clitic forms (KBBI morphology: *di-*, *meN-* with its
peluluhan, *ber-*, *ter-*, *se-*, *peN-…-an*, *per-…-an*, *ke-…-an*, *-kan*, *-i*, *-an*,
*-nya*) into ``tidak-baku-diterima-bentuk.tsv``: a derived pair is kept when its standard
form is a word the checker accepts and one of the two forms occurs in Indonesian text
(``frekuensi.tsv``), or when it only adds *-nya* (a clitic changes no word). The general
list's own forms that the affix analysis admits all the same (*ambulan* = *ambul* + *-an*,
*berserta*, *menterjemahkan*) go there too: the spelling rule never sees them.

Run: ``.venv/bin/python scripts/build_nonstandard_list.py CLONE [--dibuang]`` (a clone of
the repository above: its CSV gives the pairs, its two JSON files the case each form is
written in).
"""

from __future__ import annotations

import csv
import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.language.affixes import men_form  # noqa: E402
from app.language.checker import Checker  # noqa: E402  (the project's own data decides)
from app.language.lexicon import read_table, style_dir  # noqa: E402

logger = logging.getLogger("build_nonstandard_list")
TARGET = ROOT / "resources" / "bahasa" / "tidak-baku-umum.tsv"
REVIEWED = ROOT / "resources" / "bahasa" / "tidak-baku-diterima-hunspell.tsv"
DERIVED = ROOT / "resources" / "bahasa" / "tidak-baku-diterima-bentuk.tsv"
KEPT = ("yakin", "saran", "turunan")
"""The reviewed decisions that make a pair a finding (``saran``: at suggestion severity;
``turunan``: the root is standard, only its affixed forms are not — *baharu*, but
*memperbaharui* for *memperbarui*)."""
OCCURS_ZIPF = 3.0
"""A derived form counts as used in Indonesian text at this zipf (``frekuensi.tsv`` holds
the words from 3.0 up)."""
PREFIXES = ("", "di", "meN", "ber", "ter", "se", "peN", "per", "ke", "memper", "diper")
DERIVED_ONLY = ("memper", "diper", "per", "peN")
"""The prefixes a ``turunan`` root is derived with (*memperbaharui*, *perbaharui*,
*pembaharuan*)."""
SUFFIXES = ("", "kan", "i", "an", "nya", "kannya", "inya", "annya")
DERIVED_HEADER = """\
# Bentuk berimbuhan dan berklitik dari pasangan tidak baku -> baku yang ditinjau
# (tidak-baku-diterima-hunspell.tsv, keyakinan yakin/saran), dari pasangan kata dasar
# baku.tsv dan dari tidak-baku-umum.tsv: awalan di-, meN- (dengan peluluhan KBBI), ber-,
# ter-, se-, peN-/per-/ke-...-an, akhiran -kan, -i, -an, klitik -nya. Disimpan bila bentuk
# bakunya diterima pemeriksa dan salah satu bentuk muncul di frekuensi.tsv (wordfreq id,
# zipf >= 3), atau bila hanya menambah -nya; juga bentuk tidak-baku-umum.tsv yang tetap
# diterima analisis imbuhan (ambulan, berserta, menterjemahkan). Dibuat oleh
# scripts/build_nonstandard_list.py; jangan disunting tangan. Lisensi mengikuti sumber
# pasangan (ABRMS / fakta KBBI).
# Format: tidak_baku<TAB>baku<TAB>keyakinan
"""
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
    others = (style_dir() / "baku.tsv", TARGET.with_name("tidak-baku.tsv"))
    known = {row[0].lower() for path in others for row in read_table(path)}  # not its own output
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


def dropped(rows: list[tuple[str, str]], proper: set[str], checker: Checker
            ) -> list[tuple[str, str]]:
    """The one-word lowercase pairs ``select`` leaves out because hunspell or the service
    lexicon accepts the non-standard form: the pairs the reviewed file decides."""
    found: dict[str, str] = {}
    for wrong, right in rows:
        lowered, standard = wrong.strip().lower(), right.strip().lower()
        if lowered in found or not lowered.isalpha() or lowered in proper or \
                lowered == standard.replace(" ", ""):
            continue
        if checker.backend.check(lowered) or any(
                checker.lexicon.accepts(form) for form in
                (lowered, lowered.capitalize(), lowered.upper())):
            found[lowered] = standard
    return sorted(found.items())


def reviewed(path: Path = REVIEWED) -> dict[str, tuple[str, str]]:
    """Every reviewed pair: non-standard form -> (standard form, decision)."""
    return {row[0].lower(): (row[1], row[2]) for row in read_table(path, columns=3)}


def _affixed(prefix: str, root: str, suffix: str) -> str:
    """``root`` with a prefix name of ``PREFIXES`` and a suffix (KBBI morphology)."""
    if prefix == "meN":
        head = men_form(root)
    elif prefix == "peN":
        head = "pe" + men_form(root)[2:]      # peN- melts as meN- does: pengimbau
    elif prefix in ("per", "ke", "peN") or prefix.endswith("per"):
        head = prefix + root
    else:
        head = prefix + root
    if prefix in ("peN", "ke") and not suffix.startswith("an"):
        return ""                            # the confixes pe-an, ke-an only
    if prefix == "per" and not suffix.startswith(("an", "i", "kan")):
        return ""                            # per-an, and the verbs per-…-i/-kan (perbarui)
    return head + suffix


def derive(roots: dict[str, tuple[str, str]], checker: Checker,
           known: set[str]) -> list[tuple[str, str, str]]:
    """Affixed and clitic pairs of one-word root pairs (see the module docstring);
    ``known``: forms some table already lists, left to it."""
    zipf = checker.vocabulary.zipf
    pairs: dict[str, tuple[str, str]] = {}
    for root, (standard, decision) in roots.items():
        if " " in standard or not root.isalpha() or not standard.isalpha():
            continue
        for prefix in PREFIXES:
            for suffix in SUFFIXES:
                if (not prefix and not suffix) or (
                        decision == "turunan" and prefix not in DERIVED_ONLY):
                    continue
                wrong, right = _affixed(prefix, root, suffix), _affixed(prefix, standard, suffix)
                if not wrong or wrong == right or wrong in known or wrong in pairs:
                    continue
                clitic = not prefix and suffix == "nya"
                if not clitic and decision != "turunan" and \
                        max(zipf(wrong), zipf(right)) < OCCURS_ZIPF:
                    continue                 # a turunan root's every such form is one
                if not (checker.backend.check(right) or zipf(right) > 0 or
                        decision == "turunan") or not checker.accepts_word(right):
                    continue                 # audiensi + -i: no standard word comes out
                if checker.lexicon.accepts(wrong.capitalize()):
                    continue                 # a name (Ramadhani) is written so
                if not checker.backend.check(root) and (
                        checker.backend.check(wrong) or checker.lexicon.accepts(wrong)):
                    continue                 # memendam, mengemis: a word in its own right
                kept_as = "yakin" if decision == "turunan" else decision
                pairs[wrong] = (right, kept_as)
                if suffix.endswith("nya") or f"{wrong}nya" in known:
                    continue
                pairs.setdefault(f"{wrong}nya", (f"{right}nya", kept_as))  # a clitic
    return sorted((wrong, right, decision) for wrong, (right, decision) in pairs.items())


def admitted(general: dict[str, tuple[str, str]], checker: Checker,
             listed: set[str]) -> list[tuple[str, str, str]]:
    """The general list's forms the checker accepts all the same: hunspell rejects them,
    but the affix analysis explains them (*ambulan* = *ambul* + *-an*, *berserta*,
    *terpercaya*), so the spelling rule, which would suggest the standard form, never
    sees them; the style rule must."""
    return sorted((wrong, right, decision) for wrong, (right, decision) in general.items()
                  if wrong not in listed and checker.accepts_word(wrong))


def build_derived(checker: Checker) -> list[tuple[str, str, str]]:
    """The reviewed pairs kept, and the derived forms of every root pair."""
    kept = {wrong: value for wrong, value in reviewed().items() if value[1] in KEPT}
    style = {row[0].lower(): (row[1].lower(), "yakin")
             for row in read_table(style_dir() / "baku.tsv") if " " not in row[0]}
    general = {row[0]: (row[1], "yakin") for row in read_table(TARGET)}
    known = set(style) | set(general)
    own = [(wrong, right, decision) for wrong, (right, decision) in sorted(kept.items())
           if wrong not in known and decision != "turunan"]
    own += admitted(general, checker, {wrong for wrong, _, _ in own})
    roots = {**general, **style, **kept}
    return own + derive(roots, checker, known | set(kept))


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    show_dropped = "--dibuang" in argv
    argv = [arg for arg in argv if arg != "--dibuang"]
    if len(argv) != 1:
        logger.error("pakai: build_nonstandard_list.py FOLDER-KLON [--dibuang]")
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
    decided = reviewed()
    unreviewed = [pair for pair in dropped(rows, proper, checker) if pair[0] not in decided]
    for wrong, right in unreviewed if show_dropped else ():
        print(f"{wrong}\t{right}")         # the list asked for
    if unreviewed:
        logger.warning("%d pasangan dibuang belum ditinjau (--dibuang)", len(unreviewed))
    derived = build_derived(checker)
    DERIVED.write_text(DERIVED_HEADER + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in derived),
                       encoding="utf-8")
    logger.info("%d bentuk ditulis ke %s", len(derived), DERIVED)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
