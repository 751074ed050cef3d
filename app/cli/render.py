"""``rilis render DRAFT... -f FORMAT -o OUT``: export one draft, or many into a folder.

Several drafts are a batch: a progress bar on the terminal, and the work spread over the
machine's cores (``-j``), each worker loading the templates once.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Any

from app.base.errors import RilisError
from app.cli.progress import ProgressBar
from app.release.draftfile import load_draft
from app.release.model import Release
from app.render.export import WHATSAPP, export_file
from app.render.writers import FORMATS

logger = logging.getLogger(__name__)

PARALLEL_FROM = 16
"""Batches smaller than this run in one process: starting workers costs more than it saves."""
Target = tuple[Path, str, Path]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "render", help="ekspor draf ke HTML, DOCX atau teks",
        description="Ekspor draf .rilis ke HTML, DOCX atau teks. Beberapa draf sekaligus: "
                    "-o berupa folder.")
    parser.add_argument("drafts", nargs="+", type=Path, metavar="DRAF", help="berkas .rilis")
    parser.add_argument("-f", "--format", default=None, choices=[*FORMATS, WHATSAPP, "all"],
                        help="format keluaran (bawaan: menurut ekstensi -o, selain itu html; "
                             "wa = folder pesan dan foto untuk WhatsApp; all = html, docx dan "
                             "txt)")
    parser.add_argument("--singkat", action="store_true",
                        help="dengan -f wa: versi singkat (paragraf pembuka dan satu kutipan)")
    parser.add_argument("-o", "--output", type=Path, metavar="KELUARAN",
                        help="berkas keluaran, atau folder untuk beberapa draf/format "
                             "(bawaan: di samping draf)")
    parser.add_argument("-t", "--template", metavar="TEMPLAT",
                        help="templat yang dipakai (bawaan: templat di draf)")
    parser.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                        help="jumlah proses untuk banyak draf (bawaan: jumlah inti prosesor)")
    parser.add_argument("-q", "--quiet", action="store_true", help="jangan cetak hasil")
    parser.add_argument("--komentar", action="store_true",
                        help="dengan -f docx (satu draf): komentar tinjauan yang terbuka dan "
                             "temuan pemeriksa serta daftar periksa sebagai komentar Word")
    parser.add_argument("--reference-doc", type=Path, metavar="ACUAN",
                        help="dokumen Word satuan (.docx/.dotx: kop, margin, gaya) sebagai "
                             "dasar ekspor DOCX")
    parser.set_defaults(func=run)


def _format(chosen: str | None, output: Path | None) -> str:
    """The format asked for, else the one the output's extension names, else HTML.

    ``-o siaran.docx`` without ``-f`` must not write HTML into a file Word then refuses to
    open; an explicit ``-f`` that contradicts the extension of another format is refused for
    the same reason.
    """
    named = output.suffix.lower().lstrip(".") if output is not None else ""
    if named not in FORMATS or output is None or output.is_dir() \
            or str(output).endswith(("/", "\\")):
        named = ""
    if chosen is None:
        return named or "html"
    if named and chosen in FORMATS and chosen != named:
        raise RilisError(
            f"-f {chosen} tidak cocok dengan ekstensi .{named} pada {output}; "
            f"pakai -f {named} atau ganti nama berkasnya menjadi .{chosen}.")
    return chosen


def _targets(args: argparse.Namespace) -> list[Target]:
    args.format = _format(args.format, args.output)
    if args.singkat and args.format != WHATSAPP:
        raise RilisError("--singkat hanya berlaku bersama -f wa.")
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
                out = draft.with_suffix(f".{fmt}") if fmt != WHATSAPP else \
                    draft.with_name(f"{draft.stem}-wa")
            elif fmt == WHATSAPP:  # a folder of its own per draft
                out = output / f"{draft.stem}-wa" if len(args.drafts) > 1 else output
            elif to_folder:
                out = output / f"{draft.stem}.{fmt}"
            else:
                out = output
            targets.append((draft, fmt, out))
    return targets


def _export_draft(draft: Path, jobs: list[tuple[str, Path]], template: str | None,
                  reference: Path | None = None, short: bool = False) -> list[str]:
    """Export one draft to its outputs; returns an error message per failed output."""
    try:
        release: Release = load_draft(draft)
    except RilisError as error:
        return [str(error)] * len(jobs)
    errors = []
    for fmt, out in jobs:
        try:
            export_file(release, fmt, out, template, reference, short)
        except RilisError as error:
            errors.append(str(error))
    return errors


def run(args: argparse.Namespace) -> int:
    targets = _targets(args)
    if args.komentar and any(fmt != "docx" for _, fmt, _ in targets):
        raise RilisError("--komentar hanya berlaku bersama -f docx.")
    if len(targets) == 1:
        draft, fmt, out = targets[0]
        release = load_draft(draft)
        export_file(release, fmt, out, args.template, args.reference_doc, args.singkat)
        if args.komentar:
            from app.review.docx_comments import comment_file  # issue 15

            comment_file(out, release)
        if not args.quiet:
            print(out)
        return 0
    if args.komentar:
        raise RilisError("--komentar hanya untuk satu draf yang diekspor ke DOCX (-f docx).")
    grouped: dict[Path, list[tuple[str, Path]]] = {}
    for draft, fmt, out in targets:
        grouped.setdefault(draft, []).append((fmt, out))
    jobs = args.jobs or (os.cpu_count() or 1)
    if len(grouped) < PARALLEL_FROM:
        jobs = 1
    bar = ProgressBar(len(targets), "Ekspor ")
    failures = 0
    done = 0

    def report(draft: Path, errors: list[str]) -> None:
        nonlocal failures, done
        for message in errors:
            print(f"rilis: galat: {message}", file=sys.stderr)
        failures += len(errors)
        for _, out in grouped[draft]:
            done += 1
            if not args.quiet:
                print(f"[{done}/{len(targets)}] {out}")
        bar.advance(len(grouped[draft]))

    if jobs == 1:
        for draft, outputs in grouped.items():
            report(draft, _export_draft(draft, outputs, args.template, args.reference_doc,
                                        args.singkat))
    else:
        # Imported here: multiprocessing costs a one-draft render ~20 ms of start-up.
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {draft: pool.submit(_export_draft, draft, outputs, args.template,
                                          args.reference_doc, args.singkat)
                       for draft, outputs in grouped.items()}
            for draft, future in futures.items():
                report(draft, future.result())
    bar.close()
    if failures:
        print(f"rilis: {failures} dari {len(targets)} ekspor gagal.", file=sys.stderr)
        return 2
    return 0
