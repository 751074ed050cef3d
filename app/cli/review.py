"""``rilis review``, ``rilis status`` and ``rilis comment``: the supervisor's side, headless."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.base.atomic import write_atomic
from app.base.errors import RilisError
from app.base.settings import acting_person, load_settings
from app.cli.notices import warn_notices
from app.desk.session import Session
from app.release.approval import LABELS
from app.release.draftfile import load_draft
from app.review.checklist import STATUS_LABELS, overall, run_checklist
from app.review.report import report_docx, report_html


def register(subparsers: Any) -> None:
    review = subparsers.add_parser(
        "review", help="daftar periksa tinjauan dan laporannya",
        description="Jalankan daftar periksa tinjauan; -o menulis laporan satu halaman "
                    "(.html atau .docx). Status keluar 1 bila ada butir yang gagal.")
    review.add_argument("draft", type=Path, metavar="DRAF")
    review.add_argument("-o", "--output", type=Path, metavar="LAPORAN")
    review.add_argument("--json", action="store_true", help="keluaran JSON")
    review.set_defaults(func=run_review)

    status = subparsers.add_parser(
        "status", help="ubah status tinjauan draf",
        description=f"Ubah status: {', '.join(LABELS)}. Disimpan dengan nama dan waktu.")
    status.add_argument("draft", type=Path, metavar="DRAF")
    status.add_argument("status", choices=list(LABELS), metavar="STATUS")
    status.add_argument("--oleh", "--by", dest="by", default=None, metavar="NAMA",
                        help="siapa yang mengubah (bawaan: nama di Pengaturan)")
    status.add_argument("--note", "--catatan", dest="note", default="", metavar="CATATAN")
    status.add_argument("--paksa", action="store_true",
                        help="setujui walau ada komentar terbuka atau butir gagal "
                             "(dicatat sebagai pengabaian)")
    status.set_defaults(func=run_status)

    comment = subparsers.add_parser("comment", help="tambah atau selesaikan komentar peninjau")
    comment.add_argument("draft", type=Path, metavar="DRAF")
    comment.add_argument("text", nargs="?", default="", metavar="KOMENTAR")
    comment.add_argument("--oleh", "--by", dest="by", default=None, metavar="NAMA",
                         help="penulis komentar (bawaan: nama di Pengaturan)")
    comment.add_argument("--block", type=int, default=0, metavar="N",
                         help="nomor blok isi (1 = pertama; 0 = seluruh rilis)")
    comment.add_argument("--resolve", metavar="ID", help="tandai komentar ini selesai")
    comment.set_defaults(func=run_comment)


def run_review(args: argparse.Namespace) -> int:
    release = load_draft(args.draft)
    items = run_checklist(release)
    if args.output:
        suffix = args.output.suffix.lower()
        if suffix == ".docx":
            data = report_docx(release, items)
        elif suffix in (".html", ".htm"):
            data = report_html(release, items).encode("utf-8")
        else:
            raise RilisError("Laporan harus berakhiran .html atau .docx.")
        write_atomic(args.output, data, keep_backup=False)
    if args.json:
        print(json.dumps({"status": release.review.status, "overall": overall(items),
                          "items": [asdict(item) for item in items]},
                         ensure_ascii=False, indent=2))
    else:
        for item in items:
            print(f"{STATUS_LABELS[item.status]:<9} {item.label}: {item.reason}")
    return 1 if overall(items) == "fail" else 0


def acting_name(given: str | None) -> str:
    """``--oleh NAMA``, else the name stored in the settings (the GUI asks it once)."""
    if given is not None and given.strip():
        return " ".join(given.split())
    name = acting_person(load_settings())
    if not name:
        raise RilisError("Siapa yang mengubah? Tulis --oleh NAMA, atau isi Nama penulis di "
                         "Pengaturan aplikasi.")
    return name


def run_status(args: argparse.Namespace) -> int:
    session = Session.open(args.draft)
    by = acting_name(args.by)
    open_items = session.blockers_for(args.status)
    if open_items and not args.paksa:
        lines = "\n".join(f"  - {item}" for item in open_items)
        raise RilisError(f"Draf belum layak disetujui; masih terbuka:\n{lines}\n"
                         "Ulangi dengan --paksa untuk tetap menyetujui (dicatat di "
                         "riwayat sebagai pengabaian).")
    change = session.set_status(args.status, by, args.note, open_items)
    warn_notices(session.save())  # stamped like the desktop app's save
    forced = " — disetujui dengan pengabaian" if change.overridden else ""
    print(f"{args.draft}: {LABELS[change.status]} ({change.by}, {change.at}){forced}")
    return 0


def run_comment(args: argparse.Namespace) -> int:
    session = Session.open(args.draft)
    if args.resolve:
        session.resolve(args.resolve)
    else:
        # a comment may stay unsigned (as before), a status change may not
        author = " ".join((args.by or "").split()) or acting_person(load_settings())
        comment = session.comment(args.text, author, args.block - 1)
        print(comment.id)
    warn_notices(session.save())  # stamped like the desktop app's save
    return 0
