"""``rilis diff A B [-o OUT.html]``: compare two drafts, two versions, or a DOCX with its
source, word by word."""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.base.atomic import write_atomic
from app.base.errors import DraftError, RilisError
from app.base.userfile import MAX_DOCX_BYTES, read_user_file
from app.release.draftfile import load_draft, release_from_dict
from app.release.model import Release
from app.render.docx_source import extract_source
from app.review.diff import FieldDiff, compare_releases, diff_lines, diff_report_html
from app.review.docx_open import compare_with_source

_VERSION = re.compile(r"^(.*)#(-?\d+)$")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "diff", help="bandingkan dua draf atau versi kata demi kata",
        description="Bandingkan dua draf, dua versi (DRAF#N = versi ke-N di riwayat draf, "
                    "#-1 = versi terakhir), atau DOCX dengan draf yang dibawanya (satu argumen).")
    parser.add_argument("old", metavar="A")
    parser.add_argument("new", nargs="?", metavar="B")
    parser.add_argument("-o", "--output", type=Path, metavar="LAPORAN.html",
                        help="tulis laporan HTML berdampingan")
    parser.add_argument("--json", action="store_true", help="keluaran JSON")
    parser.set_defaults(func=run)


def load_side(spec: str) -> Release:
    """A release from ``PATH``, ``PATH#N`` (a version of the draft) or a DOCX's source."""
    match = _VERSION.match(spec)
    path = Path(match.group(1) if match else spec)
    if path.suffix.lower() == ".docx":
        release = extract_source(read_user_file(path, MAX_DOCX_BYTES, "DOCX"))
        if release is None:
            raise RilisError(f"{path} tidak membawa draf Rilis; tidak dapat dibandingkan.")
        return release
    release = load_draft(path)
    if not match:
        return release
    number = int(match.group(2))
    versions = release.versions
    index = number - 1 if number > 0 else len(versions) + number
    if not 0 <= index < len(versions):
        raise RilisError(f"{path} hanya punya {len(versions)} versi; #{number} tidak ada.")
    try:
        return release_from_dict({"version": 2, **versions[index].content},
                                 path.parent.resolve())
    except DraftError as error:
        raise RilisError(f"Versi #{number} di {path} rusak: {error}") from error


def run(args: argparse.Namespace) -> int:
    if args.new is None:
        path = Path(args.old)
        if path.suffix.lower() != ".docx":
            raise RilisError("Dengan satu argumen, berkas harus DOCX (dibandingkan dengan draf "
                             "yang dibawanya).")
        source = load_side(args.old)
        diffs: list[FieldDiff] = compare_with_source(
            source, read_user_file(path, MAX_DOCX_BYTES, "DOCX"))
        names = (f"{path.name} (draf tertanam)", f"{path.name} (teks sekarang)")
    else:
        diffs = compare_releases(load_side(args.old), load_side(args.new))
        names = (args.old, args.new)
    if args.output:
        write_atomic(args.output, diff_report_html(diffs, *names).encode("utf-8"),
                     keep_backup=False)
    if args.json:
        print(json.dumps({"changes": [
            {**{k: v for k, v in asdict(d).items() if k != "ops"},
             "deleted": d.deleted, "inserted": d.inserted} for d in diffs]},
            ensure_ascii=False, indent=2))
    else:
        for line in diff_lines(diffs):
            print(line)
        if not diffs:
            print("Tidak ada perbedaan.")
    return 1 if diffs else 0
