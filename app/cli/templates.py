"""``rilis templates [list|show|validate|import|export|save-starter]``: the template library.

``rilis templates`` alone lists, as it always has.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from app.base.userfile import read_user_file, read_user_text
from app.library.catalog import STARTER, TEMPLATE, Entry, Library
from app.library.packs import PACK_EXTENSION, apply_import, export_pack, plan_import
from app.library.template_check import validate_template
from app.release.draftfile import MAX_FILE_BYTES, load_draft
from app.render.sandbox import MAX_TEMPLATE_BYTES
from app.render.templating import require_inside, search_path


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "templates", help="pustaka templat dan starter",
        description="Templat tata letak (cara satu jenis rilis ditulis) dan starter (draf "
                    "setengah jadi yang disalin draf baru).")
    parser.set_defaults(func=run_list, all=False, json=False)
    actions = parser.add_subparsers(dest="action", title="aksi", metavar="AKSI")

    listing = actions.add_parser("list", help="daftar templat dan starter")
    listing.add_argument("--all", action="store_true",
                         help="tampilkan juga salinan yang tertutup oleh lokasi lain")
    listing.set_defaults(func=run_list)

    show = actions.add_parser("show", help="tampilkan isi templat atau starter")
    show.add_argument("id", metavar="ID")
    show.add_argument("--starter", action="store_true", help="ID adalah starter")
    show.set_defaults(func=run_show)

    validate = actions.add_parser("validate", help="periksa templat sebelum disimpan/dibagi")
    validate.add_argument("template", metavar="BERKAS|ID")
    validate.set_defaults(func=run_validate)

    importing = actions.add_parser("import", help=f"impor paket {PACK_EXTENSION}")
    importing.add_argument("pack", type=Path, metavar="PAKET")
    importing.add_argument("--dry-run", action="store_true",
                           help="hanya tampilkan apa yang akan ditambah atau diganti")
    importing.add_argument("--team", type=Path, metavar="FOLDER",
                           help="impor ke folder tim ini, bukan folder pengguna")
    importing.set_defaults(func=run_import)

    exporting = actions.add_parser("export", help=f"ekspor templat/starter ke {PACK_EXTENSION}")
    exporting.add_argument("ids", nargs="*", metavar="ID", help="templat yang diekspor")
    exporting.add_argument("--starter", action="append", default=[], metavar="ID",
                           help="starter yang diekspor (boleh berulang)")
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar="PAKET")
    exporting.add_argument("--name", default="", help="nama paket")
    exporting.add_argument("--author", default="", help="pembuat paket")
    exporting.set_defaults(func=run_export)

    starter = actions.add_parser("save-starter", help="simpan draf sebagai starter")
    starter.add_argument("draft", type=Path, metavar="DRAF")
    starter.add_argument("id", metavar="ID")
    starter.add_argument("--name", default="", help="nama yang ditampilkan")
    starter.add_argument("--description", default="", help="keterangan satu baris")
    starter.set_defaults(func=run_save_starter)


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Terminal controls (ESC sequences can rewrite the screen or the window title) and
bidirectional overrides (they reorder what is shown)."""


def printable(text: str) -> str:
    """Text from a template, starter or pack made safe to print on a terminal: names and
    descriptions come from files anyone may have written."""
    return _CONTROL.sub("?", text.replace("\t", " ").replace("\n", " ").replace("\r", " "))


def _library() -> Library:
    library = Library()
    for problem in library.problems:
        print(f"rilis: peringatan: {printable(problem)}", file=sys.stderr)
    return library


def run_list(args: argparse.Namespace) -> int:
    library = _library()
    entries = library.entries(include_shadowed=args.all)
    width = max((len(entry.id) for entry in entries), default=0)
    for kind in (TEMPLATE, STARTER):
        for entry in (e for e in entries if e.kind == kind):
            line = f"{entry.id:<{width}}  {entry.description or entry.name}"
            if kind == STARTER or entry.location.kind != "bawaan" or args.all:
                line += f"  [{entry.kind}, {entry.location.label}"
                if entry.shadowed:
                    line += ", menutupi " + ", ".join(place.label for place in entry.shadowed)
                line += "]"
            print(printable(line))
    return 0


def _entry(library: Library, entry_id: str, starter: bool) -> Entry:
    return library.find(STARTER if starter else TEMPLATE, entry_id)


def run_show(args: argparse.Namespace) -> int:
    entry = _entry(_library(), args.id, args.starter)
    print(f"# {entry.kind} {entry.id} — {entry.location.label}: {entry.path}")
    data = read_user_file(entry.path, MAX_FILE_BYTES if args.starter else MAX_TEMPLATE_BYTES)
    sys.stdout.write(data.decode("utf-8", errors="replace"))
    return 0


def run_validate(args: argparse.Namespace) -> int:
    library = _library()
    path = Path(args.template)
    if not path.exists() and not path.is_symlink():
        path = _entry(library, args.template, False).path
        require_inside(path, args.template, search_path(library.locations.template_folders()))
    source = read_user_text(path, MAX_TEMPLATE_BYTES, "Templat")
    problems = validate_template(source, library.locations.template_folders())
    for problem in problems:
        print(f"{path}:{problem.line or 1}: {problem.message}")
    if not problems:
        print(f"{path}: templat sah.")
    return 1 if problems else 0


def run_import(args: argparse.Namespace) -> int:
    library = _library()
    target = library.target("tim", args.team.expanduser()) if args.team else library.target()
    plan = plan_import(args.pack, library, target)
    print(printable(f"Paket: {plan.name or args.pack.name}"
                    + (f" oleh {plan.author}" if plan.author else "")))
    for line in plan.summary():
        print(f"  {printable(line)}")
    if args.dry_run:
        print("(uji coba: tidak ada yang ditulis)")
        return 0
    written = apply_import(plan, target)
    print(f"{len(written)} berkas diimpor ke {target.label}.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    library = _library()
    entries = [library.find(TEMPLATE, entry_id) for entry_id in args.ids]
    entries += [library.find(STARTER, entry_id) for entry_id in args.starter]
    out = export_pack(entries, args.output, args.name, args.author)
    print(out)
    return 0


def run_save_starter(args: argparse.Namespace) -> int:
    library = _library()
    path = library.save_starter(load_draft(args.draft), args.id, args.name, args.description)
    print(path)
    return 0
