"""Regenerate ``resources/style/akar-pasif.txt`` from hunspell id_ID's affix data (run by hand).

The list holds the roots that take the passive prefix *di-* (a *di-* or *meN-* prefix flag,
or a *di-/meN-…-i/-kan* suffix flag in ``id_ID.aff``). The style rule "awalan di- terpisah"
reads it to tell *di konfirmasi* (a split prefix) from *di rumah* (a preposition, listed in
``di-pisah-kecuali.tsv``). Run: ``.venv/bin/python scripts/build_passive_roots.py``.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.language.eyd_context import PASSIVE_ROOTS_FILE, load_passive_roots  # noqa: E402
from app.language.lexicon import style_dir  # noqa: E402

HEADER = """\
# Kata dasar yang menerima awalan pasif di- menurut data imbuhan hunspell id_ID
# (bendera awalan di-/meN- atau akhiran di-…-i/-kan, meN-…-i/-kan di id_ID.aff).
# Dibuat oleh scripts/build_passive_roots.py dari resources/hunspell/id_ID.dic; lisensi
# mengikuti kamus hunspell id_ID (LGPL-3/GPL-3, lihat resources/hunspell/SOURCES.md).
# Format: kata_dasar<TAB>polos|akhiran. "polos": bentuk di+kata dasar tanpa akhiran tercatat
# di resources/bahasa/frekuensi.tsv (wordfreq, CC BY-SA 4.0), mis. dikonfirmasi; "akhiran":
# hanya dengan -i/-kan (kata benda juga berbendera meN-: objek → mengobjekkan, bukan diobjek).
"""


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    frequencies = ROOT / "resources" / "bahasa" / "frekuensi.tsv"
    attested = frozenset(line.split("\t", 1)[0] for line in
                         frequencies.read_text(encoding="utf-8").splitlines()
                         if line.startswith("di"))
    roots = load_passive_roots(attested=attested)
    target = style_dir() / PASSIVE_ROOTS_FILE
    lines = [f"{word}\t{kind}" for word, kind in sorted(roots.items())]
    target.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    logging.info("%d kata dasar ditulis ke %s", len(roots), target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
