"""An argparse parser that speaks Indonesian, including its usage errors."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

_TRANSLATIONS: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (.*)", r"argumen berikut wajib diisi: \1"),
    (r"unrecognized arguments: (.*)", r"argumen tidak dikenal: \1"),
    (r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)",
     r"argumen \1: pilihan \2 tidak sah (pilih dari \3)"),
    (r"argument (\S+): expected one argument", r"argumen \1: butuh satu nilai"),
    (r"argument (\S+): (.*)", r"argumen \1: \2"),
    (r"invalid choice: (.*) \(choose from (.*)\)", r"pilihan \1 tidak sah (pilih dari \2)"),
)


def translate(message: str) -> str:
    for pattern, replacement in _TRANSLATIONS:
        translated, count = re.subn(pattern, replacement, message)
        if count:
            return translated
    return message


class IndonesianHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "pemakaian: " if prefix is None else prefix)


class RilisArgumentParser(argparse.ArgumentParser):
    """Usage errors exit with status 2 and an Indonesian message, like every user error."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", IndonesianHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._optionals.title = "opsi"
        self._positionals.title = "argumen"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="tampilkan bantuan ini lalu keluar")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: galat: {translate(message)}\n")
