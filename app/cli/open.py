"""``rilis open FILE.docx -o DRAFT.rilis``: get the draft back out of an exported DOCX."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.notices import warn_notices
from app.diff import diff_lines
from app.docx_source import open_docx
from app.draftfile import save_draft
from app.errors import RilisError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "open", help="pulihkan draf dari DOCX ekspor Rilis",
        description="Bangun kembali draf .rilis dari DOCX: persis bila DOCX membawa draf "
                    "Rilis, dari teksnya bila tidak. Suntingan di Word ditampilkan.")
    parser.add_argument("docx", type=Path, metavar="BERKAS.docx")
    parser.add_argument("-o", "--output", type=Path, metavar="DRAF",
                        help="draf yang ditulis (bawaan: nama DOCX dengan akhiran .rilis)")
    parser.add_argument("--force", action="store_true", help="timpa draf yang sudah ada")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    opened = open_docx(args.docx)
    output: Path = args.output or args.docx.with_suffix(".rilis")
    if output.exists() and not args.force:
        raise RilisError(f"{output} sudah ada; pakai --force untuk menimpanya.")
    warn_notices(save_draft(opened.release, output))
    if opened.note:
        print(f"rilis: catatan: {opened.note}", file=sys.stderr)
    for line in diff_lines(opened.edits):
        print(f"  {line}", file=sys.stderr)
    print(output)
    return 0
