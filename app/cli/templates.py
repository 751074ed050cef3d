"""``rilis templates``: the layout templates available, one line each."""

from __future__ import annotations

import argparse
from typing import Any

from app.templating import list_templates


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("templates", help="daftar templat yang tersedia",
                                   description="Daftar templat tata letak beserta keterangannya.")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    infos = list_templates()
    width = max((len(info.id) for info in infos), default=0)
    for info in infos:
        print(f"{info.id:<{width}}  {info.description or info.name}")
    return 0
