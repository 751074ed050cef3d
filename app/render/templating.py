"""Layout templates: find them, and render a release into the document structure.

A template (``ID.xml.j2``) is sandboxed Jinja2 (``app.render.sandbox``) that writes the small XML
vocabulary of ``app.render.document``; one template therefore drives HTML, DOCX and text. The
house style lives in ``app.render.composer``, which templates call as ``rilis``.

Folders are searched in order — the user's own, then team folders, then the built-ins —
and the first template with an id wins (``app.render.locations`` decides the order).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from app.base.errors import TemplateError
from app.base.paths import builtin_templates_dir, samples_dir
from app.base.userfile import UserFileError, read_user_text
from app.release.model import Release
from app.render import sandbox_process, workspace
from app.render.composer import EVENT_TOKENS as EVENT_TOKENS
from app.render.composer import Composer
from app.render.document import Document, ImageBlock, parse_markup
from app.render.marks import apply_marks
from app.render.sandbox import (
    CONTEXT_NAMES,
    GLOBALS,
    MAX_TEMPLATE_BYTES,
    RENDER_SECONDS,
    Deadline,
    RilisSandbox,
)
from app.render.sandbox_limits import SizeLimitError, limit_for, output_limit
from app.render.workspace import Workspace

logger = logging.getLogger(__name__)

TEMPLATE_SUFFIX = ".xml.j2"
DEFAULT_TEMPLATE = "berita-kegiatan"
TEMPLATE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
"""A template id, always matched with ``fullmatch`` (``$`` would accept a final newline)."""
_HEADER = re.compile(r"\A\{#-?(.*?)-?#\}", re.S)


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    name: str
    description: str
    path: Path
    sample: Path | None = None


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def require_inside(path: Path | str, name: str, folders: Sequence[Path | str]) -> str:
    """The real path of a template file, refused (Indonesian ``TemplateError``) when a link
    takes it out of every library folder."""
    real = os.path.realpath(path)
    if not any(_inside(real, os.path.realpath(folder)) for folder in folders):
        raise TemplateError(
            f"Templat '{name}' adalah tautan ke berkas di luar folder templat "
            f"({real}); tautan seperti itu ditolak demi keamanan.")
    return real


class LimitedLoader(jinja2.FileSystemLoader):
    """A file loader for the library folders that reads only regular files of at most
    ``MAX_TEMPLATE_BYTES`` and never follows a link out of the folders: a team share is
    written by other people, and a symlink ``_potongan.xml.j2 -> ~/.ssh/id_rsa`` would
    otherwise pull any file the user can read into an export (``{% include %}``,
    ``{% import %}``, ``{% extends %}`` and the template itself all load through here)."""

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        pieces = jinja2.loaders.split_template_path(template)
        for folder in self.searchpath:
            filename = os.path.join(folder, *pieces)
            if os.path.isfile(filename) or os.path.islink(filename):
                break
        else:
            raise jinja2.TemplateNotFound(template)
        real = require_inside(filename, template, self.searchpath)
        try:
            source = read_user_text(real, MAX_TEMPLATE_BYTES, "Templat")
        except UserFileError as error:
            if error.missing:
                raise jinja2.TemplateNotFound(template) from error
            raise TemplateError(str(error)) from error
        mtime = os.path.getmtime(real)

        def uptodate() -> bool:
            try:
                return os.path.getmtime(real) == mtime
            except OSError:
                return False

        return source, os.path.normpath(filename), uptodate


FolderProvider = Callable[[], list[Path]]


def set_default_folders(provider: FolderProvider | None) -> None:
    """Let the app decide which user/team folders every render searches (``None``: the
    resolved locations'), for the process's workspace (:mod:`app.render.workspace`)."""
    workspace.default().folders = provider


def search_path(extra: Sequence[Path] | None = None,
                space: Workspace | None = None) -> tuple[str, ...]:
    """``extra`` (or the workspace's template folders), then the built-in templates;
    ``space``: the caller's workspace, the process's own when None."""
    space = space or workspace.default()
    folders = [*(space.template_folders() if extra is None else extra),
               builtin_templates_dir()]
    return tuple(str(folder) for folder in folders)


def _environment(folders: tuple[str, ...], space: Workspace | None = None) -> RilisSandbox:
    return (space or workspace.default()).environment(folders)


def read_header(source: str) -> dict[str, str]:
    """``name:``, ``description:`` and ``sample:`` from the template's first comment."""
    match = _HEADER.match(source)
    fields: dict[str, str] = {}
    if match:
        for line in match.group(1).splitlines():
            key, _, value = line.partition(":")
            if value.strip():
                fields[key.strip().lower()] = value.strip()
    return fields


def template_info(path: Path) -> TemplateInfo:
    template_id = path.name[: -len(TEMPLATE_SUFFIX)]
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            fields = read_header(handle.read(4000))
    except OSError:
        fields = {}
    sample = None
    if "sample" in fields:
        sample_name = Path(fields["sample"]).name
        for folder in (path.parent, samples_dir()):
            if (folder / sample_name).is_file():
                sample = folder / sample_name
                break
    return TemplateInfo(template_id, fields.get("name", template_id),
                        fields.get("description", ""), path, sample)


def templates_in(folder: Path) -> list[TemplateInfo]:
    """The templates of one folder (files starting with ``_`` are shared pieces)."""
    try:
        paths = sorted(folder.glob(f"*{TEMPLATE_SUFFIX}"))
    except OSError:
        return []
    return [template_info(path) for path in paths
            if not path.name.startswith("_") and TEMPLATE_ID.fullmatch(
                path.name[: -len(TEMPLATE_SUFFIX)])]


def list_templates(extra: Sequence[Path] | None = None,
                   space: Workspace | None = None) -> list[TemplateInfo]:
    """Every template id found, the first folder winning (user folders before built-ins)."""
    found: dict[str, TemplateInfo] = {}
    for folder in search_path(extra, space):
        for info in templates_in(Path(folder)):
            found.setdefault(info.id, info)
    return sorted(found.values(), key=lambda info: info.id)


_JINJA_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"'(?:[\w.]+ object|[^']*)' has no attribute '([^']+)'", r"atribut '\1' tidak ada"),
    (r"'([^']+)' is undefined", r"'\1' tidak dikenal"),
    (r"access to attribute '([^']+)' of '([^']+)' object is unsafe\.?",
     r"akses ke atribut '\1' dilarang"),
    (r"Unexpected end of template\..*?'(\w+)'\.$", r"templat berakhir sebelum blok '\1' ditutup"),
    (r"'([^']+)' not found in search paths?.*", r"'\1' tidak ada di folder templat"),
    (r"Encountered unknown tag '([^']+)'.*", r"tag '\1' tidak dikenal"),
    (r"unexpected '([^']+)'", r"tanda '\1' tidak diharapkan"),
    (r"expected token '([^']+)', got '([^']+)'", r"seharusnya '\1', tertulis '\2'"),
)


