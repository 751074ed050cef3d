"""Regenerate ``resources/style/akar-pasif-akhiran-saja.txt`` from hunspell id_ID (run by hand).

Of the roots in ``akar-pasif.txt`` (roots that take the passive *di-*), it lists those whose
hunspell entry has no bare *di-*/*meN-* prefix flag (D0, M0, MG, MM, MS): they take *di-* only
with *-i*/*-kan* (*badan* → *dibadankan*, never *dibadan*), so *di* bare before them is the
preposition. Run: ``.venv/bin/python scripts/build_suffix_only_roots.py``.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.language.eyd_context import read_passive_roots  # noqa: E402
from app.language.lexicon import style_dir  # noqa: E402

BARE_PREFIX_FLAGS = frozenset({"D0", "M0", "MG", "MM", "MS"})
"""id_ID.aff flags of a bare prefix: di-, me(N)-, menge-, mem-, menye- (not a circumfix half)."""
TARGET = "akar-pasif-akhiran-saja.txt"
HEADER = """\
# Kata dasar akar-pasif.txt yang di hunspell id_ID TIDAK berbendera awalan polos di-/meN-
# (D0, M0, MG, MM, MS): menerima di- hanya bersama -i/-kan (badan → dibadankan, bukan dibadan).
# "di" polos di depannya adalah kata depan (EYD V, II.F). Dibuat oleh
# scripts/build_suffix_only_roots.py dari resources/hunspell/id_ID.dic; lisensi mengikuti kamus
# hunspell id_ID (LGPL-3/GPL-3, lihat resources/hunspell/SOURCES.md).
"""


def bare_roots(dic: Path) -> set[str]:
    """Lowercase entries of ``dic`` carrying a bare di-/meN- prefix flag."""
    found: set[str] = set()
    for line in dic.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        word, _, marks = line.partition("/")
        if not marks.strip():
            continue
        marks = marks.split()[0]
        if {marks[i:i + 2] for i in range(0, len(marks) - 1, 2)} & BARE_PREFIX_FLAGS:
            found.add(word)
    return found


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    bare = bare_roots(ROOT / "resources" / "hunspell" / "id_ID.dic")
    roots = read_passive_roots(style_dir())
    words = sorted(root for root in roots if root not in bare)
    target = style_dir() / TARGET
    target.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    logging.info("%d kata dasar ditulis ke %s", len(words), target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
