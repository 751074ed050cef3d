"""The ``rilis`` command line behind :func:`app.cli.main`: the parser and the dispatch.

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
from app.base.errors import RilisError
from app.cli import startup
from app.cli.parser import RilisArgumentParser
from app.render import sandbox_process

logger = logging.getLogger(__name__)

SUBCOMMANDS: tuple[str, ...] = (
    "app.cli.render", "app.cli.new", "app.cli.templates", "app.cli.check", "app.cli.review",
    "app.cli.diff", "app.cli.open", "ui.cli",
)
"""Modules that each add one subcommand with ``register(subparsers)``. ``ui.cli`` (the
desktop app) lives in ``ui/`` so that nothing under ``app/`` imports Qt."""
GUI_MODULE = "ui.cli"
GUI_COMMAND = "gui"
COMMAND_MODULES: dict[str, str] = {
    "render": "app.cli.render", "new": "app.cli.new", "templates": "app.cli.templates",
    "check": "app.cli.check", "review": "app.cli.review", "status": "app.cli.review",
    "comment": "app.cli.review", "diff": "app.cli.diff", "open": "app.cli.open",
    "gui": "ui.cli",
}
"""Which module registers each subcommand: a command imports only its own module (the
export path, python-docx and Jinja2 cost a check or ``--version`` nothing)."""


def _wanted_modules(argv: Sequence[str]) -> tuple[str, ...]:
    """The one module the command line asks for, or all of them (help, no command)."""
    for token in argv:
        if token in ("-h", "--help"):
            return SUBCOMMANDS
        if not token.startswith("-"):
            module = COMMAND_MODULES.get(token)
            return (module,) if module is not None else SUBCOMMANDS
    return SUBCOMMANDS if not any(t == "--version" for t in argv) else ()


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    parser = RilisArgumentParser(
        prog="rilis",
        description="Rilis: menyusun siaran pers Indonesia dari formulir terstruktur.",
    )
    parser.add_argument("--version", action="version", version=f"rilis {__version__}",
                        help="tampilkan versi lalu keluar")
    parser.add_argument("-v", "--verbose", action="store_true", help="tampilkan log rinci")
    subparsers = parser.add_subparsers(dest="command", title="perintah", metavar="PERINTAH",
                                       parser_class=RilisArgumentParser)
    for name in SUBCOMMANDS if argv is None else _wanted_modules(argv):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            logger.debug("subcommand %s not available", name)
            continue
        module.register(subparsers)
    return parser


LEVEL_NAMES: dict[int, str] = {
    logging.DEBUG: "debug", logging.INFO: "info", logging.WARNING: "peringatan",
    logging.ERROR: "galat", logging.CRITICAL: "galat",
}
"""Log levels as the user reads them: a log line on stderr is a message like any other."""


class IndonesianFormatter(logging.Formatter):
    """``rilis: peringatan: Foto x.jpg tidak ditemukan; dilewati.`` (the module's name is
    added with ``--verbose``), in the same form as the CLI's own messages."""

    def __init__(self, verbose: bool) -> None:
        super().__init__("rilis: %(level)s: %(name)s: %(message)s" if verbose
                         else "rilis: %(level)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        record.level = LEVEL_NAMES.get(record.levelno, record.levelname.lower())
        return super().format(record)


def _setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(IndonesianFormatter(verbose))
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        handlers=[handler])


def run_command(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` (the process's arguments when None) and run the subcommand."""
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    if args.command not in (None, GUI_COMMAND):
        sandbox_process.enable()  # user/team templates render in a capped child process
    if not getattr(args, "holds_startup", False):
        startup.release()   # start-up is over (``check`` ends it once its checker is built)
    try:
        if args.command is None:
            return _open_app(parser)
        status: int = args.func(args)
    except RilisError as error:
        print(f"rilis: galat: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("rilis: dibatalkan.", file=sys.stderr)
        return 130
    return status


def _open_app(parser: argparse.ArgumentParser) -> int:
    """``rilis`` alone opens the desktop app, or shows the help where there is none."""
    try:
        module = importlib.import_module(GUI_MODULE)
    except ModuleNotFoundError as error:
        if error.name != GUI_MODULE:
            raise
        parser.print_help()
        return 0
    status: int = module.launch(None)
    return status