def explain(message: str) -> str:
    """Jinja2's English messages, in Indonesian where a pattern is known."""
    for pattern, replacement in _JINJA_MESSAGES:
        translated, count = re.subn(pattern, replacement, message, flags=re.S)
        if count:
            return translated
    return message


_UNCOMPILABLE = (RecursionError, SyntaxError, MemoryError)
"""What Jinja2's parser or Python's compiler raise on a template nested thousands deep
(``((((…))))``, ``{% if %}`` in ``{% if %}``, ``1 + 1 + …``)."""


def _too_deep(name: str) -> TemplateError:
    return TemplateError(f"Templat '{name}' bersarang terlalu dalam untuk dibaca "
                         "(kurung, blok atau operasi berantai ribuan tingkat).")


def _stream(template: jinja2.Template, release: Release) -> str:
    """The output, streamed and stopped at the output limit instead of built whole."""
    pieces: list[str] = []
    total = 0
    limit = output_limit()
    for piece in template.generate(release=release, rilis=Composer(release)):
        total += len(piece)
        if total > limit:  # a SecurityError: validation stops at the first sample
            raise SizeLimitError(
                f"keluarannya melebihi batas {limit:,} karakter".replace(",", "."))
        pieces.append(piece)
    return "".join(pieces)


def _render(template: jinja2.Template, release: Release, name: str) -> str:
    try:
        with Deadline(output_limit=limit_for(release)):
            return _stream(template, release)
    except TemplateError:
        raise
    except jinja2.UndefinedError as error:
        raise TemplateError(
            f"Templat '{name}' memakai variabel tak dikenal: {explain(str(error))}") from error
    except jinja2.exceptions.SecurityError as error:
        raise TemplateError(f"Templat '{name}' dihentikan: {explain(str(error))}") from error
    except RecursionError as error:
        raise TemplateError(f"Templat '{name}' berulang terlalu dalam (rekursi).") from error
    except SyntaxError as error:  # an included template Python cannot compile
        raise _too_deep(name) from error
    except MemoryError as error:
        raise TemplateError(f"Templat '{name}' dihentikan: memori tidak cukup.") from error
    except jinja2.TemplateNotFound as error:
        raise TemplateError(f"Templat '{name}' memuat '{error.name}', yang tidak ada di folder "
                            "templat.") from error
    except (jinja2.TemplateError, TypeError, ValueError, ArithmeticError, LookupError,
            AttributeError, AssertionError) as error:
        raise TemplateError(f"Templat '{name}' gagal dirender: {explain(str(error))}") from error


