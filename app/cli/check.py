"""``rilis check PATH [--json]``: spelling and EYD style of a draft or an exported file;
``-`` reads plain UTF-8 text from standard input (an editor or a script pipes a paragraph).

Exit status 0 = no findings, 1 = findings, 2 = error (raised as ``RilisError``). The JSON
shape and the exit codes are a public contract (issue 3).
"""

from __future__ import annotations

import argparse
import bisect
import io
import logging
import re
import sys
from pathlib import Path
from typing import Any

from app.base.errors import RilisError
from app.base.userfile import MAX_DOCX_BYTES, MAX_TEXT_BYTES, read_user_file, size_text
from app.cli import startup
from app.language import Checker, Finding
from app.language.report import reported

logger = logging.getLogger(__name__)

SUPPORTED = (".rilis", ".txt", ".docx", ".html", ".htm")
STDIN = "-"
"""The path that means standard input, as for most command-line tools."""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check", help="periksa ejaan dan gaya bahasa (EYD V)",
        description="Periksa ejaan dan gaya bahasa (EYD edisi V) sebuah draf .rilis, berkas "
                    ".txt, atau hasil ekspor .docx/.html. Status keluar: 0 = tidak ada temuan, "
                    "1 = ada temuan, 2 = galat.")
    parser.add_argument("path", type=Path, metavar="BERKAS", nargs="?",
                        help="berkas .rilis, .txt, .docx atau .html; - membaca teks "
                             "dari masukan standar")
    parser.add_argument("--json", action="store_true",
                        help="keluaran JSON: {\"findings\": [...], \"words\": N}")
    parser.add_argument("--rules", action="store_true",
                        help="daftar aturan pemeriksa: id, tingkat, sumber, uraian")
    parser.set_defaults(func=run, holds_startup=True)


def docx_text(path: Path) -> str:
    import docx  # python-docx is heavy; only the .docx path needs it

    data = read_user_file(path, MAX_DOCX_BYTES, "DOCX")
    from app.render.docx_source import checked_docx  # issue 13.6: capped part reads

    try:
        checked_docx(data)
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises zipfile/KeyError/XML errors alike
        raise RilisError(f"Berkas {path} bukan dokumen DOCX yang dapat dibaca.") from error
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def load_text(path: Path) -> tuple[str, set[str]]:
    """The plain text to check and the words the draft itself knows."""
    text, known, _ignored = load_checked(path)
    return text, known


def stdin_text() -> str:
    """Plain text piped in, at most ``MAX_TEXT_BYTES`` like a .txt file (a BOM dropped)."""
    raw = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
    if len(raw) > MAX_TEXT_BYTES:
        raise RilisError(f"Masukan standar terlalu besar (batas {size_text(MAX_TEXT_BYTES)}).")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RilisError("Masukan standar bukan teks UTF-8.") from error


def load_checked(path: Path) -> tuple[str, set[str], list[str]]:
    """The plain text to check, the words the draft knows and the words the officer
    ignored in it (``kata_diabaikan``; none for a file that is not a draft)."""
    if str(path) == STDIN:
        return stdin_text(), set(), []
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise RilisError(
            f"Jenis berkas {path.suffix or '(tanpa ekstensi)'} tidak didukung; gunakan "
            ".rilis, .txt, .docx atau .html, atau - untuk masukan standar.")
    if not path.exists():
        raise RilisError(f"Berkas {path} tidak ditemukan.")
    if path.is_dir():
        raise RilisError(f"{path} adalah folder, bukan berkas.")
    if suffix == ".rilis":
        from app.release.draftfile import load_draft  # the release model: drafts only
        from app.release.known_words import words_from_release
        from app.render.export import release_plain_text

        release = load_draft(path)
        return (release_plain_text(release), words_from_release(release),
                list(release.kata_diabaikan))
    if suffix == ".docx":
        return docx_text(path), set(), []
    raw = read_user_file(path, MAX_TEXT_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RilisError(f"Berkas {path} bukan teks UTF-8.") from error
    if suffix in (".html", ".htm"):
        from app.base.html_text import html_text  # only HTML needs the HTML reader

        return html_text(text), set(), []
    return text, set(), []


def _line_starts(text: str) -> list[int]:
    """Offsets where each line starts: a finding's line is then a binary search, not a
    count from the top of a 5 MB text for each of thousands of findings."""
    return [0, *(match.end() for match in re.finditer("\n", text))]


def _line_col(starts: list[int], offset: int) -> tuple[int, int]:
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def format_human(path: Path, text: str, findings: list[Finding]) -> str:
    """Linter lines: ``PATH:line:col: kind rule: message (saran: a, b)``; a word flagged
    more than once is listed at its first place with ``(N kali)``."""
    lines = []
    starts = _line_starts(text)
    for finding in findings:
        line, column = _line_col(starts, finding.start)
        hint = f" (saran: {', '.join(finding.suggestions)})" if finding.suggestions else ""
        times = f" ({finding.count} kali)" if finding.count > 1 else ""
        soft = " [saran]" if finding.severity == "saran" else ""
        lines.append(f"{path}:{line}:{column}: {finding.kind} {finding.rule}{soft}: "
                     f"{finding.message}{times}{hint}")
    return "\n".join(lines)


def list_rules(as_json: bool) -> int:
    """Every rule the checker runs, with its severity, source and description."""
    from app.language.rulebook import rulebook

    rules = rulebook()
    if as_json:
        import json  # --json only: a plain check spares the import

        print(json.dumps({"rules": rules}, ensure_ascii=False, indent=2))
        return 0
    for rule in rules:
        print(f"{rule['id']} [{rule['severity']}] {rule['description']} — {rule['source']}")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.rules:
        return list_rules(args.json)
    if args.path is None:
        raise RilisError("Sebutkan berkas yang diperiksa, atau --rules untuk daftar aturan.")
    path: Path = args.path
    text, known, ignored = load_checked(path)
    checker = Checker()
    startup.release()           # the word tables and rules are made: start-up is over
    try:
        for warning in checker.warnings:
            print(f"rilis: peringatan: {warning}", file=sys.stderr)
        findings = reported(checker.check(text, known_words=known, ignored=ignored))
        words = checker.count_words(text)
    finally:
        checker.close()
    if args.json:
        import json

        payload = {"findings": [finding.to_dict() for finding in findings], "words": words}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    elif findings:
        print(format_human(path, text, findings))
    else:
        print(f"{path}: tidak ada temuan ({words} kata).")
    return 1 if findings else 0
