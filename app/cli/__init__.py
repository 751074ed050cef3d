"""The ``rilis`` command: everything the app can do to a draft, headless.

User mistakes end with an Indonesian message on stderr and exit status 2, never a
traceback. Each subcommand lives in its own module with ``register(subparsers)``; the
parser and dispatch are in :mod:`app.cli.dispatch`. This module is the console entry
point and imports nothing else before it must: ``rilis --version`` answers at once, since
argparse and logging alone are a third of a 50 ms start.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from app import __version__


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments == ["--version"]:
        print(f"rilis {__version__}")
        return 0
    from app.cli import startup

    if argv is None:
        startup.hold()          # the process's own start only (see app.cli.startup)
    from app.cli.dispatch import run_command

    try:
        return run_command(argv)
    except BrokenPipeError:
        # `rilis templates list | head`: the reader has gone, which is no error of ours.
        # Later writes (and the interpreter's final flush) go nowhere instead of raising.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        startup.release()


if __name__ == "__main__":
    sys.exit(main())
