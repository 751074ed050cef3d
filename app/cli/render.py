"""``rilis render DRAFT... -f FORMAT -o OUT``: export one draft, or many into a folder."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from app.draftfile import load_draft
from app.errors import RilisError
from app.export import export_file
from app.writers import FORMATS

logger = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "render", help="ekspor draf ke HTML, DOCX atau teks",
        description="Ekspor draf .rilis ke HTML, DOCX atau teks. Beberapa draf sekaligus: "
                    "-o berupa folder.")
    parser.add_argument("drafts", nargs="+", type=Path, metavar="DRAF", help="berkas .rilis")
    parser.add_argument("-f", "--format", default="html", choices=[*FORMATS, "all"],
                        help="format keluaran (bawaan: html; all = semua format)")
    parser.add_argument("-o", "--output", type=Path, metavar="KELUARAN",
                        help="berkas keluaran, atau folder untuk beberapa draf/format "
                             "(bawaan: di samping draf)")
    parser.add_argument("-t", "--template", metavar="TEMPLAT",
                        help="templat yang dipakai (bawaan: templat di draf)")
    parser.add_argument("-q", "--quiet", action="store_true", help="jangan cetak hasil")
    parser.set_defaults(func=run)


def _targets(args: argparse.Namespace) -> list[tuple[Path, str, Path]]:
    formats = list(FORMATS) if args.format == "all" else [args.format]
    output: Path | None = args.output
    many = len(args.drafts) > 1 or len(formats) > 1
    to_folder = output is not None and (
        many or output.is_dir() or str(output).endswith(("/", "\\")))
    if many and output is not None and output.exists() and not output.is_dir():
        raise RilisError(
            f"{output} bukan folder; untuk beberapa draf atau format, -o harus folder.")
    targets = []
    for draft in args.drafts:
        for fmt in formats:
            if output is None:
                out = draft.with_suffix(f".{fmt}")
            elif to_folder:
                out = output / f"{draft.stem}.{fmt}"
            else:
                out = output
            targets.append((draft, fmt, out))
    return targets


def run(args: argparse.Namespace) -> int:
    targets = _targets(args)
    failures = 0
    loaded: dict[Path, Any] = {}
    for number, (draft, fmt, out) in enumerate(targets, start=1):
        try:
            release = loaded.get(draft) or load_draft(draft)
            loaded = {draft: release}
            export_file(release, fmt, out, args.template)
        except RilisError as error:
            if len(targets) == 1:
                raise
            failures += 1
            print(f"rilis: galat: {error}", file=sys.stderr)
            continue
        if not args.quiet:
            prefix = f"[{number}/{len(targets)}] " if len(targets) > 1 else ""
            print(f"{prefix}{out}")
    if failures:
        print(f"rilis: {failures} dari {len(targets)} ekspor gagal.", file=sys.stderr)
        return 2
    return 0
