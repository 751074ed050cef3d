"""``rilis new [-t TEMPLATE] -o DRAFT``: a starter draft to fill in."""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path
from typing import Any

from app.base.errors import RilisError
from app.cli.notices import warn_notices
from app.desk.session import Session
from app.library.catalog import Library
from app.release.model import Event, Meta, Paragraph, Release
from app.render.templating import DEFAULT_TEMPLATE, list_templates


def starter_release(template_id: str = DEFAULT_TEMPLATE,
                    today: datetime.date | None = None) -> Release:
    """An empty release dated today, with one paragraph to start typing in."""
    today = today or datetime.date.today()
    stamp = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    return Release(template=template_id, event=Event(date=today.isoformat(), timezone="WIB"),
                   body=[Paragraph(text="")], meta=Meta(created=stamp, modified=stamp))


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("new", help="buat draf baru dari templat",
                                   description="Buat draf .rilis baru yang siap diisi.")
    parser.add_argument("-t", "--template", default=DEFAULT_TEMPLATE, metavar="TEMPLAT",
                        help=f"jenis rilis (bawaan: {DEFAULT_TEMPLATE}; lihat 'rilis templates')")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="DRAF",
                        help="berkas .rilis yang dibuat")
    parser.add_argument("-s", "--starter", metavar="STARTER",
                        help="salin starter ini (lihat 'rilis templates list')")
    parser.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.starter:
        release = Library().new_from_starter(args.starter)
    else:
        known = {info.id for info in list_templates()}
        if args.template not in known:
            raise RilisError(f"Templat '{args.template}' tidak ada. Yang tersedia: "
                             f"{', '.join(sorted(known))}.")
        release = starter_release(args.template)
    output: Path = args.output
    if output.suffix == "":
        output = output.with_suffix(".rilis")
    if output.exists() and not args.force:
        raise RilisError(f"{output} sudah ada; pakai --force untuk menimpanya.")
    warn_notices(Session(release).save(output))  # stamped like the desktop app's save
    print(output)
    return 0
