"""``rilis gui [DRAFT] [--screenshot PNG]``: the desktop app from the command line.

This module is imported for every ``rilis`` command, so it must not import Qt at module
level: Qt is loaded only inside ``launch``.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "gui", help="buka aplikasi desktop Rilis",
        description="Membuka aplikasi desktop Rilis, opsional dengan sebuah draf.")
    parser.add_argument("draft", nargs="?", type=Path, metavar="DRAF",
                        help="draf .rilis yang dibuka")
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help="buka jendela tanpa layar, tunggu pratinjau selesai, simpan "
                             "tangkapan layar ke PNG lalu keluar")
    parser.add_argument("--tinjauan", action="store_true",
                        help="dengan --screenshot: tangkap jendela dalam mode tinjauan")
    parser.add_argument("--ukuran", type=_size, default=None, metavar="LEBARxTINGGI",
                        help="dengan --screenshot: ukuran jendela, mis. 1366x768")
    parser.set_defaults(func=_run)


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ukuran '{text}' tidak sah (mis. 1366x768)") from None


def _run(args: argparse.Namespace) -> int:
    return launch(args.draft, args.screenshot, review=args.tinjauan, size=args.ukuran)


def launch(draft: Path | None, screenshot: Path | None = None, review: bool = False,
           size: tuple[int, int] | None = None) -> int:
    """Open the app; returns the exit status (0 ok, 1 failed, 2 draft unreadable)."""
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import run

    return run(draft, screenshot, review=review, size=size)
