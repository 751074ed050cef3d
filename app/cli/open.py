"""``rilis open FILE.docx -o DRAFT.rilis``: get the draft back out of an exported DOCX, with
the supervisor's review (tracked changes, comments) listed, accepted or rejected."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.base.errors import RilisError
from app.cli.notices import warn_notices
from app.desk.session import Session
from app.review.diff import diff_lines
from app.review.docx_open import OpenedDocx, open_docx
from app.review.docx_review import (
    accept_all,
    reject_all,
    resolve,
    reviewers,
    summary,
    write_resolution,
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "open", help="pulihkan draf dari DOCX ekspor Rilis",
        description="Bangun kembali draf .rilis dari DOCX: persis bila DOCX membawa draf "
                    "Rilis, dari teksnya bila tidak. Suntingan di Word ditampilkan; "
                    "perubahan terlacak dapat diterima atau ditolak semuanya, komentar "
                    "Word menjadi komentar tinjauan.")
    parser.add_argument("docx", type=Path, metavar="BERKAS.docx")
    parser.add_argument("-o", "--output", type=Path, metavar="DRAF",
                        help="draf yang ditulis (bawaan: nama DOCX dengan akhiran .rilis)")
    parser.add_argument("--force", action="store_true", help="timpa draf yang sudah ada")
    parser.add_argument("--json", action="store_true",
                        help="daftar perubahan terlacak dan komentar sebagai JSON (tanpa "
                             "--accept-all/--reject-all tidak ada draf yang ditulis)")
    decide = parser.add_mutually_exclusive_group()
    decide.add_argument("--accept-all", action="store_true",
                        help="terima semua perubahan terlacak lalu simpan draf")
    decide.add_argument("--reject-all", action="store_true",
                        help="tolak semua perubahan terlacak lalu simpan draf")
    parser.set_defaults(func=run)


def _decision(args: argparse.Namespace) -> str | None:
    return "accept" if args.accept_all else "reject" if args.reject_all else None


def _json(source: Path, opened: OpenedDocx, output: Path | None, skipped: list[str]) -> str:
    found = summary(opened.returned) if opened.returned else {"changes": [], "comments": []}
    data = {"file": str(source), "embedded": opened.embedded, **found,
            "edits": [{"label": d.label, "deleted": d.deleted, "inserted": d.inserted}
                      for d in opened.edits],
            "skipped": skipped, "output": str(output) if output else None}
    return json.dumps(data, ensure_ascii=False, indent=2)


def run(args: argparse.Namespace) -> int:
    decision = _decision(args)
    opened = open_docx(args.docx, decision)
    output: Path = args.output or args.docx.with_suffix(".rilis")
    if args.json and decision is None:
        print(_json(args.docx, opened, None, []))
        return 0
    if opened.needs_choice:
        raise RilisError(f"{args.docx} tidak membawa draf Rilis dan berisi perubahan "
                         "terlacak; pilih --accept-all atau --reject-all (tidak ada yang "
                         "dicampur diam-diam).")
    if output.exists() and not args.force:
        raise RilisError(f"{output} sudah ada; pakai --force untuk menimpanya.")
    skipped: list[str] = []
    if opened.embedded and opened.returned is not None:
        # write_resolution saves the decided copy with the draft as sent in its history;
        # the decided content must equal what was typed in Word, so no stamp is added here
        chooser = accept_all if decision == "accept" else reject_all
        result = resolve(opened.release, opened.returned, chooser)
        skipped = [f"{c.label}: {c.kind} {c.text!r}" for c in result.skipped]
        warn_notices(write_resolution(opened.release, result, output,
                                      reviewers(opened.returned, chooser)))
    else:
        warn_notices(Session(opened.release).save(output))
    if args.json:
        print(_json(args.docx, opened, output, skipped))
        return 0
    if opened.note:
        print(f"rilis: catatan: {opened.note}", file=sys.stderr)
    for line in diff_lines(opened.edits):
        print(f"  {line}", file=sys.stderr)
    if opened.returned is not None:
        for change in opened.returned.changes:
            if change.paragraph >= 0:
                print(f"  {change.label}: {_KIND_NAMES[change.kind]} «{change.text}» "
                      f"({change.author or 'tanpa nama'}, {change.date or 'tanpa tanggal'})",
                      file=sys.stderr)
        for comment in opened.returned.review_comments:
            print(f"  {comment.label}: komentar {comment.author or 'tanpa nama'}: "
                  f"{comment.text}", file=sys.stderr)
    if decision:
        print(f"rilis: perubahan terlacak {'diterima' if decision == 'accept' else 'ditolak'}.",
              file=sys.stderr)
    elif opened.returned is not None and any(c.paragraph >= 0
                                             for c in opened.returned.changes):
        print("rilis: perubahan terlacak belum diterapkan; pakai --accept-all atau "
              "--reject-all.", file=sys.stderr)
    for line in skipped:
        print(f"rilis: peringatan: tidak dapat diterapkan ke isian: {line}", file=sys.stderr)
    print(output)
    return 0


_KIND_NAMES = {"insert": "sisipan", "delete": "hapusan", "move-from": "dipindah dari",
               "move-to": "dipindah ke", "format": "ubah format"}
