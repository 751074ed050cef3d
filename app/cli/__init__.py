"""The ``rilis`` command: everything the app can do to a draft, headless.

User mistakes end with an Indonesian message on stderr and exit status 2, never a
traceback. Each subcommand lives in its own module with ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from app import __version__
from app.cli.parser import RilisArgumentParser
from app.errors import RilisError

logger = logging.getLogger(__name__)

SUBCOMMANDS: tuple[str, ...] = ("render", "new", "templates", "check")
"""Modules of ``app.cli`` that each add one subcommand."""


def build_parser() -> argparse.ArgumentParser:
    parser = RilisArgumentParser(
        prog="rilis",
        description="Rilis: menyusun siaran pers Indonesia dari formulir terstruktur.",
    )
    parser.add_argument("--version", action="version", version=f"rilis {__version__}",
                        help="tampilkan versi lalu keluar")
    parser.add_argument("-v", "--verbose", action="store_true", help="tampilkan log rinci")
    subparsers = parser.add_subparsers(dest="command", title="perintah", metavar="PERINTAH",
                                       parser_class=RilisArgumentParser)
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"app.cli.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"app.cli.{name}":
                raise
            logger.debug("subcommand %s not available", name)
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        parser.print_help()
        return 0
    try:
        status: int = args.func(args)
    except RilisError as error:
        print(f"rilis: galat: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("rilis: dibatalkan.", file=sys.stderr)
        return 130
    return status


if __name__ == "__main__":
    sys.exit(main())