def render_markup(release: Release, template_id: str | None = None,
                  extra: Sequence[Path] | None = None, space: Workspace | None = None) -> str:
    """The template's output (document markup) for this release."""
    template_id = template_id or release.template or DEFAULT_TEMPLATE
    if not TEMPLATE_ID.fullmatch(template_id):
        raise TemplateError(f"Nama templat '{template_id}' tidak sah.")
    env = _environment(search_path(extra, space), space)
    try:
        template = env.get_template(template_id + TEMPLATE_SUFFIX)
    except jinja2.TemplateNotFound as error:
        known = ", ".join(info.id for info in list_templates(extra, space))
        raise TemplateError(
            f"Templat '{template_id}' tidak ada. Yang tersedia: {known}.") from error
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(
            f"Templat '{template_id}' rusak di baris {error.lineno}: {explain(error.message or '')}"
        ) from error
    except _UNCOMPILABLE as error:
        raise _too_deep(template_id) from error
    if sandbox_process.enabled() and not _builtin(template.filename):
        name = template_id
        return sandbox_process.render_isolated(lambda: _render(template, release, name),
                                               RENDER_SECONDS, template_id)
    return _render(template, release, template_id)


def _builtin(filename: str | None) -> bool:
    """A template shipped with Rilis (trusted: rendered in-process)."""
    return filename is not None and _inside(os.path.realpath(filename),
                                            os.path.realpath(builtin_templates_dir()))


def render_source(release: Release, source: str, name: str = "templat",
                  extra: Sequence[Path] | None = None, space: Workspace | None = None) -> str:
    """Render template text that is not (yet) in a folder: validation, the editor preview."""
    if len(source.encode("utf-8")) > MAX_TEMPLATE_BYTES:
        raise TemplateError(f"Templat terlalu besar (batas {MAX_TEMPLATE_BYTES // 1000} kB).")
    env = _environment(search_path(extra, space), space)
    try:
        template = env.from_string(source)
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(f"Baris {error.lineno}: {explain(error.message or '')}") from error
    except _UNCOMPILABLE as error:
        raise _too_deep(name) from error
    return _render(template, release, name)


def to_document(markup: str, release: Release) -> Document:
    """Parse a template's output; images are limited to the release's own files, so a
    template cannot pull an arbitrary file from disk into the export."""
    document = parse_markup(markup)
    allowed = {photo.path for photo in release.photos()} | {release.emblem}
    document.blocks = [block for block in document.blocks
                       if not isinstance(block, ImageBlock) or block.src in allowed]
    return document


def render_document(release: Release, template_id: str | None = None,
                    extra: Sequence[Path] | None = None,
                    space: Workspace | None = None) -> Document:
    """Render a release into the Document all writers share, with its review marks."""
    markup = render_markup(release, template_id, extra, space)
    return apply_marks(to_document(markup, release), release)


def context_names() -> frozenset[str]:
    """Names a template may use without defining them."""
    return CONTEXT_NAMES | frozenset(GLOBALS)
