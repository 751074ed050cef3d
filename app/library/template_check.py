"""*Validasi* of a layout template before it is saved or imported.

Reports, in Indonesian with the line: syntax errors, variables the render does not provide,
attribute slips found by rendering every built-in sample (``release.judul``), refused
operations, and output that is not the document vocabulary. A template with no problems
renders every sample to a document.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2 import meta, nodes
from jinja2.exceptions import SecurityError

from app.base.errors import DraftError, RilisError
from app.base.paths import resources_dir
from app.release.draftfile import load_draft
from app.release.model import Release
from app.render.document import parse_markup
from app.render.sandbox import MAX_TEMPLATE_BYTES, make_environment
from app.render.templating import context_names, explain, render_source

logger = logging.getLogger(__name__)

SOURCE_NAME = "<template>"
"""The file name Jinja2 gives frames of a template compiled from a string."""


@dataclass(frozen=True)
class TemplateProblem:
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"baris {self.line}: {self.message}" if self.line else self.message


def sample_releases() -> list[Release]:
    """The built-in samples plus an empty release: a template must survive both."""
    releases = [Release()]
    for path in sorted((resources_dir() / "samples").glob("*.rilis")):
        try:
            releases.append(load_draft(path))
        except DraftError as error:
            logger.warning("Contoh %s tidak dapat dibaca: %s", path, error)
    return releases


def _line_of(error: BaseException) -> int | None:
    lineno = getattr(error, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    line = None
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename == SOURCE_NAME:
            line = frame.lineno
    cause = error.__cause__
    if line is None and cause is not None:
        return _line_of(cause)
    return line


def validate_template(source: str, extra: list[Path] | None = None) -> list[TemplateProblem]:
    """All problems found; an empty list means the template is safe to save."""
    if len(source.encode("utf-8")) > MAX_TEMPLATE_BYTES:
        return [TemplateProblem(None, f"templat terlalu besar (batas "
                                      f"{MAX_TEMPLATE_BYTES // 1000} kB)")]
    env = make_environment(None)
    try:
        tree = env.parse(source, filename=SOURCE_NAME)
        undeclared = meta.find_undeclared_variables(tree)
    except jinja2.TemplateSyntaxError as error:
        return [TemplateProblem(error.lineno,
                                f"sintaks Jinja2 salah: {explain(error.message or '')}")]
    except (RecursionError, MemoryError):
        return [TemplateProblem(None, "templat bersarang terlalu dalam untuk dibaca (kurung, "
                                      "blok atau operasi berantai ribuan tingkat)")]
    problems: list[TemplateProblem] = []
    allowed = context_names()
    for name in sorted(undeclared - allowed):
        lines = [node.lineno for node in tree.find_all(nodes.Name) if node.name == name]
        problems.append(TemplateProblem(min(lines) if lines else None,
                                        f"variabel '{name}' tidak dikenal (yang tersedia: "
                                        f"release, rilis)"))
    if problems:
        return problems
    seen: set[str] = set()
    for release in sample_releases():
        try:
            markup = render_source(release, source, "templat", extra)
            parse_markup(markup)
        except RilisError as error:
            message = str(error)
            if message not in seen:
                seen.add(message)
                problems.append(TemplateProblem(_line_of(error), message))
            if isinstance(error.__cause__, SecurityError):
                break  # a runaway or forbidden template fails the same way on every sample
    return problems
